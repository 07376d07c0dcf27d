"""JSON Lines from a crawl: one article per line, comments as a list with parent references.

Fields: ``text`` (required: the body, paragraphs separated by blank lines), ``title``, ``id``,
``url``, ``author``, ``site``, ``published``, ``language``, and ``comments``: a list of
``{"id", "text", "author", "published", "parent"}`` where ``parent`` names another comment's id.
The source map of a JSONL document points into its ``text`` field, also where that field is
a crawler's Markdown or HTML (read as the plain text the page shows, ``readers.markdown``,
``readers.html_fragment``).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime

from ..errors import InputError
from ..model import Document
from . import html_fragment, markdown, rules
from .builder import TextBuilder, paragraphs_of
from .quotes import drop_quotation
from .quotes import normal as _normal
from .rules import parse_date
from .text import read_page_body


def _string(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(f"field {key!r} must be a string, not {type(value).__name__}")
    value = value.strip()
    if html_fragment.has_entities(value):
        value = html.unescape(value)  # a name or a title as a crawl kept it ("O&#8217;Hare")
    return value or None


def _furniture_line(line: str) -> bool:
    return rules.is_boilerplate(line) or rules.default().match("related", line) is not None


def _furniture(paragraph: list) -> bool:
    """A paragraph of page furniture a crawler kept in the text ("Advertisement", "Share this
    article" over a row of share buttons, "Read also: …"): every line one the rule tables drop
    wherever it stands. A short block only: furniture comes in a line or a few."""
    return len(paragraph) <= 4 and all(_furniture_line(line) for line, _ in paragraph)


def _trailer_line(line: str) -> bool:
    return rules.default().match("chrome", line) is not None or rules.is_boilerplate(line)


def _button_line(line: str) -> bool:
    """A line of buttons in words ("Reply", "Antworten · Melden"); not a bare number or "+1",
    which a comment's own last line may well be."""
    hit = rules.default().match("chrome", line)
    return hit is not None and not hit.rule.id.startswith("common:")


def _trailer(paragraph: list) -> bool:
    """Buttons a crawler kept after a comment's text ("Reply · Report", "Antworten")."""
    return len(paragraph) <= 4 and all(_trailer_line(line) for line, _ in paragraph)


def _author(value: str | None) -> str | None:
    """A record's author as its byline gave it ("Por Lucía Ferreyra"): the name."""
    if not value:
        return None
    hit = rules.default().match("bylines", value)
    name = hit.get("author") if hit is not None else None
    return rules.default().clean_author(name if name and not hit.get("date") else value)


def _byline_over_desk(record: str | None, page: str | None) -> str | None:
    """The record's author, or the page's byline where the record names only the desk
    ("Redazione", "Redacción": a newsroom's word for itself, where the page names a writer)."""
    if record and page and rules.default().badge_alone(record):
        return page
    return record or page


def _date(record: dict, key: str) -> str | None:
    """An ISO date ("2024-04-12T09:30:00Z" and "3 november 2022 14:05" → the calendar date,
    as every reader gives it); a value no date can be read from is kept as it is."""
    value = _string(record, key)
    if value and rules.default().dates.is_relative(value) and not parse_date(value):
        return None  # "hace 3 horas": a crawl's relative date names no day
    if value and (epoch := _EPOCH.match(value)):
        # 1764846000: seconds (or milliseconds) since 1970, UTC; Isso's with their fraction
        seconds = float(value) / (1000 if len(epoch[1]) > 10 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    return (parse_date(value) or value) if value else None


# what crawlers and APIs call the date, "published" first (Diffbot's "date", an API's
# "created_at")
_DATE_KEYS = ("published", "date", "created_at")


def _dated(record: dict) -> str | None:
    return next((d for key in _DATE_KEYS if (d := _date(record, key))), None)


_EPOCH = re.compile(r"^(1\d{9}(?:\d{3})?)(?:\.\d{1,6})?$")  # 2001-09-09 to 2033-05-18
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _earlier(record: str | None, page: str | None) -> str | None:
    """The record's date, or the page's own where its byline names an earlier day: a
    crawl's "published" is often when it fetched the page, which no byline predates."""
    if record and page and _ISO_DAY.match(record) and _ISO_DAY.match(page):
        return min(record, page)
    return record or page


def parse_line(line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError("each line must be a JSON object")
    return _unwrapped(record)


def _domain_like(site: str) -> bool:
    return " " not in site and "." in site


def _squeezed(text: str) -> str:
    """Letters and digits only, without accents: "Le Petit Courrier du Vexin" and
    "lepetitcourrierduvexin.fr" meet as "lepetitcourrierduvexin"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _long_words(name: str) -> str:
    """The name less its short words, as a domain leaves them out ("Wijkkrant De Vlietbuurt"
    at wijkkrantvlietbuurt.example)."""
    return " ".join(w for w in name.split() if len(w) > 3)


def _spells(domain: str, name: str) -> bool:
    """The words of a domain are the name's ("carnets-saint-aubrac.fr" and "Les Carnets de
    Saint-Aubrac"): each, in order, in the name written without spaces or accents."""
    words = [w for w in re.split(r"[-_.]", domain.rsplit(".", 1)[0].lower()) if len(w) >= 3]
    squeezed, at = _squeezed(name), 0
    for word in words:
        at = squeezed.find(_squeezed(word), at)
        if at < 0:
            return False
    return len(words) >= 2


def _host(url: str | None) -> str | None:
    """The host of a page's address, without "www." ("veenkoerier.example")."""
    if not url or "//" not in url:
        return None
    host = url.split("//", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    return host.removeprefix("www.") or None


def _without_site(
    title: str, site: str | None, body: str, url: str | None = None
) -> tuple[str, str | None]:
    """A crawl's title with the site's name after it ("Title - Le Petit Courrier du
    Vexin"), the name known from the record's site (often a domain), a line of the page, or
    the page's address ("De Veenkoerier" at veenkoerier.example): the title alone, and the
    name."""
    host = _host(url)
    named = _squeezed(host.rsplit(".", 1)[0]) if host else ""
    for sep in rules.TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if not found or not head.strip() or not tail.strip() or len(tail) > 60:
            continue
        tail = tail.strip()
        domain = _squeezed(site.rsplit(".", 1)[0]) if site else ""
        if (
            (domain and domain in (_squeezed(tail), _squeezed(_long_words(tail))))
            or (site and _domain_like(site) and _spells(site, tail))
            or (len(named) >= 5 and named in _squeezed(tail))
            or (site and _squeezed(tail) == _squeezed(site))
            or f"\n{tail}\n" in f"\n{body}\n"
            or f"\n[{tail}](" in f"\n{body}"  # the site's logo, linked, in a clip's Markdown
        ):
            return head.strip(), tail
    return title, None


def _after_title(page_title: str, title: str) -> str | None:
    """The site's name after the article's title in the page's own title ("TITLE | Millbeck
    Model Club"): where the rest is the title itself, what follows is the site's name."""
    for sep in rules.TITLE_SEPARATORS:
        head, found, tail = page_title.rpartition(sep)
        if found and head.strip() == title.strip() and 0 < len(tail.strip()) <= 60:
            return tail.strip()
    return None


# what extraction APIs and crawlers call a field of ours (Zyte's article and schema.org's
# NewsArticle: "headline", "articleBody", "authors", "datePublished"), read where the record
# has no field of our name
_ALIASES = {
    # (readability's plain text as crawls keep it: "content_text", "textContent")
    "text": (
        "articleBody",
        "article_body",
        "content",
        "body",
        "maintext",
        "cleaned_text",
        "content_text",
        "textContent",
        "markdown",  # (a crawler's Markdown alone: Firecrawl's)
    ),
    "title": ("headline",),
    "author": ("authors", "byline"),
    "published": (
        "datePublished",
        "date_published",
        "publish_date",
        "date_publish",
        "published_at",
    ),
    # (trafilatura's own JSON output names it "sitename")
    "site": ("siteName", "site_name", "sitename", "meta_site_name", "publisher", "source"),
    "language": ("inLanguage",),
    "url": ("canonicalUrl", "canonical_url"),
    "comments": ("comment", "children"),  # (schema.org's; Algolia's Hacker News item's)
}
_COMMENT_ALIASES = {
    # (and WordPress.com's "ID", a WordPress comment feed's "wp_id")
    "id": ("commentId", "comment_id", "@id", "_id", "ID", "wp_id"),
    # (Staticman's data files: "_parent" is the post's slug, "replying_to_uid" the comment's)
    "parent": (
        "parentId",
        "parent_id",
        "replying_to_uid",
        "pid",
        "inReplyTo",
        "in_reply_to",
        "reply_to",
        "wp_parent",  # (a WordPress comment feed's, as feedparser reads it; 0 the post)
    ),
    "text": ("body", "message", "content"),  # (newspaper4k's, Graph's and Staticman's)
    "published": (
        "datePublished",
        "date_published",
        "dateCreated",
        "created",
        "created_time",
        "time",
        "createdAt",  # (Vuukle's)
        "date",  # (Diffbot's posts)
    ),
    # (Staticman's "name"; Remark42's "user" and schema.org's {"@type": "Person", "name": …}:
    # its name)
    # (and the WordPress REST API's; Cusdis's "by_nickname")
    "author": ("name", "user", "author_name", "authorName", "by_nickname"),
}
# the object an API or a tool nests the article in, its crawl's fields beside it (Zyte's
# "article", readability's result a spider keeps as "readability")
# (and an Elasticsearch hit's "_source", Mercury Parser's result a spider keeps as "mercury",
# the WordPress.com REST API's answer for the post kept as "post", Algolia's Hacker News item
# as "item", Jina Reader's answer's "data")
_WRAPPERS = ("article", "readability", "_source", "mercury", "post", "item", "data")
_TITLED_WRAPPERS = frozenset({"post", "item", "data"})  # (an article's only with its title)
# a page's meta tags a crawl keeps as an object ("meta": {"og:site_name": …}): our fields
_META_OBJECTS = ("meta", "metadata", "meta_tags", "metatags", "meta_data")
_META_TAGS = {
    "site": ("og:site_name", "ogSiteName"),  # (Firecrawl's "metadata" names them so)
    "title": ("og:title", "ogTitle"),
    "published": ("article:published_time", "datePublished", "date"),
    "author": ("author", "article:author"),
    "url": ("og:url", "ogUrl"),
    "language": ("language", "languageCode"),
    "description": ("description", "og:description", "ogDescription"),  # (the standfirst)
}
_NAMES = ("author", "site")  # our fields that hold a name, which an API may give as an object
# schema.org's types of an article, as a crawl keeps the page's JSON-LD ("jsonld": [...])
_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "backgroundnewsarticle", "techarticle", "socialmediaposting",
     "discussionforumposting", "liveblogposting", "posting"}
)  # fmt: skip


def _aliased(record: dict, aliases: dict[str, tuple[str, ...]]) -> dict:
    """The record with our names for the fields it gives under another's: only where ours is
    missing (an "author" of ours wins over "authors")."""
    found = {}
    for ours, theirs in aliases.items():
        if ours in _NAMES and isinstance(record.get(ours), int):
            record = {k: v for k, v in record.items() if k != ours}  # (a user's number, 0)
        if record.get(ours) is not None:
            if ours in _NAMES and isinstance(record[ours], (dict, list)):
                found[ours] = _named(record[ours])  # ({"@type": "Person", "name": …})
            continue
        if ours == "text":  # (a record's "body" may be a note, its "content" the article)
            theirs = tuple(sorted(theirs, key=lambda k: -_length(record.get(k))))
        for key in theirs:
            value = _named(record.get(key)) if ours in _NAMES else record.get(key)
            if key == "children" and not _thread_of(value):
                continue  # (a category tree, a family's: no comments)
            if isinstance(value, dict) and isinstance(value.get("rendered"), str):
                value = value["rendered"]  # (the WordPress REST API's {"rendered": HTML})
            elif isinstance(value, list) and ours == "text" and (joined := _values(value)):
                value = joined  # (feedparser's "content": [{"value": HTML}])
            if key == "source" and not (isinstance(value, str) and _name_like(value)):
                continue  # (a crawl's "source" may name its feed or its tool: "rss")
            if value is not None:
                found[ours] = value
                break
    return {**record, **found} if found else record


def _length(value: object) -> int:
    if isinstance(value, list) and (joined := _values(value)) is not None:
        return len(joined)
    return len(value) if isinstance(value, str) else 0


def _values(value: list) -> str | None:
    """feedparser's "content": [{"type": "text/html", "value": HTML}]: its HTML where it
    gives the text in two types (the same text twice), else its first."""
    if value and all(isinstance(v, dict) and isinstance(v.get("value"), str) for v in value):
        html = [v["value"] for v in value if "html" in str(v.get("type", ""))]
        return html[0] if html else value[0]["value"]
    return None


def _name_like(value: str) -> bool:
    """A publication's name ("Le Courrier du Bocage", "Slate"), not a tool's or a feed's
    token ("rss", "commoncrawl")."""
    return value[:1].isupper() or (" " in value.strip() and not value.islower())


def _named(value: object) -> object:
    """A name an API gives as an object or a list of them ("authors": [{"name": …}],
    "publisher": {"name": …}): the name, or the names joined; a URL is no name."""
    if isinstance(value, dict):  # (or a login: the GitHub API's "user": {"login": …})
        return _named(value.get("name") or value.get("login"))
    if isinstance(value, list):
        names = [n for n in map(_named, value) if isinstance(n, str) and n.strip()]
        return ", ".join(names) if names else None
    if isinstance(value, str) and "://" in value:
        return None
    return value


def _unwrapped(record: dict) -> dict:
    """A record whose article sits in an object of its own (Zyte's ``"article": {...}``, the
    comments and the crawl's source beside it): one record, the crawl's fields first."""
    for key, inner in _article_objects(record) if record.get("text") is None else ():
        outer = {k: v for k, v in record.items() if k != key and v is not None}
        record = {**_aliased(inner, _ALIASES), **outer}
        break
    record = _aliased(record, _ALIASES)
    found = {}
    for tags in (_flat_tags(record.get(key)) for key in _META_OBJECTS):
        for ours, theirs in _META_TAGS.items():
            value = next((tags[t] for t in theirs if isinstance(tags.get(t), str)), None)
            if ours in _NAMES:
                value = _named(value)  # ("article:author" may be the writer's page)
            if value and record.get(ours) is None and ours not in found:
                found[ours] = value
    discussion = record.get("discussion")
    if (
        record.get("comments") is None
        and isinstance(discussion, dict)
        and isinstance(discussion.get("posts"), list)
    ):
        found["comments"] = discussion["posts"]  # (Diffbot's: the thread it found)
    elif record.get("comments") is None or _address(record.get("comments")):
        # (a comment system's answer kept whole under its name: "remark42": {"info": …,
        # "comments": [...]}, the Disqus API's "disqus": {"cursor": …, "response": [...]},
        # Isso's "isso": {"total_replies": …, "replies": [...]}: "replies" only where each
        # has a text and a writer or a time, not a survey's answers or a chatbot's lines)
        # (or a comment feed's entries as feedparser reads it, "comments_feed": {"entries":
        # [...]}, under a name that says so; "comments" itself the feed's address)
        kept = next(
            (
                v[key]
                for name, v in record.items()
                if isinstance(v, dict)
                for key in ("comments", "response", "replies", "entries")
                if isinstance(v.get(key), list)
                and all(isinstance(c, dict) for c in v[key])
                and (key != "replies" or all(_said_by_someone(c) for c in v[key]))
                and (
                    key != "entries"
                    or (
                        name.lower() in _COMMENT_FEEDS
                        and all(_said_by_someone(_aliased(c, _COMMENT_ALIASES)) for c in v[key])
                    )
                )
            ),
            None,
        )
        if kept is not None:
            found["comments"] = kept
        elif _address(record.get("comments")):
            found["comments"] = None  # (the address of the post's comments, no comment)
    return {**record, **found} if found else record


def _listed(value: object) -> object:
    """A list of comments as an API pages it, in an envelope of its own (Cusdis's
    ``{"data": {"data": [...], "commentCount": 4}}``, its replies' ``{"data": [...]}``):
    the list in it; anything else as it is."""
    for _ in range(3):
        if not isinstance(value, dict):
            break
        inner = next((value[k] for k in _PAGED if isinstance(value.get(k), (list, dict))), None)
        if inner is None:
            break
        value = inner
    return value


_PAGED = ("data", "items", "results", "nodes", "comments", "response")


_COMMENT_FEEDS = frozenset({"comments_feed", "comment_feed", "commentsfeed", "comments_rss"})


def _address(value: object) -> bool:
    """A web address (a feed entry's "comments": the page of its comments)."""
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def _thread_of(children: object) -> bool:
    """A list of comments as Algolia's Hacker News item nests them: each its text, its writer
    and its time (not a category tree, a family's)."""
    return (
        isinstance(children, list)
        and bool(children)
        and all(isinstance(c, dict) and _said_by_someone(c, dated=True) for c in children)
    )


def _said_by_someone(comment: dict, *, dated: bool = False) -> bool:
    """A comment as a comment system gives it: its text, and who wrote it or when (``dated``:
    and when)."""
    who = comment.get("author") is not None
    when = any(comment.get(key) is not None for key in ("created", "created_at", "date", "time"))
    if dated:
        return isinstance(comment.get("text"), str) and who and when
    named = who or comment.get("name") is not None or comment.get("user") is not None
    return isinstance(comment.get("text"), str) and (named or when)


def _flat_tags(tags: object) -> dict:
    """A page's meta tags as names: newspaper3k nests them by their prefix ("og":
    {"site_name": …}), which is "og:site_name"."""
    if not isinstance(tags, dict):
        return {}
    flat = {}
    for key, value in tags.items():
        if isinstance(value, dict):
            flat.update({f"{key}:{k}": v for k, v in value.items()})
        elif isinstance(value, list):  # (Apify's "openGraph": [{"property": …, "content": …}])
            for tag in value:
                name = tag.get("property") or tag.get("name") if isinstance(tag, dict) else None
                if isinstance(name, str) and isinstance(tag.get("content"), str):
                    flat[name] = tag["content"]
        else:
            flat[key] = value
    return flat


_TOOL_TEXT = 100  # characters, at least, in a tool's result that holds the article


def _article_objects(record: dict) -> Iterator[tuple[str, dict]]:
    """The objects of a record that hold its article, with the key they stand under: one
    an API nests it in ("article"), or schema.org's among the page's JSON-LD a crawl kept
    ("jsonld": [WebSite, BreadcrumbList, NewsArticle], or their "@graph")."""
    for key in _WRAPPERS:
        if isinstance(inner := record.get(key), dict):
            if key in _TITLED_WRAPPERS and not inner.get("title"):
                continue  # (a forum crawl's reply, its thread's title elsewhere: no article)
            yield key, inner
    for item in objects if isinstance(objects := record.get("objects"), list) else ():
        # (Diffbot's response as the API gives it: the article among the objects it found)
        if isinstance(item, dict) and item.get("type") == "article" and item.get("text"):
            yield "objects", item
    for key, value in record.items():
        for node in value if isinstance(value, list) else [value]:
            if not isinstance(node, dict):
                continue
            graph = node.get("@graph")
            for item in graph if isinstance(graph, list) else [node]:
                kind = item.get("@type") if isinstance(item, dict) else None
                kinds = kind if isinstance(kind, list) else [kind]
                if any(
                    isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds
                ) and isinstance(item.get("articleBody"), str):
                    yield key, item
    # (or, last, any tool's result kept whole under its name, its title and its text in it:
    # "trafilatura": {"title": …, "text": …}; only where the record has no text of its own,
    # a forum post's "body" over the article it quotes)
    if not any(_length(record.get(key)) for key in _ALIASES["text"]):
        yield from _tool_result(record)


def _tool_result(record: dict) -> Iterator[tuple[str, dict]]:
    """The object holding the longest text with a title, where no other holds a text half as
    long (not a forum crawl's thread beside the reply it is about)."""
    texts = {
        key: _length(_aliased(inner, _ALIASES).get("text"))
        for key, inner in record.items()
        if isinstance(inner, dict)
    }
    tools = [
        key
        for key, size in texts.items()
        if size >= _TOOL_TEXT and isinstance(record[key].get("title"), str)
    ]
    if tools:
        key = max(tools, key=texts.__getitem__)
        if all(size * 2 <= texts[key] for other, size in texts.items() if other != key):
            yield key, record[key]


def read_record(record: dict, *, source: str, doc_id: str) -> Document:
    record = _unwrapped(record)  # (as parse_line gives it; a caller's own dict, too)
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError("no 'text' field with article text")
    comments = _listed(record.get("comments")) or []
    if not isinstance(comments, list) or not all(isinstance(c, dict) for c in comments):
        raise InputError("'comments' must be a list of objects")

    builder = TextBuilder()
    title = _string(record, "title")
    site = _string(record, "site")
    if title:
        title, named = _without_site(title, site, body, _string(record, "url"))
        site = named if named and (not site or _domain_like(site)) else site
    if not site and isinstance(graph := record.get("opengraph"), dict):
        site = _string(graph, "site_name")  # (goose3's: the page's Open Graph tags)
    if title and not site and (page_title := _string(record, "title_page")):
        site = _after_title(page_title, title)  # (news-please's: the page's title beside it)
    if title:
        builder.add_title([(" ".join(title.split()), None)])
    where = None
    if html_fragment.looks_like_html(body):
        body, where = html_fragment.plain(body)  # the HTML of the article: what it shows
    elif body == record.get("markdown") or markdown.looks_like_markdown(body):
        # (a crawler's Markdown: read what the page says; no need to guess where the record's
        # field says what it is, Firecrawl's "markdown")
        body, where = markdown.plain(body)
    elif html_fragment.has_entities(body):
        body, where = html_fragment.decoded(body)  # "O&#8217;Hare": its tags out, not its entities
    body = _without_section(_without_lead(body, record), _string(record, "url"))
    body = _without_captions(body, record)
    page = read_page_body(
        body, builder, title=title, language=_string(record, "language"), comments=not comments
    )
    if not builder.paragraphs and not builder.comments:
        # every line of the text read as a page's furniture (a menu's row, "a\ta\t)"): the
        # record says it is the article, so it stays as it stands
        for paragraph in paragraphs_of(body):
            builder.add_paragraph(paragraph)
    _add_comments(builder, comments)
    if not builder.paragraphs and not builder.comments:
        raise InputError("no text found")
    doc = builder.document(
        doc_id=doc_id,
        source=source,
        format="jsonl",
        title=title,
        author=_byline_over_desk(_author(_string(record, "author")), page.author),
        site=site or page.site,
        published=_earlier(_dated(record), page.published),
        url=_string(record, "url"),
        language=_string(record, "language"),
        encoding="utf-8",
        comments_declared=page.declared if page.declared is not None else _count(record),
    )
    return markdown.remapped(doc, where) if where is not None else doc


_LEADS = ("excerpt", "description", "summary", "standfirst", "lead")


def _without_lead(body: str, record: dict) -> str:
    """The text less its first paragraph where that is the record's excerpt: a crawler puts
    the standfirst over the article, which is no paragraph of it. Blanked, not cut: every
    character after it keeps its place."""
    lead = next((v.strip() for k in _LEADS if (v := _string(record, k)) and v.strip()), None)
    at = body.find(lead, 0, _LEAD_REACH + len(lead)) if lead else -1
    if at < 0 or (body[:at].strip() and body[at - 1] != "\n"):
        return body  # (its first paragraph, or one under the title and byline a page kept)
    if body[at + len(lead) :].lstrip(" \t")[:1] not in ("", "\n"):
        return body  # (the first sentence of the first paragraph: readability's excerpt)
    return body[:at] + " " * len(lead) + body[at + len(lead) :]


_LEAD_REACH = 400  # characters over the standfirst, at most: the title and the byline


def _without_section(body: str, url: str | None) -> str:
    """The text less its first line where that is the section the address files the
    article under ("Cronaca" over the text of …/cronaca/2024/…): a crawler keeps the page's
    section label over the article, which is no paragraph of it. Blanked, not cut."""
    if not url or "//" not in url:
        return body
    first = body.lstrip().split("\n", 1)[0].strip()
    if not first or len(first.split()) > 3 or _SECTION_END.search(first):
        return body
    label = _squeezed(first)  # ("Política Local" as …/politica-local/… spells it)
    address = url.split("//", 1)[1].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    path = address.split("/")[1:-1]  # (not the last part: the article's own slug)
    if not label or label not in map(_squeezed, path):
        return body
    at = body.index(first)
    return body[:at] + " " * len(first) + body[at + len(first) :]


_SECTION_END = re.compile(r"[.!?:;,]$")


def _without_captions(body: str, record: dict) -> str:
    """The text less the line that is the photo's caption the record keeps in a field of its
    own ("feature_image_caption", an image's "caption"): the page set it under the photo, near
    the top of the text, and it is no paragraph of the article. Blanked, not cut."""
    captions = set()
    for key, value in record.items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, dict):
                captions.update(
                    v.strip()
                    for k, v in item.items()
                    if "caption" in k.lower() and isinstance(v, str)
                )
            elif "caption" in key.lower() and isinstance(item, str):
                captions.add(item.strip())
    captions.discard("")
    if not captions:
        return body
    lines = body.split("\n")
    seen = 0  # paragraphs over it: the photo stands at the top, its caption with it
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if (
            line.strip() in captions
            and len(line.strip()) <= _CAPTION_MAX
            and line.strip()[:1] not in "\"“”„«‘'"  # (speech: a pull quote, the article's)
        ):
            lines[k] = " " * len(line)
            break  # (once: the same words further down are the article's, a pull quote's)
        seen += 1
        if seen >= _CAPTION_REACH:
            break
    return "\n".join(lines)


_CAPTION_MAX = 200  # characters: a caption, not a paragraph
_CAPTION_REACH = 4  # paragraphs over a feature photo's caption, at most


def _count(record: dict) -> int | None:
    """The comments the page announced, where the record keeps the count: a number under our
    own name, or the page's words for it under a key that names comments
    ("commentsDeclaredRaw": "8 réactions"). A crawler's own tally ("comment_count",
    "num_comments", JSON-LD's "commentCount") is no count a header announced: it counts what
    the API or the markup held, removed and hidden comments among them, and users' golds
    leave it out (8 of 10 records with one)."""
    value = record.get("comments_declared")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value)
    for key, value in record.items():
        if "comment" in key.lower() and isinstance(value, str) and len(value) <= 40:
            counted = rules.count_header(value.strip())
            if counted is not None:
                return counted
    return None


def _add_comments(builder: TextBuilder, comments: list[dict]) -> None:
    """Add comments depth-first so that every reply follows the comment it answers.

    A walk with a stack of its own, not recursion: a reply chain thousands deep is a thread
    like any other.
    """
    comments = _unnested(_flattened(_aliased_thread(comments)))
    ids = [str(c["id"]) if c.get("id") is not None else None for c in comments]
    known = {cid for cid in ids if cid is not None}
    urls = [c.get("url") if isinstance(c.get("url"), str) else None for c in comments]
    if any(
        isinstance(parent := c.get("parent"), str) and parent not in known and parent in urls
        for c in comments
    ):  # (a parent named by its address, Webz.io's: "…/#comment-4401"; the article's own
        # address for a comment on it, which is no comment's)
        ids = [url or cid for url, cid in zip(urls, ids, strict=True)]
        known = {cid for cid in ids if cid is not None}
    ids, known = _numbered_parents(comments, ids, known)
    children: dict[str | None, list[int]] = {}
    for i, comment in enumerate(comments):
        parent = comment.get("parent")
        parent = str(parent) if parent is not None else None
        if parent not in known or parent == ids[i]:
            parent = None  # an unknown parent: keep the comment, as a top-level one
        children.setdefault(parent, []).append(i)

    kept = _kept(comments, ids, children)
    visited: set[int] = set()
    earlier = [""]
    article = _normal(builder.text) if comments else ""  # (what a "> " line may quote)

    def walk(root: int) -> None:
        stack: list[tuple[int, int | None, int]] = [(root, None, 1)]
        while stack:
            i, parent_index, depth = stack.pop()
            if i in visited:
                continue
            visited.add(i)
            replies = children.get(ids[i], []) if ids[i] is not None else []
            index = _add_comment(
                builder,
                comments[i],
                ids[i] or str(i + 1),
                parent_index,
                depth,
                earlier,
                answered=any(r in kept for r in replies),
                article=article,
            )
            below = index if index is not None else parent_index
            # a comment without text passes its replies up, at its own depth
            reply_depth = depth + 1 if index is not None else depth
            stack.extend((child, below, reply_depth) for child in reversed(replies))

    for i in children.get(None, []):
        walk(i)
    for i in range(len(comments)):  # comments in a reply cycle reach no top-level comment
        if i not in visited:
            walk(i)


def _numbered_parents(
    comments: list[dict], ids: list[str | None], known: set[str]
) -> tuple[list[str | None], set[str]]:
    """The ids a thread's parents name, where they name its posts by their number, not their
    id (Talkyard's "parent": 2, the post "nr": 2; "parent": 1 the article, its first post; a
    WordPress comment feed's "wp_parent" and "wp_id" beside each entry's address): the
    numbers, for ids."""
    parents = {str(c["parent"]) for c in comments if c.get("parent") not in (None, "", 0, "0")}
    if not parents or parents & known:
        return ids, known
    tops = any(c.get("parent") in (None, "", 0, "0") for c in comments)
    for key in _POST_NUMBERS:
        numbers = [str(c[key]) if c.get(key) is not None else None for c in comments]
        found = {n for n in numbers if n is not None}
        if len(found) < len(comments) or not parents & found:
            continue  # (each post its own number, and some reply naming another's)
        left = parents - found
        # the one left over is the article's own number, before its comments' (Talkyard's 1),
        # or none where the top comments say so (WordPress's 0): not a house number or a
        # place in a list that some comment shares with the article's id
        if (len(left) == 1 and _before_all(next(iter(left)), found)) or (not left and tops):
            return numbers, found
    return ids, known


def _before_all(number: str, others: set[str]) -> bool:
    try:
        return all(int(number) < int(other) for other in others)
    except ValueError:
        return False


_POST_NUMBERS = ("nr", "post_nr", "post_number", "number", "position", "wp_id")


def _kept(
    comments: list[dict], ids: list[str | None], children: dict[str | None, list[int]]
) -> set[int]:
    """The comments that stay: all but pingbacks, and a removed one only with a reply that
    stays under it (a removal notice answered only by another, or by a pingback, goes).
    Found leaves first, a walk with a stack of its own."""
    order: list[int] = []
    stack = list(children.get(None, [])) + list(range(len(comments)))
    seen: set[int] = set()
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        order.append(i)
        if ids[i] is not None:
            stack.extend(children.get(ids[i], []))
    kept: set[int] = set()
    for i in reversed(order):  # (every reply is seen after its parent: leaves come first)
        text = comments[i].get("text")
        if not isinstance(text, str):
            kept.add(i)  # (an error for the comment's own reading to report)
            continue
        if _linkback(comments[i], text):
            continue
        replies = children.get(ids[i], []) if ids[i] is not None else []
        # (a comment with no text shows nothing: it passes its replies up, and stays only
        # as they do)
        if (text.strip() and not rules.removed_text(text)) or any(r in kept for r in replies):
            kept.add(i)
    return kept


# where a record nests a comment's replies inside it
_NESTED = ("children", "replies", "answers", "comment")  # (schema.org's Comment: "comment")


def _flattened(comments: list[dict]) -> list[dict]:
    """Replies nested inside the comment they answer ("children": [...], as a news crawler
    or an API gives a thread) as a flat list in reading order, each naming its parent (an id
    made up where the record gives none). A walk with a stack: no depth is too deep."""
    if not any(isinstance(c.get(key), list) for c in comments for key in _NESTED):
        return comments
    flat: list[dict] = []
    seen = {str(c["id"]) for c in comments if c.get("id") is not None}
    stack: list[tuple[object, str | None]] = [(c, None) for c in reversed(comments)]
    while stack:
        comment, parent = stack.pop()
        if parent is not None and (
            not isinstance(comment, dict)
            or not isinstance(comment.get("text"), str)  # ("replies": ["c1002"], [{"id": 5}])
            or (comment.get("id") is not None and str(comment["id"]) in seen)
        ):
            continue  # a reference to a reply the list holds, or a copy of one: not another
        own = {k: v for k, v in comment.items() if k not in _NESTED}
        if own.get("id") is None:
            own["id"] = f"nested-{len(flat)}"
        if parent is not None:
            seen.add(str(own["id"]))
            if own.get("parent") in (None, "", 0, "0"):
                own["parent"] = parent
        flat.append(own)
        for key in _NESTED:
            replies = comment.get(key)
            if isinstance(replies, list):
                stack.extend((reply, str(own["id"])) for reply in reversed(replies))
    return flat


def _unnested(comments: list[dict]) -> list[dict]:
    """Comments whose text holds the replies under them, as a crawl that took each comment's
    whole element gives them (the replies then come again as comments of their own): each
    keeps the text before its first reply's, and answers the last comment holding it. Only
    where no comment names a parent: the record's own tree, where it has one, is the tree."""
    if any(c.get("parent") not in (None, "", 0, "0") for c in comments):
        return comments
    texts = [c.get("text") if isinstance(c.get("text"), str) else "" for c in comments]
    own: dict[int, int] = {}  # comment → where its first reply's text starts in its own
    parents: dict[int, int] = {}
    for i, text in enumerate(texts):
        j = i + 1
        while j < len(texts) and len(texts[j].strip()) >= 20:
            at = text.find(texts[j].strip())
            if at <= 0 or not text[:at].strip():
                break  # (no text of its own before it: the same comment, not its holder)
            own.setdefault(i, at)
            parents[j] = i  # (a later, inner holder overwrites an outer one)
            j += 1
    if not parents:
        return comments
    ids = [f"nested-{i}" for i in range(len(comments))]
    return [
        {
            **comment,
            "id": ids[i],
            "parent": ids[parents[i]] if i in parents else None,
            "text": texts[i][: own[i]] if i in own else comment.get("text"),
        }
        for i, comment in enumerate(comments)
    ]


# a record's "type" for a linking post (a webmention may be a reply: it is read as one)
_LINKBACKS = frozenset({"pingback", "trackback"})


def _linkback(comment: dict, text: str) -> bool:
    """A pingback or trackback, by the record's type or by its text: no comment."""
    kind = comment.get("type") or comment.get("comment_type")
    return (isinstance(kind, str) and kind.lower() in _LINKBACKS) or rules.pingback_text(text)


def _aliased_thread(comments: list[dict]) -> list[dict]:
    """The comments, and the replies nested in them, with our names for their fields (a
    walk with a stack of its own: no depth is too deep)."""
    top = [dict(_aliased(c, _COMMENT_ALIASES)) for c in comments]  # (copies: the caller's stay)
    stack = list(top)
    while stack:
        comment = stack.pop()
        parent = comment.get("parent")
        if isinstance(parent, dict):  # (WordPress.com's {"ID": 611, "type": "comment"})
            comment["parent"] = parent.get("id", parent.get("ID"))
        elif parent is False:  # (and its false at the top)
            comment["parent"] = None
        for key in _NESTED:
            replies = _listed(comment.get(key))
            if isinstance(replies, list):
                comment[key] = [
                    dict(_aliased(r, _COMMENT_ALIASES)) if isinstance(r, dict) else r
                    for r in replies
                ]
                stack.extend(r for r in comment[key] if isinstance(r, dict))
    return top


def _add_comment(
    builder: TextBuilder,
    comment: dict,
    name: str,
    parent: int | None,
    depth: int,
    earlier: list[str],  # the normalised text of the comments added so far, in a box
    *,
    answered: bool = False,  # a reply answers it
    article: str = "",  # the article's normalised text
) -> int | None:
    text = comment.get("text")
    if text is None and (comment.get("deleted") or comment.get("dead") or "text" in comment):
        return None  # a deleted comment, its text gone (the HN API's): its replies pass up
    if not isinstance(text, str):
        raise InputError(f"comment {name} has no 'text'")
    if html_fragment.looks_like_html(text):
        text = html_fragment.plain(text)[0]  # "<p>…</p><blockquote>…</blockquote>"
    elif html_fragment.has_entities(text):
        text = html_fragment.decoded(text)[0]
    if text.startswith("> <@"):
        # Matrix's reply: the parent's words quoted after its sender ("> <@ana:matrix.org>
        # …"), then the reply (Cactus Comments' thread): the quotation as any other
        text = _MATRIX_SENDER.sub("> ", text)
    if (
        (bbcode := _BBCODE_QUOTE.match(text))
        and len(quoted := _normal(bbcode.group(1)).split()) >= _QUOTED_WORDS
        and " ".join(quoted) in earlier[0]
    ):
        text = text[bbcode.end() :]  # '[quote="NAME"]…[/quote]': the earlier post's words
    if _linkback(comment, text):
        return None  # a pingback is no comment (its replies, if any, pass up)
    if rules.removed_text(text) and not answered:
        # "Dieser Kommentar wurde … entfernt": nothing to annotate (one with a reply stays,
        # as the page shows it, for the reply to answer)
        return None
    paragraphs = paragraphs_of(text, mapped=False)
    author, published = _said(_string(comment, "author")), _dated(comment)
    if len(paragraphs) > 1 and (header := _header(paragraphs[0], author)) is not None:
        paragraphs.pop(0)  # the comment's name and date over its text, as the page showed it
        author, published = author or header[0], published or header[1]
    while len(paragraphs) > 1 and _trailer(paragraphs[-1]):  # "Reply · Report" after the text
        paragraphs.pop()
    # the same buttons on the text's last line, with no blank line between ("…\nRépondre")
    last = paragraphs[-1] if paragraphs else []
    while len(last) > 1 and _button_line(last[-1][0]):
        last.pop()
    # a reply that opens with the post it answers ("> …", "Sam K wrote:" over it)
    # (or the article's words it answers, "> " before them)
    lines = drop_quotation([[t for t, _ in p] for p in paragraphs], earlier[0], article=article)
    paragraphs = [[(t, None) for t in p] for p in lines]
    earlier[0] += " \n " + " ".join(_normal(t) for p in lines for t in p)
    return builder.add_comment(
        paragraphs, depth=depth, parent=parent, author=author, published=published
    )


_MATRIX_SENDER = re.compile(r"^> <@[^\s<>]+:[^\s<>]+> ", re.MULTILINE)
_BADGE_MARKS = ("·", "•", "|", "(", "[", " – ", " — ")
_QUOTED_WORDS = 5  # a quotation of an earlier comment, not a saying two words long ("Mehr Licht")
# a forum's quotation in BBCode opening a reply, as a crawl keeps it
_BBCODE_QUOTE = re.compile(r"\s*\[quote(?:=[^\]]*)?\](.*?)\[/quote\]\s*", re.DOTALL | re.IGNORECASE)
_SURNAME_BADGES = frozenset({"gast", "guest", "staff", "ospite"})  # ("Christopher Guest")


def _said(author: str | None) -> str | None:
    """A commenter's name as a crawl took it from the header ("Gudrun Hallstein sagt:"),
    without the badge it took with it ("Ruth Pelling · Author")."""
    if not author:
        return author
    if not author.rstrip().endswith(":"):
        # (a crawl's field is a name: a badge after a space goes, "Tanja Oberle Redaktion",
        # but not one that is a surname too, "Peter Gast", unless set apart)
        last = author.rsplit(None, 1)[-1].casefold()
        apart = any(mark in author for mark in _BADGE_MARKS)
        if last in _SURNAME_BADGES and not apart:
            return author
        return rules.default().clean_author(author)
    hit = rules.default().match("comment_headers", author.strip())
    return hit.get("author") if hit is not None and hit.get("author") else author


def _header(paragraph: list, author: str | None) -> tuple[str, str | None] | None:
    """The name (the record's author, where it has one) over a date line, a block of their
    own at the text's top: the page's header, copied with the comment."""
    lines = [t.strip() for t, _ in paragraph]
    if len(lines) != 2 or len(lines[0]) > 60:
        return None
    if author and _normal(lines[0]) != _normal(author):
        return None
    table = rules.default()
    if not table.dates.is_date_line(lines[1], relative=True):
        return None
    return lines[0], parse_date(lines[1])
