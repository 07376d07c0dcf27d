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
    collector = Collector(config)
    for task in tasks:
        collector.add(task)
    return collector.collected()


class Collector:
    """:func:`collect` one task at a time, for a caller that reads the tasks for more.

    With a labeling config each task's answers are reduced to their plain form as the task
    comes (a label, a set, a number, span tuples), so memory holds the answers, never the
    export's records: the cost of a big export stays the size of its answers. Without a config
    the kinds are only known once every result has been seen, so results are held until then.
    """

    def __init__(self, config: LabelConfig | None = None):
        self.config = config
        self.specs: dict[str, ControlData] = {}
        self.not_measured: dict[str, str] = {}
        self.out = Collected(controls={}, documents={})
        # without a config: control -> task -> who -> results, and what the results say
        self._answers: dict[str, dict[int, dict[int | str, list]]] = {}
        self._coders: dict[int, list[int | str]] = {}
        self._texts: dict[int, dict[str, int]] = {}
        self._targets: dict[str, str] = {}
        self._types: dict[str, set[str]] = {}
        self._canon: dict[str, str] = {}
        if config is not None:
            fields = {o.name: o.field for o in config.objects}
            for control in config.controls:
                kind = _kind_from_config(control.kind, control.multiple)
                if kind is None:
                    self.not_measured[control.name] = (
                        f"{control.tag}: free text or other answers are not measured"
                    )
                    continue
                self.specs[control.name] = ControlData(
                    control.name,
                    kind,
                    labels=control.labels,
                    text_field=fields.get(control.to_name[0]) if control.to_name else None,
                )

    def next_part(self) -> Collector:
        """A fresh collector for the next part of the same export (see :mod:`.streamed`).

        It keeps what results have told about their targets: with a Text object whose value
        is not a ``$field``, a span control's text is found through them, and a part must not
        lose it for the tasks it reads before its first span.
        """
        fresh = Collector(self.config)
        fresh._targets = self._targets
        return fresh

    def add(self, task: Task, chosen: list[Annotation] | None = None) -> None:
        """Take one task; ``chosen`` is ``counted(task)`` when the caller has it already."""
        out = self.out
        out.tasks += 1
        out.cancelled += sum(1 for a in task.annotations if a.was_cancelled)
        doc = task.data.get("doc_id")
        doc = str(doc) if isinstance(doc, str | int) else f"task {task.id}"
        out.documents[task.id] = self._canon.setdefault(doc, doc)
        if chosen is None:
            chosen = counted(task)
        out.replaced += sum(1 for a in task.annotations if not a.was_cancelled) - len(chosen)
        out.annotations += len(chosen)
        if self.config is None:
            self._hold(task, chosen)
            return
        if not chosen:
            return
        per_who: dict[int | str, dict[str, list]] = {}
        for annotation in chosen:
            out.ground_truth += annotation.ground_truth
            mine = per_who[annotator_key(annotation)] = {}
            for result in annotation.results:
                if result.from_name:
                    mine.setdefault(result.from_name, []).append(result)
                    if result.to_name:
                        self._targets.setdefault(result.from_name, result.to_name)
        canon = self._canon
        for name, spec in self.specs.items():
            spec.values[task.id] = {
                who: _canonical(spec.kind, _answer(spec.kind, results.get(name, ())), canon)
                for who, results in per_who.items()
            }
            if spec.kind == "spans":
                text_field = spec.text_field or self._targets.get(name)
                text = task.data.get(text_field) if text_field else None
                if isinstance(text, str):
                    spec.lengths[task.id] = len(text)

    def _hold(self, task: Task, chosen: list[Annotation]) -> None:
        self._texts[task.id] = {k: len(v) for k, v in task.data.items() if isinstance(v, str)}
        coders = self._coders[task.id] = []
        for annotation in chosen:
            self.out.ground_truth += annotation.ground_truth
            who = annotator_key(annotation)
            coders.append(who)
            for result in annotation.results:
                if not result.from_name:
                    continue  # relations and the like
                per_who = self._answers.setdefault(result.from_name, {}).setdefault(task.id, {})
                per_who.setdefault(who, []).append(result)
                self._types.setdefault(result.from_name, set()).add(result.type)
                if result.to_name:
                    self._targets.setdefault(result.from_name, result.to_name)

    def collected(self) -> Collected:
        """What was collected, once every task has been added."""
        out = self.out
        if self.config is None:
            self._settle()
        for name, spec in self.specs.items():
            if not spec.labels:
                spec.labels = _observed_labels(spec)
            out.controls[name] = spec
        out.not_measured = self.not_measured
        return out

    def _settle(self) -> None:
        """Without a config: the kinds the results show, and the held results as answers."""
        for name, seen in sorted(self._types.items()):
            kind = _kind_from_results(seen, self._answers.get(name, {}))
            if kind is None:
                self.not_measured[name] = (
                    f"results of type {', '.join(sorted(seen))} are not measured"
                )
            else:
                self.specs[name] = ControlData(name, kind)
        for name, spec in self.specs.items():
            given = self._answers.get(name, {})
            text_field = self._targets.get(name)
            for task_id, who_counted in self._coders.items():
                if not who_counted:
                    continue
                per_who = given.get(task_id, {})
                spec.values[task_id] = {
                    who: _answer(spec.kind, per_who.get(who, [])) for who in who_counted
                }
                if spec.kind == "spans" and text_field in self._texts[task_id]:
                    spec.lengths[task_id] = self._texts[task_id][text_field]
        self._answers, self._coders, self._texts = {}, {}, {}


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


def _canonical(kind: str, answer: Any, canon: dict[str, str]) -> Any:
    """The answer with each label replaced by one string object shared by all answers.

    A big export's answers are held until the statistics run; sharing their labels keeps
    that to the answers' structure instead of a copy of the label text per result.
    """
    if kind == "spans":
        return [(start, end, canon.setdefault(label, label)) for start, end, label in answer]
    if kind == "sets":
        return frozenset(canon.setdefault(label, label) for label in answer)
    if kind == "choice" and answer is not None:
        return canon.setdefault(answer, answer)
    return answer


def _answer(kind: str, results: list) -> Any:
    """The plain answer of one annotator's results for one control (see ControlData)."""
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
