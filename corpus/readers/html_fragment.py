"""A crawl's HTML in a JSON Lines field: the text the markup shows, with a map back to it.

Crawlers store an article's ``text`` (and its comments') as the HTML of the article's body as
often as they store Markdown or plain text: ``<p class="byline">Door …</p><p>…</p>``. Such a
field is read as what a browser shows of it, one paragraph a block (``<p>``, ``<li>``,
``<h2>`` …), a line a ``<br>``, a quotation box's lines set off with "> " as in Markdown, and
no figure (an image's caption is not the article's text); for each character of that text
the offset in the field it was copied from (-1 where the character is none of the field's:
a break between blocks, an entity decoded, spaces collapsed), which ``markdown.remapped``
turns into the document's source map.
"""

from __future__ import annotations

import html
import re

_TOKEN = re.compile(
    r"<!--.*?-->|<[^>]*>|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?|[^<&]+|[<&]", re.S
)
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)")
_BLOCKS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "section", "article", "header", "footer", "aside", "table", "tr",
        "pre", "hr", "address", "main", "details", "summary",
    }
)  # fmt: skip
# what a reader of the page does not see as the article's text: code, forms, an image's box
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "figure", "iframe", "svg", "form", "nav"}
)
_CLUES = re.compile(r"</(?:p|div|li|h[1-6]|blockquote)\s*>|<br\s*/?>|<p[\s>]", re.I)
_OPENING_BLOCK = re.compile(r"\s*<(p|div|blockquote|ul|ol|h[1-6])[\s>]", re.I)
# "… breaks.<p>Almost without …": after a stop, perhaps its closing quote (not a quoted tag:
# 'use "<p>" here')
_HN_PARAGRAPH = re.compile(r"(?:(?<=[.!?:;)])|(?<=[.!?][\"”’]))<p>(?=\S)")


# a character reference in text that holds no markup ("O&#8217;Hare", "R&amp;D"): what a crawl
# of a WordPress site's REST fields keeps where it took the tags out
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def has_entities(text: str) -> bool:
    return "&" in text and _ENTITY.search(text) is not None


def decoded(text: str) -> tuple[str, list[int]]:
    """The text with its character references read as the characters they stand for, and for
    each character the offset in ``text`` it was copied from (-1 for one a reference made)."""
    out: list[str] = []
    where: list[int] = []
    position = 0
    for found in _ENTITY.finditer(text):
        out.append(text[position : found.start()])
        where.extend(range(position, found.start()))
        shown = html.unescape(found.group())
        if shown == found.group():  # (no character of that name: kept as written)
            where.extend(range(found.start(), found.end()))
        else:
            where.extend([-1] * len(shown))
        out.append(shown)
        position = found.end()
    out.append(text[position:])
    where.extend(range(position, len(text)))
    return "".join(out), where


def looks_like_html(text: str) -> bool:
    """Whether a record's text is HTML markup: closed blocks or line breaks, more than once,
    at its start (prose that mentions a tag does not open with one), or one block closed
    before any other tag (a comment opening with its quotation); or Hacker News's text, its
    paragraphs after the first opened by a lone ``<p>`` glued to the stop before it."""
    head = text[:20_000]
    if head.lstrip()[:1] == "<":
        if len(_CLUES.findall(head)) >= 2:
            return True
        # (one block opening the text and closed before any other tag, the text no blank
        # line: "<blockquote>…</blockquote>Eso no …"; not words on a tag, "<h1> inside <article>")
        opened = _OPENING_BLOCK.match(head)
        if opened is None or "\n\n" in head:
            return False
        closing = head.find("<", opened.end())
        return head[closing : closing + len(opened[1]) + 3].lower() == f"</{opened[1].lower()}>"
    # (Hacker News's: its first paragraph bare, a lone "<p>" opening each after it)
    return len(_HN_PARAGRAPH.findall(head)) >= 1 and "<p>" not in _HN_PARAGRAPH.sub("", head)


def plain(text: str) -> tuple[str, list[int]]:
    """The text the markup shows, and for each of its characters the offset in ``text`` it
    was copied from (-1 for none)."""
    out: list[str] = []
    where: list[int] = []
    skipping: list[str] = []  # the skipped elements open around the position
    quoted = 0  # how many quotation boxes are open
    at_line_start = True

    def add(char: str, source: int) -> None:
        nonlocal at_line_start
        if char == " ":
            if at_line_start or (out and out[-1] == " "):
                return
        elif at_line_start and quoted:
            for mark in "> ":
                out.append(mark)
                where.append(-1)
        out.append(char)
        where.append(source)
        at_line_start = False

    def new_line(blank: bool) -> None:
        nonlocal at_line_start
        while out and out[-1] == " ":  # no space at a line's end
            out.pop()
            where.pop()
        if not out:
            return
        wanted = "\n\n" if blank else "\n"
        have = 0
        while have < len(out) and out[-1 - have] == "\n":
            have += 1
        for _ in range(len(wanted) - min(have, len(wanted))):
            out.append("\n")
            where.append(-1)
        at_line_start = True

    for token in _TOKEN.finditer(text):
        piece, start = token.group(), token.start()
        if piece.startswith("<!--"):
            continue
        tag = _TAG.match(piece) if piece[0] == "<" and len(piece) > 1 else None
        if tag is not None:
            closing, name = tag.group(1) == "/", tag.group(2).lower()
            if name in _SKIPPED:
                if closing:
                    if name in skipping:
                        del skipping[len(skipping) - 1 - skipping[::-1].index(name) :]
                elif not piece.rstrip().endswith("/>"):
                    skipping.append(name)
                continue
            if skipping:
                continue
            if name == "br":
                new_line(blank=False)
            elif name in _BLOCKS:
                if name == "blockquote":
                    new_line(blank=True)
                    quoted = max(0, quoted - 1) if closing else quoted + 1
                new_line(blank=name not in ("tr", "dt", "dd"))
            elif name in ("td", "th") and not at_line_start:
                add(" ", -1)
            continue
        if skipping:
            continue
        if piece[0] == "&" and len(piece) > 1:
            decoded = html.unescape(piece)
            for char in decoded:
                add(" " if char.isspace() else char, start if char == piece[0] else -1)
            continue
        for k, char in enumerate(piece):
            if char.isspace():
                add(" ", start + k if char == " " else -1)
            else:
                add(char, start + k)
    new_line(blank=False)
    while out and out[-1] == "\n":
        out.pop()
        where.pop()
    return "".join(out), where


__all__ = ["looks_like_html", "plain"]
