"""Annotator accounts: add, list and remove the people who annotate on a Label Studio server.

The community edition creates accounts only through its sign-up page (the API's user create
ignores passwords, so such users cannot log in), and only with the organization's invite
token once sign-up without a link is off, as ``corpus server start`` turns it. So an account
is made the way a colleague would make it: the admin asks for the invite token, and the sign-up
form is filled in with the new member's e-mail and a random password, which goes to a file only
the caller can read; the admin then sets the member's name. The same works against a team's own
server wherever the key's user may invite.

Removing a member ends their membership of the organization (Label Studio's own "soft delete")
and, on the private server ``corpus server`` runs, turns their account off: the community
edition gives a removed member their organization back at their next login, so ending the
membership alone locks nobody out. Every annotation they made stays, with its author.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..files import write_atomic
from .client import Connection, Studio, StudioError, check_answer
from .server import run_shell

PASSWORD_DIR = "team"  # under the data dir: one 0600 file per member's first password
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class TeamError(StudioError):
    """A member cannot be added or removed as asked."""


@dataclass(frozen=True)
class Member:
    id: int
    email: str
    name: str
    last_activity: str | None = None


@dataclass(frozen=True)
class Removed:
    member: Member
    locked_out: bool  # the account is off; False: it can log in again (a server not ours)


@dataclass(frozen=True)
class Added:
    member: Member
    password_file: Path | None  # where the first password is (None with an invite link)


def invite_url(studio: Studio) -> str:
    """The organization's sign-up link: whoever opens it may create an account."""
    return studio.conn.url + _invite(studio)["invite_url"]


def add(studio: Studio, email: str, *, name: str = "", password_dir: Path) -> Added:
    """Create an annotator account for ``email``; its first password goes to ``password_dir``.

    The password file is written (mode 0600) before the account is made, so an account never
    exists whose password nobody kept; it is removed again if the sign-up fails.
    """
    conn = studio.conn
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise TeamError(f"{email!r} is not an e-mail address")
    if _find(studio, email) is not None:
        raise TeamError(f"{email} already has an account on {conn.url}")
    token = _invite(studio)["token"]
    password = secrets.token_urlsafe(12)
    path = Path(password_dir) / f"{email}.password"
    _write_private(path, password + "\n")
    try:
        _sign_up(conn, token, email, password)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    found = _find(studio, email)
    if found is None:
        raise TeamError(f"{conn.url} accepted the sign-up of {email} but does not list it")
    if name.strip():
        first, _, last = name.strip().partition(" ")
        _request(studio, f"api/users/{found.id}/", "PATCH", "naming " + email,
                 json={"first_name": first, "last_name": last})  # fmt: skip
        found = _find(studio, email) or found
    return Added(found, path)


def members(studio: Studio) -> list[Member]:
    """The members of the organization of the key's user, by e-mail."""
    found = []
    for user in _request(studio, "api/users/", "GET", "listing users").json():
        name = " ".join(p for p in (user.get("first_name"), user.get("last_name")) if p)
        found.append(Member(user["id"], user.get("email") or "", name, user.get("last_activity")))
    return sorted(found, key=lambda m: m.email)


def remove(studio: Studio, email: str, *, data_dir: Path | None = None) -> Removed:
    """End ``email``'s membership; with ``data_dir`` (the private server's), turn the account
    off too. Their annotations stay."""
    client, conn = studio
    email = email.strip().lower()
    found = _find(studio, email)
    if found is None:
        raise TeamError(f"{email} is not a member on {conn.url}")
    if client.users.whoami().id == found.id:
        raise TeamError(f"{email} is the account corpus uses; it cannot remove itself")
    org = _organization(studio)
    _request(studio, f"api/organizations/{org}/memberships/{found.id}", "DELETE",
             "removing " + email)  # fmt: skip
    if data_dir is None:
        return Removed(found, locked_out=False)
    deactivate(Path(data_dir), found.id)
    return Removed(found, locked_out=True)


# -- the server's side -------------------------------------------------------------------------


def deactivate(data_dir: Path, user_id: int) -> None:
    """Turn an account off in the private server's own database (no API can): it can no longer
    log in, and its tokens stop working."""
    script = (
        "from users.models import User\n"
        f"print('deactivated', User.objects.filter(id={int(user_id)}).update(is_active=False))\n"
    )
    if "deactivated 1" not in run_shell(data_dir, script):
        raise TeamError(f"could not turn off account {user_id} in {data_dir}'s Label Studio")


def _find(studio: Studio, email: str) -> Member | None:
    return next((m for m in members(studio) if m.email.lower() == email), None)


def _organization(studio: Studio) -> int:
    me = _request(studio, "api/current-user/whoami", "GET", "asking who we are").json()
    org = me.get("active_organization")
    if not isinstance(org, int):
        raise TeamError(f"the account corpus uses on {studio.conn.url} belongs to no organization")
    return org


def _invite(studio: Studio) -> dict:
    answer = _request(studio, "api/invite", "GET", "asking for the invite link")
    data = answer.json()
    if not isinstance(data, dict) or not data.get("token") or not data.get("invite_url"):
        raise TeamError(f"{studio.conn.url} gave no invite link; is it a Label Studio?")
    return data


def _sign_up(conn: Connection, token: str, email: str, password: str) -> None:
    """Fill in the sign-up form as a browser would (CSRF cookie, Referer), with the invite."""
    page = f"{conn.url}/user/signup/?token={token}"
    try:
        with httpx.Client(timeout=60, follow_redirects=False) as browser:
            browser.get(page)
            csrf = browser.cookies.get("csrftoken")
            if not csrf:
                raise TeamError(f"{conn.url}/user/signup/ gave no sign-up form")
            answer = browser.post(
                page,
                data={"email": email, "password": password, "csrfmiddlewaretoken": csrf},
                headers={"Referer": page},
            )
    except httpx.HTTPError as exc:
        raise TeamError(f"lost the connection to {conn.url} while signing up {email}") from exc
    if answer.status_code == 302:
        return
    if answer.status_code == 403:
        raise TeamError(f"{conn.url} refused the sign-up of {email} (403): invites may be off")
    problems = re.findall(r'class="[^"]*(?:error|field_errors)[^"]*"[^>]*>\s*([^<]{3,200})<',
                          answer.text)  # fmt: skip
    why = "; ".join(" ".join(p.split()) for p in problems) or f"answer {answer.status_code}"
    raise TeamError(f"{conn.url} refused the sign-up of {email}: {why}")


def _request(studio: Studio, path: str, method: str, doing: str, **kwargs):
    client, conn = studio
    try:
        answer = client._client_wrapper.httpx_client.request(path, method=method, **kwargs)
    except httpx.HTTPError as exc:
        raise StudioError(f"lost the connection to {conn.url} while {doing}") from exc
    if answer.status_code == 403:
        raise TeamError(f"{conn.url} does not let the account corpus uses do this (403: {doing})")
    check_answer(answer, conn, doing)
    return answer


def _write_private(path: Path, text: str) -> None:
    """Write a secret readable by its owner only, whatever the umask."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"), mode=0o600)
