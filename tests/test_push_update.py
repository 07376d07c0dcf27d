"""`push --update` replaces a changed unit's text only where nobody works on it, says where
it did not, puts the old text back under work begun before the change, and returns to the
label stream what an interrupted update held back."""

from __future__ import annotations

import hashlib
import uuid

from corpus.studio import push as studio_push
from corpus.studio import replace as replacing
from corpus.studio.locks import local_locks
from corpus.studio.tasks import all_tasks
from corpus.studio.templates import render

from .annotators import invite

CONFIG = render("classify", ["news", "opinion"])
CHOICE = [
    {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["news"]}}
]


def units(n: int, prefix: str = "Before") -> list[dict]:
    made = []
    for i in range(n):
        text = f"{prefix}: sentence {i}."
        made.append(
            {
                "id": f"upd/s{i}",
                "doc_id": "upd",
                "kind": "sentence",
                "text": text,
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
            }
        )
    return made


def texts(studio, project_id: int) -> dict[str, str]:
    return {
        t["data"]["unit_id"]: t["data"]["text"]
        for t in all_tasks(studio, project_id, include="id,data")
    }


def pushed(studio, n: int = 4) -> tuple[str, int, dict[str, int]]:
    title = f"update {uuid.uuid4().hex[:6]}"
    report = studio_push.push(studio, units(n), project=title, label_config=CONFIG)
    ids = {
        t["data"]["unit_id"]: t["id"]
        for t in all_tasks(studio, report.project_id, include="id,data")
    }
    return title, report.project_id, ids


def test_tasks_open_drafted_or_annotated_keep_their_text_and_are_named(studio, running):
    client, conn = studio
    title, project_id, ids = pushed(studio)
    annotator = invite(conn.url, client)
    assert annotator.next_task(project_id)["id"] == ids["upd/s0"]  # open in the label stream
    annotator.request(
        f"api/tasks/{ids['upd/s1']}/drafts", method="POST", json={"result": CHOICE, "lead_time": 4}
    ).raise_for_status()
    client.annotations.create(id=ids["upd/s2"], result=CHOICE)

    report = studio_push.push(
        studio,
        units(4, "After"),
        project=title,
        label_config=None,
        update=True,
        locks=local_locks(running[0], conn),
    )
    assert report.updated == ("upd/s3",) and report.changed == ("upd/s2",)
    assert dict(report.busy) == {
        "upd/s0": "an annotator has it open",
        "upd/s1": "someone is working on it (a draft or more)",
    }
    assert texts(studio, project_id) == {
        "upd/s0": "Before: sentence 0.",
        "upd/s1": "Before: sentence 1.",
        "upd/s2": "Before: sentence 2.",
        "upd/s3": "After: sentence 3.",
    }
    # the replaced task is back in the label stream, with its new text
    assert client.tasks.get(id=str(ids["upd/s3"])).is_labeled is False


def test_work_begun_on_the_old_text_during_the_replacement_gets_the_old_text_back(
    studio, monkeypatch
):
    # someone opened the task from the Data Manager's table (Label Studio locks nothing then)
    # ten minutes ago, and submits while the text is being replaced
    client = studio.client
    title, project_id, ids = pushed(studio, 2)
    pauses = []
    real_sleep = replacing.time.sleep

    def submit_during_the_second_pause(seconds):
        pauses.append(seconds)
        if len(pauses) == 2:
            client.annotations.create(id=ids["upd/s0"], result=CHOICE, lead_time=600.0)
        real_sleep(seconds)

    monkeypatch.setattr(replacing.time, "sleep", submit_during_the_second_pause)
    report = studio_push.push(
        studio, units(2, "After"), project=title, label_config=None, update=True
    )
    assert report.restored == ("upd/s0",) and report.updated == ("upd/s1",)
    assert texts(studio, project_id)["upd/s0"] == "Before: sentence 0."
    assert not report.open_tasks_visible  # no lock reader given: the report says so


def test_tasks_an_interrupted_update_held_back_return_to_the_label_stream(studio, monkeypatch):
    client = studio.client
    title, _, ids = pushed(studio, 2)
    held_back = ids["upd/s0"]
    client._client_wrapper.httpx_client.request(
        f"api/tasks/{held_back}/",
        method="PATCH",
        json={"is_labeled": True, "meta": {replacing.QUARANTINE: True}},
    ).raise_for_status()
    monkeypatch.setattr(replacing, "STALE", replacing.timedelta(0))
    report = studio_push.push(studio, units(2), project=title, label_config=None)
    assert report.released == 1
    task = client.tasks.get(id=str(held_back))
    assert task.is_labeled is False and replacing.QUARANTINE not in (task.meta or {})
