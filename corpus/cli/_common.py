"""What every command shares: option parsing helpers, progress bars, atomic output files."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import click

from ..errors import CorpusError
from ..model import KINDS

DATA_DIR_DEFAULT = ".labelstudio"

# every command that talks to Label Studio finds the local server's credentials the same way
data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DATA_DIR_DEFAULT,
    show_default=True,
    help="Where `corpus server start` keeps its credentials.",
)


def parse_kinds(ctx, param, value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
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

    A run that crashes or is killed leaves any earlier output untouched, and the same run
    again writes it whole.
    """
    if path is None:
        yield None
        return
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    if target.parent and not target.parent.exists():
        raise CorpusError(f"{target.parent}: no such directory")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed into place after the run
        "wb", dir=target.parent or ".", prefix=f".{target.name}.", delete=False
    )
    try:
        with handle:
            yield handle
        # a temporary file is private (0600); the output is an ordinary file, as open() makes
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(handle.name, 0o666 & ~umask)
        os.replace(handle.name, target)
    finally:
        if os.path.exists(handle.name):
            os.unlink(handle.name)
