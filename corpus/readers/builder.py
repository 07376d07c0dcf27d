"""Assemble a canonical text from pieces of a source while remembering where each came from.

Every reader goes through ``TextBuilder`` so that the offset bookkeeping (and the source map
that carries standoff annotations over) is written once.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import NamedTuple

from ..model import Comment, Document, SourceMap

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
# characters: a text this long is joined letting its pieces go as they are copied
_RELEASE_MIN = 1 << 20


class Line(NamedTuple):
    """A source line without its terminator; ``start`` is its offset in the source.

    A named tuple rather than a dataclass: readers make one per line of every file.
    """

    text: str
    start: int

    @property
    def indent(self) -> int:
        """Width of the leading whitespace, a tab counting as four columns."""
        text = self.text
        lead = len(text) - len(text.lstrip())
        return lead + 3 * text.count("\t", 0, lead)

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def piece(self, begin: int = 0) -> tuple[str, int] | None:
        """The line from ``begin`` on, stripped, as a ``(text, source_offset)`` piece."""
        text = self.text[begin:]
        stripped = text.lstrip()
        lead = len(text) - len(stripped)
        stripped = stripped.rstrip()
        if not stripped:
            return None
        return stripped, self.start + begin + lead


def each_line(text: str) -> Iterator[Line]:
    """``split_lines``'s lines one at a time: a big text's, not all made before they are
    read."""
    for match in _LINE.finditer(text):
        yield _line(Line, (match.group().rstrip("\r\n"), match.start()))


def split_lines(text: str) -> list[Line]:
    """Split on LF, CRLF and CR only (``str.splitlines`` also breaks on U+2028, FF, ...)."""
    if "\r" in text:
        return list(each_line(text))
    # LF only, the usual case: str.split, which a regex scan costs ten times over
    lines = []
    start = 0
    for raw in text.split("\n"):
        lines.append(_line(Line, (raw, start)))
        start += len(raw) + 1
    if not lines[-1].text:  # the text ended with LF (or was empty): no line after it
        lines.pop()
    return lines


_line = tuple.__new__  # a Line without the generated __new__'s Python call


Piece = tuple[str, int | None]  # text and its offset in the source, None for inserted text


def blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines: the paragraphs of plain text."""
    found: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                found.append(current)
                current = []
        else:
            current.append(line)
    if current:
        found.append(current)
    return found


def paragraphs_of(text: str, *, mapped: bool = True) -> list[list[Piece]]:
    """Plain text as paragraphs of stripped line pieces; sources are offsets into ``text``."""
    return [
        [(t, s if mapped else None) for t, s in (line.piece() for line in block)]
        for block in blocks(split_lines(text))
    ]


class TextBuilder:
    """Collects blocks (title, paragraphs, comments) into one canonical text.

    Blocks are separated by a blank line; the lines of one block by a single LF.
    """

    def __init__(self, *, mapped: bool = True) -> None:
        self._parts: list[str] = []
        self._length = 0
        # the source map's (text start, source start, length) runs; a big text's held flat
        # in an array once it is big (``_flatten``): as tuples, a big file's hundreds of
        # thousands took several times their numbers (bench/README.md)
        self._runs: list[tuple[int, int, int]] | array[int] = []
        self._add_run = self._runs.append
        self._mapped = mapped
        self.title_span: tuple[int, int] | None = None
        self.paragraphs: list[tuple[int, int]] = []
        self.comments: list[Comment] = []

    def block(self, lines: list[Piece]) -> tuple[int, int] | None:
        """Append one block made of lines; returns its span, or None if it is empty."""
        parts, add_run, mapped = self._parts, self._add_run, self._mapped
        length = self._length
        start = None
        for text, source in lines:
            if not text:
                continue
            if start is None:
                if length:
                    parts.append("\n\n")
                    length += 2
                start = length
            else:
                parts.append("\n")
                length += 1
            if source is not None and mapped:
                add_run((length, source, len(text)))
            parts.append(text)
            length += len(text)
        self._length = length
        if length >= _RELEASE_MIN and type(self._runs) is list:
            self._flatten()
        return None if start is None else (start, length)

    def _flatten(self) -> None:
        """The runs held flat from now on (a list of tuples is quicker for a small text)."""
        self._runs = array("q", chain.from_iterable(self._runs))
        self._add_run = self._runs.extend  # (takes the same tuple a list appends)

    def paragraphs_block(self, paragraphs: list[list[Piece]]) -> tuple[int, int] | None:
        """Append several paragraphs as one block (a comment); returns the span of them all."""
        spans = [span for span in (self.block(p) for p in paragraphs) if span]
        if not spans:
            return None
        return spans[0][0], spans[-1][1]

    def add_title(self, lines: list[Piece]) -> None:
        self.title_span = self.block(lines)

    def add_paragraph(self, lines: list[Piece]) -> None:
        span = self.block(lines)
        if span:
            self.paragraphs.append(span)

    def add_comment(
        self,
        paragraphs: list[list[Piece]],
        *,
        depth: int,
        parent: int | None,
        author: str | None = None,
        published: str | None = None,
    ) -> int | None:
        """Append a comment; returns its index in ``comments`` (None if it had no text)."""
        span = self.paragraphs_block(paragraphs)
        if span is None:
            return None
        self.comments.append(Comment(span[0], span[1], depth, parent, author, published))
        return len(self.comments) - 1

    def drop_last_line(self) -> str | None:
        """Take back the last line of the last paragraph, while it is the last block added
        (a signature found under the opening post only once its replies were read)."""
        if not self.paragraphs or self.comments or self.paragraphs[-1][1] != self._length:
            return None
        start, end = self.paragraphs[-1]
        text = "".join(self._parts)
        cut = text.rfind("\n", start, end)
        line = text[cut + 1 if cut >= 0 else start : end]
        if cut < 0:  # a paragraph of one line: it goes, with the blank line before it
            self.paragraphs.pop()
            cut = max(start - 2, 0)
        else:
            self.paragraphs[-1] = (start, cut)
        self._parts = [text[:cut]]
        self._length = cut
        self._runs = [
            (at, source, min(length, cut - at))
            for at, source, length in self._triples()
            if at < cut
        ]
        self._add_run = self._runs.append
        return line

    def _triples(self) -> Iterable[tuple[int, int, int]]:
        """The runs as tuples, however they are held."""
        runs = self._runs
        if type(runs) is list:
            return runs
        numbers = iter(runs)
        return zip(numbers, numbers, numbers, strict=False)  # (threes, from one iterator)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def blank(self) -> bool:
        """Nothing added yet (what is added is never blank: its lines come stripped)."""
        return not self._length

    @property
    def length(self) -> int:
        """The characters added so far (without joining them)."""
        return self._length

    def document(self, **metadata) -> Document:
        if self._length >= _RELEASE_MIN and _join_releasing is not None:
            # a big file's lines, which its pieces are, not held beside its text whole
            text = _join_releasing(self._parts)
            self._parts = [text]
        else:
            text = self.text
        title = metadata.pop("title", None)
        if title is None and self.title_span:
            title = text[self.title_span[0] : self.title_span[1]]
        return Document(
            text=text,
            title=title,
            title_span=self.title_span,
            paragraphs=tuple(self.paragraphs),
            comments=tuple(self.comments),
            source_map=SourceMap(tuple(self._triples())) if self._mapped else None,
            **metadata,
        )


try:  # "".join letting each piece go once copied (corpus/_fastsegment.pyx), where built
    from .._fastsegment import join_releasing as _join_releasing
except ImportError:  # pragma: no cover - a build without a C compiler
    _join_releasing = None
