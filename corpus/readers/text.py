"""Plain-text scrapes of articles: title, byline, body, and a threaded comment section.

A scrape is a copy of what a browser showed, so structure survives only as layout: a count
header ("11 Responses") opens the comments, numbers, bullets, "Name says:" lines and
indentation mark comments and replies, blank lines separate paragraphs. Everything here
reads that layout back; nothing is guessed from the wording of the prose itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Comment, Document, SourceMap
from .builder import Line, Piece, TextBuilder, blocks, split_lines
from .dates import find_date, is_date_line, parse_date

# -- the comment section ---------------------------------------------------------------------

_COUNT_WORDS = r"(?:responses?|comments?|replies|reactions|thoughts?)"
_HEADER = re.compile(
    r"^[\s·•|]*(?P<count>\d{1,6})\s+" + _COUNT_WORDS + r"(?:\s+(?:on|to|for|about)\b.*)?[\s:]*$",
    re.IGNORECASE,
)
_HEADER_COLON = re.compile(
    r"^[\s·•|]*" + _COUNT_WORDS + r"\s*(?::\s*|\(\s*)(?P<count>\d{1,6})\)?\s*$", re.IGNORECASE
)
_COUNT_ANYWHERE = re.compile(
    r"(?:\b(?P<a>\d{1,6})\s+" + _COUNT_WORDS + r"\b|\b" + _COUNT_WORDS + r"\s*:\s*(?P<b>\d{1,6}))",
    re.IGNORECASE,
)
# The Dragnet corpus marks the article/comments boundary with a typed line of symbols.
_DRAGNET_MARKER = re.compile(r"^\s*!@.{0,12}\s+COMMENTS\s*$")
_FOOTER = re.compile(
    r"^\s*(?:comments are closed\.?|the comments to this entry are closed\.?|"
    r"comments for this (?:post|entry|article) are closed\.?|"
    r"leave a (?:reply|comment)(?:\s+cancel reply)?|post a comment|add a comment|"
    r"you must be logged in to post a comment\.?)\s*$",
    re.IGNORECASE,
)

_NUMBERED = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,4})[.)]\s+(?=\S)")
_NUMBER_ONLY = re.compile(r"^\s*\d{1,4}\.?\s*$")
_BULLET_CHARS = "•●◦▪‣∙·○■□►▸"
_BULLET = re.compile(r"^(?P<indent>\s*)[" + _BULLET_CHARS + r"]\s*(?=\S)")
_SAYS = re.compile(
    r"^(?P<indent>\s*)(?P<who>\S.{0,80}?)\s+(?:says|said|wrote|writes)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ON_DATE_SAID = re.compile(r"^\s*on\s+(?P<when>.+?)\s*,?\s+(?P<name>\S.*)$", re.IGNORECASE)
_POSTED_BY_TRAILER = re.compile(r"^\s*posted by\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
_COMMENT_CHROME = re.compile(
    r"^\s*(?:reply(?:\s*↓)?|report(?: comment)?|log in to reply|permalink|"
    r"\d+ repl(?:y|ies) beneath your current threshold\.?|"
    r"(?:like|dislike|share)\s*\(?\d*\)?|\d+\s*(?:likes?|points?)|"
    r".{1,80}\s+recently posted\s*\.\..*)\s*$",
    re.IGNORECASE,
)

# -- the head: title and byline ---------------------------------------------------------------

_BYLINE = re.compile(r"^\s*by\s+(?P<rest>\S.{0,200})$", re.IGNORECASE)
_POSTED = re.compile(r"^\s*(?:posted|published|updated)\b.{0,200}$", re.IGNORECASE)
_MONTH_ONLY = re.compile(
    r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)
_NUMBER_LINE = re.compile(r"^\s*\d{1,4}\s*$")

# -- boilerplate --------------------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"^\s*(?:related(?: videos?| posts?| articles?| stories| content| reading)?:?|"
    r"share(?: this(?: article| post| story)?)?:?|like this:?|loading\.{3}|"
    r"advertisement|sponsored(?: content)?|click to (?:share|email|print)\b.*|"
    r"(?:you may|we think you(?:'|’)d) (?:also )?like:?|read more:?|"
    r"subscribe(?: to our newsletter)?|filed under:?.*|tags?:.*|categories:.*)\s*$",
    re.IGNORECASE,
)
_RELATED = re.compile(r"^\s*related(?: videos?| posts?| articles?| stories| content)?:?\s*$", re.I)
_SHARE_WORDS = frozenset(
    [
        "share",
        "tweet",
        "facebook",
        "twitter",
        "x",
        "email",
        "e-mail",
        "print",
        "reddit",
        "linkedin",
        "whatsapp",
        "pinterest",
        "tumblr",
        "telegram",
        "pocket",
        "more",
        "messenger",
        "copy",
        "link",
        "on",
        "this",
    ]
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


_WORD = re.compile(r"[\w-]+")


def _is_share_line(text: str) -> bool:
    lowered = text.lower()
    first = _WORD.search(lowered)  # prose fails on its first word, before any full scan
    if first is None or first.group() not in _SHARE_WORDS:
        return False
    words = _WORD.findall(lowered)
    return len(words) <= 12 and all(w in _SHARE_WORDS for w in words)


_SHORT = 150  # boilerplate, footers and comment chrome are short lines; prose is skipped fast


def is_boilerplate(text: str) -> bool:
    if len(text) > _SHORT:
        return False
    return bool(_BOILERPLATE.match(text) or _FOOTER.match(text)) or _is_share_line(text)


# -- parsing -------------------------------------------------------------------------------


@dataclass
class _Meta:
    author: str | None = None
    site: str | None = None
    published: str | None = None
    declared: int | None = None


def _header_count(text: str) -> int | None:
    if len(text) > _SHORT:
        return None
    match = _HEADER.match(text) or _HEADER_COLON.match(text)
    return int(match.group("count")) if match else None


def _find_comment_section(lines: list[Line]) -> tuple[int | None, int | None]:
    """Index of the line that opens the comments, and the count it declares."""
    for i, line in enumerate(lines):
        if "!@" in line.text and _DRAGNET_MARKER.match(line.text):
            return i, None
    seen_text = 0
    found: tuple[int | None, int | None] = (None, None)
    for i, line in enumerate(lines):
        if line.blank:
            continue
        count = _header_count(line.text)
        # A count before any body text is page chrome next to the title ("· 17 Comments"),
        # not the start of the comment section.
        if count is not None and seen_text >= 2:
            found = (i, count)
        elif seen_text < 2 and not (_BYLINE.match(line.text) or _is_meta_line(line.text)):
            seen_text += 1
    return found


def _is_meta_line(text: str) -> bool:
    return bool(
        is_date_line(text)
        or _POSTED.match(text)
        or _header_count(text) is not None
        or _NUMBER_LINE.match(text)
        or _MONTH_ONLY.match(text)
        or (len(text) < 200 and _COUNT_ANYWHERE.search(text) and find_date(text))
    )


def _read_meta(text: str, meta: _Meta) -> None:
    count = _COUNT_ANYWHERE.search(text)
    if count and meta.declared is None:
        meta.declared = int(count.group("a") or count.group("b"))
    if meta.published is None:
        meta.published = parse_date(text)


def _read_byline(text: str, meta: _Meta) -> bool:
    match = _BYLINE.match(text)
    if not match:
        return False
    parts = [p.strip(" \t–—-·•") for p in re.split(r"\s*[|•·]\s*|\s+[–—]\s+", match.group("rest"))]
    parts = [p for p in parts if p]
    if not parts:
        return False
    author = parts[0]
    site = None
    rest = parts[1:]
    if "," in author and not rest:
        author, site = (s.strip() for s in author.split(",", 1))
    for part in rest:
        date = parse_date(part)
        if date:
            meta.published = meta.published or date
        elif site is None:
            site = part.strip("()[] ")
    meta.author = author.strip("()[] ") or None
    meta.site = site or meta.site
    return True


def _read_head(lines: list[Line], builder: TextBuilder, meta: _Meta) -> None:
    in_preamble = True  # before the first body paragraph: title, byline, dates, counts
    skip_captions = 0
    for block in blocks(lines):
        kept: list[Piece] = []
        for line in block:
            text = line.text.strip()
            if _RELATED.match(text):
                skip_captions = 3  # captions or headlines of the related items follow
                continue
            if is_boilerplate(text):
                continue
            if in_preamble:
                if _read_byline(text, meta):
                    continue
                if _is_meta_line(text):
                    _read_meta(text, meta)
                    continue
                if builder.title_span is None:
                    builder.add_title([line.piece()])
                    continue
            kept.append(line.piece())
        if not kept:
            continue
        if (
            skip_captions
            and len(kept) == 1
            and len(kept[0][0]) < 200
            and not _SENTENCE_END.search(kept[0][0])
        ):
            skip_captions -= 1
            continue
        skip_captions = 0
        in_preamble = False
        builder.add_paragraph(kept)


@dataclass
class _Comment:
    indent: int  # column of the marker
    content: int  # column where the comment's own text starts
    parent: _Comment | None
    author: str | None = None
    published: str | None = None
    paragraphs: list[list[Piece]] = field(default_factory=list)
    closed: bool = False
    expect_date: bool = False

    @property
    def depth(self) -> int:
        return 1 if self.parent is None else self.parent.depth + 1

    def add(self, piece: Piece | None, *, new_paragraph: bool) -> None:
        if piece is None:
            return
        if new_paragraph or not self.paragraphs:
            self.paragraphs.append([])
        self.paragraphs[-1].append(piece)


def _width(prefix: str) -> int:
    return len(prefix.expandtabs(4))


def _marker(text: str) -> tuple[int, str | None, str | None] | None:
    """Where the comment text starts on a marker line, with the author and date it names."""
    for pattern in (_NUMBERED, _BULLET):
        match = pattern.match(text)
        if match:
            return match.end(), None, None
    match = _SAYS.match(text) if ":" in text[:_SHORT] else None
    if match:
        who = match.group("who").strip()
        date = None
        on = _ON_DATE_SAID.match(who)
        if on and find_date(on.group("when")):
            date, who = parse_date(on.group("when")), on.group("name")
        elif " / " in who:  # "09. Jul, 2012 / Name says:"
            when, _, name = who.rpartition(" / ")
            date = parse_date(when)
            who = name if date else who
        else:
            rest = match.group("rest")
            # "He said: ..." in the middle of prose is not a comment header
            if rest.strip() and not is_date_line(rest):
                return None
            date = parse_date(rest)
            if date:  # the rest of the line is the comment's date, not its text
                return len(text), who.strip() or None, date
        return match.start("rest"), who.strip() or None, date
    return _name_date(text)


def _name_date(text: str) -> tuple[int, str | None, str | None] | None:
    """A header line "Name  July 15, 2012 at 6:59 pm": a short name, a date, nothing else."""
    found = find_date(text) if len(text) <= _SHORT else None
    if not found:
        return None
    date, match = found
    name = text[: match.start()].strip(" \t|·•–—-,")
    if not name or len(name) > 60 or len(name.split()) > 6 or _SENTENCE_END.search(name):
        return None
    if not is_date_line(text[match.start() :]):
        return None
    return len(text), name, date


_PROSE, _CLOSED, _CHROME = 0, 1, 2


def _chrome(text: str) -> int:
    """What a short stripped line of the comment section is: the footer that closes it, page
    chrome between comments ("Reply", "12 likes", a share row), or text."""
    if _FOOTER.match(text):
        return _CLOSED
    if _COMMENT_CHROME.match(text) or is_boilerplate(text) or _NUMBER_ONLY.match(text):
        return _CHROME
    return _PROSE


def _read_comments(lines: list[Line]) -> list[_Comment]:
    markers = [None if line.blank else _marker(line.text) for line in lines]
    has_markers = any(markers)
    comments: list[_Comment] = []
    stack: list[_Comment] = []
    blank_before = False
    for line, found_marker in zip(lines, markers, strict=True):
        if line.blank:
            blank_before = True
            continue
        text = line.text.strip()
        chrome = _chrome(text) if len(text) <= _SHORT else _PROSE
        if chrome == _CLOSED:
            break
        if chrome == _CHROME:
            blank_before = True
            continue
        indent = line.indent
        marker = found_marker if has_markers else None
        trailer = _POSTED_BY_TRAILER.match(text)
        if trailer and stack:
            current = stack[-1]
            rest = trailer.group("rest")
            found = find_date(rest)
            current.published = current.published or (found[0] if found else None)
            current.author = current.author or (rest[: found[1].start()] if found else rest).strip(
                " ,|–-"
            )
            current.closed = True
            blank_before = True
            continue
        if stack and stack[-1].expect_date and is_date_line(text):
            stack[-1].published = stack[-1].published or parse_date(text)
            stack[-1].expect_date = False
            continue
        opens = (
            marker is not None
            or not stack
            or stack[-1].closed
            or (not has_markers and blank_before)
        )
        if opens:
            while stack and stack[-1].indent >= indent:
                stack.pop()
            parent = stack[-1] if stack else None
            begin, author, published = marker if marker else (0, None, None)
            rest = line.text[begin:]
            content = (
                _width(line.text[: begin + len(rest) - len(rest.lstrip())])
                if rest.strip()
                else indent
            )
            comment = _Comment(indent, content, parent, author, published)
            comment.expect_date = marker is not None and author is not None and published is None
            comment.add(line.piece(begin), new_paragraph=True)
            comments.append(comment)
            stack.append(comment)
        else:
            # the innermost comment whose text starts at (or about) this line's indentation;
            # a header line with no text of its own ("Name says:") owns what follows it
            owner = stack[-1]
            if owner.paragraphs:
                owner = next((c for c in reversed(stack) if c.content <= indent + 1), stack[0])
            while stack[-1] is not owner:
                stack.pop()
            owner.expect_date = False
            owner.add(line.piece(), new_paragraph=blank_before)
        blank_before = False
    return [c for c in comments if c.paragraphs]


def read_text(
    text: str,
    *,
    source: str,
    doc_id: str,
    format: str = "text",
    encoding: str | None = None,
    language: str | None = None,
) -> Document:
    """Read a plain-text scrape (already decoded) into a Document.

    Where the install compiled ``_fasttext.pyx``, that module reads it; the functions here
    are its definition (tests/test_fasttext.py holds the two to the same Documents).
    """
    if _fast is not None:
        return _fast.read_text(
            text, source=source, doc_id=doc_id, format=format, encoding=encoding, language=language
        )
    return _read_text(
        text, source=source, doc_id=doc_id, format=format, encoding=encoding, language=language
    )


def _read_text(
    text: str,
    *,
    source: str,
    doc_id: str,
    format: str,
    encoding: str | None,
    language: str | None,
) -> Document:
    """``read_text``'s definition, in Python."""
    lines = split_lines(text)
    header, declared = _find_comment_section(lines)
    head = lines if header is None else lines[:header]
    meta = _Meta(declared=declared)
    builder = TextBuilder()
    _read_head(head, builder, meta)
    comments = [] if header is None else _read_comments(lines[header + 1 :])
    index: dict[int, int | None] = {}
    for comment in comments:
        parent = index.get(id(comment.parent)) if comment.parent else None
        index[id(comment)] = builder.add_comment(
            comment.paragraphs,
            depth=1 if parent is None else builder.comments[parent].depth + 1,
            parent=parent,
            author=comment.author,
            published=comment.published,
        )
    return builder.document(
        doc_id=doc_id,
        source=source,
        format=format,
        author=meta.author,
        site=meta.site,
        published=meta.published,
        language=language,
        encoding=encoding,
        comments_declared=meta.declared,
    )


try:  # the compiled reader (corpus/readers/_fasttext.pyx), when the install built it
    from . import _fasttext as _fast
except ImportError:  # pragma: no cover - a build without a C compiler
    _fast = None
else:
    _fast.configure(
        {
            **globals(),
            "Comment": Comment,
            "SourceMap": SourceMap,
        }
    )
