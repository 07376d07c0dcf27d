"""A disk that fills while `corpus split`, `export` or `pull` writes: one line naming the file,
exit 1, the earlier output as it was and nothing half-written beside it.

The disk is a small tmpfs where the machine lets us mount one (root); elsewhere a limit on
the size of any file the process writes (RLIMIT_FSIZE), which fails the same writes with
"File too large" instead of "No space left on device".
"""

from __future__ import annotations

import json
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import datasets
import pytest

from .. import synthetic_export
from ..conftest import EXAMPLES
from ..studio_helpers import labeling_config
from .processes import corpus_command, run

SIZE = 1 << 20  # bytes on the small disk


@contextmanager
def small_disk(where: Path):
    """(folder, file size limit): a tmpfs of SIZE bytes, or a plain folder and a limit."""
    where.mkdir()
    try:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(where)],
            capture_output=True,
        ).returncode == 0  # fmt: skip
    except OSError:
        mounted = False
    try:
        yield where, (None if mounted else SIZE // 4)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def describe(limit) -> str:
    return "a full 1 MB tmpfs" if limit is None else "a 256 KB file size limit"


def outputs(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def check_one_line(done, says: str, base: Path) -> str:
    assert done.code == 1, done.stderr[-2000:]
    assert len(done.lines) == 1 and done.lines[0].startswith("Error: "), done.stderr[-2000:]
    assert says in done.lines[0] and "Traceback" not in done.stderr
    return done.lines[0].replace(f"{base}/", "")


def test_split_on_a_full_disk(tmp_path, trial):
    many = tmp_path / "articles"
    many.mkdir()
    for i in range(30):  # about 1.5 MB of units
        for source in EXAMPLES.glob("*.txt"):
            shutil.copy(source, many / f"{i}-{source.name}")
    with small_disk(tmp_path / "disk") as (disk, limit):
        units, docs = disk / "units.jsonl", disk / "docs.jsonl"
        first = run(corpus_command("split", EXAMPLES, "-o", units, "--docs", docs, "-q"), tmp_path)
        assert first.code == 0, first.stderr
        before = outputs(disk)
        done = run(
            corpus_command("split", many, "-o", units, "--docs", docs, "-q"),
            tmp_path,
            file_size=limit,
        )
        line = check_one_line(done, "cannot write", tmp_path)
        assert outputs(disk) == before  # the earlier units and docs, and no part file
    trial(f"corpus split onto {describe(limit)}", f"exit 1, earlier files unchanged: {line[:110]}")


def test_export_on_a_full_disk(tmp_path, trial):
    small = synthetic_export.write(tmp_path / "small.json", 20, seed=1)
    big = synthetic_export.write(tmp_path / "big.json", 6000, seed=2)
    with small_disk(tmp_path / "disk") as (disk, limit):
        out = disk / "dataset"

        def export(source, **kwargs):
            args = ["export", source, "-o", out, "-q", "--annotators-file", tmp_path / "p.json"]
            return run(corpus_command(*args), tmp_path, **kwargs)

        assert export(small).code == 0
        before = outputs(disk)
        done = export(big, file_size=limit)
        line = check_one_line(done, "the earlier dataset in", tmp_path)
        assert outputs(disk) == before
        rows = datasets.load_dataset(str(out), "units", cache_dir=str(tmp_path / "cache"))
        assert sum(s.num_rows for s in rows.values()) == 20
    trial(
        f"corpus export onto {describe(limit)}",
        f"exit 1, earlier dataset loads unchanged: {line[:90]}",
    )


@pytest.fixture(scope="module")
def big_project(studio):
    """About 3 MB of tasks: more than the small disk holds."""
    client, _ = studio
    project = client.projects.create(title="faults: a full disk", label_config=labeling_config())
    text = "A sentence about the harbour bridge vote, long enough to fill a disk. " * 30
    client.projects.import_tasks(
        id=project.id,
        request=[{"data": {"text": f"{i}: {text}", "unit_id": f"u{i}"}} for i in range(1500)],
    )
    return project


def test_pull_on_a_full_disk(running, big_project, tmp_path, trial):
    data, _ = running
    with small_disk(tmp_path / "disk") as (disk, limit):
        path = disk / "export.json"
        path.write_text("[]\n")  # an earlier pull
        (disk / "export.config.xml").write_text("<View/>\n")
        before = outputs(disk)
        args = ["pull", "--project", big_project.id, "-o", path, "-q", "--data-dir", data]
        done = run(corpus_command(*args), tmp_path, file_size=limit)
        line = check_one_line(done, "cannot write", tmp_path)
        assert outputs(disk) == before
        assert json.loads(path.read_text()) == []
    trial(f"corpus pull onto {describe(limit)}", f"exit 1, earlier files unchanged: {line[:110]}")
