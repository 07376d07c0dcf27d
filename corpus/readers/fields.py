"""A text whose metadata stands in fields over the article: YAML front matter (a static
site's source, a crawler's Markdown: ``---`` / ``title: …`` / ``---``) or the printout of an
extraction tool (newspaper3k's ``Title:`` / ``Authors: [...]`` / ``Publish date:`` … ``Text:``).

The fields say what the layout readers would have to guess: the title, the author, the date,
the site. They are read as a crawl's record is (``jsonl.read_record``): the fields as its
fields, the text under them as its text.
"""

from __future__ import annotations

import ast
import datetime
import re
from dataclasses import dataclass, replace

import yaml

from ..model import Document, SourceMap
from .handover import Handover, peek, taken
from .jsonl import read_record
from .rules import Rules
from .text import Parse, parse_text

# the field names such headers use, folded to the record's
_KEYS = {
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "byline": "author",
    "date": "published", "published": "published", "publish date": "published",
    "pubdate": "published", "date published": "published",
    "site": "site", "sitename": "site", "site name": "site", "source": "site",
    "url": "url", "link": "url", "canonical": "url", "language": "language", "lang": "language",
}  # fmt: skip
# fields such printouts hold that are not the article's text
_OTHER = frozenset(
    {"top image", "image", "images", "meta description", "description", "meta keywords",
     "keywords", "tags", "categories", "movies", "summary", "hostname", "id", "fingerprint",
     "license", "excerpt", "comments", "slug", "draft", "layout", "meta lang", "meta favicon"}
)  # fmt: skip
_FIELD = re.compile(r"^([A-Za-z][A-Za-z _-]{0,24}):(?:\s(.*))?$")
_HEAD_LINES = 60  # a header of fields is short
# a note app's link round a name ("[[tidewatcher]]", "[[Hazel Moore|Hazel]]"): the name
_WIKILINK = re.compile(r"\[\[([^\]|]+)(?:\|[^\]]*)?\]\]")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where installed


@dataclass(frozen=True)
class Fields:
    record: dict  # title, author, published, site, url, language (those the header gives)
    body_start: int  # where the article's text starts in the text


def read_fields(text: str) -> Fields | None:
    """The fields over the article and where its text starts, if the text opens with them."""
    lines = text[:20_000].split("\n")
    if lines and lines[0].strip() == "---":
        return _front_matter(lines)
    return _printout(lines)


def _front_matter(lines: list[str]) -> Fields | None:
    record: dict = {}
    offset = len(lines[0]) + 1
    for n, line in enumerate(lines[1:_HEAD_LINES], 1):
        offset += len(line) + 1
        if line.strip() == "---":
            # what each line says as it is written ("title: Carnet #14", "title: 1.10", which
            # YAML reads as a comment and a number), the YAML for what no line holds whole
            record = {**(_yaml_fields("\n".join(lines[1:n])) or {}), **record}
            return Fields(record, offset) if record.get("title") else None
        _take(record, line)
    return None


def _yaml_fields(block: str) -> dict | None:
    """The front matter read as the YAML it is, where it parses: a field's value may stand in
    a list under its name (Obsidian's web clipper: ``author:`` / ``  - "[[NAME]]"``), which
    no line holds with its name. (Hand-written front matter that is no valid YAML, "title:
    Dams: a history", is read a line at a time instead.)"""
    try:
        found = yaml.load(block, Loader=_LOADER)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):
        return None  # (a date no calendar has, "2023-09-31", fails in PyYAML's constructor)
    if not isinstance(found, dict):
        return None
    record: dict = {}
    for name, value in found.items():
        if isinstance(value, list):  # the first of several authors
            value = next((v for v in value if v is not None and str(v).strip()), None)
        if isinstance(value, datetime.date):
            value = value.isoformat()
        if value is not None and not isinstance(value, dict | bool):
            _put(record, str(name), _WIKILINK.sub(r"\1", str(value)))
    return record


def _printout(lines: list[str]) -> Fields | None:
    """newspaper3k's: known fields a line each (a summary may run over several lines), then
    "Text:" over the article."""
    record: dict = {}
    offset = 0
    known = 0
    for line in lines[:_HEAD_LINES]:
        offset += len(line) + 1
        found = _FIELD.match(line.strip())
        if found and found.group(1).lower() == "text":
            rest = (found.group(2) or "").strip()
            start = offset - len(line) - 1 + line.index(rest) if rest else offset
            return Fields(record, start) if known >= 3 and record.get("title") else None
        if found and (found.group(1).lower() in _KEYS or found.group(1).lower() in _OTHER):
            known += 1
            _take(record, line)
        elif known == 0 and line.strip():
            return None  # no field on the first line: an article, not a printout
    return None


def _take(record: dict, line: str) -> None:
    found = _FIELD.match(line.strip())
    if not found:
        return
    value = (found.group(2) or "").strip().strip("\"'")
    if value.startswith("[") and value.endswith("]"):  # "Authors: ['Ana Ruiz', 'Redacción']"
        try:
            items = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            items = None
        value = next((str(v) for v in items or () if str(v).strip()), "")
    _put(record, found.group(1), value)


def _put(record: dict, name: str, value: str) -> None:
    """A field into the record under the name the record gives it, the first one kept."""
    key = _KEYS.get(name.lower())
    value = value.strip()
    if key == "site" and value.startswith(("http://", "https://")):
        key = "url"  # a web clipper's "source:" is the page's address, not the site's name
    if key is not None and value and key not in record:
        record[key] = value


def parse_page_text(
    text: str | Handover,
    *,
    source: str,
    doc_id: str,
    format: str = "text",
    encoding: str | None = None,
    language: str | None = None,
    rules: Rules | None = None,
    trace: bool = False,
    markdown: bool = False,
) -> Parse:
    """A text or Markdown page read by the fields over it where it has them, else by its
    layout (``text.parse_text``)."""
    found = read_fields(peek(text))
    if found is None:
        return parse_text(
            text, source=source, doc_id=doc_id, format=format, encoding=encoding,
            language=language, rules=rules, trace=trace, markdown=markdown,
        )  # fmt: skip
    return Parse(_fielded(taken(text), found, source, doc_id, format, encoding, language))


def _fielded(
    text: str,
    found: Fields,
    source: str,
    doc_id: str,
    format: str,
    encoding: str | None,
    language: str | None,
) -> Document:
    """The article under the fields, read as a crawl's record with them: its source map
    moved onto the file."""
    record = {**found.record, "text": text[found.body_start :]}
    if language:
        record["language"] = language
    doc = read_record(record, source=source, doc_id=doc_id)
    shift = found.body_start
    runs = doc.source_map.runs if doc.source_map is not None else None
    return replace(
        doc,
        format=format,
        encoding=encoding,
        source_map=None
        if runs is None
        else SourceMap(tuple((t, s + shift, n) for t, s, n in runs)),
    )


__all__ = ["Fields", "parse_page_text", "read_fields"]
