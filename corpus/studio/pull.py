"""A Label Studio project → one complete JSON export on disk, fetched in chunks.

Label Studio's community edition builds an export inside one HTTP request, so a big project
hits the timeout (about 1,000 tasks/s on a small machine). Here the project is read in
chunks of task ids, each chunk a request of its own:

1. the next ``chunk_size`` task ids come from the Data Manager's task list, filtered to ids
   above the last one seen and ordered by id (keyset paging: tasks added or deleted meanwhile
   never shift a page, so none is skipped or read twice), asking for the id alone
   (``include=id``), which is about 5x faster than the lightest field set;
2. those tasks come from the sync export endpoint restricted to them (``ids[]=…``; the SDK's
   own ``ids`` argument is sent as ``ids=…``, which the server ignores, and Django refuses
   more than 1,000 query fields, so at most ``MAX_IDS_PER_REQUEST`` ids go in one request);
3. the sync export names predictions by id only, so the project's predictions are fetched
   once from the predictions API (one request, about 5,000 predictions/s), streamed into a
   temporary SQLite index, and each task gets its full prediction objects back.

Annotators stay what the export says they are, user ids (``completed_by``), and drafts,
which the export credits to an e-mail address, are credited to the same user ids: a pulled
file holds no e-mail address. Tasks are written one by one as they arrive into a temporary
file beside the output, renamed into place only when complete, so memory stays flat and a
killed pull leaves any earlier export untouched. The labeling config and a manifest (where
it came from, when, how much) are written beside it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import orjson

from .. import bounded
from ..errors import CorpusError
from ..files import atomic_files
from ..version import __version__
from .client import (
    DEFAULT_DATA_DIR,
    Connection,
    Studio,
    StudioError,
    check_answer,
    connect,
    connection,
    public_url,
)
from .projects import find_project
from .rounds import round_projects
from .tasks import next_page

CHUNK_SIZE = 500  # tasks per request: ~0.5 s each on a small machine, far below any timeout
MAX_IDS_PER_REQUEST = 990  # Django's DATA_UPLOAD_MAX_NUMBER_FIELDS is 1,000 per query string


@dataclass(frozen=True)
class PullReport:
    """What a pull fetched and where it put it."""

    project_id: int
    project_title: str
    path: str
    config_path: str
    manifest_path: str
    tasks: int
    annotations: int  # every annotation, skipped ones included
    cancelled: int  # of which skipped (was_cancelled)
    ground_truth: int
    drafts: int
    predictions: int
    chunks: int  # export requests made
    seconds: float
    # files the export requests left in the server's export/ folder (0 where corpus could
    # remove them), each tagged corpus_pull=<server_files_tag> in its -info.json
    server_files_left: int = 0
    server_files_tag: str = ""
    # the projects merged into this export: a round with a project per annotator
    # (corpus.studio.rounds); empty for one project
    round_projects: tuple[int, ...] = ()


def sidecar_paths(output_path: Path | str) -> tuple[Path, Path]:
    """Where the labeling config and the manifest of an export go: ``<stem>.config.xml`` and
    ``<stem>.manifest.json`` beside it."""
    output = Path(output_path)
    stem = output.name[: -len(output.suffix)] if output.suffix else output.name
    return output.with_name(f"{stem}.config.xml"), output.with_name(f"{stem}.manifest.json")


def pull(
    studio: Studio,
    project: str,
    output_path: Path | str,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> PullReport:
    """Write the complete JSON export of ``project`` (an id or an exact title) to ``output_path``.

    Every task is there, annotated or not, with its annotations (skipped ones included),
    drafts and full predictions, in the shape of Label Studio's own JSON export. ``progress``
    is called after each chunk with (tasks just written, tasks in the project).
    """
    client, conn = studio
    if chunk_size < 1:
        raise CorpusError(f"chunk size must be at least 1, not {chunk_size}")
    began = time.monotonic()
    output = Path(output_path)
    if not output.parent.is_dir():
        raise CorpusError(f"{output.parent}: no such directory")
    found = find_project(studio, project)
    sources = [found] if found is not None else round_projects(studio, project)
    if not sources:
        raise StudioError(f"no project titled {project!r} on {conn.url}")
    first = sources[0] if found is not None else client.projects.get(id=sources[0].id)
    api = _Api(studio)
    version = api.get_json("api/version/", doing="asking the Label Studio version").get("release")
    config_path, manifest_path = sidecar_paths(output)
    counts = _Counts()
    every_files = [ServerFiles(conn, source.id) for source in sources]
    for files in every_files:
        files.sweep()
    shared = _SharedProgress(progress)
    with ExitStack() as stack:
        streams = [
            _tasks(api, source.id, chunk_size, counts, shared.of(k), files, stack)
            for k, (source, files) in enumerate(zip(sources, every_files, strict=True))
        ]
        tasks = streams[0] if len(streams) == 1 else _merged(streams, stack)
        # the three files replace the earlier ones together, once all are complete
        handle, config_out, manifest_out = stack.enter_context(
            atomic_files(output, config_path, manifest_path)
        )
        handle.write(b"[")
        for task in tasks:
            counts.add(task)
            handle.write(b"\n" if counts.tasks == 1 else b",\n")
            handle.write(orjson.dumps(task))
        handle.write(b"\n]\n" if counts.tasks else b"]\n")
        pulled_at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        config_out.write((first.label_config or "").encode("utf-8"))
        report = PullReport(
            project_id=first.id,
            project_title=first.title if found is not None else project,
            path=str(output),
            config_path=str(config_path),
            manifest_path=str(manifest_path),
            tasks=counts.tasks,
            annotations=counts.annotations,
            cancelled=counts.cancelled,
            ground_truth=counts.ground_truth,
            drafts=counts.drafts,
            predictions=counts.predictions,
            chunks=counts.requests,
            seconds=round(time.monotonic() - began, 3),
            server_files_left=sum(files.left for files in every_files),
            server_files_tag=every_files[0].tag,
            round_projects=tuple(s.id for s in sources) if found is None else (),
        )
        manifest = {
            "label_studio": {"url": public_url(conn.url), "version": version},
            "project": {"id": first.id, "title": report.project_title},
            "pulled_at": pulled_at,
            "pulled_by": f"corpus {__version__}",
            "export": output.name,
            "config": config_path.name,
            "counts": {
                k: v
                for k, v in asdict(report).items()
                if k
                in ("tasks", "annotations", "cancelled", "ground_truth", "drafts", "predictions")
            },
            "missing_predictions": counts.missing_predictions,
        }
        if found is None:
            manifest["round"] = [{"id": s.id, "title": s.title} for s in sources]
        manifest_out.write((json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode())
    return report


def _tasks(api, project_id, chunk_size, counts, progress, files, stack) -> Iterator[dict]:
    """One project's tasks, in id order, with their predictions and drafts made whole."""
    predictions = stack.enter_context(_prediction_index(api, project_id))
    drafters = _Drafters(api)
    for chunk in _chunks(api, project_id, chunk_size, counts, progress, files):
        for task in chunk:
            yield _complete(task, predictions, drafters)


class _SharedProgress:
    """Progress over several projects: (tasks just written, the projects' totals known so far)."""

    def __init__(self, progress: Callable[[int, int], None] | None):
        self.progress, self.totals = progress, {}

    def of(self, k: int) -> Callable[[int, int], None] | None:
        if self.progress is None:
            return None

        def report(done: int, total: int) -> None:
            self.totals[k] = total
            self.progress(done, sum(self.totals.values()))

        return report


# fields of a task that count what it holds: a merged task adds them up
_COUNTED = ("total_annotations", "cancelled_annotations", "total_predictions")


def _merged(streams: list[Iterator[dict]], stack: ExitStack) -> Iterator[dict]:
    """The tasks of a round's projects as one project's: matched by unit id, the first
    project's task (its id and data) holding everyone's annotations, drafts and predictions.
    Held in a temporary SQLite file, so memory stays flat however big the round."""
    folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="corpus-round-"))
    db = sqlite3.connect(os.path.join(folder, "merged.sqlite3"))
    stack.callback(db.close)
    db.execute("CREATE TABLE t (unit TEXT PRIMARY KEY, n INTEGER, body BLOB)")
    order = 0
    for k, stream in enumerate(streams):
        for task in stream:
            data = task.get("data") if isinstance(task.get("data"), dict) else {}
            unit = str(data.get("unit_id") or f"{k}:{task.get('id')}")
            held = db.execute("SELECT body FROM t WHERE unit = ?", (unit,)).fetchone()
            if held is None:
                db.execute("INSERT INTO t VALUES (?, ?, ?)", (unit, order, orjson.dumps(task)))
                order += 1
                continue
            merged = orjson.loads(held[0])
            for key in ("annotations", "drafts", "predictions"):
                merged[key] = list(merged.get(key) or ()) + list(task.get(key) or ())
            for key in _COUNTED:
                if isinstance(merged.get(key), int) and isinstance(task.get(key), int):
                    merged[key] += task[key]
            db.execute("UPDATE t SET body = ? WHERE unit = ?", (orjson.dumps(merged), unit))
    for (body,) in db.execute("SELECT body FROM t ORDER BY n"):
        yield orjson.loads(body)


def pull_project(
    project: str,
    output_path: Path | str,
    *,
    data_dir: Path | str = DEFAULT_DATA_DIR,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> PullReport:
    """``corpus pull`` in one call: the server is found as the command line finds it
    (``LABEL_STUDIO_URL`` and ``LABEL_STUDIO_API_KEY``, else ``corpus server start``'s)."""
    conn = connection(Path(data_dir))
    return pull(
        Studio(connect(conn), conn), project, output_path, chunk_size=chunk_size, progress=progress
    )


# -- talking to the server ---------------------------------------------------------------------


class _Api:
    """Raw requests through the SDK's authenticated httpx client, failures as StudioError."""

    def __init__(self, studio: Studio):
        self.studio = studio
        self.http = studio.client._client_wrapper.httpx_client

    @property
    def conn(self) -> Connection:
        return self.studio.conn

    def get(self, path: str, params: dict, *, doing: str) -> httpx.Response:
        try:
            response = self.http.request(path, method="GET", params=params)
        except httpx.HTTPError as exc:
            raise self.lost(exc, doing) from exc
        self.check(response, doing)
        return response

    def get_json(self, path: str, params: dict | None = None, *, doing: str):
        response = self.get(path, params or {}, doing=doing)
        try:
            return response.json()
        except ValueError as exc:
            raise StudioError(
                f"Label Studio at {self.conn.url} sent no JSON while {doing}"
            ) from exc

    @contextmanager
    def stream(self, path: str, params: dict, *, doing: str) -> Iterator[Iterator[bytes]]:
        try:
            with self.http.stream(path, method="GET", params=params) as response:
                if response.status_code >= 300:
                    response.read()
                    self.check(response, doing)
                yield response.iter_bytes()
        except httpx.HTTPError as exc:
            raise self.lost(exc, doing) from exc

    def check(self, response: httpx.Response, doing: str) -> None:
        check_answer(response, self.conn, doing)

    def lost(self, exc: httpx.HTTPError, doing: str) -> StudioError:
        return StudioError(
            f"lost the connection to {self.conn.url} while {doing} ({type(exc).__name__}); "
            "nothing was written, run the same command again"
        )


def _chunks(
    api: _Api,
    project_id: int,
    chunk_size: int,
    counts: _Counts,
    progress: Callable[[int, int], None] | None,
    files: ServerFiles,
) -> Iterator[list[dict]]:
    """The project's tasks, ``chunk_size`` at a time, in id order."""
    last, total = 0, None
    while True:
        ids, remaining = _next_ids(api, project_id, last, chunk_size)
        if total is None:
            total = remaining
        if not ids:
            return
        tasks: list[dict] = []
        for start in range(0, len(ids), MAX_IDS_PER_REQUEST):
            part = ids[start : start + MAX_IDS_PER_REQUEST]
            tasks.extend(_export(api, project_id, part, files.tag))
            counts.requests += 1
            files.made()
        tasks.sort(key=lambda t: t["id"])
        yield tasks
        if progress is not None:
            progress(len(tasks), total)
        last = ids[-1]


def _next_ids(api: _Api, project_id: int, after: int, size: int) -> tuple[list[int], int]:
    """The ids of the next ``size`` tasks with an id above ``after``, and how many there are."""
    # sparse fields: include=id is ~5x faster than the lightest named field set
    tasks, remaining, *_ = next_page(api.studio, project_id, after=after, size=size, include="id")
    return [int(task["id"]) for task in tasks], remaining


def _export(api: _Api, project_id: int, ids: list[int], tag: str) -> list[dict]:
    """The sync JSON export of these tasks (all of them, annotated or not).

    ``corpus_pull=<tag>`` is no parameter of Label Studio's: it only lands in the
    ``-info.json`` the server writes for the request, which is how :class:`ServerFiles`
    finds that request's files again.
    """
    response = api.get(
        f"api/projects/{project_id}/export",
        {"export_type": "JSON", "download_all_tasks": "true", "ids[]": ids, TAG_PARAMETER: tag},
        doing=f"exporting tasks {ids[0]}–{ids[-1]}",
    )
    try:
        tasks = orjson.loads(response.content)
    except orjson.JSONDecodeError as exc:
        raise StudioError(f"Label Studio at {api.conn.url} sent a broken export ({exc})") from exc
    if not isinstance(tasks, list):
        raise StudioError(f"Label Studio at {api.conn.url} sent an export that is not a list")
    return tasks


# -- the files each export request leaves on the server ---------------------------------------

TAG_PARAMETER = "corpus_pull"
STALE_AFTER = 3600.0  # seconds after which a tagged file is a killed pull's, not a running one's


class ServerFiles:
    """The two files Label Studio writes into ``DATA_DIR/export/`` for every sync export
    request (the tasks, with annotators' e-mails, and an ``-info.json``), never removes, and
    offers no API to remove (an export snapshot's DELETE leaves its file on disk too, in
    1.23). Where the server is the one ``corpus server start`` runs here, its data directory
    is known and each request's files are deleted once the answer has arrived; elsewhere they
    are counted, so the user can be told. Each pull tags its requests, so only its own files
    are touched (and, at the start, tagged files of pulls killed over an hour ago).
    """

    def __init__(self, conn: Connection, project_id: int):
        self.folder = conn.data_dir / "export" if conn.data_dir is not None else None
        self.project_id = project_id
        self.tag = uuid.uuid4().hex
        self.left = 0

    def made(self) -> None:
        """One more export request has been answered: its files go, where they can."""
        if self.folder is None:
            self.left += 2
            return
        self._remove(lambda tag, age: tag == self.tag)

    def sweep(self) -> None:
        """Remove what pulls that were killed mid-way left (tagged, and old)."""
        if self.folder is not None:
            self._remove(lambda tag, age: tag is not None and age > STALE_AFTER)

    def _remove(self, wanted: Callable[[str | None, float], bool]) -> None:
        now = time.time()
        for info in self.folder.glob(f"project-{self.project_id}-at-*-info.json"):
            try:
                age = now - info.stat().st_mtime
                download = json.loads(info.read_bytes()[:65536]).get("download") or {}
                tags = (download.get("GET") or {}).get(TAG_PARAMETER) or [None]
            except (OSError, ValueError, AttributeError):
                continue  # gone meanwhile, or not what Label Studio writes
            if not wanted(tags[0], age):
                continue
            result = info.with_name(info.name[: -len("-info.json")] + ".json")
            for path in (result, info):
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    self.left += 1


# -- predictions and drafts, made whole ---------------------------------------------------------


@contextmanager
def _prediction_index(api: _Api, project_id: int) -> Iterator[_Predictions]:
    """Every prediction of the project, by id, in a temporary SQLite file (memory stays flat)."""
    with tempfile.TemporaryDirectory(prefix="corpus-pull-") as folder:
        db = sqlite3.connect(os.path.join(folder, "predictions.sqlite3"))
        try:
            db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY, body BLOB)")
            with api.stream(
                "api/predictions/", {"project": project_id}, doing="fetching the predictions"
            ) as chunks:
                db.executemany("INSERT OR REPLACE INTO p VALUES (?, ?)", _predictions(chunks))
            db.commit()
            yield _Predictions(db)
        finally:
            db.close()


def _predictions(chunks: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """(id, JSON) of each prediction in a streamed JSON array, parsed as the bytes arrive,
    each sized before it is parsed."""
    reader = bounded.ChunkReader(chunks)
    for item in bounded.array(reader, "the predictions Label Studio sent", StudioError):
        if isinstance(item, dict) and isinstance(item.get("id"), int):
            yield item["id"], orjson.dumps(item)


class _Predictions:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def get(self, ids: list[int]) -> dict[int, dict]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT id, body FROM p WHERE id IN ({marks})", ids)
        return {row[0]: orjson.loads(row[1]) for row in rows}


class _Drafters:
    """E-mail → user id, for drafts, which the export credits to an e-mail address."""

    def __init__(self, api: _Api):
        self.api = api
        self.ids: dict[str, int] | None = None

    def id_of(self, draft: dict) -> int | None:
        user = draft.get("user")
        if isinstance(user, int):
            return user
        username = draft.get("created_username")
        if isinstance(username, str) and "," in username:
            tail = username.rsplit(",", 1)[1].strip()
            if tail.isdigit():
                return int(tail)
        if not isinstance(user, str):
            return None
        if self.ids is None:
            users = self.api.get_json("api/users/", doing="listing the users")
            self.ids = {
                u["email"]: u["id"] for u in users if isinstance(u, dict) and u.get("email")
            }
        return self.ids.get(user)


def _complete(task: dict, predictions: _Predictions, drafters: _Drafters) -> dict:
    """The task with full prediction objects and drafts credited to user ids, not e-mails."""
    named = task.get("predictions") or []
    wanted = [p for p in named if isinstance(p, int)]
    if wanted:
        full = predictions.get(wanted)
        task["predictions"] = [full.get(p, p) if isinstance(p, int) else p for p in named]
    for draft in task.get("drafts") or ():
        if isinstance(draft, dict):
            draft["user"] = drafters.id_of(draft)
            draft.pop("created_username", None)
    return task


# -- counting and writing -----------------------------------------------------------------------


@dataclass
class _Counts:
    tasks: int = 0
    annotations: int = 0
    cancelled: int = 0
    ground_truth: int = 0
    drafts: int = 0
    predictions: int = 0
    missing_predictions: int = 0
    requests: int = 0

    def add(self, task: dict) -> None:
        self.tasks += 1
        for annotation in task.get("annotations") or ():
            self.annotations += 1
            self.cancelled += bool(annotation.get("was_cancelled"))
            self.ground_truth += bool(annotation.get("ground_truth"))
        self.drafts += len(task.get("drafts") or ())
        for prediction in task.get("predictions") or ():
            self.predictions += 1
            self.missing_predictions += not isinstance(prediction, dict)
