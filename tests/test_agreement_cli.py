"""`corpus agreement` on exports: which annotations count, what is printed, and the real exports.

The real Label Studio exports in ../shared are read here twice: once through corpus, once by a
few lines of plain JSON reading in the test, and the figures must equal the reference packages
on the latter, so a misreading of the export cannot hide behind a correct statistic.
"""

from __future__ import annotations

import json
import math
import warnings

import krippendorff
import numpy as np
import pytest
from click.testing import CliRunner
from sklearn.metrics import cohen_kappa_score

from corpus.agreement import (
    Options,
    SpanData,
    collect,
    control_agreement,
    f1,
    measure_export,
    unitized_alpha,
    units_agreement,
)
from corpus.cli import cli
from corpus.lsexport import read_export

from .conftest import LS_EXPORTS, need_shared
from .test_agreement_spans import literal_f1, literal_unitized_alpha

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="stance" toName="text" choice="single">
    <Choice value="pro"/><Choice value="contra"/><Choice value="neutral"/>
  </Choices>
  <Choices name="topics" toName="text" choice="multiple">
    <Choice value="economy"/><Choice value="health"/><Choice value="war"/>
  </Choices>
  <Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
  <Rating name="quality" toName="text" maxRating="5"/>
  <TextArea name="note" toName="text"/>
</View>"""


def choice(name, *values):
    return {
        "from_name": name,
        "to_name": "text",
        "type": "choices",
        "value": {"choices": list(values)},
    }


def span(start, end, label):
    return {
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "labels": [label]},
    }


def rating(value):
    return {"from_name": "quality", "to_name": "text", "type": "rating", "value": {"rating": value}}


def note(text):
    return {"from_name": "note", "to_name": "text", "type": "textarea", "value": {"text": [text]}}


def annotation(id, who, *results, **extra):
    return {
        "id": id,
        "completed_by": who,
        "result": list(results),
        "was_cancelled": False,
        "ground_truth": False,
        **extra,
    }


def task(id, text, *annotations, **extra):
    return {
        "id": id,
        "data": {"text": text, "doc_id": extra.pop("doc", "doc-a")},
        "annotations": list(annotations),
        "drafts": [],
        "predictions": [],
        **extra,
    }


TEXT = "Angela Merkel met Siemens in Berlin."


def sample_export():
    """Three annotators (one known only by e-mail), a skip with results, a draft, a lone task."""
    email = {"id": None, "email": "carol@example.org", "first_name": "Carol"}
    return [
        task(
            1,
            TEXT,
            annotation(
                1,
                1,
                choice("stance", "pro"),
                choice("topics", "economy"),
                span(0, 13, "PER"),
                span(18, 25, "ORG"),
                rating(4),
                note("fine"),
            ),
            annotation(
                2,
                2,
                choice("stance", "pro"),
                choice("topics", "economy", "war"),
                span(0, 13, "PER"),
                span(18, 26, "ORG"),
                rating(5),
                ground_truth=True,
            ),
            annotation(3, email, choice("stance", "contra"), span(7, 13, "PER"), rating(2)),
            # a skip that still carries results: never counted
            annotation(4, 4, choice("stance", "neutral"), span(0, 5, "ORG"), was_cancelled=True),
            drafts=[{"id": 9, "user": "dan@example.org", "result": [choice("stance", "neutral")]}],
        ),
        task(
            2,
            TEXT,
            annotation(5, 1, choice("stance", "contra"), choice("topics", "health"), rating(3)),
            annotation(
                6,
                2,
                choice("stance", "contra"),
                choice("topics", "health"),
                span(29, 35, "ORG"),
                rating(3),
            ),
            doc="doc-b",
        ),
        task(3, TEXT, annotation(7, 1, choice("stance", "neutral"), rating(1)), doc="doc-b"),
    ]


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(sample_export()), encoding="utf-8")
    (tmp_path / "config.xml").write_text(CONFIG, encoding="utf-8")
    return path


def run(*args):
    result = CliRunner().invoke(cli, ["agreement", *map(str, args)], catch_exceptions=False)
    return result


def figures_of(report_json, control):
    (found,) = [c for c in report_json["controls"] if c["control"] == control]
    return {(f["statistic"], f["label"]): f for f in found["figures"]}


def test_every_control_gets_the_figures_of_its_kind(export):
    result = run(export, "--json", "--config", export.parent / "config.xml")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {c["control"]: c["kind"] for c in report["controls"]} == {
        "stance": "choice",
        "topics": "sets",
        "label": "spans",
        "quality": "rating",
    }
    assert set(figures_of(report, "stance")) == {
        ("percent_agreement", None),
        ("alpha_nominal", None),
        ("fleiss_kappa", None),
        ("cohen_kappa", None),
    }
    assert ("alpha_masi", None) in figures_of(report, "topics")
    assert ("alpha_binary", "war") in figures_of(report, "topics")
    assert set(figures_of(report, "label")) == {
        ("f1_exact", None),
        ("f1_overlap", None),
        ("u_alpha", None),
    }
    assert set(figures_of(report, "quality")) == {("alpha_ordinal", None), ("alpha_interval", None)}
    assert "note" in report["not_measured"]


def test_skips_drafts_and_predictions_never_count_and_ground_truth_does(export):
    report = json.loads(run(export, "--json").stdout)
    assert report["annotations"] == 6  # 3 + 2 + 1; the skip of task 1 is left out
    assert report["cancelled"] == 1
    assert report["ground_truth"] == 1
    stance = figures_of(report, "stance")[("alpha_nominal", None)]
    # stance as coded by the counted annotations only: task 1 pro, pro, contra; task 2 contra x2
    reference = krippendorff.alpha(
        [[0, 1, np.nan], [0, 1, np.nan], [1, np.nan, np.nan]], level_of_measurement="nominal"
    )
    assert stance["value"] == pytest.approx(reference, abs=1e-9)
    assert stance["pairable_items"] == 2 and stance["single_items"] == 1
    assert stance["annotators"] == 3 and stance["values"] == 5


def test_fleiss_kappa_is_withheld_with_a_reason_when_the_number_of_annotators_varies(export):
    stance = figures_of(json.loads(run(export, "--json").stdout), "stance")
    fleiss = stance[("fleiss_kappa", None)]
    assert fleiss["value"] is None
    assert "same number of annotators" in fleiss["note"]


def test_interval_alpha_of_the_ratings_equals_the_package(export):
    quality = figures_of(json.loads(run(export, "--json").stdout), "quality")
    matrix = [[4, 3, 1], [5, 3, np.nan], [2, np.nan, np.nan]]
    for level in ("ordinal", "interval"):
        expected = krippendorff.alpha(matrix, level_of_measurement=level)
        assert quality[(f"alpha_{level}", None)]["value"] == pytest.approx(expected, abs=1e-9)


def test_an_annotator_known_only_by_email_is_never_shown_by_it(export):
    result = run(export, "--json", "--by", "annotator")
    assert "carol@example.org" not in result.stdout + result.stderr
    assert "Carol" not in result.stdout
    keys = {g["key"] for c in json.loads(result.stdout)["controls"] for g in c["groups"]}
    assert {1, 2} <= keys and any(str(k).startswith("anon-") for k in keys)


def test_the_table_goes_to_stdout_and_the_notes_to_stderr(export):
    result = run(export, "--config", export.parent / "config.xml", "-q")
    assert result.exit_code == 0
    assert (
        "stance (choice): 2 items coded by 2+ annotators, 1 coded once (excluded)" in result.stdout
    )
    assert "unitized α" in result.stdout and "Fleiss' κ" in result.stdout
    assert "not measured: note" in result.stderr
    assert "not measured" not in result.stdout


def test_bootstrap_intervals_are_the_same_on_every_run_with_the_same_seed(export):
    first = run(export, "--json", "--bootstrap", "300", "--seed", "5").stdout
    again = run(export, "--json", "--bootstrap", "300", "--seed", "5").stdout
    other = run(export, "--json", "--bootstrap", "300", "--seed", "6").stdout
    assert first == again
    assert first != other
    report = json.loads(first)
    assert report["bootstrap"] == {"replicates": 300, "seed": 5, "confidence": 0.95}
    spans = figures_of(report, "label")[("f1_overlap", None)]
    low, high = spans["ci"]
    assert low <= spans["value"] <= high


def test_grouping_by_document_and_label_gives_figures_per_group(export):
    report = json.loads(run(export, "--json", "--by", "document", "--by", "label").stdout)
    (stance,) = [c for c in report["controls"] if c["control"] == "stance"]
    documents = {g["key"]: g for g in stance["groups"] if g["by"] == "document"}
    assert set(documents) == {"doc-a", "doc-b"}
    assert documents["doc-b"]["single_items"] == 1
    labels = {g["key"] for g in stance["groups"] if g["by"] == "label"}
    assert labels == {"pro", "contra", "neutral"}


def test_a_file_that_is_not_an_export_fails_with_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("this is not json", encoding="utf-8")
    result = run(bad)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unknown_grouping_is_a_usage_error(export):
    assert run(export, "--by", "colour").exit_code == 2


def test_units_get_their_own_agreement_for_the_dataset(export):
    units = units_agreement(collect(read_export(export)))
    stance = {u.control: u for u in units[1]}["stance"]
    assert (stance.annotators, stance.value, stance.majority) == (3, pytest.approx(2 / 3), "pro")
    alone = {u.control: u for u in units[3]}["stance"]
    assert alone.value is None and alone.annotators == 1
    spans = {u.control: u for u in units[2]}["label"]
    assert spans.statistic == "f1_overlap" and spans.value == 0.0  # one marked ORG, one nothing


# -- the real exports ----------------------------------------------------------------------------


def raw_tasks(name):
    return json.loads(need_shared(LS_EXPORTS / name).read_text(encoding="utf-8"))


def counted_by_hand(task):
    """The annotations that count, read straight from the JSON: not cancelled."""
    out = {}
    for a in task["annotations"]:
        if a.get("was_cancelled"):
            continue
        who = a["completed_by"]["id"] if isinstance(a["completed_by"], dict) else a["completed_by"]
        out[who] = a["result"]
    return out


LEOKA = ["LEOKA_team_8.tasks_0-9.json", "LEOKA_team_4.tasks_16-22.json"]


@pytest.mark.parametrize("name", LEOKA)
def test_taxonomy_alphas_on_a_real_export_equal_the_package(name):
    tasks = raw_tasks(name)
    sets_by_task = {
        t["id"]: {
            who: frozenset(
                " / ".join(path)
                for r in results
                if r["type"] == "taxonomy"
                for path in r["value"]["taxonomy"]
            )
            for who, results in counted_by_hand(t).items()
        }
        for t in tasks
    }
    annotators = sorted({w for coded in sets_by_task.values() for w in coded})
    labels = sorted(
        {label for coded in sets_by_task.values() for s in coded.values() for label in s}
    )
    report = measure_export(LS_EXPORTS / name)
    (category,) = [c for c in report.controls if c.name == "Category"]
    binary = {f.label: f.value for f in category.figures if f.statistic == "alpha_binary"}
    for label in labels:
        matrix = [
            [float(label in coded[w]) if w in coded else np.nan for coded in sets_by_task.values()]
            for w in annotators
        ]
        try:
            expected = krippendorff.alpha(matrix, level_of_measurement="nominal")
        except ValueError:
            expected = math.nan
        if math.isnan(expected):
            assert binary[label] is None
        else:
            assert binary[label] == pytest.approx(expected, abs=1e-9)
        # Cohen's κ of every pair, on the items both coded, against sklearn
        for i, a in enumerate(annotators):
            for b in annotators[i + 1 :]:
                both = [c for c in sets_by_task.values() if a in c and b in c]
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    sk = cohen_kappa_score(
                        [label in c[a] for c in both], [label in c[b] for c in both]
                    )
                from corpus.agreement import Ratings, pairwise_cohen
                from corpus.agreement.kappa import pair_annotators

                ratings = Ratings.from_mapping(
                    {k: {w: label in s for w, s in c.items()} for k, c in sets_by_task.items()}
                )
                pairs = [tuple(ratings.annotators[x] for x in p) for p in pair_annotators(ratings)]
                ours = pairwise_cohen(ratings)[pairs.index((a, b) if (a, b) in pairs else (b, a))]
                assert (math.isnan(ours) and math.isnan(sk)) or ours == pytest.approx(sk, abs=1e-9)


@pytest.mark.parametrize("name", LEOKA)
def test_span_figures_on_a_real_export_equal_the_literal_definitions(name):
    tasks = raw_tasks(name)
    data, lengths = {}, {}
    for t in tasks:
        coded = {}
        for who, results in counted_by_hand(t).items():
            spans = sorted(
                (r["value"]["start"], r["value"]["end"], label)
                for r in results
                if r["type"] == "labels"
                for label in r["value"]["labels"]
            )
            kept, reach = [], 0  # the literal uα takes no overlapping spans: drop the later ones
            for s, e, label in spans:
                if s >= reach:
                    kept.append((s, e, label))
                    reach = e
            coded[who] = kept
        data[t["id"]] = coded
        lengths[t["id"]] = len(t["data"]["text"])
    spans = SpanData.from_mapping(data, lengths=lengths)
    assert unitized_alpha(spans) == pytest.approx(literal_unitized_alpha(data, lengths), abs=1e-9)
    assert f1(spans) == pytest.approx(literal_f1(data), abs=1e-12)


@pytest.mark.parametrize(
    "name",
    [
        "CGunal7_movie_reviews_annotations.json",
        "nerine_label_studio_export.json",
        "ABSA_hotel_label_studio.JSON_MIN.first150.json",
    ],
)
def test_an_export_with_one_annotator_per_task_says_there_is_nothing_to_compare(name):
    report = measure_export(need_shared(LS_EXPORTS / name))
    assert report.controls
    for control in report.controls:
        assert control.support.pairable_items == 0
        assert control.support.single_items > 0
        for figure in control.figures:
            assert figure.value is None
            assert figure.note == "no item was coded by two annotators"


def test_a_real_export_with_a_skip_that_carries_results_leaves_it_out():
    path = need_shared(LS_EXPORTS / LEOKA[0])
    collected = collect(read_export(path))
    first = raw_tasks(LEOKA[0])[0]
    skipped = {a["completed_by"]["id"] for a in first["annotations"] if a["was_cancelled"]}
    coded = set(collected.controls["label"].values[first["id"]])
    assert skipped and not (skipped & coded)
    assert (
        control_agreement(collected.controls["label"], options=Options()).support.single_items == 1
    )
