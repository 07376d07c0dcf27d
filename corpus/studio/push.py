"""Units → Label Studio tasks: one task per unit, however often and by however many people.

Label Studio duplicates tasks on every re-import and has no unique key corpus could use, so the
rule is kept here, through the server itself:

- **What is there is never sent again.** Before importing, the project's tasks are matched by
  ``data.unit_id`` (kept between pushes in a local index, see ``taskindex``). The server, not a
  local file, is the record: a push killed halfway, or a colleague's push, is completed by the
  next run. Each import request is one transaction on the server, so a batch is wholly there
  or not at all.
- **Check after write.** Two pushes that start together both find a unit missing and both
  import it. So after each batch a push takes in the tasks others created since it last
  looked (ids above the highest it knew), and of the tasks one unit has, the one with the
  lowest id stays and the others are deleted at once, by whichever push sees them. Only
  tasks nobody has worked on are deleted (the server filters the selection when it deletes):
  a duplicate with an annotation, a draft or an annotator holding it open is kept, and
  reported. Of two pushes racing for a unit the later one always sees both tasks, because
  a database that hands out ids as it commits (SQLite; PostgreSQL while no import waits
  longer than the final pass's margin) gives its batch the higher ids; a final pass over
  everything changed since the push began catches the rest, and leftovers of earlier races.
- **Never retried blindly.** An import whose answer is lost or a 5xx may have been saved: the
  push looks (every task carries the id of the push run that made it, in ``meta``) before it
  sends again only what is still missing. Project creation follows the same idea
  (``projects``).
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson

from .. import bounded
from ..errors import CorpusError, InputError
from ..gazetteer import Gazetteer
from ..labelconfig import ConfigError, LabelConfig, parse_config
from ..taskdata import task_data
from .client import Studio, StudioError, api_error, check_answer
from .locks import LockReader
from .predictions import Prediction, PredictionError, build, from_matches
from .projects import create_project, creating, find_project, titled
from .replace import release_stale, replace
from .taskindex import FIELDS, Existing, TaskIndex, index_path, settle, sync
from .tasks import all_tasks, condition, count_tasks, delete_unworked
from .templates import load_config

__all__ = ["PushReport", "find_project", "push", "read_units", "task_data"]

BATCH_SIZE = 1000  # tasks per import request: bulk import is ~400x faster than one by one
MARK = "corpus_push"  # task meta: the push run that created the task
IMPORT_ATTEMPTS = 4  # an import that may not have been saved is looked for, then sent again
CHECK_FIELDS = FIELDS + ",meta,created_at"


@dataclass(frozen=True)
class PushReport:
    project_id: int
    project_title: str
    project_created: bool
    units: int  # units read (of the kinds pushed)
    created: int  # tasks this push created that stand (one per unit)
    present: int  # already in the project, same text (or created by a concurrent push first)
    changed: tuple[str, ...] = ()  # unit ids whose text differs from the task's: left alone
    updated: tuple[str, ...] = ()  # changed units whose tasks were replaced (--update)
    predictions: int = 0  # predictions sent with new tasks or added to present ones
    duplicates: int = 0  # unit ids seen twice in the input: the first one counts
    config_differs: bool = False  # the project exists with a config other than the one given
    dry_run: bool = False
    raced: int = 0  # units this push imported that a concurrent push had created first
    removed: int = 0  # duplicate tasks (of a race, or left by an earlier one) this push deleted
    kept_duplicates: tuple[str, ...] = ()  # units still holding several tasks: each worked on
    busy: tuple[tuple[str, str], ...] = ()  # (unit id, why): changed, task in use, left (--update)
    restored: tuple[str, ...] = ()  # replaced, but begun on the old text meanwhile: put back
    open_tasks_visible: bool = True  # whether tasks open in the label stream could be seen
    released: int = 0  # tasks a killed --update had left out of the label stream, returned
    overlap: int | None = None  # annotators per task (the project's maximum_annotations)
    overlap_share: float | None = None  # share of tasks that get ``overlap`` annotators
    show_overlap_first: bool | None = None
    title_shared_by: tuple[int, ...] = ()  # other projects with the same title at the end
    missing: tuple[str, ...] = ()  # units with no task after the push: run it again
    retired: tuple[int, ...] = ()  # empty duplicate projects of a race, renamed (not deleted)


# -- units → task data -------------------------------------------------------------------------


def read_units(path: Path | str) -> Iterator[dict]:
    """Stream units.jsonl, one clear error for a line that is not a unit (or is too big)."""
    for number, line in bounded.lines(path):
        unit = bounded.loads(line, f"{path}:{number}")
        check_unit(unit, f"{path}:{number}")
        yield unit


def check_unit(unit, where: str) -> None:
    """Refuse what is not a unit ``corpus split`` could have written, naming where it is.

    Label Studio stores any JSON as a task's text (a number, a list), and the labeling editor
    then shows nothing, so types are checked here rather than found out by annotators.
    """
    if not isinstance(unit, dict):
        raise InputError(f"{where}: not a unit (a JSON object)")
    missing = [k for k in ("id", "doc_id", "kind", "text") if k not in unit]
    if missing:
        raise InputError(f"{where}: not a unit (no {', '.join(missing)})")
    for key in ("id", "doc_id", "kind"):
        if not isinstance(unit[key], str) or not unit[key]:
            raise InputError(f"{where}: the unit's {key} must be a non-empty string")
    if not isinstance(unit["text"], str):
        raise InputError(
            f"{where}: unit {unit['id']}: text must be a string, not "
            f"{type(unit['text']).__name__} ({str(unit['text'])[:40]})"
        )
    for key in ("start", "end"):
        value = unit.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise InputError(f"{where}: unit {unit['id']}: {key} must be an integer offset")


class UnitsFile:
    """A units file that can be read more than once (units are checked in a first pass)."""

    def __init__(self, path: Path | str) -> None:
        self.path = path

    def __iter__(self) -> Iterator[dict]:
        return read_units(self.path)


def _checked_units(units: Iterable[dict]) -> Iterable[dict]:
    """Every unit read and checked before anything is created on the server, so a file that
    fails half-way leaves no empty project behind. A one-shot iterator is kept in memory;
    a list or a :class:`UnitsFile` is read again."""
    if iter(units) is units:
        units = list(units)
    for number, unit in enumerate(units, start=1):
        check_unit(unit, f"unit {number}")
    return units


# -- the project -------------------------------------------------------------------------------


def existing_tasks(studio: Studio, project_id: int) -> dict[str, Existing]:
    """unit_id → what the project holds for it, for every task that corpus pushed."""
    return sync(studio, project_id, None).existing()


def check_config(studio: Studio, xml: str) -> LabelConfig:
    """Refuse a config before a project is made with it: ours first, then the server's rules.

    Ours name the element and the field; the server knows every tag's attributes.
    """
    config = load_config(xml)
    client, conn = studio
    try:
        response = client._client_wrapper.httpx_client.request(
            "api/projects/validate/", method="POST", json={"label_config": xml}
        )
    except httpx.HTTPError as exc:
        raise StudioError(
            f"cannot reach Label Studio at {conn.url} ({type(exc).__name__})"
        ) from exc
    if response.status_code == 401:
        raise StudioError(
            f"Label Studio at {conn.url} rejected the API key from {conn.source} (401)"
        )
    if response.status_code == 400:
        try:
            answer = response.json()
        except ValueError:
            answer = None
        problems = answer.get("label_config") if isinstance(answer, dict) else None
        if problems:  # the validator's own words about the config, which is what was asked
            if isinstance(problems, list):
                problems = "; ".join(str(p) for p in problems)
            raise ConfigError(f"Label Studio rejects the labeling config: {str(problems)[:500]}")
    check_answer(response, conn, "validating the labeling config")
    return config


def set_overlap(
    studio: Studio,
    project,
    overlap: int | None,
    share: float | None,
    *,
    dry_run: bool = False,
) -> tuple[int, float, bool]:
    """(annotators per task, share of tasks overlapped, overlapped tasks first), after setting
    what was asked. Set by a PATCH of the existing project: a value given when creating a
    project is not reliably kept (label-studio-sdk #339)."""
    now = (
        int(project.maximum_annotations or 1),
        (project.overlap_cohort_percentage or 100) / 100,
        bool(project.show_overlap_first),
    )
    body: dict = {}
    if overlap is not None:
        if overlap != now[0]:
            body["maximum_annotations"] = overlap
        if (overlap > 1) != now[2]:
            body["show_overlap_first"] = overlap > 1
    if share is not None and round(share * 100) != round(now[1] * 100):
        body["overlap_cohort_percentage"] = round(share * 100)
    if not body:
        return now
    wanted = (
        body.get("maximum_annotations", now[0]),
        body.get("overlap_cohort_percentage", round(now[1] * 100)) / 100,
        body.get("show_overlap_first", now[2]),
    )
    if dry_run:
        return wanted
    client, conn = studio
    try:
        response = client._client_wrapper.httpx_client.request(
            f"api/projects/{project.id}/", method="PATCH", json=body
        )
    except httpx.HTTPError as exc:
        raise StudioError(
            f"lost the connection to {conn.url} while setting the overlap ({type(exc).__name__})"
        ) from exc
    check_answer(response, conn, "setting the overlap")
    answer = response.json()
    got = (
        int(answer.get("maximum_annotations") or 0),
        (answer.get("overlap_cohort_percentage") or 0) / 100,
        bool(answer.get("show_overlap_first")),
    )
    if got != wanted:
        raise StudioError(
            f"Label Studio at {conn.url} did not keep the overlap asked for: it has "
            f"{got[0]} annotators for {got[1]:.0%} of tasks (asked {wanted[0]} for {wanted[1]:.0%})"
        )
    return got


# -- push --------------------------------------------------------------------------------------


@dataclass
class _Counts:
    units: int = 0
    present: int = 0
    duplicates: int = 0
    predictions: int = 0
    changed: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    busy: list[tuple[str, str]] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)


def push(
    studio: Studio,
    units: Iterable[dict],
    *,
    project: str,
    label_config: str | None,
    kinds: Iterable[str] | None = None,
    target: str | None = None,
    predictions: Iterable[dict] | None = None,
    gazetteer: Gazetteer | None = None,
    update: bool = False,
    batch_size: int = BATCH_SIZE,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
    index_dir: Path | str | None = None,
    overlap: int | None = None,
    overlap_share: float | None = None,
    locks: LockReader | None = None,
) -> PushReport:
    """Create or reuse ``project`` and import every unit it does not hold yet.

    ``units`` are all read and checked before anything is created (a list, or an object whose
    ``__iter__`` reads the file again, such as :class:`UnitsFile`; a one-shot iterator is kept
    in memory); predictions are checked against their unit's text then too. With
    ``index_dir``, what the project holds is kept there between pushes and only what changed
    since is asked of the server (see ``taskindex``). ``overlap`` and ``overlap_share`` set
    how many annotators see each task, and for which share of tasks; ``locks`` tells which
    tasks annotators hold open, for ``update`` (see ``locks``).
    """
    _check_overlap(overlap, overlap_share)
    units = _checked_units(units)
    where = _plan(studio, project, label_config)
    if gazetteer is not None:
        _check_gazetteer(gazetteer, where.config)
    by_unit = (
        _checked_predictions(predictions, units, where.config, kinds, target) if predictions else {}
    )
    where = _open(studio, where, label_config, index_dir, overlap, overlap_share, dry_run)

    run = _Run(studio, where.project_id, where.index, locks=locks, dry_run=dry_run)
    sent = _send(run, where, units, by_unit, gazetteer, kinds, target, update, batch_size, progress)
    _finish(run, where, sent, dry_run)
    return _report(run, where, sent, dry_run=dry_run, locks=locks)


@dataclass
class _Target:
    """The project a push goes to, as planned, then as opened."""

    found: Any  # the SDK project, None until it exists (or in a dry run that would create it)
    config: LabelConfig
    went_through_creation: bool  # it did not exist when the push began
    created: bool = False
    config_differs: bool = False
    retired: tuple[int, ...] = ()
    project_id: int = 0
    title: str = ""
    index: TaskIndex = field(default_factory=lambda: TaskIndex(None))
    settings: tuple[int, float, bool] = (1, 1.0, False)
    released: int = 0


@dataclass
class _Sent:
    """What going through the units did: counts, and the work left for after the imports."""

    counts: _Counts
    seen: set[str]
    late: list  # (existing task, predictions) for tasks already there
    to_replace: list  # (existing task, new data, predictions) for tasks to update


def _check_overlap(overlap: int | None, overlap_share: float | None) -> None:
    if overlap is not None and overlap < 1:
        raise CorpusError(f"the overlap must be 1 or more annotators per task, not {overlap}")
    if overlap_share is not None and not 0 < overlap_share <= 1:
        raise CorpusError(
            f"the overlap share must be more than 0 and at most 1, not {overlap_share}"
        )


def _plan(studio: Studio, project: str, label_config: str | None) -> _Target:
    """The project as it stands, and the config the push checks units against."""
    found = find_project(studio, project)
    if found is None:
        if project.isdigit():
            raise StudioError(f"no project with id {project} on {studio.conn.url}")
        if label_config is None:
            raise CorpusError(
                f"project {project!r} does not exist; give --template or --config to create it"
            )
        config = check_config(studio, label_config)
    else:
        config = parse_config(found.label_config)
    return _Target(found, config, went_through_creation=found is None, title=project)


def _open(
    studio: Studio, target: _Target, label_config, index_dir, overlap, overlap_share, dry_run
):
    """Create the project if it is new, set its overlap, and know what it holds already."""
    found, retired = target.found, ()
    created = found is None  # a dry run says the project would be created
    if found is None and not dry_run:
        with creating(studio, target.title):  # this machine's other pushes wait here
            found = find_project(studio, target.title)
            if found is None:
                found, created, retired = create_project(studio, target.title, label_config)
            else:
                created = False
    config, config_differs = target.config, False
    if found is not None and label_config is not None:
        config_differs = label_config.strip() != found.label_config.strip() and not created
        if not created:
            config = parse_config(found.label_config)  # a concurrent push made it: its config
    opened = dataclasses.replace(
        target, found=found, config=config, created=created, config_differs=config_differs,
        retired=retired,
    )  # fmt: skip
    if found is None:
        opened.settings = (overlap or 1, overlap_share or 1.0, (overlap or 1) > 1)
        return opened
    opened.project_id, opened.title = found.id, found.title
    opened.settings = set_overlap(studio, found, overlap, overlap_share, dry_run=dry_run)
    path = None if index_dir is None or dry_run else index_path(index_dir, studio.conn, found.id)
    if created:
        opened.index = TaskIndex(path, count_tasks(studio, found.id).server_time)
    else:
        opened.index = sync(studio, found.id, path)
    opened.released = 0 if dry_run else release_stale(studio, found.id)
    return opened


def _send(run, where, units, by_unit, gazetteer, kinds, target, update, batch_size, progress):
    """Every unit once: new ones imported in batches, the rest sorted into present, changed,
    to update, or owed predictions."""
    sent = _Sent(_Counts(), set(), [], [])
    counts, config, index = sent.counts, where.config, where.index
    batch: list[dict] = []

    def flush() -> None:
        run.send(batch)
        if progress:
            progress(len(batch))
        batch.clear()

    for data in task_data(units, kinds=kinds, target=target):
        counts.units += 1
        unit_id = data["unit_id"]
        if unit_id in sent.seen:
            counts.duplicates += 1
            continue
        sent.seen.add(unit_id)
        wanted = list(by_unit.get(unit_id, ()))
        if gazetteer is not None:
            matched = from_matches(
                unit_id, gazetteer.find(data["text"]), config, gazetteer.version, data["text"]
            )
            if matched is not None:
                wanted.append(matched)
        existing = index.first(unit_id)
        if existing is None:
            task = {"data": data}
            if wanted:
                task["predictions"] = [p.to_api() for p in wanted]
            batch.append(task)
            if len(batch) >= batch_size:
                flush()
            continue
        if existing.sha256 == data["sha256"]:
            counts.present += 1
            if wanted:
                sent.late.append((existing, wanted))
        elif update and existing.annotations == 0:
            sent.to_replace.append((existing, data, wanted))
        else:
            counts.changed.append(unit_id)
        if progress:
            progress(1)
    if batch:
        flush()
    return sent


def _finish(run: _Run, target: _Target, sent: _Sent, dry_run: bool) -> None:
    """Updates and late predictions, then the last pass over what the imports made."""
    if sent.to_replace:
        _update(run, sent.to_replace, sent.counts, sent.late)
    if sent.late:
        sent.counts.predictions += _add_predictions(
            run.studio, target.project_id, sent.late, dry_run
        )
    if not dry_run and target.found is not None:
        run.final_pass()
        settle(run.studio, target.project_id, target.index)


def _report(run: _Run, target: _Target, sent: _Sent, *, dry_run, locks) -> PushReport:
    counts = sent.counts
    created, present, raced, missing = _tally(run, sent.seen, counts)
    shared: tuple[int, ...] = ()
    if target.found is not None and target.went_through_creation and not dry_run:
        # the rest of a race for the title: what the rule could not settle is said
        shared = tuple(
            p.id for p in titled(run.studio, target.title)[0] if p.id != target.project_id
        )
    return PushReport(
        project_id=target.project_id,
        project_title=target.title,
        project_created=target.created,
        units=counts.units,
        created=created,
        present=present,
        changed=tuple(counts.changed),
        updated=tuple(counts.updated),
        predictions=counts.predictions + run.predictions,
        duplicates=counts.duplicates,
        config_differs=target.config_differs,
        dry_run=dry_run,
        raced=raced,
        removed=run.removed,
        kept_duplicates=tuple(sorted(run.kept - {None})),
        missing=missing,
        busy=tuple(counts.busy),
        restored=tuple(counts.restored),
        open_tasks_visible=locks is not None,
        released=target.released,
        overlap=target.settings[0],
        overlap_share=target.settings[1],
        show_overlap_first=target.settings[2],
        title_shared_by=shared,
        retired=target.retired,
    )


def _tally(run: _Run, seen: set[str], counts: _Counts) -> tuple[int, int, int, tuple[str, ...]]:
    """(units whose task this run made, units whose task was there or made by a concurrent
    push, units this run imported that a concurrent push had created first, units with no
    task at all): from the project as the run saw it last, not from what it sent."""
    if run.dry_run:
        return run.dry_created, counts.present, 0, ()
    elsewhere = {*counts.changed, *counts.updated, *counts.restored}
    elsewhere.update(unit for unit, _ in counts.busy)
    created = present = 0
    missing: list[str] = []
    for unit in seen:
        if unit in elsewhere:
            continue
        if run.stands(unit):
            created += 1
        elif run.index.first(unit) is not None:
            present += 1
        else:
            missing.append(unit)
    raced = sum(1 for unit in run.imported if not run.stands(unit))
    return created, present, raced, tuple(sorted(missing))


def _update(run: _Run, to_replace, counts: _Counts, late) -> None:
    """--update: new text for changed units whose tasks nobody works on (see ``replace``)."""
    if run.dry_run:
        for existing, data, wanted in to_replace:
            counts.updated.append(data["unit_id"])
            if wanted:
                late.append((dataclasses.replace(existing, predictions=0), wanted))
        return
    wanted_by_task = {existing.task_id: wanted for existing, _, wanted in to_replace}

    def replaced(existing: Existing, data: dict) -> None:
        run.index.add(existing.task_id, data)
        if wanted_by_task[existing.task_id]:
            late.append(
                (dataclasses.replace(existing, predictions=0), wanted_by_task[existing.task_id])
            )

    outcome = replace(
        run.studio,
        run.project_id,
        [(existing, data) for existing, data, _ in to_replace],
        locks=run.locks,
        on_replaced=replaced,
    )
    counts.updated += outcome.updated
    counts.changed += outcome.annotated
    counts.busy += outcome.busy
    counts.restored += outcome.restored


class _Run:
    """One push's view of the project while it imports: which tasks are there, which of them
    it made, and the duplicates it found and removed (see the module docstring).

    **Where new tasks are.** Label Studio on SQLite numbers an import's tasks from the highest
    task id that exists (not from a sequence), so a deleted task's id is given again once
    every task above it is gone too, as happens to the duplicates a race leaves on top. So a
    task with an id above the highest one this push has seen (the *mark*) is new only while
    the task at the mark is still the one it saw (the same ``created_at``): then every task
    made since has a higher id. When it is not, the push falls back to every task updated
    since it began, which is slower but does not depend on ids.
    """

    def __init__(self, studio: Studio, project_id, index: TaskIndex, *, locks, dry_run) -> None:
        self.studio, self.project_id, self.index = studio, project_id, index
        self.locks: LockReader | None = locks
        self.dry_run = dry_run
        self.id = uuid.uuid4().hex  # marks this run's tasks, for an answer that was lost
        self.mine: dict[str, int] = {}  # unit id -> the task this run made for it
        self.imported: set[str] = set()  # the units this run created a task for
        self.kept: set[str] = set()  # units left with several tasks, each worked on
        self.spans: list[tuple[int, int]] = []  # id ranges of this run's batches
        self.began = index.watermark or None  # the server's clock before the project was read
        self.raced = False  # whether anyone else created or removed tasks meanwhile
        self.removed = 0
        self.predictions = 0
        self.dry_created = 0
        self.mark, self.mark_made = 0, ""
        if not dry_run and index.tasks:
            self.mark = max(index.tasks)
            self.mark_made = self._made(self.mark)

    def send(self, batch: list[dict]) -> None:
        """Import a batch, then check after writing; an import that may have been saved is
        looked for before what is missing is sent again."""
        if self.dry_run:
            self.dry_created += len(batch)
            self.predictions += sum(len(task.get("predictions", ())) for task in batch)
            return
        failure = ""
        for attempt in range(IMPORT_ATTEMPTS):
            tasks = [{**task, "meta": {MARK: self.id}} for task in batch]
            try:
                ids = _import(self.studio, self.project_id, tasks)
            except _Uncertain as exc:
                failure = str(exc)
                time.sleep(0.5 * 2**attempt)
                try:
                    self.resolve(self.look())  # what landed, ours among it by its mark
                except StudioError:
                    continue  # still out of reach: wait longer, look again
                batch = [t for t in batch if self.index.first(t["data"]["unit_id"]) is None]
                if not batch:
                    return
                continue
            for task_id, task in zip(ids, batch, strict=True):
                self.index.add(task_id, task["data"], len(task.get("predictions", ())))
                self.mine[task["data"]["unit_id"]] = task_id
                self.imported.add(task["data"]["unit_id"])
                self.predictions += len(task.get("predictions", ()))
            self.resolve(self.look(ids))
            return
        made = sum(1 for unit in self.imported if self.stands(unit))
        raise StudioError(
            f"Label Studio at {self.studio.conn.url} {failure} while importing {len(batch)} "
            f"tasks, {IMPORT_ATTEMPTS} times; this run created {made} tasks before, and the "
            "last batch may or may not be saved; run the same command again to finish (nothing "
            "is created twice)"
        )

    def look(self, ours: list[int] | None = None) -> set[str]:
        """Take in every task created since the last look (``ours``, just imported, are
        known); the units concerned."""
        span = _span(ours)
        if span is not None:
            self.spans.append(span)
        # ours, but for the highest (whose created_at becomes the next mark), are not read back
        where = ()
        if span is not None and span[1] > span[0] and span[0] > self.mark:
            where = (condition("id", "not_in", "Number", {"min": span[0], "max": span[1] - 1}),)
        rows = list(
            all_tasks(
                self.studio,
                self.project_id,
                include=CHECK_FIELDS,
                after_id=max(self.mark - 1, 0),
                where=where,
            )
        )
        intact = not self.mark or (
            bool(rows) and rows[0]["id"] == self.mark and rows[0]["created_at"] == self.mark_made
        )
        if not intact:
            return self._look_since_began(ours)
        concerned = {self.index.tasks[i][0] for i in ours or ()}
        foreign = False
        for row in rows:
            if row["id"] > self.mark:
                concerned.add(self._take(row))
                foreign = foreign or not self._is_mine(row)
        self.raced = self.raced or foreign
        if span is not None and span[1] not in {row["id"] for row in rows}:
            self.index.remove(span[1])  # a concurrent push removed it already
            self.raced = foreign = True
        # Of ours, only a duplicate of a lower task can have been removed meanwhile, and a
        # lower one would be among the rows: without a foreign row, ours are all there.
        if span is not None and where and foreign:
            inside = (condition("id", "in", "Number", {"min": span[0], "max": span[1] - 1}),)
            if count_tasks(self.studio, self.project_id, where=inside).remaining != (
                span[1] - span[0]
            ):
                self._recount(span)
        elif ours and span is None:  # not one run of ids: they were all read back
            listed = {row["id"] for row in rows}
            for task_id in ours:
                if task_id not in listed:
                    self.index.remove(task_id)
        if rows and rows[-1]["id"] >= self.mark:
            self.mark, self.mark_made = rows[-1]["id"], rows[-1]["created_at"]
        return concerned - {None}

    def final_pass(self) -> None:
        """Before reporting: whatever was created since the last look, what annotators did
        meanwhile (and, on a database that commits in another order than it numbers, what
        came late), then every unit with several tasks is resolved, leftovers of earlier
        races included. If anyone else touched the project meanwhile, everything since the
        push began is read again, which also counts this run's own tasks exactly."""
        concerned = self.look()
        if self.raced:
            concerned |= self._look_since_began(None)
        else:
            where = tuple(
                condition("id", "not_in", "Number", {"min": lo, "max": hi}) for lo, hi in self.spans
            )
            for row in all_tasks(
                self.studio,
                self.project_id,
                include=CHECK_FIELDS,
                updated_after=self.began,
                where=where[:50],  # a long push: the rest is read again, which costs only time
            ):
                concerned.add(self._take(row))
                self.raced = self.raced or not self._is_mine(row)
        self.resolve(set(self.index.duplicated()) | (concerned - {None}))

    def resolve(self, units: Iterable[str]) -> None:
        """Of a unit's tasks keep the lowest id (the lowest someone worked on, if any) and
        delete the others nobody worked on; a kept duplicate shows in the report.

        The tasks are asked for again first: the index may hold a task someone else removed
        meanwhile, and a unit must never lose its last task for it.
        """
        groups = [self.index.copies(unit) for unit in units]
        asked = sorted({i for ids in groups if len(ids) > 1 for i in ids})
        if not asked or self.dry_run:
            return
        self.raced = True
        there: dict[str, list[dict]] = {}
        for row in all_tasks(self.studio, self.project_id, include=CHECK_FIELDS, only=asked):
            unit = self._take(row)
            if unit is not None:
                there.setdefault(unit, []).append(row)
        for task_id in set(asked) - {row["id"] for rows in there.values() for row in rows}:
            self.index.remove(task_id)
        losers: list[int] = []
        for unit, rows in there.items():
            self.kept.discard(unit)
            if len(rows) < 2:
                continue
            worked = [r["id"] for r in rows if _worked(r)]
            keep = worked[0] if worked else rows[0]["id"]
            losers += [r["id"] for r in rows if r["id"] != keep and r["id"] not in worked]
            if len(worked) > 1:
                self.kept.add(unit)
        if self.locks is not None and losers:
            held = self.locks.held(losers)
            self.kept.update(self.index.tasks[i][0] for i in held)
            losers = [i for i in losers if i not in held]
        if not losers:
            return
        made = {r["id"]: r["created_at"] for rows in there.values() for r in rows}
        self.removed += delete_unworked(
            self.studio,
            self.project_id,
            losers,
            made_by=max(made[i] for i in losers),
        )
        # read again: what stayed was started on meanwhile; the same id with another
        # created_at is a new task that was given a removed one's id
        listed: set[int] = set()
        for row in all_tasks(self.studio, self.project_id, include=CHECK_FIELDS, only=losers):
            unit = self._take(row)
            listed.add(row["id"])
            if row["created_at"] == made[row["id"]]:
                self.kept.add(unit)
        for task_id in losers:
            if task_id not in listed:
                self.index.remove(task_id)

    def stands(self, unit: str) -> bool:
        """Whether the unit's task is one this run made."""
        return self.mine.get(unit) in self.index.tasks

    def _look_since_began(self, ours: list[int] | None) -> set[str]:
        """Every task updated since this push began, whatever its id: the fallback of
        :meth:`look`, and an exact count of this run's own tasks."""
        self.raced = True
        rows = list(
            all_tasks(
                self.studio,
                self.project_id,
                include=CHECK_FIELDS,
                updated_after=self.began,
            )
        )
        listed = {row["id"] for row in rows}
        concerned = {self.index.tasks[i][0] for i in ours or () if i in self.index.tasks}
        # what this push made or learnt of since it began and is not there any more is gone
        for task_id in [*self.mine.values(), *(ours or ())]:
            if task_id not in listed:
                self.index.remove(task_id)
        self.mine = {}
        for row in rows:
            concerned.add(self._take(row))
        if rows:
            top = max(rows, key=lambda row: row["id"])
            if top["id"] >= max(self.index.tasks, default=0):
                self.mark, self.mark_made = top["id"], top["created_at"]
            else:
                self.mark = max(self.index.tasks)
                self.mark_made = self._made(self.mark)
        return concerned - {None}

    def _recount(self, span: tuple[int, int]) -> None:
        """Some of a batch is gone already (a concurrent push removed it as a duplicate)."""
        self.raced = True
        inside = (condition("id", "in", "Number", {"min": span[0], "max": span[1]}),)
        there = {
            row["id"] for row in all_tasks(self.studio, self.project_id, include="id", where=inside)
        }
        for task_id in range(span[0], span[1] + 1):
            if task_id not in there:
                self.index.remove(task_id)

    def _take(self, row: dict) -> str | None:
        self.index.read(row)
        unit = self.index.tasks[row["id"]][0]
        if unit is None:
            return None
        if self._is_mine(row):
            self.mine[unit] = min(row["id"], self.mine.get(unit, row["id"]))
            self.imported.add(unit)
        return unit

    def _is_mine(self, row: dict) -> bool:
        return (row.get("meta") or {}).get(MARK) == self.id

    def _made(self, task_id: int) -> str:
        """When the task was created, or "" if it is gone."""
        for row in all_tasks(
            self.studio,
            self.project_id,
            include="id,created_at",
            where=(condition("id", "equal", "Number", task_id),),
        ):
            return str(row.get("created_at") or "")
        return ""


def _worked(row: dict) -> bool:
    return bool((row.get("total_annotations") or 0) + (row.get("cancelled_annotations") or 0))


def _span(ids: list[int] | None) -> tuple[int, int] | None:
    """(lowest, highest) of ids that run without a gap, as one import's do when the database
    hands out ids one transaction at a time; None otherwise."""
    if not ids:
        return None
    low, high = min(ids), max(ids)
    return (low, high) if high - low + 1 == len(ids) == len(set(ids)) else None


class _Uncertain(Exception):
    """An import that may or may not have been saved: its answer was lost, or a 5xx."""


def _import(studio: Studio, project_id: int, batch: list[dict]) -> list[int]:
    """The batch as new tasks; their ids, in the order of the batch.

    A raw POST of an orjson body rather than the SDK's ``import_tasks``, which runs every
    task through its ``jsonable_encoder`` first: 0.5-0.65 s per 10,000 tasks, a tenth of a
    first push (bench/README.md, import batch size). Never retried here: a retried POST
    whose first answer was lost would duplicate the batch.
    """
    try:
        response = studio.client._client_wrapper.httpx_client.request(
            f"api/projects/{project_id}/import",
            method="POST",
            params={"return_task_ids": "true"},
            content=orjson.dumps(batch),
            headers={"content-type": "application/json"},
            request_options={"max_retries": 0},
        )
    except httpx.HTTPError as exc:
        raise _Uncertain(f"lost the connection ({type(exc).__name__})") from exc
    if response.status_code >= 500 or response.status_code in (408, 429):
        raise _Uncertain(f"answered {response.status_code}")
    check_answer(response, studio.conn, "importing tasks")
    try:
        answer = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        answer = None
    ids = list(answer.get("task_ids") or ()) if isinstance(answer, dict) else []
    if len(ids) != len(batch):
        count = answer.get("task_count") if isinstance(answer, dict) else None
        raise _Uncertain(f"created {count} tasks but named {len(ids)} of them")
    return ids


def _add_predictions(studio: Studio, project_id: int, late, dry_run: bool) -> int:
    """Predictions for tasks already in the project, each model version once per task."""
    from label_studio_sdk.core.api_error import ApiError

    try:  # one request, asked every time: counts in a local index may lag behind
        listed = studio.client.predictions.list(project=project_id)
        have = {(p.task, p.model_version) for p in listed}
    except ApiError as exc:
        raise api_error(exc, studio.conn, "listing the project's predictions") from exc
    todo = [
        prediction.to_api(existing.task_id)
        for existing, wanted in late
        for prediction in wanted
        if (existing.task_id, prediction.model_version) not in have
    ]
    if todo and not dry_run:
        import_predictions(studio, project_id, todo)
    return len(todo)


def import_predictions(
    studio: Studio,
    project_id: int,
    todo: list[dict],
    *,
    doing: str = "adding predictions",
) -> None:
    """Predictions (each naming its task) in batches, never retried: a retry could duplicate."""
    from label_studio_sdk.core.api_error import ApiError

    client, conn = studio
    try:
        for start in range(0, len(todo), BATCH_SIZE):
            client.projects.import_predictions(
                id=project_id,
                request=todo[start : start + BATCH_SIZE],
                request_options={"max_retries": 0},
            )
    except ApiError as exc:
        raise api_error(exc, conn, doing) from exc
    except httpx.HTTPError as exc:
        raise StudioError(f"lost the connection to {conn.url} while {doing}") from exc


def _check_gazetteer(gazetteer: Gazetteer, config: LabelConfig) -> None:
    spans = [c for c in config.controls if c.kind == "spans"]
    if len(spans) != 1:
        raise PredictionError(
            "--gazetteer needs a labeling config with exactly one span control "
            f"(this one has {len(spans)})"
        )
    unknown = sorted(gazetteer.labels - set(spans[0].labels))
    if unknown:
        raise PredictionError(
            f"the gazetteer's labels {', '.join(unknown)} are not offered by "
            f"{spans[0].name!r} (it offers: {', '.join(spans[0].labels)})"
        )


def _checked_predictions(records, units, config, kinds, target) -> dict[str, list[Prediction]]:
    """Every prediction built against its unit's text; the first bad one stops the push."""
    wanted: dict[str, list[dict]] = {}
    for record in records:
        wanted.setdefault(str(record["unit_id"]), []).append(record)
    built: dict[str, list[Prediction]] = {}
    for data in task_data(units, kinds=kinds, target=target):
        for record in wanted.pop(data["unit_id"], ()):
            built.setdefault(data["unit_id"], []).append(build(record, data["text"], config))
    if wanted:
        first = next(iter(wanted.values()))[0]
        raise PredictionError(
            f"{first.get('_where', 'predictions')}: unit {first['unit_id']} is not among the "
            f"units pushed ({len(wanted)} such units)"
        )
    return built
