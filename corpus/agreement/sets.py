"""Agreement on multiple choices, where each annotator's value is a set of labels.

Two figures, because they answer different questions:

- **α per label** (binary, nominal): for each label, did the annotators agree on whether it
  applies? Each label is its own yes/no variable, coded by everyone who coded the item. This is
  what finds the label whose definition needs work.
- **set α with the MASI distance**: Krippendorff's general α over the sets themselves, with
  Passonneau's (2006) MASI distance ``δ(A, B) = 1 − J(A, B) · M(A, B)``: J is the Jaccard
  similarity |A∩B| / |A∪B| and M is 1 when the sets are equal, 2/3 when one contains the other,
  1/3 when they merely overlap and 0 when disjoint. MASI is the established distance for
  set-valued annotation (it is NLTK's, whose rounded 0.67/0.33 we replace by the exact 2/3 and
  1/3, as in Passonneau's paper); it gives partial credit for overlapping sets but more to a
  subset than to a mere overlap. Two empty sets are at distance 0. The Jaccard distance
  ``1 − J`` is available as ``distance="jaccard"``.

The δ here is used as is (not squared), as in Passonneau's and NLTK's use of MASI with α.
An annotator who coded the item but chose nothing gave the empty set: a real answer ("none of
these apply"), not a missing value.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

import numpy as np

from .coincidences import distance_measure
from .reliability import Ratings
from .sums import ItemSums, Measure

SET_DISTANCES = ("masi", "jaccard")


def set_ratings(
    data: Mapping[Hashable, Mapping[Hashable, Iterable[Hashable] | None]],
    *,
    domain: Iterable[frozenset] | None = None,
    annotators: Iterable[Hashable] = (),
) -> Ratings:
    """``item -> {annotator: labels}`` as ratings whose domain is the sets that occur (or
    ``domain``, in that order: see :meth:`Ratings.from_mapping`)."""
    return Ratings.from_mapping(
        {
            item: {
                who: None if labels is None else frozenset(labels) for who, labels in coded.items()
            }
            for item, coded in data.items()
        },
        domain=domain,
        annotators=annotators,
    )


def membership(
    ratings: Ratings, labels: Iterable[Hashable] | None = None
) -> tuple[np.ndarray, tuple]:
    """``(sets x labels)`` booleans for a set-valued domain, and the label order used."""
    if labels is None:
        labels = sorted({label for value in ratings.domain for label in value}, key=str)
    labels = tuple(labels)
    column = {label: i for i, label in enumerate(labels)}
    matrix = np.zeros((len(ratings.domain), len(labels)), dtype=bool)
    for row, value in enumerate(ratings.domain):
        for label in value:
            if label in column:
                matrix[row, column[label]] = True
    return matrix, labels


def set_distances(matrix: np.ndarray, kind: str = "masi") -> np.ndarray:
    """MASI (or Jaccard) distances between every two sets given as membership rows."""
    counts = matrix.astype(np.float64)
    common = counts @ counts.T
    size = counts.sum(axis=1)
    union = size[:, None] + size[None, :] - common
    with np.errstate(divide="ignore", invalid="ignore"):
        jaccard = np.where(union > 0, common / union, 1.0)
    if kind == "jaccard":
        return 1.0 - jaccard
    if kind != "masi":
        raise ValueError(f"distance must be one of {', '.join(SET_DISTANCES)}, not {kind!r}")
    smaller = np.minimum(size[:, None], size[None, :])
    equal = (common == size[:, None]) & (common == size[None, :])
    monotonicity = np.select(
        [equal, common == smaller, common > 0], [1.0, 2.0 / 3.0, 1.0 / 3.0], default=0.0
    )
    return 1.0 - jaccard * monotonicity


def set_alpha_measure(ratings: Ratings, distance: str = "masi") -> Measure:
    """Krippendorff's α over label sets with the MASI (or Jaccard) distance."""
    matrix, _ = membership(ratings)
    return distance_measure(ratings, set_distances(matrix, distance))


def set_alpha(ratings: Ratings, distance: str = "masi") -> float:
    return float(set_alpha_measure(ratings, distance).values()[0])


def label_alpha_measure(
    ratings: Ratings, labels: Iterable[Hashable] | None = None
) -> tuple[Measure, tuple]:
    """One binary α per label ("applies" or not), and the labels in the order of the values.

    Per item with m coders of whom c chose the label, the 2x2 coincidences are
    c(c−1)/(m−1), c(m−c)/(m−1) and (m−c)(m−c−1)/(m−1): no pairs of values are formed, so this
    is linear in the data whatever the number of labels.
    """
    matrix, labels = membership(ratings, labels)
    n_labels = len(labels)
    per_item = ratings.coders_per_item
    keep = per_item[ratings.item] >= 2
    item, value = ratings.item[keep], ratings.value[keep]
    rows, columns = np.nonzero(matrix[value])
    chosen = np.bincount(
        item[rows] * n_labels + columns, minlength=len(ratings.items) * n_labels
    ).reshape(len(ratings.items), n_labels)
    pairable = np.unique(item)
    c = chosen[pairable].astype(np.float64)
    m = per_item[pairable].astype(np.float64)[:, None]
    weight = 1.0 / (m - 1.0)
    blocks = np.stack(
        [(m - c) * (m - c - 1) * weight, c * (m - c) * weight, c * (c - 1) * weight], axis=2
    )
    sums = ItemSums(
        np.repeat(pairable, n_labels * 3),
        np.tile(np.arange(n_labels * 3), pairable.size),
        blocks.reshape(-1),
        max(n_labels, 1) * 3,
    )

    def finish(total: np.ndarray) -> np.ndarray:
        o = total[: n_labels * 3].reshape(n_labels, 3)
        none, mixed, both = o[:, 0], o[:, 1], o[:, 2]
        n_yes, n_no = both + mixed, none + mixed
        n = n_yes + n_no
        expected = n_yes * n_no
        with np.errstate(divide="ignore", invalid="ignore"):
            values = 1 - (n - 1) * mixed / expected
        return np.where(expected > 0, values, np.nan)

    return Measure(sums, finish), labels


def label_alphas(ratings: Ratings, labels: Iterable[Hashable] | None = None) -> dict:
    measure, labels = label_alpha_measure(ratings, labels)
    return dict(zip(labels, measure.values().tolist(), strict=True))
