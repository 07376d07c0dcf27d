"""Agreement read part by part (what `corpus export` uses) gives the figures of all the data at once.

`corpus export` must not hold a project's answers in memory, so it spills them in parts and
adds up each part's sums. These tests hold it to the in-memory computation of `corpus
agreement`: same figures, same support, same notes, same per-unit values, whatever the size of
the parts, on generated exports with every kind of control (including overlapping spans of
different labels, whose combinations only some parts see, and annotators only some parts have).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.agreement import collect, counted, report_of
from corpus.agreement.streamed import StreamedAgreement
from corpus.agreement.units import unit_values
from corpus.dataset.infer import infer_config
from corpus.errors import CorpusError
from corpus.labelconfig import parse_config
from corpus.lsexport import read_export, task_from_json

from .conftest import LS_EXPORTS, need_shared
from .test_agreement_cli import CONFIG, annotation, choice, rating, sample_export, span, task

TEXT = "Angela Merkel met Siemens in Berlin and São Paulo 😀 today."
WHO = [1, 2, 3, 4, 5, "eve@example.org"]


def streamed(tasks, config, part_size):
    agreement = StreamedAgreement(config, part_size=part_size)
    for one in tasks:
        agreement.add(one, counted(one))
    return agreement.result()


def assert_same(tasks, config, part_size):
    """Part by part equals all at once: every figure, support, note and unit value."""
    expected = collect(tasks, config)
    whole = report_of(expected)
    report, per_unit = streamed(tasks, config, part_size)
    assert [c.name for c in report.controls] == [c.name for c in whole.controls]
    assert (report.tasks, report.annotations, report.cancelled, report.replaced) == (
        whole.tasks,
        whole.annotations,
        whole.cancelled,
        whole.replaced,
    )
    assert report.ground_truth == whole.ground_truth
    assert report.not_measured == whole.not_measured
    for ours, theirs in zip(report.controls, whole.controls, strict=True):
        assert ours.support == theirs.support, ours.name
        assert len(ours.figures) == len(theirs.figures), ours.name
        for a, b in zip(ours.figures, theirs.figures, strict=True):
            assert (a.statistic, a.label, a.support, a.note) == (
                b.statistic,
                b.label,
                b.support,
                b.note,
            ), ours.name
            if b.value is None:
                assert a.value is None, (ours.name, a.statistic)
            else:
                assert a.value == pytest.approx(b.value, rel=1e-9, abs=1e-12), (
                    ours.name,
                    a.statistic,
                )
    for name, data in expected.controls.items():
        items, values = unit_values(data)
        order = np.argsort(np.asarray(items, dtype=np.int64), kind="stable")
        got_items, got_values = per_unit[name]
        assert got_items.tolist() == np.asarray(items, dtype=np.int64)[order].tolist()
        np.testing.assert_allclose(got_values, np.asarray(values)[order], equal_nan=True)


def test_the_sample_export_gives_the_same_figures_in_parts_of_one_two_and_all_tasks():
    tasks = [task_from_json(t) for t in sample_export()]
    config = parse_config(CONFIG)
    for part_size in (1, 2, 100):
        assert_same(tasks, config, part_size)


def test_a_label_combination_and_an_annotator_pair_first_seen_in_a_later_part_are_counted():
    # part 1 (tasks 1-2): no overlapping spans, annotators 1 and 2 only;
    # part 2 (task 3): annotator 3 appears, and marks PER and ORG over the same words
    tasks = [
        task(1, TEXT, annotation(1, 1, span(0, 13, "PER"), choice("stance", "pro")),
             annotation(2, 2, span(0, 13, "PER"), choice("stance", "pro"))),
        task(2, TEXT, annotation(3, 1, span(18, 25, "ORG"), choice("stance", "contra")),
             annotation(4, 2, span(18, 25, "PER"), choice("stance", "pro"))),
        task(3, TEXT, annotation(5, 3, span(0, 13, "PER"), span(7, 25, "ORG"),
                                 choice("stance", "pro")),
             annotation(6, 1, span(0, 13, "PER"), choice("stance", "neutral")),
             annotation(7, 2, span(7, 25, "ORG"), choice("stance", "pro"))),
    ]  # fmt: skip
    tasks = [task_from_json(t) for t in tasks]
    config = parse_config(CONFIG)
    assert_same(tasks, config, part_size=2)
    report, _ = streamed(tasks, config, 2)
    label = next(c for c in report.controls if c.name == "label")
    assert next(f for f in label.figures if f.statistic == "u_alpha").value is not None


def test_span_texts_are_found_in_every_part_when_the_text_object_names_no_field():
    # the text's length then comes from the results' toName; a part that begins with a task
    # nobody marked must still know it (else the task drops out of uα)
    config = parse_config(CONFIG.replace('value="$text"', 'value="Read this:"'))
    tasks = [
        task(1, TEXT, annotation(1, 1, span(0, 13, "PER")), annotation(2, 2, span(0, 6, "PER"))),
        task(2, TEXT, annotation(3, 1, choice("stance", "pro")),
             annotation(4, 2, choice("stance", "pro"))),
    ]  # fmt: skip
    assert_same([task_from_json(t) for t in tasks], config, part_size=1)


def test_a_task_listed_twice_counts_once_by_its_later_copy_whatever_the_parts():
    tasks = [
        task(1, TEXT, annotation(1, 1, choice("stance", "pro")),
             annotation(2, 2, choice("stance", "contra"))),
        task(2, TEXT, annotation(3, 1, choice("stance", "pro")),
             annotation(4, 2, choice("stance", "pro"))),
        task(1, TEXT, annotation(5, 1, choice("stance", "pro")),
             annotation(6, 2, choice("stance", "pro")), annotation(7, 3, choice("stance", "pro"))),
    ]  # fmt: skip
    tasks = [task_from_json(t) for t in tasks]
    for part_size in (1, 2, 3):
        assert_same(tasks, parse_config(CONFIG), part_size)


def test_an_export_with_no_annotations_gives_undefined_figures_not_an_error():
    tasks = [task_from_json(task(i, TEXT)) for i in (1, 2, 3)]
    assert_same(tasks, parse_config(CONFIG), part_size=2)


def test_every_real_export_gives_the_same_figures_in_parts():
    compared = 0
    for path in sorted(need_shared(LS_EXPORTS).rglob("*.json")):
        try:
            tasks = list(read_export(path))
            config = infer_config(tasks).config
        except CorpusError:
            continue  # not a full export, or no results to measure: nothing to compare
        assert_same(tasks, config, part_size=3)
        compared += 1
    assert compared >= 3


# -- generated exports -----------------------------------------------------------------------------

_SPAN = st.tuples(
    st.integers(0, len(TEXT) - 1), st.integers(1, 12), st.sampled_from(["PER", "ORG", "ORG"])
).map(lambda s: span(s[0], min(s[0] + s[1], len(TEXT)), s[2]))
_RESULTS = st.tuples(
    st.none() | st.sampled_from(["pro", "contra", "neutral"]),
    st.none() | st.sets(st.sampled_from(["economy", "health", "war"]), max_size=3),
    st.lists(_SPAN, max_size=3),
    st.none() | st.integers(1, 5),
)


@st.composite
def exports(draw):
    out = []
    annotation_id = 0
    for task_id in range(1, draw(st.integers(1, 9)) + 1):
        anns = []
        for who in draw(st.lists(st.sampled_from(WHO), max_size=4)):
            annotation_id += 1
            stance, topics, spans, score = draw(_RESULTS)
            results = [*spans]
            if stance is not None:
                results.append(choice("stance", stance))
            if topics is not None:
                results.append(choice("topics", *sorted(topics)))
            if score is not None:
                results.append(rating(score))
            skipped = draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans())
            anns.append(annotation(annotation_id, who, *results, was_cancelled=skipped))
        out.append(task(task_id, TEXT, *anns, doc=f"doc-{task_id % 3}"))
    return out


@settings(max_examples=120, deadline=None)
@given(exports(), st.integers(1, 4))
def test_generated_exports_give_the_same_figures_in_parts_of_any_size(raw, part_size):
    tasks = [task_from_json(t) for t in raw]
    assert_same(tasks, parse_config(CONFIG), part_size)
