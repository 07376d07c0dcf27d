"""Every agreement figure as a function of sums over items: one estimate, many bootstrap replicates.

Each statistic in this package is ``finish(Σ_items s_item)`` for a vector ``s_item`` of per-item
sums: the coincidence matrix of Krippendorff's α, the confusion matrices of Cohen's κ, the
matched and compared span counts of F1. Writing every statistic this way gives the point
estimate and the bootstrap over items from the same code: a bootstrap replicate draws items with
replacement, which is the same as weighting each item's sums by how often it was drawn. The
replicates are then a handful of vectorised reductions, not a recomputation from the raw data.

Sums are kept sparse, as ``(item, key, weight)`` triplets, so a statistic with many keys (a
confusion matrix per annotator pair) costs memory in proportion to the data, not to the keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

CONFIDENCE = 0.95
# replicates x contributions held at once while bootstrapping: bounds memory, not the result
_CHUNK_CELLS = 4_000_000


@dataclass(frozen=True, eq=False)
class ItemSums:
    """Per-item contributions to a vector of ``size`` sums, as sparse triplets."""

    item: np.ndarray  # (R,) int64: the item each contribution belongs to
    key: np.ndarray  # (R,) int64: which of the sums it adds to, in [0, size)
    weight: np.ndarray  # (R,) float64
    size: int

    @classmethod
    def empty(cls, size: int) -> ItemSums:
        none = np.zeros(0, dtype=np.int64)
        return cls(none, none, np.zeros(0), size)

    @classmethod
    def join(cls, parts: Sequence[ItemSums]) -> ItemSums:
        """Place several sums side by side: the keys of part k follow those of part k-1."""
        offsets = np.cumsum([0, *(p.size for p in parts)])
        return cls(
            np.concatenate([p.item for p in parts]),
            np.concatenate([p.key + offset for p, offset in zip(parts, offsets, strict=False)]),
            np.concatenate([p.weight for p in parts]),
            int(offsets[-1]),
        )

    def total(self, item_weights: np.ndarray | None = None) -> np.ndarray:
        """The sums over all items, each item counted ``item_weights[item]`` times (default 1)."""
        weight = self.weight if item_weights is None else self.weight * item_weights[self.item]
        return np.bincount(self.key, weights=weight, minlength=self.size).astype(np.float64)

    def totals(self, item_weights: np.ndarray) -> np.ndarray:
        """The sums for many weightings at once: ``(B, n_items)`` weights give ``(B, size)``."""
        out = np.zeros((item_weights.shape[0], self.size))
        if self.key.size == 0:
            return out
        order = np.argsort(self.key, kind="stable")
        key, item, weight = self.key[order], self.item[order], self.weight[order]
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        # rows x contributions are materialised at once: take as many rows as keep that bounded
        rows = max(1, _CHUNK_CELLS // key.size)
        for first in range(0, item_weights.shape[0], rows):
            block = item_weights[first : first + rows]
            out[first : first + rows, key[starts]] = np.add.reduceat(
                block[:, item] * weight, starts, axis=1
            )
        return out


@dataclass(frozen=True, eq=False)
class Measure:
    """A statistic: its per-item sums and the function that turns their totals into values.

    ``finish`` returns an array of values (several figures can share one set of sums, e.g.
    one binary α per label); a value that is undefined for the data at hand is NaN.

    Data read in parts (:mod:`.streamed`) add up the totals of each part. Where a part can
    bring new keys (a label combination, an annotator pair), ``grow`` lays out the totals of
    the earlier parts the way this measure's keys are laid out.
    """

    sums: ItemSums
    finish: Callable[[np.ndarray], np.ndarray]
    grow: Callable[[np.ndarray], np.ndarray] | None = None

    def values(self) -> np.ndarray:
        return np.atleast_1d(np.asarray(self.finish(self.sums.total()), dtype=np.float64))

    def replicates(self, item_weights: np.ndarray) -> np.ndarray:
        """``(B, F)`` values, one row per bootstrap weighting of the items."""
        rows = [
            np.atleast_1d(np.asarray(self.finish(t), dtype=np.float64))
            for t in self.sums.totals(item_weights)
        ]
        return np.vstack(rows) if rows else np.zeros((0, self.values().size))


def draws(population: np.ndarray, n_items: int, replicates: int, seed: int) -> list[np.ndarray]:
    """Bootstrap weightings: each row counts how often each item was drawn.

    Every replicate draws ``len(population)`` items with replacement from ``population`` (the
    items a figure rests on). The draws depend only on the seed and the population, so the
    same data and seed give the same intervals on every run and machine. Rows come in chunks
    so memory stays bounded however many replicates are asked for.
    """
    rng = np.random.default_rng(seed)
    size = max(len(population), 1)
    per_chunk = max(1, min(replicates, _CHUNK_CELLS // max(n_items, size)))
    chunks = []
    left = replicates
    while left > 0:
        rows = min(per_chunk, left)
        picked = population[rng.integers(0, len(population), size=(rows, len(population)))]
        flat = (np.arange(rows)[:, None] * n_items + picked).ravel()
        chunks.append(
            np.bincount(flat, minlength=rows * n_items).reshape(rows, n_items).astype(np.float64)
        )
        left -= rows
    return chunks


def interval(replicates: np.ndarray, level: float = CONFIDENCE) -> np.ndarray:
    """Percentile intervals, ``(F, 2)``; NaN where fewer than half the replicates are defined.

    A replicate can be undefined (e.g. every drawn item has the same value); those are left
    out, and an interval resting on fewer than half of the replicates is not given at all.
    """
    out = np.full((replicates.shape[1], 2), np.nan)
    tail = (1 - level) / 2 * 100
    for column in range(replicates.shape[1]):
        values = replicates[:, column]
        values = values[np.isfinite(values)]
        if values.size and values.size * 2 >= replicates.shape[0]:
            out[column] = np.percentile(values, [tail, 100 - tail])
    return out


def pairs_within(group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every index pair ``(i, j)``, ``i < j``, of rows in the same group; ``group`` is sorted.

    Vectorised: the pairs of all groups come out of a few array operations, whatever the
    number of groups, so no Python loop runs per item or per pair of values.
    """
    n = group.size
    if n == 0:
        none = np.zeros(0, dtype=np.int64)
        return none, none
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    sizes = np.diff(np.r_[starts, n])
    later = np.repeat(starts + sizes, sizes) - np.arange(n) - 1  # rows after i in its group
    first = np.repeat(np.arange(n), later)
    step = np.arange(first.size) - np.repeat(np.cumsum(later) - later, later) + 1
    return first, first + step
