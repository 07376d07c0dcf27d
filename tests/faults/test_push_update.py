"""`corpus push --update` racing annotators who take tasks from the label stream.

Three annotators (real accounts, logged in with their own tokens) take tasks as "Label All
Tasks" hands them out, look at the text for a moment, and submit a span over its first word,
saying which words they saw, as the editor does. Meanwhile `corpus push --update` replaces the
text of every unit. Afterwards no annotation may sit on text it was not made on: every span's
``value.text`` is what its task's text holds at its offsets now.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import threading
import time
import uuid

from corpus.studio import push as studio_push
from corpus.studio.client import every
from corpus.studio.templates import render

from ..annotators import invite

UNITS = 45
CONFIG = render("spans", ["PER", "ORG"])


def unit(i: int, text: str) -> dict:
    return {
        "id": f"upd/s{i}",
        "doc_id": "upd",
        "kind": "sentence",
        "section": "body",
        "text": text,
        "start": 0,
        "end": len(text),
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }


def annotate(annotator, project_id: int, stop: threading.Event, done: list) -> None:
    """Take, read, submit, until told to stop or the stream runs dry."""
    rng = random.Random(annotator.id)
    while not stop.is_set():
        task = annotator.next_task(project_id)
        if task is None:
            time.sleep(0.2)
            continue
        began = time.monotonic()
        text = task["data"]["text"]
        word = text.split()[0]
        time.sleep(rng.uniform(0.5, 2.5))  # reading
        span = {
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": 0, "end": len(word), "text": word, "labels": ["PER"]},
        }
        annotator.submit(task["id"], [span], lead_time=time.monotonic() - began)
        done.append(task["id"])


def test_update_racing_three_annotators_puts_no_annotation_on_changed_text(
    studio, running, tmp_path, trial
):
    client, conn = studio
    data, _ = running
    title = f"update race {uuid.uuid4().hex[:6]}"
    before = [unit(i, f"Copy {i} of a sentence an annotator may be reading.") for i in range(UNITS)]
    first = studio_push.push(studio, before, project=title, label_config=CONFIG)
    after = tmp_path / "units.jsonl"
    after.write_text(
        "".join(json.dumps(unit(i, f"EDITED {i}: the sentence as it reads now.")) + "\n"
                for i in range(UNITS)),
        encoding="utf-8",
    )  # fmt: skip

    annotators = [invite(conn.url, client) for _ in range(3)]
    stop, done = threading.Event(), []
    threads = [
        threading.Thread(target=annotate, args=(a, first.project_id, stop, done), daemon=True)
        for a in annotators
    ]
    for thread in threads:
        thread.start()
    time.sleep(1.5)  # they are at work when the update begins
    env = {k: v for k, v in os.environ.items() if not k.startswith("LABEL_STUDIO_")}
    pushed = subprocess.run(
        [sys.executable, "-m", "corpus", "push", str(after), "--project", title, "--update",
         "--data-dir", str(data.absolute()), "--json"],
        cwd=tmp_path, env=env, capture_output=True, timeout=600,
    )  # fmt: skip
    time.sleep(2.0)  # let them submit what they held
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    assert pushed.returncode == 0, pushed.stderr.decode()[-2000:]
    report = json.loads(pushed.stdout)

    tasks = {
        t.id: t
        for t in every(client.tasks.list(project=first.project_id, page_size=1000, fields="all"))
    }
    annotations = [(t, a) for t in tasks.values() for a in t.annotations or ()]
    wrong = [
        (t.id, a["result"][0]["value"]["text"], t.data["text"][:12])
        for t, a in annotations
        if t.data["text"][: len(a["result"][0]["value"]["text"])] != a["result"][0]["value"]["text"]
    ]
    assert len(tasks) == UNITS
    assert not wrong, f"{len(wrong)} annotations on text they were not made on: {wrong[:5]}"
    left = len(report["changed"]) + len(report["busy"]) + len(report["restored"])
    assert len(report["updated"]) + left == UNITS
    assert report["open_tasks_visible"]
    edited = sum(1 for t in tasks.values() if t.data["text"].startswith("EDITED"))
    assert edited == len(report["updated"]) >= UNITS // 3  # the race was run, not avoided
    on_new = sum(1 for _, a in annotations if a["result"][0]["value"]["text"] == "EDITED")
    assert on_new  # annotators went on, on the new text
    trial(
        "push --update racing 3 annotators taking tasks from the label stream",
        f"{len(annotations)} annotations ({on_new} on the new text), 0 on text they were not "
        f"made on; {len(report['updated'])} replaced, "
        f"{len(report['changed'])} annotated and {len(report['busy'])} open left alone, "
        f"{len(report['restored'])} put back",
    )
