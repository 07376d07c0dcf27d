"""What a reader sees of a parsed HTML page: its visible text as paragraphs of lines, and what
the markup's names say an element is (an author, a date, a comment's text, page chrome).

Class names are read the way developers write them: ``comment-author``, ``comment__author``
(BEM, with ``--modifier``), ``commentAuthor``; in English or in the page's language
(``comentario__nome``, ``commento__data``, ``cmt__fecha``). An element's *role* comes from the
last word of a name, the noun it is about: ``comment-author`` is an author, ``comment-content``
a text, ``comment-meta`` page chrome, ``comment`` a comment.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from urllib.parse import unquote

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
    fromstring,
)
from trafilatura.utils import is_dubious_html, repair_faulty_html

from ..errors import InputError

# -- parsing ------------------------------------------------------------------------------


# trafilatura's parser settings (comments and processing instructions dropped, no made-up
# doctype), with one difference: lxml.html finds each element's class through a Python method,
# called every time Python touches an element anew (a few thousand times a page: ~6% of reading
# it, trafilatura's own work on the tree included). A C lookup makes every element a plain
# ``HtmlElement`` (no ``FormElement``/``InputElement``, whose form methods nothing here uses).
_PARSER = HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
    remove_pis=True,
)  # fmt: skip
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)


def _load(text: str) -> HtmlElement | None:
    """What ``trafilatura.utils.load_html`` does with a str, through ``_PARSER``: repair what
    libxml2 trips on, parse, parse the bytes where the str will not do, refuse what is not HTML."""
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text = repair_faulty_html(text, beginning)
    tree, from_bytes = None, False
    try:
        tree = fromstring(text, parser=_PARSER)
    except ValueError:  # a str with an XML encoding declaration
        from_bytes = True
        tree = _load_bytes(text)
    except etree.LxmlError:
        tree = None
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _load_bytes(text)
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


def _load_bytes(text: str) -> HtmlElement | None:
    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=_PARSER)
    except (ValueError, etree.LxmlError):
        return None


def parse(text: str) -> HtmlElement:
    """The page as one lxml tree (read as trafilatura reads it: it repairs what libxml2 trips on)."""
    tree = _load(text)
    if tree is None or not isinstance(tree, HtmlElement):
        # trafilatura refuses fragments and things that do not start like HTML; read them anyway
        try:
            try:
                tree = document_fromstring(text)
            except ValueError:  # a str with an XML encoding declaration: parse the bytes
                tree = document_fromstring(
                    text.encode("utf-8"), parser=HTMLParser(encoding="utf-8")
                )
        except (ValueError, etree.LxmlError) as exc:
            raise InputError(f"cannot parse HTML: {exc}") from exc
    if "srcdoc" in text:  # (most pages have no frame of their own text: no walk for them)
        _inline_frames(tree)
    if _DASHED_TAG.search(text):  # (most pages have no such element: no walk for them)
        _name_custom_elements(tree)
    if "shadowroot" in text:
        _open_shadow_roots(tree)
    return tree


def _open_shadow_roots(tree: HtmlElement) -> None:
    """A shadow root written into the page (``<template shadowrootmode="open">``, as SingleFile
    saves a widget's: Coral's thread) is shown where it stands; other templates are not."""
    for template in list(tree.iter("template")):
        if template.get("shadowrootmode") or template.get("shadowroot"):
            template.tag = "div"


_THREAD_FRAME = re.compile(
    r"disqus|dsq-|comment|coment|komment|reacti|respons|discuss|coral|remark|isso", re.I
)


def _inline_frames(tree: HtmlElement) -> None:
    """A comment thread's frame whose page is written into the page (``<iframe srcdoc="…">``,
    as SingleFile saves a Disqus thread): its page's body read in the frame's place."""
    for frame in list(tree.iter("iframe")):
        source = frame.get("srcdoc")
        if not source or not source.strip():
            continue
        names = " ".join(frame.get(a) or "" for a in ("id", "name", "title", "class", "src"))
        if not _THREAD_FRAME.search(names):
            continue  # (an advert's or a widget's frame: no text of the page's)
        try:
            inner = document_fromstring(source)
        except (ValueError, etree.LxmlError):
            continue  # (a frame one cannot read stays a frame: no text of its own)
        body = inner.find("body")
        if body is None:
            continue
        box = tree.makeelement("div", {"class": "inlined-frame"})
        box.text = body.text
        box.extend(list(body))
        box.tail = frame.tail
        frame.getparent().replace(frame, box)


_CUSTOM = etree.XPath("/descendant::*[contains(local-name(), '-')]")  # (//*: a step more)
# a start tag whose name holds a dash, as the source spells it: "<", then a name up to what
# ends one in HTML (its whitespace, "/" or ">"); a broader reading than any parser's, which
# only drops characters from a name (repair_faulty_html's invalid ones), never adds a dash
_DASHED_TAG = re.compile(r"<[^\t\n\f\r />!?][^\t\n\f\r />]*-")


def _name_custom_elements(tree: HtmlElement) -> None:
    """A page's own elements (``<talk-comment>``, ``<gz-article-body>``) are blocks named by
    their tag: each becomes a ``div`` whose class names begin with that tag, so that they are
    read by their names as any block is (a comment, its body, its username)."""
    for el in _CUSTOM(tree):
        name = el.tag.lower()
        el.tag = "div"
        el.set("class", f"{name} {el.get('class') or ''}".strip())


def tag(el) -> str:
    """The lower-case tag name; "" for comments and processing instructions."""
    name = el.tag  # (read once: lxml makes a new string each time)
    return name.lower() if isinstance(name, str) else ""


def collapse(text: str) -> str:
    return " ".join(text.split())


_USER_LINK = re.compile(
    r"/(?:(?:u|user|users|profile|member|members|people)/|~)([^/?#]+)/?(?:[?#]|$)"
)  # ("/~NAME": Lobsters and tilde sites)


def user_link_name(el) -> str | None:
    """The user name a link to someone's page shows, where its address names them too
    ("<a href='/u/marta_pedalea'>marta_pedalea</a>", as Lemmy links a poster)."""
    found = _USER_LINK.search(el.get("href") or "")
    if found is None:
        return None
    text = collapse(text_of(el))
    if not text or unquote(found.group(1)).casefold() != text.casefold():
        return None
    return collapse(text_of(el, skip=instance_of_name)) or text


def instance_of_name(el) -> bool:
    """The server a federated user's name is set apart from, in small print after it
    ("huertana<small>@feddit.example</small>", as Lemmy shows a user of another server)."""
    return el.tag == "small" and text_content(el).lstrip().startswith("@")


# -- names --------------------------------------------------------------------------------

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEPARATORS = re.compile(r"[-_:.]+")

# The noun a name ends with says what the element is.
AUTHOR = "author"
DATE = "date"
TEXT = "text"
CHROME = "chrome"
HIDDEN = "hidden"

ROLE_WORDS: dict[str, frozenset[str]] = {
    AUTHOR: frozenset(
        {
            "author", "autor", "auteur", "autore", "autora", "autrice", "auteure", "commenter",
            "commentator", "commentor", "username", "user", "fn", "nick", "nickname", "name",
            "nome", "nombre", "nom", "naam", "poster", "displayname", "screenname", "handle",
            "postauthor", "hnuser", "pseudo", "bigusername",
        }
    ),
    DATE: frozenset(
        {
            "date", "time", "datetime", "timestamp", "published", "fecha", "data", "datum",
            "ago", "dated", "created", "posted", "zeit", "heure", "hora", "ora", "pubdate",
            "age",  # Hacker News: "1 year ago" over its date in a tooltip
            "when",  # ForumFree: "span.when", "Inviato il 14/5/2024, 18:42"
        }
    ),
    TEXT: frozenset(
        {
            "content", "text", "txt", "body", "message", "msg", "texto", "testo", "texte",
            "tekst", "inhalt", "cuerpo", "corpo", "contenu", "contenido", "contenuto",
            "conteudo", "paragraph", "cooked", "bbwrapper", "postbody", "postcontent",
            "posttext", "copy", "postmsg",  # (PunBB's and FluxBB's "div.postmsg")
        }
    ),
    CHROME: frozenset(
        {
            "meta", "metadata", "avatar", "avatars", "header", "head", "cab", "cabecalho",
            "cabecera", "intestazione", "kopf", "actions", "action", "acciones", "azioni",
            "acoes", "aktionen", "footer", "reply", "respond", "responder", "rispondi",
            "antworten", "repondre", "beantwoorden", "like", "likes", "share", "sharing",
            "vote", "votes", "voting", "badge", "badges", "permalink", "links", "submitted",
            "byline", "toolbar", "menu", "tools", "flag", "report", "edit", "delete",
            "moderation", "says", "verbo", "count", "counter", "collapser", "toggle",
            "picture", "photo", "img", "image", "icon", "indicator", "buttons", "button",
            "btn", "signature", "sig", "postsignature", "title", "subject", "info", "details",
            "denunciar", "segnala", "melden", "gustar", "gusta", "sort", "login", "form",
            "moderatorbar", "reportlinks", "quickbuttons",  # SMF
            "popupbody", "popuphover",  # vBulletin 4's menu under a poster's name
        }
    ),
    HIDDEN: frozenset(
        {"hidden", "sr", "screenreader", "invisible", "offscreen", "visuallyhidden"}
    ),
}  # fmt: skip
_HIDDEN_CLASSES = frozenset(
    {
        "hidden", "element-hidden", "sr-only", "screen-reader-text", "visually-hidden",
        "visuallyhidden", "screen-reader-only", "u-hidden", "is-hidden", "hide", "d-none",
        "display-none", "invisible", "offscreen",
    }
)  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def class_tokens(el) -> list[str]:
    return tokens_of(el.get("class") or "")


@functools.lru_cache(maxsize=8192)
def tokens_of(names: str) -> list[str]:
    return names.lower().split()


@functools.lru_cache(maxsize=8192)
def name_parts(token: str) -> list[str]:
    """The words of one class name, without its BEM modifier: ``cmt--nivel-1`` → ``cmt``;
    ``comentario__nome`` → ``nome`` (the element the name is about); ``commenterName`` →
    ``commenter``, ``name``."""
    token = token.split("--", 1)[0]
    head, dash, tail = token.rpartition("-")
    # a styled component's hash after its name ("commentAuthor-tYB6uY"); most names end in
    # a word in small letters, which no hash is
    if (
        dash
        and head
        and 5 <= len(tail) <= 8
        and not (tail.isalpha() and tail.islower())
        and _hash_like(tail)
    ):
        token = head
    if "__" in token:
        before, after = token.rsplit("__", 1)
        # CSS modules' "Component_local__hash" ("ArticleHeader_lead__zK0dT"): the local name
        component, _, local = before.partition("_")
        hashed = len(after) == 5 and component and local and after not in _FIVE_LETTER_PARTS
        token = local if hashed else after
        if hashed and local in _GENERIC_LOCALS:
            token = component  # "NewsletterBox_root__eK1wF": the component says what it is
    if not token.islower():  # (most names are lower case already: no regex for them)
        token = _CAMEL.sub("-", token).lower()
    if "_" in token or ":" in token or "." in token:
        return [word for word in _SEPARATORS.split(token) if word]
    return [word for word in token.split("-") if word]


def _hash_like(part: str) -> bool:
    """Letters and digits no word is made of: a digit between letters ("ls1g8s"), or two
    capitals among small letters ("tYB6uY", "TAtrWj"), which camel case does not give."""
    if not (part.isascii() and part.isalnum()):
        return False
    if _DIGIT_INSIDE.search(part):
        return True
    return _TWO_CAPITALS.search(part) is not None and not part.isupper()


_DIGIT_INSIDE = re.compile(r"[A-Za-z]\d+[A-Za-z]")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")


# a CSS module's local names that say nothing of what holds them
_GENERIC_LOCALS = frozenset({"root", "wrapper", "container", "inner", "outer", "base", "main"})
# BEM element names of five letters, which a CSS module's hash is not
_FIVE_LETTER_PARTS = frozenset(
    {"title", "items", "label", "image", "photo", "media", "inner", "outer", "count", "share",
     "quote", "thumb", "story", "intro", "links", "posts", "reply", "likes", "votes", "aside",
     "badge", "block", "child", "entry", "extra", "field", "frame", "group", "icons", "panel",
     "range", "total", "video"}
)  # fmt: skip


def head_words(el) -> frozenset[str]:
    """The last word of each of the element's class names."""
    names = el.get("class")
    return heads_of(names) if names else NO_WORDS


@functools.lru_cache(maxsize=8192)
def heads_of(names: str) -> frozenset[str]:
    tokens = names.split()
    if len(tokens) >= 3 and all(len(t) <= 2 for t in tokens):
        return NO_WORDS  # atomic CSS ("nh pq jn ct fn e", Medium's): "fn" there names nothing
    heads = set()
    for token in tokens:
        parts = name_parts(token)
        if parts and parts[0] in _STYLE_FIRST:
            continue  # how a box looks ("overflow-hidden", "font-text"), not what it holds
        if parts[:2] == ["field", "type"]:
            continue  # Drupal's kind of field ("field-type-text-with-summary"), not its role
        if len(parts) >= 2 and parts[0] in _SIGNATURE_FIRST and parts[-1] in _SIGNATURE_BOXES:
            heads.add(parts[0])  # a signature's box ("sig-content"; not "sig-byline", a site's)
        elif parts and not (len(parts) >= 3 and parts[-2] == "by" and parts[0] in _REACTED):
            heads.add(parts[-1])  # ("liked-by-author" under a comment names no author of it)
    return frozenset(heads)


_SIGNATURE_FIRST = frozenset({"sig", "signature"})
_SIGNATURE_BOXES = frozenset({"content", "line", "text", "block", "box", "body", "wrapper", "area"})
# the first word of a class name that says how its box looks, whatever words follow
_STYLE_FIRST = frozenset({"overflow", "font", "color", "size", "weight"})
# what a name reacted with, in "liked-by-author", "pinned-by-creator"
_REACTED = frozenset(
    {"liked", "loved", "hearted", "pinned", "upvoted", "highlighted", "recommended",
     "favorited", "favourited", "starred"}
)  # fmt: skip


def class_words(el) -> frozenset[str]:
    """Every word of every class name of the element."""
    names = el.get("class")
    return words_of(names) if names else NO_WORDS


@functools.lru_cache(maxsize=8192)
def words_of(names: str) -> frozenset[str]:
    return frozenset(word for token in names.split() for word in name_parts(token))


def pieces_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A regex that finds any of ``words`` as a piece of a string, written as a trie ("ca(?:ption
    |tenaccio)"): a plain alternation of a hundred words tries each at every position, three
    times slower. Every word ``name_parts`` gives is a piece of the lower-cased name, so a
    name without any of these pieces has none of the words (a check before the parse)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [
            re.escape(char) + pattern(below) for char, below in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return re.compile(pattern(trie))


# what a sidebar, a consent banner or a popup is called: never the article, nor its heading
_PAGE_CHROME = frozenset(
    {
        "sidebar", "side", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "didomi",
        "iubenda", "cmplz", "onetrust", "cookiebot", "borlabs",
        "toolbar",  # a thread's bar of filters and sorting over its posts (vBulletin 5's)
    }
)  # fmt: skip
_PAGE_CHROME_PIECES = pieces_pattern(_PAGE_CHROME)


def page_chrome(el) -> bool:
    """Whether ``el``'s class or id names it a sidebar, a consent banner or a popup."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    if not _PAGE_CHROME_PIECES.search(names.lower()):
        return False  # (no piece of a word for chrome: nothing to parse)
    return not names_words(names).isdisjoint(_PAGE_CHROME)


@functools.lru_cache(maxsize=8192)
def names_words(names: str) -> frozenset[str]:
    """``words_of``, remembered: pages repeat their class names element after element."""
    return words_of(names)


NO_WORDS: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=8192)
def roles_of(names: str) -> frozenset[str]:
    heads = heads_of(names)
    return frozenset(role for role, words in ROLE_WORDS.items() if not words.isdisjoint(heads))


def roles(el) -> set[str]:
    """What the element's names say it is: AUTHOR, DATE, TEXT, CHROME or HIDDEN (any number)."""
    names = el.get("class")
    found = set(roles_of(names)) if names else set()
    if hidden(el):
        found.add(HIDDEN)
    return found


def hidden(el) -> bool:
    """Not shown to a reader: ``hidden``, ``display: none``, screen-reader-only classes and
    decorative marks (``aria-hidden``: bullets, icons, an avatar's initial). ``el`` is an
    element, or its attributes as a dict."""
    get = el.get  # (no attribute proxy: this runs on every element a reader walks)
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    names = get("class")
    if names and not _HIDDEN_CLASSES.isdisjoint(tokens_of(names)):
        return True
    style = get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def text_content(el: HtmlElement) -> str:
    """``el.text_content()``: every text node inside the element (its children's tails, not its
    own), at a third of the cost. Both are libxml2's content of the node; lxml's
    ``text_content`` reads it through an XPath ``string()``, which sets up an XPath context
    on every call."""
    if not len(el):  # a leaf (most links, labels): its own text is all, nothing to serialize
        return el.text or ""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def text_size(el) -> int:
    """About how many characters of text ``el`` holds, scripts and styles left out: a cheap
    measure for comparing blocks (``text_of`` reads the text as a reader sees it)."""
    if not len(el):  # a leaf (most links and spans): its text is all it holds, no walk
        return 0 if el.tag in _NOT_TEXT else len(el.text or "")
    size = len(text_content(el))
    for script in el.iter(*_NOT_TEXT):
        size -= len(text_content(script))
    return size


_NOT_TEXT = ("script", "style", "template", "noscript")


# -- visible text -------------------------------------------------------------------------

SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "form", "button", "select", "option",
        "textarea", "input", "svg", "iframe", "object", "embed", "head", "title", "meta",
        "link", "img", "picture", "video", "audio", "canvas", "menu",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})


def paragraphs(root, skip: Callable[[HtmlElement], bool] = lambda el: False) -> list[list[str]]:
    """The paragraphs a reader sees in ``root``, each a list of lines.

    A block element (``<p>``, ``<div>``, ``<blockquote>`` …) or a blank line (``<br><br>``) ends
    a paragraph; a single ``<br>`` (or a newline inside ``<pre>``) ends a line within one.
    The walk keeps a stack of its own: a thread nested as deep as the parser keeps is read
    whole, whatever Python's recursion limit.
    """
    found: list[list[str]] = []
    lines: list[str] = []
    parts: list[str] = []
    bold = ""  # the text of the last <b>/<strong> closed: a line of it alone is a heading

    def end_line() -> bool:
        if not parts:
            return False
        line = " ".join("".join(parts).split())
        parts.clear()
        if line:
            lines.append(line)
        return bool(line)

    def end_paragraph() -> None:
        if parts:
            end_line()
        if lines:
            found.append(lines.copy())
            lines.clear()

    def add_pre(text: str) -> None:
        for i, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if i and not end_line():  # an empty line: a blank line between two paragraphs
                end_paragraph()
            parts.append(line)

    # the stack holds (element, in_pre, None) to open an element and (element, in_pre, its
    # tag) to close it; text outside <pre> goes straight into the line (the common case)
    in_pre = tag(root) == "pre"
    text = root.text
    if text:
        add_pre(text) if in_pre else parts.append(text)
    stack: list[tuple[HtmlElement, bool, str | None]] = [(c, in_pre, None) for c in reversed(root)]
    pop, push, append = stack.pop, stack.append, parts.append
    while stack:
        el, in_pre, closing = pop()
        if closing is not None:  # the element is done: close it, then its tail
            if closing in BLOCK_TAGS:
                end_paragraph()
            elif closing in _CELL_TAGS:
                append(" ")
            elif closing in _BOLD_TAGS:
                bold = collapse(text_content(el))
            text = el.tail
            if text:
                add_pre(text) if in_pre else append(text)
            continue
        name = tag(el)
        if not name or name in SKIP_TAGS or hidden(el) or skip(el) or _link_button(name, el):
            text = el.tail
            if text:
                add_pre(text) if in_pre else append(text)
            continue
        if name == "br":
            heading = not lines and bold and _heading_line(bold, parts)
            if not end_line() or heading:  # "<strong>Números</strong><br>Con ocho…"
                end_paragraph()
            text = el.tail
            if text:
                add_pre(text) if in_pre else append(text)
            continue
        if name in BLOCK_TAGS:
            end_paragraph()
        elif name in _CELL_TAGS:
            append(" ")
        inner = in_pre or name == "pre"
        text = el.text
        if text:
            add_pre(text) if inner else append(text)
        push((el, in_pre, name))
        if len(el):
            stack.extend([(child, inner, None) for child in reversed(el)])
    end_paragraph()
    return found


_BOLD_TAGS = frozenset({"b", "strong"})


def _link_button(name: str, el: HtmlElement) -> bool:
    """A link that says it is a button (``<a role="button">``) and stands alone in its box:
    a control's label, as a ``<button>``'s is ("Cliquez pour agrandir...", "Load more"),
    not text (one inside a sentence, a spoiler's or a mention's, is the sentence's)."""
    if name != "a" or el.get("role") != "button":
        return False
    box = el.getparent()
    return (
        box is not None
        and len(box) == 1
        and not (box.text or "").strip()
        and not (el.tail or "").strip()
    )


def _heading_line(bold: str, parts: list[str]) -> bool:
    """A paragraph's first line that is one bold phrase, short and not a sentence, over a
    single line break: a subheading set in bold, as forum posts and old CMSes write them
    ("Edit:" and other labels ending in a colon stay with what follows)."""
    line = collapse("".join(parts))
    return line == bold and len(line) <= 80 and not line.endswith((":", ".", ",", ";"))


def has_text(root, skip: Callable[[HtmlElement], bool] = lambda el: False) -> bool:
    """Whether ``paragraphs(root, skip)`` finds anything: the same elements read, but the walk
    stops at the first text a reader sees, and the order it looks in does not matter."""
    text = root.text
    if text and not text.isspace():
        return True
    stack = list(root)
    while stack:
        el = stack.pop()
        text = el.tail  # a skipped element's tail is its parent's text
        if text and not text.isspace():
            return True
        name = tag(el)
        if not name or name in SKIP_TAGS or hidden(el) or skip(el):
            continue
        text = el.text
        if text and not text.isspace():
            return True
        stack.extend(el)
    return False


def text_of(el, skip: Callable[[HtmlElement], bool] = lambda el: False) -> str:
    """The element's visible text on one line."""
    if not len(el):  # a leaf (most names, counters, labels): its own text is all a walk reads
        return " ".join((el.text or "").split())
    return " ".join(line for p in paragraphs(el, skip) for line in p)
