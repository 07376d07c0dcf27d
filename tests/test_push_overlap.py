"""`corpus push --overlap N`: each task goes to N annotators, and the label stream hands the
overlapping tasks out first, so two people working "Label All Tasks" meet on the same tasks."""

from __future__ import annotations

import json
import uuid

from click.testing import CliRunner

from corpus.cli import cli
from corpus.studio import push as studio_push
from corpus.studio.tasks import all_tasks
from corpus.studio.templates import render

from .annotators import invite

CONFIG = render("classify", ["news", "opinion"])
CHOICE = [
    {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["news"]}}
]


def units(n: int) -> list[dict]:
    return [
        {
            "id": f"ov/s{i}",
            "doc_id": "ov",
            "kind": "sentence",
            "text": f"Sentence {i}.",
            "sha256": f"{i}",
        }
        for i in range(n)
    ]


def test_two_annotators_get_the_same_task_first_after_overlap_2(studio, running, tmp_path):
    client, conn = studio
    path = tmp_path / "units.jsonl"
    path.write_text("".join(json.dumps(u) + "\n" for u in units(6)), encoding="utf-8")
    title = f"overlap {uuid.uuid4().hex[:6]}"
    result = CliRunner().invoke(
        cli,
        [
            "push",
            str(path),
            "--project",
            title,
            "--template",
            "classify",
            "--labels",
            "news,opinion",
            "--overlap",
            "2",
            "--data-dir",
            str(running[0]),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["overlap"], report["overlap_share"], report["show_overlap_first"]) == (
        2,
        1.0,
        True,
    )
    assert "overlap: 2 annotator(s) per task, overlapping tasks first" in result.stderr
    project = client.projects.get(id=report["project_id"])
    assert (project.maximum_annotations, project.show_overlap_first) == (2, True)
    assert project.overlap_cohort_percentage == 100

    first, second = invite(conn.url, client), invite(conn.url, client)
    mine, theirs = first.next_task(project.id), second.next_task(project.id)
    assert mine["id"] == theirs["id"]  # the same task, before any other
    first.submit(mine["id"], CHOICE, lead_time=2.0)
    second.submit(theirs["id"], CHOICE, lead_time=3.0)
    assert first.next_task(project.id)["id"] == second.next_task(project.id)["id"]


def test_the_overlap_is_kept_unless_asked_and_a_share_overlaps_some_tasks(studio):
    client = studio.client
    title = f"overlap share {uuid.uuid4().hex[:6]}"
    first = studio_push.push(studio, units(10), project=title, label_config=CONFIG, overlap=3)
    again = studio_push.push(studio, units(10), project=title, label_config=None)
    assert (first.overlap, again.overlap, again.show_overlap_first) == (3, 3, True)
    shared = studio_push.push(
        studio, units(10), project=title, label_config=None, overlap_share=0.5
    )
    assert (shared.overlap, shared.overlap_share) == (3, 0.5)
    assert client.projects.get(id=shared.project_id).overlap_cohort_percentage == 50
    overlaps = [t["overlap"] for t in all_tasks(studio, shared.project_id, include="id,overlap")]
    assert sorted(set(overlaps)) == [1, 3]


def test_a_new_project_without_overlap_has_one_annotator_per_task(studio):
    report = studio_push.push(
        studio,
        units(2),
        project=f"no overlap {uuid.uuid4().hex[:6]}",
        label_config=CONFIG,
    )
    assert (report.overlap, report.overlap_share, report.show_overlap_first) == (1, 1.0, False)


def test_an_overlap_out_of_range_is_a_usage_error(running, tmp_path):
    path = tmp_path / "units.jsonl"
    path.write_text(json.dumps(units(1)[0]) + "\n", encoding="utf-8")
    for option in (["--overlap", "0"], ["--overlap-share", "0"], ["--overlap-share", "1.5"]):
        result = CliRunner().invoke(
            cli, ["push", str(path), "--project", "x", "--data-dir", str(running[0]), *option]
        )
        assert result.exit_code == 2 and "Traceback" not in result.output
