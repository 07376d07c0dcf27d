"""Reliability data: who gave which value to which item, in the long form the statistics use.

The statistics take plain data, ``item -> {annotator: value}``, so they can be tested alone and
used on any source; reading Label Studio exports into that shape is :mod:`.collect`'s job. Here
the mapping becomes parallel integer arrays (item, annotator, value code) sorted by item and
annotator, which is what lets every statistic run as a few array operations.

A value of ``None`` is missing: that annotator did not code that item. An item with a value
from one annotator only cannot be paired; the statistics exclude it and :class:`Support`
counts it, so a figure always says what it rests on.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import CorpusError


class AgreementError(CorpusError):
    """Data that no agreement statistic can be computed from (e.g. a rating that is not a number)."""


@dataclass(frozen=True)
class Support:
    """What a figure rests on: the counts a reader needs to judge it.

    ``items`` and ``annotators`` count everything coded; the figure itself rests on the
    ``pairable_items`` (coded by two annotators or more) and the ``values`` given to them.
    ``single_items`` were coded by one annotator only: excluded from the figure, counted here.
    """

    items: int
    annotators: int
    pairable_items: int
    single_items: int
    values: int  # values on pairable items (Krippendorff's n..)

    def as_dict(self) -> dict[str, int]:
        return {
            "items": self.items,
            "annotators": self.annotators,
            "pairable_items": self.pairable_items,
            "single_items": self.single_items,
            "values": self.values,
        }


def support_of(item: np.ndarray, annotator: np.ndarray, n_items: int) -> Support:
    """The support of long-form data: one row per (item, annotator) that coded it."""
    per_item = np.bincount(item, minlength=n_items)
    on_pairable = per_item[item] >= 2
    return Support(
        items=int(np.count_nonzero(per_item)),
        annotators=int(np.unique(annotator[on_pairable]).size),
        pairable_items=int(np.count_nonzero(per_item >= 2)),
        single_items=int(np.count_nonzero(per_item == 1)),
        values=int(np.count_nonzero(on_pairable)),
    )


def sort_key(value: Any) -> tuple:
    # numbers in numeric order, everything else by its text; never compares across types
    if isinstance(value, bool):
        return (1, str(value))
    if isinstance(value, int | float):
        return (0, value, "")
    if isinstance(value, frozenset):
        return (2, len(value), sorted(map(str, value)))
    return (1, str(value))


@dataclass(frozen=True, eq=False)
class Ratings:
    """One value per (item, annotator), as integer codes, sorted by item then annotator.

    ``items``, ``annotators`` and ``domain`` give the codes their meaning: row ``r`` says that
    ``annotators[annotator[r]]`` gave ``domain[value[r]]`` to ``items[item[r]]``. ``domain`` is
    sorted (numbers numerically), so for ratings a code's order is the value's order.
    """

    item: np.ndarray
    annotator: np.ndarray
    value: np.ndarray
    items: tuple[Hashable, ...]
    annotators: tuple[Hashable, ...]
    domain: tuple[Any, ...]

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[Hashable, Mapping[Hashable, Any]],
        *,
        domain: Iterable[Any] | None = None,
        annotators: Iterable[Hashable] = (),
    ) -> Ratings:
        """``item -> {annotator: value}``; ``None`` values are missing and dropped.

        ``domain`` fixes the possible values (and, for ratings, their order); by default it is
        the values that occur. Items keep the mapping's order; annotators are numbered in the
        order they first appear, after those of ``annotators`` (which fixes the codes when data
        are read in parts that must share them).
        """
        items: list[Hashable] = []
        who: dict[Hashable, int] = {a: i for i, a in enumerate(annotators)}
        rows_item: list[int] = []
        rows_annotator: list[int] = []
        raw: list[Any] = []
        for number, (item, coded) in enumerate(data.items()):
            items.append(item)
            for annotator, value in coded.items():
                if value is None:
                    continue
                rows_item.append(number)
                rows_annotator.append(who.setdefault(annotator, len(who)))
                raw.append(value)
        if domain is None:
            values = sorted(set(raw), key=sort_key)
        else:
            values = list(domain)
            unknown = set(raw) - set(values)
            if unknown:
                shown = ", ".join(sorted(map(repr, unknown))[:5])
                raise AgreementError(f"values outside the given domain: {shown}")
        code = {v: i for i, v in enumerate(values)}
        return cls.from_codes(
            np.asarray(rows_item, dtype=np.int64),
            np.asarray(rows_annotator, dtype=np.int64),
            np.fromiter((code[v] for v in raw), dtype=np.int64, count=len(raw)),
            items=tuple(items),
            annotators=tuple(who),
            domain=tuple(values),
        )

    @classmethod
    def from_codes(
        cls,
        item: np.ndarray,
        annotator: np.ndarray,
        value: np.ndarray,
        *,
        items: tuple[Hashable, ...],
        annotators: tuple[Hashable, ...],
        domain: tuple[Any, ...],
    ) -> Ratings:
        """Build from integer codes (sorted here); an annotator may code an item once only."""
        order = np.lexsort((annotator, item))
        item, annotator, value = item[order], annotator[order], value[order]
        twice = (item[1:] == item[:-1]) & (annotator[1:] == annotator[:-1])
        if twice.any():
            at = int(np.flatnonzero(twice)[0])
            raise AgreementError(
                f"item {items[item[at]]!r}: annotator {annotators[annotator[at]]!r} "
                "gave it two values; keep one value per annotator and item"
            )
        return cls(item, annotator, value, items, annotators, domain)

    # -- derived facts -------------------------------------------------------------------------

    @property
    def coders_per_item(self) -> np.ndarray:
        """How many annotators coded each item (0 for an item nobody coded)."""
        return np.bincount(self.item, minlength=len(self.items))

    @property
    def pairable(self) -> np.ndarray:
        """Indices of the items coded by two annotators or more."""
        return np.flatnonzero(self.coders_per_item >= 2)

    def support(self) -> Support:
        return support_of(self.item, self.annotator, len(self.items))

    def select(self, rows: np.ndarray) -> Ratings:
        """The same data restricted to some rows (a boolean mask or indices); codes unchanged."""
        return Ratings(
            self.item[rows],
            self.annotator[rows],
            self.value[rows],
            self.items,
            self.annotators,
            self.domain,
        )

    def numeric_domain(self) -> np.ndarray:
        """The domain as numbers, for interval distances; refuses values that are not numbers."""
        bad = [v for v in self.domain if isinstance(v, bool) or not isinstance(v, int | float)]
        if bad:
            raise AgreementError(f"interval and ordinal statistics need numbers, got {bad[0]!r}")
        return np.asarray(self.domain, dtype=np.float64)

    def as_matrix(self) -> np.ndarray:
        """The ``annotators x items`` matrix of values with NaN for missing (numeric domains).

        The canonical form the ``krippendorff`` package takes; used to check against it.
        """
        matrix = np.full((len(self.annotators), len(self.items)), np.nan)
        matrix[self.annotator, self.item] = self.numeric_domain()[self.value]
        return matrix
