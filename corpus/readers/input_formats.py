"""The input formats corpus reads, in one table: a new format joins here and nowhere else.

``corpus split``, ``corpus inspect``, the ``--format`` choices, the extensions a directory is
searched for, the sniffing of standard input and the messages all come from ``REGISTRY``.
A format reads either a whole file into one document (``parse``) or one record per line into
one document each (``parse_record``, streamed in chunks so a large crawl never sits in memory).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..model import Document
from .rules import Rules

# (text, *, source, doc_id, encoding, rules) -> (document, what looked wrong in the parse)
Parse = Callable[..., tuple[Document, tuple[str, ...]]]
# (line) -> record; (record, *, source, doc_id) -> document; the record's "text" is its source
ParseRecord = Callable[[str], Mapping[str, Any]]
ReadRecord = Callable[..., Document]


@dataclass(frozen=True)
class InputFormat:
    """One input format: its name, the extensions that mean it, how to tell it by content,
    and its reader."""

    name: str
    extensions: tuple[str, ...]
    looks_like: Callable[[str], bool] | None = None  # by the first 2 KB; None: the fallback
    parse: Parse | None = None  # a whole file is one document
    parse_record: ParseRecord | None = None  # a line is one record ...
    read_record: ReadRecord | None = None  # ... and one document

    @property
    def records(self) -> bool:
        return self.parse_record is not None


_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|article)\b", re.I | re.S
)


def _parse_text(text, *, source, doc_id, encoding=None, rules: Rules | None = None):
    from .fields import parse_page_text

    parse = parse_page_text(text, source=source, doc_id=doc_id, encoding=encoding, rules=rules)
    return require_text(parse.document), parse.warnings


def _parse_markdown(text, *, source, doc_id, encoding=None, rules: Rules | None = None):
    from .fields import parse_page_text

    parse = parse_page_text(
        text, source=source, doc_id=doc_id, format="markdown", encoding=encoding, rules=rules,
        markdown=True,
    )  # fmt: skip
    return require_text(parse.document), parse.warnings


def require_text(doc: Document) -> Document:
    """A text page with no title, paragraph or comment is not a document (a binary or an
    empty file that decoded)."""
    if not doc.paragraphs and not doc.comments and doc.title_span is None:
        raise InputError("no text found")
    return doc


def _parse_html(text, *, source, doc_id, encoding=None, rules: Rules | None = None):
    from .html import read_html  # trafilatura is slow to import; only HTML needs it

    return read_html(text, source=source, doc_id=doc_id, encoding=encoding), ()


def _looks_like_markdown(head: str) -> bool:
    from .markdown import looks_like_markdown

    return looks_like_markdown(head)


def _parse_line(line: str) -> Mapping[str, Any]:
    from .jsonl import parse_line

    return parse_line(line)


def _read_record(record, *, source, doc_id) -> Document:
    from .jsonl import read_record

    return read_record(record, source=source, doc_id=doc_id)


REGISTRY: dict[str, InputFormat] = {}


def register(fmt: InputFormat) -> InputFormat:
    """Add a format (or replace one of the same name). Sniffing asks formats in the order
    they were registered; the first without ``looks_like`` is the fallback."""
    if (fmt.parse is None) == (fmt.parse_record is None) or (
        fmt.records and fmt.read_record is None
    ):
        raise ValueError(f"format {fmt.name!r} needs either parse or parse_record + read_record")
    REGISTRY[fmt.name] = fmt
    return fmt


def unregister(name: str) -> None:
    REGISTRY.pop(name, None)


register(
    InputFormat("text", (".txt", ".text"), parse=_parse_text)  # the fallback: no looks_like
)
register(
    InputFormat(
        "html",
        (".html", ".htm", ".xhtml"),
        looks_like=lambda head: _HTML_START.match(head) is not None,
        parse=_parse_html,
    )
)
register(
    InputFormat(
        "markdown",
        (".md", ".markdown"),
        looks_like=_looks_like_markdown,
        parse=_parse_markdown,
    )
)
register(
    InputFormat(
        "jsonl",
        (".jsonl", ".ndjson"),
        looks_like=lambda head: head.lstrip().startswith("{"),
        parse_record=_parse_line,
        read_record=_read_record,
    )
)


def format_names() -> tuple[str, ...]:
    """What ``--format`` accepts."""
    return ("auto", *REGISTRY)


def by_extension(suffix: str) -> str | None:
    """The format a file name's suffix means, or None."""
    suffix = suffix.lower()
    for fmt in REGISTRY.values():
        if suffix in fmt.extensions:
            return fmt.name
    return None


def extensions_phrase() -> str:
    """ ".txt, .html or .jsonl": each format's first extension, for messages."""
    firsts = [fmt.extensions[0] for fmt in REGISTRY.values() if fmt.extensions]
    return ", ".join(firsts[:-1]) + f" or {firsts[-1]}" if len(firsts) > 1 else "".join(firsts)


def sniff_format(text: str) -> str:
    """Guess the format of a file with no telling extension (or of standard input)."""
    head = text[:2048]
    fallback = None
    for fmt in REGISTRY.values():
        if fmt.looks_like is None:
            fallback = fallback or fmt.name
        elif fmt.looks_like(head):
            return fmt.name
    return fallback or "text"


def get(name: str) -> InputFormat:
    try:
        return REGISTRY[name]
    except KeyError:
        raise InputError(f"unknown format {name!r}") from None
