"""The HTML reader against trafilatura on the same pages: time, and comment threads found.

Run: ``.venv/bin/python bench/html_reader.py [PATH...] [--rounds N]``

PATHs are ``.html`` files or folders of them (default: the gallery's HTML pages in
``bench/data/readers/gallery`` and, when present, ``../shared/realworld/articles/html`` and
``examples/``). For every page, in one process, interleaved, best of N rounds of CPU time:

- ``corpus.read_html`` (title, metadata, body, the comment tree);
- ``trafilatura.extract(html)``, its defaults (comments in, no metadata): the baseline the
  issue's "at most 1.2x" is measured against;
- ``trafilatura.extract(html, include_comments=True, with_metadata=True)``, as bench/readers.py
  runs it: what a user who wants the metadata and comments pays.

The caches corpus keeps across pages (class names, rule-table lines) are emptied before each
round, so every round reads the pages as a first run would.

Comment threads: on pages with a comment section (the gallery's gold lists comments, or, for
pages without gold, either tool finds one), how many pages each tool finds comments on.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import json
import sys
import time
from pathlib import Path

import trafilatura

from corpus.readers.decode import decode
from corpus.readers.html import read_html

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT = [
    HERE / "data" / "readers" / "gallery",
    ROOT.parent / "shared" / "realworld" / "articles" / "html",
    ROOT / "examples",
]


def pages(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.glob("*.html"))
        elif path.suffix in (".html", ".htm"):
            found.append(path)
    return found


def _clear_caches() -> None:
    for name in ("html_text", "html_comments", "html", "rules"):
        module = importlib.import_module(f"corpus.readers.{name}")
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
    rules = importlib.import_module("corpus.readers.rules")
    table = rules.default()
    seen = getattr(table, "_seen", None)
    if isinstance(seen, dict):
        seen.clear()


def timing(texts: dict[Path, str], rounds: int) -> dict[str, float]:
    runs = {
        "corpus.read_html": lambda t: read_html(t, source="page.html", doc_id="page"),
        "trafilatura.extract()": lambda t: trafilatura.extract(t),
        "trafilatura.extract(comments, metadata)": lambda t: trafilatura.extract(
            t, include_comments=True, with_metadata=True
        ),
    }
    best = dict.fromkeys(runs, float("inf"))
    for run in runs.values():  # warm imports and trafilatura's own set-up
        for text in list(texts.values())[:2]:
            run(text)
    for _ in range(rounds):
        for name, run in runs.items():
            _clear_caches()
            gc.collect()
            start = time.process_time()
            for text in texts.values():
                run(text)
            best[name] = min(best[name], time.process_time() - start)
    return best


def threads(texts: dict[Path, str]) -> dict[str, int]:
    """Pages with a comment section, and on how many of them each tool finds comments."""
    counts = {"pages with comments": 0, "corpus finds them": 0, "trafilatura finds them": 0}
    for path, text in texts.items():
        gold_path = path.with_name(path.stem + ".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None
        ours = bool(read_html(text, source=path.name, doc_id="page").comments)
        extracted = trafilatura.bare_extraction(text, include_comments=True)
        theirs = bool(extracted is not None and (extracted.comments or "").strip())
        has = bool(gold["comments"]) if gold is not None else (ours or theirs)
        if has:
            counts["pages with comments"] += 1
            counts["corpus finds them"] += ours
            counts["trafilatura finds them"] += theirs
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    found = pages(args.paths or [p for p in DEFAULT if p.exists()])
    if not found:
        sys.exit("no .html pages found")
    texts = {path: decode(path.read_bytes())[0] for path in found}
    best = timing(texts, args.rounds)
    base = best["trafilatura.extract()"]
    print(f"# HTML pages: {len(texts)}, best of {args.rounds} rounds (CPU time)\n")
    print("| reader | seconds | vs trafilatura.extract() |")
    print("|---|---|---|")
    for name, seconds in best.items():
        print(f"| {name} | {seconds:.3f} | {seconds / base:.2f}x |")
    counts = threads(texts)
    print(
        f"\nComment threads: {counts['pages with comments']} pages with comments; corpus "
        f"finds them on {counts['corpus finds them']}, trafilatura on "
        f"{counts['trafilatura finds them']}."
    )


if __name__ == "__main__":
    main()
