"""How well corpus's readers read the shapes users bring, scored per shape against gold.

Run: ``.venv/bin/python bench/readers.py [FOLDER] [--details] [--json]``

FOLDER (default ``bench/data/readers/gallery``) holds cases in the gallery's gold format
(see ``bench/data/readers/GALLERY.md``): ``<stem>.txt|.html|.jsonl`` and ``<stem>.gold.json``.
Every case is read with ``corpus.split_files`` exactly as ``corpus split`` reads it, and
compared with its gold:

- **fields**: title, author, site, published, comments_declared, and the body (its paragraph
  count and each paragraph's first words);
- **comments**: each gold comment is looked for among the comments found (by its first
  words, in order); it is right when it is found and its author, date, parent, first and last
  words all agree; comments found that the gold does not have count against the file;
- **leaked**: a `must_not_appear` line of page furniture found anywhere in the canonical text;
- **fully right**: every field and every comment right, nothing extra, nothing leaked.

On HTML cases trafilatura runs beside it as the baseline, the way its users run it for
comments (``trafilatura.extract(html, include_comments=True, with_metadata=True)``): its
title, author, site and date are scored as fields, its comments (one flat text) by whether
each gold comment's first words appear in it, its text and comments for leaked furniture.
Below the table: on how many of the HTML pages whose gold has comments each tool finds any
comment at all (the issue's "comment threads found on at least as many pages").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpus import split_files

HERE = Path(__file__).resolve().parent
GALLERY = HERE / "data" / "readers" / "gallery"
INPUTS = (".txt", ".html", ".jsonl")
FIELDS = ("title", "author", "site", "published", "comments_declared", "body")


def norm(text: str | None) -> str:
    """Whitespace collapsed and Unicode composed: the gold is typed, the text is read."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@dataclass
class Score:
    """One file: which fields were right, how many comments, what leaked, what went wrong."""

    stem: str
    shape: str
    fields: dict[str, bool] = field(default_factory=dict)
    comments_gold: int = 0
    comments_right: int = 0
    comments_extra: int = 0
    leaked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failed: str | None = None
    thread_found: bool = False  # any comment found at all (the page's thread, or part of it)

    @property
    def fully_right(self) -> bool:
        return (
            self.failed is None
            and all(self.fields.values())
            and self.comments_right == self.comments_gold
            and not self.comments_extra
            and not self.leaked
        )


def cases(folder: Path) -> list[tuple[Path, Path, dict]]:
    found = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        inputs = [folder / (stem + ext) for ext in INPUTS if (folder / (stem + ext)).exists()]
        if len(inputs) != 1:
            print(f"skipped {stem}: {len(inputs)} inputs", file=sys.stderr)
            continue
        found.append((inputs[0], gold_path, json.loads(gold_path.read_text(encoding="utf-8"))))
    return found


def _same(found, gold) -> bool:
    if isinstance(gold, str) or isinstance(found, str):
        return norm(found) == norm(gold)
    return found == gold


def _words_at(text: str, words: str, *, end: bool = False) -> bool:
    text, words = norm(text), norm(words)
    return text.endswith(words) if end else text.startswith(words)


_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–•*])\s+")


def _unmarked(paragraph: str) -> str:
    """A list item's first words without its number or bullet: gold writers differ on whether
    "1. " belongs to the item's text, and the reader keeps what the page shows."""
    return _LIST_MARK.sub("", paragraph, count=1)


def score_corpus(path: Path, gold: dict) -> Score:
    score = Score(path.stem, gold["shape"])
    results = list(split_files([str(path)]))
    if len(results) != 1 or results[0].failure:
        score.failed = results[0].failure.reason if results and results[0].failure else "no result"
        score.fields = dict.fromkeys(FIELDS, False)
        score.comments_gold = len(gold["comments"])
        return score
    doc = results[0].document
    score.thread_found = bool(doc.comments)
    for name in ("title", "author", "site", "published", "comments_declared"):
        found, wanted = getattr(doc, name), gold[name]
        score.fields[name] = _same(found, wanted)
        if not score.fields[name]:
            score.problems.append(f"{name}: {found!r} (gold {wanted!r})")
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    body_ok = len(paragraphs) == gold["body_paragraphs"] and all(
        _words_at(_unmarked(p), _unmarked(w))
        for p, w in zip(paragraphs, gold["body_first_words"], strict=False)
    )
    score.fields["body"] = body_ok
    if not body_ok:
        score.problems.append(
            f"body: {len(paragraphs)} paragraphs (gold {gold['body_paragraphs']}): "
            + " | ".join(norm(p)[:40] for p in paragraphs)
        )
    _score_comments(score, doc, gold)
    text = norm(doc.text)
    score.leaked = [line for line in gold["must_not_appear"] if norm(line) in text]
    score.problems += [f"leaked: {line!r}" for line in score.leaked]
    return score


def _score_comments(score: Score, doc, gold: dict) -> None:
    found = list(doc.comments)
    texts = [doc.text[c.start : c.end] for c in found]
    score.comments_gold = len(gold["comments"])
    matched: dict[int, int] = {}  # gold index -> found index
    used: set[int] = set()
    position = 0
    for g, wanted in enumerate(gold["comments"]):
        candidates = [i for i in range(position, len(found)) if i not in used] + [
            i for i in range(position) if i not in used
        ]
        hit = next((i for i in candidates if _words_at(texts[i], wanted["first_words"])), None)
        if hit is None:
            score.problems.append(f"comment {g} not found: {wanted['first_words']!r}")
            continue
        matched[g] = hit
        used.add(hit)
        position = hit + 1
    for g, i in matched.items():
        wanted, comment = gold["comments"][g], found[i]
        parent = wanted["parent"]
        checks = {
            "author": _same(comment.author, wanted["author"]),
            "published": comment.published == wanted["published"],
            "parent": comment.parent == (matched.get(parent) if parent is not None else None)
            and (parent is None or parent in matched),
            "last words": _words_at(texts[i], wanted["last_words"], end=True),
        }
        if all(checks.values()):
            score.comments_right += 1
        else:
            wrong = ", ".join(
                f"{k} {v!r}"
                for k, v in (
                    ("author", comment.author),
                    ("published", comment.published),
                    ("parent", comment.parent),
                    ("last words", norm(texts[i])[-30:]),
                )
                if not checks[k]
            )
            score.problems.append(f"comment {g} ({wanted['first_words'][:25]!r}): {wrong}")
    score.comments_extra = len(found) - len(used)
    for i in sorted(set(range(len(found))) - used):
        score.problems.append(f"extra comment {i}: {norm(texts[i])[:60]!r}")


# -- trafilatura, the baseline on HTML ---------------------------------------------------------


def score_trafilatura(path: Path, gold: dict) -> Score | None:
    if path.suffix != ".html":
        return None
    import trafilatura

    from corpus.readers.decode import decode

    html, _ = decode(path.read_bytes())
    score = Score(path.stem, gold["shape"])
    raw = trafilatura.extract(
        html, include_comments=True, with_metadata=True, output_format="json", url=None
    )
    data = json.loads(raw) if raw else {}
    for name, key in (("title", "title"), ("author", "author"), ("site", "sitename")):
        score.fields[name] = _same(data.get(key), gold[name])
    score.fields["published"] = (data.get("date") or None) == gold["published"]
    text, comments = norm(data.get("text")), norm(data.get("comments"))
    paragraphs = [line for line in (data.get("text") or "").splitlines() if line.strip()]
    score.fields["body"] = len(paragraphs) == gold["body_paragraphs"]
    score.comments_gold = len(gold["comments"])
    score.comments_right = sum(1 for c in gold["comments"] if norm(c["first_words"]) in comments)
    score.thread_found = bool(comments)
    everything = text + " " + comments
    score.leaked = [line for line in gold["must_not_appear"] if norm(line) in everything]
    return score


# -- the report ---------------------------------------------------------------------------------


def threads(ours: list[Score], theirs: list[Score]) -> dict[str, int]:
    """On the HTML pages whose gold has comments: on how many each tool finds comments."""
    pages = {s.stem for s in theirs if s.comments_gold}
    return {
        "pages": len(pages),
        "corpus": sum(1 for s in ours if s.stem in pages and s.thread_found),
        "trafilatura": sum(1 for s in theirs if s.stem in pages and s.thread_found),
    }


def summary(scores: list[Score]) -> dict:
    files = len(scores)
    fields = [ok for s in scores for ok in s.fields.values()]
    return {
        "files": files,
        "fully_right": sum(s.fully_right for s in scores),
        "fields_right": sum(fields),
        "fields": len(fields),
        "comments_right": sum(s.comments_right for s in scores),
        "comments": sum(s.comments_gold for s in scores),
        "comments_extra": sum(s.comments_extra for s in scores),
        "files_leaking": sum(1 for s in scores if s.leaked),
        "lines_leaked": sum(len(s.leaked) for s in scores),
    }


def by_shape(scores: list[Score]) -> dict[str, dict]:
    groups: dict[str, list[Score]] = defaultdict(list)
    for s in scores:
        groups[s.shape].append(s)
    table = {shape: summary(group) for shape, group in sorted(groups.items())}
    table["all"] = summary(scores)
    return table


def _row(name: str, s: dict, baseline: dict | None) -> str:
    def pct(a, b):
        return f"{a}/{b}" if b else "–"

    cells = [
        name,
        pct(s["fully_right"], s["files"]),
        pct(s["fields_right"], s["fields"]),
        pct(s["comments_right"], s["comments"])
        + (f" (+{s['comments_extra']})" if s["comments_extra"] else ""),
        f"{s['files_leaking']} ({s['lines_leaked']} lines)",
    ]
    if baseline is not None:
        cells += [
            pct(baseline["fields_right"], baseline["fields"]),
            pct(baseline["comments_right"], baseline["comments"]),
            f"{baseline['files_leaking']} ({baseline['lines_leaked']} lines)",
        ]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=GALLERY)
    parser.add_argument("--details", action="store_true", help="What went wrong, file by file.")
    parser.add_argument("--json", action="store_true", help="Every score as JSON.")
    parser.add_argument("--no-baseline", action="store_true", help="Skip trafilatura.")
    args = parser.parse_args()

    found = cases(args.folder)
    if not found:
        sys.exit(f"no cases (<stem>.gold.json beside its input) in {args.folder}")
    ours, theirs = [], []
    for path, _, gold in found:
        ours.append(score_corpus(path, gold))
        baseline = None if args.no_baseline else score_trafilatura(path, gold)
        if baseline is not None:
            theirs.append(baseline)
    mine, base = by_shape(ours), by_shape(theirs) if theirs else {}
    if args.json:
        print(
            json.dumps(
                {
                    "corpus": mine,
                    "trafilatura": base,
                    "threads": threads(ours, theirs),
                    "files": [s.__dict__ | {"fully_right": s.fully_right} for s in ours],
                },
                indent=1,
            )
        )
        return
    print(f"# Readers against gold: {args.folder} ({len(found)} files)\n")
    header = "| shape | fully right | fields right | comments right | files leaking |"
    rule = "|---|---|---|---|---|"
    if base:
        header += " trafilatura fields | trafilatura comments | trafilatura leaking |"
        rule += "---|---|---|"
    print(header)
    print(rule)
    for shape, s in mine.items():
        print(
            _row(f"**{shape}**" if shape == "all" else shape, s, base.get(shape) if base else None)
        )
    if theirs:
        found = threads(ours, theirs)
        print(
            f"\nComment threads, on the {found['pages']} HTML pages with comments: corpus finds "
            f"them on {found['corpus']}, trafilatura on {found['trafilatura']}."
        )
    if args.details:
        print()
        for s in ours:
            mark = "ok" if s.fully_right else "WRONG"
            print(f"## {s.stem}: {mark}" + (f" (failed: {s.failed})" if s.failed else ""))
            for problem in s.problems:
                print(f"  - {problem}")


if __name__ == "__main__":
    main()
