"""Label Studio tasks → per-control reliability data (the plain data the statistics take).

Which annotations count:

- every submitted annotation, **ground-truth ones included**: a ground-truth annotation is still
  the labels of the person who made it, so it is that annotator's normal annotation here;
- never a skipped (cancelled) annotation, even one that still carries results, never a draft,
  never a prediction;
- one annotation per annotator and task: when an annotator submitted twice, the later one
  (by ``updated_at``, then id) counts, since it is their final word.

How an annotation that has no result for a control is read depends on the control: for spans
and for multiple choices it is an answer ("nothing here", the empty set), for a single choice
or a rating it is a missing value. Annotators are identified by their Label Studio user id; an
annotator known only by e-mail is given a pseudonym (``anon-`` and a hash), so no address
reaches an output. The item of every figure is the task (its id); its document is
``data.doc_id`` when the task has one (corpus tasks do), else the task itself.

Without a labeling config the controls are inferred from the results: ``choices`` are single
unless some annotation chose two or more, ``labels`` are spans, ``taxonomy`` is a set of paths,
``rating`` and ``number`` are ratings; free text is not measured. A config is more reliable
(a multiple-choice control nobody answered twice would otherwise pass as single).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..labelconfig import LabelConfig
from ..lsexport import Annotation, Task

# what is measured, by the kind of answer a control gives
KINDS = ("choice", "sets", "spans", "rating")
_CONFIG_KIND = {"spans": "spans", "taxonomy": "sets", "rating": "rating", "number": "rating"}
_RESULT_KIND = {
    "labels": "spans",
    "hypertextlabels": "spans",
    "paragraphlabels": "spans",
    "taxonomy": "sets",
    "rating": "rating",
    "number": "rating",
}


def annotator_key(annotation: Annotation) -> int | str:
    """Who made an annotation, never as an e-mail: the user id, or a stable pseudonym."""
    who = annotation.annotator
    if isinstance(who, int):
        return who
    if who is None:
        return f"anon-annotation-{annotation.id}"
    return "anon-" + hashlib.sha256(str(who).encode("utf-8")).hexdigest()[:10]


def counted(task: Task) -> list[Annotation]:
    """The annotations of a task that count: submitted, one per annotator (the latest)."""
    latest: dict[int | str, Annotation] = {}
    for annotation in task.annotations:
        if annotation.was_cancelled or annotation.kind != "annotation":
            continue
        key = annotator_key(annotation)
        held = latest.get(key)
        if held is None or _when(annotation) >= _when(held):
            latest[key] = annotation
    return list(latest.values())


def _when(annotation: Annotation) -> tuple[str, int]:
    return (annotation.updated_at or annotation.created_at or "", annotation.id or 0)


@dataclass
class ControlData:
    """The answers one control received, per task and annotator, ready for the statistics.

    ``values`` maps task id → {annotator: answer}: a label (``choice``), a frozenset of labels
    (``sets``), a number (``rating``) or a list of ``(start, end, label)`` (``spans``); None is
    missing. ``lengths`` holds each task's text length for spans.
    """

    name: str
    kind: str
    labels: tuple[str, ...] = ()
    values: dict[int, dict[int | str, Any]] = field(default_factory=dict)
    lengths: dict[int, int] = field(default_factory=dict)
    text_field: str | None = None


@dataclass
class Collected:
    """Everything read from an export for agreement: per-control data and what was left out."""

    controls: dict[str, ControlData]
    documents: dict[int, str]  # task id -> document
    tasks: int = 0
    annotations: int = 0  # counted annotations
    cancelled: int = 0
    replaced: int = 0  # earlier annotations of an annotator who annotated a task again
    ground_truth: int = 0
    not_measured: dict[str, str] = field(default_factory=dict)  # control -> why


def collect(tasks: Iterable[Task], config: LabelConfig | None = None) -> Collected:
    """Read tasks once and sort every counted answer under its control."""
    specs: dict[str, ControlData] = {}
    not_measured: dict[str, str] = {}
    if config is not None:
        fields = {o.name: o.field for o in config.objects}
        for control in config.controls:
            kind = _kind_from_config(control.kind, control.multiple)
            if kind is None:
                not_measured[control.name] = (
                    f"{control.tag}: free text or other answers are not measured"
                )
                continue
            specs[control.name] = ControlData(
                control.name,
                kind,
                labels=control.labels,
                text_field=fields.get(control.to_name[0]) if control.to_name else None,
            )
    answers: dict[str, dict[int, dict[int | str, list]]] = {}  # control -> task -> who -> results
    coders: dict[int, list[int | str]] = {}  # task -> who counted
    texts: dict[int, dict[str, int]] = {}  # task -> text field -> length
    targets: dict[str, str] = {}  # control -> the object (toName) its results point at
    types: dict[str, set[str]] = {}
    out = Collected(controls={}, documents={})
    for task in tasks:
        out.tasks += 1
        out.cancelled += sum(1 for a in task.annotations if a.was_cancelled)
        doc = task.data.get("doc_id")
        out.documents[task.id] = str(doc) if isinstance(doc, str | int) else f"task {task.id}"
        chosen = counted(task)
        out.replaced += sum(1 for a in task.annotations if not a.was_cancelled) - len(chosen)
        out.annotations += len(chosen)
        texts[task.id] = {k: len(v) for k, v in task.data.items() if isinstance(v, str)}
        coders[task.id] = []
        for annotation in chosen:
            out.ground_truth += annotation.ground_truth
            who = annotator_key(annotation)
            coders[task.id].append(who)
            for result in annotation.results:
                if not result.from_name:
                    continue  # relations and the like
                per_who = answers.setdefault(result.from_name, {}).setdefault(task.id, {})
                per_who.setdefault(who, []).append(result)
                types.setdefault(result.from_name, set()).add(result.type)
                if result.to_name:
                    targets.setdefault(result.from_name, result.to_name)

    if config is None:
        for name, seen in sorted(types.items()):
            kind = _kind_from_results(seen, answers.get(name, {}))
            if kind is None:
                not_measured[name] = f"results of type {', '.join(sorted(seen))} are not measured"
            else:
                specs[name] = ControlData(name, kind)
    for name, spec in specs.items():
        given = answers.get(name, {})
        text_field = spec.text_field or targets.get(name)
        for task_id, who_counted in coders.items():
            if not who_counted:
                continue
            per_who = given.get(task_id, {})
            spec.values[task_id] = {
                who: _answer(spec.kind, per_who.get(who, [])) for who in who_counted
            }
            if spec.kind == "spans" and text_field in texts[task_id]:
                spec.lengths[task_id] = texts[task_id][text_field]
        if not spec.labels:
            spec.labels = _observed_labels(spec)
        out.controls[name] = spec
    out.not_measured = not_measured
    return out


def _kind_from_config(kind: str, multiple: bool) -> str | None:
    if kind == "choices":
        return "sets" if multiple else "choice"
    return _CONFIG_KIND.get(kind)


def _kind_from_results(seen: set[str], answers: dict[int, dict[int | str, list]]) -> str | None:
    kinds = {_RESULT_KIND.get(t, "choice" if t == "choices" else None) for t in seen}
    if len(kinds) != 1 or None in kinds:
        return None
    kind = kinds.pop()
    if kind == "choice":
        several = any(
            sum(len(r.labels) for r in results) > 1
            for per_task in answers.values()
            for results in per_task.values()
        )
        return "sets" if several else "choice"
    return kind


def _answer(kind: str, results: list) -> Any:
    if kind == "spans":
        return [
            (r.start, r.end, label) for r in results if r.is_span for label in (r.labels or ("",))
        ]
    if kind == "sets":
        return frozenset(label for r in results for label in r.labels)
    if kind == "choice":
        labels = sorted({label for r in results for label in r.labels})
        if not labels:
            return None
        return labels[0] if len(labels) == 1 else " + ".join(labels)
    # rating: the number given, or missing
    for r in results:
        answer = r.answer
        if isinstance(answer, int | float) and not isinstance(answer, bool):
            return answer
    return None


def _observed_labels(spec: ControlData) -> tuple[str, ...]:
    seen: set[str] = set()
    for answers in spec.values.values():
        for answer in answers.values():
            if spec.kind == "spans" and answer:
                seen.update(label for _, _, label in answer)
            elif spec.kind == "sets" and answer:
                seen.update(answer)
            elif spec.kind == "choice" and answer is not None:
                seen.add(answer)
    return tuple(sorted(seen))
