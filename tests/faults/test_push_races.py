"""Pushes that race: real `corpus push` processes started together against the session's real
Label Studio, with overlapping units, into a project that does not exist yet or one that does.

Each run must end with one project under the title, exactly one task per unit, and reports
that add up: every push's units are created by it or already present, and between them the
pushes created each unit once. Two of the processes of a run share a working directory (and so
the local task index), as two pushes from one machine would; the others each have their own,
as colleagues on other machines.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import uuid
from collections import Counter

from corpus.studio.projects import titled
from corpus.studio.tasks import all_tasks

# 160 units in all; each push takes an overlapping slice
SLICES = {2: [(0, 110), (50, 160)], 4: [(0, 100), (30, 130), (60, 160), (0, 160)]}
BATCH = 60  # two or three batches per push, so pushes interleave batch by batch


def write_units(folder, lo: int, hi: int):
    path = folder / f"units-{lo}-{hi}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(lo, hi):
            text = f"Sentence {i} of a story told by several pushes at once."
            unit = {
                "id": f"race/s{i}",
                "doc_id": f"race-{i // 20}",
                "kind": "sentence",
                "section": "body",
                "text": text,
                "start": 0,
                "end": len(text),
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
            }
            out.write(json.dumps(unit) + "\n")
    return path


def race(running, tmp_path, title: str, slices) -> list[dict]:
    """Start one `corpus push` per slice at once; their JSON reports."""
    data, _ = running
    env = {k: v for k, v in os.environ.items() if not k.startswith("LABEL_STUDIO_")}
    procs = []
    for k, (lo, hi) in enumerate(slices):
        machine = tmp_path / f"machine-{min(k, 2)}"  # the first two share a machine
        machine.mkdir(parents=True, exist_ok=True)
        units = write_units(machine, lo, hi)
        command = [
            sys.executable, "-m", "corpus", "push", str(units), "--project", title,
            "--template", "classify", "--labels", "news,opinion", "--batch-size", str(BATCH),
            "--data-dir", str(data.absolute()), "--json",
        ]  # fmt: skip
        procs.append(
            subprocess.Popen(
                command, cwd=machine, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
        )
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()[-2000:]
        reports.append(json.loads(out))
    return reports


def check(studio, title: str, slices, reports) -> tuple[int, int]:
    """The one project's (tasks, duplicates the pushes removed); fails on anything doubled,
    lost or miscounted."""
    projects, _ = titled(studio, title)
    assert len(projects) == 1, f"{len(projects)} projects titled {title!r}"
    held = Counter(
        t["data"]["unit_id"] for t in all_tasks(studio, projects[0].id, include="id,data")
    )
    wanted = {f"race/s{i}" for lo, hi in slices for i in range(lo, hi)}
    assert set(held) == wanted, "units missing or foreign"
    doubled = {unit: n for unit, n in held.items() if n > 1}
    assert not doubled, f"{len(doubled)} units have several tasks"
    for report, (lo, hi) in zip(reports, slices, strict=True):
        assert report["project_id"] == projects[0].id
        assert report["units"] == hi - lo == report["created"] + report["present"]
        assert not report["kept_duplicates"] and not report["missing"]
    return sum(held.values()), sum(r["removed"] for r in reports)


def test_two_concurrent_pushes_into_a_new_project_and_into_one_that_has_tasks(
    studio, running, tmp_path, trial
):
    slices = SLICES[2]
    for holding in (0, 40):
        title = f"race 2x {uuid.uuid4().hex[:6]}"
        before = (
            race(running, tmp_path / f"first-{holding}", title, [(0, holding)])[0]
            if holding
            else None
        )
        began = time.monotonic()
        reports = race(running, tmp_path / f"then-{holding}", title, slices)
        tasks, removed = check(studio, title, slices, reports)
        created = sum(r["created"] for r in reports)
        assert created == tasks - (before["created"] if before else 0)
        where = f"a project holding {holding} of them" if holding else "a new project"
        trial(
            f"2 concurrent pushes of overlapping units into {where}",
            f"1 project, {tasks} tasks for {tasks} units, {created} created, {removed} "
            f"duplicates removed ({time.monotonic() - began:.0f} s)",
        )


def test_ten_runs_of_four_concurrent_pushes_into_a_new_project(studio, running, tmp_path, trial):
    slices = SLICES[4]
    for run in range(1, 11):
        title = f"race 4x {uuid.uuid4().hex[:6]}"
        began = time.monotonic()
        reports = race(running, tmp_path / f"run-{run}", title, slices)
        tasks, removed = check(studio, title, slices, reports)
        created = sum(r["created"] for r in reports)
        assert created == tasks, f"the pushes say they created {created} tasks, not {tasks}"
        retired = sum(len(r["retired"]) for r in reports)
        trial(
            f"4 concurrent pushes of overlapping units into a new project, run {run}",
            f"1 project ({retired} empty duplicates retired), {tasks} tasks for {tasks} units, "
            f"{removed} duplicates removed ({time.monotonic() - began:.0f} s)",
        )
