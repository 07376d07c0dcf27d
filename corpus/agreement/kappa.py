"""Percent agreement, Fleiss' κ and mean pairwise Cohen's κ for nominal reliability data.

- **Percent agreement**: for each pairable item, the share of its annotator pairs that gave the
  same value; averaged over pairable items (Fleiss' P̄; with two annotators per item, simply the
  share of items they agree on). Not chance-corrected: read it next to α and κ.
- **Fleiss' κ** (Fleiss 1971): defined only when every pairable item has the same number of
  annotators. With varying numbers it is not computed (:func:`fleiss_note` says why) rather
  than silently computed on a subset. Equals ``statsmodels.stats.inter_rater.fleiss_kappa``
  on the table of pairable items.
- **Cohen's κ** (Cohen 1960) for each pair of annotators, on the items both coded; the figure
  is the mean over the pairs for which κ is defined. Equals ``sklearn.metrics
  .cohen_kappa_score`` per pair. A pair whose κ is undefined (both gave one and the same value
  throughout) is left out of the mean.

All three are sums over items (:mod:`.sums`), so they bootstrap like α does.
"""

from __future__ import annotations

import numpy as np

from .reliability import Ratings
from .sums import ItemSums, Measure, pairs_within


def value_pairs(ratings: Ratings) -> tuple[np.ndarray, np.ndarray]:
    """Row index pairs of two annotators coding the same item (first annotator code lower)."""
    return pairs_within(ratings.item)


# -- percent agreement ---------------------------------------------------------------------------


def percent_agreement_measure(ratings: Ratings) -> Measure:
    first, second = value_pairs(ratings)
    item = ratings.item[first]
    same = (ratings.value[first] == ratings.value[second]).astype(np.float64)
    n_items = len(ratings.items)
    agreeing = np.bincount(item, weights=same, minlength=n_items)
    compared = np.bincount(item, minlength=n_items)
    pairable = np.flatnonzero(compared)
    share = agreeing[pairable] / compared[pairable]
    sums = ItemSums(
        np.concatenate([pairable, pairable]),
        np.repeat([0, 1], pairable.size),
        np.concatenate([share, np.ones(pairable.size)]),
        2,
    )
    return Measure(sums, _ratio)


def _ratio(total: np.ndarray) -> np.ndarray:
    return np.array([total[0] / total[1] if total[1] > 0 else np.nan])


def percent_agreement(ratings: Ratings) -> float:
    return float(percent_agreement_measure(ratings).values()[0])


# -- Fleiss' kappa -------------------------------------------------------------------------------


def fleiss_note(ratings: Ratings) -> str | None:
    """Why Fleiss' κ cannot be computed for these data, or None when it can."""
    return fleiss_note_of(coder_counts(ratings))


def coder_counts(ratings: Ratings) -> np.ndarray:
    """The distinct numbers of annotators of the pairable items, sorted."""
    per_item = ratings.coders_per_item
    return np.unique(per_item[per_item >= 2])


def fleiss_note_of(counts: np.ndarray) -> str | None:
    """:func:`fleiss_note` from :func:`coder_counts` (of all the data, when read in parts)."""
    if counts.size == 0:
        return "no item was coded by two annotators"
    if counts.size > 1:
        return (
            f"Fleiss' κ needs the same number of annotators on every item; here it varies "
            f"from {counts[0]} to {counts[-1]} (see α, which allows that)"
        )
    return None


def fleiss_measure(ratings: Ratings) -> Measure:
    """Fleiss' κ over the pairable items (check :func:`fleiss_note` first)."""
    size = len(ratings.domain)
    per_item = ratings.coders_per_item
    keep = per_item[ratings.item] >= 2
    item, value = ratings.item[keep], ratings.value[keep]
    cells, count = np.unique(item * size + value, return_counts=True)
    cell_item, cell_value = cells // size, cells % size
    pairable = np.unique(item)
    m = per_item[pairable].astype(np.float64)
    squares = np.bincount(cell_item, weights=count.astype(np.float64) ** 2, minlength=per_item.size)
    p_item = (squares[pairable] - m) / (m * (m - 1))
    sums = ItemSums(
        np.concatenate([pairable, pairable, pairable, cell_item]),
        np.concatenate(
            [
                np.zeros(pairable.size, dtype=np.int64),
                np.ones(pairable.size, dtype=np.int64),
                np.full(pairable.size, 2, dtype=np.int64),
                3 + cell_value,
            ]
        ),
        np.concatenate([p_item, np.ones(pairable.size), m, count.astype(np.float64)]),
        3 + size,
    )
    return Measure(sums, _fleiss)


def _fleiss(total: np.ndarray) -> np.ndarray:
    p_sum, n_items, n_values = total[0], total[1], total[2]
    if n_items == 0:
        return np.array([np.nan])
    p_mean = p_sum / n_items
    p_value = total[3:] / n_values
    expected = float((p_value * p_value).sum())
    if expected >= 1:
        return np.array([np.nan])
    return np.array([(p_mean - expected) / (1 - expected)])


def fleiss_kappa(ratings: Ratings) -> float:
    """Fleiss' κ, or NaN when the items have different numbers of annotators."""
    if fleiss_note(ratings) is not None:
        return float("nan")
    return float(fleiss_measure(ratings).values()[0])


# -- Cohen's kappa, pair by pair ---------------------------------------------------------------


def annotator_pairs(ratings: Ratings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first row, second row, pair id) of every pairing, and the pairs' annotator codes.

    Returns row index arrays and, for each row pair, the index of its annotator pair in
    ``np.unique`` order; :func:`pair_annotators` recovers the two annotators of a pair id.
    """
    first, second = value_pairs(ratings)
    n_annotators = max(len(ratings.annotators), 1)
    code = ratings.annotator[first] * n_annotators + ratings.annotator[second]
    _, pair = np.unique(code, return_inverse=True)
    return first, second, pair.reshape(-1)


def pair_annotators(ratings: Ratings) -> np.ndarray:
    """``(P, 2)`` annotator codes of the pairs that coded at least one item together."""
    first, second = value_pairs(ratings)
    n_annotators = max(len(ratings.annotators), 1)
    code = np.unique(ratings.annotator[first] * n_annotators + ratings.annotator[second])
    return np.stack([code // n_annotators, code % n_annotators], axis=1)


def confusion_sums(ratings: Ratings, pairs: dict[int, int] | None = None) -> tuple[ItemSums, int]:
    """Per-item contributions to one confusion matrix per annotator pair, and the pair count.

    ``pairs`` (annotator pair code → pair index) is shared by data read in parts, so that a
    pair keeps its index in every part and new pairs come after the others.
    """
    size = len(ratings.domain)
    if pairs is None:
        first, second, pair = annotator_pairs(ratings)
        n_pairs = int(pair.max()) + 1 if pair.size else 0
    else:
        first, second = value_pairs(ratings)
        n_annotators = max(len(ratings.annotators), 1)
        code = ratings.annotator[first] * n_annotators + ratings.annotator[second]
        seen, inverse = np.unique(code, return_inverse=True)
        index = np.array([pairs.setdefault(int(c), len(pairs)) for c in seen], dtype=np.int64)
        pair = index[inverse.reshape(-1)]
        n_pairs = len(pairs)
    key = pair * size * size + ratings.value[first] * size + ratings.value[second]
    sums = ItemSums(ratings.item[first], key, np.ones(first.size), max(n_pairs, 1) * size * size)
    return sums, n_pairs


def kappas_from_confusions(confusion: np.ndarray) -> np.ndarray:
    """Cohen's κ of each ``(V, V)`` confusion matrix in a ``(P, V, V)`` stack; NaN if undefined.

    κ = 1 − Σ_{c≠k} o_ck / Σ_{c≠k} e_ck with e the outer product of the marginals over n:
    sklearn's formula, term for term, so the two agree to rounding.
    """
    n = confusion.sum(axis=(1, 2))
    rows, cols = confusion.sum(axis=2), confusion.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        observed = n - np.trace(confusion, axis1=1, axis2=2)
        expected = n - (rows * cols).sum(axis=1) / n
        kappa = 1 - observed / expected
    return np.where((n > 0) & (expected > 0), kappa, np.nan)


def cohen_measure(ratings: Ratings, pairs: dict[int, int] | None = None) -> Measure:
    """Mean pairwise Cohen's κ (over the annotator pairs whose κ is defined); for ``pairs``
    see :func:`confusion_sums`."""
    size = len(ratings.domain)
    sums, n_pairs = confusion_sums(ratings, pairs)

    def finish(total: np.ndarray) -> np.ndarray:
        if n_pairs == 0:
            return np.array([np.nan])
        kappas = kappas_from_confusions(total[: n_pairs * size * size].reshape(n_pairs, size, size))
        defined = kappas[np.isfinite(kappas)]
        return np.array([defined.mean() if defined.size else np.nan])

    def grow(total: np.ndarray) -> np.ndarray:  # new pairs come last
        return np.pad(total, (0, sums.size - total.size))

    return Measure(sums, finish, grow)


def pairwise_cohen(ratings: Ratings) -> np.ndarray:
    """Cohen's κ of every annotator pair (rows as in :func:`pair_annotators`); NaN if undefined."""
    size = len(ratings.domain)
    sums, n_pairs = confusion_sums(ratings)
    if n_pairs == 0:
        return np.zeros(0)
    return kappas_from_confusions(
        sums.total()[: n_pairs * size * size].reshape(n_pairs, size, size)
    )


def mean_cohen_kappa(ratings: Ratings) -> float:
    return float(cohen_measure(ratings).values()[0])
