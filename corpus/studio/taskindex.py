"""What a project held at a known server time, so a repeated push asks only what changed since.

Listing every task costs Label Studio about 0.3 ms a task (3 s for 10,000), and a repeated push
needs nothing but each task's unit id, text hash and counts. So push keeps them in a local file
and, before trusting it, asks the server two cheap questions: which tasks were updated after
the file's watermark (creating, annotating, skipping, predicting and editing a task all move its
``updated_at``), and how many tasks there are (a deletion changes the count, since task ids
are never reused). Anything that does not add up (a missing or unreadable file, another server,
a count that differs) falls back to listing every task, so the file can make a push faster but
never wrong: the server stays the record of what was pushed.

The watermark keeps a margin (``CLOCK_MARGIN``) for changes still in flight when it was taken.
The tasks the last push created are the exception: they are asked for from the moment that
push ended, without the margin, or the next push would read again every task the last one
created in its final two seconds (4,000 of 10,000 at 2,000 a second). What that gives up is
the same as what the index never had: a change someone made to a task while the push that
created it was running. Counts in the index only ever decide what to ask the server; every
step that could lose work (replacing a task's text) asks the server about the task again.
"""

from __future__ import annotations

import hashlib
from bisect import insort
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from ..files import write_atomic
from .client import Connection, Studio
from .tasks import all_tasks, count_tasks

FIELDS = "id,data,total_annotations,cancelled_annotations,total_predictions"
VERSION = 1


@dataclass(frozen=True)
class Existing:
    """What a project holds for one unit, as much as a push needs to decide about it."""

    task_id: int
    sha256: str
    annotations: int  # submitted and cancelled alike: either way a person has worked on it
    predictions: int


@dataclass
class TaskIndex:
    """task id -> [unit id, sha256, annotations, predictions], as of ``watermark``."""

    path: Path | None
    watermark: str = ""  # the server's time before the tasks were read; "" = never trusted
    tasks: dict[int, list] = field(default_factory=dict)
    max_id_before: int = 0  # the highest task id before this push added any
    listed_all: bool = False  # whether this sync had to list every task
    # the tasks the last push created (ids from ``fresh_from`` on), and the server's clock to
    # the second when it ended: they are asked for from then, without the margin
    fresh_from: int = 0
    fresh_since: str = ""

    # unit id -> its task ids, lowest first; built when first asked for, then kept up to date
    _units: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)

    def existing(self) -> dict[str, Existing]:
        """unit_id → the project's (first) task for it."""
        found: dict[str, Existing] = {}
        for task_id in sorted(self.tasks):
            unit_id, sha, annotations, predictions = self.tasks[task_id]
            if unit_id is not None and unit_id not in found:
                found[unit_id] = Existing(task_id, sha, annotations, predictions)
        return found

    def first(self, unit_id: str) -> Existing | None:
        """The project's task for a unit (the lowest id, if it has several)."""
        ids = self.copies(unit_id)
        if not ids:
            return None
        _, sha, annotations, predictions = self.tasks[ids[0]]
        return Existing(ids[0], sha, annotations, predictions)

    def copies(self, unit_id: str) -> list[int]:
        """Every task id the project holds for a unit, lowest first."""
        return self._by_unit().get(unit_id, [])

    def duplicated(self) -> list[str]:
        """The units the project holds more than one task for."""
        return [unit for unit, ids in self._by_unit().items() if len(ids) > 1]

    def worked(self, task_id: int) -> bool:
        """Whether the index knows of an annotation (submitted or skipped) on the task."""
        return bool(self.tasks[task_id][2])

    def add(self, task_id: int, data: dict, predictions: int = 0) -> None:
        unit_id = data.get("unit_id")
        self._put(task_id, [unit_id, str(data.get("sha256", "")), 0, predictions])

    def read(self, task: dict) -> None:
        data = task.get("data") or {}
        unit_id = data.get("unit_id")
        self._put(
            task["id"],
            [
                None if unit_id is None else str(unit_id),
                str(data.get("sha256", "")),
                (task.get("total_annotations") or 0) + (task.get("cancelled_annotations") or 0),
                task.get("total_predictions") or 0,
            ],
        )

    def remove(self, task_id: int) -> None:
        row = self.tasks.pop(task_id, None)
        if row is not None and self._units is not None and row[0] is not None:
            ids = self._units.get(row[0], [])
            if task_id in ids:
                ids.remove(task_id)
            if not ids:
                self._units.pop(row[0], None)

    def _put(self, task_id: int, row: list) -> None:
        self.remove(task_id)
        self.tasks[task_id] = row
        if self._units is not None and row[0] is not None:
            insort(self._units.setdefault(row[0], []), task_id)

    def _by_unit(self) -> dict[str, list[int]]:
        if self._units is None:
            units: dict[str, list[int]] = {}
            for task_id in sorted(self.tasks):
                unit_id = self.tasks[task_id][0]
                if unit_id is not None:
                    units.setdefault(unit_id, []).append(task_id)
            self._units = units
        return self._units


def index_path(directory: Path | str, conn: Connection, project_id: int) -> Path:
    server = hashlib.sha256(conn.url.encode()).hexdigest()[:12]
    return Path(directory) / f"tasks-{server}-{project_id}.json"


def sync(studio: Studio, project_id: int, path: Path | None) -> TaskIndex:
    """The project's tasks now: the file brought up to date, or a full listing."""
    index = _load(path)
    if index is not None:
        start = count_tasks(studio, project_id).server_time
        for task in _changed(studio, project_id, index):
            index.read(task)
        if start and len(index.tasks) == count_tasks(studio, project_id).remaining:
            index.watermark = start
            index.max_id_before = max(index.tasks, default=0)
            return index
    index = TaskIndex(path, listed_all=True)
    index.watermark = count_tasks(studio, project_id).server_time
    for task in all_tasks(studio, project_id, include=FIELDS):
        index.read(task)
    index.max_id_before = max(index.tasks, default=0)
    return index


def _changed(studio: Studio, project_id: int, index: TaskIndex, max_id: int | None = None):
    """The tasks updated since ``index.watermark``, and the tasks the last push created since
    it ended (see the module docstring); only ids up to ``max_id`` when given."""
    fresh_from = index.fresh_from if index.fresh_since else 0
    if not fresh_from or (max_id is not None and max_id < fresh_from):
        yield from all_tasks(
            studio, project_id, include=FIELDS, updated_after=index.watermark, max_id=max_id
        )
        return
    yield from all_tasks(
        studio,
        project_id,
        include=FIELDS,
        updated_after=index.watermark,
        max_id=fresh_from - 1,
    )
    yield from all_tasks(
        studio,
        project_id,
        include=FIELDS,
        updated_after=max(index.fresh_since, index.watermark),  # ISO times of one format
        after_id=fresh_from - 1,
        max_id=max_id,
    )


def settle(studio: Studio, project_id: int, index: TaskIndex) -> None:
    """After a push: take in what others changed meanwhile, then keep the file.

    The tasks this push created are in the index already; the tasks that were there before
    and changed during the push (someone annotated one, this push added a prediction) are read
    again. If the count then differs, someone else added or deleted tasks meanwhile: the file
    is dropped and the next push lists everything.
    """
    if index.path is None:
        return
    page = count_tasks(studio, project_id)
    now, clock = page.server_time, page.clock
    if index.max_id_before:
        for task in _changed(studio, project_id, index, max_id=index.max_id_before):
            index.read(task)
    if not now or len(index.tasks) != count_tasks(studio, project_id).remaining:
        index.path.unlink(missing_ok=True)
        return
    index.watermark = now
    index.fresh_from, index.fresh_since = index.max_id_before + 1, clock
    _save(index)


def _load(path: Path | None) -> TaskIndex | None:
    if path is None:
        return None
    try:
        raw = orjson.loads(path.read_bytes())
        if raw["version"] != VERSION or not raw["watermark"]:
            return None
        tasks = {int(task_id): row for task_id, row in raw["tasks"].items()}
        fresh_from, fresh_since = int(raw.get("fresh_from", 0)), str(raw.get("fresh_since", ""))
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
        return None
    return TaskIndex(path, raw["watermark"], tasks, fresh_from=fresh_from, fresh_since=fresh_since)


def _save(index: TaskIndex) -> None:
    """Written whole or not at all, like every file corpus writes."""
    assert index.path is not None
    index.path.parent.mkdir(parents=True, exist_ok=True)
    body = {
        "version": VERSION,
        "watermark": index.watermark,
        "fresh_from": index.fresh_from,
        "fresh_since": index.fresh_since,
        "tasks": {str(k): v for k, v in index.tasks.items()},
    }
    write_atomic(index.path, orjson.dumps(body))
