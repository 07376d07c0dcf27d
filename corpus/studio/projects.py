"""A project found by id or exact title, and created once however many pushes race for it.

Label Studio has no unique title, and corpus cannot add a constraint to its tables, so the
rule lives here and every push follows it: **of the projects sharing a title, the one with the
lowest id is the project**. A push that finds no project creates one (one request, never
retried blindly), lists the projects with that title, retires its own if it is not the lowest
(renames it: it is still empty, and deleting projects is not safe, see :func:`retire_if_empty`)
and uses the lowest, once two listings half a second apart agree on it.

A create request can save more projects than it says: under SQLite lock contention Label
Studio's ``DatabaseIsLockedRetryMiddleware`` runs a create that failed half-way (the project
saved, its summary not) once more, and again, and answers with the last id; the others stay,
empty. And a 5xx or a lost connection leaves unknown whether anything was saved. So a push
also retires the empty projects with the title that its own account created while its request
ran. A push that sees several projects under a title while such a race settles (the extra ones
younger than a minute) waits for them to go; a title several projects share for longer is an
error that names their ids.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
import orjson

from .client import Studio, StudioError, api_error, check_answer

try:
    import fcntl
except ImportError:  # (not on Windows: pushes there rely on the settling rule alone)
    fcntl = None

CREATE_ATTEMPTS = 3
RECHECK_AFTER = 0.5  # seconds between two listings that must agree on the winner
SETTLE_ROUNDS = 20
TITLE_LENGTH = 50  # Label Studio keeps titles in a varchar(50)
RETIRED = (
    "An empty duplicate that `corpus push` runs racing for the same title left behind; "
    "safe to delete."
)
YOUNG = timedelta(seconds=60)  # a duplicate this young may be a race's loser, about to go
SETTLE_WAIT = 15.0  # seconds to wait for such duplicates to go before calling a title ambiguous


@dataclass(frozen=True)
class Titled:
    """A project listed under a title: as much as the rule needs."""

    id: int
    created_at: datetime | None
    created_by: int | None
    tasks: int


def find_project(studio: Studio, project: str):
    """The project with this id, or the one with exactly this title; None if no title matches.

    While a race to create the title settles, the projects that lost it are deleted by the
    pushes that made them: they are waited for, not taken for an ambiguous title.
    """
    from label_studio_sdk.core.api_error import ApiError

    if project.isdigit():
        client, conn = studio
        try:
            return client.projects.get(id=int(project))
        except ApiError as exc:
            if exc.status_code == 404:
                raise StudioError(f"no project with id {project} on {conn.url}") from exc
            raise api_error(exc, conn, "looking up the project") from exc
    deadline = time.monotonic() + SETTLE_WAIT
    while True:
        matches, now = titled(studio, project)
        if not matches:
            return None
        if len(matches) == 1 or not _settling(matches, now) or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    if len(matches) > 1:
        ids = ", ".join(str(p.id) for p in matches)
        raise StudioError(f"{len(matches)} projects are titled {project!r} (ids {ids}); pass an id")
    return _get(studio, matches[0].id)


@contextlib.contextmanager
def creating(studio: Studio, title: str) -> Iterator[None]:
    """Held while this machine's pushes look for the project titled ``title`` and create it:
    pushes started together on one machine (a script, a team member's two terminals) then
    create it once, one after the other. Label Studio shows new projects out of id order under
    load, so the settling rule alone could retire every copy; it remains for pushes from
    several machines."""
    key = hashlib.sha256(f"{studio.conn.url}\n{title}".encode()).hexdigest()[:32]
    folder = Path(tempfile.gettempdir()) / "corpus-project-locks"
    try:
        folder.mkdir(exist_ok=True)
        handle = open(folder / f"{key}.lock", "a+b")  # noqa: SIM115 (held across the yield)
    except OSError:
        yield  # no lock to be had (a read-only /tmp): the settling rule alone
        return
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        handle.close()  # (closing releases the lock)


def create_project(studio: Studio, title: str, label_config: str):
    """(project, whether this call created it, the ids of the empty duplicates it retired):
    the project titled ``title``, created once.

    Called when no project has the title; see the module docstring for the rule. The winner
    is taken once two listings a moment apart agree on it.
    """
    client, conn = studio
    me = client.users.whoami().id
    uncertain = ""
    retired: list[int] = []
    for attempt in range(CREATE_ATTEMPTS):
        _, before = titled(studio, title)
        mine, after, uncertain = _post(studio, title, label_config)
        after = after or titled(studio, title)[1]
        # the Date header has whole seconds: a second before, and after, to be sure
        window = (
            None if before is None else before - timedelta(seconds=1),
            None if after is None else after + timedelta(seconds=2),
        )
        agreed: Titled | None = None
        for _ in range(SETTLE_ROUNDS):
            winner = _settle(studio, title, mine, me, window, retired)
            if winner is None:
                break
            if agreed is not None and winner.id == agreed.id:
                project = _get(studio, winner.id, missing_ok=True)
                # the title is checked again: another push may have retired the project
                # between the listing and this answer (seen under load): settle once more
                if project is not None and project.title == title:
                    created = winner.id == mine or _made_in(winner, me, window)
                    return project, created, tuple(retired)
                winner = None
            agreed = winner
            time.sleep(RECHECK_AFTER)  # a commit that came late under a lower id shows now
        else:
            raise StudioError(
                f"the projects titled {title!r} on {conn.url} did not settle: several pushes "
                "keep creating and removing them; run the same command again"
            )
        if mine is not None:  # created, yet not listed: never create again on top of it
            return _get(studio, mine), True, tuple(retired)
        time.sleep(0.5 * 2**attempt)  # nothing was saved: trying again cannot duplicate
    raise StudioError(
        f"Label Studio at {conn.url} {uncertain} each time corpus tried to create project "
        f"{title!r}, and none was saved; try again later"
    )


def _post(studio: Studio, title: str, label_config: str) -> tuple[int | None, datetime | None, str]:
    """(the id Label Studio answered with, its clock then, why the outcome is unknown)."""
    client, conn = studio
    try:
        response = client._client_wrapper.httpx_client.request(
            "api/projects/",
            method="POST",
            json={"title": title, "label_config": label_config},
            request_options={"max_retries": 0},
        )
    except httpx.HTTPError as exc:
        return None, None, f"lost the connection ({type(exc).__name__})"
    if response.status_code >= 500 or response.status_code == 408:
        return None, None, f"answered {response.status_code}"
    check_answer(response, conn, "creating the project")
    try:
        made = int(orjson.loads(response.content)["id"])
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None, None, "answered without the project's id"
    return made, _clock(response), ""


def titled(studio: Studio, title: str) -> tuple[list[Titled], datetime | None]:
    """The projects titled exactly ``title``, lowest id first, and the server's clock."""
    client, conn = studio
    http = client._client_wrapper.httpx_client
    found: list[Titled] = []
    now: datetime | None = None
    page = 1
    while True:
        # the server's title filter matches substrings in any case; exactness is checked here.
        # Sparse fields spare it counting every project's tasks but one number.
        params = {
            "title": title,
            "page": page,
            "page_size": 100,
            "include": "id,title,created_at,created_by,task_number",
        }
        try:
            response = http.request("api/projects/", method="GET", params=params)
        except httpx.HTTPError as exc:
            raise StudioError(
                f"cannot reach Label Studio at {conn.url} ({type(exc).__name__}) while "
                "looking up the project"
            ) from exc
        if response.status_code == 404 and page > 1:
            break
        check_answer(response, conn, "looking up the project")
        now = now or _clock(response)
        try:
            body = orjson.loads(response.content)
            rows = body["results"]
        except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
            raise StudioError(f"{conn.url}/api/projects/ answered something unexpected") from exc
        for row in rows:
            if row.get("title") == title:
                by = row.get("created_by")
                found.append(
                    Titled(
                        id=int(row["id"]),
                        created_at=_time(row.get("created_at")),
                        created_by=by.get("id") if isinstance(by, dict) else by,
                        tasks=int(row.get("task_number") or 0),
                    )
                )
        if not body.get("next") or not rows:
            break
        page += 1
    return sorted(found, key=lambda p: p.id), now


def retire_if_empty(studio: Studio, project_id: int, title: str) -> bool:
    """Give a project this push made and lost another title, if it holds no task yet; whether
    it did.

    Not deleted: Label Studio 1.23 deletes a project with every Django signal of the server
    process disconnected (``temporary_disconnect_all_signals``), so requests running meanwhile
    (an annotator submitting) skip their counters and ``is_labeled``, and two deletions at
    once leave the signals off until the server restarts (seen: new annotations no longer
    counted, tasks handed out again). An empty project under another title harms nobody.
    """
    from label_studio_sdk.core.api_error import ApiError

    client, conn = studio
    suffix = f" (duplicate {project_id})"
    try:
        project = client.projects.get(id=project_id)
        if getattr(project, "task_number", 0) or project.title != title:
            return False
        client.projects.update(
            id=project_id,
            title=title[: TITLE_LENGTH - len(suffix)] + suffix,
            description=RETIRED,
        )
    except ApiError as exc:
        if exc.status_code == 404:  # gone already
            return False
        raise api_error(exc, conn, f"renaming the duplicate project {project_id}") from exc
    return True


def _settle(studio: Studio, title: str, mine: int | None, me, window, retired: list[int]):
    """The lowest-id project titled ``title`` after retiring this push's losing ones (added to
    ``retired``); None if no project has the title."""
    same, _ = titled(studio, title)
    if not same:
        return None
    winner = same[0]
    if mine is not None and mine != winner.id and retire_if_empty(studio, mine, title):
        retired.append(mine)
    # Our request may have saved projects we were not told of: under SQLite lock contention
    # Label Studio's DatabaseIsLockedRetryMiddleware runs a create that failed half-way again,
    # and again, and answers with the last project's id. Those were made by this account
    # while our request ran, and are empty.
    for project in same[1:]:
        if (
            project.id != mine
            and project.tasks == 0
            and _made_in(project, me, window)
            and retire_if_empty(studio, project.id, title)
        ):
            retired.append(project.id)
    return winner


def _made_in(project: Titled, me, window) -> bool:
    began, until = window
    if began is None or until is None or project.created_at is None:
        return False
    return project.created_by == me and began <= project.created_at <= until


def _settling(matches: list[Titled], now: datetime | None) -> bool:
    """Whether every project but the lowest could be a race's loser: young, and empty."""
    if now is None:
        return False
    return all(
        p.created_at is not None and now - p.created_at < YOUNG and not p.tasks for p in matches[1:]
    )


def _get(studio: Studio, project_id: int, *, missing_ok: bool = False):
    from label_studio_sdk.core.api_error import ApiError

    try:
        return studio.client.projects.get(id=project_id)
    except ApiError as exc:
        if missing_ok and exc.status_code == 404:
            return None
        raise api_error(exc, studio.conn, "looking up the project") from exc


def _time(value) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _clock(response) -> datetime | None:
    """The server's clock from its Date header (whole seconds)."""
    try:
        clock = parsedate_to_datetime(response.headers["date"])
    except (KeyError, TypeError, ValueError):
        return None
    if clock.tzinfo is None:  # "-0000": UTC, said without commitment
        clock = clock.replace(tzinfo=UTC)
    return clock
