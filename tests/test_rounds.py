"""A round with a project per annotator, on a real server: pushed once per annotator, pulled
back as one export in which every unit carries everyone's answers, as overlap would give."""

from __future__ import annotations

import json
import uuid

import pytest
from click.testing import CliRunner

from corpus.cli import cli
from corpus.studio.rounds import RoundError, project_title, push_round, round_projects
from corpus.studio.templates import render

from .studio_helpers import task_ids


def _choice(value: str) -> dict:
    return {
        "from_name": "label",
        "to_name": "text",
        "type": "choices",
        "value": {"choices": [value]},
    }


@pytest.fixture
def members(studio):
    client, _ = studio
    tag = uuid.uuid4().hex[:6]
    made = []
    for k in (1, 2):
        email = f"round{k}-{tag}@example.org"
        made.append(client.users.create(username=f"round{k}-{tag}", email=email).id)
    return [f"round{k}-{tag}@example.org" for k in (1, 2)], made


def test_a_round_gives_each_annotator_a_project_of_their_own_once(studio, example_units, members):
    client = studio.client
    emails, _ = members
    title = f"round {uuid.uuid4().hex[:6]}"
    units = [u for u in example_units if u["kind"] == "comment"][:4]
    config = render("classify", ["a", "b"])
    first = push_round(studio, units, round_title=title, annotators=emails, label_config=config)
    again = push_round(studio, units, round_title=title, annotators=emails, label_config=config)
    assert [r.created for _, r in first.pushes] == [4, 4]
    assert [r.created for _, r in again.pushes] == [0, 0]
    found = round_projects(studio, title)
    assert [p.title for p in found] == [project_title(title, e) for e in emails]
    # a project whose title merely starts the same way is not part of the round
    client.projects.create(title=f"{title} — review", label_config=config)
    assert len(round_projects(studio, title)) == 2


def test_a_round_refuses_someone_without_an_account(studio, example_units, members):
    emails, _ = members
    with pytest.raises(RoundError, match=r"no account for nobody@example\.org"):
        push_round(studio, example_units[:2], round_title="r", label_config=render("stance"),
                   annotators=[emails[0], "nobody@example.org"])  # fmt: skip


def test_pulling_a_round_merges_its_projects_by_unit_into_one_export(
    studio, running, example_units, members, tmp_path
):
    client = studio.client
    data, _ = running
    emails, ids = members
    title = f"merge {uuid.uuid4().hex[:6]}"
    units = [u for u in example_units if u["kind"] == "comment"][:3]
    report = push_round(studio, units, round_title=title, annotators=emails,
                        label_config=render("classify", ["a", "b"]))  # fmt: skip
    answers = {0: ["a", "a", "b"], 1: ["a", "b", "b"]}  # they agree on the first and last
    for k, (_, pushed) in enumerate(report.pushes):
        tasks = task_ids(client, pushed.project_id)
        for unit, value in zip([u["id"] for u in units], answers[k], strict=True):
            client.annotations.create(id=tasks[unit], result=[_choice(value)], completed_by=ids[k])

    out = tmp_path / "round.json"
    pulled = CliRunner().invoke(cli, ["pull", "--project", title, "-o", str(out), "--json",
                                      "--data-dir", str(data)])  # fmt: skip
    assert pulled.exit_code == 0, pulled.output
    tasks = json.loads(out.read_text())
    assert sorted(t["data"]["unit_id"] for t in tasks) == sorted(u["id"] for u in units)
    assert all(sorted(a["completed_by"] for a in t["annotations"]) == sorted(ids) for t in tasks)
    manifest = json.loads((tmp_path / "round.manifest.json").read_text())
    assert [p["title"] for p in manifest["round"]] == [project_title(title, e) for e in emails]
    agreement = CliRunner().invoke(cli, ["agreement", str(out), "--json"])
    figures = json.loads(agreement.stdout)["controls"][0]["figures"]
    percent = next(f for f in figures if f["statistic"] == "percent_agreement")
    assert percent["value"] == pytest.approx(2 / 3)
    status = CliRunner().invoke(
        cli, ["status", "--project", title, "--json", "--data-dir", str(data)]
    )
    state = json.loads(status.stdout)
    assert (state["overlap"], state["done"], state["pairable"]) == (2, 3, 3)


def test_a_rounds_disagreements_go_to_one_review_project(studio, example_units, members, tmp_path):
    from corpus.studio.review import review

    client = studio.client
    emails, ids = members
    title = f"judged {uuid.uuid4().hex[:6]}"
    units = [u for u in example_units if u["kind"] == "comment"][:2]
    report = push_round(studio, units, round_title=title, annotators=emails,
                        label_config=render("classify", ["a", "b"]))  # fmt: skip
    for k, (_, pushed) in enumerate(report.pushes):
        for unit, task in task_ids(client, pushed.project_id).items():
            value = "a" if unit == units[0]["id"] or k == 0 else "b"
            client.annotations.create(id=task, result=[_choice(value)], completed_by=ids[k])
    reviewed = review(studio, title, annotators_file=tmp_path / "names.json")
    assert (reviewed.review_title, reviewed.compared, reviewed.disputed) == (
        f"{title} — review", 2, 1)  # fmt: skip
    assert len(round_projects(studio, title)) == 2  # its review project is not one of them


def test_push_per_annotator_on_the_command_line(running, example_units, members, tmp_path):
    data, _ = running
    emails, _ = members
    units = tmp_path / "units.jsonl"
    units.write_text("".join(json.dumps(u) + "\n" for u in example_units[:3]))
    title = f"cli round {uuid.uuid4().hex[:6]}"
    args = ["push", str(units), "--project", title, "--template", "stance",
            "--per-annotator", ",".join(emails), "--data-dir", str(data)]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert f"round {title!r}: 2 projects, one per annotator" in result.stderr
    both = CliRunner().invoke(cli, [*args, "--overlap", "2"])
    assert both.exit_code == 2 and "leave out --overlap" in both.stderr
