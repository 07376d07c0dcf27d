"""A text browser's dump (``lynx -dump``) read as the text the page shows, with every
character's offset.

Lynx numbers each link where it stands ("by [9]Tom Ashdown", "* [3]News"), sets "[IMG]" where
an image was and lists every address under "References" at the end. The text reader reads a
page as a browser's copy gives it; here those marks are taken out, line by line, and each
character kept remembers where it stood, so a document read from the plain text still maps
onto the file (``markdown.remapped`` moves its source map back).
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\[(?:\d{1,4}|IMG|INLINE|BUTTON|LINK|IFRAME|EMBED)\]")
# (lynx names its list of links in the language it runs in)
_REFERENCE_HEADINGS = (
    "References", "Referencias", "Références", "Referenzen", "Riferimenti", "Referências",
    "Verwijzingen", "Visible links", "Hidden links",
)  # fmt: skip
_REFERENCES = re.compile(rf"^\s*(?:{'|'.join(_REFERENCE_HEADINGS)}):?\s*$")
_REFERENCE = re.compile(r"^\s*\d{1,4}\. \S+:\S*\s*$")
_RULE = re.compile(r"^\s*[-_=]{20,}\s*$")  # a horizontal rule drawn in dashes
_HEAD_LINK = re.compile(r"^\s*#\[\d{1,4}\]")
# "*", "+", "o", "#" (set in: not a Markdown heading), deeper and deeper; or TextEdit's tab,
# "•", "◦", "▪" and a tab (a Mac's copy)
_BULLET = re.compile(r"^\s*([*+o]|(?<=\s\s)#) (?=\S)|^\t*([•◦▪])\t(?=\S)")


# the page's feed in its head, which names the site: "#[1]Le Courrier » Flux RSS"
_FEED_LINK = re.compile(
    r"^\s*#\[\d{1,4}\](?P<site>[^\[\]]+?)\s+[»›|–—-]\s+[^\[\]]*"
    r"(?:feed|flux|rss|atom|fuente|flusso|fonte)",
    re.IGNORECASE,
)


def site_of(text: str) -> str | None:
    """The site's name as the page's feed link in the dump's head gives it ("#[1]Le Courrier
    de la Haute-Sarre - Flux RSS"), where a copy shows it only run into the masthead's links."""
    found = _FEED_LINK.match(text[:2000])
    return found.group("site").strip() if found else None


def looks_like_dump(text: str) -> bool:
    """Whether the text is a lynx dump: links numbered in the text ("[9]Tom Ashdown") and
    listed by number under "References" at its end, or its lists bulleted step by step."""
    tail = text[-20_000:]
    if not any(heading in tail for heading in _REFERENCE_HEADINGS):
        # (most texts: none of the headings _REFERENCES reads, no line matched); or a dump
        # without its list of links ("lynx -dump -nolist"): its lists' bullets step down
        head = text[:_LADDER_TEXT]
        return (_LADDER_HINT.search(head) is not None and _bullet_ladder(head)) or _tab_ladder(head)
    lines = tail.splitlines()
    at = next((k for k in range(len(lines) - 1, -1, -1) if _REFERENCES.match(lines[k])), None)
    if at is None:
        return False
    listed = sum(1 for line in lines[at + 1 :] if _REFERENCE.match(line))
    marks = len(_MARK.findall(text, 0, len(text) - len("\n".join(lines[at:]))))
    return listed >= 2 and marks >= 2


_LADDER_TEXT = 200_000  # characters: where a dump's bullets are looked for
_TAB_ITEM = re.compile(r"^(\t+)[•◦▪]\t(?=\S)", re.MULTILINE)
_LADDER_HINT = re.compile(r"\n +[o+] [\[A-ZÀ-Þ0-9]")  # (one pass, most texts have none)
_STAR_ITEM = re.compile(r"^( +)\* (?=\S)", re.MULTILINE)
_DEEPER_ITEM = re.compile(r"^( +)[o+] (?=[\[A-ZÀ-Þ0-9])", re.MULTILINE)


def _bullet_ladder(text: str) -> bool:
    """Lists bulleted as a text browser bullets them, "*" and, an item deeper, "o" or "+"
    ("  * Sabine Koch sagt:" / "      o Jörg Hammerschmidt sagt:"): two of the first kind
    at least, and one of the second further in than one of those."""
    stars = [len(m.group(1)) for m in _STAR_ITEM.finditer(text)]
    if len(stars) < 2:
        return False
    top = min(stars)
    return any(len(m.group(1)) > top for m in _DEEPER_ITEM.finditer(text))


def _tab_ladder(text: str) -> bool:
    """Lists bulleted as TextEdit bullets them, a tab before and after the bullet, a tab more
    an item deeper ("\t•\tNAME • 2 anni fa" / "\t\t◦\tNAME …"): a nested list's items."""
    if "\t" not in text:
        return False  # (most texts)
    depths = [len(m.group(1)) for m in _TAB_ITEM.finditer(text)]
    return len(depths) >= 3 and min(depths) < max(depths)


def plain(text: str) -> tuple[str, list[int]]:
    """The text without lynx's link numbers, image marks and reference list, its
    paragraphs unwrapped (lynx wraps them at 77 columns: a line ending a long one goes on
    after a space, which is -1 in the offsets, as no character of ``text`` it copies), and for
    each of its characters the offset in ``text`` it was copied from."""
    out: list[str] = []
    where: list[int] = []
    position = 0
    lines = text.splitlines(keepends=True)
    end = len(lines)
    for k in range(len(lines) - 1, -1, -1):
        if _REFERENCES.match(lines[k]):
            end = k  # the list of addresses: no part of the page's text
            break
    previous = ""  # the last line kept, as it reads (indented as it stands)
    # (a browser's copy that bullets its lists so, no list of links under it, numbers no link
    # and wraps no line: only its bullets are read away, "[1]" a footnote's mark)
    linked = end < len(lines)
    head = False  # in the page head's links, which lynx wraps as it wraps text
    for line in lines[:end]:
        body = line.rstrip("\r\n")
        start = 0
        head = bool(_HEAD_LINK.match(body)) or (head and bool(body.strip()))
        if head:
            start = len(body)  # a <link> of the page's head ("#[1]Site » Feed [2]…")
        elif _RULE.match(body):
            pass  # a rule (kept: the text reader reads a box between two as one)
        elif linked and _wrapped(previous, body):
            start = len(body) - len(body.lstrip())
            out[-1] = " "  # the line break before it, made a space
            where[-len(out[-1]) :] = [-1]
        elif (bullet := _BULLET.match(body)) and _listed(body, bullet):
            # a list's bullet ("*", then "+", "o" down) made a space: the item keeps its column,
            # which nests a thread, as a crawl's Markdown is read
            mark = 1 if bullet.group(1) else 2
            out.append(body[: bullet.start(mark)] + " ")
            where.extend([*range(position, position + bullet.start(mark)), -1])
            start = bullet.end(mark) + (mark == 2)  # (TextEdit's tab after its bullet too)
        kept = []
        for mark in _MARK.finditer(body, start) if linked else ():
            kept.append((start, mark.start()))
            start = mark.end()
        kept.append((start, len(body)))
        for first, last in kept:
            out.append(body[first:last])
            where.extend(range(position + first, position + last))
        indent = body[: len(body) - len(body.lstrip())]
        previous = indent + "".join(body[first:last] for first, last in kept).lstrip()
        if _RULE.match(body):
            previous = ""  # (no paragraph goes on from a rule)
        out.append(line[len(body) :])  # the line's own end ("\n", "\r\n")
        where.extend(range(position + len(body), position + len(line)))
        position += len(line)
    return "".join(out), where


def _listed(line: str, bullet: re.Match) -> bool:
    """A bullet, not a word: an "o" opens an item only before a link, a capital or a digit
    ("o [23]Joaquim R.", "o 2 eggs"), as "o barulho" opens no item."""
    after = line[bullet.end()]
    word = line[bullet.end() :].split(None, 1)[0]
    return (
        bullet.group(1) != "o"
        or after == "["
        or after.isupper()
        or after.isdigit()
        or "_" in word  # (a user's handle: "o cidermaker_jen")
    )


def _wrapped(previous: str, line: str) -> bool:
    """``line`` goes on from ``previous``: both of a paragraph lynx wrapped (the one above
    long enough to have reached the margin, this one no item of a list of its own)."""
    stripped = line.strip()
    return (
        len(previous.rstrip()) >= 60
        and bool(stripped)
        and not _ITEM.match(stripped)
        and not _LINK_ROW.fullmatch(stripped)  # a row of buttons under it ("[26]Reply [27]Report")
        and len(line) - len(stripped) <= len(previous) - len(previous.lstrip()) + 2
    )


_LINK_ROW = re.compile(r"(?:\[\d+\][^\s\[\]]+\s*){2,}")  # links only, a word each
_ITEM = re.compile(r"(?:[*+o•-]|\d{1,3}[.)])\s")


__all__ = ["looks_like_dump", "plain", "site_of"]
