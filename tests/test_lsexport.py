"""Reading Label Studio exports: every shape Label Studio writes, one task at a time."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from corpus import bounded
from corpus.lsexport import (
    JSON_MIN_LACKS,
    Export,
    ExportError,
    min_keys_that_are_controls,
    read_export,
)

from .conftest import SHARED, need_shared

SAMPLE = SHARED / "notes" / "label-studio-export-sample.json"
LS_REAL = SHARED / "realworld" / "labelstudio"


def write(tmp_path, payload, name="export.json"):
    path = tmp_path / name
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


def annotation(id, who, result, **extra):
    return {"id": id, "completed_by": who, "result": result, **extra}


def span(start, end, text, label, name="label"):
    return {
        "from_name": name,
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": text, "labels": [label]},
    }


def test_the_sample_export_gives_every_task_annotation_and_draft():
    export = Export(need_shared(SAMPLE))
    tasks = list(export)
    assert export.format == "json"
    assert len(tasks) == 11
    assert sum(len(t.annotations) for t in tasks) == 11
    assert sum(len(t.drafts) for t in tasks) == 1
    skipped = [a for t in tasks for a in t.annotations if a.was_cancelled]
    assert len(skipped) == 1 and skipped[0].results == ()


def test_a_draft_is_credited_to_the_user_id_in_created_username_not_only_an_email():
    tasks = list(read_export(need_shared(SAMPLE)))
    (draft,) = [d for t in tasks for d in t.drafts]
    assert draft.kind == "draft"
    assert draft.annotator == 1
    assert draft.annotator_email == "admin@example.com"


def test_predictions_named_by_id_only_are_listed_as_missing_not_dropped_silently():
    tasks = {t.id: t for t in read_export(need_shared(SAMPLE))}
    assert tasks[1].missing_predictions == (1,)
    assert tasks[1].predictions == ()


def test_a_prediction_named_by_id_is_filled_in_from_the_annotation_that_embeds_it():
    tasks = list(read_export(need_shared(LS_REAL / "nerine_label_studio_export.json")))
    assert all(len(t.predictions) == 1 and not t.missing_predictions for t in tasks)
    prediction = tasks[0].predictions[0]
    assert prediction.kind == "prediction" and prediction.annotator is None
    assert prediction.model_version == "llm-preannotation-v1-cleaned"
    assert tasks[0].annotations[0].parent == prediction.id


def test_span_offsets_are_read_as_code_points_into_the_task_text():
    tasks = {t.id: t for t in read_export(need_shared(SAMPLE))}
    emoji = tasks[3]
    spans = [r for r in emoji.annotations[0].results if r.is_span]
    assert (spans[0].start, spans[0].end, spans[0].labels) == (6, 7, ("EMOJI",))
    for result in spans:
        assert emoji.data["text"][result.start : result.end] == result.text


def test_an_expanded_completed_by_gives_the_id_and_keeps_the_email_apart():
    tasks = list(read_export(need_shared(LS_REAL / "LEOKA_team_4.tasks_16-22.json")))
    first = tasks[0].annotations[0]
    assert first.annotator == 19175
    assert first.annotator_email == "annotator1@example.edu"


def test_cancelled_annotations_keep_their_results():
    tasks = list(read_export(need_shared(LS_REAL / "LEOKA_team_8.tasks_0-9.json")))
    cancelled = [a for a in tasks[0].annotations if a.was_cancelled]
    assert sorted(len(a.results) for a in cancelled) == [5, 25]


def test_taxonomy_answers_read_as_label_paths():
    tasks = list(read_export(need_shared(LS_REAL / "LEOKA_team_4.tasks_16-22.json")))
    taxonomy = next(r for r in tasks[0].annotations[0].results if r.type == "taxonomy")
    assert "Killed / Feloniously Killed" in taxonomy.labels


def test_an_expanded_snapshot_keeps_full_predictions_and_annotator_names(tmp_path):
    path = write(
        tmp_path,
        [
            {
                "id": 7,
                "data": {"text": "Bob"},
                "annotations": [
                    annotation(
                        1,
                        {"id": 4, "email": "b@x.org", "first_name": "Bo", "last_name": "B"},
                        [span(0, 3, "Bob", "PER")],
                        ground_truth=True,
                        lead_time=2,
                    )
                ],
                "predictions": [
                    {
                        "id": 9,
                        "model_version": "m1",
                        "score": 0.5,
                        "result": [span(0, 3, "Bob", "ORG")],
                    }
                ],
                "agreement": 50,
            }
        ],
    )
    (task,) = read_export(path)
    (ann,) = task.annotations
    assert (ann.annotator, ann.annotator_email, ann.annotator_name) == (4, "b@x.org", "Bo B")
    assert ann.ground_truth and ann.lead_time == 2.0
    (pred,) = task.predictions
    assert (pred.model_version, pred.score, pred.results[0].labels) == ("m1", 0.5, ("ORG",))
    assert task.agreement == 50.0


def test_relations_have_no_control_name_and_keep_their_ends(tmp_path):
    relation = {"from_id": "a", "to_id": "b", "type": "relation", "direction": "right"}
    path = write(
        tmp_path, [{"id": 1, "data": {"text": "x"}, "annotations": [annotation(1, 2, [relation])]}]
    )
    (result,) = next(read_export(path)).annotations[0].results
    assert (result.type, result.from_name, result.extra["to_id"]) == ("relation", "", "b")


def test_json_min_rows_of_one_task_become_one_task_with_an_annotation_each(tmp_path):
    rows = [
        {
            "text": "Bob at ACME",
            "id": 1,
            "stance": "pro",
            "annotator": 2,
            "annotation_id": 10,
            "label": [{"start": 0, "end": 3, "text": "Bob", "labels": ["PER"]}],
            "lead_time": 1.5,
        },
        {
            "text": "Bob at ACME",
            "id": 1,
            "stance": {"choices": ["pro", "contra"]},
            "annotator": "c@x.org",
            "annotation_id": 11,
        },
        {"text": "nothing", "id": 2},
    ]
    export = Export(write(tmp_path, rows), min_controls={"stance": "choices", "label": "labels"})
    first, second = list(export)
    assert export.format == "json_min"
    assert first.data == {"text": "Bob at ACME"}
    one, two = first.annotations
    assert [r.labels for r in one.results] == [("pro",), ("PER",)]
    assert one.results[1].start == 0 and one.lead_time == 1.5
    assert two.results[0].labels == ("pro", "contra")
    assert (two.annotator, two.annotator_email) == ("c@x.org", "c@x.org")
    assert second.annotations == () and second.data == {"text": "nothing"}


def test_json_min_without_controls_reads_only_what_is_shaped_like_a_result(tmp_path):
    rows = [{"text": "t", "id": 1, "mood": "happy", "tags": {"choices": ["a"]}, "annotation_id": 3}]
    (task,) = read_export(write(tmp_path, rows))
    assert task.data == {"text": "t", "mood": "happy"}
    assert task.annotations[0].results[0].labels == ("a",)


def test_json_min_controls_are_inferred_from_keys_missing_in_some_rows():
    path = need_shared(LS_REAL / "ABSA_hotel_label_studio.JSON_MIN.first150.json")
    controls = min_keys_that_are_controls(path)
    assert set(controls) == {"General", "Service", "Room", "Location", "Food", "Price"}
    tasks = list(read_export(path, min_controls=controls))
    assert len(tasks) == 150
    assert all(len(t.annotations) == 1 for t in tasks)
    assert "comment" in tasks[0].data and "General" not in tasks[0].data


def test_json_min_lacks_is_said_plainly():
    assert "cancelled" in JSON_MIN_LACKS and "drafts" in JSON_MIN_LACKS


def test_an_export_can_be_read_twice():
    export = Export(need_shared(SAMPLE))
    assert [t.id for t in export] == [t.id for t in export]


def big_export(path, tasks):
    text = "Angela Merkel met Siemens in Berlin. " * 5
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("[")
        for i in range(tasks):
            result = [span(0, 13, "Angela Merkel", "PER")]
            anns = [annotation(i * 3 + k, k, result) for k in range(3)]
            task = {"id": i, "data": {"text": text}, "annotations": anns}
            handle.write(("," if i else "") + json.dumps(task))
        handle.write("]")
    return path


def peak_while_reading(path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_export(path))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_an_export_four_times_as_big_takes_no_more_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(bounded, "CHUNK", 1 << 16)  # both files are many chunks long
    small = peak_while_reading(big_export(tmp_path / "small.json", 2_000))
    large = peak_while_reading(big_export(tmp_path / "large.json", 8_000))
    assert (small[0], large[0]) == (2_000, 8_000)
    assert large[1] < small[1] * 1.5, (small, large)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("id,text\n1,x\n", "CSV"),
        ('[{"id": 1, "data": {"text": "x"}}, {"id": 2, "data"', "cut short"),
        ('{"tasks": []}', "JSON array"),
        ("[1, 2]", "not tasks"),
    ],
)
def test_a_file_that_is_not_a_json_export_is_refused_with_its_name(tmp_path, content, says):
    path = tmp_path / "odd.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExportError, match=says) as caught:
        list(read_export(path))
    assert "odd.json" in str(caught.value)


def test_the_element_cutter_gives_what_a_whole_file_parser_gives_at_any_chunk_size():
    for path in [SAMPLE, *sorted(LS_REAL.glob("*.json"))]:
        expected = json.loads(need_shared(path).read_bytes())
        for chunk in (7, 1000, 1 << 20):
            with open(path, "rb") as handle:
                assert list(bounded.array(handle, str(path), chunk=chunk)) == expected, (
                    path,
                    chunk,
                )


def test_a_string_that_looks_like_the_start_of_a_task_does_not_split_the_task(tmp_path):
    tricky = 'x}, {"id": 2, "annotations": [ y'
    tasks = [
        {"id": 1, "annotations": [], "data": {"text": tricky}},
        {"id": 2, "annotations": [{"id": 5, "annotations": 1, "result": []}], "data": {}},
    ]
    for separators in ((", ", ": "), (",", ":")):
        path = tmp_path / "tricky.json"
        path.write_text(json.dumps(tasks, separators=separators), encoding="utf-8")
        with open(path, "rb") as handle:
            assert list(bounded.array(handle, str(path), chunk=5)) == tasks


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(ExportError, match="no such file"):
        Export(tmp_path / "nope.json")


def test_a_byte_order_mark_before_the_export_is_read_like_any_export(tmp_path):
    tasks = [{"id": 1, "annotations": [], "data": {"text": "x"}}]
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(tasks).encode())
    export = Export(path)
    assert export.format == "json"
    assert [t.data for t in export] == [{"text": "x"}]


def test_a_task_without_data_is_refused_not_taken_for_json_min(tmp_path):
    annotation = {"id": 3, "completed_by": 1, "result": [], "was_cancelled": False}
    path = tmp_path / "nodata.json"
    path.write_text(json.dumps([{"id": 1, "annotations": [annotation]}]), encoding="utf-8")
    export = Export(path)
    assert export.format == "json"
    with pytest.raises(ExportError, match=r"nodata.json: task #0: not a task \(no data object\)"):
        list(export)


def test_an_export_nested_100000_deep_is_one_error_in_little_memory(tmp_path):
    path = tmp_path / "deep.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    tracemalloc.start()
    try:
        with pytest.raises(ExportError, match="nested deeper than 1024 levels"):
            list(read_export(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 << 20
