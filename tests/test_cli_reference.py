"""The README's command-line reference is what the commands say about themselves."""

from __future__ import annotations

from .cli_reference import README, render, section


def test_the_readme_reference_is_the_commands_own_help():
    current = section(README.read_text(encoding="utf-8"))
    assert current == render(), "the CLI reference in README.md is stale: run `make readme`"


def test_the_reference_covers_every_command_and_subcommand():
    text = render()
    for command in ("split", "push", "pull", "export", "agreement", "review", "report"):
        assert f"### `corpus {command}`" in text
    for sub in ("server start", "server stop", "team add"):
        assert f"### `corpus {sub}`" in text
