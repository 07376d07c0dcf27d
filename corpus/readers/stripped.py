"""A big text's lines held as the reader's stripped lines and the white space around each.

The text reader holds every line twice: as a ``Line`` (its text as the file has it, and its
offset) and stripped, which is what its rules read. For a comment section, where nearly
every line is indented, the two are two copies of the text, and with a tuple and an offset
object a line the ``Line`` list took more than the text itself: the biggest thing the
reader held while the comments were read (bench/README.md). ``StrippedLines`` keeps the
stripped lines the reader holds anyway, the white space around each (one shared str for
each run of spaces that occurs) and the offsets in an array, and makes a line's ``Line``
when it is asked for: a few bytes a line instead of a copy of it.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence

from .builder import Line

_line = tuple.__new__  # a Line without the generated __new__'s Python call


class StrippedLines(Sequence[Line]):
    """The ``lines`` as a sequence, held as they are stripped by ``strip`` (``str.strip``,
    or a reader's that also counts a line of invisible characters as blank: "") and what
    was stripped. The stripped lines are ``stripped``, a list the reader holds as its own.

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
        self.stripped = stripped  # (not to be changed: the lines are made of it)
        self._before = before
        self._after = after
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: int) -> Line:  # type: ignore[override]  # (no slices asked)
        if not isinstance(i, int):
            raise TypeError(f"StrippedLines takes a line's index, not {type(i).__name__}")
        return _line(Line, (self._before[i] + self.stripped[i] + self._after[i], self._starts[i]))


__all__ = ["StrippedLines"]
