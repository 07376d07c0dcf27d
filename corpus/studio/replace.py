"""New text for tasks nobody works on, without ever putting an annotation on text it was not
made on (``corpus push --update``).

An annotator's work on a task starts long before Label Studio records an annotation: the label
stream hands the task out (and locks it), the browser shows its text, a draft may follow, the
annotation comes minutes later. Text replaced in between would carry an annotation made on the
old one. So a replacement goes through four steps, a batch of tasks at a time:

1. **Ask again.** Tasks with an annotation (submitted or skipped), anyone's draft or a live
   lock (see ``locks``) are left alone and reported.
2. **Take them out of the label stream.** The rest are marked ``is_labeled``, which the label
   stream never hands out, with a note in the task's ``meta``; then a pause lets any request
   that picked one of them a moment before finish.
3. **Ask once more.** Whatever was taken before step 2 now shows (a lock, a draft, an
   annotation): those tasks go back to the stream unchanged, and are reported.
4. **Replace** the text and put the tasks back in the stream in one request. Anyone who takes
   a task from now on sees the new text. A moment later the tasks are read again: an
   annotation or draft that was begun before the replacement (its ``created_at`` less its
   ``lead_time``) was made on the old text, and the old text is put back under it (reported).

A push killed between steps 2 and 4 leaves tasks out of the stream; the next push returns them
(``release_stale``). What this cannot see: on a server whose database corpus cannot read, the
locks of step 1 and 3 (an annotator holding a task open without a draft yet), and a task
opened from the Data Manager's table rather than the label stream (Label Studio does not lock
those). Both are said in the README.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
import orjson

from .client import Studio, StudioError, check_answer
from .locks import LockReader
from .taskindex import Existing
from .tasks import all_tasks, condition, count_tasks, unworked

QUARANTINE = "corpus_replacing"  # the meta key of a task taken out of the stream (step 2)
CHUNK = 200  # tasks per round of the four steps: one pause each
PARALLEL = 8  # requests at once in steps 2 and 4
QUIET = 1.0  # seconds for requests in flight to finish (steps 2 and 4)
STALE = timedelta(minutes=5)  # a task out of the stream longer than this was left by a killed push
READ = "id,data,meta,total_annotations,cancelled_annotations,total_predictions"


@dataclass
class Outcome:
    updated: list[str] = field(default_factory=list)  # unit ids whose task has the new text
    annotated: list[str] = field(default_factory=list)  # left: someone annotated it meanwhile
    busy: list[tuple[str, str]] = field(default_factory=list)  # (unit id, why): left alone
    restored: list[str] = field(default_factory=list)  # replaced, then put back (step 4)


def replace(
    studio: Studio,
    project_id: int,
    wanted: list[tuple[Existing, dict]],
    *,
    locks: LockReader | None,
    on_replaced: Callable[[Existing, dict], None] | None = None,
) -> Outcome:
    """New ``data`` for each (task, data) of ``wanted`` whose task nobody works on."""
    outcome = Outcome()
    for start in range(0, len(wanted), CHUNK):
        _round(studio, project_id, wanted[start : start + CHUNK], locks, outcome, on_replaced)
    return outcome


def _round(studio: Studio, project_id, wanted, locks, outcome: Outcome, on_replaced) -> None:
    by_id = {existing.task_id: (existing, data) for existing, data in wanted}
    unit = {task_id: data["unit_id"] for task_id, (_, data) in by_id.items()}

    # 1. ask again
    now = {t["id"]: t for t in all_tasks(studio, project_id, include=READ, only=list(by_id))}
    free = _free(studio, project_id, list(now))
    held = locks.held(free) if locks else {}
    candidates = []
    for task_id in by_id:
        task = now.get(task_id)
        if task is None:
            outcome.busy.append((unit[task_id], "its task was deleted meanwhile"))
        elif (task.get("total_annotations") or 0) + (task.get("cancelled_annotations") or 0):
            outcome.annotated.append(unit[task_id])
        elif task_id not in free:
            outcome.busy.append((unit[task_id], "someone is working on it (a draft or more)"))
        elif task_id in held:
            outcome.busy.append((unit[task_id], "an annotator has it open"))
        else:
            candidates.append(task_id)
    if not candidates:
        return

    # 2. out of the label stream, and a pause for requests that picked one a moment before
    _patch_all(
        studio,
        {
            task_id: {"is_labeled": True, "meta": {**_meta(now[task_id]), QUARANTINE: True}}
            for task_id in candidates
        },
    )
    time.sleep(QUIET)

    # 3. whatever was taken before step 2 shows now
    free = set(_free(studio, project_id, candidates))
    held = locks.held(free) if locks else {}
    ready = []
    for task_id in candidates:
        if task_id in free and task_id not in held:
            ready.append(task_id)
            continue
        _release(studio, project_id, now[task_id])
        outcome.busy.append((unit[task_id], "an annotator took it while it was being replaced"))

    # 4. replace and return to the stream in one request; then read them again
    if not ready:
        return
    answers = _patch_all(
        studio,
        {
            task_id: {"data": by_id[task_id][1], "is_labeled": False, "meta": _meta(now[task_id])}
            for task_id in ready
        },
    )
    # the server's time of each replacement
    stamps = {task_id: _time(answer.get("updated_at")) for task_id, answer in answers.items()}
    time.sleep(QUIET)
    touched = set(ready) - set(_free(studio, project_id, ready))
    for task_id in ready:
        existing, data = by_id[task_id]
        if task_id in touched and _begun_before(studio, task_id, stamps[task_id]):
            _patch(studio, task_id, {"data": now[task_id]["data"]})
            outcome.restored.append(unit[task_id])
            continue
        outcome.updated.append(unit[task_id])
        if now[task_id].get("total_predictions"):
            _drop_predictions(studio, task_id)
        if on_replaced is not None:
            on_replaced(existing, data)


def release_stale(studio: Studio, project_id: int) -> int:
    """Return to the label stream the tasks a killed ``--update`` left out of it; how many."""
    where = (condition("is_labeled", "equal", "Boolean", True), *unworked())
    page = count_tasks(studio, project_id, where=where)
    if not page.remaining:
        return 0
    clock = _time(page.clock)  # whole seconds: the server's time is up to a second later
    now = None if clock is None else clock + timedelta(seconds=1)
    released = 0
    for task in all_tasks(
        studio, project_id, include="id,meta,updated_at,total_annotations", where=where
    ):
        if QUARANTINE not in (task.get("meta") or {}):
            continue  # labelled by Label Studio's own rules (an overlap of 0), not ours
        since = _time(task.get("updated_at"))
        if now is not None and since is not None and now - since < STALE:
            continue  # another push is replacing it right now
        _release(studio, project_id, task)
        released += 1
    return released


def _free(studio: Studio, project_id: int, ids: list[int]) -> list[int]:
    """Those of ``ids`` that nobody has worked on (no annotation, skip or draft)."""
    if not ids:
        return []
    return [
        t["id"] for t in all_tasks(studio, project_id, include="id", where=unworked(), only=ids)
    ]


def _release(studio: Studio, project_id: int, task: dict) -> None:
    """Back to the label stream as it was. A task someone annotated meanwhile had its
    ``is_labeled`` set by Label Studio then, and keeps it."""
    body: dict = {"meta": _meta(task)}
    if _free(studio, project_id, [task["id"]]) or not _annotated(studio, task["id"]):
        body["is_labeled"] = False
    _patch(studio, task["id"], body)


def _annotated(studio: Studio, task_id: int) -> bool:
    return bool(_get(studio, f"api/tasks/{task_id}/annotations/"))


def _begun_before(studio: Studio, task_id: int, stamp: datetime | None) -> bool:
    """Whether an annotation or draft of the task was begun before ``stamp``: created less
    its lead time (seconds in the editor; none for an API client that did not say). What
    cannot be told is taken for the old text."""
    work = _get(studio, f"api/tasks/{task_id}/annotations/")
    work += _get(studio, f"api/tasks/{task_id}/drafts")
    for item in work:
        created = _time(item.get("created_at"))
        if created is None or stamp is None:
            return True
        began = created - timedelta(seconds=float(item.get("lead_time") or 0))
        if began < stamp:
            return True
    return False


def _drop_predictions(studio: Studio, task_id: int) -> None:
    """Predictions were made for the old text."""
    from label_studio_sdk.core.api_error import ApiError

    from .client import api_error

    client, conn = studio
    try:
        for prediction in client.predictions.list(task=task_id):
            client.predictions.delete(id=prediction.id)
    except ApiError as exc:
        raise api_error(exc, conn, f"removing the old predictions of task {task_id}") from exc


def _meta(task: dict) -> dict:
    return {k: v for k, v in (task.get("meta") or {}).items() if k != QUARANTINE}


def _patch_all(studio: Studio, bodies: dict[int, dict]) -> dict[int, dict]:
    """Several tasks patched at once: the label stream hands tasks out while we go, so the
    shorter steps 2 and 4 take, the fewer tasks an annotator takes from under them."""
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        futures = {
            task_id: pool.submit(_patch, studio, task_id, body) for task_id, body in bodies.items()
        }
        return {task_id: future.result() for task_id, future in futures.items()}


def _patch(studio: Studio, task_id: int, body: dict) -> dict:
    client, conn = studio
    try:
        response = client._client_wrapper.httpx_client.request(
            f"api/tasks/{task_id}/", method="PATCH", json=body
        )
    except httpx.HTTPError as exc:
        raise StudioError(
            f"lost the connection to {conn.url} while replacing task {task_id} "
            f"({type(exc).__name__}); run the same command again"
        ) from exc
    check_answer(response, conn, f"replacing task {task_id}")
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return {}


def _get(studio: Studio, path: str) -> list:
    client, conn = studio
    try:
        response = client._client_wrapper.httpx_client.request(path, method="GET")
    except httpx.HTTPError as exc:
        raise StudioError(
            f"lost the connection to {conn.url} while checking replaced tasks "
            f"({type(exc).__name__}); run the same command again"
        ) from exc
    check_answer(response, conn, "checking replaced tasks")
    try:
        answer = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return []
    return answer if isinstance(answer, list) else list(answer.get("results") or ())


def _time(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return None
