"""The ``corpus`` command: parse options, call the library, print. Nothing else lives here.

stdout carries data (JSON Lines, JSON); stderr carries messages, warnings and progress.
Each command lives in a module of its own in this package, named in ``COMMANDS`` and imported
only when it runs, so `corpus split` does not pay for importing `datasets`.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from .. import __version__
from ..errors import CorpusError

# command name -> module in this package that defines a click command of the same name
COMMANDS = {
    "split": "split",
    "team": "team",
    "status": "status",
    "push": "push",
    "pull": "pull",
    "server": "server",
    "export": "export",
    "agreement": "agreement",
    "review": "review",
    "report": "report",
}


class _Group(click.Group):
    """Loads commands lazily and turns the library's errors into click's one-line errors."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"{__name__}.{COMMANDS[name]}")
        return getattr(module, name)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CorpusError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corpus")
def cli() -> None:
    """Turn articles and their reader comments into annotation corpora."""


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
