"""One Label Studio task → its rows: one per annotation, draft and prediction, and its unit.

This is the per-task work of ``corpus export``, so it runs once per task of a project that may
hold a hundred thousand: everything that depends on the labeling config alone (which object
shows the unit text, which task fields are pushed columns, label ids, the validator) is worked
out once, in :class:`TaskConverter`, and each task only does what the task itself decides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson

from ..labelconfig import LabelConfig
from ..lsexport import Annotation, Task
from ..pseudonyms import Pseudonyms, redact_emails
from ..taskdata import TASK_FIELDS
from ..validate import Checks, Validator
from .features import Schema, tokenize
from .gold import Vote, derive

# task-data fields `corpus push` writes that have columns of their own in `units` (or are
# context, kept in `context` or not at all), so that `data` holds only what is left
PUSHED = frozenset(TASK_FIELDS) - {"target", "published", "sha256"}
RECORD_CONFIG = {"annotation": "annotations", "draft": "drafts", "prediction": "predictions"}


@dataclass
class Totals:
    """Counts over the whole export, for the report, the manifest and the card."""

    tasks: int = 0
    records: Counter = field(default_factory=Counter)
    missing_predictions: int = 0
    review: int = 0
    first: str | None = None
    last: str | None = None
    gold_labels: dict[str, Counter] = field(default_factory=dict)
    gold_sources: Counter = field(default_factory=Counter)
    adjudicated: int = 0  # units whose gold is an adjudicator's answer

    def period(self, ann: Annotation) -> None:
        for stamp in (ann.created_at, ann.updated_at):
            if stamp:
                if self.first is None or stamp < self.first:
                    self.first = stamp
                if self.last is None or stamp > self.last:
                    self.last = stamp


class TaskConverter:
    """Rows for one task at a time, checked, pseudonymised and with gold labels.

    ``add_row(config_name, row)`` receives every row (``annotations``, ``drafts``,
    ``predictions``, ``units``); ``adjudicated`` maps unit ids to an adjudicator's answers,
    which become those units' gold.
    """

    def __init__(
        self,
        config: LabelConfig,
        schema: Schema,
        *,
        units: Mapping[str, dict],
        pseudonyms: Pseudonyms,
        keep_ids: bool,
        checks: Checks,
        totals: Totals,
        add_row,
        adjudicated: Mapping[str, dict[str, Any]] | None = None,
        adjudicated_as: Mapping[str, tuple[str, ...]] | None = None,
    ):
        self.config, self.schema = config, schema
        self.units, self.pseudonyms, self.keep_ids = units, pseudonyms, keep_ids
        self.checks, self.totals, self.add_row = checks, totals, add_row
        self.adjudicated = adjudicated or {}
        self.adjudicated_as = adjudicated_as or {}
        self.adjudicated_seen: set[str] = set()
        self.validator = Validator(config)
        self.objects = [(o.name, o.field) for o in config.objects if o.field]
        self.fallback = annotated_object(config)
        self.targets = {c.name: c.to_name[0] for c in config.controls if c.to_name}
        self.hidden = frozenset(PUSHED) | {f for _, f in self.objects}
        self.columns = schema.columns
        self.controls = config.controls
        for column in self.columns:
            totals.gold_labels.setdefault(column.control.name, Counter())

    def convert(self, task: Task, voters: list[Annotation]) -> dict:
        """Add the task's annotation rows; its unit row (not added: the caller adds it).

        ``voters`` are the annotations that count (``corpus.agreement.counted``).
        """
        totals = self.totals
        totals.tasks += 1
        data = task.data
        texts = {}
        for name, key in self.objects:
            value = data.get(key)
            texts[name] = value if isinstance(value, str) else ""
        text = unit_text(data, texts, self.fallback)
        unit_id = str(data.get("unit_id") or task.id)
        known = self.units.get(unit_id, {})
        doc_id = str(data.get("doc_id") or known.get("doc_id") or task.id)
        totals.missing_predictions += len(task.missing_predictions)

        votes: list[Vote] = []
        voting = {id(a) for a in voters}
        n_annotations = n_skipped = 0
        for ann in task.all_annotations:
            kind = ann.kind
            totals.records[kind] += 1
            answers, problems = self.validator.check(ann, texts, self.checks)
            if kind == "annotation":
                totals.period(ann)
                n_annotations += 1
                n_skipped += ann.was_cancelled
            who = self._annotator(ann)
            if id(ann) in voting:
                votes.append(Vote(who or f"#{ann.id}", answers, ann.ground_truth))
            row = {
                "annotation_id": ann.id,
                "task_id": task.id,
                "unit_id": unit_id,
                "doc_id": doc_id,
                "kind": kind,
                "annotator": who,
                "was_cancelled": ann.was_cancelled,
                "ground_truth": ann.ground_truth,
                "lead_time": ann.lead_time,
                "created_at": timestamp(ann.created_at),
                "updated_at": timestamp(ann.updated_at),
                "model_version": ann.model_version,
                "score": ann.score,
                "parent": ann.parent,
                "excluded": problems,
            }
            for column in self.columns:
                answer = answers.get(column.control.name)
                if answer is not None and column.kind == "text" and not self.keep_ids:
                    answer = [redact_emails(t) for t in answer]
                row[column.name] = self.schema.encode(
                    column, answer, self._shown(column, texts, text)
                )
            self.add_row(RECORD_CONFIG[kind], row)

        adjudicated = self.adjudicated.get(unit_id)
        if adjudicated is not None:
            self.adjudicated_seen.add(unit_id)
        gold = derive(votes, self.controls, adjudicated)
        totals.gold_sources[gold.source] += 1
        totals.review += bool(gold.review)
        totals.adjudicated += adjudicated is not None
        return self._unit_row(task, data, text, texts, unit_id, doc_id, known, votes, gold,
                              n_annotations, n_skipped)  # fmt: skip

    def _shown(self, column, texts: dict[str, str], text: str) -> str:
        """The text a control's answers point into: its own object's (a span's offsets count
        there), the unit text when it names none."""
        target = self.targets.get(column.control.name)
        return texts.get(target, text) if target else text

    def _unit_row(
        self, task, data, text, texts, unit_id, doc_id, known, votes, gold, n_ann, n_skip
    ):
        schema = self.schema
        row = {
            "unit_id": unit_id,
            "task_id": task.id,
            "doc_id": doc_id,
            "kind": as_str(data.get("kind", known.get("kind"))),
            "section": as_str(data.get("section", known.get("section"))),
            "text": text,
            "start": as_int(data.get("start", known.get("start"))),
            "end": as_int(data.get("end", known.get("end"))),
            "context": {
                "title": as_str(data.get("title")),
                "prev": as_str(data.get("prev")),
                "next": as_str(data.get("next")),
                "parent": as_str(data.get("parent_text")),
            },
            "author": as_str(data.get("author", known.get("author"))),
            "data": orjson.dumps({k: v for k, v in data.items() if k not in self.hidden}).decode(),
            "n_annotators": len({v.annotator for v in votes}),
            "n_annotations": n_ann,
            "n_skipped": n_skip,
            "gold_from": gold.source,
            "adjudicated_as": (
                list(self.adjudicated_as.get(unit_id, ())) if unit_id in self.adjudicated else None
            ),
            "review": list(gold.review),
        }
        for column in schema.measured:
            row[schema.agreement_column(column)] = None  # filled once every task is read
        tokens = tokenize(text) if schema.span_columns else None
        if tokens is not None:
            row["tokens"] = [text[a:b] for a, b in tokens]
        for column in self.columns:
            name = column.control.name
            answer = gold.answers.get(name)
            if answer is not None and column.kind == "text" and not self.keep_ids:
                answer = redact_emails(answer)
            shown = self._shown(column, texts, text)
            row[column.name] = schema.encode(column, answer, shown)
            count_labels(self.totals.gold_labels[name], column.kind, answer)
            if column.kind == "spans":
                # tokens are the unit text's; spans made on another object have no tags there
                on_unit = shown is text or shown == text
                row[schema.ner_column(column)] = (
                    schema.ner(column, tokens, answer) if on_unit else None
                )
            if column.kind in ("spans", "choices"):
                row[f"{column.name}_soft"] = schema.encode_soft(
                    column, gold.soft.get(name, []), shown
                )
        return row

    def _annotator(self, ann: Annotation) -> str | None:
        if ann.kind == "prediction":
            return None
        if self.keep_ids:
            raw = ann.annotator_email or ann.annotator
            return None if raw is None else str(raw)
        return self.pseudonyms.name(ann)


def unit_text(data: Mapping[str, Any], texts: Mapping[str, str], fallback: str | None) -> str:
    """The unit's own text: the task's ``text`` field, which ``corpus push`` always writes.

    Never "the first ``<Text>`` of the config": templates show context (the comment a reply
    answers, the previous sentence) above the unit, so the first object is often not the unit.
    Only a task pushed by other means, without ``text``, falls back to the object the
    config's controls annotate.
    """
    value = data.get("text")
    if isinstance(value, str):
        return value
    return texts.get(fallback, "") if fallback else ""


def annotated_object(config: LabelConfig) -> str | None:
    """The object the first control points at (a span control's first); else the first text."""
    controls = sorted(config.controls, key=lambda c: c.kind != "spans")
    for control in controls:
        if control.to_name:
            return control.to_name[0]
    for obj in config.objects:
        if obj.tag in ("Text", "HyperText", "Paragraphs") and obj.field:
            return obj.name
    return config.objects[0].name if config.objects else None


def count_labels(counter: Counter, kind: str, answer: Any) -> None:
    if answer is None:
        return
    if kind == "spans":
        counter.update(label for _, _, label in answer)
    elif kind == "taxonomy":
        counter.update(" / ".join(p) for p in answer)
    elif kind == "choices":
        counter.update(answer if isinstance(answer, list) else [answer])
    elif kind in ("rating", "number"):
        counter[str(answer)] += 1


def timestamp(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def as_str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)
