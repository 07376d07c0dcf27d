"""The ``corpus`` command: parse options, call the library, print. Nothing else lives here.

stdout carries data (JSON Lines); stderr carries messages, warnings and progress.
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import click
import orjson

from . import __version__
from .errors import CorpusError
from .model import KINDS
from .split import FORMATS, Source, Summary, find_sources, split_sources

PROGRESS_MIN_FILES = 5


def _kinds(ctx, param, value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
        raise click.BadParameter(f"choose from {', '.join(KINDS)} (comma-separated)")
    return kinds


class _Group(click.Group):
    """Turns the library's errors into click's one-line errors, however the CLI is invoked."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CorpusError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corpus")
def cli() -> None:
    """Turn articles and their reader comments into annotation corpora."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o", "--output", default="-", show_default=True, help="Units as JSON Lines; - is stdout."
)
@click.option("--docs", "docs_path", help="Also write the documents as JSON Lines to this file.")
@click.option(
    "--units",
    "kinds",
    default=",".join(KINDS),
    show_default=True,
    callback=_kinds,
    help="Unit kinds to write, comma-separated.",
)
@click.option(
    "--format",
    "format",
    type=click.Choice(FORMATS),
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
@click.option("--skip-errors", is_flag=True, help="Exit 0 even if some inputs could not be read.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def split(paths, output, docs_path, kinds, format, workers, spans, skip_errors, quiet) -> None:
    """Split articles (files, directories, globs or -) into units with exact offsets.

    Each unit is one JSON object per line: id, doc_id, kind, section, text, start, end,
    parent_id, depth, index, author, published, spans, sha256.
    """
    sources = list(find_sources(paths, format))
    files = sum(1 for s in sources if isinstance(s, Source))
    summary = Summary()
    show_progress = not quiet and files > PROGRESS_MIN_FILES
    with (
        _output(output) as units_out,
        _output(docs_path) as docs_out,
        _progress(show_progress, files) as bar,
    ):
        last_source = None
        for result in split_sources(sources, kinds=kinds, workers=workers, spans=spans):
            summary.add(result)
            if bar is not None and not result.source.startswith(str(last_source)):
                bar.update(1)
                last_source = result.source
            if result.failure:
                _message(bar, f"error: {result.failure.source}: {result.failure.reason}")
                continue
            for warning in result.warnings:
                _message(bar, f"warning: {warning}")
            if docs_out is not None:
                docs_out.write(result.document.to_json() + b"\n")
            units_out.write(b"".join(unit.to_json() + b"\n" for unit in result.units))
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


@cli.command()
@click.argument("units_path", metavar="UNITS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--project", required=True, help="Project id, or exact title (created if new).")
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Labeling config (XML) for a project that does not exist yet.",
)
@click.option("--kinds", default="", help="Push only these unit kinds (comma-separated).")
@click.option("--target", help="stance: the target (default: each article's title).")
@click.option("--batch-size", type=click.IntRange(1, 50_000), default=1000, show_default=True)
@click.option("--dry-run", is_flag=True, help="Say what would be created; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=".labelstudio",
    show_default=True,
    help="Where `corpus server start` keeps its credentials.",
)
def push(
    units_path, project, config_path, kinds, target, batch_size, dry_run, as_json, data_dir
) -> None:
    """Push units as Label Studio tasks; pushing again creates nothing twice."""
    from .studio import client as studio_client
    from .studio import push as studio_push

    label_config = None
    if config_path:
        try:
            label_config = Path(config_path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{config_path}: cannot read the labeling config ({exc})") from exc
    conn = studio_client.connection(data_dir)
    client = studio_client.connect(conn)
    chosen = [k.strip() for k in kinds.split(",") if k.strip()] or None
    with _progress(not as_json, None) as bar:
        report = studio_push.push(
            client,
            conn,
            studio_push.read_units(units_path),
            project=project,
            label_config=label_config,
            kinds=chosen,
            target=target,
            batch_size=batch_size,
            dry_run=dry_run,
            progress=bar.update if bar is not None else None,
        )
    if as_json:
        click.echo(orjson.dumps(report).decode())  # the dataclass's fields, in order
    verb = "would create" if dry_run else "created"
    click.echo(
        f"project {report.project_id} {report.project_title!r}"
        f"{' (new)' if report.project_created else ''}: {report.units} units, {verb} "
        f"{report.created} tasks, {report.present} already present, {len(report.changed)} changed"
        f"{f', {report.duplicates} duplicate unit ids skipped' if report.duplicates else ''}",
        err=True,
    )
    for unit_id in report.changed[:20]:
        click.echo(f"changed since pushed (left as it is): {unit_id}", err=True)
    if dry_run:
        return
    click.echo(f"open {conn.url}/projects/{report.project_id}/data", err=True)


@cli.group()
def server() -> None:
    """Run a private Label Studio on 127.0.0.1 for this working directory."""


_DATA_DIR = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=".labelstudio",
    show_default=True,
    help="Where the server keeps its database, secret key and credentials.",
)


@server.command("start")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
@_DATA_DIR
@click.option(
    "--timeout", type=float, default=300, show_default=True, help="Seconds to wait for it."
)
def server_start(port: int, data_dir: Path, timeout: float) -> None:
    """Start Label Studio (installing it into .labelstudio-venv the first time)."""
    from .studio import server as studio

    executable = studio.find_label_studio()
    if executable is None:
        venv = Path(os.environ.get(studio.VENV_ENV, studio.DEFAULT_VENV))
        click.echo(
            f"Installing Label Studio {studio.LABEL_STUDIO_VERSION} into {venv} "
            "(its own virtualenv, about 1 GB; a few minutes)...",
            err=True,
        )
        executable = studio.install_label_studio(venv, progress=_pip_progress())
    first = studio.load_credentials(data_dir) is None
    if first:
        click.echo(
            "First start: creating the database and an admin account (about a minute)...", err=True
        )
    state = studio.start(data_dir, port, executable=executable, timeout=timeout)
    _print_status(state)


@server.command("stop")
@_DATA_DIR
def server_stop(data_dir: Path) -> None:
    """Stop the server started from this data directory (and nothing else)."""
    from .studio import server as studio

    if studio.stop(data_dir):
        click.echo("Label Studio stopped.", err=True)
    else:
        click.echo(f"No Label Studio was running from {data_dir}.", err=True)


@server.command("status")
@_DATA_DIR
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def server_status(data_dir: Path, as_json: bool) -> None:
    """Say whether the server runs, where, which version, and how to log in."""
    from .studio import server as studio

    state = studio.status(data_dir)
    if as_json:
        click.echo(orjson.dumps(state).decode())
    else:
        _print_status(state)


def _print_status(state) -> None:
    click.echo(f"url:         {state.url}")
    click.echo(f"running:     {'yes' if state.running else 'no'}")
    click.echo(f"version:     {state.version or 'unknown'}")
    if state.email:
        click.echo(f"login:       {state.email}")
        click.echo(f"password in: {state.credentials_path}")


def _pip_progress():
    def report(line: str) -> None:
        if line.startswith(("Collecting", "Installing", "Successfully")):
            click.echo(f"  {line.strip()[:100]}", err=True)

    return report


def _message(bar, text: str) -> None:
    if bar is not None:
        bar.write(text, file=sys.stderr)
    else:
        click.echo(text, err=True)


@contextmanager
def _progress(enabled: bool, total: int):
    if not enabled:
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
def _output(path: str | None):
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
        os.replace(handle.name, target)
    finally:
        if os.path.exists(handle.name):
            os.unlink(handle.name)


def main() -> None:
    """Entry point: map every expected failure to one line on stderr and exit status 1."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        # the reader of our stdout went away (e.g. `| head`); not an error worth a traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
