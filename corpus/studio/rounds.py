"""A round with one project per annotator, for when annotators must not see each other's work.

Label Studio's community edition has no task assignment and shows every annotation of a
project to whoever opens its tasks, so "each annotator alone" can only be had with a project
per annotator: ``ROUND — ada@example.org``, ``ROUND — bo@example.org``, each holding the same
units. Each is marked as part of the round in its description, so a project that merely has a
similar title (``ROUND — review``) is never taken for one. ``corpus pull --project ROUND``
merges them back by unit id into one export, as if they had been one project with overlap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .client import Studio, StudioError, api_error, every
from .push import PushReport, push
from .team import members

SEPARATOR = " — "
MARK = "corpus round"  # a round's projects' descriptions start with it


class RoundError(StudioError):
    """A round cannot be pushed as asked."""


@dataclass(frozen=True)
class RoundReport:
    round: str
    pushes: tuple[tuple[str, PushReport], ...]  # (annotator's e-mail, their project's push)


def project_title(round_title: str, email: str) -> str:
    return f"{round_title}{SEPARATOR}{email}"


def description(round_title: str, email: str) -> str:
    return (
        f"{MARK} {round_title!r}: the project of {email} alone. `corpus pull --project "
        f'"{round_title}"` merges the round\'s projects into one export.'
    )


def push_round(
    studio: Studio, units, *, round_title: str, annotators: Iterable[str], **options
) -> RoundReport:
    """Push ``units`` into one project per annotator (see :func:`corpus.studio.push.push` for
    ``options``); every annotator must already have an account (``corpus team add``)."""
    client, conn = studio
    from label_studio_sdk.core.api_error import ApiError

    emails = list(dict.fromkeys(e.strip().lower() for e in annotators if e.strip()))
    if len(emails) < 2:
        raise RoundError("a round needs two or more annotators (comma-separated e-mails)")
    known = {m.email.lower() for m in members(studio)}
    unknown = [e for e in emails if e not in known]
    if unknown:
        raise RoundError(
            f"no account for {', '.join(unknown)} on {conn.url}; add it with `corpus team add`"
        )
    pushes = []
    for email in emails:
        report = push(studio, units, project=project_title(round_title, email), **options)
        if report.project_created and not options.get("dry_run"):
            try:
                client.projects.update(
                    id=report.project_id, description=description(round_title, email)
                )
            except ApiError as exc:
                raise api_error(exc, conn, "marking the project as the round's") from exc
        pushes.append((email, report))
    return RoundReport(round_title, tuple(pushes))


def round_projects(studio: Studio, round_title: str) -> list:
    """The round's projects, in id order (none: ``round_title`` is no round)."""
    from label_studio_sdk.core.api_error import ApiError

    prefix = f"{round_title}{SEPARATOR}"
    marked = f"{MARK} {round_title!r}:"
    try:
        listed = studio.client.projects.list(
            page_size=100, title=prefix, include="id,title,description"
        )
        return sorted(
            (
                p
                for p in every(listed)
                if p.title.startswith(prefix) and (p.description or "").startswith(marked)
            ),
            key=lambda p: p.id,
        )
    except ApiError as exc:
        raise api_error(exc, studio.conn, "looking up the round's projects") from exc
