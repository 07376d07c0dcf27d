"""The shared vocabulary: every stage reads and writes these records, nothing else.

All offsets are Unicode code points into ``Document.text`` (Python ``str`` indices), which is
also what Label Studio's ``<Text>`` tag counts.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

import orjson

KINDS = ("title", "paragraph", "sentence", "comment")
SECTIONS = ("title", "body", "comments")


_sha256 = hashlib.sha256
_set = object.__setattr__


def sha256(text: str, compiled: bool = True) -> str:
    """The hex SHA-256 of the text's UTF-8: a Document's and a Unit's ``sha256``.

    Compiled where the install built it: it hashes the UTF-8 CPython caches on the str,
    which orjson then writes out as is, instead of encoding a copy to hash. ``compiled=False``
    hashes with hashlib all the same, as an install without a C compiler does: the same hex.
    """
    if compiled and _hex_sha256 is not None:
        return _hex_sha256(text)
    return _sha256(text.encode("utf-8")).hexdigest()


try:  # the compiled sentence loop's hasher (corpus/_fastsegment.pyx), when the install built it
    from ._fastsegment import hex_sha256 as _hex_sha256
except ImportError:  # pragma: no cover - a build without a C compiler
    _hex_sha256 = None


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader comment as the reader found it; its text is ``Document.text[start:end]``.
    Slotted: a big comment section's document holds hundreds of thousands."""

    start: int
    end: int
    depth: int  # 1 for a top-level comment, 2 for a reply to it, ...
    parent: int | None  # index into Document.comments of the comment this one answers
    author: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Span:
    """A labelled stretch of text, e.g. a gold annotation carried over from a standoff file."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class SourceMap:
    """Where each stretch of the canonical text came from in the decoded source file.

    ``runs`` are ``(text_start, source_start, length)`` triples, sorted, for stretches copied
    verbatim. Text the reader inserted (block separators, joined lines) belongs to no run, and
    source text the reader dropped (markers, indentation, boilerplate) is covered by none.
    """

    runs: tuple[tuple[int, int, int], ...]

    def to_text(self, source_start: int, source_end: int) -> tuple[int, int] | None:
        """Map a half-open source range onto the canonical text, or None if an end was dropped.

        Both ends must lie in copied text (the end may sit just after a run), so a span never
        silently gains or loses its first or last character.
        """
        start = self._lookup(source_start, inclusive_end=False)
        end = self._lookup(source_end, inclusive_end=True)
        if start is None or end is None or end < start:
            return None
        return start, end

    def _lookup(self, pos: int, *, inclusive_end: bool) -> int | None:
        sources = self._source_starts
        i = bisect_right(sources, pos) - 1
        # an end offset may equal the end of the previous run
        for j in (i, i - 1) if inclusive_end else (i,):
            if j < 0:
                continue
            text_start, source_start, length = self._by_source[j]
            if source_start <= pos < source_start + length or (
                inclusive_end and pos == source_start + length
            ):
                return text_start + pos - source_start
        return None

    @property
    def _by_source(self) -> tuple[tuple[int, int, int], ...]:
        cached = self.__dict__.get("_by_source_cache")
        if cached is None:
            cached = tuple(sorted(self.runs, key=lambda run: run[1]))
            object.__setattr__(self, "_by_source_cache", cached)
        return cached

    @property
    def _source_starts(self) -> list[int]:
        cached = self.__dict__.get("_source_starts_cache")
        if cached is None:
            cached = [run[1] for run in self._by_source]
            object.__setattr__(self, "_source_starts_cache", cached)
        return cached


@dataclass(frozen=True)
class Document:
    """One article with its comments, reduced to a canonical text and its structure.

    The canonical text is the title, the body paragraphs and then the comments in reading
    order, blocks separated by a blank line, LF line endings, markers and boilerplate removed.
    """

    doc_id: str
    source: str
    format: str
    text: str
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    encoding: str | None = None
    comments_declared: int | None = None
    title_span: tuple[int, int] | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    comments: tuple[Comment, ...] = ()
    source_map: SourceMap | None = None
    spans: tuple[Span, ...] = ()
    sha256: str = field(default="", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", sha256(self.text))

    @property
    def comments_found(self) -> int:
        return len(self.comments)

    def to_json(self) -> bytes:
        """The docs.jsonl record. orjson writes tuples as arrays and dataclasses as objects,
        field by field in order, so the record is handed over without copying into lists."""
        return orjson.dumps(
            {
                "doc_id": self.doc_id,
                "source": self.source,
                "format": self.format,
                "title": self.title,
                "author": self.author,
                "site": self.site,
                "published": self.published,
                "url": self.url,
                "language": self.language,
                "encoding": self.encoding,
                "comments_declared": self.comments_declared,
                "comments_found": self.comments_found,
                "text": self.text,
                "sha256": self.sha256,
                "title_span": self.title_span or None,
                "paragraphs": self.paragraphs,
                "comments": self.comments,
                "spans": self.spans,
                "source_map": self.source_map.runs if self.source_map else None,
            }
        )

    def to_dict(self) -> dict:
        return orjson.loads(self.to_json())


@dataclass(frozen=True)
class Unit:
    """One annotatable stretch of a document: ``document.text[start:end] == text``."""

    id: str
    doc_id: str
    kind: str  # one of KINDS
    section: str  # one of SECTIONS
    text: str
    start: int
    end: int
    parent_id: str | None
    depth: int
    index: int
    author: str | None = None
    published: str | None = None
    spans: tuple[Span, ...] = ()  # offsets relative to the unit's own text
    sha256: str = field(default="", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", sha256(self.text))

    @classmethod
    def make(
        cls,
        id: str,
        doc_id: str,
        kind: str,
        section: str,
        text: str,
        start: int,
        end: int,
        parent_id: str | None,
        depth: int,
        index: int,
        author: str | None = None,
        published: str | None = None,
        spans: tuple[Span, ...] = (),
        compiled: bool = True,
    ) -> Unit:
        """Same as ``Unit(...)``, at a third of the cost: the splitter makes one per sentence.

        A frozen dataclass's generated ``__init__`` calls ``object.__setattr__`` once per
        field; giving the instance its dict whole makes an identical, equally frozen object.
        ``compiled`` is ``sha256``'s: False hashes with hashlib, to the same hex.
        """
        unit = object.__new__(cls)
        _set(
            unit,
            "__dict__",
            {
                "id": id,
                "doc_id": doc_id,
                "kind": kind,
                "section": section,
                "text": text,
                "start": start,
                "end": end,
                "parent_id": parent_id,
                "depth": depth,
                "index": index,
                "author": author,
                "published": published,
                "spans": spans,
                "sha256": sha256(text, compiled),
            },
        )
        return unit

    def to_json(self) -> bytes:
        """The units.jsonl record: the fields in order (orjson serialises dataclasses natively)."""
        return orjson.dumps(self)

    def to_dict(self) -> dict:
        return orjson.loads(self.to_json())


def units_jsonl(units: Iterable[Unit], *, compiled: bool = True) -> bytes:
    """The units.jsonl lines of ``units``: each unit's ``to_json()`` and a newline.

    One call per document rather than one per unit: per unit, Python's generator step,
    method call and concatenation cost as much as orjson's writing (bench/README.md), so
    the loop is compiled where the install built it. ``compiled=False`` runs the Python
    join all the same, as an install without a C compiler does: the same bytes.
    """
    if compiled and _jsonl is not None:
        return _jsonl(units, orjson.dumps)
    return b"".join(orjson.dumps(unit) + b"\n" for unit in units)


try:  # the compiled loop (corpus/_fastjsonl.pyx), when the install built it
    from ._fastjsonl import jsonl as _jsonl
except ImportError:  # pragma: no cover - a build without a C compiler
    _jsonl = None


@dataclass(frozen=True)
class Failure:
    """An input that could not be read; reported, never fatal to the rest of a batch."""

    source: str
    reason: str
