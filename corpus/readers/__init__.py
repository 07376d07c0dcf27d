"""One module per input format; each turns decoded text into Documents."""

from __future__ import annotations

from ..errors import InputError
from ..model import Document
from .handover import Handover
from .input_formats import REGISTRY, InputFormat, get, register, sniff_format
from .rules import Rules
from .text import read_text

__all__ = [
    "REGISTRY",
    "InputFormat",
    "parse_document",
    "read_document",
    "read_text",
    "register",
    "sniff_format",
]


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
    text: str | Handover,
    *,
    format: str,
    source: str,
    doc_id: str,
    encoding: str | None = None,
    rules: Rules | None = None,
) -> tuple[Document, tuple[str, ...]]:
    """``read_document``, with what looked wrong in the parse (declared and found comment
    counts that differ, a comment that starts like a header, …). A text or Markdown page
    may come in a ``Handover``, which its reader empties."""
    fmt = get(format)
    if fmt.parse is None:
        raise InputError(f"{format} is read record by record, not as one document")
    return fmt.parse(text, source=source, doc_id=doc_id, encoding=encoding, rules=rules)
