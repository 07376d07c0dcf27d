"""``corpus inspect``: what the readers found in a file, and what they left out and why."""

from __future__ import annotations

import sys

import click
import orjson

from ..model import Failure
from ..readers.input_formats import format_names
from ..readers.rules import default, load
from ..split import Inspection, inspect_files
from ._common import json_option

ABBREVIATE = 72  # characters of a paragraph or comment shown in the human-readable listing


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "format",
    type=click.Choice(format_names()),
    default="auto",
    show_default=True,
    help="Input format; auto goes by extension, then by content.",
)
@click.option(
    "--rules",
    "rules",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A site's own header, byline and furniture patterns (YAML); repeatable.",
)
@json_option("One JSON object per document (JSON Lines).")
def inspect(paths, format, rules, as_json) -> None:
    """Show how each article was read: title, byline, body, the comment tree, and every line
    left out with the rule that left it out.

    Use it to see why a page came out wrong, and to check a --rules file before a split.
    """
    table = load(rules) if rules else default()
    failed = False
    out = sys.stdout
    first = True
    for found in inspect_files(paths, format=format, rules=rules):
        if isinstance(found, Failure):
            click.echo(f"error: {found.source}: {found.reason}", err=True)
            failed = True
            continue
        if as_json:
            out.buffer.write(orjson.dumps(_record(found, table)) + b"\n")
            continue
        if not first:
            out.write("\n")
        first = False
        out.write(_listing(found, table))
    if failed:
        sys.exit(1)


def _record(found: Inspection, table) -> dict:
    doc = found.document
    return {
        "source": found.source,
        "doc_id": doc.doc_id,
        "format": doc.format,
        "encoding": doc.encoding,
        "language": found.language,
        "title": doc.title,
        "author": doc.author,
        "site": doc.site,
        "published": doc.published,
        "comments_declared": doc.comments_declared,
        "comments_found": doc.comments_found,
        "pingbacks": found.pingbacks,
        "paragraphs": [
            {"id": f"p{n}", "start": s, "end": e, "text": doc.text[s:e]}
            for n, (s, e) in enumerate(doc.paragraphs, start=1)
        ],
        "comments": [
            {
                "id": unit.id.split("/", 1)[1],
                "parent": unit.parent_id.split("/", 1)[1] if unit.parent_id else None,
                "depth": unit.depth,
                "author": unit.author,
                "published": unit.published,
                "start": unit.start,
                "end": unit.end,
                "text": unit.text,
            }
            for unit in found.comments
        ],
        "dropped": [
            {"line": d.line, "text": d.text, "rule": d.rule, "template": _template(d.rule, table)}
            for d in found.dropped
        ],
        "warnings": list(found.warnings),
    }


def _template(rule: str, table) -> str | None:
    entry = table.rule(rule)
    return entry.source if entry is not None else None


def _short(text: str, width: int = ABBREVIATE) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _listing(found: Inspection, table) -> str:
    doc = found.document
    lines = [f"== {found.source}"]
    facts = [doc.format]
    if doc.encoding:
        facts.append(doc.encoding)
    if found.language:
        facts.append(f"language {found.language}: its tables read first")
    lines.append(f"   ({', '.join(facts)})")
    for name in ("title", "author", "site", "published"):
        lines.append(f"{name:<10} {getattr(doc, name) or '—'}")
    declared = doc.comments_declared
    count = f"{doc.comments_found} found" + (
        f", {declared} declared" if declared is not None else ""
    )
    if found.pingbacks:
        count += f", {found.pingbacks} pingbacks"
    lines.append(f"{'comments':<10} {count}")
    lines.append(f"body       {len(doc.paragraphs)} paragraphs")
    for n, (start, end) in enumerate(doc.paragraphs, start=1):
        lines.append(f"  p{n:<4} {_short(doc.text[start:end])}")
    if found.comments:
        lines.append("comment tree")
        for unit in found.comments:
            uid = unit.id.split("/", 1)[1]
            who = unit.author or "(no author)"
            when = unit.published or "(no date)"
            indent = "  " * unit.depth
            lines.append(f"{indent}{uid}  {who} · {when} · depth {unit.depth}")
            lines.append(f"{indent}  {_short(unit.text, ABBREVIATE - len(indent))}")
    if found.dropped:
        lines.append("left out")
        for d in sorted(found.dropped, key=lambda d: d.line):
            template = _template(d.rule, table)
            why = f"{d.rule}  {_short(template, 60)!r}" if template else d.rule
            lines.append(f"  line {d.line:<5} {_short(d.text, 50):<50}  {why}")
    elif doc.format != "text":
        lines.append("left out    (the HTML and JSONL readers do not list what they leave out)")
    if found.warnings:
        lines.append("warnings")
        lines.extend(f"  {w}" for w in found.warnings)
    return "\n".join(lines) + "\n"
