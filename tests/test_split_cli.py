"""`corpus split` as a user meets it: files, directories, globs, stdin, errors, exit codes."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus.cli import cli

from .conftest import EXAMPLES, PTC, SEED, need_shared

cli_module = importlib.import_module("corpus.cli.split")  # the module, not the command it defines

ARTICLE = (
    "A Title\n\nBy Ann Lee | (The Site) |\n\nFirst sentence. Second one.\n\n"
    "2 Comments\n\n  1. Nice.\n\n    • Thanks!\n"
)


def run(*args, input=None):
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result


def units(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE.replace("Nice.", "Great."), encoding="utf-8")
    return tmp_path


def test_units_go_to_stdout_as_json_lines_and_the_summary_to_stderr(folder):
    result = run("split", str(folder / "a.txt"))
    assert result.exit_code == 0
    rows = units(result.stdout)
    assert [r["id"] for r in rows][:3] == ["a/title", "a/p1", "a/p1.s1"]
    assert {r["kind"] for r in rows} == {"title", "paragraph", "sentence", "comment"}
    assert "1 documents" in result.stderr and "0 failed" in result.stderr
    reply = next(r for r in rows if r["id"] == "a/c1.1")
    assert reply["parent_id"] == "a/c1" and reply["depth"] == 2 and reply["text"] == "Thanks!"


def test_directories_are_searched_recursively_and_ids_follow_relative_paths(folder):
    rows = units(run("split", str(folder)).stdout)
    assert {r["doc_id"] for r in rows} == {"a", "sub--b"}


def test_globs_expand_like_directories(folder):
    rows = units(run("split", str(folder / "**" / "*.txt")).stdout)
    assert {r["doc_id"] for r in rows} == {"a", "sub--b"}


def test_kinds_picks_the_unit_kinds(folder):
    rows = units(run("split", str(folder / "a.txt"), "--kinds", "comment").stdout)
    assert [r["kind"] for r in rows] == ["comment", "comment"]


def test_an_unknown_kind_is_a_usage_error(folder):
    result = run("split", str(folder / "a.txt"), "--kinds", "word")
    assert result.exit_code == 2
    assert "choose from" in result.stderr


def test_docs_and_units_can_go_to_files(folder, tmp_path):
    out, docs = tmp_path / "u.jsonl", tmp_path / "d.jsonl"
    result = run("split", str(folder), "-o", str(out), "--docs", str(docs))
    assert result.exit_code == 0 and result.stdout == ""
    documents = [json.loads(line) for line in docs.read_text().splitlines()]
    assert [d["doc_id"] for d in documents] == ["a", "sub--b"]
    assert documents[0]["author"] == "Ann Lee" and documents[0]["site"] == "The Site"
    assert documents[0]["comments_declared"] == 2 and documents[0]["comments_found"] == 2
    assert len(units(out.read_text())) > 0


def test_standard_input_is_read_with_a_dash():
    rows = units(run("split", "-", input=ARTICLE).stdout)
    assert rows[0]["id"] == "stdin/title"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"\x00\x01\x02\x03binary\x00stuff" * 20, "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_a_bad_file_is_reported_and_the_rest_still_processed(folder, content, reason):
    bad = folder / "bad.txt"
    bad.write_bytes(content)
    result = run("split", str(folder))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and reason in errors[0]
    assert {r["doc_id"] for r in units(result.stdout)} == {"a", "sub--b"}
    assert "1 failed" in result.stderr


def test_skip_errors_keeps_exit_status_zero(folder):
    (folder / "bad.txt").write_bytes(b"")
    assert run("split", str(folder), "--skip-errors").exit_code == 0


def test_a_missing_path_is_reported_not_raised(folder):
    result = run("split", str(folder / "nope.txt"), str(folder / "a.txt"))
    assert result.exit_code == 1
    assert "nope.txt: no such file or directory" in result.stderr
    assert units(result.stdout)


def test_bad_jsonl_records_are_reported_by_line_and_good_ones_kept(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "n1", "title": "One", "text": "Body one."}\n'
        "{not json\n"
        '{"id": "n3", "title": "No text"}\n'
        '{"id": "n4", "text": "Body four.", "comments": [{"id": 1, "text": "Hi."}]}\n',
        encoding="utf-8",
    )
    result = run("split", str(feed))
    assert result.exit_code == 1
    assert f"{feed}:2: invalid JSON" in result.stderr
    assert f"{feed}:3: no 'text' field" in result.stderr
    assert {r["doc_id"] for r in units(result.stdout)} == {"n1", "n4"}


def test_duplicate_document_ids_are_refused(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n', encoding="utf-8")
    result = run("split", str(feed))
    assert result.exit_code == 1
    assert "duplicate doc_id 'x'" in result.stderr


def test_a_run_that_dies_midway_leaves_the_previous_output_untouched(
    folder, tmp_path_factory, monkeypatch
):
    outdir = tmp_path_factory.mktemp("out")
    out = outdir / "units.jsonl"
    out.write_text("previous run\n")
    real = cli_module.split_sources

    def dies_after_one(*args, **kwargs):
        for n, result in enumerate(real(*args, **kwargs)):
            if n == 1:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(cli_module, "split_sources", dies_after_one)
    assert run("split", str(folder), "-o", str(out)).exit_code != 0
    assert out.read_text() == "previous run\n"
    assert [p.name for p in outdir.iterdir() if p.name != "units.jsonl"] == []
    monkeypatch.setattr(cli_module, "split_sources", real)
    assert run("split", str(folder), "-o", str(out)).exit_code == 0
    assert len(units(out.read_text())) == 2 * len(units(run("split", str(folder / "a.txt")).stdout))


def test_an_output_directory_that_does_not_exist_is_one_clear_error(folder, tmp_path):
    result = run("split", str(folder / "a.txt"), "-o", str(tmp_path / "missing-dir" / "u.jsonl"))
    assert result.exit_code == 1 and "no such directory" in result.stderr


def test_ids_are_the_same_across_runs_and_worker_counts():
    examples = str(EXAMPLES)
    once = run("split", examples, "--workers", "1").stdout
    again = run("split", examples, "--workers", "1").stdout
    parallel = run("split", examples, "--workers", "2").stdout
    assert once and once == again == parallel


def test_editing_one_comment_changes_that_comments_hashes_only(tmp_path):
    original = need_shared(SEED).read_text(encoding="utf-8")
    edited = original.replace("Oh boy. Russia went to Syria", "Oh dear. Russia went to Syria")
    assert edited != original
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "seed.txt").write_text(original, encoding="utf-8")
    (tmp_path / "b" / "seed.txt").write_text(edited, encoding="utf-8")
    before = {r["id"]: r["sha256"] for r in units(run("split", str(tmp_path / "a")).stdout)}
    after = {r["id"]: r["sha256"] for r in units(run("split", str(tmp_path / "b")).stdout)}
    assert before.keys() == after.keys()
    changed = {uid for uid in before if before[uid] != after[uid]}
    assert changed == {"seed/c9", "seed/c9.s1"}


def test_ptc_spans_attach_through_the_command_line(tmp_path):
    labels = sorted(need_shared(PTC).glob("*.task2-TC.labels"))
    args = ["split", *map(str, sorted(PTC.glob("article*.txt"))), "--kinds", "paragraph"]
    for label_file in labels:
        args += ["--spans", str(label_file)]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert "0 left out" in result.stderr


def test_no_traceback_on_an_unreadable_file(folder):
    locked = folder / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("running as a user who can read anything")
    result = run("split", str(locked))
    assert result.exit_code == 1 and "Traceback" not in result.stderr


def test_the_console_script_runs_as_a_module(folder):
    process = subprocess.run(
        [sys.executable, "-m", "corpus", "split", str(folder / "a.txt"), "--kinds", "title"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert process.returncode == 0
    assert json.loads(process.stdout)["text"] == "A Title"


def test_a_missing_spans_file_is_a_usage_error(folder):
    result = run("split", str(folder), "--spans", str(folder / "nope.labels"))
    assert result.exit_code == 2


def test_output_files_get_ordinary_permissions_not_a_temporary_files_private_ones(tmp_path):
    out = tmp_path / "units.jsonl"
    old = os.umask(0o022)
    try:
        result = CliRunner().invoke(
            cli, ["split", str(EXAMPLES / "news-briefs.jsonl"), "-o", str(out)]
        )
    finally:
        os.umask(old)
    assert result.exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o644


def test_an_output_that_is_a_pipe_or_a_device_is_written_to_not_replaced(folder, tmp_path):
    # "-o /dev/null" must not leave a plain file where the device was (as root, a rename
    # over it would); a named pipe stands in for the device here
    import threading

    fifo = tmp_path / "units.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("split", str(folder / "a.txt"), "-o", str(fifo))
    reader.join(timeout=10)
    assert result.exit_code == 0
    assert fifo.is_fifo()
    assert units(received[0].decode("utf-8"))[0]["kind"] == "title"
