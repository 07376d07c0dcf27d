"""`corpus push` against a real Label Studio: first push, repeat push, memory, and how to list tasks.

Run: ``.venv/bin/python bench/push.py [--units N] [--research]``.

Every figure is taken in this one run, against one private Label Studio started for it (a
throwaway data directory on a free port, as the tests do), so the ratios compare like with
like on whatever machine runs it:

- (a) a first push of N sentence units with ``corpus.studio.push.push`` into a new project,
  against (b) one raw bulk import request of the same tasks through the SDK into another new
  project: the floor the server sets;
- (c) a second push of the same units (it must create nothing);
- (d) the peak memory (max RSS) of the pushing process: every push runs in a fresh subprocess.

``--research`` adds what the push is made of: the import batch size, and every way found to
list a project's tasks (id, ``data.unit_id``, ``data.sha256``, number of annotations), each
checked against the SDK pager's answer, timed on N and on ``--listing`` task projects, and
tried while another client deletes and imports tasks. ``list_task_keys`` below is the
recommended way; it is written to be pasted into ``corpus/studio/push.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # run from anywhere, without installing

from corpus import split_files  # noqa: E402
from corpus.studio import client as studio_client  # noqa: E402
from corpus.studio import push as studio_push  # noqa: E402
from corpus.studio.client import Connection  # noqa: E402
from corpus.studio.tasks import all_tasks  # noqa: E402

CONFIG = """<View>
  <Header value="$title"/>
  <Text name="text" value="$text"/>
  <Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/><Label value="LOC"/></Labels>
</View>"""
KINDS = ("sentence",)


# -- listings compared in --research ---------------------------------------------------------------

KEY_FIELDS = "id,data,total_annotations,cancelled_annotations,total_predictions"
KEY_PAGE = 1000


class TaskKey(NamedTuple):
    task_id: int
    unit_id: str | None
    sha256: str | None
    annotations: int  # submitted + skipped (cancelled); drafts are not counted
    predictions: int


def list_task_keys(
    client, conn: Connection, project_id: int, *, page_size: int = KEY_PAGE
) -> Iterator[TaskKey]:
    """The listing push ships (``corpus.studio.tasks.all_tasks``), as 5-field keys."""
    for task in all_tasks(client, conn, project_id, include=KEY_FIELDS, size=page_size):
        data = task.get("data") or {}
        unit_id, sha = data.get("unit_id"), data.get("sha256")
        yield TaskKey(
            task["id"],
            None if unit_id is None else str(unit_id),
            None if sha is None else str(sha),
            task["total_annotations"] + task["cancelled_annotations"],
            task["total_predictions"],
        )


# -- a private server --------------------------------------------------------------------------


@contextlib.contextmanager
def private_studio(data_dir: Path | None, port: int | None) -> Iterator[tuple[Path, Connection]]:
    """A Label Studio on a free loopback port for this run; stopped (and deleted) afterwards.

    With ``data_dir`` the server of that directory is used (started if needed, left running if
    it was already up), so repeated runs skip the ~25 s of first-start migrations.
    """
    from corpus.studio.server import find_label_studio, start, status, stop

    executable = find_label_studio(ROOT / ".labelstudio-venv")
    if executable is None:
        sys.exit("no label-studio executable: run `make label-studio` first")
    with contextlib.ExitStack() as stack:
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "studio"
        was_running = status(data_dir).running
        began = time.perf_counter()
        started = start(data_dir, port or _free_port(), executable=executable, timeout=600)
        print(
            f"Label Studio {started.version} at {started.url} "
            f"({'already running' if was_running else f'started in {time.perf_counter() - began:.1f} s'})\n",
            file=sys.stderr,
        )
        try:
            yield data_dir, studio_client.connection(data_dir)
        finally:
            if not was_running:
                stop(data_dir)


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _env_for(data_dir: Path) -> dict[str, str]:
    """The child talks to this run's server: no LABEL_STUDIO_URL/KEY from the caller."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY")
    }
    env["PYTHONPATH"] = str(ROOT)
    return env


# -- realistic units ---------------------------------------------------------------------------


def write_units(path: Path, sentences: int, seed: int = 0) -> int:
    """units.jsonl as `corpus split` writes it, from generated scrape-shaped articles.

    Articles are generated by bench/split.py's generator (prose of our sample articles, bylines,
    threaded comments) and split by corpus; every unit of a document is written (the push needs
    the title and neighbours for context) until ``sentences`` sentence units are in the file.
    """
    spec = importlib.util.spec_from_file_location("bench_split", HERE / "split.py")
    split_bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split_bench)
    count = 0
    with tempfile.TemporaryDirectory() as articles, open(path, "wb") as out:
        split_bench.generate(Path(articles), sentences // 40 + 10, seed=seed)
        for result in split_files([articles]):
            for unit in result.units:
                if unit.kind == "sentence":
                    if count == sentences:
                        continue
                    count += 1
                out.write(unit.to_json() + b"\n")
            if count == sentences:
                break
    if count < sentences:
        raise RuntimeError(f"generated only {count} sentences")
    return count


def task_payload(units_path: Path) -> list[dict]:
    """The same task data a push sends, built by the push's own mapping."""
    return [
        {"data": data}
        for data in studio_push.task_data(studio_push.read_units(units_path), kinds=KINDS)
    ]


# -- the pushing process (a subprocess, so its max RSS is its own) ------------------------------


def existing_from_sdk_pager(client, conn: Connection, project_id: int) -> dict:
    """The listing push used before ``corpus.studio.tasks``: the SDK pager, every field."""
    found: dict = {}
    for task in client.tasks.list(project=project_id, page_size=KEY_PAGE, fields="task_only"):
        data = task.data or {}
        unit_id = data.get("unit_id")
        if unit_id is None or str(unit_id) in found:
            continue
        found[str(unit_id)] = studio_push.Existing(
            task_id=task.id,
            sha256=str(data.get("sha256", "")),
            annotations=(task.total_annotations or 0) + (task.cancelled_annotations or 0),
            predictions=task.total_predictions or 0,
        )
    return found


def child(argv: list[str]) -> None:
    """``push.py _child MODE DATA_DIR UNITS PROJECT``: one push or one bulk import, as JSON."""
    mode, data_dir, units, project = argv
    conn = studio_client.connection(Path(data_dir))
    client = studio_client.connect(conn)
    out: dict = {"seconds": 0.0, "created": 0}
    if mode == "idle":  # imports and a checked connection: what any push process starts from
        pass
    elif mode in ("push", "push-pager"):
        if mode == "push-pager":  # the same push, listing existing tasks the old way
            studio_push.existing_tasks = existing_from_sdk_pager
        began = time.perf_counter()
        report = studio_push.push(
            client,
            conn,
            studio_push.read_units(units),
            project=project,
            label_config=CONFIG,
            kinds=KINDS,
        )
        out = {
            "seconds": time.perf_counter() - began,
            "created": report.created,
            "present": report.present,
            "project_id": report.project_id,
        }
    elif mode == "bulk":
        tasks = task_payload(Path(units))
        created = client.projects.create(title=project, label_config=CONFIG)
        began = time.perf_counter()
        result = client.projects.import_tasks(
            id=created.id, request=tasks, request_options={"max_retries": 0}
        )
        out = {
            "seconds": time.perf_counter() - began,
            "created": result.task_count,
            "project_id": created.id,
        }
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


def run_child(mode: str, data_dir: Path, units: Path, project: str) -> dict:
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "_child", mode, str(data_dir), str(units), project],
        capture_output=True,
        text=True,
        env=_env_for(data_dir),
    )
    if done.returncode:
        raise RuntimeError(f"{mode} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - began
    return result


# -- (1) push: first, baseline, second ---------------------------------------------------------


def bench_push(
    data_dir: Path, units: Path, n: int, rounds: int, big: tuple[Path, int] | None
) -> dict:
    best: dict[str, dict] = {}

    def keep(name: str, run: dict) -> None:
        if name not in best or run["seconds"] < best[name]["seconds"]:
            best[name] = run

    for r in range(rounds):  # interleaved: a noisy neighbour cannot pick the winner
        stamp = f"{os.getpid()}-{r}"
        keep("b", run_child("bulk", data_dir, units, f"bench bulk {stamp}"))
        first = run_child("push", data_dir, units, f"bench push {stamp}")
        assert first["created"] == n, first
        keep("a", first)
        second = run_child("push", data_dir, units, str(first["project_id"]))
        assert (second["created"], second["present"]) == (0, n), second
        keep("c", second)
        pager = run_child("push-pager", data_dir, units, str(first["project_id"]))
        assert (pager["created"], pager["present"]) == (0, n), pager
        keep("c'", pager)
    best["idle"] = run_child("idle", data_dir, units, "")
    rows = [
        ("(a) first push, `corpus.studio.push.push`, new project", "a", n),
        ("(b) one bulk import request through the SDK, new project", "b", n),
        ("(c) second push of the same units, 0 created", "c", n),
        ("(c') baseline: the same second push listing with the SDK pager", "c'", n),
    ]
    if big is not None:
        big_units, scale = big
        first = run_child("push", data_dir, big_units, f"bench push big {os.getpid()}")
        assert first["created"] == scale, first
        best["a big"] = first
        best["c' big"] = run_child("push", data_dir, big_units, str(first["project_id"]))
        assert best["c' big"]["created"] == 0, best["c' big"]
        rows += [
            (f"(a) first push of {scale:,} units (memory check)", "a big", scale),
            (f"(c) second push of {scale:,} units", "c' big", scale),
        ]
    rows.append(("(d) baseline: a process that imports corpus and connects", "idle", 0))

    b = best["b"]["seconds"]
    print(f"## Push: {n:,} sentence units, best of {rounds} interleaved rounds\n")
    print("| run | created | seconds | tasks/s | vs (b) | whole process s | max RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for label, key, units_in in rows:
        run = best[key]
        fresh = key.startswith(("a", "b"))
        rate = f"{units_in / run['seconds']:,.0f}" if fresh else "–"
        ratio = f"{run['seconds'] / b:.2f}×" if units_in == n else "–"
        seconds = f"{run['seconds']:.2f}" if key != "idle" else "–"
        print(
            f"| {label} | {run['created']:,} | {seconds} | {rate} | {ratio} | "
            f"{run['process_seconds']:.2f} | {run['max_rss_mb']:.0f} |"
        )
    print()
    return best


# -- (2) import batch size ---------------------------------------------------------------------


def bench_batches(client, tasks: list[dict], sizes: list[int], rounds: int) -> None:
    http = client._client_wrapper.httpx_client

    def sdk(project_id: int, batch: list[dict]) -> None:
        client.projects.import_tasks(
            id=project_id, request=batch, request_options={"max_retries": 0}
        )

    def raw(project_id: int, batch: list[dict]) -> None:  # orjson body, no pydantic pass
        response = http.request(
            f"api/projects/{project_id}/import",
            method="POST",
            content=orjson.dumps(batch),
            headers={"content-type": "application/json"},
            request_options={"max_retries": 0},
        )
        response.raise_for_status()

    best: dict[tuple[str, int], float] = {}
    for r in range(rounds):
        for size in sizes:
            for name, send in (("SDK import_tasks", sdk), ("raw POST, orjson body", raw)):
                project = client.projects.create(
                    title=f"batch {name[:3]} {size} {r}", label_config=CONFIG
                )
                began = time.perf_counter()
                for i in range(0, len(tasks), size):
                    send(project.id, tasks[i : i + size])
                seconds = time.perf_counter() - began
                key = (name, size)
                best[key] = min(best.get(key, seconds), seconds)
    n = len(tasks)
    print(f"## Import batch size: {n:,} tasks into a new project, best of {rounds} rounds\n")
    print("| tasks per request | requests | client | seconds | tasks/s |")
    print("|---|---|---|---|---|")
    for (name, size), seconds in best.items():
        print(f"| {size:,} | {-(-n // size)} | {name} | {seconds:.2f} | {n / seconds:,.0f} |")
    print()


# -- (3) listing a project's tasks -------------------------------------------------------------

Key = tuple[int, str | None, str | None, int]


def _raw_pages(client, project_id: int, page_size: int, **params) -> Iterator[dict]:
    """Numbered pages of GET /api/tasks (what the SDK pager does, without the SDK models)."""
    http = client._client_wrapper.httpx_client
    page, seen = 1, 0
    while True:
        response = http.request(
            "api/tasks/",
            method="GET",
            params={"project": project_id, "page": page, "page_size": page_size, **params},
        )
        if response.status_code == 404:  # past the last page
            return
        response.raise_for_status()
        _count(response)
        body = orjson.loads(response.content)
        yield from body["tasks"]
        seen += len(body["tasks"])
        if not body["tasks"] or seen >= body["total"]:
            return
        page += 1


_BYTES = [0]


def _count(response) -> None:
    _BYTES[0] += len(response.content)


def _key(task: dict, annotations: int) -> Key:
    data = task.get("data") or {}
    return task["id"], data.get("unit_id"), data.get("sha256"), annotations


def _counted(task: dict) -> int:
    return task.get("total_annotations", 0) + task.get("cancelled_annotations", 0)


def lister_sdk(client, conn, project_id) -> Iterator[Key]:
    for task in client.tasks.list(project=project_id, page_size=1000, fields="task_only"):
        data = task.data or {}
        yield (
            task.id,
            data.get("unit_id"),
            data.get("sha256"),
            ((task.total_annotations or 0) + (task.cancelled_annotations or 0)),
        )


def lister_raw(page_size: int, **params) -> Callable:
    def lister(client, conn, project_id) -> Iterator[Key]:
        for task in _raw_pages(client, project_id, page_size, **params):
            yield _key(task, _counted(task))

    return lister


def lister_keys(page_size: int) -> Callable:
    def lister(client, conn, project_id) -> Iterator[Key]:
        http = client._client_wrapper.httpx_client
        original = http.request

        def counting(*args, **kwargs):
            response = original(*args, **kwargs)
            _count(response)
            return response

        http.request = counting
        try:
            yield from list_task_keys(client, conn, project_id, page_size=page_size)
        finally:
            http.request = original

    return lister


def lister_export(export_type: str) -> Callable:
    def lister(client, conn, project_id) -> Iterator[Key]:
        http = client._client_wrapper.httpx_client
        response = http.request(
            f"api/projects/{project_id}/export",
            method="GET",
            params={"exportType": export_type, "download_all_tasks": "true"},
        )
        response.raise_for_status()
        _count(response)
        for task in orjson.loads(response.content):
            if export_type == "JSON":
                yield _key(task, len(task.get("annotations") or []))
            else:  # JSON_MIN: data fields at the top level, no annotation count
                yield task["id"], task.get("unit_id"), task.get("sha256"), -1

    return lister


LISTERS: dict[str, Callable] = {
    "SDK `tasks.list(fields=task_only)`, page 1000 (today)": lister_sdk,
    "GET /api/tasks, all fields, page 1000": lister_raw(1000, fields="task_only"),
    "GET /api/tasks, `include=` 5 fields, page 1000": lister_raw(
        1000, include=KEY_FIELDS, resolve_uri="false"
    ),
    "GET /api/tasks, `include=` 5 fields, page 5000": lister_raw(
        5000, include=KEY_FIELDS, resolve_uri="false"
    ),
    "**`list_task_keys`**: keyset, `include=`, page 1000": lister_keys(1000),
    "`list_task_keys`: keyset, `include=`, page 5000": lister_keys(5000),
    "GET /api/projects/ID/export?exportType=JSON&download_all_tasks=true": lister_export("JSON"),
    "GET /api/projects/ID/export?exportType=JSON_MIN&download_all_tasks=true": lister_export(
        "JSON_MIN"
    ),
}


def fill_project(client, title: str, tasks: list[dict], total: int) -> int:
    """A project holding ``total`` tasks: the given payload repeated, unit ids made unique."""
    project = client.projects.create(title=title, label_config=CONFIG)
    batch: list[dict] = []
    for i in range(total):
        data = dict(tasks[i % len(tasks)]["data"])
        data["unit_id"] = f"{data['unit_id']}#{i // len(tasks)}"
        batch.append({"data": data})
        if len(batch) == 5000 or i == total - 1:
            client.projects.import_tasks(id=project.id, request=batch)
            batch = []
    return project.id


def bench_listing(client, conn, projects: dict[int, int], skip_slow_above: int) -> None:
    print("## Listing every task's (id, unit_id, sha256, annotations)\n")
    print("| method | tasks | seconds | tasks/s | MB received | same as SDK pager |")
    print("|---|---|---|---|---|---|")
    for size, project_id in projects.items():
        reference: list[Key] | None = None
        for name, lister in LISTERS.items():
            slow = "all fields" in name or "export" in name
            if slow and size > skip_slow_above:
                print(f"| {name} | {size:,} | not run (slow; see the smaller project) | | | |")
                continue
            _BYTES[0] = 0
            began = time.perf_counter()
            keys = list(lister(client, conn, project_id))
            seconds = time.perf_counter() - began
            if reference is None:
                reference = keys
            same = sorted(k[:3] for k in keys) == sorted(k[:3] for k in reference)
            counts = "JSON_MIN" in name or [k[3] for k in keys] == [k[3] for k in reference]
            mb = "–" if name.startswith("SDK") else f"{_BYTES[0] / 1e6:.1f}"
            print(
                f"| {name} | {len(keys):,} | {seconds:.2f} | {len(keys) / seconds:,.0f} | {mb} | "
                f"{'yes' if same and counts is not False else 'NO'} |",
                flush=True,
            )
    print()


def check_annotation_counts(client, conn, tasks: list[dict]) -> None:
    """list_task_keys' counts against the annotations and predictions the server holds."""
    project = client.projects.create(title="bench annotation counts", label_config=CONFIG)
    result = [
        {
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": 0, "end": 2, "labels": ["PER"]},
        }
    ]
    payload = [dict(t) for t in tasks[:12]]
    payload[0] = {**payload[0], "annotations": [{"result": result}]}  # imported with one
    payload[5] = {**payload[5], "predictions": [{"result": result, "model_version": "m1"}]}
    client.projects.import_tasks(id=project.id, request=payload)
    ids = sorted(t.id for t in client.tasks.list(project=project.id, page_size=100))
    client.annotations.create(id=ids[1], result=result)
    client.annotations.create(id=ids[1], result=result)  # two on one task
    client.annotations.create(id=ids[2], result=[], was_cancelled=True)  # a skip
    gone = client.annotations.create(id=ids[3], result=result)
    client.annotations.delete(id=gone.id)  # annotated, then not
    http = client._client_wrapper.httpx_client
    http.request(f"api/tasks/{ids[4]}/drafts", method="POST", json={"result": result})  # a draft
    client.predictions.create(task=ids[6], result=result, model_version="m2")
    truth = {
        t.id: (len(t.annotations or []), len(t.predictions or []))
        for t in client.tasks.list(project=project.id, page_size=100, fields="all")
    }
    listed = {
        key.task_id: (key.annotations, key.predictions)
        for key in list_task_keys(client, conn, project.id)
    }
    print("## Counts from `list_task_keys` against what the server holds, task by task\n")
    print("| setup | annotations on the server | listed | predictions on the server | listed |")
    print("|---|---|---|---|---|")
    setups = [
        "imported with 1 annotation",
        "2 annotations (API)",
        "1 skipped (cancelled)",
        "1 annotation, then deleted",
        "1 draft only",
        "imported with 1 prediction",
        "1 prediction (API)",
        "nothing",
    ]
    for task_id, setup in zip(ids, setups, strict=False):
        (a, p), (la, lp) = truth[task_id], listed[task_id]
        print(f"| {setup} | {a} | {la} | {p} | {lp} |")
    agree = all(truth[i] == listed[i] for i in ids)
    print(f"\nAll {len(ids)} tasks agree: {'yes' if agree else 'NO'}\n")


def check_concurrent_changes(client, conn, tasks: list[dict], total: int) -> None:
    """List while another client deletes early tasks and imports new ones, after page one."""
    print("## Listing while another client deletes 50 early tasks and imports 500 new ones\n")
    print("| method | tasks that existed throughout | of them listed | missed | listed twice |")
    print("|---|---|---|---|---|")
    http = client._client_wrapper.httpx_client
    for tag, name, lister in (
        ("pages", "`page=N` (numbered pages), page 1000", lister_raw(1000, include=KEY_FIELDS)),
        ("keyset", "`list_task_keys` (keyset), page 1000", lister_keys(1000)),
    ):
        project_id = fill_project(client, f"bench concurrent {tag}", tasks, total)
        before = {k[0] for k in list_task_keys(client, conn, project_id)}
        doomed = sorted(before)[100:150]  # on the first page
        listed: list[int] = []
        for i, key in enumerate(lister(client, conn, project_id)):
            listed.append(key[0])
            if i == 0:  # the first page is in hand: now the other client acts
                response = http.request(
                    "api/dm/actions",
                    method="POST",
                    params={"id": "delete_tasks", "project": project_id},
                    json={"selectedItems": {"all": False, "included": doomed}},
                )
                response.raise_for_status()
                client.projects.import_tasks(
                    id=project_id,
                    request=[
                        {"data": {**t["data"], "unit_id": "new-" + t["data"]["unit_id"]}}
                        for t in tasks[:500]
                    ],
                )
        throughout = before - set(doomed)
        seen = [t for t in listed if t in throughout]
        print(
            f"| {name} | {len(throughout):,} | {len(set(seen)):,} | {len(throughout - set(seen))} | "
            f"{len(seen) - len(set(seen))} |"
        )
    print()


# -- main --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=10_000, help="sentence units to push")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many interleaved runs")
    parser.add_argument(
        "--memory-scale", type=int, default=4, help="also push this many times --units once (0: no)"
    )
    parser.add_argument("--research", action="store_true", help="batch sizes and listing methods")
    parser.add_argument(
        "--listing", default="50000", help="extra project sizes to list (comma-separated)"
    )
    parser.add_argument("--batch-sizes", default="1000,5000,10000")
    parser.add_argument(
        "--slow-above", type=int, default=10_000, help="skip slow listers above this"
    )
    parser.add_argument("--data-dir", type=Path, help="reuse this Label Studio data directory")
    parser.add_argument("--port", type=int)
    args = parser.parse_args()

    print(
        f"# corpus push benchmark: Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the start\n"
    )
    with (
        tempfile.TemporaryDirectory() as tmp,
        private_studio(args.data_dir, args.port) as (data_dir, conn),
    ):
        units = Path(tmp) / "units.jsonl"
        write_units(units, args.units)
        big = None
        if args.memory_scale > 1:
            big_units = Path(tmp) / "units-big.jsonl"
            big = (big_units, write_units(big_units, args.units * args.memory_scale, seed=1))
        best = bench_push(data_dir, units, args.units, args.rounds, big)
        if not args.research:
            return
        client = studio_client.connect(conn)
        tasks = task_payload(units)
        sizes = [int(s) for s in args.batch_sizes.split(",") if s]
        bench_batches(client, tasks, sizes, max(1, args.rounds - 1))
        projects = {args.units: best["a"]["project_id"]}
        for size in (int(s) for s in args.listing.split(",") if s):
            projects[size] = fill_project(client, f"bench listing {size}", tasks, size)
        bench_listing(client, conn, projects, args.slow_above)
        check_annotation_counts(client, conn, tasks)
        check_concurrent_changes(client, conn, tasks, min(args.units, 5000))
        print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    if sys.argv[1:2] == ["_child"]:
        child(sys.argv[2:])
    else:
        main()
