"""``corpus server``: a private Label Studio on 127.0.0.1 for this working directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
import orjson

from ._common import data_dir_option, json_option


@click.group()
def server() -> None:
    """Run a private Label Studio on 127.0.0.1 for this working directory."""


_DATA_DIR = data_dir_option("Where the server keeps its database, secret key and credentials.")


@server.command("start")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; another machine's browsers need one of this machine's "
    "addresses (or 0.0.0.0 for all).",
)
@_DATA_DIR
@click.option(
    "--timeout", type=float, default=300, show_default=True, help="Seconds to wait for it."
)
def server_start(port: int, host: str, data_dir: Path, timeout: float) -> None:
    """Start Label Studio (installing it into .labelstudio-venv the first time).

    It listens on 127.0.0.1 only, unless --host says otherwise: colleagues then open
    http://THIS-MACHINE:PORT and log in with the accounts `corpus team add` makes.
    """
    from ..studio import server as studio

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
    state = studio.start(data_dir, port, executable=executable, timeout=timeout, host=host)
    _print_status(state)
    if state.host != studio.HOST:
        where = "every address of this machine" if state.host in ("0.0.0.0", "::") else state.host
        click.echo(
            f"note: listening on {where}, port {port}: anyone who can reach this machine there "
            "sees the login page. Add colleagues with `corpus team add EMAIL`; stop it with "
            "`corpus server stop`.",
            err=True,
        )


@server.command("stop")
@_DATA_DIR
def server_stop(data_dir: Path) -> None:
    """Stop the server started from this data directory (and nothing else)."""
    from ..studio import server as studio

    if studio.stop(data_dir):
        click.echo("Label Studio stopped.", err=True)
    else:
        click.echo(f"No Label Studio was running from {data_dir}.", err=True)


@server.command("status")
@_DATA_DIR
@json_option("Print the status as JSON.")
def server_status(data_dir: Path, as_json: bool) -> None:
    """Say whether the server runs, where, which version, and how to log in.

    Exits 0 when it runs and 1 when it does not, so scripts can ask.
    """
    from ..studio import server as studio

    state = studio.status(data_dir)
    if as_json:
        click.echo(orjson.dumps(state).decode())
    else:
        _print_status(state)
    lost = studio.missing_credentials(data_dir)
    if lost:
        click.echo(f"warning: {lost}", err=True)
    if not state.running:
        sys.exit(1)


def _print_status(state) -> None:
    click.echo(f"url:         {state.url}")
    if state.host != "127.0.0.1":
        click.echo(f"listening:   {state.host} (reachable from other machines)")
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
