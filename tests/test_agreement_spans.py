"""Span agreement: pairwise F1 and Krippendorff's unitized α over characters.

No package computes uα, so it is checked three ways: against cases worked out by hand from the
definition (Krippendorff 2019 §12.6; Krippendorff, Mathet, Bouvry & Widlöcher 2016), against a
literal, loop-by-loop transcription of that definition on generated data, and for properties
the definition implies (perfect agreement gives 1; items with one annotator change nothing).
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.agreement.span_agreement import (
    SpanData,
    annotator_f1,
    f1,
    f1_measure,
    segments,
    unitized_alpha,
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def ua(data, lengths=None):
    return unitized_alpha(SpanData.from_mapping(data, lengths=lengths))


# -- unitized alpha by hand ----------------------------------------------------------------------


def test_unitized_alpha_of_two_annotators_who_differ_by_one_character():
    # text of 10 characters; A marks X on [0, 5), B on [0, 4).
    # observed (both orders, m - 1 = 1): XX 4+4, X∅ 1, ∅X 1, ∅∅ 5+5  -> l.. = 20, diagonal 18
    # λ: spans 5² + 4² = 41, gaps 5 + 6 = 11; l_X. = 9, l_∅. = 11
    # e_XX = 20 (81 - 41) / (400 - 52), e_∅∅ = 20 (121 - 11) / 348
    # uα = 1 - (20 - 18) / (20 - 3000/348) = 136/165
    value = ua({"t": {"A": [(0, 5, "X")], "B": [(0, 4, "X")]}}, {"t": 10})
    assert value == pytest.approx(float(Fraction(136, 165)), abs=1e-12)


def test_unitized_alpha_is_one_when_everyone_marks_the_same_spans():
    spans = [(2, 6, "X"), (8, 9, "Y")]
    assert ua({"t": {"A": spans, "B": spans, "C": spans}}, {"t": 12}) == pytest.approx(1.0)


def test_unitized_alpha_with_three_annotators_one_of_whom_marks_nothing():
    # text of 4; A and B mark X on [0, 2), C marks nothing; m - 1 = 2
    # per character 0-1: values X, X, ∅ -> XX 2, X∅ 2, ∅X 2 (ordered pairs), weight 1/2 each char
    #   two characters: l_XX = 2, l_X∅ = l_∅X = 2; characters 2-3: all ∅ -> l_∅∅ = 2 * 6 / 2 = 6
    # l.. = 12, l_X. = 4, l_∅. = 8; λ: spans 2² + 2² = 8, gaps 2 + 2 + 4 = 8 (= l_∅.)
    # e_XX = 12 (16 - 8) / (144 - 16) = 96/128, e_∅∅ = 12 (64 - 8) / 128 = 672/128
    # uα = 1 - (12 - 8) / (12 - 768/128) = 1 - 4/6 = 1/3
    value = ua({"t": {"A": [(0, 2, "X")], "B": [(0, 2, "X")], "C": []}}, {"t": 4})
    assert value == pytest.approx(1 / 3, abs=1e-12)


def test_an_item_coded_by_one_annotator_changes_nothing_and_is_counted():
    base = {"t": {"A": [(0, 5, "X")], "B": [(0, 4, "X")]}}
    more = {**base, "lonely": {"C": [(0, 3, "Y")]}}
    assert ua(more, {"t": 10, "lonely": 7}) == ua(base, {"t": 10})
    assert SpanData.from_mapping(more).support().single_items == 1


def test_without_a_text_length_the_continuum_ends_at_the_last_span():
    data = {"t": {"A": [(0, 5, "X")], "B": [(0, 4, "X")]}}
    assert ua(data) == ua(data, {"t": 5})


def test_overlapping_spans_of_one_annotator_become_a_combined_segment():
    data = SpanData.from_mapping({"t": {"A": [(0, 6, "X"), (4, 9, "Y")], "B": []}})
    _, _, start, end, value, domain = segments(data)
    pieces = sorted(zip(start.tolist(), end.tolist(), [domain[v] for v in value], strict=True))
    assert pieces == [(0, 4, "X"), (4, 6, "X+Y"), (6, 9, "Y")]


def test_overlapping_spans_of_one_label_merge_but_touching_ones_stay_two_units():
    data = SpanData.from_mapping({"t": {"A": [(0, 4, "X"), (2, 6, "X"), (6, 8, "X")], "B": []}})
    _, _, start, end, _, _ = segments(data)
    assert sorted(zip(start.tolist(), end.tolist(), strict=True)) == [(0, 6), (6, 8)]


# -- unitized alpha against a literal transcription of the definition ----------------------------


def literal_unitized_alpha(data, lengths):
    """uα written out as in the definition: segment by segment, pair of annotators by pair."""
    observed: dict[tuple[str, str], Fraction] = {}
    squares: dict[str, Fraction] = {}
    for item, coded in data.items():
        coders = [c for c, spans in coded.items() if spans is not None]
        if len(coders) < 2:
            continue
        length = max([lengths.get(item, 0)] + [e for c in coders for _, e, _ in coded[c]])
        partitions = {}
        for c in coders:
            pieces, cursor = [], 0
            for s, e, label in sorted(coded[c]):
                if s > cursor:
                    pieces.append((cursor, s, ""))
                pieces.append((s, e, label))
                cursor = e
            if cursor < length:
                pieces.append((cursor, length, ""))
            partitions[c] = pieces
            for s, e, label in pieces:
                squares[label] = squares.get(label, 0) + (e - s if label == "" else (e - s) ** 2)
        for i in coders:
            for j in coders:
                if i == j:
                    continue
                for gs, ge, gv in partitions[i]:
                    for hs, he, hv in partitions[j]:
                        common = min(ge, he) - max(gs, hs)
                        if common > 0:
                            observed[gv, hv] = observed.get((gv, hv), 0) + Fraction(
                                common, len(coders) - 1
                            )
    values = sorted({v for pair in observed for v in pair})
    row = {c: sum(observed.get((c, k), 0) for k in values) for c in values}
    whole = sum(row.values())
    if not whole:
        return math.nan
    denominator = whole * whole - sum(squares.get(v, 0) for v in values)
    if denominator <= 0:
        return math.nan
    expected_same = sum(whole * (row[c] * row[c] - squares.get(c, 0)) / denominator for c in values)
    if whole - expected_same <= 0:
        return math.nan
    return float(
        1 - (whole - sum(observed.get((c, c), 0) for c in values)) / (whole - expected_same)
    )


@st.composite
def span_data(draw, max_items=6, labels=("X", "Y", "Z")):
    """item -> {annotator: non-overlapping spans or None}, and text lengths."""
    data, lengths = {}, {}
    for item in range(draw(st.integers(1, max_items))):
        length = draw(st.integers(1, 30))
        coded = {}
        for annotator in ("a", "b", "c", "d")[: draw(st.integers(1, 4))]:
            if draw(st.booleans()) and draw(st.booleans()):
                coded[annotator] = None
                continue
            cuts = sorted(draw(st.sets(st.integers(0, length), max_size=6)))
            spans = []
            for s, e in zip(cuts[::2], cuts[1::2], strict=False):
                if e > s:
                    spans.append((s, e, draw(st.sampled_from(labels))))
            coded[annotator] = spans
        data[f"t{item}"] = coded
        lengths[f"t{item}"] = length
    return data, lengths


@SETTINGS
@given(case=span_data())
def test_unitized_alpha_equals_the_literal_definition(case):
    data, lengths = case
    ours, reference = ua(data, lengths), literal_unitized_alpha(data, lengths)
    if math.isnan(reference):
        assert math.isnan(ours)
    else:
        assert ours == pytest.approx(reference, abs=1e-9)


# -- pairwise F1 ---------------------------------------------------------------------------------


def test_exact_f1_of_one_pair_is_twice_the_matches_over_both_counts():
    data = SpanData.from_mapping(
        {"t": {"A": [(0, 3, "X"), (5, 7, "X")], "B": [(0, 3, "X"), (5, 8, "X"), (9, 10, "Y")]}}
    )
    exact, overlap = f1(data)
    assert exact == pytest.approx(2 * 1 / (2 + 3))
    assert overlap == pytest.approx((2 + 2) / (2 + 3))  # A: 2 of 2 found; B: 2 of 3 found


def test_a_span_with_another_label_is_no_match_even_with_the_same_offsets():
    data = SpanData.from_mapping({"t": {"A": [(0, 3, "X")], "B": [(0, 3, "Y")]}})
    assert f1(data) == (0.0, 0.0)
    per_label = f1_measure(data, per_label=True).values()
    assert per_label.tolist() == [0.0, 0.0, 0.0, 0.0]


def test_an_annotator_who_marked_nothing_lowers_the_f1_of_the_others():
    data = SpanData.from_mapping({"t": {"A": [(0, 3, "X")], "B": [(0, 3, "X")], "C": []}})
    # A's span: found by B, not by C; B's likewise -> 2 of 4 comparisons
    assert f1(data) == (0.5, 0.5)
    per_annotator = annotator_f1(data)
    assert per_annotator[2].tolist() == [0.0, 0.0]  # C found nothing and was found by none


def literal_f1(data):
    found_exact = found_overlap = compared = 0
    for coded in data.values():
        coders = [c for c, spans in coded.items() if spans is not None]
        for a in coders:
            for b in coders:
                if a == b:
                    continue
                for s, e, label in set(coded[a]):
                    compared += 1
                    found_exact += (s, e, label) in set(coded[b])
                    found_overlap += any(
                        lb == label and min(e, eb) > max(s, sb) for sb, eb, lb in coded[b]
                    )
    if not compared:
        return math.nan, math.nan
    return found_exact / compared, found_overlap / compared


@st.composite
def overlapping_span_data(draw):
    data = {}
    for item in range(draw(st.integers(1, 5))):
        coded = {}
        for annotator in ("a", "b", "c")[: draw(st.integers(1, 3))]:
            spans = draw(
                st.lists(
                    st.tuples(st.integers(0, 20), st.integers(1, 8), st.sampled_from("XY")),
                    max_size=5,
                )
            )
            coded[annotator] = [(s, s + n, label) for s, n, label in spans]
        data[item] = coded
    return data


@SETTINGS
@given(data=overlapping_span_data())
def test_f1_equals_comparing_every_span_with_every_other_annotator_one_by_one(data):
    ours = f1(SpanData.from_mapping(data))
    reference = literal_f1(data)
    for mine, theirs in zip(ours, reference, strict=True):
        if math.isnan(theirs):
            assert math.isnan(mine)
        else:
            assert mine == pytest.approx(theirs, abs=1e-12)
