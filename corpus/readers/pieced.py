"""A text that grows a batch at a time and is only ever looked in (``part in text``), held
as UTF-8 pieces rather than one str.

The text reader looks for a reply's quoted line in the normalised text of every comment
above it (``text._Earlier``), which grows as the comments are read. Grown by
concatenation, a big comment section's copy was made again at each look, the old beside
the new: as big as the comments, twice over, at the reader's peak (bench/README.md), and
quadratic in time. Here a batch is a piece of its own, and pieces are merged two by two
only while they stay small, so that each character is copied a few times at most and a
look goes through a few dozen pieces at most.

The pieces are UTF-8, in which a str is found exactly where its own UTF-8 is (no
character's bytes start inside another's): a byte a character for most text, where a str
with one emoji in it takes four.
"""

from __future__ import annotations

SEPARATOR = " \n "  # between two batches; normalised text holds no line break
PIECE_MAX = 1 << 20  # bytes: pieces are merged up to this size, no further
PIECE_SMALL = 1 << 14  # bytes: a text this short is one piece (a page's comments)
_SEPARATOR = SEPARATOR.encode()


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # (a lone surrogate, as a str holds it)


class PiecedText:
    """``SEPARATOR.join(pieces)`` as ``in`` sees it, without joining it.

    A part without a line break found in the joined text lies inside one piece, or runs
    at most into the space on either side of a separator: both are looked for.
    """

    __slots__ = ("_pieces",)

    def __init__(self, first: str = "") -> None:
        self._pieces = [_utf8(first)]

    def add(self, piece: str) -> None:
        """Append ``SEPARATOR + piece`` to the text."""
        pieces = self._pieces
        pieces.append(_utf8(piece))
        # merged while short, or while the one before is no more than twice as long (a
        # binary counter's carries): few pieces, each character copied a few times
        while len(pieces) > 1 and (
            len(pieces[-2]) + len(pieces[-1]) <= PIECE_SMALL
            or (
                len(pieces[-2]) <= 2 * len(pieces[-1])
                and len(pieces[-2]) + len(pieces[-1]) <= PIECE_MAX
            )
        ):
            last = pieces.pop()
            pieces[-1] = pieces[-1] + _SEPARATOR + last

    def __bool__(self) -> bool:
        return len(self._pieces) > 1 or bool(self._pieces[0])

    def __str__(self) -> str:
        return _SEPARATOR.join(self._pieces).decode("utf-8", "surrogatepass")

    def __contains__(self, part: str) -> bool:
        pieces = self._pieces
        found = _utf8(part)
        if len(pieces) == 1:  # a page's comments, but for a big file's
            return found in pieces[0]
        if b"\n" in found:  # (no normalised line has one)
            return found in _SEPARATOR.join(pieces)
        for piece in pieces:
            if found in piece:
                return True
        if found[-1:] == b" ":  # the end of a piece, and the separator's first space
            head = found[:-1]
            if any(piece.endswith(head) for piece in pieces[:-1]):
                return True
        if found[:1] == b" ":  # the separator's last space, and the start of a piece
            tail = found[1:]
            if any(piece.startswith(tail) for piece in pieces[1:]):
                return True
            if found[-1:] == b" " and len(found) >= 2:  # a whole piece between separators
                return found[1:-1] in pieces[1:-1]
        return False


__all__ = ["PIECE_MAX", "PIECE_SMALL", "SEPARATOR", "PiecedText"]
