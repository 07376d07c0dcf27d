"""One module per input format; each turns decoded text into Documents."""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Document
from .rules import Rules
from .text import parse_text, read_text

__all__ = ["parse_document", "read_document", "read_text", "sniff_format"]

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|article)\b", re.I | re.S
)


def sniff_format(text: str) -> str:
    """Guess the format of a file with no telling extension (or of standard input)."""
    head = text[:2048]
    if _HTML_START.match(head):
        return "html"
    if head.lstrip().startswith("{"):
        return "jsonl"
    return "text"


def read_document(
    text: str,
    *,
    format: str,
    source: str,
    doc_id: str,
    encoding: str | None = None,
    rules: Rules | None = None,
) -> Document:
    """Read one text or HTML document; JSONL goes through ``readers.jsonl`` record by record."""
    return parse_document(
        text, format=format, source=source, doc_id=doc_id, encoding=encoding, rules=rules
    )[0]


def parse_document(
    text: str,
    *,
    format: str,
    source: str,
    doc_id: str,
    encoding: str | None = None,
    rules: Rules | None = None,
) -> tuple[Document, tuple[str, ...]]:
    """``read_document``, with what looked wrong in the parse (declared and found comment
    counts that differ, a comment that starts like a header, …)."""
    if format == "html":
        from .html import read_html  # trafilatura is slow to import; only HTML needs it

        return read_html(text, source=source, doc_id=doc_id, encoding=encoding), ()
    if format == "text":
        parse = parse_text(text, source=source, doc_id=doc_id, encoding=encoding, rules=rules)
        doc = parse.document
        if not doc.paragraphs and not doc.comments and doc.title_span is None:
            raise InputError("no text found")
        return doc, parse.warnings
    raise InputError(f"unknown format {format!r}")
