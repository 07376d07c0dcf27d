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

The figures are reported for all pages and per group: by where the pages come from (the
gallery, the real-world pages, the examples) and by how many comments a page has (none, 1-19,
20 or more: comment-heavy pages, where reading the thread is most of corpus's work). A page's
time is its best round; a group's is the sum over its pages.

What corpus remembers across pages (class names, rule-table lines) is forgotten before each
round, so every round reads the pages as a first run would. What each tool sets up once per
process is not counted, for either: trafilatura's imports and compiled expressions, corpus's
compiled rule tables (timed apart, as start-up).

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
    """Forget what corpus learnt from earlier pages; keep what it compiled at start-up."""
    for name in ("html_text", "html_comments", "html", "html_meta"):
        module = importlib.import_module(f"corpus.readers.{name}")
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
    rules = importlib.import_module("corpus.readers.rules")
    table = rules.default()
    for memory in ("_seen", "_line_categories", "_category_sets"):  # remembered by line
        seen = getattr(table, memory, None)
        if isinstance(seen, dict):
            seen.clear()


def start_up() -> float:
    """CPU time to compile corpus's rule tables, as a process's first page does."""
    rules = importlib.import_module("corpus.readers.rules")
    rules._compiled.cache_clear()
    rules._builtin.cache_clear()
    start = time.process_time()
    rules.default()
    return time.process_time() - start


RUNS = {
    "corpus.read_html": lambda t: read_html(t, source="page.html", doc_id="page"),
    "trafilatura.extract()": lambda t: trafilatura.extract(t),
    "trafilatura.extract(comments, metadata)": lambda t: trafilatura.extract(
        t, include_comments=True, with_metadata=True
    ),
}


def timing(texts: dict[Path, str], rounds: int) -> dict[str, dict[Path, float]]:
    """Each tool's best CPU time on each page, in rounds that interleave the tools."""
    best = {name: dict.fromkeys(texts, float("inf")) for name in RUNS}
    for run in RUNS.values():  # warm imports and each tool's own set-up
        for text in texts.values():
            run(text)
    clock = time.process_time
    for _ in range(rounds):
        for name, run in RUNS.items():
            _clear_caches()
            gc.collect()
            times = best[name]
            for path, text in texts.items():
                start = clock()
                run(text)
                times[path] = min(times[path], clock() - start)
    return best


def groups(texts: dict[Path, str]) -> dict[str, list[Path]]:
    """The page groups reported: all, by source folder, by the number of comments corpus finds."""
    found: dict[str, list[Path]] = {"all pages": list(texts)}
    for path in texts:
        if path.is_relative_to(DEFAULT[0]):
            source = "gallery"
        elif path.is_relative_to(DEFAULT[1]):
            source = "real-world pages"
        elif path.is_relative_to(DEFAULT[2]):
            source = "examples"
        else:
            source = str(path.parent)
        found.setdefault(source, []).append(path)
    for path, text in texts.items():
        comments = len(read_html(text, source=path.name, doc_id="page").comments)
        group = (
            "no comments"
            if not comments
            else "1-19 comments"
            if comments < HEAVY
            else f"{HEAVY}+ comments (comment-heavy)"
        )
        found.setdefault(group, []).append(path)
    return found


HEAVY = 20


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
    names = list(RUNS)
    print(f"# HTML pages: {len(texts)}, best of {args.rounds} rounds (CPU time)\n")
    print(
        "| pages | n | "
        + " | ".join(f"{name} s" for name in names)
        + " | corpus vs trafilatura.extract() |"
    )
    print("|---|---|" + "---|" * (len(names) + 1))
    worst = 0.0
    for group, paths in groups(texts).items():
        sums = [sum(best[name][p] for p in paths) for name in names]
        ratio = sums[0] / sums[1]
        worst = max(worst, ratio)
        print(
            f"| {group} | {len(paths)} | "
            + " | ".join(f"{s:.3f}" for s in sums)
            + f" | {ratio:.2f}x |"
        )
    ratios = {p: best[names[0]][p] / best[names[1]][p] for p in texts}
    slowest = max(ratios, key=ratios.get)
    print(
        f"\nWorst group: {worst:.2f}x. Single pages (noisier): {min(ratios.values()):.2f}x to "
        f"{ratios[slowest]:.2f}x ({slowest.name}). corpus start-up, once per process (not "
        f"counted above): {start_up():.3f} s to compile the rule tables."
    )
    counts = threads(texts)
    print(
        f"\nComment threads: {counts['pages with comments']} pages with comments; corpus "
        f"finds them on {counts['corpus finds them']}, trafilatura on "
        f"{counts['trafilatura finds them']}."
    )


if __name__ == "__main__":
    main()
