"""Peak memory of `corpus split` on one big file, as a multiple of the file's size.

Run: ``.venv/bin/python bench/big_file.py [--mb 50]``

One article of ``--mb`` megabytes made of the sentences bench/split.py's corpus is made of,
in two shapes: a long body (paragraphs), and a short body with a long numbered comment
section (replies indented and bulleted). Each goes through ``corpus split FILE -o /dev/null``
in a fresh process, whose peak RSS (ru_maxrss of the child) is reported beside the file size.

A Python str holds 1, 2 or 4 bytes a character, by the widest character in it: the same
words take twice the memory with one curly quote in them and four times with one emoji.
The file is therefore written three ways: Latin-1 letters only (quotes straightened), the
Basic Multilingual Plane (curly quotes, no emoji), and as generated (emoji included).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import _sentence_pool  # bench/split.py's sentences

CORPUS = Path(sys.executable).with_name("corpus")
_LATIN = {ord("“"): '"', ord("”"): '"', ord("’"): "'", ord("‘"): "'", ord("…"): "..."}


def big_article(mb: float, shape: str, seed: int = 0) -> str:
    """One article of about ``mb`` MB of UTF-8: a long body, or a long comment section."""
    rng = random.Random(seed)
    pool = _sentence_pool()

    def paragraph(low=2, high=6):
        return " ".join(rng.choice(pool) for _ in range(rng.randint(low, high)))

    target, size = mb * 1e6, 0
    lines = ["A big article: " + pool[0][:60], "", "By Writer 1 | (Site 2) |", ""]
    if shape == "body":
        while size < target:
            text = paragraph()
            lines += [text, ""]
            size += len(text.encode("utf-8")) + 2
        lines += ["1 Responses", "", "  1. " + paragraph(1, 2), ""]
    else:
        lines += [paragraph() for _ in range(8)]
        lines += ["", "12 Responses", ""]
        n = 0
        while size < target:
            n += 1
            chunk = [f"  {(n - 1) % 1000 + 1}. " + paragraph(1, 4), ""]
            if rng.random() < 0.3:
                chunk += ["    " + paragraph(1, 3), ""]
            if rng.random() < 0.4:
                chunk += ["    • " + paragraph(1, 3), ""]
                if rng.random() < 0.4:
                    chunk += ["      • " + paragraph(1, 2), ""]
            lines += chunk
            size += sum(len(line.encode("utf-8")) + 1 for line in chunk)
    lines.append("Comments are closed.")
    return "\n".join(lines)


def widths(text: str) -> dict[str, str]:
    """The text with its characters 1, 2 and 4 bytes wide in a Python str."""
    chars = set(text)
    bmp = text.translate({ord(c): None for c in chars if ord(c) > 0xFFFF})
    latin = bmp.translate({**{ord(c): "x" for c in chars if 0xFF < ord(c) <= 0xFFFF}, **_LATIN})
    return {"Latin-1 (1 byte/char)": latin, "BMP (2 bytes/char)": bmp, "with emoji (4)": text}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    args = parser.parse_args()
    print(f"# One big file: peak RSS of corpus split, {args.mb:g} MB articles\n")
    print("| shape | characters | file MB | peak RSS MB | × file size |")
    print("|---|---|---|---|---|")
    rows: list = []
    with tempfile.TemporaryDirectory() as tmp:
        for shape in ("body", "comments"):
            for name, text in widths(big_article(args.mb, shape)).items():
                path = Path(tmp) / f"{shape}.txt"
                path.write_text(text, encoding="utf-8")
                rows.append((shape, name, path.stat().st_size / 1e6, path))
                peak = _own_peak(path)
                print(f"| {shape} | {name} | {rows[-1][2]:.1f} | {peak:.0f} | "
                      f"{peak / rows[-1][2]:.1f}× |")  # fmt: skip


def _own_peak(path: Path) -> float:
    """The peak RSS of one ``corpus split`` run, read by a Python wrapper in its own process."""
    code = (
        "import resource, subprocess, sys, os;"
        "subprocess.run([sys.argv[1], 'split', '-q', sys.argv[2], '-o', os.devnull], check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(CORPUS), str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip()) / 1024


if __name__ == "__main__":
    main()
