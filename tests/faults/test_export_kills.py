"""`corpus export` killed (SIGKILL) at 20 random moments over an earlier dataset: after each
kill the folder loads with `datasets.load_dataset`, unchanged (or, when the kill came after the
swap, as the complete new dataset), files corpus did not write are still there, and in the
end the same command simply runs again.

A third of the kills fall anywhere in the run (start-up included), a third after the new
dataset's folder has appeared (while it is written), a third within 0.3 s of its manifest
appearing (the swap). A kill in the few renames that move the user's own files across leaves
them in the new folder until the next run puts them back; the trial says so.
"""

from __future__ import annotations

import json
import random
import time

import datasets

from .. import synthetic_export
from .processes import corpus_command, finish, run, start

KILLS = 20
SEED = 16


def snapshot(folder) -> dict[str, bytes]:
    """The dataset's files (the user's NOTES.md is looked at on its own)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "NOTES.md"
    }


def loaded_rows(folder, cache) -> int:
    units = datasets.load_dataset(str(folder), "units", cache_dir=str(cache))
    return sum(split.num_rows for split in units.values())


def test_an_export_killed_at_random_moments_leaves_a_whole_dataset_every_time(tmp_path, trial):
    first = synthetic_export.write(tmp_path / "first.json", 1000, seed=1)
    second = synthetic_export.write(tmp_path / "second.json", 3000, seed=2)
    out = tmp_path / "dataset"
    staging = tmp_path / ".dataset.corpus-new"

    def command(export):
        return corpus_command(
            "export", export, "-o", out, "-q", "--annotators-file", tmp_path / "private.json"
        )

    assert run(command(first), tmp_path).code == 0
    (out / "NOTES.md").write_text("notes of our own\n")
    began = time.monotonic()
    timed = run(
        corpus_command("export", second, "-o", tmp_path / "timing", "-q", "--annotators-file",
                       tmp_path / "timing.json"),
        tmp_path,
    )  # fmt: skip
    assert timed.code == 0
    whole = time.monotonic() - began

    rng = random.Random(SEED)
    outcomes = {"unchanged": 0, "replaced by the whole new one": 0}
    for number in range(KILLS):
        before = snapshot(out)
        running = start(command(second), tmp_path)
        stage = ("anywhere", "while writing", "at the swap")[number % 3]
        if stage == "anywhere":
            delay = rng.uniform(0, whole)
        else:  # wait for the new folder (or its manifest), then kill somewhere after it
            mark = staging if stage == "while writing" else staging / "manifest.json"
            waited = time.monotonic()
            while not mark.exists() and running.running():
                time.sleep(0.002)
            left = whole - (time.monotonic() - waited)
            delay = rng.uniform(0, max(left, 0.5) if stage == "while writing" else 0.3)
        time.sleep(delay)
        running.kill()
        finish(running)

        after = snapshot(out)
        if after == before:
            outcome = "unchanged"
        else:
            manifest = json.loads((out / "manifest.json").read_text())
            assert manifest["tasks"] == 3000, "a dataset that is neither the old nor the new one"
            outcome = "replaced by the whole new one"
        rows = loaded_rows(out, tmp_path / "cache" / str(number))
        assert rows == json.loads((out / "manifest.json").read_text())["tasks"]
        notes = "NOTES.md kept"
        if not (out / "NOTES.md").exists():  # killed amid the renames of the swap
            assert (staging / "NOTES.md").read_text() == "notes of our own\n"
            notes = "NOTES.md waits in the new folder for the next run"
        outcomes[outcome] += 1
        trial(
            f"kill -9 corpus export #{number + 1} ({stage}, {delay:.2f} s after)",
            f"dataset loads, {rows} units, {outcome}; {notes}",
        )

    final = run(command(second), tmp_path)
    assert final.code == 0, final.stderr
    assert json.loads((out / "manifest.json").read_text())["tasks"] == 3000
    assert loaded_rows(out, tmp_path / "cache" / "final") == 3000
    assert (out / "NOTES.md").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".dataset")) == []
    trial(
        f"{KILLS} kills of corpus export, then the same command again",
        f"{outcomes['unchanged']} left the earlier dataset unchanged, "
        f"{outcomes['replaced by the whole new one']} the whole new one; the rerun completed",
    )
