"""``corpus split``: articles in, units (and documents) out as JSON Lines."""

from __future__ import annotations

import sys

import click

from ..model import KINDS, units_jsonl
from ..readers.input_formats import format_names
from ..readers.rules import rules_files
from ..split import Source, Summary, Units, find_sources, split_sources
from ._common import (
    UNITS_AS_KINDS,
    kinds_option,
    message,
    open_outputs,
    progress,
    quiet_option,
    units_as_kinds_option,
)

PROGRESS_MIN_FILES = 5
WRITE_CHUNK = 4096  # units: a 50 MB file's JSON Lines written whole took 350 MB more


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o", "--output", default="-", show_default=True, help="Units as JSON Lines; - is stdout."
)
@click.option("--docs", "docs_path", help="Also write the documents as JSON Lines to this file.")
@kinds_option("Unit kinds to write, comma-separated.", default=KINDS)
@units_as_kinds_option()
@click.option(
    "--format",
    "format",
    type=click.Choice(format_names()),
    default="auto",
    show_default=True,
    help="Input format; auto goes by extension, then by content.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes to split with.",
)
@click.option(
    "--spans",
    "spans",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Standoff annotations on the source files (PTC .labels or JSONL); repeatable.",
)
@click.option(
    "--rules",
    "rules",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A site's own header, byline and furniture patterns (YAML); repeatable.",
)
@click.option(
    "--language",
    metavar="CODE",
    callback=lambda ctx, param, value: value.strip().lower().split("-")[0] if value else None,
    help="Split every document's sentences as this language (en, de, fr, es, it, pt, nl, …); "
    "default: the language a document states (html lang, JSONL language), else detected.",
)
@click.option("--skip-errors", is_flag=True, help="Exit 0 even if some inputs could not be read.")
@quiet_option("Errors only: no progress bar, warnings or summary.")
def split(
    paths,
    output,
    docs_path,
    kinds,
    old_kinds,
    format,
    workers,
    spans,
    rules,
    language,
    skip_errors,
    quiet,
) -> None:
    """Split articles (files, directories, globs or -) into units with exact offsets.

    Each unit is one JSON object per line: id, doc_id, kind, section, text, start, end,
    parent_id, depth, index, author, published, spans, sha256.
    """
    if old_kinds is not None:
        kinds = old_kinds
        if not quiet:
            message(None, f"warning: {UNITS_AS_KINDS}")
    rules_files(rules)  # a rules file that cannot be used stops the run before it starts
    sources = list(find_sources(paths, format))
    files = sum(1 for s in sources if isinstance(s, Source))
    summary = Summary()
    show_progress = not quiet and files > PROGRESS_MIN_FILES
    with (
        open_outputs(output, docs_path) as (units_out, docs_out),
        progress(show_progress, files) as bar,
    ):
        last_source = None
        for result in split_sources(
            sources, kinds=kinds, workers=workers, spans=spans, rules=rules, language=language
        ):
            if bar is not None and not result.source.startswith(str(last_source)):
                bar.update(1)
                last_source = result.source
            if result.failure:
                summary.add(result)
                message(bar, f"error: {result.failure.source}: {result.failure.reason}")
                continue
            if not quiet:
                for warning in result.warnings:
                    message(bar, f"warning: {warning}")
                for warning in result.parse_warnings:
                    message(bar, f"warning: {result.source}: {warning}")
            if docs_out is not None:
                docs_out.write(result.document.to_json() + b"\n")
            units = result.units
            if isinstance(units, Units):  # a big document's, made a batch at a time
                for piece in units.pieces():
                    units_out.write(units_jsonl(piece))
                    del piece
            else:
                for start in range(0, len(units), WRITE_CHUNK):  # its JSON a piece at a time
                    units_out.write(units_jsonl(units[start : start + WRITE_CHUNK]))
            summary.add(result)  # a big document's units were counted as they were written
            del result, units  # not kept while the next file is read: memory stays flat
    if not quiet:
        counts = ", ".join(f"{n} {kind}" for kind, n in summary.units.items() if n)
        line = f"{summary.documents} documents, {sum(summary.units.values())} units"
        line += f" ({counts})" if counts else ""
        if spans:
            line += f", {summary.spans} spans attached, {summary.span_problems} left out"
        line += f", {summary.failures} failed"
        click.echo(line, err=True)
    if summary.failures and not skip_errors:
        sys.exit(1)
