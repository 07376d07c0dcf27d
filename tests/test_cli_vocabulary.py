"""One vocabulary on the command line: an option means the same in every command.

``--kinds`` is unit kinds, ``--units`` a units file; ``-q/--quiet``, ``--json``, ``--project``,
``--kinds`` and ``--data-dir`` are declared once, in cli/_common.py, and every command that
takes them takes that one.
"""

from __future__ import annotations

import ast

import click
from click.testing import CliRunner

from corpus.cli import cli

from .cli_reference import commands
from .conftest import EXAMPLES, ROOT

SHARED = ("--json", "--quiet", "--project", "--kinds", "--data-dir")


def options() -> list[tuple[str, click.Option]]:
    return [
        (path, param)
        for path, command, _ in commands()
        for param in command.params
        if isinstance(param, click.Option)
    ]


def test_the_shared_options_are_declared_only_in_common():
    for path in sorted((ROOT / "corpus" / "cli").glob("*.py")):
        if path.name == "_common.py":
            continue
        literals = {
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        assert not literals & set(SHARED), f"{path.name} declares {literals & set(SHARED)}"


def test_quiet_is_always_q_and_json_always_as_json():
    for path, option in options():
        if "--quiet" in option.opts:
            assert option.opts == ["-q", "--quiet"], path
        if "--json" in option.opts:
            assert option.name == "as_json" and option.is_flag, path


def test_units_is_a_units_file_wherever_it_is_shown():
    shown = [(p, o) for p, o in options() if "--units" in o.opts and not o.hidden]
    assert shown
    for path, option in shown:
        assert isinstance(option.type, click.Path), path


def test_every_command_that_draws_a_progress_bar_can_be_quiet():
    for path, command, _ in commands():
        source = ROOT / "corpus" / "cli" / f"{path.split()[1]}.py" if " " in path else None
        if source is None or not source.exists() or isinstance(command, click.Group):
            continue
        if "progress(" in source.read_text(encoding="utf-8") and path.count(" ") == 1:
            assert any("--quiet" in o.opts for o in command.params), path


def test_split_still_takes_units_as_kinds_and_says_it_is_deprecated():
    runner = CliRunner()
    old = runner.invoke(
        cli, ["split", str(EXAMPLES / "harbour-bridge-vote.txt"), "--units", "comment"]
    )
    new = runner.invoke(
        cli, ["split", str(EXAMPLES / "harbour-bridge-vote.txt"), "--kinds", "comment"]
    )
    assert old.exit_code == new.exit_code == 0
    assert old.stdout == new.stdout
    assert "warning: --units KINDS is now --kinds KINDS" in old.stderr
    assert "--units" not in new.stderr
    assert "--units" not in runner.invoke(cli, ["split", "--help"]).stdout


def test_quiet_split_with_the_old_name_is_still_errors_only():
    runner = CliRunner()
    old = runner.invoke(cli, ["split", str(EXAMPLES), "--units", "comment", "-q"])
    assert old.exit_code == 0
    assert old.stderr == ""
