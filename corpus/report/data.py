"""The report's data: an export read into counts, distributions, agreement and disputes."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from ..agreement import (
    AgreementReport,
    Options,
    annotator_key,
    collect,
    counted,
    report_of,
    units_agreement,
)
from ..agreement.collect import Collected, ControlData
from ..agreement.figures import ratings_of
from ..agreement.kappa import confusion_sums, kappas_from_confusions, pair_annotators
from ..labelconfig import LabelConfig
from ..lsexport import Export, Task
from ..pseudonyms import Pseudonyms, mapping_path

BOOTSTRAP = 1000  # replicates for the intervals
TOP_DISPUTED = 20
MAX_PAIRS = 6  # annotator pairs drawn per choice control (the ones with most items together)
MAX_TEXT = 1200  # characters of a disputed unit's text shown

KIND_NAMES = {
    "choice": "single choice",
    "sets": "multiple choice",
    "spans": "spans",
    "rating": "rating",
}


@dataclass(frozen=True)
class AnnotatorProgress:
    """How far one annotator has got."""

    name: str  # annotator_N
    submitted: int
    skipped: int
    tasks: int  # tasks whose counted annotations include theirs
    ground_truth: int
    drafts: int
    lead_time: float | None  # mean seconds per submitted annotation, when recorded


@dataclass(frozen=True)
class Distribution:
    """How often each label (or rating) of a control was given."""

    control: str
    kind: str
    counts: tuple[tuple[str, int], ...]  # in the config's label order, then others
    annotations: int  # counted annotations that answered the control at all


@dataclass(frozen=True)
class PairConfusion:
    """What one annotator said (rows) against what another said (columns), on shared items."""

    first: str
    second: str
    items: int
    matrix: tuple[tuple[int, ...], ...]
    kappa: float | None


@dataclass(frozen=True)
class Confusion:
    """The confusion matrices of one single-choice control."""

    control: str
    labels: tuple[str, ...]
    pooled: tuple[tuple[int, ...], ...]  # every pair, both orders: symmetric
    pairs: tuple[PairConfusion, ...]  # the MAX_PAIRS pairs with most items together
    pair_count: int  # annotator pairs in all


@dataclass(frozen=True)
class DisputedControl:
    control: str
    statistic: str  # majority_share or f1_overlap
    value: float | None
    # (annotator_N, the answer as (label, quoted text or None) pieces; () = no answer)
    answers: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...]


@dataclass(frozen=True)
class DisputedUnit:
    task_id: int
    unit_id: str
    text: str  # at most MAX_TEXT characters
    truncated: bool
    lowest: float
    controls: tuple[DisputedControl, ...]


@dataclass(frozen=True)
class Report:
    """Everything the HTML shows, computed; :func:`render_html` only draws it."""

    title: str
    export: str
    generated: str
    tasks: int
    annotated: int  # tasks with at least one counted annotation
    pairable: int  # tasks with two or more
    annotations: int  # counted
    skipped: int
    drafts: int
    period: tuple[str | None, str | None]
    annotators: tuple[AnnotatorProgress, ...]
    distributions: tuple[Distribution, ...]
    agreement: AgreementReport
    confusions: tuple[Confusion, ...]
    disputed: tuple[DisputedUnit, ...]
    disputed_total: int
    names_from: str  # the pseudonym mapping used, or "" when names were given afresh
    notes: tuple[str, ...] = field(default=())


# -- gathering -----------------------------------------------------------------------------------


@dataclass
class _Person:
    submitted: int = 0
    skipped: int = 0
    tasks: int = 0
    ground_truth: int = 0
    drafts: int = 0
    seconds: float = 0.0
    timed: int = 0


class _Tally:
    """Counts per annotator while the tasks stream past on their way to ``collect``."""

    def __init__(self, pseudonyms: Pseudonyms):
        self.pseudonyms = pseudonyms
        self.names: dict[Any, str] = {}  # annotator_key -> annotator_N
        self.people: dict[str, _Person] = {}
        self.tasks = self.annotated = self.pairable = self.skipped = self.drafts = 0
        self.first: str | None = None
        self.last: str | None = None

    def watch(self, tasks: Iterable[Task], tick: Callable[[int], object] | None) -> Iterator[Task]:
        for task in tasks:
            self.add(task)
            yield task
            if tick is not None:
                tick(1)

    def add(self, task: Task) -> None:
        self.tasks += 1
        # every record in export order, as `corpus export` names them, so numbers agree
        for ann in task.all_annotations:
            name = self.pseudonyms.name(ann)
            if name is None:
                continue
            person = self.people.setdefault(name, _Person())
            if ann.kind == "draft":
                person.drafts += 1
                self.drafts += 1
                continue
            self.names[annotator_key(ann)] = name
            if ann.was_cancelled:
                person.skipped += 1
                self.skipped += 1
                continue
            person.submitted += 1
            if ann.lead_time is not None and math.isfinite(ann.lead_time):
                person.seconds += ann.lead_time
                person.timed += 1
            stamp = ann.updated_at or ann.created_at
            if stamp:
                self.first = min(self.first or stamp, stamp)
                self.last = max(self.last or stamp, stamp)
        chosen = counted(task)
        self.annotated += bool(chosen)
        self.pairable += len(chosen) >= 2
        for ann in chosen:
            person = self.people[self.names[annotator_key(ann)]]
            person.tasks += 1
            person.ground_truth += ann.ground_truth

    def progress(self) -> tuple[AnnotatorProgress, ...]:
        return tuple(
            AnnotatorProgress(
                name,
                p.submitted,
                p.skipped,
                p.tasks,
                p.ground_truth,
                p.drafts,
                p.seconds / p.timed if p.timed else None,
            )
            for name, p in sorted(self.people.items(), key=lambda kv: _name_order(kv[0]))
        )


def _name_order(name: str) -> tuple:
    head, _, tail = name.rpartition("_")
    return (head, int(tail)) if tail.isdecimal() else (name, 0)


def build_report(
    export_path: str | Path,
    config: LabelConfig | None = None,
    *,
    bootstrap: int = BOOTSTRAP,
    seed: int = 0,
    top: int = TOP_DISPUTED,
    annotators_file: str | Path | None = None,
    title: str | None = None,
    progress: Callable[[int], object] | None = None,
) -> Report:
    """Read the export and compute everything the report shows.

    ``annotators_file`` is the pseudonym mapping of ``corpus export`` (default: the one it
    uses for the export's project); it is read when it exists and never written.
    """
    from ..lsexport import open_export

    export = open_export(export_path, config)
    first = next(iter(export), None)
    if annotators_file is not None:
        mapping: Path | None = Path(annotators_file)
    elif first is not None and first.project is not None:
        mapping = mapping_path(f"project-{first.project}")
    else:
        mapping = mapping_path(Path(export_path).stem)
    if mapping is not None and not mapping.exists():
        mapping = None
    tally = _Tally(Pseudonyms(mapping))
    collected = collect(tally.watch(export, progress), config)
    options = Options(bootstrap=bootstrap, seed=seed, by=("label",))
    agreement = report_of(collected, options, export=str(export_path), format=export.format)
    ranked = _ranked_disputes(collected)
    disputed = _disputed_units(export, collected, ranked[:top], tally.names)
    return Report(
        title=title or f"Annotation report: {Path(export_path).name}",
        export=str(export_path),
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        tasks=tally.tasks,
        annotated=tally.annotated,
        pairable=tally.pairable,
        annotations=collected.annotations,
        skipped=tally.skipped,
        drafts=tally.drafts,
        period=(tally.first, tally.last),
        annotators=tally.progress(),
        distributions=tuple(_distribution(d) for d in collected.controls.values()),
        agreement=agreement,
        confusions=tuple(
            _confusion(d, tally.names) for d in collected.controls.values() if d.kind == "choice"
        ),
        disputed=disputed,
        disputed_total=len(ranked),
        names_from=str(mapping) if mapping is not None else "",
        notes=agreement.warnings,
    )


def _distribution(data: ControlData) -> Distribution:
    counts: Counter = Counter()
    answered = 0
    for answers in data.values.values():
        for answer in answers.values():
            if data.kind == "spans":
                counts.update(label for _, _, label in answer)
                answered += bool(answer)
            elif data.kind == "sets":
                counts.update(answer)
                answered += bool(answer)
            elif answer is not None:
                counts[answer] += 1
                answered += 1
    if data.kind == "rating":
        order = sorted(counts, key=lambda v: (not isinstance(v, int | float), v))
    else:
        order = [label for label in data.labels if label in counts]
        order += sorted((label for label in counts if label not in data.labels), key=str)
    return Distribution(
        data.name, data.kind, tuple((_label(k), counts[k]) for k in order), answered
    )


def _label(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _confusion(data: ControlData, names: dict[Any, str]) -> Confusion:
    ratings = ratings_of(data)
    labels = tuple(str(v) for v in ratings.domain)
    size = len(labels)
    sums, n_pairs = confusion_sums(ratings)
    if n_pairs == 0 or size == 0:
        empty = tuple(tuple(0 for _ in labels) for _ in labels)
        return Confusion(data.name, labels, empty, (), 0)
    stack = sums.total()[: n_pairs * size * size].reshape(n_pairs, size, size)
    kappas = kappas_from_confusions(stack)
    who = pair_annotators(ratings)
    pooled = stack.sum(axis=0)
    pooled = pooled + pooled.T
    order = np.argsort(-stack.sum(axis=(1, 2)), kind="stable")[:MAX_PAIRS]
    pairs = []
    for index in order:
        first, second = (
            names.get(ratings.annotators[c], str(ratings.annotators[c])) for c in who[index]
        )
        matrix = stack[index]
        if _name_order(second) < _name_order(first):
            first, second, matrix = second, first, matrix.T
        kappa = kappas[index]
        pairs.append(
            PairConfusion(
                first,
                second,
                int(matrix.sum()),
                _ints(matrix),
                float(kappa) if np.isfinite(kappa) else None,
            )
        )
    return Confusion(data.name, labels, _ints(pooled), tuple(pairs), n_pairs)


def _ints(matrix: np.ndarray) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(row) for row in np.rint(matrix).astype(np.int64).tolist())


def _ranked_disputes(collected: Collected) -> list[tuple[float, int, int]]:
    """(lowest per-unit agreement, -annotators, task id) of every unit below full agreement."""
    ranked = []
    for task_id, units in units_agreement(collected).items():
        values = [u.value for u in units if u.value is not None]
        if values and min(values) < 1.0:
            ranked.append((min(values), -max(u.annotators for u in units), task_id))
    ranked.sort()
    return ranked


def _disputed_units(
    export: Export, collected: Collected, ranked: list, names: dict[Any, str]
) -> tuple[DisputedUnit, ...]:
    """The text and every annotator's answers of the most disputed units (a second pass)."""
    wanted = {task_id: (lowest, rank) for rank, (lowest, _, task_id) in enumerate(ranked)}
    if not wanted:
        return ()
    agreement = units_agreement(collected)
    found: list[tuple[int, DisputedUnit]] = []
    for task in export:
        if task.id not in wanted:
            continue
        lowest, rank = wanted[task.id]
        controls = []
        for unit in sorted(agreement.get(task.id, ()), key=lambda u: (u.value is None, u.value)):
            data = collected.controls[unit.control]
            text = _text_of(task, data.text_field)
            answers = tuple(
                sorted(
                    (
                        (
                            names.get(who, str(who)),
                            _answer_text(data.kind, answer, text),
                        )
                        for who, answer in data.values.get(task.id, {}).items()
                    ),
                    key=lambda pair: _name_order(pair[0]),
                )
            )
            controls.append(DisputedControl(unit.control, unit.statistic, unit.value, answers))
        text = _text_of(task, _primary_field(collected))
        found.append(
            (
                rank,
                DisputedUnit(
                    task_id=task.id,
                    unit_id=str(task.data.get("unit_id") or task.id),
                    text=text[:MAX_TEXT],
                    truncated=len(text) > MAX_TEXT,
                    lowest=lowest,
                    controls=tuple(controls),
                ),
            )
        )
        if len(found) == len(wanted):
            break
    return tuple(unit for _, unit in sorted(found, key=lambda pair: pair[0]))


def _primary_field(collected: Collected) -> str | None:
    fields = [d.text_field for d in collected.controls.values() if d.text_field]
    return fields[0] if fields else None


def _text_of(task: Task, field_name: str | None) -> str:
    """The text a control points at: its field, else ``text``, else the longest string."""
    data = task.data
    for key in (field_name, "text"):
        if key and isinstance(data.get(key), str):
            return data[key]
    strings = [v for v in data.values() if isinstance(v, str)]
    return max(strings, key=len) if strings else ""


def _answer_text(kind: str, answer: Any, text: str) -> tuple[tuple[str, str | None], ...]:
    """An answer as (label, quote) pieces: spans quote their text, other answers do not."""
    if kind == "spans":
        return tuple(
            (
                label,
                text[start:end] if 0 <= start < end <= len(text) else f"{start}–{end}",
            )
            for start, end, label in sorted(answer or ())
        )
    if kind == "sets":
        return tuple((label, None) for label in sorted(answer or (), key=str))
    return () if answer is None else ((_label(answer), None),)
