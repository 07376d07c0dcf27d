"""Agreement statistics on 10,000 items x 3 annotators: corpus against the reference packages.

Run: ``.venv/bin/python bench/agreement.py [--items N] [--rounds R]``.

One generated data set, every statistic `corpus agreement` reports (no bootstrap), timed in the
same run as the reference implementations called directly: the ``krippendorff`` package (α
nominal, ordinal, interval; general α with a MASI callable for label sets; α per label),
scikit-learn's ``cohen_kappa_score`` (one call per annotator pair) and statsmodels'
``fleiss_kappa`` (after ``aggregate_raters``). Both sides start from the same plain Python data
(``item -> {annotator: value}``), so turning it into arrays is timed on both. Span statistics
(F1, unitized α) have no reference package; they are timed for corpus only. Best of
``--rounds`` interleaved rounds; the largest difference between the two sides' values is shown
so a fast wrong answer cannot pass unnoticed.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
import warnings
from importlib.metadata import version
from pathlib import Path

import krippendorff
import numpy as np
import sklearn
import statsmodels
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from corpus.agreement import (
    Ratings,
    SpanData,
    alpha,
    f1,
    label_alphas,
    mean_cohen_kappa,
    percent_agreement,
    set_alpha,
    set_ratings,
    unitized_alpha,
)
from corpus.agreement import (
    fleiss_kappa as corpus_fleiss,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for tests/
from tests.references import reference_masi

ANNOTATORS = ("ann", "bob", "cyd")
LABELS = ("economy", "health", "war", "sport", "culture")
SPAN_LABELS = ("PER", "ORG", "LOC")


def generate(n_items: int, seed: int = 0):
    """Plain data with realistic agreement: annotators follow a hidden truth 70% of the time."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, 4, n_items)
    choices, ratings, topics, spans, lengths = {}, {}, {}, {}, {}
    names = ("pro", "contra", "neutral", "unclear")
    truth_rating = rng.integers(1, 6, n_items)
    truth_topics = rng.random((n_items, len(LABELS))) < 0.3
    for i in range(n_items):
        key = f"task{i}"
        lengths[key] = 200
        choices[key], ratings[key], topics[key], spans[key] = {}, {}, {}, {}
        base = sorted(rng.choice(180, size=4, replace=False))
        gold = [
            (int(base[k]), int(base[k]) + int(rng.integers(3, 15)), SPAN_LABELS[k % 3])
            for k in (0, 2)
        ]
        for who in ANNOTATORS:
            follow = rng.random() < 0.7
            choices[key][who] = names[truth[i] if follow else rng.integers(0, 4)]
            ratings[key][who] = int(np.clip(truth_rating[i] + rng.integers(-1, 2), 1, 5))
            flip = rng.random(len(LABELS)) < 0.15
            topics[key][who] = frozenset(
                name for name, on in zip(LABELS, truth_topics[i] ^ flip, strict=True) if on
            )
            marked = []
            for start, end, label in gold:
                if rng.random() < 0.85:
                    shift = int(rng.integers(-1, 2)) if rng.random() < 0.3 else 0
                    marked.append((max(0, start + shift), end, label))
            spans[key][who] = marked
    return choices, ratings, topics, spans, lengths


# -- the two sides -------------------------------------------------------------------------------


def ours(choices, ratings, topics, spans, lengths):
    out = {}
    r = Ratings.from_mapping(choices)
    out["percent agreement"] = percent_agreement(r)
    out["α nominal"] = alpha(r, "nominal")
    out["Fleiss' κ"] = corpus_fleiss(r)
    out["Cohen's κ (mean of 3 pairs)"] = mean_cohen_kappa(r)
    n = Ratings.from_mapping(ratings)
    out["α ordinal"] = alpha(n, "ordinal")
    out["α interval"] = alpha(n, "interval")
    s = set_ratings(topics)
    out["α MASI over sets"] = set_alpha(s)
    for label, value in label_alphas(s, LABELS).items():
        out[f"α binary: {label}"] = value
    d = SpanData.from_mapping(spans, lengths=lengths)
    out["F1 exact"], out["F1 overlap"] = f1(d)
    out["unitized α"] = unitized_alpha(d)
    return out


def matrix_of(data, code=None):
    items = list(data)
    m = np.full((len(ANNOTATORS), len(items)), np.nan)
    for j, key in enumerate(items):
        for i, who in enumerate(ANNOTATORS):
            value = data[key].get(who)
            if value is not None:
                m[i, j] = code[value] if code is not None else value
    return m


def references(choices, ratings, topics, spans, lengths):
    out = {}
    names = sorted({v for coded in choices.values() for v in coded.values()})
    code = {v: k for k, v in enumerate(names)}
    m = matrix_of(choices, code)
    both = ~np.isnan(m)
    agree = []
    for a in range(3):
        for b in range(a + 1, 3):
            ok = both[a] & both[b]
            agree.append(m[a, ok] == m[b, ok])
    out["percent agreement"] = float(np.mean(np.stack(agree)))  # 3 per item: mean of the pairs
    out["α nominal"] = krippendorff.alpha(m, level_of_measurement="nominal")
    table, _ = aggregate_raters(m.T.astype(int))
    out["Fleiss' κ"] = fleiss_kappa(table)
    kappas = [cohen_kappa_score(m[a], m[b]) for a in range(3) for b in range(a + 1, 3)]
    out["Cohen's κ (mean of 3 pairs)"] = float(np.mean(kappas))
    n = matrix_of(ratings)
    out["α ordinal"] = krippendorff.alpha(n, level_of_measurement="ordinal")
    out["α interval"] = krippendorff.alpha(n, level_of_measurement="interval")
    out["α MASI over sets"] = ref_masi_alpha(topics)
    for label, value in ref_label_alphas(topics).items():
        out[f"α binary: {label}"] = value
    return out


SPAN_ONLY = ("F1 exact", "F1 overlap", "unitized α")


def best(fn, args, rounds):
    times, result = [], None
    for _ in range(rounds):
        began = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - began)
    return min(times), result


def timed_parts(args, rounds):
    """Per-statistic times for both sides, best of the rounds, interleaved."""
    choices, ratings, topics, spans, lengths = args
    ours_parts = {
        "single choice (4 statistics)": lambda: ours_choice(choices),
        "ratings (α ordinal, interval)": lambda: ours_ratings(ratings),
        "multiple choice (α MASI + 5 binary α)": lambda: ours_sets(topics),
        "spans (F1 exact, overlap, uα)": lambda: ours_spans(spans, lengths),
    }
    ref_parts = {
        "single choice (4 statistics)": lambda: ref_choice(choices),
        "ratings (α ordinal, interval)": lambda: ref_ratings(ratings),
        "multiple choice (α MASI + 5 binary α)": lambda: ref_sets(topics),
        "spans (F1 exact, overlap, uα)": None,
    }
    rows = {}
    for name in ours_parts:
        mine, theirs = [], []
        for _ in range(rounds):
            began = time.perf_counter()
            ours_parts[name]()
            mine.append(time.perf_counter() - began)
            if ref_parts[name] is not None:
                began = time.perf_counter()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    ref_parts[name]()
                theirs.append(time.perf_counter() - began)
        rows[name] = (min(mine), min(theirs) if theirs else None)
    return rows


def ours_choice(choices):
    r = Ratings.from_mapping(choices)
    return percent_agreement(r), alpha(r), corpus_fleiss(r), mean_cohen_kappa(r)


def ours_ratings(ratings):
    n = Ratings.from_mapping(ratings)
    return alpha(n, "ordinal"), alpha(n, "interval")


def ours_sets(topics):
    s = set_ratings(topics)
    return set_alpha(s), label_alphas(s, LABELS)


def ours_spans(spans, lengths):
    d = SpanData.from_mapping(spans, lengths=lengths)
    return f1(d), unitized_alpha(d)


def ref_choice(choices):
    names = sorted({v for coded in choices.values() for v in coded.values()})
    code = {v: k for k, v in enumerate(names)}
    m = matrix_of(choices, code)
    krippendorff.alpha(m, level_of_measurement="nominal")
    table, _ = aggregate_raters(m.T.astype(int))
    fleiss_kappa(table)
    [cohen_kappa_score(m[a], m[b]) for a in range(3) for b in range(a + 1, 3)]
    np.mean([m[a] == m[b] for a in range(3) for b in range(a + 1, 3)])


def ref_ratings(ratings):
    n = matrix_of(ratings)
    krippendorff.alpha(n, level_of_measurement="ordinal")
    krippendorff.alpha(n, level_of_measurement="interval")


def ref_sets(topics):
    ref_masi_alpha(topics)
    ref_label_alphas(topics)


def ref_masi_alpha(topics):
    """Krippendorff's α over label sets with the MASI distance, through the package."""
    domain = sorted(
        {v for coded in topics.values() for v in coded.values()}, key=lambda s: sorted(s)
    )
    set_code = {v: k for k, v in enumerate(domain)}
    distance = np.array([[reference_masi(a, b) for b in domain] for a in domain])

    def metric(v1, v2, i1, i2, n_v, dtype=np.float64):
        return distance[i1, i2].astype(dtype)

    return krippendorff.alpha(
        matrix_of(topics, set_code),
        value_domain=np.arange(len(domain)),
        level_of_measurement=metric,
    )


def ref_label_alphas(topics):
    """Nominal α per label, on whether each annotator's set holds it."""
    return {
        label: krippendorff.alpha(
            matrix_of({k: {w: float(label in s) for w, s in c.items()} for k, c in topics.items()}),
            level_of_measurement="nominal",
        )
        for label in LABELS
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()

    data = generate(options.items)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mine_total, mine = best(ours, data, options.rounds)
        theirs_total, theirs = best(references, data, options.rounds)
    parts = timed_parts(data, options.rounds)

    print(
        f"{options.items:,} items x {len(ANNOTATORS)} annotators; Python {platform.python_version()}, "
        f"numpy {np.__version__}, krippendorff {version('krippendorff')}, "
        f"scikit-learn {sklearn.__version__}, statsmodels {statsmodels.__version__}; best of {options.rounds}"
    )
    print()
    print("| statistics | corpus s | references s | speed-up |")
    print("|---|---|---|---|")
    for name, (mine_s, theirs_s) in parts.items():
        ratio = f"{theirs_s / mine_s:.1f}×" if theirs_s else "(no reference package)"
        ref = f"{theirs_s:.3f}" if theirs_s else "–"
        print(f"| {name} | {mine_s:.3f} | {ref} | {ratio} |")
    shared_mine = sum(m for m, t in parts.values() if t)
    shared_theirs = sum(t for _, t in parts.values() if t)
    print(
        f"| statistics with a reference | {shared_mine:.3f} | {shared_theirs:.3f} | "
        f"{shared_theirs / shared_mine:.1f}× |"
    )
    print(
        f"| **all statistics, one call each** | **{mine_total:.3f}** | {theirs_total:.3f} "
        "(no spans) | |"
    )
    print()
    print("| statistic | corpus | reference | abs. difference |")
    print("|---|---|---|---|")
    for name, value in mine.items():
        other = theirs.get(name)
        if other is None:
            print(f"| {name} | {value:.6f} | – | – |")
        else:
            print(f"| {name} | {value:.6f} | {other:.6f} | {abs(value - other):.1e} |")


if __name__ == "__main__":
    main()
