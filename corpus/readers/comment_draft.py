"""A comment as the text reader reads it, before it is added to the document.

The reader makes one for every comment of a comment section and holds them all until the
thread is put together: a big file's hundreds of thousands. As a slotted dataclass of its
27 fields it took 250 bytes, and an empty list more for the lines left out under it, though
a comment sets few of them: its indentation, parent, author, date, paragraphs and header
line, most of them none more (bench/README.md). ``CommentDraft`` holds those in slots and
the rest, where a comment sets one, in a dictionary of its own made at the first; the others
are read from the class, where they default. It reads, compares and is made as the
dataclass was.
"""

from __future__ import annotations

from .builder import Piece

# the fields a comment rarely sets, with their defaults: read from the class until set
_RARE: dict[str, object] = {
    "level": None,
    "level_floor": False,  # (see text._Header)
    "siblings": None,  # (see text._Header)
    "quotes": None,  # the earlier comment its opening quotation comes from
    "number": None,
    "parent_name": None,
    "parent_subject": None,
    "ref": None,
    "parent_ref": None,
    "subject": None,  # Drupal's, over its text
    "pingback": False,  # "4. Pingback: A post that linked here"
    "a_reply": False,  # its buttons link to a parent comment, the one above it
    "arrowed": False,  # its header opens with a reply arrow and names no parent
    "shown_replies": 0,  # "Hide 2 replies" under it: the next two comments answer it
    # the line over its replies that names their writers ("1 reply by NAME", Substack's): a
    # comment under it by someone else is no reply (the replies stayed folded)
    "shown_by": None,
    # Blogger's "Replies" under it: the comments up to a lone "Reply" button answer it
    # (a thread's top comment has that button of its own, glued to "Delete": "ReplyDelete")
    "replies_below": False,
    # the lone "Reply" buttons under it: a reply's own and the thread's under the last one
    # ("Répondre" / "Répondre") where a copy gives each reply a button of its own
    "lone_reply_buttons": 0,
    "reply_button": False,
    "after": (),  # lines left out under it once it closed (``leave_out``)
}

# every field in the dataclass's order, which comparison goes by
_FIELDS = (
    "indent", "content", "parent", "author", "published", "paragraphs", "closed",
    "expect_date", "level", "level_floor", "siblings", "quotes", "number", "parent_name",
    "parent_subject", "ref", "parent_ref", "subject", "pingback", "header_line", "a_reply",
    "arrowed", "shown_replies", "shown_by", "replies_below", "lone_reply_buttons", "reply_button",
    "after",
)  # fmt: skip


class CommentDraft:
    """One comment being read: where its text starts, whom it answers, its paragraphs as
    ``(text, source offset)`` pieces, and what its header said."""

    __slots__ = (
        "__dict__", "author", "closed", "content", "expect_date", "header_line", "indent",
        "paragraphs", "parent", "published",
    )  # fmt: skip

    # (the rare fields' defaults, as class attributes; typed here for the reader's sake)
    level: int | None
    level_floor: bool
    siblings: frozenset[str] | None
    quotes: CommentDraft | None
    number: str | None
    parent_name: str | None
    parent_subject: str | None
    ref: str | None
    parent_ref: str | None
    subject: str | None
    pingback: bool
    a_reply: bool
    arrowed: bool
    shown_replies: float
    shown_by: str | None
    replies_below: bool
    lone_reply_buttons: int
    reply_button: bool
    after: list[str] | tuple[()]

    def __init__(
        self,
        indent: int,
        content: int,  # column where its text starts
        parent: CommentDraft | None,
        author: str | None = None,
        published: str | None = None,
        *,
        paragraphs: list[list[Piece]] | None = None,
        closed: bool = False,
        expect_date: bool = False,
        header_line: int = -1,
        **rare: object,
    ) -> None:
        self.indent = indent
        self.content = content
        self.parent = parent
        self.author = author
        self.published = published
        self.paragraphs = [] if paragraphs is None else paragraphs
        self.closed = closed
        self.expect_date = expect_date
        self.header_line = header_line
        for name, value in rare.items():
            if name not in _RARE:
                raise TypeError(f"CommentDraft has no field {name!r}")
            if value != _RARE[name]:  # (a default given is left to the class)
                setattr(self, name, value)

    @property
    def depth(self) -> int:
        return 1 if self.parent is None else self.parent.depth + 1

    def add(self, piece: Piece | None, *, new_paragraph: bool) -> None:
        if piece is None:
            return
        if new_paragraph or not self.paragraphs:
            self.paragraphs.append([])
        self.paragraphs[-1].append(piece)

    def leave_out(self, line: str) -> None:
        """Note a line left out under it once it closed (``after``, a list from the first)."""
        if not self.after:
            self.after = []
        self.after.append(line)  # type: ignore[union-attr]

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # (changes as it is read, as the dataclass)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"CommentDraft({fields})"


for _name, _default in _RARE.items():
    setattr(CommentDraft, _name, _default)
del _name, _default

__all__ = ["CommentDraft"]
