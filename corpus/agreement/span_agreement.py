"""Agreement on spans: pairwise F1 (exact and overlap) and Krippendorff's unitized α.

Input is plain data, ``item -> {annotator: [(start, end, label), ...]}``, offsets in code points
(half-open, as everywhere in corpus). An annotator who coded an item and marked nothing gave an
empty list, which is a real answer ("nothing to mark here"); ``None`` means they did not code it.

**Pairwise F1.** Every span of an annotator is compared with each other annotator of the same
item: it is *matched* when that other annotator has a span with the same label and the same
offsets (exact) or with the same label and at least one character in common (overlap). F1 is the
share of these span-to-annotator comparisons that found a match, pooled over all items and pairs:
for one pair it is the usual 2·|matches| / (|A| + |B|) (exact) or the harmonic mean of the share
of A's spans found in B and of B's found in A (overlap, pooled); pooling weights every span
equally rather than every pair. Identical spans an annotator marked twice count once.

**Unitized α** (uα; Krippendorff 2019, §12.6, from Krippendorff, Mathet, Bouvry & Widlöcher
2016, which revises the 2004 α_U for more than two annotators). Each item is a continuum of
characters that every annotator divides into segments: their spans (valued by label) and the
gaps between them (valued ∅). With |g ∩ h| the number of characters two segments share:

    l_ck = Σ_items Σ_{i≠j} Σ_{g of i valued c} Σ_{h of j valued k} |g ∩ h| / (m_u − 1)
    e_ck = l.. (l_c. l_.k − [c = k] Σ_{segments valued c} λ(g)) / (l..² − Σ_{all segments} λ(g))
    uα   = 1 − (l.. − Σ_c l_cc) / (l.. − Σ_c e_cc)

where λ(g) is |g|² for a span and |g| for a gap: a span is one unit that cannot pair with
itself by chance, whereas a gap is just empty characters. Items with one annotator are
excluded (and counted). The continuum of an item is its text (``lengths``), or when no length
is given, the stretch up to the last span end. Spans of one annotator that overlap are cut
where they overlap: the overlap is a segment valued by the combination of labels ("A+B"),
and spans of the same label that overlap merge into one; touching spans stay two units. uα per
label is uα with that label's spans only (all else is gap).

Both are sums over items (:mod:`.sums`), so they bootstrap like α does.
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from .coincidences import coincidence_sums
from .reliability import AgreementError, Support
from .sums import ItemSums, Measure

GAP = ""  # the value of a stretch nobody marked, in the uα domain (code 0)
_NO_SPANS = np.zeros((0, 5), dtype=np.int64)


@dataclass(frozen=True, eq=False)
class SpanData:
    """Spans in long form: who coded which item, and the spans they marked.

    ``coded_item``/``coded_annotator`` list every (item, annotator) that coded an item, spans or
    not, sorted. The spans are sorted by item, annotator, start, end, label; ``length`` is the
    continuum length of each item (its text, in characters).
    """

    coded_item: np.ndarray
    coded_annotator: np.ndarray
    item: np.ndarray
    annotator: np.ndarray
    start: np.ndarray
    end: np.ndarray
    label: np.ndarray
    length: np.ndarray
    items: tuple[Hashable, ...]
    annotators: tuple[Hashable, ...]
    labels: tuple[Hashable, ...]

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[Hashable, Mapping[Hashable, Iterable[tuple[int, int, Hashable]] | None]],
        *,
        lengths: Mapping[Hashable, int] | None = None,
        labels: Iterable[Hashable] | None = None,
        annotators: Iterable[Hashable] = (),
    ) -> SpanData:
        """``item -> {annotator: [(start, end, label), ...] or None}``; see the module docstring.

        Spans with ``end <= start`` mark no character and are ignored. ``labels`` and
        ``annotators`` fix the first codes (data read in parts that must share them).
        """
        items: list[Hashable] = []
        who: dict[Hashable, int] = {a: i for i, a in enumerate(annotators)}
        label_code: dict[Hashable, int] = {}
        if labels is not None:
            for label in labels:
                label_code.setdefault(label, len(label_code))
        coded_item, coded_annotator = [], []
        # flat (item, annotator, start, end, label) runs, as machine integers: one append per
        # value is the cheapest way out of Python objects, and an array holds 8 bytes a value
        # where a list holds a pointer and an int object (36 bytes)
        flat = array("q")
        extend = flat.extend
        for number, (item, coded) in enumerate(data.items()):
            items.append(item)
            for annotator, spans in coded.items():
                if spans is None:
                    continue
                code = who.setdefault(annotator, len(who))
                coded_item.append(number)
                coded_annotator.append(code)
                for start, end, label in spans:
                    label_number = label_code.get(label)
                    if label_number is None:
                        label_number = label_code[label] = len(label_code)
                    extend((number, code, start, end, label_number))
        table = np.frombuffer(flat, dtype=np.int64).reshape(-1, 5) if flat else _NO_SPANS
        table = table[table[:, 3] > table[:, 2]]
        length = np.zeros(len(items), dtype=np.int64)
        if lengths is not None:
            length[:] = [int(lengths.get(item, 0)) for item in items]
        return cls.from_arrays(
            np.asarray(coded_item, dtype=np.int64),
            np.asarray(coded_annotator, dtype=np.int64),
            table,
            length,
            items=tuple(items),
            annotators=tuple(who),
            labels=tuple(label_code),
        )

    @classmethod
    def from_arrays(
        cls,
        coded_item: np.ndarray,
        coded_annotator: np.ndarray,
        table: np.ndarray,
        length: np.ndarray,
        *,
        items: tuple[Hashable, ...],
        annotators: tuple[Hashable, ...],
        labels: tuple[Hashable, ...],
    ) -> SpanData:
        """From arrays: ``table`` rows are (item, annotator, start, end, label) codes."""
        order = np.lexsort((coded_annotator, coded_item))
        coded_item, coded_annotator = coded_item[order], coded_annotator[order]
        if (
            (coded_item[1:] == coded_item[:-1]) & (coded_annotator[1:] == coded_annotator[:-1])
        ).any():
            raise AgreementError("an annotator is listed twice for one item")
        if table.size:
            # sorted by item, annotator, start, end, label; a span marked twice counts once
            table = table[np.lexsort(table.T[::-1])]
            repeated = (table[1:] == table[:-1]).all(axis=1)
            table = table[np.r_[True, ~repeated]]
            if (table[:, 2] < 0).any():
                raise AgreementError("a span starts before the text (negative offset)")
            width = max(len(annotators), 1)
            coded = coded_item * width + coded_annotator
            if not np.isin(table[:, 0] * width + table[:, 1], coded).all():
                raise AgreementError("a span belongs to an annotator who did not code its item")
        length = length.copy()
        if table.size:
            np.maximum.at(length, table[:, 0], table[:, 3])
        return cls(
            coded_item,
            coded_annotator,
            *(np.ascontiguousarray(table[:, k]) for k in range(5)),
            length,
            items,
            annotators,
            labels,
        )

    @property
    def coders_per_item(self) -> np.ndarray:
        return np.bincount(self.coded_item, minlength=len(self.items))

    def support(self) -> Support:
        per_item = self.coders_per_item
        on_pairable = per_item[self.coded_item] >= 2
        return Support(
            items=int(np.count_nonzero(per_item)),
            annotators=int(np.unique(self.coded_annotator[on_pairable]).size),
            pairable_items=int(np.count_nonzero(per_item >= 2)),
            single_items=int(np.count_nonzero(per_item == 1)),
            values=int(np.count_nonzero(per_item[self.item] >= 2)),
        )

    def only(
        self,
        *,
        label: int | None = None,
        items: np.ndarray | None = None,
        drop_annotator: int | None = None,
    ) -> SpanData:
        """A subset: one label's spans (everyone who coded still codes), some items, or all
        but one annotator. Codes and lengths are kept, so results stay comparable."""
        keep_coded = np.ones(self.coded_item.size, dtype=bool)
        keep = np.ones(self.item.size, dtype=bool)
        if label is not None:
            keep &= self.label == label
        if items is not None:
            chosen = np.zeros(len(self.items), dtype=bool)
            chosen[items] = True
            keep &= chosen[self.item]
            keep_coded &= chosen[self.coded_item]
        if drop_annotator is not None:
            keep &= self.annotator != drop_annotator
            keep_coded &= self.coded_annotator != drop_annotator
        return SpanData(
            self.coded_item[keep_coded],
            self.coded_annotator[keep_coded],
            self.item[keep],
            self.annotator[keep],
            self.start[keep],
            self.end[keep],
            self.label[keep],
            self.length,
            self.items,
            self.annotators,
            self.labels,
        )


# -- pairwise F1 ---------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Comparisons:
    """Every (span, other annotator of its item) comparison, with what it found."""

    span: np.ndarray  # index into the SpanData spans
    other: np.ndarray  # the annotator the span is compared with
    exact: np.ndarray  # bool: the other annotator has the same span, same label
    overlap: np.ndarray  # bool: ... has a span of the same label sharing a character


def comparisons(spans: SpanData) -> Comparisons:
    """Compare every span on a pairable item with each other annotator of that item."""
    n_items = len(spans.items)
    n_annotators = max(len(spans.annotators), 1)
    per_item = spans.coders_per_item
    first_coded = np.searchsorted(spans.coded_item, np.arange(n_items))
    # each span against every annotator of its item, then drop the span's own annotator
    m = per_item[spans.item]
    span = np.repeat(np.arange(spans.item.size), m)
    offset = np.arange(span.size) - np.repeat(np.cumsum(m) - m, m)
    other = spans.coded_annotator[first_coded[spans.item][span] + offset]
    keep = other != spans.annotator[span]
    span, other = span[keep], other[keep]

    # exact: the same (item, label, start, end) from the other annotator
    shape_id = _row_ids(spans.item, spans.label, spans.start, spans.end)
    owned = np.unique(shape_id * n_annotators + spans.annotator)
    exact = np.isin(shape_id[span] * n_annotators + other, owned)

    # overlap: some span of the same item and label from the other annotator shares a character
    first, second = overlapping_pairs(spans)
    different = spans.annotator[first] != spans.annotator[second]
    first, second = first[different], second[different]
    found = np.unique(
        np.concatenate(
            [
                first * n_annotators + spans.annotator[second],
                second * n_annotators + spans.annotator[first],
            ]
        )
    )
    overlap = np.isin(span * n_annotators + other, found)
    return Comparisons(span, other, exact, overlap)


def _row_ids(*columns: np.ndarray) -> np.ndarray:
    """The same id for equal rows of the given columns (ids in sorted row order)."""
    if columns[0].size == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort(columns[::-1])
    table = np.stack([c[order] for c in columns], axis=1)
    new = np.r_[True, (table[1:] != table[:-1]).any(axis=1)]
    ids = np.empty(order.size, dtype=np.int64)
    ids[order] = np.cumsum(new) - 1
    return ids


def overlapping_pairs(spans: SpanData) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs of spans with the same item and label that share at least one character.

    Sorted by (item, label, start), a span can only overlap later spans that start before it
    ends, so only those candidates are formed: the work grows with the overlaps, not with the
    square of the spans per item.
    """
    if spans.item.size == 0:
        none = np.zeros(0, dtype=np.int64)
        return none, none
    group = spans.item * max(len(spans.labels), 1) + spans.label
    order = np.lexsort((spans.start, group))
    bound = int(spans.end.max()) + 1
    position = group[order] * bound + spans.start[order]
    reach = np.searchsorted(position, group[order] * bound + spans.end[order], side="left")
    later = reach - np.arange(order.size) - 1
    later = np.maximum(later, 0)
    first = np.repeat(np.arange(order.size), later)
    step = np.arange(first.size) - np.repeat(np.cumsum(later) - later, later) + 1
    return order[first], order[first + step]


def f1_measure(spans: SpanData, *, per_label: bool = False) -> Measure:
    """F1 exact and overlap (two values), or per label (exact for every label, then overlap)."""
    found = comparisons(spans)
    n_labels = max(len(spans.labels), 1)
    label = spans.label[found.span]
    item = spans.item[found.span]
    sums = ItemSums(
        np.concatenate([item, item, item]),
        np.concatenate([label * 3, label * 3 + 1, label * 3 + 2]),
        np.concatenate(
            [found.exact.astype(np.float64), found.overlap.astype(np.float64), np.ones(item.size)]
        ),
        n_labels * 3,
    )

    def finish(total: np.ndarray) -> np.ndarray:
        by_label = total.reshape(n_labels, 3)
        if per_label:
            matched, compared = by_label[:, :2].T, by_label[:, 2]
            with np.errstate(divide="ignore", invalid="ignore"):
                return np.where(compared > 0, matched / compared, np.nan).reshape(-1)
        pooled = by_label.sum(axis=0)
        if pooled[2] == 0:
            return np.array([np.nan, np.nan])
        return pooled[:2] / pooled[2]

    return Measure(sums, finish)


def annotator_f1(spans: SpanData) -> np.ndarray:
    """``(annotators, 2)``: F1 exact and overlap of each annotator against all the others.

    Pools the comparisons of the annotator's spans with the others and of the others' spans
    with the annotator, so it is the F1 of that annotator's pairs together.
    """
    found = comparisons(spans)
    n_annotators = len(spans.annotators)
    owner = spans.annotator[found.span]
    out = np.full((n_annotators, 2), np.nan)
    compared = np.bincount(owner, minlength=n_annotators) + np.bincount(
        found.other, minlength=n_annotators
    )
    for column, hit in enumerate((found.exact, found.overlap)):
        weight = hit.astype(np.float64)
        matched = np.bincount(owner, weights=weight, minlength=n_annotators) + np.bincount(
            found.other, weights=weight, minlength=n_annotators
        )
        with np.errstate(divide="ignore", invalid="ignore"):
            out[:, column] = np.where(compared > 0, matched / compared, np.nan)
    return out


def f1(spans: SpanData) -> tuple[float, float]:
    """Pooled pairwise F1, (exact, overlap); NaN when no span sits on a pairable item."""
    exact, overlap = f1_measure(spans).values()
    return float(exact), float(overlap)


# -- unitized alpha ------------------------------------------------------------------------------


def segments(
    spans: SpanData, combos: dict[tuple[int, ...], int] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, tuple]:
    """Each annotator's valued segments on pairable items, overlaps resolved as documented.

    Returns (item, annotator, start, end, value, domain): value 0 is the gap (never emitted
    here; gaps are implied), values 1.. are the labels, then any label combinations.
    ``combos`` (label codes → value) numbers the combinations; a caller reading the data in
    parts passes the same dict to every part, so a combination keeps its value throughout and
    new ones are added after the others.
    """
    if combos is None:
        combos = {}
    per_item = spans.coders_per_item
    keep = per_item[spans.item] >= 2
    item, who = spans.item[keep], spans.annotator[keep]
    start, end, label = spans.start[keep], spans.end[keep], spans.label[keep]

    def domain() -> tuple:
        names = ("+".join(str(spans.labels[v]) for v in value) for value in combos)
        return (GAP, *spans.labels, *names)

    if item.size == 0:
        return item, who, start, end, label + 1, domain()
    # rows are sorted by (item, annotator, start, end, label); find groups where spans overlap
    group = item * max(len(spans.annotators), 1) + who
    bound = int(end.max()) + 1
    reach = np.maximum.accumulate(group * bound + end)
    clash = np.zeros(item.size, dtype=bool)
    clash[1:] = (group[1:] == group[:-1]) & (group[1:] * bound + start[1:] < reach[:-1])
    if not clash.any():
        return item, who, start, end, label + 1, domain()
    bad = np.isin(group, group[clash])
    out = [(item[~bad], who[~bad], start[~bad], end[~bad], label[~bad] + 1)]
    first_combo = len(spans.labels) + 1
    pieces: list[tuple[int, int, int, int, int]] = []
    rows = np.flatnonzero(bad)
    boundaries = np.flatnonzero(np.r_[True, group[rows][1:] != group[rows][:-1], True])
    for a, b in itertools.pairwise(boundaries):
        chunk = rows[a:b]
        for s, e, value in _cut(start[chunk], end[chunk], label[chunk]):
            if len(value) == 1:
                code = value[0] + 1
            else:
                code = combos.setdefault(value, first_combo + len(combos))
            pieces.append((int(item[chunk[0]]), int(who[chunk[0]]), s, e, code))
    table = np.asarray(pieces, dtype=np.int64).reshape(-1, 5)
    out.append(tuple(table[:, k] for k in range(5)))
    merged = [np.concatenate([part[k] for part in out]) for k in range(5)]
    return (*merged, domain())


def _cut(start: np.ndarray, end: np.ndarray, label: np.ndarray):
    """One annotator's overlapping spans in one item → non-overlapping valued segments."""
    cuts = sorted(set(start.tolist()) | set(end.tolist()))
    current: tuple[int, int, tuple[int, ...]] | None = None
    for left, right in itertools.pairwise(cuts):
        covering = (start <= left) & (end >= right)
        value = tuple(sorted(set(label[covering].tolist())))
        if not value:
            if current:
                yield current
            current = None
            continue
        crossing = bool(((start < left) & (end > left) & covering).any())
        if current and current[2] == value and current[1] == left and crossing:
            current = (current[0], right, value)
        else:
            if current:
                yield current
            current = (left, right, value)
    if current:
        yield current


def unitized_measure(
    spans: SpanData, combos: dict[tuple[int, ...], int] | None = None
) -> tuple[Measure, tuple]:
    """Unitized α (see the module docstring) as a Measure, and its value domain (gap first).

    ``combos`` is shared by the parts of data read in parts (see :func:`segments`); the
    measure's ``grow`` lays out an earlier part's totals for a domain grown since.
    """
    per_item = spans.coders_per_item
    pairable = np.flatnonzero((per_item >= 2) & (spans.length > 0))
    seg_item, _, seg_start, seg_end, seg_value, domain = segments(spans, combos)
    size = len(domain)
    if pairable.size == 0:
        empty = ItemSums.empty(size * size + size)
        return Measure(empty, _unitized_finish(size), _unitized_grow(size)), domain
    # lay the pairable items end to end on one axis
    item_start = np.zeros(len(spans.items), dtype=np.int64)
    item_start[pairable] = np.cumsum(spans.length[pairable]) - spans.length[pairable]
    begin, finish_at = item_start[seg_item] + seg_start, item_start[seg_item] + seg_end
    cuts = np.unique(
        np.concatenate(
            [item_start[pairable], item_start[pairable] + spans.length[pairable], begin, finish_at]
        )
    )
    n_cells = cuts.size - 1
    cell_length = np.diff(cuts).astype(np.float64)
    # which pairable item each cell lies in
    order = np.argsort(item_start[pairable], kind="stable")
    starts_sorted = item_start[pairable][order]
    cell_item = pairable[order][np.searchsorted(starts_sorted, cuts[:-1], side="right") - 1]
    # how many annotators gave each value to each cell: +1 where a segment starts, -1 after
    lo, hi = np.searchsorted(cuts, begin), np.searchsorted(cuts, finish_at)
    delta = np.bincount(
        np.concatenate([lo * size + seg_value, hi * size + seg_value]),
        weights=np.concatenate([np.ones(lo.size), -np.ones(hi.size)]),
        minlength=(n_cells + 1) * size,
    ).reshape(n_cells + 1, size)
    counts = np.cumsum(delta, axis=0)[:n_cells]
    m = per_item[cell_item].astype(np.float64)
    counts[:, 0] = m - counts[:, 1:].sum(axis=1)
    cell, value = np.nonzero(counts)
    o = coincidence_sums(
        cell,
        value,
        counts[cell, value],
        cell_length[cell] / (m[cell] - 1),
        size,
        item_of_unit=cell_item,
    )
    squares = ItemSums(seg_item, seg_value, ((seg_end - seg_start).astype(np.float64)) ** 2, size)
    measure = Measure(ItemSums.join([o, squares]), _unitized_finish(size), _unitized_grow(size))
    return measure, domain


def _unitized_grow(size: int):
    """Totals laid out for a smaller domain → laid out for ``size`` values (the new ones 0)."""

    def grow(total: np.ndarray) -> np.ndarray:
        old = (math.isqrt(4 * total.size + 1) - 1) // 2  # total.size == old² + old
        out = np.zeros(size * size + size)
        out[: size * size].reshape(size, size)[:old, :old] = total[: old * old].reshape(old, old)
        out[size * size : size * size + old] = total[old * old :]
        return out

    return grow


def _unitized_finish(size: int):
    def finish(total: np.ndarray) -> np.ndarray:
        o = total[: size * size].reshape(size, size)
        correction = total[size * size :].copy()
        marginal = o.sum(axis=1)
        whole = marginal.sum()
        correction[0] = marginal[0]  # gaps pair by the character: λ(gap) = its length
        denominator = whole * whole - correction.sum()
        if whole <= 0 or denominator <= 0:
            return np.array([np.nan])
        expected_same = whole * (marginal * marginal - correction) / denominator
        disagreement_expected = whole - expected_same.sum()
        if disagreement_expected <= 0:
            return np.array([np.nan])
        return np.array([1 - (whole - np.trace(o)) / disagreement_expected])

    return finish


def unitized_alpha(spans: SpanData) -> float:
    """Krippendorff's uα over characters; NaN when undefined (no pairable text, no variation)."""
    measure, _ = unitized_measure(spans)
    return float(measure.values()[0])
