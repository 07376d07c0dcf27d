"""`corpus push` against a real Label Studio: every unit once, however often or however it stops."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest

from corpus import split_files
from corpus.studio import client as studio_client
from corpus.studio import push as studio_push
from corpus.studio.client import Connection, StudioError, every
from corpus.taskdata import task_data

from .conftest import EXAMPLES, SEED, free_port, need_shared

CONFIG = """<View>
  <Header value="$title"/>
  <Text name="text" value="$text"/>
  <Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
</View>"""


def one_unit_file(folder):
    units = folder / "units.jsonl"
    units.write_text(
        json.dumps({"id": "a/p1", "doc_id": "a", "kind": "paragraph", "text": "x"}) + "\n"
    )
    return units


def task_count(client, project_id) -> int:
    return sum(
        1 for _ in every(client.tasks.list(project=project_id, page_size=1000, fields="task_only"))
    )


def unit_ids_on_server(client, project_id) -> list[str]:
    return [
        t.data["unit_id"]
        for t in every(client.tasks.list(project=project_id, page_size=1000, fields="task_only"))
    ]


def test_a_second_push_creates_nothing(studio, example_units):
    client = studio.client
    first = studio_push.push(studio, example_units, project="twice", label_config=CONFIG)
    assert first.project_created and first.created == len(example_units) == first.units
    again = studio_push.push(studio, example_units, project="twice", label_config=CONFIG)
    assert (again.created, again.present, again.project_created) == (0, len(example_units), False)
    assert again.project_id == first.project_id
    assert task_count(client, first.project_id) == len(example_units)


def test_a_push_killed_after_its_first_batch_is_completed_by_the_next_run(studio, example_units):
    client = studio.client
    batches = []

    def die_after_first_batch(n):
        batches.append(n)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        studio_push.push(
            studio,
            example_units,
            project="killed",
            label_config=CONFIG,
            batch_size=50,
            progress=die_after_first_batch,
        )
    rerun = studio_push.push(
        studio, example_units, project="killed", label_config=CONFIG, batch_size=50
    )
    assert rerun.present == 50 and rerun.created == len(example_units) - 50
    ids = unit_ids_on_server(client, rerun.project_id)
    assert sorted(ids) == sorted(u["id"] for u in example_units)  # each exactly once


def test_the_seed_article_pushes_with_every_unit_once(studio):
    client = studio.client
    units = [u.to_dict() for r in split_files([str(need_shared(SEED))]) for u in r.units]
    report = studio_push.push(studio, units, project="seed", label_config=CONFIG)
    assert report.created == len(units) == task_count(client, report.project_id)


def test_tasks_carry_the_context_annotators_need(studio, example_units):
    client = studio.client
    report = studio_push.push(studio, example_units, project="context", label_config=CONFIG)
    tasks = {
        t.data["unit_id"]: t.data
        for t in every(
            client.tasks.list(project=report.project_id, page_size=1000, fields="task_only")
        )
    }
    by_id = {u["id"]: u for u in example_units}
    reply = tasks["harbour-bridge-vote/c1.1"]
    assert reply["parent_text"] == by_id["harbour-bridge-vote/c1"]["text"]
    assert reply["title"] == by_id["harbour-bridge-vote/title"]["text"]
    sentence = tasks["harbour-bridge-vote/p1.s2"]
    assert sentence["prev"] == by_id["harbour-bridge-vote/p1.s1"]["text"]
    assert sentence["next"] == by_id["harbour-bridge-vote/p1.s3"]["text"]
    assert sentence["parent_text"] == by_id["harbour-bridge-vote/p1"]["text"]
    assert sentence["text"] == by_id["harbour-bridge-vote/p1.s2"]["text"]
    assert (sentence["start"], sentence["end"]) == (
        by_id[sentence["unit_id"]]["start"],
        by_id[sentence["unit_id"]]["end"],
    )


def test_a_unit_whose_text_changed_is_reported_not_duplicated(studio, example_units):
    client = studio.client
    studio_push.push(studio, example_units, project="changed", label_config=CONFIG)
    edited = [dict(u) for u in example_units]
    edited[3]["text"] += " (edited)"
    edited[3]["sha256"] = "0" * 64
    report = studio_push.push(studio, edited, project="changed", label_config=CONFIG)
    assert report.changed == (edited[3]["id"],) and report.created == 0
    assert task_count(client, report.project_id) == len(example_units)


def test_kinds_limit_what_is_pushed(studio, example_units):
    report = studio_push.push(
        studio,
        example_units,
        project="comments only",
        label_config=CONFIG,
        kinds=["comment"],
    )
    assert report.created == sum(1 for u in example_units if u["kind"] == "comment")


def test_a_dry_run_creates_nothing(studio, example_units):
    report = studio_push.push(
        studio, example_units, project="dry", label_config=CONFIG, dry_run=True
    )
    assert report.created == len(example_units) and report.dry_run
    assert studio_push.find_project(studio, "dry") is None


def test_an_ambiguous_title_names_the_ids(studio):
    # both hold work: not a race settling (whose losers are empty and get deleted), a title
    # two projects really share
    client = studio.client
    title = f"same name {uuid.uuid4().hex[:6]}"
    ids = [client.projects.create(title=title, label_config=CONFIG).id for _ in range(2)]
    for project_id in ids:
        client.projects.import_tasks(id=project_id, request=[{"text": "x", "unit_id": "u"}])
    with pytest.raises(StudioError, match=rf"ids {ids[0]}, {ids[1]}"):
        studio_push.find_project(studio, title)


def test_an_unknown_project_id_is_an_error(studio, example_units):
    with pytest.raises(StudioError, match="no project with id 99999"):
        studio_push.push(studio, example_units, project="99999", label_config=CONFIG)


def test_a_rejected_key_says_so_without_showing_it(running):
    data, _ = running
    good = studio_client.connection(data)
    bad = replace(good, api_key="0123456789abcdef0123456789abcdef01234567")
    with pytest.raises(StudioError, match="rejected the API key") as caught:
        studio_client.connect(bad)
    assert bad.api_key not in str(caught.value)


def test_an_unreachable_server_is_one_clear_line():
    conn = Connection(f"http://127.0.0.1:{free_port()}", "x" * 40, "test")
    with pytest.raises(StudioError, match="cannot reach Label Studio"):
        studio_client.connect(conn)


def test_the_environment_wins_over_the_credentials_file(running, monkeypatch):
    data, _ = running
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://example.invalid:1/")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "k" * 40)
    conn = studio_client.connection(data)
    assert conn.url == "http://example.invalid:1" and "k" * 40 not in repr(conn)


def test_no_credentials_anywhere_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    with pytest.raises(StudioError, match="corpus server start"):
        studio_client.connection(tmp_path)


def test_a_units_file_with_a_bad_line_names_it(tmp_path):
    path = tmp_path / "units.jsonl"
    path.write_text(
        json.dumps({"id": "a/p1", "doc_id": "a", "kind": "paragraph", "text": "x"}) + "\n{oops\n"
    )
    with pytest.raises(Exception, match=r"units.jsonl:2: not valid JSON"):
        list(studio_push.read_units(path))


def test_corpus_push_on_the_command_line_reports_and_repeats_safely(
    studio, running, tmp_path, monkeypatch
):
    from click.testing import CliRunner

    from corpus.cli import cli

    client, conn = studio
    data, _ = running
    project = client.projects.create(title="cli push", label_config=CONFIG)
    units = tmp_path / "units.jsonl"
    assert (
        CliRunner()
        .invoke(cli, ["split", str(EXAMPLES / "news-briefs.jsonl"), "-o", str(units)])
        .exit_code
        == 0
    )
    monkeypatch.setenv("LABEL_STUDIO_URL", conn.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", conn.api_key)
    args = ["push", str(units), "--project", str(project.id), "--json", "--data-dir", str(data)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["created"] == report["units"] > 0 and report["present"] == 0
    assert conn.api_key not in first.stdout + first.stderr
    second = json.loads(CliRunner().invoke(cli, args).stdout)
    assert (second["created"], second["present"]) == (0, report["units"])


def test_corpus_push_to_a_missing_title_without_a_config_is_one_clear_line(
    studio, running, tmp_path
):
    from click.testing import CliRunner

    from corpus.cli import cli

    data, _ = running
    units = one_unit_file(tmp_path)
    result = CliRunner().invoke(
        cli, ["push", str(units), "--project", "nope", "--data-dir", str(data)]
    )
    assert result.exit_code == 1 and "give --template or --config" in result.stderr
    assert "Traceback" not in result.stderr


def test_corpus_push_creates_a_project_from_a_config_file_and_reports_a_rejected_one(
    studio, running, tmp_path
):
    from click.testing import CliRunner

    from corpus.cli import cli

    data, _ = running
    units = one_unit_file(tmp_path)
    good, bad = tmp_path / "good.xml", tmp_path / "bad.xml"
    good.write_text(CONFIG, encoding="utf-8")
    bad.write_text(CONFIG.replace('toName="text"', 'toName="nowhere"'), encoding="utf-8")
    base = ["push", str(units), "--data-dir", str(data), "--json"]
    created = CliRunner().invoke(cli, [*base, "--project", "from config", "--config", str(good)])
    assert created.exit_code == 0 and json.loads(created.stdout)["project_created"] is True
    rejected = CliRunner().invoke(cli, [*base, "--project", "bad config", "--config", str(bad)])
    assert rejected.exit_code == 1 and "nowhere" in rejected.stderr
    assert studio_push.find_project(studio, "bad config") is None


def test_the_demo_labeling_config_is_accepted_and_uses_only_pushed_fields(studio, example_units):
    import re

    config = (EXAMPLES / "labeling-config.xml").read_text(encoding="utf-8")
    pushed = set(next(task_data(example_units)))
    assert set(re.findall(r"\$(\w+)", config)) <= pushed
    report = studio_push.push(
        studio,
        example_units,
        project="demo config",
        label_config=config,
        kinds=["sentence", "comment"],
    )
    assert report.created == sum(1 for u in example_units if u["kind"] in ("sentence", "comment"))
