"""End-to-end `corpus split` throughput and sentence accuracy, against other splitters.

Run: ``make bench`` (or ``.venv/bin/python bench/split.py [--articles N]``).

Every figure is taken in this one run, on this machine: the same generated corpus goes through
the same pipeline (read + segment + JSON Lines out) with corpus's splitter (sentencex) and with
each baseline splitter, each given as ``split_files(..., splitter=corpus.Splitter(...))``;
accuracy is measured on sentences labelled by hand from our own sample articles
(bench/data/sentences-gold.jsonl). Peak memory is measured in a fresh process on the corpus and
on four times the corpus.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from corpus import Splitter, sentence_spans, split_files, units_jsonl

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "sentences-gold.jsonl"
# Labelled by helpers who had seen neither corpus's corrections nor the other sets. The first
# was held out until its errors led to the quotation rule (2026-11-30); the second was written
# before that rule was evaluated on it and has never been used to change the corrections.
HELD_OUT = HERE / "data" / "sentences-heldout.jsonl"
HELD_OUT_2 = HERE / "data" / "sentences-heldout2.jsonl"
GOLD_SETS = {
    "written-for set (the corrections were written after looking at its errors)": GOLD,
    "first held-out set (its errors led to the quotation rule)": HELD_OUT,
    "second held-out set (never used to change the corrections)": HELD_OUT_2,
}

Sentences = Callable[[str, str], Iterator[str]]  # Splitter.sentences: (language, line) → pieces


def _pysbd() -> Sentences:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda language, line: (span.sent for span in segmenter.segment(line))


def _blingfire() -> Sentences:
    import blingfire

    def split(language, line):
        _, offsets = blingfire.text_to_sentences_and_offsets(line)
        return (line[s:e] for s, e in offsets)

    return split


def _nupunkt() -> Sentences:
    import nupunkt

    return lambda language, line: iter(nupunkt.sent_tokenize(line))


# name → how to make its splitter. Baselines run plain; every pipeline but one runs the
# compiled sentence loop and JSON Lines writer (corpus/_fastsegment.pyx, corpus/_fastjsonl.pyx),
# and that one (compiled=False) shows what the pure-Python definitions they stand in for cost.
# The text reader is Python in every pipeline. It hashes each document with the compiled hasher
# where it is built, in the pure-Python pipeline too (no splitter reaches the readers): hashlib
# would add 0.3 ms to the 530 ms that pipeline takes on 200 articles.
SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "corpus (sentencex + corrections)": lambda: Splitter(),
    "corpus, pure Python (no compiled modules)": lambda: Splitter(compiled=False),
    "sentencex 1.0.32 plain": lambda: Splitter(corrections=False),
    "blingfire 0.1.8": lambda: Splitter(_blingfire(), corrections=False),
    "nupunkt 0.8.0": lambda: Splitter(_nupunkt(), corrections=False),
    "pysbd 0.3.4": lambda: Splitter(_pysbd(), corrections=False),
}


def _built() -> bool:
    """Whether the install compiled the sentence loop and the JSON Lines writer."""
    try:
        for name in ("corpus._fastsegment", "corpus._fastjsonl"):
            importlib.import_module(name)
    except ImportError:
        return False
    return True


# -- accuracy on hand-labelled sentences ---------------------------------------------------


def accuracy(splitter: Splitter, gold_file=GOLD) -> dict:
    """Boundary errors (missed + spurious) and exactly reproduced sentences against a gold set."""
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line]
    gold_sentences = exact = missed = spurious = 0
    for record in records:
        text = record["text"]
        gold, position = [], 0
        for sentence in record["sentences"]:
            start = text.index(sentence, position)
            gold.append((start, start + len(sentence)))
            position = start + len(sentence)
        predicted = list(sentence_spans(text, splitter=splitter))
        gold_ends = {end for _, end in gold[:-1]}
        predicted_ends = {end for _, end in predicted[:-1]}
        missed += len(gold_ends - predicted_ends)
        spurious += len(predicted_ends - gold_ends)
        gold_sentences += len(gold)
        exact += len(set(gold) & set(predicted))
    return {
        "sentences": gold_sentences,
        "exact": exact,
        "exact_pct": 100 * exact / gold_sentences,
        "missed": missed,
        "spurious": spurious,
    }


# -- a generated corpus ------------------------------------------------------------------------


def _sentence_pool() -> list[str]:
    """Sentences of our sample articles' prose (not the short hard cases written for accuracy)."""
    pool = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line else {}
        if record and record["source"] != "extra":
            pool.extend(record["sentences"])
    return pool


def generate(folder: Path, articles: int, seed: int = 0) -> int:
    """Write scrape-shaped articles (byline, body, threaded comments); returns total bytes."""
    rng = random.Random(seed)
    pool = _sentence_pool()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0

    def paragraph(low=2, high=6):
        return " ".join(rng.choice(pool) for _ in range(rng.randint(low, high)))

    for n in range(articles):
        lines = [
            f"Article {n}: " + rng.choice(pool)[:70],
            "",
            f"By Writer {n % 97} | (Site {n % 13}) |",
            "",
        ]
        for _ in range(rng.randint(6, 14)):
            lines += [paragraph(), ""]
        comments = rng.randint(2, 10)
        lines += [f"{comments + rng.randint(0, 2)} Responses", ""]
        for c in range(1, comments + 1):
            lines += [f"  {c}. " + paragraph(1, 4), ""]
            if rng.random() < 0.3:
                lines += ["    " + paragraph(1, 3), ""]
            if rng.random() < 0.4:
                lines += ["    • " + paragraph(1, 3), ""]
                if rng.random() < 0.4:
                    lines += ["      • " + paragraph(1, 2), ""]
        lines.append("Comments are closed.")
        data = "\n".join(lines).encode("utf-8")
        (folder / f"article-{n:05d}.txt").write_bytes(data)
        total += len(data)
    return total


# -- throughput --------------------------------------------------------------------------------


def throughput(folder: Path, splitter: Splitter, limit: int | None = None) -> dict:
    """MB/s of input through read + segment + JSON Lines out, in this process, one core."""
    files = sorted(folder.glob("*.txt"))[:limit]
    size = sum(f.stat().st_size for f in files)
    units = 0
    with open(os.devnull, "wb") as sink:
        started, cpu = time.perf_counter(), time.process_time()
        for result in split_files([str(f) for f in files], splitter=splitter):
            assert result.failure is None, result.failure
            sink.write(result.document.to_json() + b"\n")
            sink.write(units_jsonl(result.units, compiled=splitter.compiled))
            units += len(result.units)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
    return {
        "files": len(files),
        "mb": size / 1e6,
        "seconds": seconds,
        "mb_s": size / 1e6 / seconds,
        "cpu": cpu,
        "mb_cpu_s": size / 1e6 / cpu,
        "units": units,
    }


_PEAK = """
import json, os, resource, sys
from corpus import split_files, units_jsonl
with open(os.devnull, "wb") as sink:
    for r in split_files([sys.argv[1]]):
        sink.write(r.document.to_json() + b"\\n")
        sink.write(units_jsonl(r.units))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory_mb(folder: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, str(folder)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--baseline-articles", type=int, default=300, help="pysbd runs on a prefix")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many interleaved runs")
    args = parser.parse_args()

    print(f"# corpus split benchmark — Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    if not _built():
        print("(a compiled module is not built: every pipeline runs its pure Python)\n")
    splitters = {name: make() for name, make in SPLITTERS.items()}
    for title, gold_file in GOLD_SETS.items():
        print(f"## Sentence-boundary accuracy, {title}\n")
        print("| splitter | sentences | exactly right | missed boundaries | spurious boundaries |")
        print("|---|---|---|---|---|")
        for name, splitter in splitters.items():
            a = accuracy(splitter, gold_file)
            print(
                f"| {name} | {a['sentences']} | {a['exact']} ({a['exact_pct']:.1f}%) "
                f"| {a['missed']} | {a['spurious']} |"
            )
        print()

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "x1"
        size = generate(base, args.articles)
        print(f"## Throughput: {args.articles} generated articles, {size / 1e6:.1f} MB\n")
        print(
            f"read + segment + JSON Lines out, one process, best of {args.rounds} interleaved rounds"
        )
        print(
            "(pysbd on the first articles only; MB/s is comparable; each round's best is its least"
        )
        print("CPU time, which other processes on the machine disturb much less than wall time)\n")
        print(
            "| pipeline | articles | MB | seconds | MB/s | units | vs pysbd "
            "| CPU seconds | vs pysbd in CPU time |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        rows: dict[str, dict] = {}
        for _ in range(args.rounds):  # interleaved rounds, best of each: noise cannot pick a winner
            for name, splitter in splitters.items():
                limit = args.baseline_articles if name.startswith("pysbd") else None
                run = throughput(base, splitter, limit)
                if name not in rows or run["cpu"] < rows[name]["cpu"]:
                    rows[name] = run
        pysbd_rate = rows["pysbd 0.3.4"]["mb_s"]
        pysbd_cpu_rate = rows["pysbd 0.3.4"]["mb_cpu_s"]
        for name, r in rows.items():
            print(
                f"| {name} | {r['files']} | {r['mb']:.1f} | {r['seconds']:.2f} | {r['mb_s']:.2f} | "
                f"{r['units']} | {r['mb_s'] / pysbd_rate:.1f}× | {r['cpu']:.2f} "
                f"| {r['mb_cpu_s'] / pysbd_cpu_rate:.1f}× |"
            )

        quad = Path(tmp) / "x4"
        quad.mkdir()
        for copy in range(4):
            for f in sorted(base.glob("*.txt")):
                os.link(f, quad / f"{copy}-{f.name}")
        one, four = peak_memory_mb(base), peak_memory_mb(quad)
        print("\n## Peak memory of a split (fresh process, max RSS)\n")
        print("| corpus | articles | peak RSS MB |")
        print("|---|---|---|")
        print(f"| 1× | {args.articles} | {one:.1f} |")
        print(f"| 4× | {4 * args.articles} | {four:.1f} |")


if __name__ == "__main__":
    main()
