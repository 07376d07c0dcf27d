"""Agreement statistics equal the reference implementations, to 1e-9, missing values included.

References: the ``krippendorff`` package (α nominal, ordinal, interval, and general α with a
callable distance), scikit-learn's ``cohen_kappa_score`` (per annotator pair) and statsmodels'
``fleiss_kappa``. Data come from hypothesis, with missing values and items that only one
annotator coded, and from the real Label Studio exports in ../shared (skipped when absent).
"""

from __future__ import annotations

import math
import warnings

import krippendorff
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import fleiss_kappa as statsmodels_fleiss

from corpus.agreement import coincidences, kappa, sets
from corpus.agreement.reliability import AgreementError, Ratings
from corpus.agreement.sums import draws, interval

from .references import reference_masi

TOLERANCE = 1e-9
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


SMALL_NUMBERS = st.integers(1, 5)


@st.composite
def reliability_data(draw, values=SMALL_NUMBERS, max_items=25, max_annotators=5):
    """item -> {annotator: value}, with missing values and single-annotation items."""
    n_items = draw(st.integers(1, max_items))
    n_annotators = draw(st.integers(2, max_annotators))
    missing = draw(st.sampled_from([0.0, 0.2, 0.5]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    data = {}
    for item in range(n_items):
        coded = {}
        for annotator in range(n_annotators):
            if rng.random() >= missing:
                coded[f"a{annotator}"] = draw(values)
        data[f"item{item}"] = coded
    return data


def as_matrix(data, annotators=None):
    annotators = annotators or sorted({a for coded in data.values() for a in coded})
    return np.array(
        [[coded.get(a, np.nan) for coded in data.values()] for a in annotators], dtype=float
    )


def reference_alpha(matrix, level, **kwargs):
    """The krippendorff package's α, NaN where it refuses (one value, nothing pairable)."""
    try:
        with np.errstate(divide="ignore", invalid="ignore"):
            return float(krippendorff.alpha(matrix, level_of_measurement=level, **kwargs))
    except ValueError:
        return float("nan")


def same(ours, reference):
    if not math.isfinite(reference):
        return not math.isfinite(ours)
    return abs(ours - reference) <= TOLERANCE


# -- Krippendorff's alpha ------------------------------------------------------------------------


@pytest.mark.parametrize("level", coincidences.LEVELS)
@SETTINGS
@given(data=reliability_data())
def test_alpha_equals_the_krippendorff_package_at_every_level(level, data):
    ours = coincidences.alpha(Ratings.from_mapping(data), level)
    assert same(ours, reference_alpha(as_matrix(data), level))


@SETTINGS
@given(data=reliability_data(values=st.sampled_from([0.5, 1.25, 3.0, 10.0]), max_annotators=3))
def test_interval_alpha_uses_the_values_themselves_not_their_ranks(data):
    ours = coincidences.alpha(Ratings.from_mapping(data), "interval")
    assert same(ours, reference_alpha(as_matrix(data), "interval"))


def test_alpha_matches_krippendorffs_own_worked_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C
    rows = [
        [None, None, None, None, None, 3, 4, 1, 2, 1, 1, 3, 3, None, 3],
        [1, None, 2, 1, 3, 3, 4, 3, None, None, None, None, None, None, None],
        [None, None, 2, 1, 3, 4, 4, None, 2, 1, 1, 3, 3, None, 4],
    ]
    data = {u: {c: rows[c][u] for c in range(3)} for u in range(15)}
    ratings = Ratings.from_mapping(data)
    assert round(coincidences.alpha(ratings, "nominal"), 3) == 0.691
    assert round(coincidences.alpha(ratings, "interval"), 3) == 0.811


def test_items_coded_once_are_excluded_from_alpha_and_counted():
    data = {
        "u1": {"a": "x", "b": "x"},
        "u2": {"a": "y", "b": "x"},
        "u3": {"a": "y", "b": "y", "c": "y"},
        "lonely": {"c": "x"},
        "empty": {},
    }
    ratings = Ratings.from_mapping(data)
    support = ratings.support()
    assert support.single_items == 1
    assert support.pairable_items == 3
    assert support.items == 4  # "empty" was coded by nobody
    assert support.values == 7
    without = Ratings.from_mapping({k: v for k, v in data.items() if k != "lonely"})
    assert coincidences.alpha(ratings) == coincidences.alpha(without)


def test_alpha_is_undefined_when_nothing_varies_or_nothing_pairs():
    assert math.isnan(coincidences.alpha(Ratings.from_mapping({"u": {"a": 1, "b": 1}})))
    assert math.isnan(coincidences.alpha(Ratings.from_mapping({"u": {"a": 1}, "v": {"b": 2}})))


def test_a_rating_that_is_not_a_number_is_refused_for_interval_alpha():
    ratings = Ratings.from_mapping({"u": {"a": "low", "b": "high"}})
    with pytest.raises(AgreementError, match="need numbers"):
        coincidences.alpha(ratings, "interval")


@SETTINGS
@given(data=reliability_data(values=st.sampled_from(["pro", "contra", "neutral"])))
def test_binary_alpha_per_value_equals_the_package_on_the_dichotomised_data(data):
    ratings = Ratings.from_mapping(data)
    per_value = coincidences.per_value_measure(ratings).values()
    for code, value in enumerate(ratings.domain):
        dichotomised = {
            item: {a: float(v == value) for a, v in coded.items()} for item, coded in data.items()
        }
        assert same(per_value[code], reference_alpha(as_matrix(dichotomised), "nominal"))


# -- kappas and percent agreement ----------------------------------------------------------------


@SETTINGS
@given(data=reliability_data(values=st.sampled_from(["a", "b", "c"])))
def test_cohen_kappa_equals_sklearn_for_every_annotator_pair(data):
    ratings = Ratings.from_mapping(data)
    pairs = kappa.pair_annotators(ratings)
    ours = kappa.pairwise_cohen(ratings)
    expected = []
    for (first, second), value in zip(pairs, ours, strict=True):
        a, b = ratings.annotators[first], ratings.annotators[second]
        shared = [coded for coded in data.values() if a in coded and b in coded]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reference = float(cohen_kappa_score([c[a] for c in shared], [c[b] for c in shared]))
        assert same(value, reference)
        expected.append(reference)
    defined = [k for k in expected if math.isfinite(k)]
    mean = float(np.mean(defined)) if defined else float("nan")
    assert same(kappa.mean_cohen_kappa(ratings), mean)


@SETTINGS
@given(data=reliability_data(values=st.sampled_from(["a", "b", "c"]), max_annotators=4))
def test_fleiss_kappa_equals_statsmodels_when_every_item_has_the_same_number_of_annotators(data):
    ratings = Ratings.from_mapping(data)
    pairable = [coded for coded in data.values() if len(coded) >= 2]
    if kappa.fleiss_note(ratings) is not None:
        assert len({len(c) for c in pairable}) != 1
        assert math.isnan(kappa.fleiss_kappa(ratings))
        return
    table = np.array([[list(c.values()).count(v) for v in ratings.domain] for c in pairable])
    with np.errstate(divide="ignore", invalid="ignore"):
        reference = float(statsmodels_fleiss(table))
    assert same(kappa.fleiss_kappa(ratings), reference)


def test_fleiss_kappa_says_why_it_is_missing_when_the_number_of_annotators_varies():
    ratings = Ratings.from_mapping({"u": {"a": 1, "b": 1}, "v": {"a": 1, "b": 2, "c": 2}})
    assert "varies from 2 to 3" in kappa.fleiss_note(ratings)


@SETTINGS
@given(data=reliability_data(values=st.sampled_from(["a", "b"])))
def test_percent_agreement_is_the_mean_share_of_agreeing_pairs_per_item(data):
    shares = []
    for coded in data.values():
        values = list(coded.values())
        pairs = [(x, y) for i, x in enumerate(values) for y in values[i + 1 :]]
        if pairs:
            shares.append(sum(x == y for x, y in pairs) / len(pairs))
    expected = float(np.mean(shares)) if shares else float("nan")
    assert same(kappa.percent_agreement(Ratings.from_mapping(data)), expected)


# -- multiple choice -----------------------------------------------------------------------------


label_sets = st.frozensets(st.sampled_from(["x", "y", "z", "w"]), max_size=3)


@SETTINGS
@given(data=reliability_data(values=label_sets, max_annotators=4))
def test_masi_set_alpha_equals_the_package_with_the_masi_distance(data):
    ratings = sets.set_ratings(data)
    domain = ratings.domain

    def masi(v1, v2, i1, i2, n_v, dtype=np.float64):
        v1, v2 = np.broadcast_arrays(v1, v2)
        out = np.array(
            [
                reference_masi(domain[int(x)], domain[int(y)])
                for x, y in zip(v1.ravel(), v2.ravel(), strict=True)
            ]
        )
        return out.reshape(v1.shape).astype(dtype)

    codes = np.full((len(ratings.annotators), len(ratings.items)), np.nan)
    codes[ratings.annotator, ratings.item] = ratings.value
    reference = reference_alpha(codes, masi, value_domain=np.arange(len(domain)))
    assert same(sets.set_alpha(ratings), reference)


def test_masi_distance_gives_more_credit_to_a_subset_than_to_an_overlap():
    matrix, labels = sets.membership(
        sets.set_ratings({"u": {"a": {"x"}, "b": {"x", "y"}, "c": {"y", "z"}, "d": set()}})
    )
    distance = sets.set_distances(matrix)
    index = {
        tuple(sorted(label for label, on in zip(labels, row, strict=True) if on)): i
        for i, row in enumerate(matrix)
    }
    x, xy, yz, empty = index[("x",)], index[("x", "y")], index[("y", "z")], index[()]
    assert distance[x, xy] == pytest.approx(1 - 1 / 2 * 2 / 3)
    assert distance[xy, yz] == pytest.approx(1 - 1 / 3 * 1 / 3)
    assert distance[x, yz] == 1.0
    assert distance[empty, empty] == 0.0 and distance[empty, x] == 1.0


@SETTINGS
@given(data=reliability_data(values=label_sets, max_annotators=4))
def test_binary_alpha_per_label_equals_the_package_on_yes_no_data(data):
    ratings = sets.set_ratings(data)
    ours = sets.label_alphas(ratings, ["x", "y", "z", "w"])
    for label, value in ours.items():
        yes_no = {
            item: {a: float(label in v) for a, v in coded.items()} for item, coded in data.items()
        }
        assert same(value, reference_alpha(as_matrix(yes_no), "nominal"))


def test_an_empty_selection_is_an_answer_not_a_missing_value():
    ratings = sets.set_ratings({"u": {"a": set(), "b": {"x"}}, "v": {"a": None, "b": {"x"}}})
    assert ratings.support().pairable_items == 1
    assert ratings.support().single_items == 1


# -- the bootstrap -------------------------------------------------------------------------------


def test_a_bootstrap_replicate_equals_the_statistic_on_the_resampled_items():
    rng = np.random.default_rng(7)
    data = {
        f"u{i}": {a: int(rng.integers(1, 4)) for a in "abc" if rng.random() < 0.8}
        for i in range(40)
    }
    ratings = Ratings.from_mapping(data)
    counts = draws(ratings.pairable, len(ratings.items), 3, seed=11)[0]
    names = list(data)
    for row in counts:
        resampled = {
            f"{names[i]}#{k}": data[names[i]] for i in range(len(names)) for k in range(int(row[i]))
        }
        direct = Ratings.from_mapping(resampled)
        for level in coincidences.LEVELS:
            replicate = coincidences.alpha_measure(ratings, level).replicates(row[None, :])[0, 0]
            assert replicate == pytest.approx(coincidences.alpha(direct, level), abs=TOLERANCE)
        replicate = kappa.cohen_measure(ratings).replicates(row[None, :])[0, 0]
        assert replicate == pytest.approx(kappa.mean_cohen_kappa(direct), abs=TOLERANCE)


def test_the_same_seed_gives_the_same_interval_and_another_seed_another():
    rng = np.random.default_rng(3)
    data = {i: {a: int(rng.integers(1, 4)) for a in "abc"} for i in range(60)}
    ratings = Ratings.from_mapping(data)
    measure = coincidences.alpha_measure(ratings)

    def ci(seed):
        weights = draws(ratings.pairable, len(ratings.items), 200, seed)
        return interval(np.vstack([measure.replicates(w) for w in weights]))

    assert np.array_equal(ci(1), ci(1))
    assert not np.array_equal(ci(1), ci(2))
    low, high = ci(1)[0]
    assert low <= measure.values()[0] <= high
