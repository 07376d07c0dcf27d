"""`corpus pull` against a real Label Studio: everything the project holds, in chunks, no e-mails."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import time

import httpx
import jwt
import pytest

from corpus.studio import client as studio_client
from corpus.studio import pull as studio_pull
from corpus.studio.client import Studio, StudioError

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
    return studio_pull.pull(studio, str(project), path, **kwargs)


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


# -- what a pull leaves on the server ----------------------------------------------------------


def export_files(data) -> set[str]:
    return {p.name for p in (data / "export").glob("*.json")}


def test_a_pull_from_the_server_corpus_runs_here_leaves_no_export_file_on_it(
    studio, annotated, running, tmp_path
):
    data, _ = running
    _, conn = studio
    assert conn.data_dir is not None
    project, _, _ = annotated
    before = export_files(data)
    report = pull(studio, project.id, tmp_path / "export.json", chunk_size=2)
    assert report.chunks == 4 and report.server_files_left == 0
    assert export_files(data) == before


def test_a_pull_from_a_server_elsewhere_says_how_many_files_it_left_and_how_to_find_them(
    studio, annotated, running, tmp_path
):
    data, _ = running
    client, conn = studio
    project, _, _ = annotated
    elsewhere = studio_client.Connection(conn.url, conn.api_key, "the test")  # no data dir known
    before = export_files(data)
    report = studio_pull.pull(
        Studio(client, elsewhere), str(project.id), tmp_path / "e.json", chunk_size=4
    )
    left = export_files(data) - before
    assert report.server_files_left == len(left) == 4
    tagged = [n for n in left if n.endswith("-info.json")]
    for name in tagged:
        info = json.loads((data / "export" / name).read_text())
        assert info["download"]["GET"]["corpus_pull"] == [report.server_files_tag]
    for name in left:
        (data / "export" / name).unlink()


def test_files_of_a_pull_killed_long_ago_are_swept_and_others_left_alone(
    studio, annotated, running, tmp_path
):
    data, _ = running
    project, _, _ = annotated
    old = time.time() - 2 * studio_pull.STALE_AFTER

    def planted(name, tag):
        get = {"export_type": ["JSON"], **({"corpus_pull": [tag]} if tag else {})}
        info = data / "export" / f"project-{project.id}-at-2026-01-01-10-00-{name}-info.json"
        info.write_text(json.dumps({"download": {"GET": get}}))
        result = info.with_name(info.name.replace("-info.json", ".json"))
        result.write_text("[]")
        for path in (info, result):
            os.utime(path, (old, old))
        return {info.name, result.name}

    killed = planted("aaaaaaaa", "0123abcd")
    someone_elses = planted("bbbbbbbb", None)  # an export made in the UI: not ours to remove
    pull(studio, project.id, tmp_path / "export.json")
    assert not killed & export_files(data)
    assert someone_elses <= export_files(data)
    for name in someone_elses:
        (data / "export" / name).unlink()


# -- access tokens that expire during a pull ------------------------------------------------------

LIFETIME = 3  # seconds an access token lives on the short-lived server


@pytest.fixture(scope="module")
def short_lived(running, annotated, label_studio_bin, tmp_path_factory):
    """A second Label Studio on a copy of the session server's data, whose access tokens
    live LIFETIME seconds (Label Studio's own default is 300 s); its URL and the PAT."""
    from corpus.studio import server as studio_server

    from .conftest import free_port

    data, _ = running
    base = tmp_path_factory.mktemp("short-lived")
    copy = base / "data"
    copy.mkdir()
    for name in (".env", "credentials.json"):  # .env holds the key the PAT is signed with
        shutil.copy(data / name, copy / name)
    with (
        sqlite3.connect(data / "label_studio.sqlite3") as source,
        sqlite3.connect(copy / "label_studio.sqlite3") as target,
    ):
        source.backup(target)
    settings = base / "settings"
    settings.mkdir()
    # Label Studio's settings read Django's settings while they load, which would find this
    # module still empty: it names Label Studio's own module meanwhile
    (settings / "short_jwt.py").write_text(
        "import os\n"
        "from datetime import timedelta\n"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'label_studio.core.settings.label_studio'\n"
        "from label_studio.core.settings.label_studio import *  # noqa: F403\n"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'short_jwt'\n"
        f"SIMPLE_JWT = {{'ACCESS_TOKEN_LIFETIME': timedelta(seconds={LIFETIME})}}\n"
    )
    env = studio_server._environment(copy, None)
    env.update(DJANGO_SETTINGS_MODULE="short_jwt", PYTHONPATH=str(settings))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with open(copy / "server.log", "wb") as log:
        proc = subprocess.Popen(
            [str(label_studio_bin), "start", "--no-browser", "--internal-host", "127.0.0.1",
             "--port", str(port)],
            env=env, cwd=copy, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        while True:
            assert proc.poll() is None, (copy / "server.log").read_text()[-2000:]
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the short-lived server did not start"
            time.sleep(0.5)
        yield url, json.loads((copy / "credentials.json").read_text())["api_key"]
    finally:
        proc.terminate()
        proc.wait(30)


def test_a_pull_across_several_token_expiries_renews_the_token_and_completes(
    studio, annotated, short_lived, tmp_path
):
    url, pat = short_lived
    project, ids, _ = annotated
    conn = studio_client.Connection(url, pat, "the test")
    client = studio_client.connect(conn)
    tokens = client._client_wrapper._tokens_client
    claims = jwt.decode(tokens.api_key, options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == LIFETIME  # the server really hands out short tokens

    began = time.monotonic()
    report = studio_pull.pull(Studio(client, conn), str(project.id), tmp_path / "slow.json", chunk_size=1,
        progress=lambda done, total: time.sleep(LIFETIME / 2),
    )  # fmt: skip
    took = time.monotonic() - began
    assert report.tasks == len(ids) and took > 3 * LIFETIME
    assert tokens.renewals >= took // LIFETIME
    pull(studio, project.id, tmp_path / "direct.json")
    slow = json.loads((tmp_path / "slow.json").read_text(encoding="utf-8"))
    direct = json.loads((tmp_path / "direct.json").read_text(encoding="utf-8"))
    assert without_clock(slow) == without_clock(direct)
