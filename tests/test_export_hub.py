"""`corpus export --push-to-hub REPO [--tag v1]` against a local stand-in of the Hub's HTTP API:
the repo ends up equal to the folder, in one commit, and a tag names a revision for good."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from corpus.dataset import build_export
from corpus.dataset import write as write_module
from corpus.dataset.hub import local_files

from . import synthetic_export
from .hub_standin import HubStandIn

REPO = "someone/comments"


@pytest.fixture
def hub(monkeypatch):
    import huggingface_hub.constants

    with HubStandIn() as server:
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        monkeypatch.setenv("HF_TOKEN", server.token)
        # the stand-in speaks LFS, not Xet (read by huggingface_hub at import: set both)
        monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
        monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_DISABLE_XET", True)
        yield server


def export(tmp_path, n_tasks=60, name="out", **options):
    path = synthetic_export.write(tmp_path / f"{name}.json", n_tasks)
    options.setdefault("annotators_file", tmp_path / "annotators.json")
    return build_export(path, tmp_path / name, config_xml=synthetic_export.CONFIG, **options)


def local_bytes(folder) -> dict[str, bytes]:
    return {path: file.read_bytes() for path, file in local_files(folder).items()}


def test_a_second_push_of_a_resharded_export_leaves_exactly_the_new_files(
    hub, tmp_path, monkeypatch
):
    # shards of 10 rows, written 10 at a time: the train units make 4 shards
    shard_rows, defaults = write_module.SHARD_ROWS, write_module.StagedConfig.__init__.__defaults__
    monkeypatch.setattr(write_module, "SHARD_ROWS", 10)
    monkeypatch.setattr(write_module.StagedConfig.__init__, "__defaults__", (10,))
    first = export(tmp_path, hub_repo=REPO, formats=("hf", "conll"))
    repo = hub.repos[REPO]
    assert repo.files() == {
        **local_bytes(first.output),
        ".gitattributes": repo.files()[".gitattributes"],
    }
    assert "data/units/train-00003-of-00004.parquet" in repo.files()

    # one shard each, as exports are written by default
    monkeypatch.setattr(write_module, "SHARD_ROWS", shard_rows)
    monkeypatch.setattr(write_module.StagedConfig.__init__, "__defaults__", defaults)
    commits = len(repo.log)
    second = export(tmp_path, hub_repo=REPO)  # and no CoNLL this time
    files = repo.files()
    assert set(files) == set(local_files(second.output)) | {".gitattributes"}
    assert files == {**local_bytes(second.output), ".gitattributes": files[".gitattributes"]}
    assert len(repo.log) == commits + 1  # additions and deletions in one commit
    assert repo.log[-1]["parent"] == repo.log[-2]["oid"]
    report = second.hub
    assert "data/units/train-00003-of-00004.parquet" in report.deleted
    assert "conll/train.conll" in report.deleted
    assert "data/units/train-00000-of-00001.parquet" in report.added
    assert report.commit == repo.branches["main"]


def test_the_repo_is_compared_by_content_and_an_unchanged_folder_makes_no_commit(hub, tmp_path):
    from corpus.dataset.hub import push_to_hub

    first = export(tmp_path, hub_repo=REPO)
    repo = hub.repos[REPO]
    commits = len(repo.log)
    again = push_to_hub(first.output, REPO)
    assert (again.added, again.changed, again.deleted) == ((), (), ())
    assert again.unchanged == len(local_files(first.output))
    assert len(repo.log) == commits
    (first.output / "labeling-config.xml").write_text("<View/>\n", encoding="utf-8")
    changed = push_to_hub(first.output, REPO)
    assert changed.changed == ("labeling-config.xml",) and not changed.added


def test_a_tag_names_the_pushed_revision_and_the_card_shows_how_to_load_it(hub, tmp_path):
    from huggingface_hub import hf_hub_download

    first = export(tmp_path, hub_repo=REPO, tag="v1")
    repo = hub.repos[REPO]
    assert repo.tags["v1"] == repo.branches["main"] == first.hub.commit
    card = (first.output / "README.md").read_text(encoding="utf-8")
    assert f'load_dataset("{REPO}", "units", revision="v1")' in card
    assert f"\\url{{{hub.url}/datasets/{REPO}}}" in card and "version      = {v1}" in card

    export(tmp_path, n_tasks=40, hub_repo=REPO, tag="v2")
    # v1 still names the first files, whatever was pushed since
    downloaded = hf_hub_download(REPO, "README.md", repo_type="dataset", revision="v1",
                                 endpoint=hub.url, cache_dir=tmp_path / "cache")  # fmt: skip
    with open(downloaded, encoding="utf-8") as handle:
        assert handle.read() == card
    assert repo.files("v1")["README.md"] != repo.files("v2")["README.md"]


def run_export(tmp_path, hub, *args):
    path = synthetic_export.write(tmp_path / "export.json", 30)
    (tmp_path / "config.xml").write_text(synthetic_export.CONFIG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    env.update(HF_ENDPOINT=hub.url, HF_TOKEN=hub.token, HF_HUB_DISABLE_XET="1")
    return subprocess.run(
        [sys.executable, "-m", "corpus", "export", str(path), "-o", str(tmp_path / "out"),
         "--config", str(tmp_path / "config.xml"), "--annotators-file",
         str(tmp_path / "annotators.json"), "--push-to-hub", REPO, *args],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip


def test_the_command_reports_what_the_push_changed_and_refuses_a_tag_twice(hub, tmp_path):
    done = run_export(tmp_path, hub, "--tag", "v1")
    assert done.returncode == 0, done.stderr
    assert f"pushed to {hub.url}/datasets/{REPO}: " in done.stderr
    assert "  added README.md" in done.stderr and "  added croissant.json" in done.stderr
    assert "tagged v1 at " in done.stderr
    assert "Upload" not in done.stderr  # huggingface_hub's own progress bars stay quiet

    stamp = (tmp_path / "out" / "manifest.json").read_bytes()
    again = run_export(tmp_path, hub, "--tag", "v1", "-q")
    assert again.returncode == 1
    assert again.stderr.strip().splitlines() == [
        f"Error: {REPO} already has the tag v1 (commit {hub.repos[REPO].tags['v1'][:12]}); a tag "
        "names one version for good, so choose a new one"
    ]
    assert (tmp_path / "out" / "manifest.json").read_bytes() == stamp  # refused before any work


def test_a_push_that_lost_a_race_is_one_line_and_the_repo_keeps_the_other_commit(
    hub, tmp_path, monkeypatch
):
    """Another push lands between our look at the repo and our commit: the Hub refuses a
    commit whose parent is no longer the head, and nothing of ours is half-written."""
    from huggingface_hub import HfApi

    first = export(tmp_path, hub_repo=REPO)
    repo = hub.repos[REPO]
    real = HfApi.list_repo_tree

    def and_someone_else_commits(self, *args, **kwargs):
        entries = list(real(self, *args, **kwargs))
        repo.commit({**repo.commits[repo.branches["main"]]}, "someone else", repo.branches["main"])
        return entries

    monkeypatch.setattr(HfApi, "list_repo_tree", and_someone_else_commits)
    (first.output / "labeling-config.xml").write_text("<View/>\n", encoding="utf-8")
    from corpus.dataset.hub import push_to_hub
    from corpus.dataset.write import WriteError

    with pytest.raises(WriteError, match=r"^uploading to someone/comments: .*412"):
        push_to_hub(first.output, REPO)
    assert repo.log[-1]["summary"] == "someone else"


def test_tag_without_push_to_hub_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from corpus.cli import cli

    path = synthetic_export.write(tmp_path / "export.json", 3)
    result = CliRunner().invoke(
        cli, ["export", str(path), "-o", str(tmp_path / "out"), "--tag", "v1"]
    )
    assert result.exit_code == 2
    assert "--tag names a revision of the Hub repo: use it with --push-to-hub" in result.output
