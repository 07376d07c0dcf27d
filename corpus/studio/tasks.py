"""Listing a project's tasks: fast, and without missing one while others change the project.

Both push (which tasks are there already?) and pull (which ids to export next?) walk a
project's tasks. They use the Data Manager's task list (``GET /api/tasks``) rather than the
SDK pager, measured in ``bench/push.py --research``:

- ``include=`` (drf-flex-fields' sparse fields) drops the fields the server fills with one
  query per task (drafts, annotators, comment authors): 2,400-2,550 tasks/s against ~690 for
  the SDK pager, and no pydantic model per task on our side;
- ``resolve_uri=false`` skips the storage-URL pass over every task's data;
- keyset pages (``id > last seen``, ordered by id, always page 1) instead of ``page=N``:
  tasks deleted while we list would shift numbered pages and hide tasks from us (measured:
  50 deletions hid 50 tasks), and a task hidden from a push is imported a second time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from email.utils import parsedate_to_datetime
from typing import NamedTuple

import httpx
import orjson

from .client import Studio, StudioError, check_answer

PAGE_SIZE = 1000
# a watermark is taken this long before the server's clock says "now": its Date header has
# whole seconds, and a change in the same second must not slip under it
CLOCK_MARGIN = timedelta(seconds=2)


class Page(NamedTuple):
    tasks: list[dict]
    remaining: int  # tasks that match, from this page on
    server_time: str  # the server's clock when it answered, less CLOCK_MARGIN (ISO, UTC)
    clock: str  # the server's clock when it answered, to the second (ISO, UTC)


def next_page(
    studio: Studio,
    project_id: int,
    *,
    after: int,
    size: int,
    include: str,
    updated_after: str | None = None,
    max_id: int | None = None,
    where: tuple[dict, ...] = (),
    only: list[int] | None = None,
) -> Page:
    """The next ``size`` tasks with an id above ``after`` (only the ``include`` fields), and
    how many tasks match; optionally only those updated after a time, with ids up to
    ``max_id``, matching every filter of ``where`` (see :func:`condition`), or among the
    task ids ``only``."""

    items = [_filter("id", "greater", "Number", after)]
    if updated_after is not None:
        items.append(_filter("updated_at", "greater", "Datetime", updated_after))
    if max_id is not None:
        items.append(_filter("id", "less_or_equal", "Number", max_id))
    items.extend(where)
    query: dict = {"filters": {"conjunction": "and", "items": items}, "ordering": ["tasks:id"]}
    if only is not None:
        query["selectedItems"] = {"all": False, "included": list(only)}
    params = {
        "project": project_id,
        "page": 1,
        "page_size": size,
        "include": include,
        "resolve_uri": "false",
        "query": json.dumps(query),
    }
    client, conn = studio
    try:
        response = client._client_wrapper.httpx_client.request(
            "api/tasks/", method="GET", params=params
        )
    except httpx.HTTPError as exc:
        raise StudioError(
            f"lost the connection to {conn.url} while listing tasks ({type(exc).__name__}); "
            "run the same command again"
        ) from exc
    check_answer(response, conn, "listing tasks")
    try:
        page = orjson.loads(response.content)
        tasks, remaining = list(page["tasks"] or ()), int(page.get("total") or 0)
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise StudioError(
            f"{conn.url}/api/tasks/ answered something that is not a task list"
        ) from exc
    ids = [task["id"] for task in tasks]
    if any(i <= after for i in ids) or ids != sorted(ids):
        # a server that ignores the filter or the ordering would make us loop or miss tasks
        raise StudioError(f"{conn.url} does not list tasks by id; cannot list them safely")
    return Page(tasks, remaining, _server_time(response), _server_time(response, margin=None))


def all_tasks(
    studio: Studio,
    project_id: int,
    *,
    include: str,
    size: int = PAGE_SIZE,
    updated_after: str | None = None,
    max_id: int | None = None,
    after_id: int = 0,
    where: tuple[dict, ...] = (),
    only: list[int] | None = None,
) -> Iterator[dict]:
    """Every task of the project (or those updated after a time, with ids in a range,
    matching ``where`` or among ``only``), in id order, with only the ``include`` fields."""
    last = after_id
    while True:
        tasks, remaining, *_ = next_page(
            studio,
            project_id,
            after=last,
            size=size,
            include=include,
            updated_after=updated_after,
            max_id=max_id,
            where=where,
            only=only,
        )
        yield from tasks
        if not tasks or len(tasks) >= remaining:
            return
        last = tasks[-1]["id"]


def count_tasks(
    studio: Studio,
    project_id: int,
    *,
    where: tuple[dict, ...] = (),
    only: list[int] | None = None,
) -> Page:
    """How many tasks the project holds (of those matching ``where`` and among ``only``),
    and the server's time (one small request)."""
    return next_page(studio, project_id, after=0, size=1, include="id", where=where, only=only)


def condition(column: str, operator: str, kind: str, value) -> dict:
    """One Data Manager filter on a task column, for ``where``: e.g. ``condition("id",
    "not_in", "Number", {"min": 5, "max": 9})`` or ``condition("draft_exists", "equal",
    "Boolean", False)``."""
    return _filter(column, operator, kind, value)


def _filter(column: str, operator: str, kind: str, value) -> dict:
    return {"filter": f"filter:tasks:{column}", "operator": operator, "type": kind, "value": value}


def unworked() -> tuple[dict, ...]:
    """Filters that hold only for a task nobody has worked on: no submitted or skipped
    annotation and no draft, whoever made it.

    Both are computed from the annotation and draft tables when asked, not read from the
    task's stored counters: ``total_annotations`` is written back stale by any full save of
    the task that loaded it before an annotation came (a PATCH of its data, for one), so it
    can say 0 of an annotated task. "No annotators" is a join on the annotations, skipped
    ones included. ``draft_exists`` counts every user's drafts, where a task's own
    ``drafts`` field shows only the caller's.
    """
    return (
        _filter("annotators", "empty", "List", True),
        _filter("draft_exists", "equal", "Boolean", False),
    )


def delete_unworked(studio: Studio, project_id: int, ids: list[int], *, made_by: str) -> int:
    """Delete those of ``ids`` that nobody has worked on and that were created by ``made_by``
    (the latest ``created_at`` among them, as the server gave it); how many went.

    One Data Manager action whose selection the server filters when it runs, so a task
    annotated or drafted a moment before is left, not lost. Label Studio on SQLite numbers
    new tasks from the highest id that exists, so once the tasks on top are deleted their ids
    are given again: an id asked about a moment ago may name a new task now, of another
    unit. Such a task was created after the ones meant, and ``made_by`` leaves it. Safe to
    repeat: a task already gone is not selected again.
    """
    if not ids:
        return 0
    body = {
        "selectedItems": {"all": False, "included": list(ids)},
        "filters": {
            "conjunction": "and",
            "items": [*unworked(), _filter("created_at", "less_or_equal", "Datetime", made_by)],
        },
    }
    client, conn = studio
    try:
        response = client._client_wrapper.httpx_client.request(
            "api/dm/actions",
            method="POST",
            params={"id": "delete_tasks", "project": project_id},
            json=body,
        )
    except httpx.HTTPError as exc:
        raise StudioError(
            f"lost the connection to {conn.url} while removing duplicate tasks "
            f"({type(exc).__name__}); run the same command again"
        ) from exc
    check_answer(response, conn, "removing duplicate tasks")
    try:
        return int(orjson.loads(response.content).get("processed_items") or 0)
    except (orjson.JSONDecodeError, AttributeError, TypeError, ValueError):
        return 0


def _server_time(response, margin: timedelta | None = CLOCK_MARGIN) -> str:
    try:
        now = parsedate_to_datetime(response.headers["date"])
    except (KeyError, TypeError, ValueError):
        return ""  # no usable clock: an index built on it is never trusted
    return (now - (margin or timedelta(0))).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
