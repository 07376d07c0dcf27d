"""Agreement on one unit (task) at a time, for the ``units`` config of the exported dataset.

A corpus-level α says how reliable a label is; a per-unit figure says which units annotators
disagree on, which is what a reviewer or a model trainer filtering by agreement needs. One
number per unit and control, chosen to mean something with as few as two annotators:

- choices, multiple choices and ratings: ``majority_share``, the share of the unit's annotators
  who gave the most frequent answer (1.0 = unanimous; 0.5 = a 1:1 split of two), with that
  answer as ``majority`` (None on a tie);
- spans: ``f1_overlap``, the pooled pairwise F1 of overlapping same-label spans among the
  unit's annotators (see :mod:`.spans`); 1.0 when nobody marked anything.

A unit coded by fewer than two annotators gets ``value`` None. Everything is computed for all
units at once, with array operations, not unit by unit.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import sets
from .collect import Collected, ControlData
from .reliability import Ratings
from .span_agreement import SpanData, comparisons


@dataclass(frozen=True)
class UnitAgreement:
    """How far the annotators of one unit agree on one control."""

    control: str
    annotators: int
    statistic: str  # "majority_share" or "f1_overlap"
    value: float | None
    majority: Any = None  # choice: a label; sets: a frozenset; rating: a number

    def as_dict(self) -> dict:
        majority = self.majority
        if isinstance(majority, frozenset):
            majority = sorted(majority, key=str)
        return {
            "control": self.control,
            "annotators": self.annotators,
            "statistic": self.statistic,
            "value": self.value,
            "majority": majority,
        }


def majority_shares(ratings: Ratings) -> tuple[np.ndarray, np.ndarray]:
    """Per item: the share of annotators giving the commonest value, and its code (-1 on a tie)."""
    n_items, size = len(ratings.items), max(len(ratings.domain), 1)
    counts = np.bincount(ratings.item * size + ratings.value, minlength=n_items * size).reshape(
        n_items, size
    )
    m = counts.sum(axis=1)
    top = counts.max(axis=1) if size else np.zeros(n_items)
    ties = (counts == top[:, None]).sum(axis=1) > 1
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(m >= 2, top / m, np.nan)
    return share, np.where(ties | (m == 0), -1, counts.argmax(axis=1))


def span_unit_f1(spans: SpanData) -> np.ndarray:
    """Per item: pooled overlap F1 among its annotators (1.0 if nobody marked anything)."""
    found = comparisons(spans)
    n_items = len(spans.items)
    item = spans.item[found.span]
    compared = np.bincount(item, minlength=n_items)
    matched = np.bincount(item, weights=found.overlap.astype(np.float64), minlength=n_items)
    pairable = spans.coders_per_item >= 2
    with np.errstate(divide="ignore", invalid="ignore"):
        f1 = np.where(compared > 0, matched / compared, 1.0)
    return np.where(pairable, f1, np.nan)


def control_units(data: ControlData) -> dict[Hashable, UnitAgreement]:
    """Task id → agreement on one control, for every task the control has answers for."""
    out: dict[Hashable, UnitAgreement] = {}
    if data.kind == "spans":
        spans = SpanData.from_mapping(data.values, lengths=data.lengths, labels=data.labels)
        values = span_unit_f1(spans)
        per_item = spans.coders_per_item
        for index, task in enumerate(spans.items):
            value = values[index]
            out[task] = UnitAgreement(
                data.name,
                int(per_item[index]),
                "f1_overlap",
                float(value) if np.isfinite(value) else None,
            )
        return out
    ratings = (
        sets.set_ratings(data.values) if data.kind == "sets" else Ratings.from_mapping(data.values)
    )
    share, top = majority_shares(ratings)
    per_item = ratings.coders_per_item
    for index, task in enumerate(ratings.items):
        value = share[index]
        out[task] = UnitAgreement(
            data.name,
            int(per_item[index]),
            "majority_share",
            float(value) if np.isfinite(value) else None,
            ratings.domain[top[index]] if top[index] >= 0 else None,
        )
    return out


def unit_values(data: ControlData) -> tuple[tuple[Hashable, ...], np.ndarray]:
    """Items (task ids) and each one's agreement value (NaN: undefined), as one array.

    The values of :func:`control_units` without an object per unit, for a caller that
    wants a column of them (the ``units`` config of an export of a big project).
    """
    if data.kind == "spans":
        spans = SpanData.from_mapping(data.values, lengths=data.lengths, labels=data.labels)
        return spans.items, values_of(spans)
    ratings = (
        sets.set_ratings(data.values) if data.kind == "sets" else Ratings.from_mapping(data.values)
    )
    return ratings.items, values_of(ratings)


def values_of(data: Ratings | SpanData) -> np.ndarray:
    """Each item's agreement value (NaN: undefined), in the order of ``data.items``."""
    if isinstance(data, SpanData):
        return span_unit_f1(data)
    return majority_shares(data)[0]


def units_agreement(collected: Collected) -> dict[Hashable, tuple[UnitAgreement, ...]]:
    """Task id → one :class:`UnitAgreement` per measured control."""
    out: dict[Hashable, list[UnitAgreement]] = {}
    for data in collected.controls.values():
        for task, unit in control_units(data).items():
            out.setdefault(task, []).append(unit)
    return {task: tuple(units) for task, units in out.items()}


def unit_agreement(
    answers: Mapping[Hashable, Any], kind: str = "choice", control: str = ""
) -> UnitAgreement:
    """Agreement of one unit from ``{annotator: answer}`` (see the module docstring)."""
    data = ControlData(control, kind, values={0: dict(answers)})
    return control_units(data)[0]
