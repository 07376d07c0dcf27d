"""Standoff annotations on raw source files, carried onto canonical text through the source map.

Two formats are read:

- tab-separated ``.labels`` files as in the SemEval-2020 PTC corpus: ``article_id  technique
  start  end`` or ``article_id  start  end`` (then the label is ``span``); offsets are code points
  into the source file;
- JSON Lines: ``{"doc_id": ..., "start": ..., "end": ..., "label": ...}``.

A span's ``doc`` key matches the document whose ``doc_id`` is the key, or ``article<key>`` (the
PTC names its files ``article<ID>.txt`` but its label files by the bare ID).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import SpanError
from .model import Document, SourceMap, Span


@dataclass(frozen=True)
class SourceSpan:
    doc: str
    start: int
    end: int
    label: str
    origin: str  # "file:line", for messages


def load_spans(paths: list[str]) -> dict[str, list[SourceSpan]]:
    """Spans from the given files, grouped by document key."""
    grouped: dict[str, list[SourceSpan]] = {}
    for path in paths:
        for span in _read_file(Path(path)):
            grouped.setdefault(span.doc, []).append(span)
    return grouped


def spans_for(spans: dict[str, list[SourceSpan]], doc_id: str) -> list[SourceSpan]:
    found = list(spans.get(doc_id, ()))
    if doc_id.startswith("article"):
        found += spans.get(doc_id[len("article") :], ())
    return found


def _read_file(path: Path) -> list[SourceSpan]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpanError(f"{path}: cannot read spans ({exc})") from exc
    spans = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            if line.lstrip().startswith("{"):
                record = json.loads(line)
                doc = str(record["doc_id"])
                start, end = int(record["start"]), int(record["end"])
                label = str(record.get("label") or "span")
            else:
                fields = line.rstrip("\n").split("\t")
                if len(fields) == 3:
                    doc, start, end, label = fields[0], int(fields[1]), int(fields[2]), "span"
                elif len(fields) == 4:
                    doc, label, start, end = fields[0], fields[1], int(fields[2]), int(fields[3])
                else:
                    raise ValueError(f"expected 3 or 4 tab-separated fields, found {len(fields)}")
        except (ValueError, KeyError, TypeError, json.JSONDecodeError) as exc:
            raise SpanError(f"{origin}: malformed span line ({exc})") from exc
        if start < 0 or end < start:
            raise SpanError(f"{origin}: span {start}-{end} is not a valid range")
        spans.append(SourceSpan(doc.strip(), start, end, label, origin))
    return spans


def attach(
    doc: Document, source_text: str, spans: list[SourceSpan]
) -> tuple[tuple[Span, ...], list[str]]:
    """Map source spans onto ``doc``; returns the spans and one message per span left out.

    A span is kept only when the canonical text at its mapped offsets is the source text it
    covered, or differs from it only in whitespace (a span across a dropped indentation);
    the offsets are what count, never a search for the text.
    """
    kept: list[Span] = []
    problems: list[str] = []
    source_map: SourceMap | None = doc.source_map
    for span in sorted(spans, key=lambda s: (s.start, s.end, s.label)):
        where = f"{span.origin}: span {span.start}-{span.end} ({span.label})"
        if source_map is None:
            problems.append(f"{where}: {doc.format} documents have no source offsets")
            continue
        if span.end > len(source_text):
            problems.append(f"{where}: beyond the end of {doc.source} ({len(source_text)} chars)")
            continue
        mapped = source_map.to_text(span.start, span.end)
        if mapped is None:
            problems.append(f"{where}: covers text that is not in the canonical text")
            continue
        start, end = mapped
        covered, text = source_text[span.start : span.end], doc.text[start:end]
        if covered != text and covered.split() != text.split():
            problems.append(f"{where}: maps onto different text")
            continue
        kept.append(Span(start, end, span.label, text))
    return tuple(kept), problems
