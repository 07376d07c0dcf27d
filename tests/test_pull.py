"""`corpus pull` against a real Label Studio: everything the project holds, in chunks, no e-mails."""

from __future__ import annotations

import json

import pytest

from corpus.studio import pull as studio_pull
from corpus.studio.client import StudioError

from .studio_helpers import choice, labeling_config, make_users, span

CONFIG = labeling_config(
    '<TextArea name="note" toName="text"/>', labels=("PER", "ORG"), stances=("pro", "contra")
)

TEXTS = [f"Sentence {i} about Zoë Ødegaard 🙂 and ACME." for i in range(7)]


@pytest.fixture(scope="module")
def annotated(studio):
    """A project of 7 tasks: 2 annotators, a skip, a ground truth, a draft, predictions, and
    tasks nobody touched."""
    client, _ = studio
    http = client._client_wrapper.httpx_client
    users = make_users(client, 2, "pull-ann")
    project = client.projects.create(title="pull: annotated", label_config=CONFIG)
    imported = client.projects.import_tasks(
        id=project.id,
        request=[{"data": {"text": t, "unit_id": f"u{i}"}} for i, t in enumerate(TEXTS)],
        return_task_ids=True,
    )
    ids = sorted(imported.task_ids)
    for tid, text in zip(ids[:3], TEXTS, strict=False):
        client.annotations.create(
            id=tid, result=[span(text, "Zoë Ødegaard", "PER"), choice("pro")], completed_by=users[0]
        )
        client.annotations.create(
            id=tid, result=[span(text, "ACME", "ORG"), choice("contra")], completed_by=users[1]
        )
    client.annotations.create(id=ids[3], result=[], was_cancelled=True, completed_by=users[0])
    client.annotations.create(
        id=ids[4], result=[choice("pro")], ground_truth=True, completed_by=users[1]
    )
    draft = http.request(
        f"api/tasks/{ids[5]}/drafts", method="POST", json={"result": [choice("pro")]}
    )
    assert draft.status_code == 201, draft.text
    for tid in ids[:2]:
        client.predictions.create(
            task=tid, model_version="rules-1", score=0.5, result=[choice("pro")]
        )
    return project, ids, users


def pull(studio, project, path, **kwargs):
    client, conn = studio
    return studio_pull.pull(client, conn, str(project), path, **kwargs)


def without_clock(tasks):
    """The export minus Label Studio's "created_ago" ("0 minutes"), which depends on when."""
    text = json.dumps(tasks)
    return json.loads(
        text, object_hook=lambda o: {k: v for k, v in o.items() if k != "created_ago"}
    )


def test_a_pull_holds_every_task_annotated_or_not(studio, annotated, tmp_path):
    project, ids, _ = annotated
    report = pull(studio, project.id, tmp_path / "export.json", chunk_size=3)
    tasks = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert [t["id"] for t in tasks] == ids
    assert report.tasks == 7 and report.chunks == 3  # 3 + 3 + 1
    assert (report.annotations, report.cancelled, report.ground_truth) == (8, 1, 1)
    assert (report.drafts, report.predictions) == (1, 2)
    assert [t["data"]["text"] for t in tasks] == TEXTS


def test_predictions_are_whole_objects_not_ids(studio, annotated, tmp_path):
    project, ids, _ = annotated
    pull(studio, project.id, tmp_path / "export.json")
    tasks = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    predictions = [p for t in tasks for p in t["predictions"]]
    assert len(predictions) == 2
    for prediction in predictions:
        assert prediction["model_version"] == "rules-1" and prediction["score"] == 0.5
        assert prediction["result"] == [choice("pro")]
    assert {p["task"] for p in predictions} == set(ids[:2])


def test_annotators_are_user_ids_and_no_e_mail_is_written(studio, annotated, tmp_path):
    project, _, users = annotated
    pull(studio, project.id, tmp_path / "export.json")
    tasks = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert {a["completed_by"] for t in tasks for a in t["annotations"]} == set(users)
    (draft,) = [d for t in tasks for d in t["drafts"]]
    client, _ = studio
    assert draft["user"] == client.users.whoami().id and "created_username" not in draft
    for path in tmp_path.iterdir():
        assert "@" not in path.read_text(encoding="utf-8"), path.name


def test_spans_keep_their_code_point_offsets(studio, annotated, tmp_path):
    project, _, _ = annotated
    pull(studio, project.id, tmp_path / "export.json")
    tasks = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    spans = [
        (t["data"]["text"], r["value"])
        for t in tasks
        for a in t["annotations"]
        for r in a["result"]
        if r["type"] == "labels"
    ]
    assert len(spans) == 6
    for text, value in spans:
        assert text[value["start"] : value["end"]] == value["text"]


def test_the_chunk_size_changes_nothing_in_the_file(studio, annotated, tmp_path):
    project, _, _ = annotated
    pull(studio, project.id, tmp_path / "small.json", chunk_size=1)
    pull(studio, project.id, tmp_path / "big.json", chunk_size=1000)
    small = json.loads((tmp_path / "small.json").read_text(encoding="utf-8"))
    big = json.loads((tmp_path / "big.json").read_text(encoding="utf-8"))
    assert without_clock(small) == without_clock(big)


def test_a_pull_has_what_label_studios_own_export_has(studio, annotated, tmp_path):
    client, _ = studio
    project, _, _ = annotated
    pull(studio, project.id, tmp_path / "export.json", chunk_size=2)
    ours = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    theirs = json.loads(
        b"".join(
            client.projects.exports.download_sync(
                id=project.id, export_type="JSON", download_all_tasks=True
            )
        )
    )
    assert [t["id"] for t in ours] == sorted(t["id"] for t in theirs)
    by_id = {t["id"]: t for t in theirs}
    for task in ours:
        own = by_id[task["id"]]
        assert task["data"] == own["data"] and task["annotations"] == own["annotations"]
        assert [p["id"] for p in task["predictions"]] == own["predictions"]
        assert [d["id"] for d in task["drafts"]] == [d["id"] for d in own["drafts"]]


def test_the_config_and_a_manifest_are_written_beside_the_export(studio, annotated, tmp_path):
    _, conn = studio
    project, _, _ = annotated
    report = pull(studio, project.title, tmp_path / "harbour.json")
    assert (tmp_path / "harbour.config.xml").read_text(encoding="utf-8") == CONFIG
    manifest = json.loads((tmp_path / "harbour.manifest.json").read_text(encoding="utf-8"))
    assert manifest["project"] == {"id": project.id, "title": "pull: annotated"}
    assert manifest["label_studio"] == {"url": conn.url, "version": "1.23.2"}
    assert manifest["counts"] == {
        "tasks": 7,
        "annotations": 8,
        "cancelled": 1,
        "ground_truth": 1,
        "drafts": 1,
        "predictions": 2,
    }
    assert manifest["pulled_at"].endswith("Z") and manifest["export"] == "harbour.json"
    assert report.manifest_path == str(tmp_path / "harbour.manifest.json")
    assert conn.api_key not in json.dumps(manifest)


def test_an_empty_project_pulls_as_an_empty_list(studio, tmp_path):
    client, _ = studio
    project = client.projects.create(title="pull: empty", label_config=CONFIG)
    report = pull(studio, project.id, tmp_path / "empty.json")
    assert json.loads((tmp_path / "empty.json").read_text(encoding="utf-8")) == []
    assert report.tasks == 0


def test_a_killed_pull_leaves_the_earlier_export_untouched(studio, annotated, tmp_path):
    project, _, _ = annotated
    path = tmp_path / "export.json"
    pull(studio, project.id, path)
    before = path.read_bytes()

    def killed(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        pull(studio, project.id, path, chunk_size=2, progress=killed)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "export.config.xml",
        "export.json",
        "export.manifest.json",
    ]


def test_one_call_pulls_like_the_command_line(running, annotated, tmp_path):
    data, _ = running
    project, _, _ = annotated
    report = studio_pull.pull_project(str(project.id), tmp_path / "export.json", data_dir=data)
    assert report.tasks == 7 and (tmp_path / "export.manifest.json").exists()


def test_an_unknown_project_title_is_one_clear_error(studio, tmp_path):
    with pytest.raises(StudioError, match="no project titled 'nothing like this'"):
        pull(studio, "nothing like this", tmp_path / "x.json")
    assert list(tmp_path.iterdir()) == []


def test_the_manifest_url_never_carries_credentials():
    url = "https://alice:s3cret@ls.example.org:8443/studio/?token=abc#x"
    assert studio_pull.public_url(url) == "https://ls.example.org:8443/studio"
    assert studio_pull.public_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"


def test_the_config_and_manifest_are_named_after_the_export():
    config, manifest = studio_pull.sidecar_paths("out/harbour.v2.json")
    assert (str(config), str(manifest)) == (
        "out/harbour.v2.config.xml",
        "out/harbour.v2.manifest.json",
    )


def test_corpus_pull_on_the_command_line(studio, annotated, running, tmp_path):
    from click.testing import CliRunner

    from corpus.cli import cli

    data, _ = running
    project, _, _ = annotated
    _, conn = studio
    out = tmp_path / "export.json"
    args = ["pull", "--project", str(project.id), "-o", str(out), "--data-dir", str(data)]
    result = CliRunner().invoke(cli, [*args, "--json", "--chunk-size", "4"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["tasks"] == 7 and report["chunks"] == 2
    assert "7 tasks, 8 annotations (1 skipped, 1 ground truth)" in result.stderr
    assert conn.api_key not in result.stdout + result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 7


def test_corpus_pull_into_a_missing_folder_is_one_clear_line(running, annotated, tmp_path):
    from click.testing import CliRunner

    from corpus.cli import cli

    data, _ = running
    project, _, _ = annotated
    out = tmp_path / "nowhere" / "export.json"
    result = CliRunner().invoke(
        cli, ["pull", "--project", str(project.id), "-o", str(out), "--data-dir", str(data), "-q"]
    )
    assert result.exit_code == 1 and "no such directory" in result.stderr
    assert "Traceback" not in result.stderr
