"""Duplicates a race left: a push removes those nobody worked on and never touches work.

Of a unit's tasks the one with the lowest id stays, or the lowest someone annotated; the
others go only if nobody annotated, skipped, drafted or holds them open in the label stream.
What stays is reported, never deleted.
"""

from __future__ import annotations

import uuid

import orjson

from corpus.studio import push as studio_push
from corpus.studio.locks import local_locks
from corpus.studio.tasks import all_tasks, delete_unworked
from corpus.studio.templates import render

from .annotators import invite

CONFIG = render("classify", ["news", "opinion"])
CHOICE = [
    {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["news"]}}
]


def units(n: int) -> list[dict]:
    return [
        {
            "id": f"dup/s{i}",
            "doc_id": "dup",
            "kind": "sentence",
            "text": f"Sentence {i}.",
            "sha256": f"{i}",
        }
        for i in range(n)
    ]


def import_raw(client, project_id: int, items: list[dict]) -> list[int]:
    """Tasks as a push writes them, imported directly: duplicates of an earlier race."""
    data = list(studio_push.task_data(items))
    answer = client._client_wrapper.httpx_client.request(
        f"api/projects/{project_id}/import",
        method="POST",
        params={"return_task_ids": "true"},
        content=orjson.dumps([{"data": d} for d in data]),
        headers={"content-type": "application/json"},
    )
    answer.raise_for_status()
    return answer.json()["task_ids"]


def copies(studio, project_id: int) -> dict[str, list[int]]:
    held: dict[str, list[int]] = {}
    for task in all_tasks(studio, project_id, include="id,data"):
        held.setdefault(task["data"]["unit_id"], []).append(task["id"])
    return held


def test_a_push_removes_the_duplicates_nobody_worked_on_and_reports_the_rest(studio, running):
    client, conn = studio
    title = f"leftovers {uuid.uuid4().hex[:6]}"
    project = client.projects.create(title=title, label_config=CONFIG)
    lower = import_raw(client, project.id, units(6))
    higher = import_raw(client, project.id, units(6))  # a race left every unit twice
    # s0: the lower copy open in an annotator's label stream (the stream hands out the
    # lowest id first), the higher annotated: the annotated one wins, the open one stays
    annotator = invite(conn.url, client)
    assert annotator.next_task(project.id)["id"] == lower[0]
    client.annotations.create(id=higher[0], result=CHOICE)
    # s1: both annotated: both stay
    client.annotations.create(id=lower[1], result=CHOICE)
    client.annotations.create(id=higher[1], result=CHOICE)
    # s2: only the higher annotated: the lower goes
    client.annotations.create(id=higher[2], result=CHOICE)
    # s3-s5: nobody on either: the higher goes

    report = studio_push.push(
        studio,
        units(6),
        project=title,
        label_config=None,
        locks=local_locks(running[0], conn),
    )
    held = copies(studio, project.id)
    assert held == {
        "dup/s0": [lower[0], higher[0]],
        "dup/s1": [lower[1], higher[1]],
        "dup/s2": [higher[2]],
        **{f"dup/s{i}": [lower[i]] for i in range(3, 6)},
    }
    assert (report.present, report.created, report.removed) == (6, 0, 4)
    assert report.kept_duplicates == ("dup/s0", "dup/s1")


def test_only_tasks_nobody_worked_on_are_deleted(studio):
    client = studio.client
    project = client.projects.create(title=f"unworked {uuid.uuid4().hex[:6]}", label_config=CONFIG)
    annotated, skipped, drafted, clean = import_raw(client, project.id, units(4))
    client.annotations.create(id=annotated, result=CHOICE)
    client.annotations.create(id=skipped, result=[], was_cancelled=True)
    client._client_wrapper.httpx_client.request(
        f"api/tasks/{drafted}/drafts", method="POST", json={"result": CHOICE, "lead_time": 1.0}
    ).raise_for_status()
    asked = [annotated, skipped, drafted, clean]
    made = max(t["created_at"] for t in all_tasks(studio, project.id, include="id,created_at"))
    gone = delete_unworked(studio, project.id, asked, made_by=made)
    left = {t["id"] for t in all_tasks(studio, project.id, include="id")}
    assert (gone, left) == (1, {annotated, skipped, drafted})


def test_an_id_given_again_to_a_new_task_is_not_deleted_in_its_place(studio):
    # Label Studio on SQLite numbers an import from the highest id there is: delete the
    # task on top and the next import gets its id again, for another unit
    client = studio.client
    project = client.projects.create(title=f"reused {uuid.uuid4().hex[:6]}", label_config=CONFIG)
    (meant,) = import_raw(client, project.id, units(1))
    made = next(all_tasks(studio, project.id, include="id,created_at"))["created_at"]
    client.tasks.delete(id=str(meant))
    (new,) = import_raw(client, project.id, units(2)[1:])
    assert new == meant  # the same id, another task
    assert delete_unworked(studio, project.id, [meant], made_by=made) == 0
    assert [t["id"] for t in all_tasks(studio, project.id, include="id")] == [new]
