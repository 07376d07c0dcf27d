"""``corpus team``: the annotators' accounts on the Label Studio server."""

from __future__ import annotations

from pathlib import Path

import click
import orjson

from ._common import data_dir_option, json_option


@click.group()
def team() -> None:
    """Add, list and remove annotator accounts on the Label Studio server.

    \b
        corpus team add ada@example.org --name "Ada Lovelace"
        corpus team list
        corpus team remove ada@example.org
    """


def _studio(data_dir: Path):
    from ..studio import client as studio_client

    return studio_client.Studio.open(data_dir)


@team.command("add")
@click.argument("email")
@click.option("--name", default="", help="The annotator's name, as Label Studio shows it.")
@click.option(
    "--invite",
    is_flag=True,
    help="Print the organization's sign-up link instead; the annotator picks a password.",
)
@data_dir_option()
def team_add(email: str, name: str, invite: bool, data_dir: Path) -> None:
    """Create an account for EMAIL, its first password in a file only you can read."""
    from ..studio import team as studio_team

    studio = _studio(data_dir)
    if invite:
        click.echo(studio_team.invite_url(studio))
        click.echo(
            f"send {email} this link: whoever opens it can create an account on {studio.conn.url}",
            err=True,
        )
        return
    added = studio_team.add(
        studio, email, name=name, password_dir=Path(data_dir) / studio_team.PASSWORD_DIR
    )
    member = added.member
    click.echo(
        f"added {member.email}{f' ({member.name})' if member.name else ''} to {studio.conn.url}; "
        f"the password is in {added.password_file} (readable by you only): give it to them "
        "privately, and ask them to change it under Account & Settings",
        err=True,
    )


@team.command("list")
@json_option("One JSON object per member on stdout.")
@data_dir_option()
def team_list(as_json: bool, data_dir: Path) -> None:
    """The members of the server's organization: id, e-mail, name, last activity."""
    from ..studio import team as studio_team

    studio = _studio(data_dir)
    for member in studio_team.members(studio):
        if as_json:
            click.echo(orjson.dumps(member).decode())
        else:
            seen = (member.last_activity or "")[:16].replace("T", " ")
            click.echo(f"{member.id:>5}  {member.email:<40} {member.name:<24} {seen}".rstrip())


@team.command("remove")
@click.argument("email")
@data_dir_option()
def team_remove(email: str, data_dir: Path) -> None:
    """End EMAIL's membership; their annotations stay, with their name on them."""
    from ..studio import team as studio_team

    studio = _studio(data_dir)
    private = studio.conn.source == str(Path(data_dir) / "credentials.json")
    removed = studio_team.remove(studio, email, data_dir=data_dir if private else None)
    click.echo(f"removed {removed.member.email} from {studio.conn.url}", err=True)
    if not removed.locked_out:
        click.echo(
            "warning: Label Studio's community edition gives a removed member their "
            "organization back at their next login; ask the server's administrator to turn "
            "the account off (Django admin: Users, Active)",
            err=True,
        )
