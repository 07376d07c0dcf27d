"""Agreement of an export too big to hold: answers spilled to disk, sums added part by part.

`corpus export` reads a project once and needs, besides the rows, each control's figures for
the dataset card and each unit's agreement for the ``units`` config. Holding every answer
until the end, as :func:`.collect.collect` does for `corpus agreement` (whose groups and
bootstrap intervals need them all), costs memory in proportion to the project. Here the
answers of every ``part_size`` tasks go to a temporary file as they come; at the end each part
is read back alone and its sums are added to the others. Every statistic is a function of sums
over items (:mod:`.sums`), so the totals, and so the figures, are those of all the data at once,
provided every part codes annotators, values and labels alike. The first pass therefore
records who answered (in the order they appear) and which values and labels each control
received, and the second gives those codes to every part. Keys that only some parts bring
(a combination of overlapping labels in uα, a pair of annotators in Cohen's κ) are numbered as
they come, in one numbering shared by all parts, and the totals of earlier parts are laid out
again with :attr:`.sums.Measure.grow`.

What it gives: each control's own figures, without groups or intervals, and each unit's
agreement value. What it holds: one part's answers and arrays at a time, the set of values
and annotators, and per task and control its id (twice: with its unit value, and among the
ids read so far, which keeps a repeated task from counting twice) and unit value, 24 bytes.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..labelconfig import LabelConfig
from ..lsexport import Annotation, Task
from . import kappa, sets
from .collect import Collector, ControlData
from .figures import ControlAgreement, Figure, control_measures, figures_of
from .reliability import AgreementError, Ratings, Support, sort_key
from .span_agreement import SpanData
from .summary import AgreementReport
from .sums import Measure
from .units import values_of

PART_SIZE = 2_000  # tasks per part: a part's arrays stay a few MB


@dataclass
class _Seen:
    """What one control's answers held: who answered, in order, and which values and labels."""

    annotators: dict[Hashable, None] = field(default_factory=dict)  # an ordered set
    values: set = field(default_factory=set)
    labels: dict[Hashable, None] = field(default_factory=dict)

    def add(self, kind: str, values: dict[int, dict[Hashable, Any]]) -> None:
        annotators, labels = self.annotators, self.labels
        for answers in values.values():
            for who, answer in answers.items():
                if answer is None:
                    continue  # not coded: gets no code, as in Ratings and SpanData
                if who not in annotators:
                    annotators[who] = None
                if kind == "spans":
                    for _, _, label in answer:
                        if label not in labels:
                            labels[label] = None
                else:
                    self.values.add(answer)


class StreamedAgreement:
    """Take tasks one at a time (as :class:`.collect.Collector` does), then :meth:`result`.

    Needs the labeling config: without it the kind of a control is only known once every
    task has been read, which is the case :func:`.collect.collect` handles by holding it all.
    """

    def __init__(self, config: LabelConfig, part_size: int = PART_SIZE):
        self.config = config
        self.part_size = part_size
        self._part = Collector(config)
        # open across add() calls and closed by result(); unlinked from the start, so a
        # conversion that fails midway leaves nothing behind
        self._spill = tempfile.TemporaryFile(prefix="corpus-agreement-")  # noqa: SIM115
        self._offsets: list[int] = []  # where each part starts in the spill file
        self._seen = {name: _Seen() for name in self._part.specs}
        self._counts = dict.fromkeys(
            ("tasks", "annotations", "cancelled", "replaced", "ground_truth"), 0
        )

    def add(self, task: Task, chosen: list[Annotation] | None = None) -> None:
        """Take one task; ``chosen`` is ``counted(task)`` when the caller has it already."""
        self._part.add(task, chosen)
        if self._part.out.tasks >= self.part_size:
            self._flush()

    def _flush(self) -> None:
        part = self._part
        for name, spec in part.specs.items():
            self._seen[name].add(spec.kind, spec.values)
        answers = {name: (spec.values, spec.lengths) for name, spec in part.specs.items()}
        self._offsets.append(self._spill.tell())
        try:
            pickle.dump(answers, self._spill, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as exc:
            raise AgreementError(
                f"cannot write the answers for the agreement figures to a temporary file ({exc})"
            ) from exc
        for key in self._counts:
            self._counts[key] += getattr(part.out, key)
        self._part = part.next_part()

    def result(self) -> tuple[AgreementReport, dict[str, tuple[np.ndarray, np.ndarray]]]:
        """The report (control figures) and, per control, (task ids sorted, unit values)."""
        if self._part.out.tasks or not self._offsets:
            self._flush()
        not_measured = dict(self._part.not_measured)
        running = {
            name: _Running(spec, self._seen[name]) for name, spec in self._part.specs.items()
        }
        # the last part first: a task id met again in an earlier part is skipped there, so
        # that, as when everything is held at once, a task's later copy is the one counted
        for offset in reversed(self._offsets):
            self._spill.seek(offset)
            for name, (values, lengths) in pickle.load(self._spill).items():
                running[name].add(values, lengths)
        self._spill.close()
        report = AgreementReport(
            export="",
            format="json",
            controls=tuple(r.agreement() for r in running.values()),
            not_measured=not_measured,
            **self._counts,
        )
        return report, {name: r.per_unit() for name, r in running.items()}


class _Running:
    """One control's sums so far, over the parts read back."""

    def __init__(self, spec: ControlData, seen: _Seen):
        self.name, self.kind = spec.name, spec.kind
        self.annotators = tuple(seen.annotators)
        observed = seen.labels if spec.kind == "spans" else seen.values
        if spec.kind == "sets":
            observed = {label for chosen in seen.values for label in chosen}
        # the labels and domain the whole data would get from Collector and figures.ratings_of
        self.labels = spec.labels or tuple(sorted(observed))
        if spec.kind == "spans":
            known = set(self.labels)
            extra = [label for label in seen.labels if label not in known]
            self.span_labels = (*self.labels, *extra)
        elif spec.kind == "choice" and self.labels:
            rest = sorted(seen.values - set(self.labels), key=str)
            self.domain = (*self.labels, *rest)
        else:
            self.domain = tuple(sorted(seen.values, key=sort_key))
        self.pairs: dict[int, int] = {}
        self.combos: dict[tuple[int, ...], int] = {}
        self.totals: list[np.ndarray] = []
        self.measures: list[tuple[str, Measure, tuple]] = []
        self.support = [0, 0, 0, 0]  # items, pairable items, single items, values
        self.pairable_annotators: set[int] = set()
        self.coder_counts: set[int] = set()
        self.items: list[np.ndarray] = []
        self.unit_values: list[np.ndarray] = []
        self.counted = np.zeros(0, dtype=np.int64)  # task ids read so far, sorted

    def add(self, values: dict, lengths: dict) -> None:
        if self.counted.size:
            ids = np.fromiter(values, dtype=np.int64, count=len(values))
            again = ids[np.isin(ids, self.counted)]
            if again.size:  # counted already, from a later copy of the task
                skip = set(again.tolist())
                values = {task: answers for task, answers in values.items() if task not in skip}
        if not values and self.measures:
            return
        data = self._data(values, lengths)
        measures = control_measures(
            self.kind, data, self.labels, pairs=self.pairs, combos=self.combos
        )
        for k, (_, measure, _) in enumerate(measures):
            total = measure.sums.total()
            if k == len(self.totals):
                self.totals.append(total)
                continue
            held = self.totals[k]
            if held.size != total.size and measure.grow is not None:
                held = measure.grow(held)
            self.totals[k] = held + total
        self.measures = measures  # the latest: its keys cover every part's so far
        support = data.support()
        for k, count in enumerate(
            (support.items, support.pairable_items, support.single_items, support.values)
        ):
            self.support[k] += count
        self.pairable_annotators.update(_pairable_annotators(data).tolist())
        if self.kind == "choice":
            self.coder_counts.update(kappa.coder_counts(data).tolist())
        items = np.asarray(data.items, dtype=np.int64)
        self.items.append(items)
        self.unit_values.append(np.asarray(values_of(data), dtype=np.float64))
        self.counted = np.union1d(self.counted, items)

    def _data(self, values: dict, lengths: dict) -> Ratings | SpanData:
        if self.kind == "spans":
            return SpanData.from_mapping(
                values, lengths=lengths, labels=self.span_labels, annotators=self.annotators
            )
        if self.kind == "sets":
            return sets.set_ratings(values, domain=self.domain, annotators=self.annotators)
        return Ratings.from_mapping(values, domain=self.domain, annotators=self.annotators)

    def agreement(self) -> ControlAgreement:
        items, pairable, single, values = self.support
        support = Support(items, len(self.pairable_annotators), pairable, single, values)
        note = None
        if self.kind == "choice":
            note = kappa.fleiss_note_of(np.array(sorted(self.coder_counts), dtype=np.int64))
        figures: list[Figure] = []
        for (statistic, measure, labels), total in zip(self.measures, self.totals, strict=True):
            if statistic == "fleiss_kappa" and note is not None:
                figures.append(Figure(statistic, None, support, note=note))
                continue
            values = np.atleast_1d(np.asarray(measure.finish(total), dtype=np.float64))
            figures.extend(figures_of(statistic, values, support, labels))
        return ControlAgreement(self.name, self.kind, support, tuple(figures))

    def per_unit(self) -> tuple[np.ndarray, np.ndarray]:
        if not self.items:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        items, values = np.concatenate(self.items), np.concatenate(self.unit_values)
        order = np.argsort(items, kind="stable")
        return items[order], values[order]


def _pairable_annotators(data: Ratings | SpanData) -> np.ndarray:
    """The codes of the annotators who coded an item someone else coded too."""
    if isinstance(data, SpanData):
        item, who = data.coded_item, data.coded_annotator
    else:
        item, who = data.item, data.annotator
    per_item = np.bincount(item, minlength=len(data.items))
    return np.unique(who[per_item[item] >= 2])
