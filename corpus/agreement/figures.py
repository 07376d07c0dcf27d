"""The agreement figures of a control, each with what it rests on and, on request, an interval.

This is the layer `corpus agreement`, the dataset card and `corpus report` read: it picks the
statistics that suit each kind of control and wraps every value in a :class:`Figure` that says
how many items, annotators and pairable items it rests on.

- single choice: percent agreement, α nominal, Fleiss' κ (when every item has the same number
  of annotators, else a note says why not), mean pairwise Cohen's κ;
- multiple choice (and taxonomy): α with the MASI distance over the label sets, and a binary α
  per label;
- spans: pairwise F1 exact and overlap, unitized α over characters;
- ratings (and numbers): α ordinal and α interval.

Grouped figures (``by``): ``label`` gives per-label figures (binary α per choice; F1 and uα
per span label), ``annotator`` gives, for each annotator, agreement with the others and the
control's α without them, ``document`` gives the figures per document. Bootstrap intervals
(percentile, 95 %, resampling pairable items, seeded) are given for the control's figures and
per-label figures; grouped figures per annotator or document carry none.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from . import coincidences, kappa, sets
from . import span_agreement as spans_module
from .collect import Collected, ControlData
from .reliability import Ratings, Support
from .span_agreement import SpanData
from .sums import CONFIDENCE, Measure, draws, interval

BY = ("label", "annotator", "document")

# statistic -> what a reader is told it is
STATISTICS = {
    "percent_agreement": "percent agreement (share of agreeing annotator pairs per item)",
    "alpha_nominal": "Krippendorff's α, nominal",
    "fleiss_kappa": "Fleiss' κ",
    "cohen_kappa": "Cohen's κ, mean over annotator pairs",
    "alpha_masi": "Krippendorff's α over label sets, MASI distance",
    "alpha_binary": "Krippendorff's α, binary (label applies or not)",
    "f1_exact": "pairwise F1, exact spans",
    "f1_overlap": "pairwise F1, overlapping spans",
    "u_alpha": "Krippendorff's unitized α over characters",
    "alpha_ordinal": "Krippendorff's α, ordinal",
    "alpha_interval": "Krippendorff's α, interval",
    "alpha_without": "the control's α without this annotator",
    "agreement_with_others": "share of this annotator's pairings that agree",
}
# statistic -> its name in a table or a chart
SHORT_NAMES = {
    "percent_agreement": "percent agreement",
    "alpha_nominal": "α nominal",
    "fleiss_kappa": "Fleiss' κ",
    "cohen_kappa": "Cohen's κ (mean of pairs)",
    "alpha_masi": "α over sets (MASI)",
    "alpha_binary": "α binary",
    "f1_exact": "F1 exact",
    "f1_overlap": "F1 overlap",
    "u_alpha": "unitized α (characters)",
    "alpha_ordinal": "α ordinal",
    "alpha_interval": "α interval",
    "alpha_without": "α without them",
    "agreement_with_others": "agrees with others",
}


@dataclass(frozen=True)
class Figure:
    """One agreement value and what it rests on. ``value`` is None when undefined (see note)."""

    statistic: str
    value: float | None
    support: Support
    label: str | None = None
    ci: tuple[float, float] | None = None
    note: str | None = None

    def as_dict(self) -> dict:
        return {
            "statistic": self.statistic,
            "label": self.label,
            "value": self.value,
            "ci": list(self.ci) if self.ci is not None else None,
            **self.support.as_dict(),
            "note": self.note,
        }


@dataclass(frozen=True)
class Group:
    """Figures for one label, annotator or document of a control."""

    by: str
    key: str | int
    support: Support
    figures: tuple[Figure, ...]

    def as_dict(self) -> dict:
        return {
            "by": self.by,
            "key": self.key,
            **self.support.as_dict(),
            "figures": [f.as_dict() for f in self.figures],
        }


@dataclass(frozen=True)
class ControlAgreement:
    """All figures of one control of the labeling config."""

    name: str
    kind: str
    support: Support
    figures: tuple[Figure, ...]
    groups: tuple[Group, ...] = ()

    def as_dict(self) -> dict:
        return {
            "control": self.name,
            "kind": self.kind,
            **self.support.as_dict(),
            "figures": [f.as_dict() for f in self.figures],
            "groups": [g.as_dict() for g in self.groups],
        }


@dataclass(frozen=True)
class Options:
    bootstrap: int = 0  # replicates; 0 = no intervals
    seed: int = 0
    confidence: float = CONFIDENCE
    by: tuple[str, ...] = ()


# -- from plain data ---------------------------------------------------------------------------


def _value(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None


def _undefined_note(value: float | None, support: Support) -> str | None:
    if value is not None:
        return None
    if support.pairable_items == 0:
        return "no item was coded by two annotators"
    return "undefined: the values do not vary enough to compare with chance"


class _Figures:
    """Collects (statistic, measure, output index, label) and evaluates them together."""

    def __init__(self, population: np.ndarray, n_items: int, options: Options):
        self.population = population
        self.n_items = n_items
        self.options = options
        self.entries: list[
            tuple[str, Measure, Support | Sequence[Support], Sequence[str | None], str | None]
        ] = []

    def add(
        self,
        statistic: str,
        measure: Measure,
        support: Support | Sequence[Support],
        labels: Sequence[str | None] = (None,),
        note: str | None = None,
    ) -> None:
        self.entries.append((statistic, measure, support, labels, note))

    def figures(self) -> list[Figure]:
        weights = []
        if self.options.bootstrap and self.population.size:
            weights = draws(
                self.population, self.n_items, self.options.bootstrap, self.options.seed
            )
        out = []
        for statistic, measure, support, labels, note in self.entries:
            bounds = None
            if weights:
                replicates = np.vstack([measure.replicates(w) for w in weights])
                bounds = interval(replicates, self.options.confidence)
            out.extend(figures_of(statistic, measure.values(), support, labels, note, bounds))
        return out


def figures_of(
    statistic: str,
    values: np.ndarray,
    support: Support | Sequence[Support],
    labels: Sequence[str | None] = (None,),
    note: str | None = None,
    bounds: np.ndarray | None = None,
) -> list[Figure]:
    """One figure per label of a measure's values (and bootstrap bounds, when drawn)."""
    out = []
    for k, label in enumerate(labels):
        value = _value(values[k])
        held = support if isinstance(support, Support) else support[k]
        ci = None
        if bounds is not None and value is not None and np.isfinite(bounds[k]).all():
            ci = (float(bounds[k, 0]), float(bounds[k, 1]))
        out.append(Figure(statistic, value, held, label, ci, note or _undefined_note(value, held)))
    return out


def control_measures(
    kind: str,
    data: Ratings | SpanData,
    labels: Iterable[str] = (),
    *,
    pairs: dict[int, int] | None = None,
    combos: dict[tuple[int, ...], int] | None = None,
) -> list[tuple[str, Measure, tuple[str | None, ...]]]:
    """The statistics of a control's own figures: (statistic, measure, labels of its values).

    ``labels`` are a multiple-choice control's labels; ``pairs`` and ``combos`` are shared by
    the parts of data read in parts (see :mod:`.streamed`). A choice control's Fleiss' κ is
    listed even where :func:`~.kappa.fleiss_note` rules it out; the caller decides.
    """
    if kind == "spans":
        assert isinstance(data, SpanData)
        f1 = spans_module.f1_measure(data)
        return [
            ("f1_exact", _pick(f1, [0]), (None,)),
            ("f1_overlap", _pick(f1, [1]), (None,)),
            ("u_alpha", spans_module.unitized_measure(data, combos)[0], (None,)),
        ]
    assert isinstance(data, Ratings)
    if kind == "sets":
        per_label, order = sets.label_alpha_measure(data, tuple(labels))
        return [
            ("alpha_masi", sets.set_alpha_measure(data), (None,)),
            ("alpha_binary", per_label, tuple(str(label) for label in order)),
        ]
    if kind == "choice":
        return [
            ("percent_agreement", kappa.percent_agreement_measure(data), (None,)),
            ("alpha_nominal", coincidences.alpha_measure(data, "nominal"), (None,)),
            ("fleiss_kappa", kappa.fleiss_measure(data), (None,)),
            ("cohen_kappa", kappa.cohen_measure(data, pairs), (None,)),
        ]
    return [
        ("alpha_ordinal", coincidences.alpha_measure(data, "ordinal"), (None,)),
        ("alpha_interval", coincidences.alpha_measure(data, "interval"), (None,)),
    ]


def rating_figures(ratings: Ratings, kind: str, options: Options = Options()) -> list[Figure]:
    """The figures of a single-choice (``choice``) or rating (``rating``) control."""
    support = ratings.support()
    collector = _Figures(ratings.pairable, len(ratings.items), options)
    note = kappa.fleiss_note(ratings) if kind == "choice" else None
    measures = control_measures(kind, ratings)
    for statistic, measure, labels in measures:
        if statistic != "fleiss_kappa" or note is None:
            collector.add(statistic, measure, support, labels)
    figures = collector.figures()
    if note is not None:
        at = [statistic for statistic, _, _ in measures].index("fleiss_kappa")
        figures.insert(at, Figure("fleiss_kappa", None, support, note=note))
    return figures


def set_figures(
    ratings: Ratings, labels: Iterable[str], options: Options = Options()
) -> list[Figure]:
    """The figures of a multiple-choice control: α MASI, then binary α per label."""
    support = ratings.support()
    collector = _Figures(ratings.pairable, len(ratings.items), options)
    for statistic, measure, names in control_measures("sets", ratings, labels):
        collector.add(statistic, measure, support, names)
    return collector.figures()


def span_figures(
    spans: SpanData, options: Options = Options(), *, per_label: bool = False
) -> list[Figure]:
    """The figures of a span control; with ``per_label``, F1 and uα for each label instead."""
    support = spans.support()
    pairable = np.flatnonzero(spans.coders_per_item >= 2)
    collector = _Figures(pairable, len(spans.items), options)
    if not per_label:
        for statistic, measure, names in control_measures("spans", spans):
            collector.add(statistic, measure, support, names)
        return collector.figures()
    names = [str(label) for label in spans.labels]
    n = len(names)
    by_label = spans_module.f1_measure(spans, per_label=True)
    parts = [spans.only(label=code) for code in range(n)]
    supports = [part.support() for part in parts]
    collector.add("f1_exact", _pick(by_label, list(range(n))), supports, names)
    collector.add("f1_overlap", _pick(by_label, list(range(n, 2 * n))), supports, names)
    for part, held, name in zip(parts, supports, names, strict=True):
        collector.add("u_alpha", spans_module.unitized_measure(part)[0], held, [name])
    return collector.figures()


def _pick(measure: Measure, columns: list[int]) -> Measure:
    def finish(total: np.ndarray) -> np.ndarray:
        return np.atleast_1d(measure.finish(total))[columns]

    return Measure(measure.sums, finish, measure.grow)


# -- from collected export data ----------------------------------------------------------------


def ratings_of(data: ControlData) -> Ratings:
    domain = None
    if data.kind == "choice" and data.labels:
        seen = {v for answers in data.values.values() for v in answers.values() if v is not None}
        domain = list(data.labels) + sorted(seen - set(data.labels), key=str)
    return Ratings.from_mapping(data.values, domain=domain)


def spans_of(data: ControlData) -> SpanData:
    return SpanData.from_mapping(data.values, lengths=data.lengths, labels=data.labels)


def control_agreement(
    data: ControlData, documents: dict[int, str] | None = None, options: Options = Options()
) -> ControlAgreement:
    """Every figure of one control, grouped as ``options.by`` asks."""
    if data.kind == "spans":
        spans = spans_of(data)
        figures = span_figures(spans, options)
        support = spans.support()
    else:
        ratings = ratings_of(data) if data.kind != "sets" else sets.set_ratings(data.values)
        support = ratings.support()
        if data.kind == "sets":
            figures = set_figures(ratings, data.labels, options)
        else:
            figures = rating_figures(ratings, data.kind, options)
    groups: list[Group] = []
    for by in options.by:
        if by == "label":
            groups.extend(_by_label(data, options))
        elif by == "annotator":
            groups.extend(_by_annotator(data))
        elif by == "document":
            groups.extend(_by_document(data, documents or {}))
        else:
            raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    return ControlAgreement(data.name, data.kind, support, tuple(figures), tuple(groups))


def agreement(collected: Collected, options: Options = Options()) -> list[ControlAgreement]:
    """The figures of every measurable control of an export (see :func:`.collect.collect`)."""
    return [
        control_agreement(data, collected.documents, options)
        for data in collected.controls.values()
    ]


def _by_label(data: ControlData, options: Options) -> list[Group]:
    if data.kind == "spans":
        spans = spans_of(data)
        figures = span_figures(spans, options, per_label=True)
    elif data.kind == "choice":
        ratings = ratings_of(data)
        collector = _Figures(ratings.pairable, len(ratings.items), options)
        collector.add(
            "alpha_binary",
            coincidences.per_value_measure(ratings),
            ratings.support(),
            [str(v) for v in ratings.domain],
        )
        figures = collector.figures()
    else:
        return []  # sets: per-label figures are part of the control's own; ratings: none
    grouped: dict[str, list[Figure]] = {}
    for figure in figures:
        grouped.setdefault(figure.label or "", []).append(figure)
    return [Group("label", label, figs[-1].support, tuple(figs)) for label, figs in grouped.items()]


def _main_alpha(data: ControlData) -> tuple[str, Callable[[ControlData], float]]:
    if data.kind == "spans":
        return "u_alpha", lambda d: spans_module.unitized_alpha(spans_of(d))
    if data.kind == "sets":
        return "alpha_masi", lambda d: sets.set_alpha(sets.set_ratings(d.values))
    if data.kind == "rating":
        return "alpha_interval", lambda d: coincidences.alpha(ratings_of(d), "interval")
    return "alpha_nominal", lambda d: coincidences.alpha(ratings_of(d), "nominal")


def _without(data: ControlData, who: Hashable) -> ControlData:
    values = {
        task: {w: v for w, v in answers.items() if w != who}
        for task, answers in data.values.items()
    }
    return ControlData(data.name, data.kind, data.labels, values, data.lengths, data.text_field)


def _only_items(data: ControlData, tasks: set[int]) -> ControlData:
    values = {task: answers for task, answers in data.values.items() if task in tasks}
    return ControlData(data.name, data.kind, data.labels, values, data.lengths, data.text_field)


def _figure(statistic: str, value: float, support: Support, note: str | None = None) -> Figure:
    kept = _value(value)
    return Figure(statistic, kept, support, note=note or _undefined_note(kept, support))


def _by_annotator(data: ControlData) -> list[Group]:
    """For each annotator: agreement with the others, and the control's α without them."""
    statistic, main = _main_alpha(data)
    if data.kind == "spans":
        spans = spans_of(data)
        annotators = spans.annotators
        per_annotator = spans_module.annotator_f1(spans)
    else:
        ratings = ratings_of(data) if data.kind != "sets" else sets.set_ratings(data.values)
        annotators = ratings.annotators
        first, second = kappa.value_pairs(ratings)
        same = ratings.value[first] == ratings.value[second]
        pairs = kappa.pair_annotators(ratings)
        pair_kappas = kappa.pairwise_cohen(ratings) if data.kind == "choice" else None
    groups = []
    for code, who in enumerate(annotators):
        own = {task for task, answers in data.values.items() if answers.get(who) is not None}
        support = _support_of(_only_items(data, own))
        figures = []
        if data.kind == "spans":
            figures.append(_figure("f1_exact", per_annotator[code, 0], support))
            figures.append(_figure("f1_overlap", per_annotator[code, 1], support))
        else:
            mine = (ratings.annotator[first] == code) | (ratings.annotator[second] == code)
            share = same[mine].mean() if mine.any() else np.nan
            figures.append(_figure("agreement_with_others", share, support))
            if pair_kappas is not None:
                involved = pair_kappas[(pairs == code).any(axis=1)]
                involved = involved[np.isfinite(involved)]
                mean = involved.mean() if involved.size else np.nan
                figures.append(_figure("cohen_kappa", mean, support))
        rest = _without(data, who)
        figures.append(
            _figure("alpha_without", main(rest), _support_of(rest), STATISTICS[statistic])
        )
        groups.append(Group("annotator", who, support, tuple(figures)))
    return groups


def _support_of(data: ControlData) -> Support:
    if data.kind == "spans":
        return spans_of(data).support()
    if data.kind == "sets":
        return sets.set_ratings(data.values).support()
    return ratings_of(data).support()


def _by_document(data: ControlData, documents: dict[int, str]) -> list[Group]:
    tasks_of: dict[str, set[int]] = {}
    for task in data.values:
        tasks_of.setdefault(documents.get(task, f"task {task}"), set()).add(task)
    groups = []
    for document, tasks in tasks_of.items():
        part = control_agreement(_only_items(data, tasks))
        groups.append(Group("document", document, part.support, part.figures))
    return groups
