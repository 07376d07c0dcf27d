"""A crawl's Markdown read as the plain text a page shows, with every character's offset.

Crawlers that feed language models (Jina Reader, Firecrawl, crawl4ai) write a page as
Markdown: ``[Julien Tessier](https://…/auteur)``, ``# Title``, ``* [Accueil](/)``,
``![photo](…)``, ``**Partager :**``; so do tools that export a thread (``- **pia_k** · 12
points``, a bullet's indent nesting the replies). The text reader reads lines as a browser's copy gives them;
here the Markdown syntax is taken out (a link keeps its words, an image and a link's address
go), line by line, and each character kept remembers where it stood, so a document read from
the plain text still maps onto the record's own ``text`` field.

Not a Markdown renderer: no paragraph joining, no HTML, no tables; only what changes what a
line says. Mistune or markdown-it would render HTML and lose the offsets, which are the point.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, SourceMap
from .rules import default

_LINK = re.compile(r"\]\(")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_BULLET = re.compile(r"^[ \t]*[*+-][ \t]+(?=\S)")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")
_EMPHASIS = "*_"
# an image whose file is the logo, the link round it to the home page: "[![NAME](…/logo.svg)](/)"
_LOGO = re.compile(
    r"\[!\[([^\]\n]+)\]\([^)\s]*/[^/)\s]*logo[^/)\s]*(?:\s[^)]*)?\)\]\((?:https?://[^/)\s]+)?/?\)",
    re.IGNORECASE,
)
_IMAGE_NUMBER = re.compile(r"^Image \d{1,3}: ")
_ISO_DAY = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_STRONG = re.compile(r"\*\*[^*\n]+\*\*")
_UNDERSCORE_MARK = re.compile(r"(?:^|(?<=[^\w_]))(_+)(?=[^\s_])|(?<=[^\s_])_+(?=[^\w_]|$)")
_OPENING_UNDERSCORE = re.compile(r"(?:^|[^\w_])_+(?=[^\s_])")
_IMAGE_ALONE = re.compile(r"!\[([^\]]*)\]\([^)]*\)$")


def looks_like_markdown(text: str) -> bool:
    """Whether a record's text is a crawler's Markdown: links and images written out
    (``](``), or headings and bullets of links, which a page's plain text never has."""
    links = len(_LINK.findall(text, 0, 20_000))
    if links >= 3:
        return True
    start = text[:20_000]
    if not links and not (start.startswith("#") or "\n#" in start):
        return False  # (most plain text: no line need be looked at)
    headings = sum(1 for line in start.splitlines() if _HEADING.match(line) and line.strip("# \t"))
    # (or a thread a tool exported as Markdown: no link, its posters' names in bold)
    return headings >= 2 and (links >= 1 or len(_STRONG.findall(start)) >= 3)


def headings(lines: list[str]) -> list[tuple[int, int]]:
    """The lines that are headings and their levels (``# Title``, 1; ``## Section``, 2; a
    title over ``=====``, 1; over ``-----``, 2): short or long, a heading is no paragraph."""
    found = []
    for k, line in enumerate(lines):
        if (atx := _HEADING.match(line)) and line.strip("# \t"):
            found.append((k, line[: atx.end()].count("#")))
        elif k and _SETEXT.match(line) and lines[k - 1].strip() and not _RULE.match(lines[k - 1]):
            found.append((k - 1, 1 if line.strip()[:1] == "=" else 2))
    return found


def title_line(lines: list[str], found: list[tuple[int, int]]) -> int | None:
    """The line of the page's one heading of the first level among ``found`` (``headings``):
    what the page itself calls its title. None where another follows it (a cookie banner's
    heading over the article's own) or a lower heading comes before its first paragraph (a
    blog's name over its post's "## TITLE")."""
    firsts = [k for k, level in found if level == 1]
    if len(firsts) != 1:
        return None
    title = firsts[0]
    below = next((k for k, _ in found if k > title), None)
    for line in lines[title + 1 : below]:
        if len(line.strip()) > 80:
            return title  # (a paragraph before any other heading)
    return None if below is not None and below - title <= 40 else title


def _reader_head(text: str) -> int:
    """The number of lines of Jina Reader's head over the page ("Title: …" / "URL Source: …"
    / "Published Time: …" / "Markdown Content:"), none where there is no such head."""
    if not text.startswith("Title: "):
        return 0
    for number, line in enumerate(text[:5_000].splitlines()[:12]):
        if line.strip() == "Markdown Content:":
            return number + 1
    return 0


def published_of(text: str) -> str | None:
    """The date Jina Reader's head gives the page ("Published Time: 2024-04-18T07:30:00+02:00"):
    the page's own metadata, which its text may give only relatively or not at all."""
    head = _reader_head(text)
    for line in text[:5_000].splitlines()[:head]:
        if line.startswith("Published Time:") and (found := _ISO_DAY.search(line)):
            return found.group(0)
    return None


def site_of(text: str) -> str | None:
    """The site's name as its logo's alternative text gives it, the image at the head of the
    page (``[![The Saltmarsh Quay Mercury](…/logo-mercury.svg)](https://…/)``): a crawl
    drops the image, and with it the only line that named the site."""
    table = default()
    for found in _LOGO.finditer(text, 0, 5_000):
        name = _IMAGE_NUMBER.sub("", found.group(1)).strip()  # (Jina's "Image 1: NAME")
        if (
            2 <= len(name) <= 80
            and "logo" not in name.lower()
            # (not the link's word, "Startseite", "Home")
            and table.match("navigation", name) is None
            and table.match("boilerplate", name) is None
        ):
            return name
    return None


def plain(text: str) -> tuple[str, list[int]]:
    """The text without its Markdown syntax, and for each of its characters the offset in
    ``text`` it was copied from (-1 for a list's bullet, which becomes a space). A line
    under an image that opens with the image's alt text is its caption, and goes too."""
    out: list[str] = []
    where: list[int] = []
    position = 0
    alt = None  # the alt text of an image standing alone on the last line read
    carried = False  # an emphasis in underscores left open on the line before
    head = _reader_head(text)  # Jina Reader's fields over the page: no text of the page's
    for number, line in enumerate(text.splitlines(keepends=True)):
        body = line.rstrip("\r\n")
        end = len(body)
        start = 0
        stripped = body.strip()
        if number < head:
            start = end
        elif alt is not None and stripped and stripped.lstrip(_EMPHASIS).startswith(alt):
            start = end  # the caption under the image, which begins as its alt text does
        elif _RULE.match(body) or _DEFINITION.match(body):
            start = end  # a horizontal rule, a reference link's address: nothing to read
        elif heading := _HEADING.match(body):
            start = heading.end()
            if closing := _CLOSING_HASHES.search(body, start):
                end = closing.start()
        elif bullet := _BULLET.match(body):
            # the bullet becomes a space: the item keeps its column, which nests a thread
            for k in range(bullet.end()):
                blank = body[k] in "*+-"
                out.append(" " if blank else body[k])
                where.append(-1 if blank else position + k)
            start = bullet.end()
        if stripped:
            image = _IMAGE_ALONE.match(stripped)
            alt = image.group(1).strip() if image and len(image.group(1).strip()) >= 12 else None
        _inline(body, start, end, position, out, where, carried)
        carried = _left_open(body)
        for k in range(len(body), len(line)):  # the line's own end ("\n", "\r\n")
            out.append(line[k])
            where.append(position + k)
        position += len(line)
    return "".join(out), where


def _inline(
    line: str,
    i: int,
    end: int,
    base: int,
    out: list[str],
    where: list[int],
    carried: bool = False,
) -> None:
    """Copy ``line[i:end]`` less its inline syntax: images, links' addresses, emphasis marks,
    code ticks and escapes (a link's words are copied, with their own syntax taken out)."""
    while i < end:
        char = line[i]
        if char == "\\" and i + 1 < end and not line[i + 1].isalnum():
            out.append(line[i + 1])
            where.append(base + i + 1)
            i += 2
            continue
        if char == "!" and line.startswith("[", i + 1):
            close = _link_end(line, i + 1, end)
            if close is not None:
                i = close  # an image: its alt text is not what the page says
                continue
        if char == "[":
            close = _link_end(line, i, end)
            if close is not None:
                words_end = _matching_bracket(line, i, end)
                _inline(line, i + 1, words_end, base, out, where, carried)
                i = close
                if i < end and line[i] == "[" and out and not out[-1].isspace():
                    # links run together ("[Répondre](…)[Signaler](…)"), a page's buttons
                    # or tags: a space between their words, as the page shows them apart
                    out.append(" ")
                    where.append(-1)
                continue
        if char == "<" and (auto := _AUTOLINK.match(line, i, end)):
            i = auto.end()
            continue
        if char == "`":
            i += 1
            continue
        if char in _EMPHASIS and _emphasis_mark(line, i, end, carried):
            run = i
            while run < end and line[run] == char:
                run += 1
            i = run
            continue
        out.append(char)
        where.append(base + i)
        i += 1


def _left_open(line: str) -> bool:
    """The line's last underscore mark opens an emphasis ("… che _una storia"): a wrapped
    copy closes it on the next line."""
    last = None
    for found in _UNDERSCORE_MARK.finditer(line):
        last = found
    return last is not None and last.group(1) is not None


def _matching_bracket(line: str, i: int, end: int) -> int:
    depth = 0
    for k in range(i, end):
        if line[k] == "[":
            depth += 1
        elif line[k] == "]":
            depth -= 1
            if depth == 0:
                return k
    return end


def _link_end(line: str, i: int, end: int) -> int | None:
    """Past the ``(address "title")`` of a link whose words open at ``line[i]``, if it has one."""
    close = _matching_bracket(line, i, end)
    if close >= end - 1 or line[close + 1] != "(":
        return None
    depth = 0
    for k in range(close + 1, end):
        if line[k] == "(":
            depth += 1
        elif line[k] == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    return None


def _emphasis_mark(line: str, i: int, end: int, carried: bool = False) -> bool:
    """A run of ``*`` or ``_`` that opens or closes emphasis (``**Partager :**``), not a
    character of the words (``pia_k``, ``2 * 3``)."""
    char = line[i]
    run = i
    while run < end and line[run] == char:
        run += 1
    before = line[i - 1] if i else " "
    after = line[run] if run < end else " "
    opens = not after.isspace() and (before.isspace() or not before.isalnum())
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if char == "_" and before.isalnum() and after.isalnum():
        return False  # inside a word: "snake_case", "pia_k"
    if char == "_" and before.isalnum() and not _OPENING_UNDERSCORE.search(line, 0, i):
        # a name's own last character ("**casadelaera_**", "Autor: casadelaera_"), unless
        # the line before opened the emphasis it closes ("… _una storia" / "famigliare_")
        return carried
    return opens or closes


def remap(
    runs: tuple[tuple[int, int, int], ...], where: list[int]
) -> tuple[tuple[int, int, int], ...]:
    """A source map's runs into the plain text, made runs into the Markdown it came from:
    a run splits wherever the Markdown had syntax between two of its characters."""
    mapped: list[tuple[int, int, int]] = []
    for text_start, plain_start, length in runs:
        k = 0
        while k < length:
            first = where[plain_start + k]
            n = 1
            while k + n < length and where[plain_start + k + n] == first + n and first >= 0:
                n += 1
            if first >= 0:  # (a bullet made a space is no copy of the source)
                mapped.append((text_start + k, first, n))
            k += n
    return tuple(mapped)


def remapped(doc: Document, where: list[int]) -> Document:
    """A document read from ``plain(text)``, its source map pointing into ``text``."""
    if doc.source_map is None:
        return doc
    return replace(doc, source_map=SourceMap(remap(doc.source_map.runs, where)))


__all__ = ["looks_like_markdown", "plain", "remap", "remapped"]
