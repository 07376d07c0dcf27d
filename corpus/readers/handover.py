"""A big file's decoded text handed down to the reader that splits it into lines.

``corpus split`` decodes a file, and the text reader reads the text line by line. Passed
as a str, the text is held by every call on the way (the split job, ``parse_document``,
the format's parse, ``parse_page_text``, ``parse_text``, the reader) until the document
is made: a copy of the whole file beside the reader's lines, its state and the document's
text, and the biggest thing at the peak when one emoji makes every character four bytes
(bench/README.md). Handed down in a ``Handover``, which the reader empties, the text is
held by nothing once its lines are made, and goes.
"""

from __future__ import annotations


class Handover:
    """A text that the first to ``take`` it holds alone; the calls on its way ``peek``."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text: str | None = text

    def peek(self) -> str:
        if self._text is None:
            raise RuntimeError("the text was taken already")
        return self._text

    def take(self) -> str:
        text = self.peek()
        self._text = None
        return text


def peek(text: str | Handover) -> str:
    """The text, whether handed over or not (for a look at it, not to be kept)."""
    return text.peek() if isinstance(text, Handover) else text


def taken(text: str | Handover) -> str:
    """The text, taken from its handover if it came in one."""
    return text.take() if isinstance(text, Handover) else text


__all__ = ["Handover", "peek", "taken"]
