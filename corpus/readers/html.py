"""HTML pages of articles: trafilatura finds the body and the metadata, the markup gives the comments.

trafilatura is good at the article itself but hands comments back as one flat text, without
authors, dates or who answered whom. The comment tree is therefore read from the markup: the
WordPress lists (``ol.comment-list`` with ``ol.children`` replies) and, on other sites, nested
blocks whose class has a ``comment`` token. The page is parsed once; trafilatura works on a copy
of that tree with the comment section pruned, so comment text never reaches the body. Where
trafilatura's fallbacks run blocks together or cut a paragraph at an inline element, its lines
are broken again where the markup breaks them.

Text is what a reader sees: entities decoded (a commenter's ``&lt;b&gt;`` stays the literal text
``<b>``), whitespace inside a paragraph collapsed to one space, scripts, styles, forms, navigation
and hidden elements left out. HTML has no useful source offsets, so the document has no source map.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.utils import load_html

from ..errors import InputError
from ..model import Document
from .builder import TextBuilder
from .dates import parse_date
from .rules import is_boilerplate

# trafilatura logs "discarding data" for every page without a body; without a handler of its own
# that would reach stderr through logging's last resort. Applications can still configure it.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

# -- what counts as a comment ---------------------------------------------------------------

_COMMENT_LISTS = frozenset({"comment-list", "commentlist", "comments-list"})
_NOT_COMMENTS = frozenset({"pingback", "trackback"})
_GENERIC_TAGS = frozenset({"div", "li", "article", "section", "aside"})
# A ``comment`` token inside these is code highlighting or page furniture, not a reader comment.
_NO_COMMENTS_INSIDE = frozenset({"pre", "code", "form", "script", "style", "template", "noscript"})
_MARK = "data-corpus-comment"  # set on the comment section so that trafilatura prunes it

# -- what never reaches the text ------------------------------------------------------------

_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "form", "nav", "button", "select", "option",
        "textarea", "input", "svg", "iframe", "object", "embed", "head", "title", "meta", "link",
    }
)  # fmt: skip
_SKIP_CLASSES = frozenset(
    {
        "comment-meta", "comment-metadata", "commentmetadata", "comment-author", "reply",
        "comment-reply-link", "comment-reply", "comment-awaiting-moderation", "says",
        "comment-edit-link", "edit-link", "screen-reader-text", "children",
    }
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHROME = re.compile(
    r"^(?:reply|reply ↓|report|report comment|permalink|edit|flag|antworten|log in to reply)$",
    re.IGNORECASE,
)
_SAYS = re.compile(
    r"\s*(?:says|said|wrote|writes|sagt|schrieb|schreibt|dit|dice|zegt)\s*:?\s*$", re.IGNORECASE
)
_BY = re.compile(r"^\s*(?:view all posts by|all posts by|posts by|by)\s+", re.IGNORECASE)
# "By Jo Gardener" on a line of its own near the top of the body
_BYLINE = re.compile(r"^by\s+(?P<name>[^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,4})$", re.I)

# -- the declared number of comments ----------------------------------------------------------

_NUMBER_WORDS = {
    "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_NUMBER = r"(?P<n>\d{1,3}(?:[,.]\d{3})+|\d{1,7}|" + "|".join(_NUMBER_WORDS) + r")"
_COUNT_WORDS = r"(?:responses?|comments?|replies|reactions?|thoughts?|opinions?)"
_COUNT = re.compile(r"^\W*" + _NUMBER + r"\s+" + _COUNT_WORDS + r"\b", re.IGNORECASE)
_COUNT_AFTER = re.compile(
    r"^\W*" + _COUNT_WORDS + r"\s*(?:\(\s*(?P<a>\d{1,7})\s*\)|:\s*(?P<b>\d{1,7})\b)", re.IGNORECASE
)
# In an element that says it is the comments' title, any leading number is the count
# ("91 Ergänzungen").
_LEADING_NUMBER = re.compile(r"^\W*(?P<n>\d{1,3}(?:[,.]\d{3})+|\d{1,7})\s+\w", re.IGNORECASE)
_TITLE_CLASS = re.compile(r"comments[-_]*(?:title|headline|heading|header|count|number)", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4")

_TABLE_RULE = re.compile(r"^[|:\-\s]*-{3,}[|:\-\s]*$")  # trafilatura's markdown "|---|---|"
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def _classes(el: HtmlElement) -> list[str]:
    return (el.get("class") or "").lower().split()


def _collapse(text: str) -> str:
    return " ".join(text.split())


# -- parsing ------------------------------------------------------------------------------


def _parse(text: str) -> HtmlElement:
    """The page as one lxml tree (trafilatura's loader first: it repairs what libxml2 trips on)."""
    try:
        tree = load_html(text)
    except (ValueError, etree.LxmlError):
        tree = None
    if tree is not None and isinstance(tree, HtmlElement):
        return tree
    # trafilatura refuses fragments and things that do not start like HTML; read them anyway
    try:
        try:
            return document_fromstring(text)
        except ValueError:  # a str with an XML encoding declaration: parse the bytes
            return document_fromstring(text.encode("utf-8"), parser=HTMLParser(encoding="utf-8"))
    except (ValueError, etree.LxmlError) as exc:
        raise InputError(f"cannot parse HTML: {exc}") from exc


# -- visible text -------------------------------------------------------------------------


def _hidden(el: HtmlElement) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _paragraphs(root: HtmlElement, skip: Callable[[HtmlElement], bool]) -> list[list[str]]:
    """The paragraphs a reader sees in ``root``, each a list of lines.

    A block element (``<p>``, ``<div>``, ``<blockquote>`` …) or a blank line (``<br><br>``) ends
    a paragraph; a single ``<br>`` (or a newline inside ``<pre>``) ends a line within one.
    """
    paragraphs: list[list[str]] = []
    lines: list[str] = []
    parts: list[str] = []

    def end_line() -> bool:
        line = _collapse("".join(parts))
        parts.clear()
        if line:
            lines.append(line)
        return bool(line)

    def end_paragraph() -> None:
        end_line()
        if lines:
            paragraphs.append(lines.copy())
            lines.clear()

    def line_break() -> None:
        if not end_line():  # an empty line: a blank line between two paragraphs
            end_paragraph()

    def add(text: str | None, in_pre: bool) -> None:
        if not text:
            return
        if not in_pre:
            parts.append(text)
            return
        for i, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if i:
                line_break()
            parts.append(line)

    def walk(el: HtmlElement, in_pre: bool) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):  # an HTML comment or processing instruction
                add(child.tail, in_pre)
                continue
            tag = tag.lower()
            if tag in _SKIP_TAGS or skip(child) or _hidden(child):
                add(child.tail, in_pre)
                continue
            if tag == "br":
                line_break()
                add(child.tail, in_pre)
                continue
            block = tag in _BLOCK_TAGS
            if block:
                end_paragraph()
            elif tag in _CELL_TAGS:
                parts.append(" ")
            add(child.text, in_pre or tag == "pre")
            walk(child, in_pre or tag == "pre")
            if block:
                end_paragraph()
            elif tag in _CELL_TAGS:
                parts.append(" ")
            add(child.tail, in_pre)

    in_pre = isinstance(root.tag, str) and root.tag.lower() == "pre"
    add(root.text, in_pre)
    walk(root, in_pre)
    end_paragraph()
    return paragraphs


def _text_of(el: HtmlElement) -> str:
    return " ".join(line for p in _paragraphs(el, lambda child: False) for line in p)


# -- the comment tree ---------------------------------------------------------------------


class _Found:
    """A comment as found in the markup, before it goes into the builder."""

    __slots__ = ("author", "element", "paragraphs", "parent", "published")

    def __init__(self, element: HtmlElement, parent: HtmlElement | None) -> None:
        self.element = element
        self.parent = parent
        self.author: str | None = None
        self.published: str | None = None
        self.paragraphs: list[list[str]] = []


def _comment_elements(tree: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Every element that holds one comment, in document order, and the roots of them all.

    The roots are what trafilatura should not see: the outermost comment lists, and the
    outermost generic comment blocks. (One pass in Python: class tests in XPath are slower.)
    """
    lists: set[HtmlElement] = set()
    roots: list[HtmlElement] = []
    ordered: list[HtmlElement] = []
    found: set[HtmlElement] = set()

    def in_list(el: HtmlElement) -> bool:
        return any(a in lists for a in el.iterancestors())

    for el in tree.iter(etree.Element):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag not in ("ol", "ul", "li") and "comment" not in (el.get("class") or "").lower():
            continue  # most elements: nothing to look at
        classes = _classes(el)
        if tag in ("ol", "ul") and not _COMMENT_LISTS.isdisjoint(classes):
            if not in_list(el):
                roots.append(el)
            lists.add(el)
        elif tag == "li":
            parent = el.getparent()
            if parent is not None and (
                parent in lists
                or (
                    parent.tag in ("ol", "ul")
                    and "children" in _classes(parent)
                    and in_list(parent)
                )
            ):
                if _NOT_COMMENTS.isdisjoint(classes):
                    ordered.append(el)
                    found.add(el)
                continue
        if (
            "comment" in classes
            and tag in _GENERIC_TAGS
            and _NOT_COMMENTS.isdisjoint(classes)
            and not any(a in lists or a.tag in _NO_COMMENTS_INSIDE for a in el.iterancestors())
        ):
            if not any(a in found for a in el.iterancestors()):
                roots.append(el)
            ordered.append(el)
            found.add(el)
    return ordered, roots


_Test = Callable[[HtmlElement, list[str]], bool]


class _Own:
    """The elements of one comment in document order, without those of the comments nested in
    it, each with its class tokens (computed once: the tests below look at them many times)."""

    def __init__(self, node: HtmlElement, comments: set[HtmlElement]) -> None:
        self.elements: list[tuple[HtmlElement, list[str]]] = []
        stack = list(reversed(node))
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str) or el in comments:
                continue
            self.elements.append((el, _classes(el)))
            stack.extend(reversed(el))

    def first(self, test: _Test) -> HtmlElement | None:
        # lxml elements without children are falsy: callers compare with None, never use ``or``
        return next((el for el, classes in self.elements if test(el, classes)), None)


def _with_class(*names: str) -> _Test:
    wanted = frozenset(names)
    return lambda el, classes: not wanted.isdisjoint(classes)


def _author(own: _Own) -> str | None:
    box = own.first(_with_class("comment-author"))
    inside_box = {id(el) for el in box.iter()} if box is not None else set()
    tests: list[_Test] = [
        lambda el, classes: "fn" in classes and id(el) in inside_box,
        lambda el, classes: el.tag == "cite" and "fn" in classes,
        lambda el, classes: el.tag == "b" and "fn" in classes,
        lambda el, classes: "fn" in classes,
        lambda el, classes: el is box,
        lambda el, classes: el.get("itemprop") == "author",
        _with_class("comment-author-name", "author-name", "author"),
    ]
    for test in tests:
        element = own.first(test)
        if element is not None:
            name = _BY.sub("", _SAYS.sub("", _text_of(element))).strip()
            if 0 < len(name) <= 200:
                return name
    return None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if match:
        date = parse_date(match.group())
        if date:
            return date
    return parse_date(value)


def _published(own: _Own) -> str | None:
    for el, _ in own.elements:
        if el.tag == "time" and el.get("datetime"):
            date = _iso_date(el.get("datetime"))
            if date:
                return date
    for names in (("comment-metadata", "commentmetadata"), ("comment-meta", "comment-date")):
        box = own.first(_with_class(*names))
        if box is not None:
            date = parse_date(_text_of(box))
            if date:
                return date
    time = own.first(lambda el, classes: el.tag == "time")
    return parse_date(_text_of(time)) if time is not None else None


def _content_root(node: HtmlElement, own: _Own) -> HtmlElement:
    for test in (
        _with_class("comment-content"),
        _with_class("comment-text"),
        lambda el, classes: el.get("itemprop") == "text",
        _with_class("comment-body"),
    ):
        found = own.first(test)
        if found is not None:
            return found
    return node


def _read_comments(tree: HtmlElement) -> tuple[list[_Found], list[HtmlElement]]:
    ordered, roots = _comment_elements(tree)
    comments = set(ordered)

    def skip(el: HtmlElement) -> bool:
        return el in comments or not _SKIP_CLASSES.isdisjoint(_classes(el))

    found = []
    for node in ordered:
        parent = next((anc for anc in node.iterancestors() if anc in comments), None)
        comment = _Found(node, parent)
        own = _Own(node, comments)
        comment.author = _author(own)
        comment.published = _published(own)
        comment.paragraphs = [
            p
            for p in _paragraphs(_content_root(node, own), skip)
            if len(p) > 1 or not (_CHROME.match(p[0]) or _declared(p[0], lenient=False))
        ]
        found.append(comment)
    return found, roots


# -- page-level facts -----------------------------------------------------------------------


def _declared(text: str, *, lenient: bool) -> int | None:
    if len(text) > 300:
        return None
    match = _COUNT.match(text) or (_LEADING_NUMBER.match(text) if lenient else None)
    if match:
        n = match.group("n").lower()
        return _NUMBER_WORDS[n] if n in _NUMBER_WORDS else int(re.sub(r"[,.]", "", n))
    match = _COUNT_AFTER.match(text)
    if match:
        return int(match.group("a") or match.group("b"))
    return None


def _names(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _declared_count(tree: HtmlElement) -> int | None:
    """The count the comments' heading declares ("7 thoughts on …", "Comments (3)").

    Looked for in an element named as the comments' title (``h2.comments-title``), then in a
    heading of the comment section (``#comments h3``, ``h3#comments``).
    """
    for el in tree.xpath("//*[contains(@class, 'omments') or contains(@id, 'omments')]"):
        names = _names(el)
        if _TITLE_CLASS.search(names) and "reply" not in names.lower():
            count = _declared(_text_of(el), lenient=True)
            if count is not None:
                return count
    for heading in tree.xpath(" | ".join("//" + h for h in _HEADINGS)):
        section = heading.iterancestors() if "comment" not in _names(heading).lower() else [heading]
        if any("comment" in _names(el).lower() for el in section):
            count = _declared(_text_of(heading), lenient=False)
            if count is not None:
                return count
    return None


def _language(value: str | None) -> str | None:
    """The primary language subtag: ``de-DE`` → ``de``, ``en_US`` → ``en``."""
    if not value:
        return None
    primary = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return primary if _LANGUAGE.match(primary) else None


def _page_meta(tree: HtmlElement) -> dict[str, str | None]:
    """Metadata from the head, for what trafilatura did not find."""
    meta: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = _collapse(el.get("content") or "")
        if key and value and key not in meta:
            meta[key] = value
        equiv = (el.get("http-equiv") or "").lower()
        if equiv == "content-language" and value:
            meta.setdefault("content-language", value)
    title_el = next(tree.iter("title"), None)
    canonical = next(
        (
            el.get("href")
            for el in tree.iter("link")
            if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")
        ),
        None,
    )
    author = meta.get("author") or meta.get("dc.creator")
    if not author:
        candidate = meta.get("article:author")
        author = candidate if candidate and "://" not in candidate else None
    return {
        "title": meta.get("og:title")
        or (_collapse(title_el.text_content()) if title_el is not None else None)
        or meta.get("twitter:title"),
        "author": author,
        "site": meta.get("og:site_name") or meta.get("application-name"),
        "published": _iso_date(
            meta.get("article:published_time")
            or meta.get("datepublished")
            or meta.get("dc.date")
            or meta.get("date")
        ),
        "url": canonical or meta.get("og:url"),
        "language": _language(tree.get("lang"))
        or _language(meta.get("content-language"))
        or _language(meta.get("og:locale")),
    }


# Never body text, not even when trafilatura falls back to the whole page on a thin one: the
# comment section (marked by us), navigation, and what only shows without scripting.
_PRUNE = f"//*[@{_MARK}] | //nav | //template | //noscript"


def _extract(tree: HtmlElement):
    try:
        return trafilatura.bare_extraction(
            tree,  # trafilatura copies a tree it is given, so ours stays as it is
            with_metadata=True,
            include_comments=False,
            include_tables=True,  # tables are content: benchmark figures, schedules, prices
            prune_xpath=_PRUNE,
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(f"trafilatura could not read the page: {exc}") from exc


def _clean(value: str | None) -> str | None:
    return (_collapse(value) or None) if value else None


# -- trafilatura's body, repaired ------------------------------------------------------------


def _markup_lines(tree: HtmlElement) -> list[str]:
    """Every line of visible text outside the comment section, as the markup breaks it."""
    body = tree.find("body")
    return [
        line
        for paragraph in _paragraphs(
            tree if body is None else body,
            lambda el: el.get(_MARK) is not None or not _SKIP_CLASSES.isdisjoint(_classes(el)),
        )
        for line in paragraph
    ]


def _realign(lines: list[str], tree: HtmlElement) -> list[str]:
    """Break trafilatura's lines where the markup breaks them.

    trafilatura's fallbacks sometimes run several blocks into one line (a short page comes
    back as one line: title, byline and paragraphs together) or cut one paragraph into lines at
    its inline elements ("Frogs are", "expected", "in spring."). Every stretch of its lines that
    spells out a run of whole markup lines is replaced by that run; the comparison ignores
    spaces, since the two space inline elements differently. Lines that match nothing (list
    items with their "- ", table rows) stay as trafilatura wrote them.
    """
    if not lines:
        return lines
    markup = _markup_lines(tree)
    known = set(markup)
    squeezed = [m.replace(" ", "") for m in markup]
    page = "".join(squeezed)
    starts: list[int] = []
    ends: dict[int, int] = {}  # where a markup line ends in ``page`` → its index
    starting: dict[str, list[int]] = {}  # first character → markup lines starting with it
    position = 0
    for i, line in enumerate(squeezed):
        starts.append(position)
        position += len(line)
        ends[position] = i
        if line:
            starting.setdefault(line[0], []).append(i)
    targets = [line.replace(" ", "") for line in lines]
    out: list[str] = []
    k = 0
    while k < len(lines):
        match = None
        if lines[k] not in known and targets[k]:
            for i in starting.get(targets[k][0], ()):
                at, m = starts[i], k
                while m < len(lines) and targets[m] and page.startswith(targets[m], at):
                    at += len(targets[m])
                    m += 1
                    if at in ends and ends[at] >= i:
                        match = (i, ends[at], m)
                        break
                if match:
                    break
        if match:
            i, j, k = match
            out.extend(markup[i : j + 1])
        else:
            out.append(lines[k])
            k += 1
    return out


# -- the reader ---------------------------------------------------------------------------


def read_html(
    text: str,
    *,
    source: str,
    doc_id: str,
    encoding: str | None = None,
    language: str | None = None,
) -> Document:
    """Read an HTML page (already decoded) into a Document: title, body, then the comment tree."""
    tree = _parse(text)
    comments, roots = _read_comments(tree)
    declared = _declared_count(tree)
    fallback = _page_meta(tree)
    for root in roots:
        root.set(_MARK, "")
    extracted = _extract(tree)

    def field(name: str, key: str) -> str | None:
        return _clean(getattr(extracted, name, None)) or _clean(fallback[key])

    title = field("title", "title")
    author = _clean(getattr(extracted, "author", None))
    author = _clean(_BY.sub("", author)) if author else _clean(fallback["author"])
    comment_lines = {line for comment in comments for p in comment.paragraphs for line in p}
    lines = [_collapse(line) for line in (getattr(extracted, "text", None) or "").splitlines()]
    body = [
        line
        for line in _realign([line for line in lines if line], tree)
        if line != title
        and line not in comment_lines
        and not is_boilerplate(line)
        and not _TABLE_RULE.match(line)
    ]
    # bylines are metadata: "By <author>" among the first lines of the body
    for i, line in enumerate(body[:3]):
        match = _BYLINE.match(line)
        if match and (author is None or match.group("name").lower() == author.lower()):
            author = author or match.group("name")
            del body[i]
            break

    builder = TextBuilder(mapped=False)
    if title:
        builder.add_title([(title, None)])
    for line in body:
        builder.add_paragraph([(line, None)])
    index: dict[HtmlElement, int | None] = {}
    for comment in comments:
        parent = index.get(comment.parent) if comment.parent is not None else None
        added = builder.add_comment(
            [[(line, None) for line in p] for p in comment.paragraphs],
            depth=1 if parent is None else builder.comments[parent].depth + 1,
            parent=parent,
            author=comment.author,
            published=comment.published,
        )
        # a comment without text (a wrapper, a deleted comment) passes its replies up
        index[comment.element] = parent if added is None else added
    if not builder.paragraphs and not builder.comments:
        raise InputError("no text found")
    return builder.document(
        doc_id=doc_id,
        source=source,
        format="html",
        title=title,
        author=author,
        site=field("sitename", "site"),
        published=_iso_date(getattr(extracted, "date", None)) or fallback["published"],
        url=field("url", "url"),
        language=language
        or _language(getattr(extracted, "language", None))
        or fallback["language"],
        encoding=encoding,
        comments_declared=declared,
    )
