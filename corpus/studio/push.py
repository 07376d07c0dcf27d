"""Units → Label Studio tasks, safe to repeat: what the project already holds is never sent again.

Label Studio duplicates tasks on every re-import, so idempotence is built here: before
importing, the project's tasks are listed and matched by ``data.unit_id``. The server, not a
local file, is the record of what was pushed, so a push killed halfway, or a colleague pushing
to the same project, is simply completed by the next run. Each import request is one
transaction on the server, so a batch is either wholly there or not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import orjson

from ..errors import CorpusError, InputError
from ..gazetteer import Gazetteer
from ..labelconfig import ConfigError, LabelConfig, parse_config
from ..taskdata import task_data
from .client import Connection, StudioError, api_error, check_answer, every
from .predictions import Prediction, PredictionError, build, from_matches
from .taskindex import Existing, TaskIndex, index_path, settle, sync
from .tasks import count_tasks
from .templates import load_config

BATCH_SIZE = 1000  # tasks per import request: bulk import is ~400x faster than one by one


@dataclass(frozen=True)
class PushReport:
    project_id: int
    project_title: str
    project_created: bool
    units: int  # units read (of the kinds pushed)
    created: int
    present: int  # already in the project, same text
    changed: tuple[str, ...] = ()  # unit ids whose text differs from the task's: left alone
    updated: tuple[str, ...] = ()  # changed units whose tasks were replaced (--update)
    predictions: int = 0  # predictions sent with new tasks or added to present ones
    duplicates: int = 0  # unit ids seen twice in the input: the first one counts
    config_differs: bool = False  # the project exists with a config other than the one given
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


class UnitsFile:
    """A units file that can be read more than once (predictions are checked in a first pass)."""

    def __init__(self, path: Path | str) -> None:
        self.path = path

    def __iter__(self) -> Iterator[dict]:
        return read_units(self.path)


# -- the project -------------------------------------------------------------------------------


def find_project(client, conn: Connection, project: str):
    """The project with this id, or the only one with exactly this title; None if no title matches."""
    from label_studio_sdk.core.api_error import ApiError

    try:
        if project.isdigit():
            return client.projects.get(id=int(project))
        # the server's title filter matches substrings in any case, so exactness is checked
        # here; sparse fields spare it counting every project's tasks (0.1 s against 0.7 s)
        listed = client.projects.list(page_size=100, title=project, include="id,title")
        matches = [p for p in every(listed) if p.title == project]
        if len(matches) == 1:
            return client.projects.get(id=matches[0].id)
    except ApiError as exc:
        if project.isdigit() and exc.status_code == 404:
            raise StudioError(f"no project with id {project} on {conn.url}") from exc
        raise api_error(exc, conn, "looking up the project") from exc
    if len(matches) > 1:
        ids = ", ".join(str(i) for i in sorted(p.id for p in matches))
        raise StudioError(f"{len(matches)} projects are titled {project!r} (ids {ids}); pass an id")
    return None


def existing_tasks(client, conn: Connection, project_id: int) -> dict[str, Existing]:
    """unit_id → what the project holds for it, for every task that corpus pushed."""
    return sync(client, conn, project_id, None).existing()


def check_config(client, conn: Connection, xml: str) -> LabelConfig:
    """Refuse a config before a project is made with it: ours first, then the server's rules.

    Ours name the element and the field; the server knows every tag's attributes.
    """
    config = load_config(xml)
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
    if response.status_code >= 400:
        try:
            problems = response.json().get("label_config") or response.json()
        except ValueError:
            problems = response.text[:300]
        if isinstance(problems, list):
            problems = "; ".join(str(p) for p in problems)
        raise ConfigError(f"Label Studio rejects the labeling config: {problems}")
    return config


# -- push --------------------------------------------------------------------------------------


@dataclass
class _Counts:
    units: int = 0
    created: int = 0
    present: int = 0
    duplicates: int = 0
    predictions: int = 0
    changed: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


def push(
    client,
    conn: Connection,
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
) -> PushReport:
    """Create or reuse ``project`` and import every unit it does not hold yet.

    ``units`` is read twice when ``predictions`` are given (a list, or an object whose
    ``__iter__`` reads the file again): every prediction is checked against its unit's text
    before anything is sent. With ``index_dir``, what the project holds is kept there between
    pushes and only what changed since is asked of the server (see ``taskindex``).
    """
    from label_studio_sdk.core.api_error import ApiError

    found = find_project(client, conn, project)
    created_project = found is None
    config_differs = False
    if found is None:
        if project.isdigit():
            raise StudioError(f"no project with id {project} on {conn.url}")
        if label_config is None:
            raise CorpusError(
                f"project {project!r} does not exist; give --template or --config to create it"
            )
        config = check_config(client, conn, label_config)
    else:
        config = parse_config(found.label_config)
        config_differs = (
            label_config is not None and label_config.strip() != found.label_config.strip()
        )

    if gazetteer is not None:
        _check_gazetteer(gazetteer, config)
    by_unit = _checked_predictions(predictions, units, config, kinds, target) if predictions else {}

    if found is None and not dry_run:
        try:
            found = client.projects.create(title=project, label_config=label_config)
        except ApiError as exc:
            raise api_error(exc, conn, "creating the project") from exc
    if found is None:
        project_id, title, index = 0, project, TaskIndex(None)
    else:
        project_id, title = found.id, found.title
        path = None if index_dir is None or dry_run else index_path(index_dir, conn, project_id)
        if created_project:
            index = TaskIndex(path, count_tasks(client, conn, project_id).server_time)
        else:
            index = sync(client, conn, project_id, path)
    present_units = index.existing()

    counts = _Counts()
    seen: set[str] = set()
    batch: list[dict] = []
    late: list[tuple[Existing, list[Prediction]]] = []  # predictions for tasks already there

    def send() -> None:
        if not dry_run:
            for task_id, task in zip(
                _import(client, conn, project_id, batch, counts), batch, strict=True
            ):
                index.add(task_id, task["data"], len(task.get("predictions", ())))
        counts.created += len(batch)
        counts.predictions += sum(len(task.get("predictions", ())) for task in batch)
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
        wanted = list(by_unit.get(unit_id, ()))
        if gazetteer is not None:
            matched = from_matches(
                unit_id, gazetteer.find(data["text"]), config, gazetteer.version, data["text"]
            )
            if matched is not None:
                wanted.append(matched)
        existing = present_units.get(unit_id)
        if existing is None:
            task = {"data": data}
            if wanted:
                task["predictions"] = [p.to_api() for p in wanted]
            batch.append(task)
            if len(batch) >= batch_size:
                send()
            continue
        if existing.sha256 == data["sha256"]:
            counts.present += 1
            if wanted:
                late.append((existing, wanted))
        elif (
            update
            and existing.annotations == 0
            and (dry_run or _replace(client, conn, existing, data))
        ):
            index.add(existing.task_id, data)
            counts.updated.append(unit_id)
            if wanted:
                late.append((dataclasses.replace(existing, predictions=0), wanted))
        else:
            counts.changed.append(unit_id)
        if progress:
            progress(1)
    if batch:
        send()
    if late:
        counts.predictions += _add_predictions(client, conn, project_id, late, dry_run)
    if not dry_run:
        settle(client, conn, project_id, index)
    return PushReport(
        project_id=project_id,
        project_title=title,
        project_created=created_project,
        units=counts.units,
        created=counts.created,
        present=counts.present,
        changed=tuple(counts.changed),
        updated=tuple(counts.updated),
        predictions=counts.predictions,
        duplicates=counts.duplicates,
        config_differs=config_differs,
        dry_run=dry_run,
    )


def _import(
    client, conn: Connection, project_id: int, batch: list[dict], counts: _Counts
) -> list[int]:
    """The batch as new tasks; their ids, in the order of the batch.

    A raw POST of an orjson body rather than the SDK's ``import_tasks``, which runs every
    task through its ``jsonable_encoder`` first: 0.5-0.65 s per 10,000 tasks, a tenth of a
    first push (bench/README.md, import batch size).
    """

    done = f"{counts.created} tasks created before this; run the same command again to finish"
    try:
        response = client._client_wrapper.httpx_client.request(
            f"api/projects/{project_id}/import",
            method="POST",
            params={"return_task_ids": "true"},
            content=orjson.dumps(batch),
            headers={"content-type": "application/json"},
            # a retried POST whose first answer was lost would duplicate tasks
            request_options={"max_retries": 0},
        )
    except httpx.HTTPError as exc:
        raise StudioError(
            f"lost the connection to {conn.url} while importing ({type(exc).__name__}); {done}"
        ) from exc
    try:
        check_answer(response, conn, "importing tasks")
    except StudioError as exc:
        raise StudioError(f"{exc} ({done})") from exc
    try:
        answer = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        answer = None
    ids = list(answer.get("task_ids") or ()) if isinstance(answer, dict) else []
    if len(ids) != len(batch):
        count = answer.get("task_count") if isinstance(answer, dict) else None
        raise StudioError(
            f"Label Studio at {conn.url} created {count} tasks but named "
            f"{len(ids)} of them; run the same command again to check"
        )
    return ids


def _replace(client, conn: Connection, existing: Existing, data: dict) -> bool:
    """New text for a task nobody has worked on; its predictions were made for the old text.

    The task is asked for once more first: someone may have started on it since it was
    listed, and then it is left as it is (False).
    """
    from label_studio_sdk.core.api_error import ApiError

    try:
        task = client.tasks.get(id=str(existing.task_id))
        if (task.total_annotations or 0) + (task.cancelled_annotations or 0) or getattr(
            task, "drafts", None
        ):
            return False
        client.tasks.update(id=str(existing.task_id), data=data)
        if existing.predictions:
            for prediction in client.predictions.list(task=existing.task_id):
                client.predictions.delete(id=prediction.id)
    except ApiError as exc:
        raise api_error(exc, conn, f"updating task {existing.task_id}") from exc
    return True


def _add_predictions(client, conn, project_id: int, late, dry_run: bool) -> int:
    """Predictions for tasks already in the project, each model version once per task."""
    from label_studio_sdk.core.api_error import ApiError

    try:  # one request, asked every time: counts in a local index may lag behind
        have = {(p.task, p.model_version) for p in client.predictions.list(project=project_id)}
    except ApiError as exc:
        raise api_error(exc, conn, "listing the project's predictions") from exc
    todo = [
        prediction.to_api(existing.task_id)
        for existing, wanted in late
        for prediction in wanted
        if (existing.task_id, prediction.model_version) not in have
    ]
    if todo and not dry_run:
        import_predictions(client, conn, project_id, todo)
    return len(todo)


def import_predictions(
    client,
    conn: Connection,
    project_id: int,
    todo: list[dict],
    *,
    doing: str = "adding predictions",
) -> None:
    """Predictions (each naming its task) in batches, never retried: a retry could duplicate."""
    from label_studio_sdk.core.api_error import ApiError

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
