"""Krippendorff's α over a coincidence matrix: nominal, ordinal, interval, or any distance.

α = 1 − D_o / D_e, with the observed disagreement D_o read off the coincidence matrix o and the
expected disagreement D_e off the matrix e of chance coincidences (Krippendorff 2019, ch. 12;
"Computing Krippendorff's alpha-reliability", 2011):

    o_ck = Σ_u Σ_{i≠j} [v_iu = c][v_ju = k] / (m_u − 1)        (m_u values in item u)
    n_c  = Σ_k o_ck,   n = Σ_c n_c
    e_ck = (n_c n_k − [c = k] n_c) / (n − 1)
    α    = 1 − Σ o_ck δ²_ck / Σ e_ck δ²_ck

Items with one value (m_u = 1) add nothing to o: they are excluded, and counted by
:class:`~.reliability.Support`. The distances δ² are the ones of the ``krippendorff`` package,
whose results these match to 1e-9: nominal ``[c ≠ k]``; ordinal ``(Σ_{g=c..k} n_g − (n_c +
n_k)/2)²``; interval ``(c − k)²``. α is undefined (NaN) when no item has two values or when
the pairable values do not vary (D_e = 0).

o is built from per-item sums (:mod:`.sums`), so the same code yields bootstrap replicates.
"""

from __future__ import annotations

import numpy as np

from .reliability import Ratings
from .sums import ItemSums, Measure, pairs_within

LEVELS = ("nominal", "ordinal", "interval")


def coincidence_sums(
    unit: np.ndarray,
    value: np.ndarray,
    count: np.ndarray,
    weight: np.ndarray,
    n_values: int,
    item_of_unit: np.ndarray | None = None,
) -> ItemSums:
    """Per-item contributions to the ``n_values²`` cells of a coincidence matrix.

    Rows are distinct ``(unit, value)`` pairs sorted by unit, ``count`` annotators gave that
    value in that unit, and every coincidence in the unit weighs ``weight`` (one number per
    row, the same for all rows of a unit: 1/(m_u − 1) for α; length/(m_u − 1) for unitized α,
    whose units are stretches of text). ``item_of_unit`` maps units to the items they belong to
    (the bootstrap resamples items); by default units are items.
    """
    first, second = pairs_within(unit)
    same = count * (count - 1) * weight
    cross = count[first] * count[second] * weight[first]
    owner = unit if item_of_unit is None else item_of_unit[unit]
    keep = same > 0
    return ItemSums(
        np.concatenate([owner[keep], owner[first], owner[first]]),
        np.concatenate(
            [
                value[keep] * n_values + value[keep],
                value[first] * n_values + value[second],
                value[second] * n_values + value[first],
            ]
        ),
        np.concatenate([same[keep], cross, cross]),
        n_values * n_values,
    )


def rating_coincidences(ratings: Ratings) -> ItemSums:
    """The coincidence sums of reliability data (items with one value add nothing)."""
    n_values = len(ratings.domain)
    if ratings.item.size == 0:
        return ItemSums.empty(n_values * n_values)
    cell = ratings.item * n_values + ratings.value
    cells, count = np.unique(cell, return_counts=True)  # sorted, so grouped by item
    unit, value = cells // n_values, cells % n_values
    m = ratings.coders_per_item[unit]
    pairable = m >= 2
    unit, value, count, m = unit[pairable], value[pairable], count[pairable], m[pairable]
    return coincidence_sums(unit, value, count.astype(np.float64), 1.0 / (m - 1.0), n_values)


def alpha_from_coincidences(o: np.ndarray, distance: np.ndarray | str) -> float:
    """α from a coincidence matrix and a distance matrix (or ``"ordinal"``, which needs n_c)."""
    n_c = o.sum(axis=0)
    n = n_c.sum()
    if n <= 1:
        return float("nan")
    if isinstance(distance, str):
        distance = ordinal_distances(n_c)
    e = (np.outer(n_c, n_c) - np.diag(n_c)) / (n - 1)
    expected = (e * distance).sum()
    if expected <= 0:
        return float("nan")
    return float(1 - (o * distance).sum() / expected)


def ordinal_distances(n_c: np.ndarray) -> np.ndarray:
    """Krippendorff's ordinal δ²: ranks weighted by how often each value was used."""
    cumulative = np.concatenate([[0.0], np.cumsum(n_c)])
    low = np.minimum.outer(np.arange(n_c.size), np.arange(n_c.size))
    high = np.maximum.outer(np.arange(n_c.size), np.arange(n_c.size))
    between = cumulative[high + 1] - cumulative[low]
    return (between - (n_c[low] + n_c[high]) / 2) ** 2


def distances(ratings: Ratings, level: str) -> np.ndarray | str:
    """The δ² matrix over the domain for a level of measurement (``"ordinal"`` is lazy)."""
    size = len(ratings.domain)
    if level == "nominal":
        return 1.0 - np.eye(size)
    if level == "interval":
        values = ratings.numeric_domain()
        return np.subtract.outer(values, values) ** 2
    if level == "ordinal":
        ratings.numeric_domain()  # ordinal data must be ordered: numbers
        return "ordinal"
    raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")


def alpha_measure(ratings: Ratings, level: str = "nominal") -> Measure:
    """α at a level of measurement, as a :class:`~.sums.Measure` (estimate and bootstrap)."""
    distance = distances(ratings, level)
    return distance_measure(ratings, distance)


def distance_measure(ratings: Ratings, distance: np.ndarray | str) -> Measure:
    """Krippendorff's general α with any δ² matrix over ``ratings.domain``."""
    size = len(ratings.domain)

    def finish(total: np.ndarray) -> np.ndarray:
        return np.array([alpha_from_coincidences(total.reshape(size, size), distance)])

    return Measure(rating_coincidences(ratings), finish)


def alpha(ratings: Ratings, level: str = "nominal") -> float:
    """Krippendorff's α of reliability data; NaN when undefined (see the module docstring)."""
    return float(alpha_measure(ratings, level).values()[0])


def binary_alphas_from_coincidences(o: np.ndarray) -> np.ndarray:
    """α of each value against all others, from one coincidence matrix (one per value).

    Collapsing o to "c or not c" gives a 2x2 matrix whose off-diagonal cell is n_c − o_cc; the
    binary α is then 1 − (n − 1)(n_c − o_cc) / (n_c (n − n_c)) (Krippendorff 2019, eq. 16).
    """
    n_c = o.sum(axis=0)
    n = n_c.sum()
    off = n_c - np.diag(o)
    expected = n_c * (n - n_c)
    with np.errstate(divide="ignore", invalid="ignore"):
        values = 1 - (n - 1) * off / expected
    return np.where(expected > 0, values, np.nan)


def per_value_measure(ratings: Ratings) -> Measure:
    """One binary α per value of the domain ("this value or another one")."""
    size = len(ratings.domain)

    def finish(total: np.ndarray) -> np.ndarray:
        return binary_alphas_from_coincidences(total.reshape(size, size))

    return Measure(rating_coincidences(ratings), finish)
