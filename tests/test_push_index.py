"""A repeated push asks the server only what changed, and is never wrong for it.

The local index is an optimisation: every test here changes the project behind its back
(a colleague annotates, deletes, pushes) and checks the next push still sees the truth.
"""

from __future__ import annotations

import time

import pytest

from corpus.studio import push as studio_push
from corpus.studio import taskindex
from corpus.studio.client import every
from corpus.studio.templates import render

from .studio_helpers import task_ids

CONFIG = render("classify", ["news", "opinion"])


@pytest.fixture
def units(example_units):
    return [u for u in example_units if u["kind"] == "sentence"][:30]


def held(client, project_id) -> list[str]:
    """The unit id of every task, duplicates included."""
    return [
        t.data["unit_id"]
        for t in every(client.tasks.list(project=project_id, page_size=1000, fields="task_only"))
    ]


def push(studio, units, project, index_dir, **options):
    return studio_push.push(
        studio,
        units,
        project=project,
        label_config=CONFIG,
        index_dir=index_dir,
        **options,
    )


def test_a_second_push_reads_only_what_changed_and_still_creates_nothing(
    studio, units, tmp_path, monkeypatch
):
    first = push(studio, units, "index plain", tmp_path)
    assert first.created == len(units)
    listed_all = []
    real_sync = taskindex.sync

    def watch(*args):
        index = real_sync(*args)
        listed_all.append(index.listed_all)
        return index

    monkeypatch.setattr(studio_push, "sync", watch)
    again = push(studio, units, "index plain", tmp_path)
    assert (again.created, again.present, listed_all) == (0, len(units), [False])


def test_the_push_after_a_first_one_does_not_read_again_the_tasks_the_first_created(
    studio, units, tmp_path, monkeypatch
):
    # the index keeps a 2 s margin for changes in flight, but not for the tasks the last push
    # created: those are asked for from the second that push ended. The first push ends on a
    # new second of the (local) server's clock, so nothing it created is newer than that.
    def settle_on_a_new_second(*args):
        time.sleep(1.05 - time.time() % 1)
        taskindex.settle(*args)

    monkeypatch.setattr(studio_push, "settle", settle_on_a_new_second)
    first = push(studio, units, "index tail", tmp_path)
    monkeypatch.undo()
    read = []
    real_all_tasks = taskindex.all_tasks

    def reading(*args, **kwargs):
        for task in real_all_tasks(*args, **kwargs):
            read.append(task["id"])
            yield task

    monkeypatch.setattr(taskindex, "all_tasks", reading)
    again = push(studio, units, "index tail", tmp_path)
    assert (first.created, again.created, again.present, read) == (len(units), 0, len(units), [])


def test_a_colleagues_annotation_since_the_last_push_is_seen(studio, units, tmp_path):
    client, _ = studio
    first = push(studio, units, "index annotated", tmp_path)
    annotated = task_ids(client, first.project_id)[units[0]["id"]]
    client.annotations.create(
        id=annotated,
        result=[
            {
                "from_name": "label",
                "to_name": "text",
                "type": "choices",
                "value": {"choices": ["news"]},
            }
        ],
    )
    edited = [{**u, "text": u["text"] + " (fixed)", "sha256": "x"} for u in units[:2]] + units[2:]
    report = push(studio, edited, "index annotated", tmp_path, update=True)
    assert report.changed == (units[0]["id"],)  # annotated meanwhile: left alone
    assert report.updated == (units[1]["id"],)


def test_a_deleted_task_is_noticed_and_pushed_again_once(studio, units, tmp_path):
    client, _ = studio
    first = push(studio, units, "index deleted", tmp_path)
    gone = task_ids(client, first.project_id)[units[3]["id"]]
    client.tasks.delete(id=str(gone))
    again = push(studio, units, "index deleted", tmp_path)
    assert (again.created, again.present) == (1, len(units) - 1)
    assert sorted(held(client, first.project_id)) == sorted(u["id"] for u in units)


def test_tasks_a_colleague_pushed_without_the_index_are_not_pushed_twice(studio, units, tmp_path):
    client, _ = studio
    push(studio, units[:10], "index colleague", tmp_path)
    colleague = push(studio, units[:20], "index colleague", tmp_path / "elsewhere")
    assert colleague.created == 10
    mine = push(studio, units, "index colleague", tmp_path)
    assert (mine.created, mine.present) == (10, 20)
    assert sorted(held(client, mine.project_id)) == sorted(u["id"] for u in units)


def test_an_unreadable_index_is_ignored_not_trusted(studio, units, tmp_path):
    _, conn = studio
    first = push(studio, units, "index broken", tmp_path)
    path = taskindex.index_path(tmp_path, conn, first.project_id)
    assert path.exists()
    path.write_text("{not json", encoding="utf-8")
    again = push(studio, units, "index broken", tmp_path)
    assert (again.created, again.present) == (0, len(units))
