"""A made-up Label Studio JSON export of any size, shaped like the ones `corpus pull` fetches.

Tasks are units as `corpus push` writes them (unit and document ids, offsets, context), each
annotated by a few annotators with spans (``label``: PER / ORG / LOC) and a single choice
(``stance``), with every key the sync export carries. Annotators agree on most things and
disagree on some, one annotation in fifty is skipped, one task in a hundred has a ground
truth. Deterministic for a seed. Used to check that the conversion scales (tests, profiling);
the export is written element by element, so writing a big one holds one task at a time.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import orjson

from .studio_helpers import choice, labeling_config, span_at

CONFIG = labeling_config(header="Mark people, organisations and places; give the stance.")

_NAMES = [("Zoë Ångström", "PER"), ("Ahmed Ould", "PER"), ("Siemens", "ORG"), ("ACME 😀 Inc", "ORG"),
          ("the UN", "ORG"), ("Berlin", "LOC"), ("São Paulo", "LOC"), ("Palmyra", "LOC")]  # fmt: skip
_FILLER = ["said that", "met", "wrote to", "argued with", "and", "visited", "left", "praised"]
_STANCES = ["pro", "contra", "neutral"]
UNITS_PER_DOC = 10
UNIT_STRIDE = 200  # a unit's start in its document is its index times this


def sentence(rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    """A sentence naming a few entities, and the entities' (start, end, label)."""
    parts: list[str] = []
    spans = []
    at = 0
    for _ in range(rng.randint(2, 4)):
        name, label = rng.choice(_NAMES)
        if parts:
            filler = f" {rng.choice(_FILLER)} "
            parts.append(filler)
            at += len(filler)
        parts.append(name)
        spans.append((at, at + len(name), label))
        at += len(name)
    tail = " in a long comment about the article, which goes on for a while to look real."
    return "".join(parts) + tail, spans


def tasks(n_tasks: int, annotators: int = 3, seed: int = 0) -> Iterator[dict]:
    """The export's tasks, one dict at a time."""
    texts = random.Random(seed)  # apart, so the texts do not depend on the annotators
    rng = random.Random(seed + 1)
    annotation_id = 0
    for number in range(n_tasks):
        task_id = number + 1
        doc, index = divmod(number, UNITS_PER_DOC)
        text, spans = sentence(texts)
        stance = rng.choice(_STANCES)
        anns = []
        truth = rng.random() < 0.01
        for who in range(annotators):
            annotation_id += 1
            skipped = rng.random() < 0.02
            result = []
            if not skipped:
                for start, end, label in spans:
                    if rng.random() < 0.1:
                        continue  # missed
                    if rng.random() < 0.05:
                        label = rng.choice(["PER", "ORG", "LOC"])
                    result.append(span_at(start, end, text[start:end], label))
                chosen = stance if rng.random() < 0.8 else rng.choice(_STANCES)
                result.append(choice(chosen))
            anns.append(_annotation(annotation_id, task_id, who + 2, result, skipped,
                                    truth and who == 0))  # fmt: skip
        start = index * UNIT_STRIDE
        yield {
            "id": task_id,
            "annotations": anns,
            "drafts": [],
            "predictions": [],
            "data": {
                "text": text,
                "unit_id": f"doc{doc:05d}/s{index}",
                "doc_id": f"doc{doc:05d}",
                "kind": "sentence",
                "section": "comments",
                "start": start,
                "end": start + len(text),
                "title": f"Article {doc}",
                "prev": "The sentence before." if index else "",
                "next": "The sentence after.",
                "parent_text": "",
                "author": f"commenter {index}",
            },
            "meta": {},
            "created_at": "2026-11-24T13:42:11.619061Z",
            "updated_at": "2026-11-24T13:42:11.619061Z",
            "inner_id": task_id,
            "total_annotations": annotators,
            "cancelled_annotations": 0,
            "total_predictions": 0,
            "comment_count": 0,
            "unresolved_comment_count": 0,
            "last_comment_updated_at": None,
            "project": 7,
            "updated_by": 1,
            "file_upload": None,
            "comment_authors": [],
        }


def _annotation(ann_id, task_id, who, result, skipped, truth) -> dict:
    return {
        "id": ann_id,
        "completed_by": who,
        "result": result,
        "was_cancelled": skipped,
        "ground_truth": truth,
        "created_at": f"2026-11-{24 + ann_id % 5}T13:42:{ann_id % 60:02d}.619061Z",
        "updated_at": f"2026-11-{24 + ann_id % 5}T13:42:{ann_id % 60:02d}.619082Z",
        "draft_created_at": None,
        "lead_time": 12.5 + ann_id % 7,
        "prediction": {},
        "result_count": len(result),
        "unique_id": f"00000000-0000-0000-0000-{ann_id:012d}",
        "import_id": None,
        "last_action": None,
        "bulk_created": False,
        "task": task_id,
        "project": 7,
        "updated_by": who,
        "parent_prediction": None,
        "parent_annotation": None,
        "last_created_by": None,
    }


def write(path: Path, n_tasks: int, annotators: int = 3, seed: int = 0) -> Path:
    """Write the export to ``path`` as Label Studio does (one JSON array); the path."""
    with open(path, "wb") as out:
        out.write(b"[")
        for number, task in enumerate(tasks(n_tasks, annotators, seed)):
            if number:
                out.write(b",\n")
            out.write(orjson.dumps(task))
        out.write(b"]\n")
    return path


def docs(n_tasks: int, seed: int = 0) -> Iterator[dict]:
    """docs.jsonl rows for the documents the tasks point at: each unit's text at its offsets."""
    rows: list[str] = []
    for number, task in enumerate(tasks(n_tasks, annotators=0, seed=seed)):
        rows.append(task["data"]["text"].ljust(UNIT_STRIDE - 1) + "\n")
        if len(rows) == UNITS_PER_DOC or number == n_tasks - 1:
            doc = number // UNITS_PER_DOC
            yield {"doc_id": f"doc{doc:05d}", "title": f"Article {doc}", "author": "A. Writer",
                   "site": "example.org", "url": f"https://example.org/{doc}", "language": "en",
                   "text": "".join(rows)}  # fmt: skip
            rows = []
