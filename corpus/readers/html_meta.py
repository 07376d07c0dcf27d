"""The article's own metadata from a page: title, author, site, date, language, URL.

Semantic markup first, because the page means it: schema.org in JSON-LD and in microdata
(``itemtype=".../NewsArticle"``), the h-entry microformat, then the head's ``<meta>`` tags
(Open Graph, Dublin Core, ``article:*``), then what the page shows (``<time datetime>``, a
byline, the ``<title>`` less the site's name). Nothing is ever read from a comment: a page that
marks its commenters as ``itemprop="author"`` has the article's author elsewhere, or none.

Dates are read from what the page states, never searched for across the page (which is what
makes ``trafilatura.extract(with_metadata=True)`` slow: htmldate).
"""

from __future__ import annotations

import datetime
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from . import rules
from .html_text import (
    class_tokens,
    class_words,
    collapse,
    head_words,
    heads_of,
    page_chrome,
    tag,
    text_content,
    text_of,
    text_size,
    user_link_name,
)
from .rules import PLATFORMS, TITLE_SEPARATORS, parse_date

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
        "techarticle", "socialmediaposting", "discussionforumposting", "liveblogposting",
        "posting", "report", "webpage", "itempage", "creativework", "medicalwebpage",
        "question",  # a Q&A page's question, its article
        "podcastepisode", "radioepisode", "episode",  # a show's page: its notes, its host
    }
)  # fmt: skip
_PAGE_TYPES = frozenset({"webpage", "itempage", "creativework", "medicalwebpage"})
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—·•»:/\\]|-|::)\s+|:\s+")
_MAX_NAME = 120
# a page's number after a topic's title in its window ("TITLE (Pagina 1) / …", FluxBB's)
_PAGE_NUMBER = re.compile(r"\s*\((?:page|pagina|página|seite|pag\.|p\.)\s*\d+\)$", re.I)


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    comment_count: int | None = None  # what the markup says (JSON-LD, microdata): a fallback
    # an organisation the JSON-LD names as the author ("La Rédaction"): a byline on the page
    # naming a person comes first
    organisation: str | None = None


def iso_date(value: str | None) -> str | None:
    """``2024-05-14T09:02:11Z``, ``14 May 2024`` … → ``2024-05-14``."""
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if match:
        # what parse_date makes of an ISO date, without its search through every date pattern
        # (a page's <time datetime> values are nearly all ISO): a year it reads, a real day
        year, month, day = map(int, match.groups())
        if 1900 <= year <= 2099:
            try:
                return datetime.date(year, month, day).isoformat()
            except ValueError:
                pass
    return parse_date(value)


def language_code(value: str | None) -> str | None:
    """The primary language subtag: ``de-DE`` → ``de``, ``en_US`` → ``en``."""
    if not value:
        return None
    primary = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return primary if _LANGUAGE.match(primary) else None


def _clean(value) -> str | None:
    """A JSON-LD string as a reader sees it: plugins write entities into JSON, where nothing
    decodes them (Yoast: "Werkbank &amp; Wandel")."""
    if not isinstance(value, str):
        return None
    value = collapse(html.unescape(value) if "&" in value else value)
    return value or None


# -- JSON-LD ----------------------------------------------------------------------------------


def _json_nodes(tree: HtmlElement) -> Iterator[dict]:
    """Every object in the page's JSON-LD, ``@graph`` members and nested lists included."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = raw.removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))


def _types(node: dict) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)}


def _names(value) -> list[str]:
    """Names of a JSON-LD person or organisation: a string, an object, or a list of them."""
    values = value if isinstance(value, list) else [value]
    found = []
    for item in values:
        name = item.get("name") if isinstance(item, dict) else item
        name = _clean(name)
        if name and "://" not in name and len(name) <= _MAX_NAME:
            found.append(name)
    return found


_ORGANISATIONS = frozenset({"organization", "newsmediaorganization"})
# what credits a photographer before the name, in the seven languages
_PHOTO_CREDIT = (
    r"(?i)\b(?:photos?|photographs?|photography|fotos?|fotografi[ae]s?|fotografías?|"
    r"fotograf[oa]|fotógraf[oa]|bilder?|beeld|foto's)\s*(?:di|by|von|de|da|door|par|:)?\s*:?\s*"
)


def _less_photographers(tree: HtmlElement, authors: list[str]) -> list[str]:
    """The authors less those the page credits for its photographs ("Testo di NAME · Foto
    di NAME", where the markup lists both as authors)."""
    body = tree.find("body")
    text = " ".join(text_content(body if body is not None else tree).split())
    kept = [a for a in authors if not re.search(_PHOTO_CREDIT + re.escape(a), text)]
    return kept or authors


def _resolved(value, by_id: dict[str, dict]):
    """A JSON-LD value with each reference to a node ("{"@id": …}", no name) put back."""
    if isinstance(value, list):
        return [_resolved(v, by_id) for v in value]
    if isinstance(value, dict) and "name" not in value:
        found = by_id.get(value.get("@id")) if isinstance(value.get("@id"), str) else None
        # (a site's account, "kbote_online", names no writer: the page's byline does)
        return value if found is None or rules.user_name(str(found.get("name"))) else found
    return value


def _from_json_ld(tree: HtmlElement, meta: PageMeta) -> None:
    nodes = list(_json_nodes(tree))
    articles = [node for node in nodes if _types(node) & ARTICLE_TYPES]
    # a graph's nodes named by their id, where another points to them ("author": {"@id":
    # "…/#author"}, the Person a node of its own: Yoast's, Rank Math's, Elementor's)
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and n.get("name")}
    # an article type wins over a web page that merely contains it
    articles.sort(key=lambda node: bool(_types(node) <= _PAGE_TYPES))
    for node in articles:
        meta.title = (
            meta.title
            or _clean(node.get("headline"))
            or (None if _types(node) <= _PAGE_TYPES else _clean(node.get("name")))
        )
        if not meta.author:
            author = _resolved(node.get("author") or node.get("creator"), by_id)
            authors = _names(author)
            listed = author if isinstance(author, list) else [author]
            if all(isinstance(a, dict) and _types(a) & _ORGANISATIONS for a in listed):
                # (not the publisher named again, a reference to its node: the site, no byline)
                if authors != _names(_resolved(node.get("publisher"), by_id)):
                    meta.organisation = meta.organisation or ", ".join(authors) or None
            else:
                if len(authors) > 1:
                    authors = _less_photographers(tree, authors)
                meta.author = ", ".join(authors) or None
        if not meta.published:
            meta.published = iso_date(
                _clean(node.get("datePublished")) or _clean(node.get("dateCreated"))
            )
        if not meta.site:
            publisher = node.get("publisher")
            if isinstance(publisher, dict) and "person" not in _types(publisher):
                meta.site = next(iter(_names(publisher)), None)
                if meta.site and meta.site.lower() in PLATFORMS:
                    meta.site = None  # (LinkedIn's: the newsletter it is part of names it)
            part = node.get("isPartOf")
            if not meta.site and isinstance(part, dict):
                # (the blog, newsletter or forum it is part of; not a web page whose name is
                # the article's own title)
                name = next(iter(_names(part)), None)
                meta.site = name if name != _clean(node.get("headline")) else None
        meta.language = meta.language or language_code(_clean(node.get("inLanguage")))
        if meta.comment_count is None:
            count = node.get("commentCount")
            if isinstance(count, int) or (isinstance(count, str) and count.isdigit()):
                meta.comment_count = int(count)
    if not meta.site:
        for node in _json_nodes(tree):
            if _types(node) & {"website", "organization", "newsmediaorganization"}:
                meta.site = next(iter(_names(node)), None)
                if meta.site:
                    break


# -- microdata and the h-entry microformat ------------------------------------------------------


def _itemtype(el: HtmlElement) -> str:
    return (el.get("itemtype") or "").rsplit("/", 1)[-1].strip().lower()


def _scope_of(el: HtmlElement) -> HtmlElement | None:
    """The nearest ancestor that opens an item (``itemscope``)."""
    return next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)


def _prop_value(el: HtmlElement) -> str | None:
    # (not a link's title: a tooltip, "Articles par NAME" over the name, OceanWP's)
    attributes = ("content", "datetime") if el.tag == "a" else ("content", "datetime", "title")
    for attribute in attributes:
        value = _clean(el.get(attribute))
        if value:
            return value
    return _clean(text_of(el))


def _owner(el: HtmlElement, scope: HtmlElement) -> bool:
    """``el`` stands in a box the page marks as its owner's (Stack Exchange's signature)."""
    for ancestor in el.iterancestors():
        if ancestor is scope:
            return False
        if "owner" in (ancestor.get("class") or "").split():
            return True
    return False


# the items of the page: "//*[@itemscope][@itemtype]" through the attributes, half the cost in
# libxml2 (it tests attribute names, not every element), the same elements in document order
_SCOPES = etree.XPath("//@itemscope/parent::*[@itemtype]")


def _from_microdata(tree: HtmlElement, meta: PageMeta) -> None:
    scopes = [
        el
        for el in _SCOPES(tree)
        if _itemtype(el) in ARTICLE_TYPES and _itemtype(el) not in _PAGE_TYPES
    ]
    if not scopes:
        return
    article = scopes[0]
    for el in article.xpath(".//*[@itemprop]"):
        if _scope_of(el) is not article:
            continue  # a property of a comment, a person or an image in the article
        prop = (el.get("itemprop") or "").lower().split()
        if "headline" in prop and not meta.title:
            meta.title = _prop_value(el)
        elif "author" in prop and (not meta.author or _owner(el, article)):
            # (a Q&A page names the question's editor too: its asker's card says "owner")
            names = el.xpath(".//*[@itemprop='name']") if el.get("itemscope") is not None else []
            name = _prop_value(names[0]) if names else _prop_value(el)
            meta.author = name if name and len(name) <= _MAX_NAME else meta.author
        elif ("datepublished" in prop or "datecreated" in prop) and not meta.published:
            meta.published = iso_date(_prop_value(el))
        elif "commentcount" in prop and meta.comment_count is None:
            value = _prop_value(el)
            meta.comment_count = int(value) if value and value.isdecimal() else None


def _mf2_entry(tree: HtmlElement) -> HtmlElement | None:
    """The page's h-entry that is the article: not a comment, not inside another entry. (A
    walk in Python: XPath's contains(@class, 'h-entry') costs half as much again.)"""
    for el in tree.getroottree().iter(etree.Element):
        names = el.get("class")
        if not names or "h-entry" not in names:
            continue
        classes = names.split()
        if "h-entry" not in classes or "p-comment" in classes or "u-comment" in classes:
            continue
        return el
    return None


def _mf2_value(el: HtmlElement) -> str | None:
    if tag(el) == "time" or el.get("datetime"):
        return _clean(el.get("datetime")) or _clean(text_of(el))
    if tag(el) in ("abbr", "data") and (el.get("title") or el.get("value")):
        return _clean(el.get("title") or el.get("value"))
    return _clean(text_of(el))


def _from_microformats(tree: HtmlElement, meta: PageMeta) -> None:
    entry = _mf2_entry(tree)
    if entry is None:
        return

    def first(name: str) -> HtmlElement | None:
        for el in entry.iter():
            if not isinstance(el.tag, str) or name not in (el.get("class") or "").split():
                continue
            if any("p-comment" in (a.get("class") or "").split() for a in el.iterancestors()):
                continue
            return el
        return None

    name = first("p-name")
    if name is not None and not meta.title:
        meta.title = _mf2_value(name)
    author = first("p-author")
    if author is not None and not meta.author:
        inner = next(
            (el for el in author.iter() if "p-name" in (el.get("class") or "").split()), None
        )
        links = [a for a in author.iter("a") if collapse(text_of(a))]
        if inner is None and len(links) == 1:
            whole, linked = _mf2_value(author), collapse(text_of(links[0]))
            if whole.endswith(linked) and len(whole) - len(linked) <= 4:
                inner = links[0]  # the card's one link, its name ("di <a>Giulia Ferracini</a>")
        meta.author = _mf2_value(inner if inner is not None else author)
    published = first("dt-published")
    if published is not None and not meta.published:
        meta.published = iso_date(_mf2_value(published))


# -- the head -------------------------------------------------------------------------------------


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = collapse(el.get("content") or "")
        if key and value and key not in found:
            found[key] = value
        if (el.get("http-equiv") or "").lower() == "content-language" and value:
            found.setdefault("content-language", value)
    return found


def _from_head(tree: HtmlElement, meta: PageMeta) -> dict[str, str]:
    tags = _meta_tags(tree)
    meta.title = meta.title or tags.get("og:title") or tags.get("twitter:title")
    if not meta.author:
        for key in ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                    "sailthru.author", "byl"):  # fmt: skip
            value = tags.get(key)
            if value and "://" not in value and len(value) <= _MAX_NAME:
                meta.author = rules.default().clean_author(re.sub(r"(?i)^by\s+", "", value))
                break
    shown = tags.get("og:site_name")
    _prefer_shown(meta, shown)
    meta.site = meta.site or shown or tags.get("application-name")
    if not meta.published:
        for key in ("article:published_time", "datepublished", "og:published_time",
                    "dc.date", "dcterms.date", "dc.date.issued", "date", "pubdate",
                    "publishdate", "sailthru.date", "parsely-pub-date", "article.published"):  # fmt: skip
            meta.published = iso_date(tags.get(key))
            if meta.published:
                break
    canonical = next(
        (
            el.get("href")
            for el in tree.iter("link")
            if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")
        ),
        None,
    )
    meta.url = meta.url or canonical or tags.get("og:url")
    meta.language = (
        language_code(tree.get("lang"))
        or language_code(tree.get("xml:lang"))
        or meta.language
        or language_code(tags.get("content-language"))
        or language_code(tags.get("og:locale"))
    )
    return tags


# -- what the page shows ------------------------------------------------------------------------


def _outside(el: HtmlElement, excluded: set) -> bool:
    return el not in excluded and not any(a in excluded for a in el.iterancestors())


_BRANDING = re.compile(
    r"site|logo|brand|masthead|banner|blog-?title|header-title|navbar|hnname"
    r"|(?:^|\s)header1?(?:\s|$)",  # (a page's own header, Blogger's "Header1" widget)
    re.I,
)


def _branding(el: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """A heading that names the site: in the page's header or branding, not the article's.
    ``memo`` holds the answer for elements already walked through (headings share ancestors):
    each element on the way up has the answer of the first one that decides."""
    walked = []
    node, found = el, False
    while node is not None:
        if node in memo:
            found = memo[node]
            break
        walked.append(node)
        name = tag(node)
        if name in ("article", "main"):
            break
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.get("role") == "banner" or _BRANDING.search(names):
            found = True
            break
        parent = node.getparent()
        if name == "header" and parent is not None and tag(parent) == "body":
            found = True
            break
        node = parent
    for node in walked:
        memo[node] = found
    return found


def _home_link(tree: HtmlElement, text: str) -> bool:
    """A link to the site's home page says ``text``."""
    return any(
        collapse(text_of(a)) == text
        and _HOME_PATH.match(re.sub(r"^(?:https?:)?//[^/]+", "", a.get("href") or "x"))
        for a in tree.iter("a")
    )


def _site_heading(tree: HtmlElement, text: str) -> bool:
    """An h1 with this text is the site's logo: in its header's branding box, or a link to
    the site's home alone."""
    memo: dict[HtmlElement, bool] = {}
    for el in tree.iter("h1"):
        if collapse(text_of(el)) != text:
            continue
        links = el.findall(".//a")
        home = len(links) == 1 and _HOME_PATH.match(
            re.sub(r"^(?:https?:)?//[^/]+", "", links[0].get("href") or "x")
        )
        if _branding(el, memo) or home:
            return True
    return False


def _headings(tree: HtmlElement, excluded: set) -> list[str]:
    """The page's headings, the article's before the site's, longer before shorter."""
    found = []
    memo: dict[HtmlElement, bool] = {}
    for el in tree.iter("h1", "h2", "h3"):  # one walk: the order is the sort's
        if _outside(el, excluded):
            text = collapse(text_of(el))
            if text:
                found.append((_branding(el, memo), el.tag, -len(text), text))
    for el in _TITLELINE(tree):  # Hacker News sets its story's title in no heading
        if text := collapse(text_of(el)):
            found.append((False, "h1", -len(text), text))
    return [text for *_, text in sorted(found)]


_TITLELINE = etree.XPath("//span[@class='titleline']/a[1]")


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _same_story(shown: str, title: str) -> bool:
    """Two headlines of one story, worded apart ("Valdeoria prohíbe regar jardines de día"
    and "Valdeoria restringe el riego …"): a long heading sharing a word of the title's
    (not a blog's name over its post, which shares none)."""
    if len(shown.split()) < 4:
        return False
    words = {w.casefold() for w in _CONTENT_WORD.findall(title)}
    return bool(words & {w.casefold() for w in _CONTENT_WORD.findall(shown)})


def _one_h1(tree: HtmlElement, excluded: set) -> str | None:
    """The page's one <h1> outside its branding, comments and popups ("Bienvenue sur …" over
    a consent notice), if it has one only."""
    memo: dict[HtmlElement, bool] = {}
    found = [
        el
        for el in tree.iter("h1")
        if _outside(el, excluded)
        and not _branding(el, memo)
        # (not the <body>'s names: they say how the page is laid out, "right-sidebar"; nor
        # a main box's that say so, "div.main.ts-contain.right-sidebar")
        and not any(
            page_chrome(a) and _LAYOUT_NAMES.isdisjoint(class_tokens(a))
            for a in el.iterancestors()
            if a.tag not in ("body", "html")
        )
    ]
    return collapse(text_of(found[0])) or None if len(found) == 1 else None


_POST_TITLES = frozenset({"entry-title", "post-title", "article-title", "article__title"})
# a layout's modifiers: a box that holds the page beside its sidebar, no sidebar itself
_LAYOUT_NAMES = frozenset(
    {"right-sidebar", "left-sidebar", "sidebar-right", "sidebar-left", "has-sidebar",
     "with-sidebar", "no-sidebar"}
)  # fmt: skip


def _shown_in_h1(tree: HtmlElement, excluded: set, title: str) -> bool:
    return any(collapse(text_of(h)) == title and _outside(h, excluded) for h in tree.iter("h1"))


def _post_heading(tree: HtmlElement, excluded: set) -> str | None:
    """The post's own heading where the page's one <h1> is its logo: the first h2 named
    as a post's title ("h2.entry-title"; the related posts' come after it)."""
    return next(_post_headings(tree, excluded, "h2"), None) or None


def _title_parts(title: str) -> list[str]:
    """The parts of a window title, less a page's name ("View topic", "Bekijk onderwerp")."""
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(title) if part.strip()]
    return [p for p in parts if len(p) > 40 or not rules.is_boilerplate(p)] or parts


def _heading_it_starts(tree: HtmlElement, excluded: set, title: str, h1: str | None) -> str | None:
    """The page's one h1 (``h1``), or a heading named as a post's title (Blogger's
    "h3.post-title"), that ``title`` is cut from."""
    if h1 is not None and _cut_short(title, h1):
        return h1
    return next(
        (s for s in _post_headings(tree, excluded, "h2", "h3") if _cut_short(title, s)), None
    )


def _post_headings(tree: HtmlElement, excluded: set, *tags: str) -> Iterator[str]:
    """The text of each heading named as a post's title ("h2.entry-title"), in page order."""
    for el in tree.iter(*tags):
        if _outside(el, excluded) and not _POST_TITLES.isdisjoint(class_tokens(el)):
            yield collapse(text_of(el))


def _cut_short(title: str, shown: str) -> bool:
    """``title`` is the start of the heading ``shown``, cut at a word's end: for sharing, or
    at an apostrophe by the quotes around the attribute (content='… com'è …')."""
    return len(shown) > len(title) and shown.startswith(title) and shown[len(title)] in " :,;'’"


def _from_title_element(tree: HtmlElement, meta: PageMeta, excluded: set) -> None:
    """The ``<title>`` less the site's name ("Post title | Site", "Blog: Post title")."""
    element = next(tree.iter("title"), None)
    full = collapse(text_of(element)) if element is not None else ""
    headings = _headings(tree, excluded)
    if meta.title:
        title = meta.title
        if full and full != title and (full.startswith(title) or full.endswith(title)):
            rest = _title_parts(full.replace(title, "\x00"))
            rest = [p for p in rest if "\x00" not in p]
            if len(rest) == 1 and not meta.site:
                meta.site = rest[0]
        # "Title - Site" given as the title itself: the site's name goes
        title = _without_site(title, meta.site)
        after = title.partition(": ")[2]
        if len(after) >= 15 and full.startswith(after) and full != title:
            title = after  # "r/Sourdough on Reddit: TITLE" as og:title, "TITLE : Sourdough"
        shown = headings[0] if headings else ""
        if _cut_short(title, shown):
            title = shown  # og:title cut short for sharing; the page's heading has it whole
        elif (
            len(shown) >= 15
            and title.startswith(shown)
            and title[len(shown) :].startswith(TITLE_SEPARATORS)
        ):
            # "TITLE - Rueda Social" as og:title, the heading without the site's name
            rest = _title_parts(title[len(shown) :])
            if not meta.site and len(rest) == 1:
                meta.site = rest[0]
            title = shown
        elif title not in headings:  # (shown whole: "TITLE: Wer eingezogen ist" over its h2)
            for heading in headings:
                if len(heading) < 15 or not title.endswith(heading) or title == heading:
                    continue
                # "Blog: TITLE", "Site | TITLE" as og:title, the post's heading without the name
                before = title[: -len(heading)]
                name = before.rstrip(" :|-–—·»")
                if name and before[len(name) :].strip() in (":", "|", "-", "–", "—", "·", "»"):
                    meta.site = meta.site or name
                    title = heading
                break
        one = _one_h1(tree, excluded)
        h1 = one or _post_heading(tree, excluded)
        if (
            h1 is not None
            and title not in h1
            and _same_story(h1, title)
            # (not where an h1 shows the title as it is, a related post's h2 further down:
            # the page has more than one h1, its logo's)
            and (one is not None or not _shown_in_h1(tree, excluded, title))
        ):
            title = h1  # the headline the page shows, where its metadata has an SEO one
        elif (whole := _heading_it_starts(tree, excluded, title, one)) is not None:
            title = whole  # og:title cut at an apostrophe by its quotes, the heading whole
        meta.title = title
        return
    if not full:
        meta.title = headings[0] if headings else None
        return
    parts = _title_parts(full)
    if len(parts) >= 3 and any(heading in parts[:: len(parts) - 1] for heading in headings):
        # a heading that is the <title>'s end part, the rest of it shown whole in an element
        # of its own: the heading the site's name (old Reddit's subreddit in its h1, "TITLE :
        # second half : jardinsurbains"), the title the rest
        shown, rest = _shown_in_title(tree, full, excluded)
        if shown and len(rest) == 1 and rest[0] in headings:
            meta.title = shown
            meta.site = meta.site or rest[0]
            return
    for heading in headings:  # the part of the <title> the page shows as a heading
        if heading == full:
            meta.title = full
            return
        if heading in parts and len(parts) > 1:
            others = [p for p in parts if p != heading]
            if (
                len(others) >= 2
                and heading in (parts[0], parts[-1])
                and _site_heading(tree, heading)
            ):
                # the site's logo at one end of "TOPIC / FORUM / SITE" (FluxBB's window
                # title): the topic the longest of the others ("Conseils / TITLE / Site"),
                # less its page's number
                meta.title = max((_PAGE_NUMBER.sub("", p) for p in others), key=len)
                meta.site = meta.site or heading
                return
            if len(others) == 1 and len(others[0].split()) >= 4 and _site_heading(tree, heading):
                # the site's name in its logo's h1, the story's title beside it in the
                # window ("TITLE - SoylentNews", Slashcode's "div#logo h1")
                meta.title = others[0]
                meta.site = meta.site or heading
                return
            meta.title = heading
            if not meta.site and (len(others) == 1 or _named_with_tagline(tree, others)):
                meta.site = others[0]  # (the site's name before its tagline, as its feed has it)
            return
        if full.startswith(heading) or full.endswith(heading):
            meta.title = heading
            # (the rest whole when the tables take it for furniture: "| Hacker News")
            rest = [p for p in _title_parts(full.replace(heading, "\x00")) if "\x00" not in p]
            other = full[len(heading) :] if full.startswith(heading) else full[: -len(heading)]
            rest = rest or [p for p in _title_parts(other) if p.strip(" |-–—·»:")]
            if not meta.site and len(rest) == 1:
                meta.site = rest[0]
            elif not meta.site and len(rest) >= 2 and _home_link(tree, rest[-1]):
                # "TITLE (Seite 1) — FORUM — SITE", the site's name a link to its home page
                # (PunBB's "p#brd-title")
                meta.site = rest[-1]
            return
    if meta.site:
        parts = [p for p in parts if p != meta.site]
        meta.title = " - ".join(parts) if parts else full
        return
    shown, rest = _shown_in_title(tree, full, excluded)
    if shown:  # "TITLE – second half? - Site", the whole headline set in bold over the post
        meta.title = shown
        if rest:  # (the part at the other end: "Site :: Section :: TITLE")
            meta.site = rest[-1] if full.startswith(shown) else rest[0]
            if len(rest) >= 2 and full.startswith(shown) and _named_with_tagline(tree, rest):
                meta.site = rest[0]  # "TITLE - Il Fienile - Forum di meccanica …": its feed's name
        return
    longest = max(parts, key=len) if parts else full
    # no heading to tell (an old page set in <font>): "Site :: Section :: Title" or
    # "Title | Site", whose title is the one part that reads as a headline
    if (
        len(parts) >= 2
        and len(longest.split()) >= 4
        and parts[0] != parts[-1]
        and all(len(p.split()) <= 4 for p in parts if p is not longest)
        # (not a title with a colon in it that the page shows whole, a forum's thread title
        # in bold: "Necchi anni '70: il filo inferiore …")
        and not _shown_whole(tree, full, excluded)
    ):
        meta.title = longest
        meta.site = parts[-1] if longest == parts[0] else parts[0]
        return
    # "TITLE | Hacker News": a platform's name the tables leave out of the parts
    *head, last = _WINDOW_SEPARATORS.split(full)
    if head and last.strip() and last.strip() not in parts and len(last.split()) <= 4:
        meta.title = full[: len(full) - len(last)].rstrip(" |–—·•»")
        meta.site = meta.site or last.strip()
        return
    meta.title = full


_WINDOW_SEPARATORS = re.compile(r"\s+[|–—·•»]\s+")


def _shown_whole(tree: HtmlElement, full: str, excluded: set) -> bool:
    """The page shows the window title whole in one element of its own."""
    for el in tree.iter("strong", "b", "span", "td", "div"):
        if not len(el) and el.text and collapse(el.text) == full and _outside(el, excluded):
            return True
    return False


def _shown_in_title(tree: HtmlElement, full: str, excluded: set) -> tuple[str, list[str]]:
    """The longest run of a window title's parts, from its start or to its end, that the page
    shows whole in one element (an old forum's thread title in bold, with no heading), with
    the parts left over: a headline with a dash in it is not cut at its dash."""
    cuts = list(_TITLE_SEPARATORS.finditer(full))
    if len(cuts) < 2:
        return "", []  # (one separator: the parts' own rules weigh it)
    # (runs of two parts or more: a part alone is weighed against the headings as before)
    runs = {full[: cut.start()].strip(): full[cut.end() :] for cut in cuts[1:]}
    runs.update({full[cut.end() :].strip(): full[: cut.start()] for cut in cuts[:-1]})
    runs = {run: other for run, other in runs.items() if len(run.split()) >= 4}
    if not runs:
        return "", []
    shown = ""
    for el in tree.iter("strong", "b", "td", "div", "span", "p", "a"):
        if not len(el) and el.text and len(el.text) > len(shown):
            text = collapse(el.text)
            if text in runs and len(text) > len(shown) and _outside(el, excluded):
                shown = text
    return (shown, _title_parts(runs[shown])) if shown else ("", [])


_BYLINE_WORDS = frozenset(
    {
        "author",
        "byline",
        "autor",
        "auteur",
        "autore",
        "creator",
        "writer",
        "hnuser",
        "autoria",
        "firma",
        "submitted",  # Drupal's: "Submitted by NAME on DATE", Garland's "DATE — NAME"
    }
)
# a byline a page names by its one id: "div#signature" (a forum's post signatures share a
# class of that name, and are no byline)
_BYLINE_IDS = frozenset({"signature", "firma", "assinatura"})
_NAME_HEADS = frozenset({"name", "title", "fn", "nome", "nombre", "naam", "nom"})
_NAME_WORDS = 5
_AFTER_NAME = re.compile(r"\s+[–—|·•/-]\s+")


def name_alone(name: str | None) -> str | None:
    """A byline's name, not what a dash or a bar sets after it ("NAME – Especial para a
    Gazeta", "NAME | Categorie: Nestkastenproject")."""
    return _AFTER_NAME.split(name, 1)[0] if name else name


_LABEL_WORDS = frozenset({"prep", "label", "sep", "separator", "prefix"})
_DATE_WORDS = frozenset(
    {
        "date",
        "dates",
        "published",
        "time",
        "datetime",
        "pubdate",
        "dateline",
        "fecha",
        "fechas",
        "datas",
        "data",
        "datum",
        "age",
    }  # (Hacker News: "1 year ago", its date in the tooltip)
)


def match(table, category: str, line: str, language: str | None):
    """A rule of the page's language first ("par NAME · DATE" is French, and an English rule
    "NAME · DATE" would take "par" for a part of the name), then any."""
    if language:
        # the language's own before the shapes every language shares ("{author} {date}"
        # would take "Kellnauer58 schrieb am" for the name in "… schrieb am DATE")
        hit = table.match(category, line, frozenset((language, "site"))) or table.match(
            category, line, frozenset((language, "common", "site"))
        )
        if hit:
            return hit
    return table.match(category, line)


def _modified(el: HtmlElement) -> bool:
    """A <time> that says it is when the article was updated, not published."""
    prop = (el.get("itemprop") or "").lower()
    classes = (el.get("class") or "").lower().split()
    return "datemodified" in prop or ("updated" in classes and "published" not in classes)


def _from_page(tree: HtmlElement, meta: PageMeta, excluded: set, language: str | None) -> None:
    """A byline and a date the page shows near the article, outside the comments."""
    body = tree.find("body")
    if body is None:
        return
    early = _walk_page(body, meta, excluded, language)
    if not meta.published and early:
        meta.published = early


_SIDEBARS = frozenset({"side", "sidebar", "sidecontentbox", "panelcolumn"})  # (Vanilla's)


def _side_box(el: HtmlElement) -> HtmlElement | None:
    """The page's side column ``el`` stands in (an aside, "div.side", Vanilla's "In this
    Discussion" panel), unless the article, its header or the main column holds it (the
    article's own aside: its meta row, Mbin's "aside.entry__meta")."""
    side = None
    for box in el.iterancestors():
        if box.tag in ("article", "header", "main"):
            return None
        if box.tag == "body":
            return side
        if side is None and (box.tag == "aside" or not _SIDEBARS.isdisjoint(class_tokens(box))):
            side = box
    return side


def _in_sidebar(el: HtmlElement) -> bool:
    """A name among several in the page's sidebar: old Reddit's list of the moderators
    ("div.side", first in the page, under its own "<h1>MODERATORS"), not the poster's by the
    post's title (nor a byline a layout sets in a side column, or the article's own aside)."""
    box = _side_box(el)
    names = sum(
        1
        for a in (box.iter("a") if box is not None else ())
        if "author" in class_tokens(a) or user_link_name(a) is not None
    )
    return names >= 2


def _last_activity(el: HtmlElement) -> bool:
    """A link in the line over a forum's topic that says who posted last ("This topic has 7
    replies, 5 voices, and was last updated 2 years ago by NAME", bbPress's
    "li.bbp-topic-description"; a forum's "last post by NAME"): not the poster."""
    for box in el.iterancestors():
        if box.tag in ("body", "article", "main"):
            return False
        tokens = class_tokens(box)
        if any(
            ("description" in t and ("topic" in t or "forum" in t))
            or "lastpost" in t
            or "last-post" in t
            for t in tokens
        ):
            return True  # (not an author box's "author-description")
    return False


def _visit_time(el: HtmlElement) -> bool:
    """The time of the visit in the user's box of a forum's top bar, alone in it (SMF 2's
    "div.user <time>" for a guest), outside the article: no post's date."""
    box = el.getparent()
    return (
        box is not None
        and "user" in class_tokens(box)
        and collapse(text_of(box)) == collapse(text_of(el))
        and not any(a.tag in ("article", "main") for a in box.iterancestors())
    )


def _walk_page(
    body: HtmlElement, meta: PageMeta, excluded: set, language: str | None
) -> str | None:
    """What ``_from_page`` reads, and a date a class names before the page's h1 outside the
    box that holds it: the article's only where none stands after it in the h1's own box
    (not a top bar's date of the day over the masthead, "barra-topo__data")."""
    table = rules.default()
    early: str | None = None
    h1 = next(body.iter("h1"), None)
    # what holds the h1's header (where the article's date is), unless the h1 stands alone
    h1_box = h1.getparent() if h1 is not None else None
    scope = None if h1_box is None or h1_box.tag in ("body", "main") else h1_box.getparent()
    checked = 0
    titled = False  # past the page's h1: a link to a user's page there names the poster
    for el in body.iter():
        if meta.author and meta.published:
            return early
        if not isinstance(el.tag, str):
            continue
        if el in excluded:
            break  # the comments come after the article: nothing below is the article's
        checked += 1
        if checked > 4000:
            return early
        titled = titled or el.tag == "h1"
        if (
            not meta.author
            and titled
            and el.tag == "a"
            and (name := user_link_name(el))
            and not _in_sidebar(el)
            and not _last_activity(el)
        ):
            meta.author = name  # Lemmy's "/u/marta_pedalea" by the post's title
            continue
        if (
            not meta.published
            and tag(el) == "time"
            and el.get("datetime")
            and not _in_listing(el)
            and _side_box(el) is None  # (Vanilla's panel of participants, each dated)
            and not _visit_time(el)
        ):
            if _modified(el) and any(
                t is not el and t.tag == "time" and t.get("datetime") and not _modified(t)
                for t in el.getparent()
            ):  # (a sibling: not a <time> in the article's text, an event's date)
                continue  # the update's time beside the publication's (a theme's "posted-on")
            meta.published = iso_date(el.get("datetime"))
            continue
        if not meta.published and tag(el) == "abbr" and "published" in head_words(el):
            meta.published = iso_date(el.get("title")) or iso_date(text_of(el))
            continue
        prop = el.get("property") or ""
        if (
            prop
            and not meta.published
            and any(
                p in prop
                for p in ("schema:dateCreated", "schema:datePublished", "dc:date", "dc:created")
            )
            and not _in_listing(el)
        ):
            meta.published = iso_date(el.get("content") or text_of(el))
            continue
        if not meta.author and (
            "foaf:name" in prop
            or ("schema:name" in prop and "Person" in (el.get("typeof") or ""))
            or "schema:author" in (el.get("rel") or "")
        ):
            name = collapse(text_of(el))
            if name and len(name) <= _MAX_NAME:
                meta.author = table.clean_author(name)
                continue
        heads = head_words(el)
        if (ident := el.get("id")) and not el.get("class") and heads_of(ident) & _BYLINE_IDS:
            heads = heads | {"byline"}  # the byline a page names by its id ("div#signature")
        words = class_words(el)
        if not meta.author and (
            not _BYLINE_WORDS.isdisjoint(heads)
            or (words & _BYLINE_WORDS and heads & _NAME_HEADS)  # "author-title", "author-name"
            or "author" in (el.get("rel") or "").split()
            or ("author" in words and "info" in words)  # (Newsup's "mg-info-author-block")
        ):
            if heads & {"avatar", "image", "img", "photo", "bio", "box", "list", "description"}:
                continue
            if words & _LABEL_WORDS:
                continue  # the words before the name ("meta-prep-author": "Posted on", "door")
            if _in_sidebar(el) or _last_activity(el):
                continue  # (a moderator's link in old Reddit's sidebar, "a.author"; the
                # last poster in a forum's line over its topic)
            if "submitted" in heads and _teaser(el):
                continue  # (a front page's list of nodes, each "DATE — NAME": no one article's)
            # the link the box marks as its author's ("By <a rel=author>NAME</a> Staff
            # writer"), else the box's text, else its name's ("div.gz-byline" holding a
            # picture, "By NAME", a role and a date, whose name is "gz-byline__name")
            linked = next(
                (
                    a
                    for a in el.iter("a")
                    if "author" in (a.get("rel") or "").split()
                    # (or its h-entry's author: Lobsters' "a.u-author.h-card" beside the age)
                    or not _MF_AUTHOR.isdisjoint(class_tokens(a))
                ),
                None,
            )
            if (
                linked is not None
                and linked is not el
                and _byline_name(linked, meta, table, language)
            ):
                continue
            if not _byline_name(el, meta, table, language):
                blocks = tuple(f"{t}__" for t in class_tokens(el))  # its BEM elements
                for d in el.iterdescendants():
                    if (
                        blocks
                        and head_words(d) & _NAME_HEADS
                        and any(t.startswith(blocks) for t in class_tokens(d))
                        and _byline_name(d, meta, table, language)
                    ):
                        break
        elif not meta.author and "meta" in heads and _meta_row(el, meta, table, language):
            continue
        elif not meta.published and not _DATE_WORDS.isdisjoint(heads) and not _in_listing(el):
            value = el.get("datetime") or el.get("content") or el.get("title") or text_of(el)
            if value and len(value) <= 200:
                boxed = scope is not None and el is not scope and not _outside(el, {scope})
                if (not titled and boxed) or (titled and (early is None or boxed)):
                    meta.published = iso_date(value)
                elif not titled:
                    early = early or iso_date(value)
    return early


_MF_AUTHOR = frozenset({"u-author", "p-author"})
_SPACED_SEPARATOR = re.compile(r"\s*([·•|])\s*")


def _spaced(found: re.Match) -> str:
    text, start, end = found.string, found.start(), found.end()
    if (
        found.group() == "·"
        and start > 0
        and end < len(text)
        and text[start - 1] in "lL"
        and text[end] in "lL"
    ):
        return "·"  # (Catalan's "l·l")
    return f" {found.group(1)} "


_ROW_ITEM_END = re.compile(r"\s[·•|]\s")
# a byline's word in a box of its own, the name's link glued to it ("DoorIlse Bouwhuis")
_GLUED_BY = re.compile(r"^(By|Von|Door|Par|Por|Di|Da)(?=[A-ZÀ-Ý][a-zß-ÿ])")
_COUNT_AFTER = re.compile(r"\s*\(([^()]{1,40})\)$")
# (or the row's next item, its link to the comments: "Von NAME" · "8 Kommentare", Chaplin's)
_BARE_COUNT_AFTER = re.compile(r"\s+(\d[\d.,]*\s+[^\W\d_]+)$")


def without_count(name: str | None, meta: PageMeta) -> str | None:
    """A byline's name less the count of comments the row sets after it ("NAME (7
    Kommentare)", Contao's news; "NAME 8 Kommentare"), the count kept as the page's."""
    if not name:
        return name
    found = (_COUNT_AFTER if name.endswith(")") else _BARE_COUNT_AFTER).search(name)
    if found is None or (count := rules.count_header(found.group(1))) is None:
        return name
    if meta.comment_count is None:
        meta.comment_count = count
    return name[: found.start()]


def _byline_name(el: HtmlElement, meta: PageMeta, table, language: str | None) -> bool:
    """The author (and the date) a byline element's text gives, if it gives one."""
    text = _GLUED_BY.sub(r"\1 ", collapse(text_of(el)))  # ("<span>Door</span><a>NAME")
    if not text or len(text) > _MAX_NAME:
        return False
    hit = (
        match(table, "bylines", text, language)
        or match(table, "post_trailers", text, language)
        # the author's box headed with their name ("Sobre a autora: NAME"), read by the
        # entry that leaves the shortest name ("sobre {author}" would keep "a autora:")
        or min(
            table.matches("author_bios", table.probe(text)) if ":" in text else [],
            key=lambda hit: len(hit.get("author") or text),
            default=None,
        )
    )
    name = hit.get("author") if hit else text
    name = without_count(name_alone(name), meta)
    # a name, not a sentence ("View all posts by NAME")
    if (
        not name
        or len(name.split()) > _NAME_WORDS
        or table.match("chrome", name)
        or table.badge_alone(name)  # a column's label ("Author", "Autor": bbPress's list)
        or parse_date(name)
        # a newsletter's name with its issue's number, over the issue's title ("Boletín de
        # Las Cigüeñas · Nº 41 · 11 de abril de 2024"): no writer's
        or rules.ISSUE_NUMBER.search(name)
    ):
        return False
    meta.author = table.clean_author(name)
    if not meta.published:
        # its date, or the first in its row ("Par NAME - Publié le DATE - Mis à jour le …")
        meta.published = (
            _machine_date(el)
            or parse_date(hit.get("date") if hit and hit.get("date") else text)
            or _row_date(el, table)
        )
    return True


def _machine_date(el: HtmlElement) -> str | None:
    """The date a byline's markup gives for machines, where its text may read either way
    ("Submitted by NAME on Sat, 04/06/2024" round RDFa's content="2024-04-06T10:12")."""
    for d in el.iter():
        value = d.get("datetime") or d.get("content") if isinstance(d.tag, str) else None
        if value and not _modified(d) and (date := iso_date(value)):
            return date
    return None


_ROW_MAX = 200  # characters: a byline's row (name, date, category, count), not a paragraph


def _row_date(el: HtmlElement, table) -> str | None:
    """The date shown beside a byline in its row, past the hidden time it was updated (Avada:
    "Di NAME | <span class=updated>…</span> | <span>marzo 12th, 2024</span> | CATEGORY")."""
    row = el
    for _ in range(4):
        up = row.getparent()
        if up is None or tag(up) in ("body", "main", "article") or text_size(up) > _ROW_MAX:
            break
        row = up
    if row is el:
        return None
    for leaf in row.iter():
        if not isinstance(leaf.tag, str) or len(leaf) or leaf is el or _modified(leaf):
            continue
        text = collapse(leaf.text or "")
        if 0 < len(text) <= 60 and table.dates.is_date_line(text):
            return parse_date(text)
    return None


def _teaser(el: HtmlElement) -> bool:
    """``el`` stands in one of several Drupal nodes side by side (a front page's teasers)."""
    node = next((a for a in el.iterancestors() if "node" in class_tokens(a)), None)
    if node is None or (box := node.getparent()) is None:
        return False
    return sum("node" in class_tokens(c) for c in box if isinstance(c.tag, str)) > 1


_LISTINGS = frozenset({"views-row", "view-content", "block-views"})


def _in_listing(el: HtmlElement) -> bool:
    """``el`` stands in a listing of other pages (Drupal's Views block of upcoming events,
    Jetpack's related posts set inside the article): its date is theirs, not the article's."""
    for above in el.iterancestors():
        tokens = (above.get("class") or "").lower().split()
        if not _LISTINGS.isdisjoint(tokens) or any(
            "related" in t and not t.startswith(("tag-", "category-")) for t in tokens
        ):  # ("jp-relatedposts"; not a post tagged "related-work")
            return True
    return False


def _meta_row(el: HtmlElement, meta: PageMeta, table, language: str | None) -> bool:
    """A meta row whose markup names no byline, read as one: "DATE · di NAME · 5 min di
    lettura". True when it gave the author."""
    # (its items and separators in elements of their own run together: "NAME·DATE", Bricks';
    # not the dot of Catalan's "l·l", "Marcel·la")
    text = _SPACED_SEPARATOR.sub(_spaced, collapse(text_of(el)))
    glued = _GLUED_BY.match(text)
    if glued and any(collapse(d.text or "") == glued.group(1) for d in el.iterdescendants()):
        # ("<span>Door</span><a>NAME</a>", the word an element of its own; not a name that
        # opens so, "DiLorenzo Francesca")
        text = f"{glued.group(1)} {text[glued.end() :]}"
    hit = match(table, "bylines", text, language) if 0 < len(text) <= 200 else None
    name = without_count(hit.get("author") if hit else None, meta)
    if name:  # (the row's next item after a separator: "por NAME · Etiquetas: …")
        name = _ROW_ITEM_END.split(name, maxsplit=1)[0]
    if name and text.startswith(name) and " " not in name.strip():
        return False  # a word first in the row, no "by" before it: its section ("Opinión · DATE")
    if not name or len(name.split()) > _NAME_WORDS or parse_date(name):
        return False
    if rules.is_boilerplate(name) or table.match("chrome", name):
        return False  # "DATE · 4 min read": furniture where a name would stand
    linked = next((a for a in el.iter("a") if "author" in (a.get("rel") or "").split()), None)
    shown = collapse(text_of(linked)) if linked is not None else ""
    if shown and name.startswith(shown):
        name = shown  # the row's link to its author, not the words after it ("9 comentários")
    meta.author = table.clean_author(name)
    if not meta.published and hit.get("date"):
        meta.published = parse_date(hit.get("date"))
    return True


# the platform a blog runs on is not its site ("publisher": {"name": "Blogger"})
_FEED_SUFFIX = re.compile(
    r"\s*(?:[-»|:–—]\s*)?(?:(?:atom|rss(?: 2\.0)?)(?:[- ]?feed)?|feed(?: rss| atom)?|comments feed"
    r"|flux(?: rss)?)\s*$",
    re.I,
)


def _feed_names(tree: HtmlElement) -> Iterator[str]:
    """The site's name as its feeds' titles give it ("Diário da Serra - Atom")."""
    for el in tree.iter("link"):
        kind = (el.get("type") or "").lower()
        title = _clean(el.get("title"))
        feed = "alternate" in (el.get("rel") or "").lower() and ("rss" in kind or "atom" in kind)
        if feed and title and _FEED_SUFFIX.search(title):
            name = _FEED_SUFFIX.sub("", title).strip()
            if name and "comment" not in name.lower() and name.lower() not in PLATFORMS:
                yield name


def _named_with_tagline(tree: HtmlElement, rest: list[str]) -> bool:
    """The window title's parts after the headline are the site's name and its tagline, as
    its feed names it whole ("Il Fienile - Forum di meccanica agricola d'epoca")."""
    return any(_title_parts(name) == rest for name in _feed_names(tree))


def _site_from_page(tree: HtmlElement, meta: PageMeta, excluded: set) -> None:
    """The site's name from its feeds' titles ("Diário da Serra - Atom"), else the heading
    in the page's branding."""
    for name in _feed_names(tree):
        meta.site = name
        return
    if (name := _newsletter_title(tree, excluded)) is not None:
        meta.site = name
        return
    memo: dict[HtmlElement, bool] = {}
    window = tree.findtext(".//title")
    parts = _TITLE_SEPARATORS.split(collapse(window)) if window else []
    named = set(parts) if len(parts) > 1 else set()  # ("TITLE | Site", "Site - TITLE")
    tagline = None
    for level in ("h1", "h2", "p", "img", "div", "a"):
        for el in tree.iter(level):
            if not (_branding(el, memo) and _outside(el, excluded) and len(el) <= 3):
                continue
            if level == "img":  # a logo's alt text: "Haustechnik-Treff - Das Forum für …"
                if not _logo(el):
                    continue
                text = _TITLE_SEPARATORS.split(_clean(el.get("alt")) or "", maxsplit=1)[0]
            elif el.find(".//input") is not None or len(el.findall(".//a")) > 1:
                continue  # a log-in box in the header ("Angemeldet bleiben?"), a menu
            else:
                text = collapse(text_of(el))
            if text and len(text) <= 80 and text != meta.title and "logo" not in text.lower():
                if level == "p" and named and text not in named:
                    # the blog's tagline under its name ("Small-town streets, one block at a
                    # time"), when the name is a link further on and in the window's title
                    tagline = tagline or text
                    continue
                meta.site = text if tagline is None or text in named else tagline
                return
    meta.site = tagline or _logo_over_heading(tree) or _trail_home(tree, excluded)


_NEWSLETTER_PAGE = re.compile(r"/newsletters/[\w-]+-\d{3,}(?:[/?#]|$)")


def _newsletter_title(tree: HtmlElement, excluded: set) -> str | None:
    """The name of the newsletter an article is an issue of, where its page names it with a
    link to the newsletter's own page (LinkedIn's "a.newsletter-title" to "/newsletters/…",
    "h2.newsletter-embed__title"): the site, where the platform's name is not."""
    for a in tree.iter("a"):
        # (the newsletter's own page, "/newsletters/werkbank-digital-7089"; not a sign-up
        # page, "/newsletters/subscribe")
        if not _NEWSLETTER_PAGE.search(a.get("href") or "") or not _outside(a, excluded):
            continue
        box = a.getparent()
        tokens = [*class_tokens(a), *(class_tokens(box) if box is not None else ())]
        text = collapse(text_of(a))
        if (
            any("newsletter" in t and t.endswith("title") for t in tokens)
            and text
            and len(text) <= 80
        ):
            return text
    return None


def _logo_over_heading(tree: HtmlElement) -> str | None:
    """The alt text of a logo over the page's first heading, where no header or branding
    box holds it: a newsletter's table layout ("<img src=…/logo-….png alt="Asociación Vecinal
    Las Cigüeñas">" in the cell over the issue's title)."""
    for el in tree.iter("img", "h1", "h2"):
        if el.tag != "img":
            return None
        if _logo(el):
            text = _TITLE_SEPARATORS.split(_clean(el.get("alt")) or "", maxsplit=1)[0]
            if text and len(text) <= 80 and "logo" not in text.lower():
                return text
    return None


_HOME_PATH = re.compile(r"^(?:[a-z]+:)?(?://[^/?#]+)?/?(?:index\.(?:php|html?))?/?$", re.I)
_TRAIL_MARKS = frozenset("›>»/→|")


def _trail_home(tree: HtmlElement, excluded: set) -> str | None:
    """The first link of a breadcrumb trail when it names the site, not "Home": old forums
    name themselves only there ("Foro Cielo Oscuro > Observación > Quedadas")."""
    table = rules.default()
    for a in tree.iter("a"):
        if not _HOME_PATH.match((a.get("href") or "").strip()) or not _outside(a, excluded):
            continue
        trail = a.getparent()
        if trail is not None and trail.tag in ("b", "strong", "span", "li"):
            trail = trail.getparent()  # (SMF bolds each link of its trail)
        if trail is None or len(trail.findall(".//a")) < 2:
            continue
        after = a.getparent().tail if a.getparent() is not trail else a.tail
        if not after or not _TRAIL_MARKS & set(after):
            continue
        text = collapse(text_of(a))
        if 2 < len(text) <= 60 and table.match("navigation", text) is None:
            return text
    return None


def _logo(img: HtmlElement) -> bool:
    """An image the page calls its logo (by its name, or its link's, or its file's)."""
    parent = img.getparent()
    names = [img.get("src"), img.get("class"), img.get("id")]
    if parent is not None:
        names += [parent.get("class"), parent.get("id")]
    return any("logo" in (n or "").lower() for n in names)


def _date_beside(tree: HtmlElement, author: str, excluded: set) -> str | None:
    """The date in the byline's row, the author found by their link ("Par <a>NAME</a> -
    Publié le 14/05/2024 à 06h00 - Mis à jour le …": the first date)."""
    for named in _NAMED_IN(tree, name=author):
        # the name's own element, then the row around it (two levels up at most)
        for el in [named, *list(named.iterancestors())[:2]]:
            if not _outside(el, excluded):
                break
            text = collapse(text_of(el))
            if len(text) > 200:
                break
            if date := parse_date(text):
                return date
    return None


_NAMED_IN = etree.XPath("//*[text()[contains(., $name)]]")


def _labelled_date(tree: HtmlElement, excluded: set, language: str | None) -> str | None:
    """The date a page's facts list gives its post ("<dt>Posted</dt><dd><time
    datetime=…>3 days ago</time> by NAME</dd>", a topic's sidebar): a label the tables read
    as a date line's, over a <time> with its calendar date."""
    table = rules.default()
    for dt in tree.iter("dt"):
        dd = dt.getnext()
        if dd is None or tag(dd) != "dd" or not _outside(dd, excluded):
            continue
        time = next((t for t in dd.iter("time") if t.get("datetime")), None)
        date = iso_date(time.get("datetime")) if time is not None else None
        label = collapse(text_of(dt)).rstrip(":")
        if (
            date
            and 0 < len(label) <= 30
            and match(table, "date_lines", f"{label} {date}", language)
        ):
            return date
    return None


# the words that go on about someone named before them: "NAME who bakes", "NAME, qui …"
_RELATIVES = frozenset(
    {"who", "qui", "que", "quien", "quem", "der", "die", "che", "wie", "is", "ist", "est",
     "es", "è", "é"}
)  # fmt: skip


def _bio_writer(tree: HtmlElement, excluded: set, language: str | None) -> str | None:
    """The writer a bio box names in bold after a byline's words ("<div class="bio"><p>Written
    by <strong>NAME</strong> who bakes in …", gatsby-starter-blog's), its sentence going on."""
    table = rules.default()
    for box in tree.iter("div", "aside", "section", "footer"):
        if "bio" not in head_words(box) or not _outside(box, excluded):
            continue
        for p in box.iter("p"):
            bold = next(iter(p.iter("strong", "b", "a")), None)
            lead = collapse(p.text or "")
            if bold is None or bold.getparent() is not p or not lead or len(lead) > 20:
                continue
            name = collapse(text_of(bold))
            after = collapse(bold.tail or "").split(maxsplit=1)
            # (the sentence goes on about them, "… who bakes in …", or stops; not "Por
            # <strong>NAME</strong> pasaron trescientas alumnas", someone else's)
            if after and after[0].casefold() not in _RELATIVES and after[0][:1].isalnum():
                continue
            hit = match(table, "bylines", f"{lead} {name}", language)
            if hit and hit.get("author") == name:
                return name
    return None


_META_SEPARATOR = re.compile(r"\s[-–—·•|]\s")
_READING_TIME = re.compile(
    r"\b(?:\d+\s?(?:min|mins|minutes|minuten|minuti|minutos|minuut)\b|read\b|lesezeit|leitura"
    r"|lectura|lettura|leestijd|temps de lecture|de lecture)",
    re.IGNORECASE,
)


def _date_under_title(tree: HtmlElement) -> str | None:
    """A date alone in the element right under the page's h1, in the h1's header
    (gatsby-starter-blog's "<header><h1>…</h1><p>March 14, 2024</p></header>"), or anywhere
    with the reading time run on after it (Bludit's "14 de março de 2024 - Leitura: 4
    minutos"): an article's line, not an event's."""
    h1 = next(tree.iter("h1"), None)
    under = h1.getnext() if h1 is not None else None
    if under is None or len(under):
        return None
    text = collapse(text_of(under))
    if h1.getparent().tag not in ("header", "hgroup"):
        parts = _META_SEPARATOR.split(text, maxsplit=1)
        if len(parts) != 2 or not _READING_TIME.search(parts[1]):
            return None
        text = parts[0]
    dates = rules.default().dates
    if not (0 < len(text) <= 40 and dates.is_date_line(text)):
        return None
    # (not a day of the week with it: an event's date, "Samstag, 21. September 2024")
    first = text.split(maxsplit=1)[0].strip(",.").casefold()
    return None if first in dates.weekdays else parse_date(text)


def _shown_site(tree: HtmlElement, meta: PageMeta) -> None:
    """The site's name as its window title ends with it ("… | Vale do Caraguatá", published
    by "Associação de Moradores do Vale do Caraguatá")."""
    title = tree.find(".//title")
    if not meta.site or title is None:
        return
    text = collapse(text_of(title))
    # (the bar first: "TITLE | Alveare Aperto – forum di apicoltura" ends with the site's whole
    # name, a dash inside it)
    for separator in (" | ", " – ", " - ", " — ", " · "):
        if separator in text:
            _prefer_shown(meta, text.rsplit(separator, 1)[1].strip())
            return


def _prefer_shown(meta: PageMeta, shown: str | None) -> None:
    """The site's name as the page shows it (its og:site_name, its window title's end) over
    the publisher's longer name that ends with it: "Huerta Común de Torrevilla", not
    "Asociación Huerta Común de Torrevilla"."""
    if (
        shown
        and meta.site
        and shown != meta.site
        and len(shown.split()) >= 2  # (not a section's word: "… | News", "Blog")
        and meta.site.casefold().endswith(" " + shown.casefold())
    ):
        meta.site = shown


_SITE_HOME = re.compile(r"https?://[^/\s]+/?")


def _site_person(tree: HtmlElement) -> str | None:
    """The one person a personal blog's data names, where its post names no author (Minimal
    Mistakes' "Person" node for the blog's owner, its sidebar's author card)."""
    if any(_types(node) & {"organization", "newsmediaorganization"} for node in _json_nodes(tree)):
        return None  # (an organisation's page: a person in its data is whom it is about)
    people = [node for node in _json_nodes(tree) if _types(node) == {"person"}]
    if len(people) != 1:
        return None
    home = people[0].get("url")
    if not isinstance(home, str) or not _SITE_HOME.fullmatch(home.strip()):
        return None  # (the blog's owner links to the blog's home; an obituary's subject not)
    return next(iter(_names(people[0])), None)


def page_meta(tree: HtmlElement, excluded: set, language: str | None = None) -> PageMeta:
    """The article's metadata; ``excluded`` are the comment elements, never read for it;
    ``language`` the page's, whose rules are tried first."""
    meta = PageMeta()
    _from_json_ld(tree, meta)
    _from_microdata(tree, meta)
    _from_microformats(tree, meta)
    _from_post_attributes(tree, meta)
    _from_head(tree, meta)
    _from_title_element(tree, meta, excluded)
    _shown_site(tree, meta)
    _from_page(tree, meta, excluded, language or meta.language)
    if not meta.published:
        meta.published = _labelled_date(tree, excluded, language or meta.language)
    if not meta.published:
        meta.published = _date_under_title(tree)
    if not meta.author:
        meta.author = _site_person(tree) or _bio_writer(tree, excluded, language or meta.language)
    if not meta.published and meta.author:
        meta.published = _date_beside(tree, meta.author, excluded)
    meta.author = meta.author or meta.organisation
    if meta.site and meta.site.lower() in PLATFORMS:
        meta.site = None
    if not meta.site:
        _site_from_page(tree, meta, excluded)
    meta.title = _clean(meta.title)
    meta.author = rules.default().clean_author(_clean(meta.author)) if meta.author else None
    meta.site = _clean(meta.site)
    if meta.site and "'" in meta.site:
        meta.site = _as_shown(tree, meta.site)
    # (a window title "TITLE - Site" whose site was named only further down: its logo)
    meta.title = _without_site(meta.title, meta.site)
    return meta


def _from_post_attributes(tree: HtmlElement, meta: PageMeta) -> None:
    """The poster old Reddit's post names in its attributes ("div.thing.link"
    data-author="NAME"): before the page's links to users, the first of them in the sidebar
    ("created by NAME") that the markup sets before the post."""
    if meta.author:
        return
    for el in tree.iterfind(".//div[@data-author]"):
        if {"thing", "link"} <= set(class_tokens(el)) and (
            name := el.get("data-author", "").strip()
        ):
            meta.author = name
            return


def _as_shown(tree: HtmlElement, name: str) -> str:
    """The site's name with the apostrophe the page shows it with, where its metadata has a
    straight one ("Les mains dans l'osier" in <title>, "l’osier" in the header's link)."""
    curly = name.replace("'", "’")
    for el in tree.iter("a", "h1", "p", "span", "div"):
        if not len(el) and el.text and collapse(el.text) == curly:
            return curly
    return name


def _without_site(title: str | None, site: str | None) -> str | None:
    """The title less the site's name before or after it ("Title - Site", "Site | Title")."""
    if not title or not site or title == site:
        return title
    for sep in TITLE_SEPARATORS:
        if title.endswith(sep + site):
            title = title[: -len(sep + site)].strip()
        elif title.startswith(site + sep):
            title = title[len(site + sep) :].strip()
    return title
