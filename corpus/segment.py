"""Document → Units: the title, paragraphs, sentences and comments annotators will see.

Unit ids are built from structure only (paragraph and comment positions), never from text, so
editing a sentence changes its hash but no id, and ids are the same on every run.

Sentences come from sentencex, chosen by measurement (bench/README.md): as accurate as pysbd
on our hand-labelled sentences and two orders of magnitude faster. A sentence never crosses a
line break: scrapes put one paragraph or one sentence per line far more often than they wrap
prose by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sentencex import segment as _sentencex

from .model import KINDS, Document, Span, Unit

DEFAULT_LANGUAGE = "en"


def sentence_spans(text: str, language: str | None = None) -> Iterator[tuple[int, int]]:
    """Half-open ``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed."""
    language = (language or DEFAULT_LANGUAGE).split("-")[0].lower()
    line_start = 0
    for line in text.split("\n"):
        if line.strip():
            position = line_start
            for piece in _sentencex(language, line):
                # sentencex returns consecutive pieces; find() guards against a release that
                # trims them, so offsets stay right either way.
                found = line.find(piece, position - line_start)
                begin = line_start + (found if found >= 0 else position - line_start)
                end = begin + len(piece)
                stripped = piece.strip()
                if stripped:
                    lead = len(piece) - len(piece.lstrip())
                    yield begin + lead, begin + lead + len(stripped)
                position = end
        line_start += len(line) + 1


def segment(doc: Document, kinds: Iterable[str] = KINDS) -> list[Unit]:
    """All units of ``doc`` of the given kinds, in reading order."""
    wanted = frozenset(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown unit kinds: {', '.join(sorted(unknown))}")
    units: list[Unit] = []
    counters = dict.fromkeys(KINDS, 0)
    text = doc.text

    def add(uid, kind, section, start, end, parent_id, depth, author=None, published=None):
        if kind not in wanted:
            return
        units.append(
            Unit(
                id=f"{doc.doc_id}/{uid}",
                doc_id=doc.doc_id,
                kind=kind,
                section=section,
                text=text[start:end],
                start=start,
                end=end,
                parent_id=parent_id,
                depth=depth,
                index=counters[kind],
                author=author,
                published=published,
                spans=_spans_within(doc.spans, start, end),
            )
        )
        counters[kind] += 1

    def add_sentences(container_uid, section, start, end, depth):
        if "sentence" not in wanted:
            return
        parent_id = f"{doc.doc_id}/{container_uid}"
        for n, (s, e) in enumerate(sentence_spans(text[start:end], doc.language), start=1):
            add(
                f"{container_uid}.s{n}", "sentence", section, start + s, start + e, parent_id, depth
            )

    if doc.title_span:
        add("title", "title", "title", *doc.title_span, None, 0)
    for n, (start, end) in enumerate(doc.paragraphs, start=1):
        add(f"p{n}", "paragraph", "body", start, end, None, 0)
        add_sentences(f"p{n}", "body", start, end, 0)

    comment_uids: list[str] = []
    replies: dict[int | None, int] = {}
    for comment in doc.comments:
        replies[comment.parent] = replies.get(comment.parent, 0) + 1
        number = replies[comment.parent]
        if comment.parent is None:
            uid, parent_id = f"c{number}", None
        else:
            uid = f"{comment_uids[comment.parent]}.{number}"
            parent_id = f"{doc.doc_id}/{comment_uids[comment.parent]}"
        comment_uids.append(uid)
        add(
            uid,
            "comment",
            "comments",
            comment.start,
            comment.end,
            parent_id,
            comment.depth,
            comment.author,
            comment.published,
        )
        add_sentences(uid, "comments", comment.start, comment.end, comment.depth)
    return units


def _spans_within(spans: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """Spans wholly inside ``[start, end)``, re-based on the unit's own text."""
    if not spans:
        return ()
    return tuple(
        Span(s.start - start, s.end - start, s.label, s.text)
        for s in spans
        if start <= s.start and s.end <= end
    )
