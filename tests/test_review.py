"""`corpus review` against a real Label Studio: disagreement → review project → adjudicated gold."""

from __future__ import annotations

import json
import uuid

import pytest

from corpus.agreement import collect
from corpus.dataset.adjudication import adjudicated, adjudications
from corpus.lsexport import Export
from corpus.pseudonyms import Pseudonyms
from corpus.studio.client import Studio, every
from corpus.studio.review import ReviewError, disputes, review, review_config

from .studio_helpers import annotation, choice, labeling_config, make_users, span, task_ids

CONFIG = labeling_config(labels=("PER", "ORG"))

TEXTS = [
    "Ada Lovelace praised the council.",  # u0: everyone agrees
    "Nobody knows what Acme Corp wants.",  # u1: the stance is disputed
    "Grace Hopper spoke for Navy staff.",  # u2: the same label, other boundaries
    "The mayor said nothing at all.",  # u3: one annotator only
    "Bob Marley sang for Greenpeace.",  # u4: agreement, one skip
]


def units() -> list[dict]:
    return [
        {"id": f"doc/u{i}", "doc_id": "doc", "kind": "sentence", "text": text, "sha256": str(i)}
        for i, text in enumerate(TEXTS)
    ]


def export_of(client, conn, project_id, path):
    """The review project as `corpus pull` fetches it."""
    from corpus.studio.pull import pull

    pull(Studio(client, conn), str(project_id), path)
    return path


@pytest.fixture()
def annotated(studio):
    """A pushed project, annotated by three users with the disagreements TEXTS describes."""
    from corpus.studio import push as studio_push

    client, conn = studio
    title = f"review {uuid.uuid4().hex[:6]}"
    report = studio_push.push(studio, units(), project=title, label_config=CONFIG)
    ids = task_ids(client, report.project_id)
    a, b, c = make_users(client, 3)

    def annotate(unit, who, result, **extra):
        client.annotations.create(id=ids[unit], result=result, completed_by=who, **extra)

    for who in (a, b, c):
        annotate("doc/u0", who, [choice("pro"), span(TEXTS[0], "Ada Lovelace", "PER")])
    annotate("doc/u1", a, [choice("contra"), span(TEXTS[1], "Acme Corp", "ORG")])
    annotate("doc/u1", b, [choice("neutral"), span(TEXTS[1], "Acme Corp", "ORG")])
    annotate("doc/u1", c, [choice("contra"), span(TEXTS[1], "Acme Corp", "ORG")])
    annotate("doc/u2", a, [choice("pro"), span(TEXTS[2], "Grace Hopper", "PER")])
    annotate("doc/u2", b, [choice("pro"), span(TEXTS[2], "Grace", "PER")])
    annotate("doc/u3", a, [choice("pro")])
    annotate("doc/u4", a, [choice("pro"), span(TEXTS[4], "Greenpeace", "ORG")])
    annotate("doc/u4", b, [choice("pro"), span(TEXTS[4], "Greenpeace", "ORG")])
    annotate("doc/u4", c, [], was_cancelled=True)
    return client, conn, report.project_id, title, ids, (a, b, c)


def review_tasks(client, project_id) -> dict[str, object]:
    return {
        t.data["unit_id"]: t
        for t in every(client.tasks.list(project=project_id, page_size=1000, fields="all"))
    }


def test_disputed_units_go_to_a_review_project_that_shows_each_annotators_answer(
    annotated, tmp_path
):
    client, conn, project_id, title, _, (a, b, c) = annotated
    mapping = tmp_path / "annotators.json"
    report = review(Studio(client, conn), str(project_id), annotators_file=mapping)

    assert (report.tasks, report.compared, report.disputed) == (5, 4, 2)
    assert report.review_title == f"{title} — review" and report.review_created
    assert (report.added, report.present) == (2, 0)
    target = client.projects.get(id=report.review_project_id)
    assert target.label_config.strip() == review_config(CONFIG).strip()

    tasks = review_tasks(client, report.review_project_id)
    assert sorted(tasks) == ["doc/u1", "doc/u2"]
    names = Pseudonyms(mapping)  # the mapping `corpus export` reads: the same names
    expected = {who: names.names[str(who)] for who in (a, b, c)}
    assert sorted(set(expected.values())) == ["annotator_1", "annotator_2", "annotator_3"]
    # no version is a prediction: Label Studio would load one into the adjudicator's editor
    assert all(not client.predictions.list(task=task.id) for task in tasks.values())
    answers = {unit: task.data["review_answers"] for unit, task in tasks.items()}
    assert set(answers["doc/u1"]) == {expected[a], expected[b], expected[c]}
    assert set(answers["doc/u2"]) == {expected[a], expected[b]}
    assert answers["doc/u1"][expected[b]][0]["value"] == {"choices": ["neutral"]}
    grace = [r["value"] for r in answers["doc/u2"][expected[b]] if r["type"] == "labels"]
    assert grace == [{"start": 0, "end": 5, "text": "Grace", "labels": ["PER"]}]
    assert tasks["doc/u1"].data["review_controls"] == "stance"
    assert tasks["doc/u2"].data["review_controls"] == "label"
    assert tasks["doc/u1"].data["text"] == TEXTS[1]
    assert "@" not in json.dumps(answers)
    # every version is shown read-only above the unit, by pseudonym
    shown = versions_shown(tasks["doc/u2"].data["review_versions"])
    assert shown == {
        expected[a]: "label: PER «Grace Hopper» (0–12) stance: pro",
        expected[b]: "label: PER «Grace» (0–5) stance: pro",
    }


def versions_shown(html: str) -> dict[str, str]:
    """pseudonym -> the answer lines, as the adjudicator reads them."""
    from lxml.html import fragments_fromstring

    shown = {}
    for section in fragments_fromstring(html):
        who, *lines = (" ".join(el.itertext()).strip() for el in section)
        shown[who] = " ".join(" ".join(lines).split())
    return shown


def test_reviewing_again_adds_only_units_newly_in_dispute(annotated, tmp_path):
    client, conn, project_id, _, ids, (_, _, c) = annotated
    mapping = tmp_path / "annotators.json"
    first = review(Studio(client, conn), str(project_id), annotators_file=mapping)
    again = review(Studio(client, conn), str(project_id), annotators_file=mapping)
    assert (again.added, again.present, again.review_created) == (0, 2, False)
    assert again.review_project_id == first.review_project_id
    assert again.versions == 0

    # a fourth opinion on u0 puts it in dispute; a new annotator on u2 joins its review task
    (d,) = make_users(client, 1)
    client.annotations.create(id=ids["doc/u0"], result=[choice("contra")], completed_by=d)
    client.annotations.create(
        id=ids["doc/u2"],
        result=[choice("pro"), span(TEXTS[2], "Grace Hopper", "PER")],
        completed_by=c,
    )
    third = review(Studio(client, conn), str(project_id), annotators_file=mapping)
    assert (third.added, third.present, third.disputed) == (1, 2, 3)
    assert third.versions == 4 + 1  # u0's four annotators, and c on u2
    tasks = review_tasks(client, first.review_project_id)
    assert sorted(tasks) == ["doc/u0", "doc/u1", "doc/u2"]
    versions = tasks["doc/u2"].data["review_answers"]
    assert len(versions) == 3
    assert set(versions_shown(tasks["doc/u2"].data["review_versions"])) == set(versions)


def test_a_minimum_agreement_keeps_only_the_units_below_it(annotated, tmp_path):
    client, conn, project_id, _, _, _ = annotated
    # u1: 2 of 3 agree on the stance (0.67); u2: the spans overlap (F1 overlap 1.0)
    report = review(
        Studio(client, conn),
        str(project_id),
        min_agreement=0.7,
        review_title=f"strict {uuid.uuid4().hex[:6]}",
        annotators_file=tmp_path / "a.json",
    )
    assert report.disputed == 1
    assert sorted(review_tasks(client, report.review_project_id)) == ["doc/u1"]


def test_the_adjudicators_annotation_comes_back_as_gold(annotated, tmp_path):
    client, conn, project_id, _, _, _ = annotated
    report = review(Studio(client, conn), str(project_id), annotators_file=tmp_path / "a.json")
    tasks = review_tasks(client, report.review_project_id)
    (judge,) = make_users(client, 1)
    u1 = tasks["doc/u1"]
    versions = u1.data["review_answers"]
    contra = sorted(n for n, r in versions.items() if r[0]["value"]["choices"] == ["contra"])
    # the adjudicator gives the answer two annotators gave on u1
    client.annotations.create(id=u1.id, result=versions[contra[0]], completed_by=judge)
    # and on u2 first submits one version, then a corrected one; a skip never wins
    u2 = tasks["doc/u2"]
    client.annotations.create(id=u2.id, result=[choice("pro")], completed_by=judge)
    client.annotations.create(
        id=u2.id,
        result=[choice("contra"), span(TEXTS[2], "Grace Hopper", "PER")],
        completed_by=judge,
    )
    client.annotations.create(id=u2.id, result=[], completed_by=judge, was_cancelled=True)

    path = export_of(client, conn, report.review_project_id, tmp_path / "review.json")
    gold = adjudicated(path, CONFIG)
    assert gold == {
        "doc/u1": {"stance": ["contra"], "label": [(18, 27, "ORG")]},
        "doc/u2": {"stance": ["contra"], "label": [(0, 12, "PER")]},
    }
    assert TEXTS[1][18:27] == "Acme Corp"
    found = adjudications(path, CONFIG)
    assert found.units["doc/u1"].source_task is not None and found.pending == ()
    # which version the adjudicator's answer is: on u1 the two who said "contra"; on u2 none
    assert found.chosen == {"doc/u1": tuple(contra), "doc/u2": ()}
    assert len(contra) == 2


def test_a_project_nobody_disagrees_on_gets_no_review_project(studio, tmp_path):
    from corpus.studio import push as studio_push

    client = studio.client
    title = f"calm {uuid.uuid4().hex[:6]}"
    pushed = studio_push.push(studio, units()[:1], project=title, label_config=CONFIG)
    (tid,) = task_ids(client, pushed.project_id).values()
    for who in make_users(client, 2):
        client.annotations.create(id=tid, result=[choice("pro")], completed_by=who)
    report = review(studio, title, annotators_file=tmp_path / "a.json")
    assert (report.disputed, report.review_project_id) == (0, None)
    assert studio_push.find_project(studio, f"{title} — review") is None


def test_an_unknown_project_is_one_clear_error(studio):
    with pytest.raises(ReviewError, match="no project titled 'nope nope'"):
        review(studio, "nope nope")


def test_corpus_review_on_the_command_line(annotated, running, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from corpus.cli import cli

    _, conn, project_id, title, _, _ = annotated
    data, _ = running
    monkeypatch.chdir(tmp_path)  # the default pseudonym mapping lands in ./.corpus
    args = ["review", "--project", title, "--json", "--data-dir", str(data)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["disputed"], report["added"]) == (2, 2)
    assert "2 disputed (any disagreement)" in result.stderr
    assert (tmp_path / ".corpus" / f"annotators-project-{project_id}.json").exists()
    assert conn.api_key not in result.stdout + result.stderr
    again = json.loads(CliRunner().invoke(cli, args).stdout)
    assert (again["added"], again["present"]) == (0, 2)


# -- without a server ---------------------------------------------------------------------------


def write_export(path, tasks: list[dict]):
    path.write_text(json.dumps(tasks))
    return path


def test_ground_truth_beats_a_later_annotation_and_unreviewed_tasks_are_pending(tmp_path):
    path = write_export(
        tmp_path / "review.json",
        [
            {
                "id": 1,
                "data": {"text": TEXTS[1], "unit_id": "doc/u1"},
                "annotations": [
                    annotation(1, 7, [choice("pro")], ground_truth=True),
                    annotation(2, 7, [choice("contra")]),
                ],
            },
            {"id": 2, "data": {"text": TEXTS[2], "unit_id": "doc/u2"}, "annotations": []},
            {"id": 3, "data": {"text": TEXTS[3]}, "annotations": [annotation(3, 7, [])]},
        ],
    )
    found = adjudications(path, CONFIG)
    assert found.gold == {"doc/u1": {"stance": ["pro"]}, "3": {}}
    assert found.pending == ("doc/u2",) and found.units["doc/u1"].ground_truth


def test_an_invalid_adjudicated_result_is_left_out_and_named(tmp_path):
    path = write_export(
        tmp_path / "review.json",
        [
            {
                "id": 1,
                "data": {"text": TEXTS[0], "unit_id": "doc/u0"},
                "annotations": [annotation(1, 7, [choice("maybe"), span(TEXTS[0], "Ada", "PER")])],
            }
        ],
    )
    found = adjudications(path, CONFIG)
    assert found.gold == {"doc/u0": {"label": [(0, 3, "PER")]}}
    assert "maybe" in found.units["doc/u0"].excluded[0]


def test_any_difference_is_a_dispute_but_a_single_annotation_is_not(tmp_path):
    path = write_export(
        tmp_path / "export.json",
        [
            {
                "id": 1,
                "data": {"text": TEXTS[2]},
                "annotations": [
                    annotation(1, 1, [span(TEXTS[2], "Grace Hopper", "PER")]),
                    annotation(2, 2, [span(TEXTS[2], "Grace", "PER")]),
                ],
            },
            {
                "id": 2,
                "data": {"text": TEXTS[3]},
                "annotations": [annotation(3, 1, [choice("pro")])],
            },
            {
                "id": 3,
                "data": {"text": TEXTS[0]},
                "annotations": [
                    annotation(4, 1, [choice("pro")]),
                    annotation(5, 2, [choice("pro")]),
                ],
            },
        ],
    )
    from corpus.labelconfig import parse_config

    collected = collect(Export(path), parse_config(CONFIG))
    assert list(disputes(collected)) == [1]
    assert disputes(collected)[1].controls == ("label",)
    assert disputes(collected, min_agreement=0.99) == {}  # overlapping spans: F1 overlap 1.0
