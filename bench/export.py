"""Label Studio's own export against `corpus export`, on a real 10,000-task project, in one run.

Run: ``.venv/bin/python bench/export.py [--tasks 10000] [--annotators 3] [--scale 4]``.

What it does, all in this one run, against one private Label Studio started for it (a
throwaway data directory on a free loopback port, as the tests do):

1. generates N tasks shaped as ``corpus push`` writes them (unit and document ids, offsets,
   context), each annotated by A annotators with spans (PER / ORG / LOC, over accented names
   and emoji) and a single choice, with some disagreement and one skip in fifty;
2. gets them INTO Label Studio: A real users, one project, bulk imports with the annotations
   inline (``completed_by`` = the user's id, ``ground_truth`` false — Label Studio marks
   imported annotations as ground truth unless told otherwise), then checks the server kept
   who annotated what;
3. times Label Studio exporting the project: (a) the sync JSON export through the SDK, one
   request (what the UI's Export button does), (b) ``label-studio export`` against the data
   directory (no HTTP, but a Django start), and (c) ``corpus pull``, the chunked export;
4. times ``corpus export`` (``corpus.dataset.build_export``) converting (a)'s file into the
   dataset folder, in a fresh subprocess that also reports its peak memory (max RSS);
5. converts a generated export of N and of ``--scale`` x N tasks, written in the same shape
   without Label Studio, in fresh subprocesses: peak memory at 1x and 4x.

Target: our conversion takes at most 0.25x the time Label Studio takes to export.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import orjson

from corpus.studio.client import Studio

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # run from anywhere, without installing

from bench.studio import private_studio  # noqa: E402
from corpus.studio import client as studio_client  # noqa: E402
from corpus.studio import pull as studio_pull  # noqa: E402
from tests.studio_helpers import choice, labeling_config, span_at  # noqa: E402

CONFIG = labeling_config(header="$title")

NAMES = [
    ("Zoë Ångström", "PER"),
    ("José Martín", "PER"),
    ("Chloé Dubois-Ñúñez", "PER"),
    ("Ahmed Ould", "PER"),
    ("Siemens", "ORG"),
    ("ACME 😀 Inc", "ORG"),
    ("the council", "ORG"),
    ("Berlin", "LOC"),
    ("São Paulo", "LOC"),
    ("Łódź", "LOC"),
    ("the bakery 🥐", "LOC"),
]
VERBS = ["said that", "met", "wrote to", "argued with", "visited", "left", "praised", "and"]
TAILS = ["on Monday.", "after the vote 🎉.", "— again.", "before the meeting.", "in public."]
STANCES = ["pro", "contra", "neutral"]
UNITS_PER_DOC = 10
IMPORT_BATCH = 2000


# -- generated units and annotations -----------------------------------------------------------


def sentence(rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    """A sentence naming two or three entities, and their (start, end, label)."""
    text, spans = "", []
    for i in range(rng.randint(2, 3)):
        if i:
            text += f" {rng.choice(VERBS)} "
        name, label = rng.choice(NAMES)
        spans.append((len(text), len(text) + len(name), label))
        text += name
    return f"{text} {rng.choice(TAILS)}", spans


def units(n: int, seed: int) -> Iterator[tuple[dict, list[tuple[int, int, str]], str]]:
    """(task data as `corpus push` writes it, true spans, true stance) for n units."""
    rng = random.Random(seed)
    for d in range(0, n, UNITS_PER_DOC):
        doc_id = f"doc-{d // UNITS_PER_DOC:05d}"
        title = f"Article {d // UNITS_PER_DOC} on {rng.choice(NAMES)[0]}"
        made = [sentence(rng) for _ in range(min(UNITS_PER_DOC, n - d))]
        offset = len(title) + 2
        for i, (text, spans) in enumerate(made):
            yield (
                {
                    "text": text,
                    "unit_id": f"{doc_id}/p1.s{i + 1}",
                    "doc_id": doc_id,
                    "kind": "sentence",
                    "section": "body",
                    "start": offset,
                    "end": offset + len(text),
                    "title": title,
                    "prev": made[i - 1][0] if i else "",
                    "next": made[i + 1][0] if i + 1 < len(made) else "",
                    "parent_text": "",
                    "author": "",
                },
                spans,
                rng.choice(STANCES),
            )
            offset += len(text) + 1


def annotations(text, spans, stance, users, rng) -> list[dict]:
    """One annotation per user: mostly the truth, sometimes a missed or relabelled span, a
    different stance, or a skip."""
    made = []
    for user in users:
        if rng.random() < 0.02:
            made.append(
                {
                    "completed_by": user,
                    "result": [],
                    "was_cancelled": True,
                    "ground_truth": False,
                    "lead_time": round(rng.uniform(1, 5), 2),
                }
            )
            continue
        result = []
        for start, end, label in spans:
            if rng.random() < 0.05:
                continue
            if rng.random() < 0.05:
                label = rng.choice(["PER", "ORG", "LOC"])
            result.append(span_at(start, end, text[start:end], label))
        chosen = stance if rng.random() < 0.8 else rng.choice(STANCES)
        result.append(choice(chosen))
        made.append(
            {
                "completed_by": user,
                "result": result,
                "was_cancelled": False,
                "ground_truth": False,
                "lead_time": round(rng.uniform(3, 60), 2),
            }
        )
    return made


def import_payload(n: int, users: list[int], seed: int) -> Iterator[dict]:
    rng = random.Random(seed + 1)
    for data, spans, stance in units(n, seed):
        yield {"data": data, "annotations": annotations(data["text"], spans, stance, users, rng)}


def write_export(path: Path, n: int, annotators: int, seed: int) -> int:
    """A JSON export of n tasks in the shape Label Studio's sync export writes, one task at a
    time (what `corpus export` would get from a project this big). Returns the file size."""
    stamp = "2026-11-25T10:00:00.000000Z"
    users = list(range(2, 2 + annotators))
    annotation_id = 0
    with open(path, "wb") as handle:
        handle.write(b"[")
        for task_id, task in enumerate(import_payload(n, users, seed), start=1):
            made = []
            for ann in task["annotations"]:
                annotation_id += 1
                made.append(
                    {
                        "id": annotation_id,
                        **ann,
                        "created_at": stamp,
                        "updated_at": stamp,
                        "draft_created_at": None,
                        "prediction": {},
                        "result_count": 0,
                        "unique_id": f"{annotation_id:032x}",
                        "import_id": None,
                        "last_action": None,
                        "bulk_created": False,
                        "task": task_id,
                        "project": 1,
                        "updated_by": None,
                        "parent_prediction": None,
                        "parent_annotation": None,
                        "last_created_by": None,
                    }
                )
            cancelled = sum(a["was_cancelled"] for a in made)
            element = {
                "id": task_id,
                "annotations": made,
                "file_upload": None,
                "drafts": [],
                "predictions": [],
                "data": task["data"],
                "meta": {},
                "created_at": stamp,
                "updated_at": stamp,
                "inner_id": task_id,
                "total_annotations": len(made) - cancelled,
                "cancelled_annotations": cancelled,
                "total_predictions": 0,
                "comment_count": 0,
                "unresolved_comment_count": 0,
                "last_comment_updated_at": None,
                "project": 1,
                "updated_by": None,
                "comment_authors": [],
            }
            handle.write(b"\n" if task_id == 1 else b",\n")
            handle.write(orjson.dumps(element))
        handle.write(b"\n]\n")
    return path.stat().st_size


# -- our conversion, in a fresh process --------------------------------------------------------


def child_convert(export: str, output: str, annotators_file: str) -> None:
    """Child mode: convert, then print seconds and peak RSS as JSON on stdout."""
    began = time.perf_counter()
    from corpus.dataset import build_export

    imported = time.perf_counter()
    baseline = peak_rss_mb()
    report = build_export(export, output, config_xml=CONFIG, annotators_file=annotators_file)
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "seconds": done - imported,
                "wall": done - began,
                "baseline_mb": baseline,
                "peak_mb": peak_rss_mb(),
                "rows": report.rows,
                "records": report.records,
                "excluded": report.results_excluded,
            }
        )
    )


def peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a
    child would report its parent's size at fork whenever that is larger than its own peak."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def convert(export: Path, output: Path, work: Path) -> dict:
    began = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child-convert",
            str(export),
            str(output),
            str(work / "annotators.json"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    if done.returncode:
        sys.exit(f"conversion failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - began
    return result


# -- Label Studio ------------------------------------------------------------------------------


def fill_project(client, n: int, annotators: int, seed: int) -> tuple[int, list[int], float]:
    """A new project holding the generated tasks and annotations; (id, user ids, seconds)."""
    tag = f"{os.getpid()}-{int(time.time())}"
    users = [
        client.users.create(username=f"bench-{tag}-{i}", email=f"bench-{tag}-{i}@example.net").id
        for i in range(annotators)
    ]
    project = client.projects.create(title=f"bench export {tag}", label_config=CONFIG)
    began = time.perf_counter()
    batch: list[dict] = []
    for task in import_payload(n, users, seed):
        batch.append(task)
        if len(batch) == IMPORT_BATCH:
            client.projects.import_tasks(
                id=project.id,
                request=batch,
                request_options={"max_retries": 0, "timeout_in_seconds": 600},
            )
            batch = []
    if batch:
        client.projects.import_tasks(
            id=project.id,
            request=batch,
            request_options={"max_retries": 0, "timeout_in_seconds": 600},
        )
    return project.id, users, time.perf_counter() - began


def sync_export(client, project_id: int, path: Path) -> float:
    """Label Studio's one-request JSON export (the UI's Export button), streamed to disk."""
    began = time.perf_counter()
    with open(path, "wb") as handle:
        for chunk in client.projects.exports.download_sync(
            id=project_id,
            export_type="JSON",
            download_all_tasks=True,
            request_options={"timeout_in_seconds": 3600},
        ):
            handle.write(chunk)
    return time.perf_counter() - began


def cli_export(data_dir: Path, project_id: int, folder: Path) -> tuple[float, Path]:
    """``label-studio export`` against the data directory: no HTTP, a Django start."""
    from corpus.studio.server import find_label_studio

    folder.mkdir(parents=True, exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LABEL_STUDIO_", "HEARTEX_", "DJANGO_", "PYTHON"))
    }
    env.update(
        {
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "DJANGO_DB": "sqlite",
            "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
            "LOG_LEVEL": "WARNING",
        }
    )
    began = time.perf_counter()
    done = subprocess.run(
        [
            str(find_label_studio(ROOT / ".labelstudio-venv")),
            "export",
            str(project_id),
            "JSON",
            "--export-path",
            str(folder),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - began
    written = sorted(folder.glob("*.json"))
    if done.returncode or not written:
        sys.exit(f"label-studio export failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, written[-1]


def check_annotators(path: Path, users: list[int], n: int, annotators: int) -> None:
    """The server kept every task, every annotation, who made it, and no ground truth."""
    tasks = orjson.loads(path.read_bytes())
    made = [a for t in tasks for a in t["annotations"]]
    assert len(tasks) == n, (len(tasks), n)
    assert len(made) == n * annotators, (len(made), n * annotators)
    who = {
        a["completed_by"]["id"] if isinstance(a["completed_by"], dict) else a["completed_by"]
        for a in made
    }
    assert who == set(users), "completed_by was not kept"
    assert not any(a["ground_truth"] for a in made), "imported annotations became ground truth"


# -- the run -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--annotators", type=int, default=3)
    parser.add_argument(
        "--scale",
        type=lambda text: [int(x) for x in text.split(",")],
        default=[4],
        help="memory: convert N and each of these multiples of N (e.g. 4,8)",
    )
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="only the memory part: generated exports, no Label Studio",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data-dir", type=Path, help="reuse this Label Studio data directory")
    parser.add_argument("--child-convert", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_convert:
        child_convert(*args.child_convert)
        return

    n, k = args.tasks, args.annotators
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        work = Path(tmp)
        if args.memory_only:
            memory_table(work, n, k, args.seed, args.scale, [])
            return
        with private_studio(args.data_dir) as data_dir:
            conn = studio_client.connection(data_dir)
            client = studio_client.connect(conn)
            project_id, users, imported = fill_project(client, n, k, args.seed)
            print(f"imported {n:,} tasks x {k} annotations in {imported:.1f} s", file=sys.stderr)
            ls_file = work / "ls-export.json"
            ls_sync = sync_export(client, project_id, ls_file)
            check_annotators(ls_file, users, n, k)
            print(f"sync export: {ls_sync:.1f} s", file=sys.stderr)
            ls_cli, cli_file = cli_export(data_dir, project_id, work / "cli")
            check_annotators(cli_file, users, n, k)
            print(f"label-studio export: {ls_cli:.1f} s", file=sys.stderr)
            began = time.perf_counter()
            pulled = studio_pull.pull(Studio(client, conn), str(project_id), work / "pulled.json")
            ours_pull = time.perf_counter() - began
            print(f"corpus pull: {ours_pull:.1f} s", file=sys.stderr)
        ours = convert(ls_file, work / "dataset", work)
        size = ls_file.stat().st_size / 1e6
        rows += [
            ("Label Studio sync export (SDK, 1 request)", f"{ls_sync:.1f}", "1.00"),
            (
                "`label-studio export` CLI (incl. Django start)",
                f"{ls_cli:.1f}",
                f"{ls_cli / ls_sync:.2f}",
            ),
            (
                f"`corpus pull` ({pulled.chunks} requests)",
                f"{ours_pull:.1f}",
                f"{ours_pull / ls_sync:.2f}",
            ),
            (
                "**`corpus export` conversion (build_export)**",
                f"**{ours['seconds']:.1f}**",
                f"**{ours['seconds'] / ls_sync:.2f}**",
            ),
            (
                "`corpus export`, whole process (incl. imports)",
                f"{ours['process']:.1f}",
                f"{ours['process'] / ls_sync:.2f}",
            ),
        ]
        print(
            f"\n{n:,} tasks x {k} annotators, export {size:.1f} MB, "
            f"{sum(ours['records'].values()):,} records\n"
        )
        print("| step | seconds | vs LS sync export |\n|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        target = ours["seconds"] / ls_sync <= 0.25
        print(
            f"\ntarget ours <= 0.25x Label Studio's export: {'met' if target else 'NOT met'}"
            f" (vs the CLI export: {ours['seconds'] / ls_cli:.2f}x)"
        )

        memory_table(work, n, k, args.seed, args.scale, [("1x, exported by Label Studio", n, ours)])


def memory_table(work: Path, n: int, k: int, seed: int, scales: list[int], memory: list) -> None:
    """Convert generated exports of n and scale x n tasks; print peak RSS of each."""
    for factor in (1, *scales):
        path = work / f"generated-{factor}x.json"
        write_export(path, n * factor, k, seed)
        memory.append(
            (f"{factor}x, generated", n * factor, convert(path, work / f"dataset-{factor}x", work))
        )
        path.unlink()
        print(f"converted {n * factor:,} tasks", file=sys.stderr)
    print(
        "\n| conversion | tasks | seconds | peak RSS | RSS after imports |\n|---|---|---|---|---|"
    )
    for name, tasks, run in memory:
        print(
            f"| {name} | {tasks:,} | {run['seconds']:.1f} | {run['peak_mb']:.0f} MB "
            f"| {run['baseline_mb']:.0f} MB |"
        )


if __name__ == "__main__":
    main()
