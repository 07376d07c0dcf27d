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

from ..errors import CorpusError
from ..version import __version__

# command name -> module in this package that defines a click command of the same name
COMMANDS = {  # in the order of the work, which is the order `corpus --help` lists them in
    "split": "split",
    "inspect": "inspect",
    "server": "server",
    "team": "team",
    "push": "push",
    "status": "status",
    "pull": "pull",
    "agreement": "agreement",
    "review": "review",
    "report": "report",
    "export": "export",
}


class _Group(click.Group):
    """Loads commands lazily and turns the library's errors into click's one-line errors."""

    def list_commands(self, ctx):
        return list(COMMANDS)

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
    """Turn articles and their reader comments into annotation corpora.

    \b
    The work, in order:
      corpus split articles/ --docs docs.jsonl -o units.jsonl    articles → units
      corpus server start                                         a private Label Studio
      corpus team add ada@example.org                             an annotator's account
      corpus push units.jsonl --project P --template spans --labels PER,ORG --overlap 2
      corpus status --project P                                   progress, agreement so far
      corpus pull --project P -o export.json                      the annotations back
      corpus agreement export.json                                how far annotators agree
      corpus review --project P                                   disagreements → adjudication
      corpus report export.json -o report.html                    one page for the team
      corpus export export.json -o exports/P --units units.jsonl --docs docs.jsonl

    `corpus COMMAND --help` says more about each.
    """


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
