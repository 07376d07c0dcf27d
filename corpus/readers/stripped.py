"""A big text's lines held as the reader's stripped lines and the white space around each.

The text reader holds every line twice: as a ``Line`` (its text as the file has it, and its
offset) and stripped, which is what its rules read. For a comment section, where nearly
every line is indented, the two are two copies of the text, and with a tuple and an offset
object a line the ``Line`` list took more than the text itself: the biggest thing the
reader held while the comments were read (bench/README.md). ``StrippedLines`` keeps the
stripped lines the reader holds anyway, the white space around each (one shared str for
each run of spaces that occurs) and the offsets in an array, and makes a line's ``Line``
when it is asked for: a few bytes a line instead of a copy of it.

A comment's header line ("12. Great post, thanks") was held twice more: stripped, and as the
piece of its comment's text that follows the marker ("Great post, thanks"), a copy of most of
it, through to the end of the comment section. ``StrippedTexts.hold_tail`` holds such a line
as its head (one str for each head that occurs: "12. ") and the piece's text, and gives it
back joined when it is read: the same text, held once (bench/README.md).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence

from .builder import Line

_line = tuple.__new__  # a Line without the generated __new__'s Python call


class StrippedTexts(Sequence[str]):
    """The stripped lines, read as the list of them is (an index, or a slice: a list), some
    held as a head and a tail that the reader holds anyway (``hold_tail``)."""

    __slots__ = ("_heads", "_shared", "_texts")

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._heads: list[str | None] | None = None  # (made at the first line held so)
        self._shared: dict[str, str] = {}  # one str for each head

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._texts)))]
        heads = self._heads
        if heads is None or heads[i] is None:
            return self._texts[i]
        return heads[i] + self._texts[i]

    def __iter__(self) -> Iterator[str]:
        if self._heads is None:
            yield from self._texts
            return
        for head, text in zip(self._heads, self._texts, strict=True):
            yield text if head is None else head + text

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StrippedTexts | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (equal to a list, as a list is)

    def hold_tail(self, i: int, tail: str) -> bool:
        """Hold line ``i`` as the head before ``tail`` and ``tail`` itself, where it ends
        with ``tail`` (a str the caller keeps: the piece of a comment's text it holds): False,
        and the line held whole as before, where it does not."""
        text = self._texts[i]
        if self._heads is None:
            self._heads = [None] * len(self._texts)
        if self._heads[i] is not None or not tail or len(tail) >= len(text):
            return False
        if not text.endswith(tail):
            return False
        head = text[: len(text) - len(tail)]
        self._heads[i] = self._shared.setdefault(head, head)
        self._texts[i] = tail
        return True


class StrippedLines(Sequence[Line]):
    """The ``lines`` as a sequence, held as they are stripped by ``strip`` (``str.strip``,
    or a reader's that also counts a line of invisible characters as blank: "") and what
    was stripped. The stripped lines are ``stripped`` (``StrippedTexts``), which the reader
    holds as its own.

    The lines may come one at a time (``builder.each_line``): a big text's are not all made
    before they are held this way.
    """

    __slots__ = ("_after", "_before", "_starts", "stripped")

    def __init__(self, lines: Iterable[Line], strip: Callable[[str], str] = str.strip) -> None:
        stripped: list[str] = []
        before: list[str] = []
        after: list[str] = []
        starts = array("q")
        spaces: dict[str, str] = {"": ""}  # one str for each run of white space
        for text, start in lines:
            middle = strip(text)
            stripped.append(middle)
            starts.append(start)
            if text is middle or not text:  # (str.strip hands back a line with no spaces)
                before.append("")
                after.append("")
                continue
            if middle:
                lead = len(text) - len(text.lstrip())
                head, tail = text[:lead], text[lead + len(middle) :]
                if text[lead : lead + len(middle)] != middle:
                    raise ValueError(f"{middle!r} is not line {len(starts)} stripped")
            else:  # blank, or of characters the reader counts as blank: all of it around ""
                head, tail = text, ""
            before.append(spaces.setdefault(head, head))
            after.append(spaces.setdefault(tail, tail))
        self.stripped = StrippedTexts(stripped)  # (the lines are made of it)
        self._before = before
        self._after = after
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: int) -> Line:  # type: ignore[override]  # (no slices asked)
        if not isinstance(i, int):
            raise TypeError(f"StrippedLines takes a line's index, not {type(i).__name__}")
        return _line(Line, (self._before[i] + self.stripped[i] + self._after[i], self._starts[i]))


__all__ = ["StrippedLines", "StrippedTexts"]
