"""A Q&A site's page copied as text (Stack Exchange and its kind): the question, its answers
and the comments under each.

Such a page signs a post under its text, not over it: its buttons ("Share", "Improve this
answer", "Follow"), perhaps an editor's "edited DATE" and name, then "answered DATE", the
user's name and their reputation ("8,905 ● 3 ● 25 ● 60"). The comments under a post are a
line each, their author and date after a dash at the end ("… – Tobias Renk Mar 8, 2023 at
21:44"); an answer's score stands alone over its text. The wording (asked, answered, edited,
the buttons, "3 Answers") is the rule tables'; this module knows the layout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .builder import Line, Piece
from .rules import Rules

_SIGNATURE_MAX = 80  # "answered Mar 9, 2023 at 13:40", "respondida el 9 mar. 2023 a las 13:40"
_NAME_MAX = 60
_SCORE = re.compile(r"^[-+−]?\d{1,6}$")
# a user's reputation and badges under their name: "4,120 ● 2 ● 18 ● 41", "11 ● 2", "1.2k"
_REPUTATION = re.compile(r"^\d[\d,.]*k?(?:(?:\s*[●•·]\s*|\s+)\d[\d,.]*k?)*$")
# the badges spelled out, run together as copied ("3 insignias de oro48 insignias de plata")
_BADGES = re.compile(r"^(?:\d[\d,.]*(?:k[\d,.]*)?\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}){1,3}$")
# "… strength. – Tobias Renk Mar 8, 2023 at 21:44"
_COMMENT_DASH = re.compile(r"\s[–—-]\s+")
_DASH_END = re.compile(r"\s[–—-]\s*$")  # a comment's text, its signature on the next lines
_NAME_WORDS = 4  # a commenter's display name, at most
_NOTE_WORDS = 3  # a note between the text and its signature ("– From Review –")
_TAG = re.compile(r"^[^\W_][\w.#+]*(?:-[\w.#+]+)*$")  # "hide-glue", "python-3.x"
_TAGS_MAX = 5  # a question has at most five
_ANSWERS = re.compile(r"^(\d{1,6})\s+(\w+)$")  # "3 Answers"


class _Reader(Protocol):
    """What this module asks of the text reader: its lines and tables, and its judgements
    of a line (a sentence of prose; a block's paragraphs)."""

    text: str
    lines: Sequence[Line]
    strip: list[str]
    rules: Rules

    def drop(self, i: int, rule: str) -> None: ...
    def is_prose(self, i: int) -> bool: ...
    def paragraph_groups(self, kept: list[int]) -> list[list[int]]: ...
    def body_piece(self, k: int) -> Piece | None: ...


@dataclass
class Post:
    """An answer, or a comment on the question or on an answer."""

    author: str | None
    published: str | None
    paragraphs: list[list[Piece]]
    parent: int | None = None  # the answer it comments on: its index among the posts


@dataclass
class Thread:
    section: int  # the first line after the question's text
    author: str | None
    published: str | None
    declared: int | None = None  # "3 Answers"
    posts: list[Post] = field(default_factory=list)
    title: int | None = None  # the question's line, over its head ("Asked 2 years ago")
    site: str | None = None  # named under the thread ("Thanks for contributing … to SITE!")
    # the lines left out and why, told to the reader once the page reads as a thread
    dropped: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Signed:
    """A post's signature block under its text, from its first button to its reputation."""

    first: int
    end: int  # the line after the block
    asked: bool  # the question's, not an answer's
    author: str | None
    published: str | None


def read_thread(reader: _Reader) -> Thread | None:
    """The page's question and answers, when it is laid out as one; else None."""
    if not reader.asks_question():
        return None
    signed = _signatures(reader)
    if not signed or not signed[0].asked or any(s.asked for s in signed[1:]):
        return None  # (no question first, or a list of questions)
    question = signed[0]
    thread = Thread(question.first, question.author, question.published)
    thread.title = _head_title(reader, question.first)
    n = len(reader.lines)
    parent: int | None = None  # the question's comments answer no one
    for at, signature in enumerate(signed):
        thread.dropped += [(i, "Q&A post signature") for i in range(signature.first, signature.end)]
        end = signed[at + 1].first if at + 1 < len(signed) else n
        last = _comments(reader, signature.end, end, parent, thread)
        if at + 1 == len(signed):
            thread.dropped += [(i, "after the thread") for i in range(last, end)]
            # (the network's name heads the page: "Stack Exchange Network")
            thread.site = next(filter(None, (_thanked(reader, i) for i in range(last, end))), None)
            break
        answer = signed[at + 1]
        paragraphs = _answer_text(reader, last, end, thread)
        if not paragraphs:
            return None  # (a signature with no answer over it: not this layout)
        thread.posts.append(Post(answer.author, answer.published, paragraphs))
        parent = len(thread.posts) - 1
    for i, why in thread.dropped:
        reader.drop(i, why)
    return thread


def _thanked(reader: _Reader, i: int) -> str | None:
    """The site line ``i`` names in its thanks over the answer box ("Thanks for contributing
    an answer to Bicycles Stack Exchange!")."""
    text = reader.strip[i]
    low = text.casefold()
    for words in reader.rules.qa_thanks:
        if low.startswith(words + " ") and text.endswith("!"):
            return text[len(words) + 1 : -1].strip() or None
    return None


def _head_title(reader: _Reader, before: int) -> int | None:
    """The question's line: over its head ("Ask Question" / "Asked 2 years, 1 month ago" /
    "Viewed 3k times"), under the site's menu and its blurb."""
    firsts = {verb.split()[0] for verb in reader.rules.qa_asked}
    for i in range(min(before, len(reader.strip))):
        text = reader.strip[i]
        if not text or text.split()[0].casefold() not in firsts:
            continue
        if reader.rules.match("boilerplate", text) is None:
            continue
        k = _prev_filled(reader, i - 1)
        while k is not None and reader.rules.match("boilerplate", reader.strip[k]) is not None:
            k = _prev_filled(reader, k - 1)
        return k
    return None


def _signatures(reader: _Reader) -> list[_Signed]:
    rules = reader.rules
    found = []
    for i, text in enumerate(reader.strip):
        if not text or len(text) > _SIGNATURE_MAX:
            continue
        signed = _signed(reader, i, rules.qa_asked, asked=True) or _signed(
            reader, i, rules.qa_answered, asked=False
        )
        if signed is not None:
            found.append(signed)
    return found


def _signed(reader: _Reader, i: int, verbs: frozenset[str], *, asked: bool) -> _Signed | None:
    """The block around line ``i`` if it says a post was asked (or answered) on a date, with
    the user's name under it."""
    date = _after_verb(reader, reader.strip[i], verbs)
    if date is None:
        return None
    name = _next_filled(reader, i + 1)
    if name is not None and _avatar(reader, name):
        name = _next_filled(reader, name + 1)  # "Avatar del usuario NAME" over NAME
    if name is None or not _name_like(reader, name):
        return None
    end = name + 1
    for at in range(2):  # the reputation, the badges on a line of their own ("3 11 24")
        reputation = _next_filled(reader, end)
        if reputation is None or not (
            _REPUTATION.match(reader.strip[reputation])
            or (
                (at or _glued(reader.strip[reputation])) and _BADGES.match(reader.strip[reputation])
            )
        ):
            break
        below = _next_filled(reader, reputation + 1)
        if at and below is not None and _a_comment(reader, below):
            break  # the score of the comment under it
        end = reputation + 1
    top = _block_top(reader, i, asked)
    if top == i and end == name + 1:
        return None  # no button over it, no reputation under it: the question's head
    author = reader.rules.clean_author(reader.strip[name].rstrip(" ♦"))
    return _Signed(top, end, asked, author, _date(reader, date))


def _glued(text: str) -> bool:
    """A user's reputation run into their badges, as a copy joins the figures and their
    labels ("41.2k66 gold badges6868 silver badges139139 bronze badges"): no count of
    answers ("3 Answers")."""
    return len(text.split()) >= 3 and _BADGES.match(text) is not None


def _after_verb(reader: _Reader, text: str, verbs: frozenset[str]) -> str | None:
    """The date after one of ``verbs`` opening ``text`` ("asked Mar 8, 2023 at 21:10")."""
    low = text.casefold()
    for verb in verbs:
        if low.startswith(verb + " "):
            rest = text[len(verb) + 1 :].strip()
            if _is_date(reader, rest):
                return rest
    return None


def _is_date(reader: _Reader, text: str) -> bool:
    dates = reader.rules.dates
    return dates.is_date_line(text, relative=True) or dates.day_month(text) is not None


def _date(reader: _Reader, text: str) -> str | None:
    """ISO, or ``--MM-DD`` for a date shown without its year (this year's, the thread's)."""
    dates = reader.rules.dates
    found = dates.parse_date(text)
    if found is None and (month_day := dates.day_month(text)) is not None:
        found = f"--{month_day[0]:02d}-{month_day[1]:02d}"
    return found


def _name_like(reader: _Reader, k: int) -> bool:
    text = reader.strip[k]
    return (
        len(text) <= _NAME_MAX
        and not _SCORE.match(text)
        and not _REPUTATION.match(text)
        and not _is_date(reader, text)
        and text.casefold() not in reader.rules.qa_actions
        and reader.rules.match("boilerplate", text) is None  # ("Modified 1 year ago")
    )


def _avatar(reader: _Reader, k: int) -> bool:
    """Line ``k`` is the text of a user's picture over their name ("Avatar del usuario
    Lorena Quiroga" / "Lorena Quiroga", "Dana Whitfield's user avatar" / "Dana Whitfield"),
    a copy that kept the images' descriptions."""
    below = _next_filled(reader, k + 1)
    if below is None or below != k + 1:
        return False
    name, text = reader.strip[below].rstrip(" ♦"), reader.strip[k]  # (a moderator's mark)
    return (
        len(text) > len(name)
        and (text.endswith(" " + name) or text.startswith((name + "'s ", name + "’s ")))
        and len(name.split()) <= 4
    )


def _next_filled(reader: _Reader, k: int) -> int | None:
    return reader.next_filled(k)


def _prev_filled(reader: _Reader, k: int) -> int | None:
    return next((j for j in range(k, -1, -1) if reader.strip[j]), None)


def _block_top(reader: _Reader, i: int, asked: bool) -> int:
    """The first line of the signature block that ends at line ``i``: over it the post's
    buttons, an editor's "edited DATE" with their name and reputation, and (a question's)
    tags, a short word a line."""
    rules = reader.rules
    top = i
    k = _prev_filled(reader, i - 1)
    while k is not None:
        text = reader.strip[k]
        above = _prev_filled(reader, k - 1)
        if (
            text.casefold() in rules.qa_actions
            or _REPUTATION.match(text)
            or (  # (the badges under an editor's reputation, not an answer's last line)
                _BADGES.match(text) and above is not None and _REPUTATION.match(reader.strip[above])
            )
            or (  # (the editor's reputation run into their badges, under their name)
                _glued(text)
                and above is not None
                and _name_like(reader, above)
                and (over := _prev_filled(reader, above - 1)) is not None
                and (
                    _avatar(reader, over)
                    or _after_verb(reader, reader.strip[over], rules.qa_edited) is not None
                )
            )
            or _after_verb(reader, text, rules.qa_edited) is not None
            or (
                above is not None
                and _after_verb(reader, reader.strip[above], rules.qa_edited) is not None
                and _name_like(reader, k)
            )  # the editor's name under the date of their edit
            or (above is not None and _avatar(reader, above) and _name_like(reader, k))
        ):
            top, k = k, above
            continue
        break
    if asked and top != i:
        k = _prev_filled(reader, top - 1)
        while k is not None and _tags(reader.strip[k]):
            top, k = k, _prev_filled(reader, k - 1)
    return top


def _tags(text: str) -> bool:
    """A line of a question's tags: lower-case words, a tag a line or several on one
    ("manjericão vasos poda ervas-aromáticas")."""
    words = text.split()
    return len(words) <= _TAGS_MAX and all(_TAG.match(w) and w == w.lower() for w in words)


def _comments(reader: _Reader, start: int, end: int, parent: int | None, thread: Thread) -> int:
    """The comments under a post, from line ``start``: a line each, their scores alone over
    them, then "Add a comment" and, before the first answer, the count of answers. Returns
    the line where the comments stop: the next answer's score, or its first sentence."""
    k = start
    while k < end:
        text = reader.strip[k]
        if not text:
            k += 1
            continue
        comment = _comment(reader, k)
        if comment is not None:
            thread.posts.append(Post(*comment, parent=parent))
            k += 1
            continue
        signed = _signed_below(reader, k)
        if signed is not None:  # its name and date a line each under its dash
            comment, k = signed
            thread.posts.append(Post(*comment, parent=parent))
            continue
        below = _next_filled(reader, k + 1)
        if _SCORE.match(text):
            if below is None or below >= end or not _a_comment(reader, below):
                return k  # the next answer's score
            thread.dropped.append((k, "Q&A comment score"))
            k += 1
            continue
        if reader.is_prose(k):
            return k
        count = _ANSWERS.match(text)
        if count and count.group(2).casefold() in reader.rules.qa_answers:
            thread.declared = int(count.group(1))
        thread.dropped.append((k, "Q&A buttons"))
        k += 1
    return k


def _a_comment(reader: _Reader, k: int) -> bool:
    return _comment(reader, k) is not None or _signed_below(reader, k) is not None


def _signed_below(
    reader: _Reader, k: int
) -> tuple[tuple[str | None, str | None, list[list[Piece]]], int] | None:
    """Line ``k`` as a comment whose dash closes it, its author and date on the two lines
    under it ("Does the house have …? – " / "Tom Okafor" / "Feb 2, 2023 at 22:05"), as a
    copy of the page may break it; with the line after it."""
    piece = reader.lines[k].piece()
    if piece is None or k + 2 >= len(reader.strip):
        return None
    text, start = piece
    body = _DASH_END.sub("", text)
    if body == text or not body.strip():
        return None
    name, date = reader.strip[k + 1], reader.strip[k + 2]
    if not name or len(name.split()) > _NAME_WORDS or not _is_date(reader, date):
        return None
    author = reader.rules.clean_author(name.rstrip(" ♦"))
    return (author, _date(reader, date), [[(body.rstrip(), start)]]), k + 3


def _comment(reader: _Reader, k: int) -> tuple[str | None, str | None, list[list[Piece]]] | None:
    """Line ``k`` as a comment: its text, then its author and date after a dash."""
    piece = reader.lines[k].piece()
    if piece is None:
        return None
    text, start = piece
    dashes = list(_COMMENT_DASH.finditer(text))
    if not dashes:
        return None
    words = text[dashes[-1].end() :].split()
    for size in range(1, min(_NAME_WORDS, len(words) - 1) + 1):
        date = " ".join(words[size:])
        if _is_date(reader, date):
            break
    else:
        return None
    cut = dashes[-1].start()
    if len(dashes) > 1:  # "… chairs. – From Review – Tobias Renk …": the note is no text
        note = text[dashes[-2].end() : cut]
        before = text[: dashes[-2].start()].rstrip()
        if len(note.split()) <= _NOTE_WORDS and before[-1:] in ".!?…)":
            cut = dashes[-2].start()
    body = text[:cut].rstrip()
    if not body:
        return None
    author = reader.rules.clean_author(" ".join(words[:size]).rstrip(" ♦"))
    return author, _date(reader, date), [[(body, start)]]


def _answer_text(reader: _Reader, k: int, end: int, thread: Thread) -> list[list[Piece]]:
    """An answer's paragraphs, from its score (line ``k``, if it has one) to its buttons."""
    while k < end and (
        not reader.strip[k]
        or _SCORE.match(reader.strip[k])
        or reader.strip[k].casefold() in reader.rules.qa_actions
    ):  # its score, the mark of the answer the asker accepted, a button over it (the sort
        # menu over the first: "Sorted by:" / "Highest score (default)" …)
        if reader.strip[k]:
            why = "Q&A answer score" if _SCORE.match(reader.strip[k]) else "Q&A buttons"
            thread.dropped.append((k, why))
        k += 1
    paragraphs: list[list[Piece]] = []
    block: list[int] = []
    for j in range(k, end + 1):
        if j < end and reader.strip[j]:
            block.append(j)
            continue
        if block:
            for group in reader.paragraph_groups(block):
                pieces = [reader.body_piece(m) for m in group]
                paragraphs.append([p for p in pieces if p is not None])
            block = []
    return paragraphs
