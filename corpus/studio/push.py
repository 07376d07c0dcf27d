"""Units → Label Studio tasks, safe to repeat: what the project already holds is never sent again.

Label Studio duplicates tasks on every re-import, so idempotence is built here: before
importing, the project's tasks are listed and matched by ``data.unit_id``. The server, not a
local file, is the record of what was pushed, so a push killed halfway, or a colleague pushing
to the same project, is simply completed by the next run. Each import request is one
transaction on the server, so a batch is either wholly there or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

import httpx
import orjson

from ..errors import CorpusError, InputError
from .client import Connection, StudioError, api_error

BATCH_SIZE = 1000  # tasks per import request: bulk import is ~400x faster than one by one
LIST_PAGE = 1000


@dataclass(frozen=True)
class PushReport:
    project_id: int
    project_title: str
    project_created: bool
    units: int  # units read (of the kinds pushed)
    created: int
    present: int  # already in the project, same text
    changed: tuple[str, ...] = ()  # unit ids whose text differs from the task's: left alone
    duplicates: int = 0  # unit ids seen twice in the input: the first one counts
    dry_run: bool = False


# -- units → task data -------------------------------------------------------------------------


def read_units(path: Path | str) -> Iterator[dict]:
    """Stream units.jsonl, one clear error for a line that is not a unit."""
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                unit = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not JSON ({exc})") from exc
            missing = [k for k in ("id", "doc_id", "kind", "text") if k not in unit]
            if missing:
                raise InputError(f"{path}:{number}: not a unit (no {', '.join(missing)})")
            yield unit


def task_data(
    units: Iterable[dict], *, kinds: Iterable[str] | None = None, target: str | None = None
) -> Iterator[dict]:
    """The ``data`` of one task per unit, with the context an annotator needs to see.

    Context is read from the document's own units: its title, the previous and next unit of
    the same kind, and the parent (the comment a reply answers, the paragraph or comment a
    sentence belongs to). Units of one document must be adjacent, as ``corpus split`` writes them.
    """
    wanted = frozenset(kinds) if kinds else None
    for _, group in groupby(units, key=lambda u: u["doc_id"]):
        doc_units = list(group)
        texts = {u["id"]: u["text"] for u in doc_units}
        title = next((u["text"] for u in doc_units if u["kind"] == "title"), "")
        by_kind: dict[str, list[dict]] = {}
        for unit in doc_units:
            by_kind.setdefault(unit["kind"], []).append(unit)
        for kind, same in by_kind.items():
            if wanted is not None and kind not in wanted:
                continue
            for i, unit in enumerate(same):
                yield {
                    "text": unit["text"],
                    "unit_id": unit["id"],
                    "doc_id": unit["doc_id"],
                    "kind": kind,
                    "section": unit.get("section", ""),
                    "start": unit.get("start"),
                    "end": unit.get("end"),
                    "title": title,
                    "prev": same[i - 1]["text"] if i else "",
                    "next": same[i + 1]["text"] if i + 1 < len(same) else "",
                    "parent_text": texts.get(unit.get("parent_id") or "", ""),
                    "author": unit.get("author") or "",
                    "target": target or title,
                    "sha256": unit.get("sha256", ""),
                }


# -- the project -------------------------------------------------------------------------------


def find_project(client, conn: Connection, project: str):
    """The project with this id, or the only one with exactly this title; None if no title matches."""
    from label_studio_sdk.core.api_error import ApiError

    try:
        if project.isdigit():
            return client.projects.get(id=int(project))
        matches = [p for p in client.projects.list(page_size=100) if p.title == project]
    except ApiError as exc:
        if project.isdigit() and exc.status_code == 404:
            raise StudioError(f"no project with id {project} on {conn.url}") from exc
        raise api_error(exc, conn, "looking up the project") from exc
    if len(matches) > 1:
        ids = ", ".join(str(i) for i in sorted(p.id for p in matches))
        raise StudioError(f"{len(matches)} projects are titled {project!r} (ids {ids}); pass an id")
    return matches[0] if matches else None


def existing_tasks(client, conn: Connection, project_id: int) -> dict[str, str]:
    """unit_id → sha256 of every task in the project that corpus pushed."""
    from label_studio_sdk.core.api_error import ApiError

    found: dict[str, str] = {}
    try:
        for task in client.tasks.list(project=project_id, page_size=LIST_PAGE, fields="task_only"):
            data = task.data or {}
            unit_id = data.get("unit_id")
            if unit_id is not None:
                found.setdefault(str(unit_id), str(data.get("sha256", "")))
    except ApiError as exc:
        raise api_error(exc, conn, "listing the project's tasks") from exc
    return found


# -- push --------------------------------------------------------------------------------------


@dataclass
class _Counts:
    units: int = 0
    created: int = 0
    present: int = 0
    duplicates: int = 0
    changed: list[str] = field(default_factory=list)


def push(
    client,
    conn: Connection,
    units: Iterable[dict],
    *,
    project: str,
    label_config: str | None,
    kinds: Iterable[str] | None = None,
    target: str | None = None,
    batch_size: int = BATCH_SIZE,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> PushReport:
    """Create or reuse ``project`` and import every unit it does not hold yet."""
    from label_studio_sdk.core.api_error import ApiError

    found = find_project(client, conn, project)
    created_project = found is None
    if found is None:
        if project.isdigit():
            raise StudioError(f"no project with id {project} on {conn.url}")
        if label_config is None:
            raise CorpusError(f"project {project!r} does not exist; give --config to create it")
        if dry_run:
            project_id, title, present_units = 0, project, {}
        else:
            try:
                found = client.projects.create(title=project, label_config=label_config)
            except ApiError as exc:
                raise api_error(
                    exc, conn, "creating the project (is the labeling config valid?)"
                ) from exc
    if found is not None:
        project_id, title = found.id, found.title
        present_units = {} if created_project else existing_tasks(client, conn, project_id)

    counts = _Counts()
    seen: set[str] = set()
    batch: list[dict] = []

    def send() -> None:
        if not dry_run:
            try:
                client.projects.import_tasks(
                    id=project_id,
                    request=[{"data": data} for data in batch],
                    # a retried POST whose first answer was lost would duplicate tasks
                    request_options={"max_retries": 0},
                )
            except (ApiError, httpx.HTTPError) as exc:
                done = f"{counts.created} tasks created before this; run the same command again to finish"
                if isinstance(exc, ApiError):
                    raise StudioError(
                        f"{api_error(exc, conn, 'importing tasks')} ({done})"
                    ) from exc
                raise StudioError(
                    f"lost the connection to {conn.url} while importing ({type(exc).__name__}); {done}"
                ) from exc
        counts.created += len(batch)
        if progress:
            progress(len(batch))
        batch.clear()

    for data in task_data(units, kinds=kinds, target=target):
        counts.units += 1
        unit_id = data["unit_id"]
        if unit_id in seen:
            counts.duplicates += 1
            continue
        seen.add(unit_id)
        if unit_id in present_units:
            if present_units[unit_id] == data["sha256"]:
                counts.present += 1
            else:
                counts.changed.append(unit_id)
            if progress:
                progress(1)
            continue
        batch.append(data)
        if len(batch) >= batch_size:
            send()
    if batch:
        send()
    return PushReport(
        project_id=project_id,
        project_title=title,
        project_created=created_project,
        units=counts.units,
        created=counts.created,
        present=counts.present,
        changed=tuple(counts.changed),
        duplicates=counts.duplicates,
        dry_run=dry_run,
    )
