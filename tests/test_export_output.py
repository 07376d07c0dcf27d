"""`corpus export` replaces a dataset only once the new one is complete, and never deletes
what it did not write: a failure leaves the earlier dataset as it was, and the same command
simply runs again."""

from __future__ import annotations

import fcntl
import json
import os

import pytest
from click.testing import CliRunner

from corpus.cli import cli
from corpus.dataset import build_export, write
from corpus.dataset.write import WriteError
from corpus.lsexport import ExportError

from . import synthetic_export


def build(tmp_path, export, out="out", **options):
    options.setdefault("annotators_file", tmp_path / "private" / "annotators.json")
    return build_export(export, tmp_path / out, **options)


def files(folder) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: a dataset to compare whole."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def leftovers(tmp_path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out."))


@pytest.fixture
def exports(tmp_path):
    """A first export (30 tasks) and a second, different one (40 tasks)."""
    return (
        synthetic_export.write(tmp_path / "first.json", 30, seed=1),
        synthetic_export.write(tmp_path / "second.json", 40, seed=2),
    )


def add_foreign(folder):
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (folder / "NOTES.md").write_text("my notes\n")
    (folder / "extra").mkdir()
    (folder / "extra" / "plot.png").write_bytes(b"\x89PNG")


def test_a_new_export_replaces_the_old_and_keeps_what_corpus_did_not_write(tmp_path, exports):
    first, second = exports
    build(tmp_path, first)
    add_foreign(tmp_path / "out")
    report = build(tmp_path, second)
    assert report.kept == (".git", "NOTES.md", "extra")
    out = tmp_path / "out"
    assert (out / "NOTES.md").read_text() == "my notes\n"
    assert (out / ".git" / "HEAD").exists() and (out / "extra" / "plot.png").exists()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["tasks"] == 40
    assert manifest["files"] == [
        "README.md",
        "croissant.json",
        "data",
        "labeling-config.xml",
        "manifest.json",
    ]
    assert leftovers(tmp_path) == []


def test_a_failed_export_leaves_the_earlier_dataset_as_it_was(tmp_path, exports):
    first, _ = exports
    build(tmp_path, first)
    add_foreign(tmp_path / "out")
    before = files(tmp_path / "out")
    broken = tmp_path / "broken.json"
    broken.write_bytes(first.read_bytes()[:-5000])  # truncated mid-task
    with pytest.raises(ExportError, match="cut short"):
        build(tmp_path, broken)
    assert files(tmp_path / "out") == before
    assert leftovers(tmp_path) == []
    build(tmp_path, first)  # and the same command runs again


def test_a_failure_while_writing_the_card_leaves_the_earlier_dataset(
    tmp_path, exports, monkeypatch
):
    first, second = exports
    build(tmp_path, first)
    before = files(tmp_path / "out")

    def broken(**_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("corpus.dataset.card.render", broken)
    with pytest.raises(WriteError, match=r"\(No space left on device\); the earlier dataset in"):
        build(tmp_path, second)
    assert files(tmp_path / "out") == before
    assert leftovers(tmp_path) == []


def test_a_folder_of_someone_elses_files_is_refused_before_any_work(tmp_path, exports):
    first, _ = exports
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "README.md").write_text("a README of my own\n")
    (folder / "data").mkdir()
    with pytest.raises(WriteError, match=r"holds README.md, data/, which corpus did not write"):
        build(tmp_path, first)
    assert (folder / "README.md").read_text() == "a README of my own\n"
    assert leftovers(tmp_path) == []


def test_a_folder_holding_only_other_files_is_exported_into_and_they_stay(tmp_path, exports):
    first, _ = exports
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / ".git").mkdir()
    (folder / ".gitattributes").write_text("*.parquet filter=lfs\n")
    report = build(tmp_path, first)
    assert report.kept == (".git", ".gitattributes")
    assert (folder / ".gitattributes").exists() and (folder / "manifest.json").exists()


def test_a_file_of_someone_else_inside_data_is_refused(tmp_path, exports):
    first, second = exports
    build(tmp_path, first)
    (tmp_path / "out" / "data" / "units" / "mine.csv").write_text("a,b\n")
    with pytest.raises(WriteError, match=r"units/mine.csv in data/ was not written by corpus"):
        build(tmp_path, second)
    assert (tmp_path / "out" / "data" / "units" / "mine.csv").exists()


def test_the_staging_folder_an_earlier_version_left_is_not_in_the_way(tmp_path, exports):
    first, _ = exports
    folder = tmp_path / "out"
    (folder / ".staging").mkdir(parents=True)
    (folder / ".staging" / "units.parquet").write_bytes(b"half")
    report = build(tmp_path, first)
    assert report.kept == ()
    assert not (folder / ".staging").exists()


def test_what_a_killed_commit_had_moved_goes_back_before_the_next_run(tmp_path, exports):
    """A kill after the commit moved NOTES.md into the new folder, before the swap."""
    first, second = exports
    build(tmp_path, first)
    folder = tmp_path / "out"
    new = tmp_path / ".out.corpus-new"
    new.mkdir()
    (new / "manifest.json").write_text(json.dumps({"files": ["data", "manifest.json"]}))
    (new / "data").mkdir()
    (new / "NOTES.md").write_text("moved by the killed run\n")
    report = build(tmp_path, second)
    assert (folder / "NOTES.md").read_text() == "moved by the killed run\n"
    assert report.kept == ("NOTES.md",)
    assert leftovers(tmp_path) == []


def test_a_kill_between_the_two_renames_of_a_plain_swap_is_undone(tmp_path, exports):
    first, _ = exports
    build(tmp_path, first)
    folder = tmp_path / "out"
    before = files(folder)
    os.rename(folder, tmp_path / ".out.corpus-old")  # the state between the two renames
    write.Output(folder).abandon()  # what the next run does first
    assert files(folder) == before and leftovers(tmp_path) == []


def test_without_an_atomic_exchange_two_renames_do_the_swap(tmp_path, exports, monkeypatch):
    first, second = exports
    monkeypatch.setattr(write, "_libc", lambda: None)
    build(tmp_path, first)
    add_foreign(tmp_path / "out")
    report = build(tmp_path, second)
    assert report.kept == (".git", "NOTES.md", "extra") and report.tasks == 40
    assert leftovers(tmp_path) == []


def test_two_exports_into_one_folder_take_turns(tmp_path, exports):
    first, _ = exports
    lock = os.open(tmp_path, os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another export holds the parent folder
        with pytest.raises(WriteError, match="another corpus export is writing here"):
            build(tmp_path, first)
    finally:
        os.close(lock)
    build(tmp_path, first)


def test_the_command_says_what_it_kept(tmp_path, exports):
    first, second = exports
    out = tmp_path / "out"
    args = ["export", "-o", str(out), "--annotators-file", str(tmp_path / "p.json")]
    assert CliRunner().invoke(cli, [*args, str(first)]).exit_code == 0
    (out / "NOTES.md").write_text("mine\n")
    (out / "extra").mkdir()
    result = CliRunner().invoke(cli, [*args, str(second)])
    assert result.exit_code == 0, result.output
    assert f"kept in {out} what corpus did not write: NOTES.md, extra/" in result.stderr


def test_units_of_another_project_are_said_to_be_unused(tmp_path, exports):
    first, _ = exports
    units = tmp_path / "other-units.jsonl"
    units.write_text(
        json.dumps({"id": "elsewhere/p1", "doc_id": "elsewhere", "sha256": "0"}) + "\n"
    )
    report = build(tmp_path, first, units_path=units)
    assert any(
        "none of the 30 tasks has its unit in other-units.jsonl" in note for note in report.notes
    )


def test_units_missing_or_with_another_text_are_counted(tmp_path, exports):
    from corpus.model import sha256

    first, _ = exports
    tasks = json.loads(first.read_text())
    units = []
    for i, t in enumerate(tasks[:20]):  # ten tasks without their unit
        text = t["data"]["text"] if i >= 5 else "another text"  # five of another split
        units.append(
            {"id": t["data"]["unit_id"], "doc_id": t["data"]["doc_id"], "sha256": sha256(text)}
        )
    path = tmp_path / "units.jsonl"
    path.write_text("".join(json.dumps(u) + "\n" for u in units))
    notes = build(tmp_path, first, units_path=path).notes
    assert "10 of 30 tasks have no unit in units.jsonl" in " ".join(notes)
    assert "5 units in units.jsonl have another text than their task" in " ".join(notes)
    whole = [
        {
            "id": t["data"]["unit_id"],
            "doc_id": t["data"]["doc_id"],
            "sha256": sha256(t["data"]["text"]),
        }
        for t in tasks
    ]
    path.write_text("".join(json.dumps(u) + "\n" for u in whole))
    assert not [n for n in build(tmp_path, first, units_path=path).notes if "units.jsonl" in n]


def test_training_files_of_the_earlier_export_go_and_a_folder_of_the_users_stays(tmp_path, exports):
    first, second = exports
    build(tmp_path, first, formats=("hf", "conll"))
    out = tmp_path / "out"
    assert (out / "conll").is_dir()
    report = build(tmp_path, second)
    assert not (out / "conll").exists() and report.kept == ()
    (out / "conll").mkdir()  # the user's own, now that the manifest says corpus wrote none
    (out / "conll" / "mine.txt").write_text("mine\n")
    before = files(out)
    with pytest.raises(
        WriteError, match=r"conll: not written by corpus, and the new export writes"
    ):
        build(tmp_path, first, formats=("hf", "conll"))
    assert files(out) == before and leftovers(tmp_path) == []


def test_the_push_sends_what_the_export_wrote_not_what_it_kept(tmp_path, exports, monkeypatch):
    import huggingface_hub.constants

    from .hub_standin import HubStandIn

    first, second = exports
    build(tmp_path, first)
    add_foreign(tmp_path / "out")
    with HubStandIn() as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        monkeypatch.setenv("HF_TOKEN", hub.token)
        monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
        monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_DISABLE_XET", True)
        report = build(tmp_path, second, hub_repo="someone/comments")
        pushed = set(hub.repos["someone/comments"].files())
    assert report.kept == (".git", "NOTES.md", "extra")
    assert "NOTES.md" not in pushed and not any(p.startswith("extra/") for p in pushed)
    assert {"README.md", "manifest.json", "croissant.json"} <= pushed
