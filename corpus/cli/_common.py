"""What every command shares: option parsing helpers, progress bars, atomic output files."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from ..files import DATA_DIR
from ..model import KINDS

# -- the options several commands take, declared once: one name, flag and meaning everywhere


def data_dir_option(help: str = "Where `corpus server start` keeps its credentials."):
    """``--data-dir``: every command that talks to Label Studio finds the local server's
    credentials the same way."""
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=str(DATA_DIR),
        show_default=True,
        help=help,
    )


def project_option(help: str = "Project id, or exact title."):
    return click.option("--project", metavar="PROJECT", required=True, help=help)


def json_option(help: str = "Print the report as JSON on stdout."):
    return click.option("--json", "as_json", is_flag=True, help=help)


def quiet_option(help: str = "No progress bar."):
    return click.option("-q", "--quiet", is_flag=True, help=help)


def kinds_option(help: str, default: tuple[str, ...] = ()):
    """``--kinds``: unit kinds, comma-separated (``--units`` is always a units file)."""
    return click.option(
        "--kinds",
        metavar="KINDS",
        default=",".join(default),
        show_default=bool(default),
        callback=parse_kinds,
        help=help,
    )


UNITS_AS_KINDS = "--units KINDS is now --kinds KINDS; --units will go"


def units_as_kinds_option():
    """``--units KINDS``, the old name of `corpus split --kinds`: hidden and still accepted,
    so scripts written against it keep working; the command says it is deprecated
    (:data:`UNITS_AS_KINDS`) unless asked to be quiet."""

    def parse(ctx, param, value):
        return None if value is None else parse_kinds(ctx, param, value)

    return click.option("--units", "old_kinds", metavar="KINDS", hidden=True, callback=parse)


def parse_kinds(ctx, param, value: str) -> tuple[str, ...]:
    """Kinds from ``a,b,c``; an empty default is no kinds, ``()``."""
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    bad = [k for k in kinds if k not in KINDS]
    if bad or (value.strip() and not kinds):
        raise click.BadParameter(f"choose from {', '.join(KINDS)} (comma-separated)")
    return kinds


def message(bar, text: str) -> None:
    if bar is not None:
        bar.write(text, file=sys.stderr)
    else:
        click.echo(text, err=True)


@contextmanager
def progress(enabled: bool, total: int):
    """A progress bar on stderr, or None: only a person at a terminal is shown one (a log or a
    pipe would keep every redraw, starting with ``0unit [00:00, ?unit/s]``)."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(
        total=total,
        unit="unit" if total is None else "file",
        file=sys.stderr,
        leave=False,
        dynamic_ncols=True,
    ) as bar:
        yield bar


@contextmanager
def open_output(path: str | None):
    """Stream to stdout, or write a file in place only once the run is complete.

    A run that crashes, fills the disk or is killed leaves any earlier output untouched,
    and the same run again writes it whole.
    """
    with open_outputs(path) as (handle,):
        yield handle


@contextmanager
def open_outputs(*paths: str | None):
    """Several outputs that replace their files together, once all of them are complete
    (``-`` is stdout, None no output at all)."""
    from ..files import atomic_files

    files = [p for p in paths if p is not None and p != "-"]
    with atomic_files(*files) as handles:
        opened = iter(handles)
        yield tuple(
            None if p is None else sys.stdout.buffer if p == "-" else next(opened) for p in paths
        )
        if "-" in paths:
            sys.stdout.buffer.flush()
