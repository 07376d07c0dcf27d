"""`corpus export`: Label Studio exports become typed, anonymised datasets that load offline."""

from __future__ import annotations

import json
import os
import re
import stat

import datasets
import pytest
from click.testing import CliRunner
from huggingface_hub import DatasetCard

from corpus.cli import cli
from corpus.dataset import build_export, export_dataset

from . import synthetic_export
from .conftest import SHARED, need_shared
from .studio_helpers import annotation, choice, span_at

SAMPLE = SHARED / "notes" / "label-studio-export-sample.json"
LS_REAL = SHARED / "realworld" / "labelstudio"
REAL_EXPORTS = [
    "nerine_label_studio_export.json",
    "LEOKA_team_8.tasks_0-9.json",
    "LEOKA_team_4.tasks_16-22.json",
    "CGunal7_movie_reviews_annotations.json",
    "ABSA_hotel_label_studio.JSON_MIN.first150.json",
]
EMAIL = re.compile(rb"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SAMPLE_CONFIG = """<View>
  <Header value="Mark people and organisations; give the stance."/>
  <Text name="text" value="$text"/>
  <Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
  <Choices name="stance" toName="text" choice="single">
    <Choice value="pro"/><Choice value="contra"/><Choice value="neutral"/>
  </Choices>
  <TextArea name="note" toName="text"/>
</View>"""


datasets.disable_progress_bars()


def load(folder, config, tmp_path):
    return datasets.load_dataset(str(folder), config, cache_dir=str(tmp_path / "hf-cache"))


def output_bytes(folder):
    for root, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as handle:
                yield handle.read()


def raw_identities(path) -> set[bytes]:
    """Every annotator e-mail the export spells out (completed_by, drafts' user)."""
    found: set[bytes] = set()
    for task in json.loads(path.read_text(encoding="utf-8")):
        for ann in task.get("annotations", ()) if isinstance(task, dict) else ():
            who = ann.get("completed_by")
            if isinstance(who, dict) and who.get("email"):
                found.add(who["email"].encode())
        for draft in task.get("drafts", ()) if isinstance(task, dict) else ():
            for key in ("user", "created_username"):
                found.update(EMAIL.findall(str(draft.get(key, "")).encode()))
    return found


def task_texts(path) -> bytes:
    tasks = json.loads(path.read_text(encoding="utf-8"))
    return json.dumps([t.get("data", t) for t in tasks], ensure_ascii=False).encode()


def build(tmp_path, export, name="out", **options):
    options.setdefault("annotators_file", tmp_path / "private" / f"{name}-annotators.json")
    return build_export(export, tmp_path / name, **options)


# -- the real-world exports ------------------------------------------------------------------


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """Every real-world JSON export, converted once (the NER one with its own config)."""
    base = tmp_path_factory.mktemp("real")
    out = {}
    for name in REAL_EXPORTS:
        path = need_shared(LS_REAL / name)
        config = None
        if name.startswith("nerine"):
            config = (LS_REAL / "nerine_label_config.xml").read_text(encoding="utf-8")
        report = build_export(
            path,
            base / path.stem,
            config_xml=config,
            annotators_file=base / "private" / f"{path.stem}.json",
        )
        out[name] = (path, report)
    return out


@pytest.mark.parametrize("name", REAL_EXPORTS)
def test_every_real_export_converts_and_every_record_is_a_row(converted, name):
    path, report = converted[name]
    raw = json.loads(path.read_text(encoding="utf-8"))
    if report.export_format == "json":
        assert report.records.get("annotation", 0) == sum(len(t["annotations"]) for t in raw)
        assert report.records.get("draft", 0) == sum(len(t.get("drafts") or ()) for t in raw)
    else:
        assert report.records["annotation"] == len(raw)
    for kind, config in (
        ("annotation", "annotations"),
        ("draft", "drafts"),
        ("prediction", "predictions"),
    ):
        assert sum(report.rows.get(config, {}).values()) == report.records.get(kind, 0)
    assert report.results == report.results_kept + report.results_excluded
    assert sum(report.rows["units"].values()) == report.tasks


@pytest.mark.parametrize("name", REAL_EXPORTS)
def test_no_annotator_email_from_a_real_export_appears_in_any_output_file(converted, name):
    path, report = converted[name]
    identities = raw_identities(path)
    data = task_texts(path)
    for blob in output_bytes(report.output):
        for address in EMAIL.findall(blob):
            assert address not in identities
            assert address in data, address  # only addresses the annotated texts contain
    assert not report.output.joinpath(".corpus").exists()


@pytest.mark.parametrize("name", REAL_EXPORTS)
def test_every_config_of_a_real_export_loads_offline_and_the_card_parses(converted, name, tmp_path):
    _, report = converted[name]
    card = DatasetCard.load(report.output / "README.md")
    configs = {c["config_name"]: c for c in card.data.configs}
    assert set(configs) == set(report.rows)
    assert card.data.license == "unknown" and card.data.pretty_name
    for config, splits in report.rows.items():
        loaded = load(report.output, config, tmp_path)
        assert {s: len(d) for s, d in loaded.items()} == {s: n for s, n in splits.items() if n}


@pytest.mark.parametrize("name", REAL_EXPORTS)
def test_every_span_text_is_the_unit_text_at_its_offsets(converted, name, tmp_path):
    _, report = converted[name]
    for config in ("units", "annotations"):
        for split in load(report.output, config, tmp_path).values():
            text_of = {}
            if config == "annotations":
                units = load(report.output, "units", tmp_path)
                text_of = {r["unit_id"]: r["text"] for s in units.values() for r in s}
            for row in split:
                text = row.get("text") or text_of[row["unit_id"]]
                for column, feature in split.features.items():
                    inner = getattr(feature, "feature", None)
                    if isinstance(inner, dict) and "start" in inner:
                        for span in row[column]:
                            assert text[span["start"] : span["end"]] == span["text"]


def test_whitespace_drift_is_counted_and_the_offsets_win(converted):
    _, report = converted["LEOKA_team_4.tasks_16-22.json"]
    assert report.whitespace_drift == 2
    assert report.results_excluded == 0


def test_an_export_without_config_says_its_config_was_inferred(converted):
    _, report = converted["LEOKA_team_8.tasks_0-9.json"]
    assert report.config_source == "inferred"
    xml = (report.output / "labeling-config.xml").read_text()
    assert '<Taxonomy name="Category"' in xml and '<Labels name="label"' in xml
    assert any("inferred" in note for note in report.notes)


def test_json_min_is_accepted_with_a_note_of_what_it_lacks(converted, tmp_path):
    _, report = converted["ABSA_hotel_label_studio.JSON_MIN.first150.json"]
    assert report.export_format == "json_min"
    assert any("JSON_MIN has no skipped" in note for note in report.notes)
    units = load(report.output, "units", tmp_path)["train"]
    assert units.features["General"].names == ["Negative", "Positive"]
    assert units[0]["text"]  # the review, found without a config


def test_predictions_and_drafts_are_kept_apart_and_marked(converted, tmp_path):
    _, report = converted["nerine_label_studio_export.json"]
    predictions = load(report.output, "predictions", tmp_path)
    drafts = load(report.output, "drafts", tmp_path)
    rows = [r for split in predictions.values() for r in split]
    assert {r["kind"] for r in rows} == {"prediction"}
    assert {r["model_version"] for r in rows} == {"llm-preannotation-v1-cleaned"}
    assert all(r["annotator"] is None for r in rows)
    assert [r["kind"] for s in drafts.values() for r in s] == ["draft"]


# -- the sample export, with its config ------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    base = tmp_path_factory.mktemp("sample")
    report = build_export(
        need_shared(SAMPLE),
        base / "sample",
        config_xml=SAMPLE_CONFIG,
        annotators_file=base / "private" / "annotators.json",
        license="cc-by-4.0",
    )
    return base, report


def test_a_label_the_config_does_not_offer_is_excluded_and_reported(sample):
    _, report = sample
    assert report.excluded == {"label: has a label the labeling config does not offer": 2}
    assert any("EMOJI" in example for example in report.excluded_examples)
    assert report.results == report.results_kept + 2


def test_annotator_emails_in_free_text_are_removed(sample, tmp_path):
    _, report = sample
    for blob in output_bytes(report.output):
        assert not EMAIL.findall(blob)
    notes = load(report.output, "annotations", tmp_path)
    texts = [r["note"] for split in notes.values() for r in split if r["note"]]
    assert texts and all("[e-mail removed]" in t for t in texts)


def test_the_sample_card_carries_the_config_instructions_and_license(sample):
    _, report = sample
    card = DatasetCard.load(report.output / "README.md")
    assert card.data.license == "cc-by-4.0"
    assert card.data.task_categories == ["text-classification", "token-classification"]
    assert "Mark people and organisations" in card.text
    assert "## Label distributions (gold)" in card.text


def test_typed_features_follow_the_labeling_config(sample, tmp_path):
    _, report = sample
    units = load(report.output, "units", tmp_path)["train"]
    features = units.features
    assert features["stance"].names == ["pro", "contra", "neutral"]
    assert features["label"].feature["label"].names == ["PER", "ORG"]
    assert features["ner_tags"].feature.names == ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
    assert features["note"].dtype == "string"
    row = next(r for r in units if r["unit_id"] == "a4-u0")
    tags = [features["ner_tags"].feature.int2str(t) for t in row["ner_tags"]]
    assert list(zip(row["tokens"], tags, strict=True))[4:6] == [("Dave", "B-PER"), ("at", "O")]


def test_tasks_repeating_a_unit_id_are_kept_and_counted(sample):
    _, report = sample
    assert report.duplicate_units == 5
    assert report.missing_predictions == 2


def test_the_pseudonym_mapping_lives_outside_the_export_and_is_private(sample):
    base, report = sample
    mapping = base / "private" / "annotators.json"
    assert report.annotators_file == str(mapping)
    assert stat.S_IMODE(mapping.stat().st_mode) == 0o600
    names = set(json.loads(mapping.read_text())["annotators"].values())
    assert names == {"annotator_1", "annotator_2", "annotator_3"}
    assert "admin@example.com" in json.loads(mapping.read_text())["annotators"]


# -- gold, splits, pseudonyms on made-up exports ---------------------------------------------


def task(id, text, annotations, **data):
    return {"id": id, "data": {"text": text, **data}, "annotations": annotations, "project": 3}


def write_export(tmp_path, tasks, name="export.json"):
    path = tmp_path / name
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


GOLD_CONFIG = """<View><Text name="text" value="$text"/>
<Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
<Choices name="stance" toName="text"><Choice value="pro"/><Choice value="contra"/></Choices>
</View>"""


def gold_rows(tmp_path, tasks):
    report = build(tmp_path, write_export(tmp_path, tasks), config_xml=GOLD_CONFIG, ratios=None)
    units = load(report.output, "units", tmp_path)["train"]
    return {r["task_id"]: r for r in units}, units.features, report


def two_to_one(**third) -> dict:
    """Task 1: two annotators say pro, a third says contra (with ``third`` as its flags)."""
    return task(
        1,
        "Bob at ACME",
        [
            annotation(1, 1, [choice("pro")]),
            annotation(2, 2, [choice("pro")]),
            annotation(3, 3, [choice("contra")], **third),
        ],
    )


def tie() -> dict:
    """Task 2: one annotator says pro, the other contra."""
    return task(
        2, "Bob at ACME", [annotation(4, 1, [choice("pro")]), annotation(5, 2, [choice("contra")])]
    )


def test_a_ground_truth_annotation_wins_over_the_majority(tmp_path):
    rows, features, _ = gold_rows(tmp_path, [two_to_one(ground_truth=True)])
    assert features["stance"].int2str(rows[1]["stance"]) == "contra"
    assert rows[1]["gold_from"] == "ground_truth"


def test_the_majority_decides_and_a_tie_is_marked_for_review(tmp_path):
    rows, features, report = gold_rows(tmp_path, [two_to_one(), tie()])
    assert features["stance"].int2str(rows[1]["stance"]) == "pro"
    assert rows[1]["stance_soft"] == pytest.approx([2 / 3, 1 / 3])
    assert rows[2]["stance"] is None and rows[2]["review"] == ["stance"]
    assert report.units_for_review == 1


def test_units_carry_their_agreement_and_the_card_the_project_figures(tmp_path):
    alone = task(3, "Bob at ACME", [annotation(6, 1, [choice("pro")])])
    rows, _, report = gold_rows(tmp_path, [two_to_one(), tie(), alone])
    assert rows[1]["stance_agreement"] == pytest.approx(2 / 3)
    assert rows[2]["stance_agreement"] == pytest.approx(0.5)
    assert rows[3]["stance_agreement"] is None  # one annotator: nothing to agree on
    card = (report.output / "README.md").read_text()
    assert "Krippendorff's α, nominal" in card


def test_a_span_is_gold_when_more_than_half_of_the_annotators_marked_it(tmp_path):
    text = "Bob at ACME"
    rows, _, _ = gold_rows(
        tmp_path,
        [
            task(
                1,
                text,
                [
                    annotation(1, 1, [span_at(0, 3, "Bob", "PER"), span_at(7, 11, "ACME", "ORG")]),
                    annotation(2, 2, [span_at(0, 3, "Bob", "PER")]),
                    annotation(3, 3, [span_at(0, 3, "Bob", "PER"), span_at(7, 11, "ACME", "PER")]),
                ],
            )
        ],
    )
    assert [(s["start"], s["end"], s["text"]) for s in rows[1]["label"]] == [(0, 3, "Bob")]
    assert rows[1]["n_annotators"] == 3


def test_skipped_annotations_never_count_toward_gold_but_stay_in_annotations(tmp_path):
    text = "Bob at ACME"
    tasks = [
        task(
            1,
            text,
            [
                annotation(1, 1, [choice("contra")], was_cancelled=True),
                annotation(2, 2, [choice("contra")], was_cancelled=True),
                annotation(3, 3, [choice("pro")]),
            ],
        )
    ]
    rows, features, report = gold_rows(tmp_path, tasks)
    assert features["stance"].int2str(rows[1]["stance"]) == "pro"
    assert (rows[1]["n_annotators"], rows[1]["n_skipped"], rows[1]["n_annotations"]) == (1, 2, 3)
    annotations = load(report.output, "annotations", tmp_path)["train"]
    assert sorted(annotations["was_cancelled"]) == [False, True, True]


def test_offsets_outside_the_text_are_excluded_and_reported(tmp_path):
    tasks = [
        task(
            1,
            "Bob",
            [annotation(1, 1, [span_at(0, 3, "Bob", "PER"), span_at(2, 9, "b and more", "ORG")])],
        )
    ]
    rows, _, report = gold_rows(tmp_path, tasks)
    assert report.excluded == {"label: has offsets outside the text": 1}
    assert len(rows[1]["label"]) == 1
    annotations = load(report.output, "annotations", tmp_path)["train"]
    assert "offsets outside the text" in annotations[0]["excluded"][0]


def many_docs(n_docs=20, per_doc=3):
    return [
        task(
            d * per_doc + u + 1,
            f"Unit {u} of doc {d}",
            [annotation(d * per_doc + u + 1, 1, [choice("pro")])],
            doc_id=f"doc{d}",
            unit_id=f"doc{d}/s{u}",
        )
        for d in range(n_docs)
        for u in range(per_doc)
    ]


def split_of_docs(tmp_path, tasks, name, **options):
    report = build(
        tmp_path,
        write_export(tmp_path, tasks, f"{name}.json"),
        name=name,
        config_xml=GOLD_CONFIG,
        **options,
    )
    units = load(report.output, "units", tmp_path)
    return {split: sorted(set(d["doc_id"])) for split, d in units.items()}, report


def test_splits_are_by_document_deterministic_and_follow_the_ratios(tmp_path):
    tasks = many_docs()
    first, report = split_of_docs(tmp_path, tasks, "a", ratios=(0.8, 0.1, 0.1), seed=7)
    again, _ = split_of_docs(tmp_path, list(reversed(tasks)), "b", ratios=(0.8, 0.1, 0.1), seed=7)
    other, _ = split_of_docs(tmp_path, tasks, "c", ratios=(0.8, 0.1, 0.1), seed=8)
    assert first == again != other
    assert {s: len(d) for s, d in first.items()} == {"train": 16, "validation": 2, "test": 2}
    assert report.documents == {"train": 16, "validation": 2, "test": 2}
    seen = [d for docs in first.values() for d in docs]
    assert len(seen) == len(set(seen)) == 20


def test_split_none_gives_one_train_split(tmp_path):
    splits, _ = split_of_docs(tmp_path, many_docs(4), "one", ratios=None)
    assert list(splits) == ["train"] and len(splits["train"]) == 4


def test_pseudonyms_are_stable_across_exports_of_the_same_project(tmp_path):
    text = "Bob"
    first = [task(1, text, [annotation(1, 10, []), annotation(2, 20, [])])]
    second = [task(1, text, [annotation(3, 30, []), annotation(4, 20, []), annotation(5, 10, [])])]
    mapping = tmp_path / "private" / "map.json"
    names = []
    for i, tasks in enumerate((first, second)):
        report = build(
            tmp_path,
            write_export(tmp_path, tasks, f"e{i}.json"),
            name=f"o{i}",
            config_xml=GOLD_CONFIG,
            ratios=None,
            annotators_file=mapping,
        )
        rows = load(report.output, "annotations", tmp_path)["train"]
        names.append(dict(zip(rows["annotation_id"], rows["annotator"], strict=True)))
    assert names[0] == {1: "annotator_1", 2: "annotator_2"}
    assert names[1] == {3: "annotator_3", 4: "annotator_2", 5: "annotator_1"}


def test_keep_annotator_ids_writes_the_emails_and_no_mapping(tmp_path):
    who = {"id": 4, "email": "ann@x.org", "first_name": "Ann", "last_name": "Lee"}
    export = write_export(tmp_path, [task(1, "Bob", [annotation(1, who, [])])])
    report = build(tmp_path, export, config_xml=GOLD_CONFIG, ratios=None, keep_annotator_ids=True)
    rows = load(report.output, "annotations", tmp_path)["train"]
    assert rows["annotator"] == ["ann@x.org"]
    assert report.annotators_file is None
    assert not (tmp_path / "private").exists()


def test_the_mapping_may_not_be_written_inside_the_export(tmp_path):
    export = write_export(tmp_path, [task(1, "Bob", [annotation(1, 1, [])])])
    with pytest.raises(Exception, match="outside the export"):
        build(tmp_path, export, config_xml=GOLD_CONFIG, annotators_file=tmp_path / "out" / "m.json")


# -- documents ---------------------------------------------------------------------------------


def test_documents_carry_every_gold_span_in_document_offsets(tmp_path):
    doc_text = "Title here\n\nBob met Ann at ACME. Then 😀 Zoë left."
    units = [("d/s1", 12, 32), ("d/s2", 33, len(doc_text))]
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps(
            {
                "doc_id": "d",
                "title": "Title here",
                "author": "A. Writer",
                "site": "example.org",
                "url": "https://example.org/a",
                "language": "en",
                "text": doc_text,
            }
        )
        + "\n"
    )
    units_file = tmp_path / "units.jsonl"
    units_file.write_text(
        "".join(
            json.dumps(
                {
                    "id": uid,
                    "doc_id": "d",
                    "kind": "sentence",
                    "start": s,
                    "end": e,
                    "text": doc_text[s:e],
                }
            )
            + "\n"
            for uid, s, e in units
        )
    )
    tasks = [
        task(
            1,
            doc_text[12:32],
            [annotation(1, 1, [span_at(0, 3, "Bob", "PER"), span_at(15, 19, "ACME", "ORG")])],
            unit_id="d/s1",
        ),
        task(
            2,
            doc_text[33:],
            [annotation(2, 1, [span_at(5, 6, "😀", "ORG"), span_at(7, 10, "Zoë", "PER")])],
            unit_id="d/s2",
        ),
    ]
    report = build(
        tmp_path,
        write_export(tmp_path, tasks),
        config_xml=GOLD_CONFIG,
        ratios=None,
        units_path=units_file,
        docs_path=docs,
        language="en",
    )
    documents = load(report.output, "documents", tmp_path)["train"]
    (doc,) = documents
    assert [(s["text"], s["unit_id"]) for s in doc["label"]] == [
        ("Bob", "d/s1"),
        ("ACME", "d/s1"),
        ("😀", "d/s2"),
        ("Zoë", "d/s2"),
    ]
    for s in doc["label"]:
        assert doc["text"][s["start"] : s["end"]] == s["text"]
    units_ds = load(report.output, "units", tmp_path)["train"]
    assert units_ds["doc_id"] == ["d", "d"] and units_ds["start"] == [12, 33]
    assert report.results_excluded == 0
    card = DatasetCard.load(report.output / "README.md")
    assert card.data.language == ["en"]
    assert "https://example.org/a" in card.text and "A. Writer" in card.text


# -- the Python API and the command ------------------------------------------------------------


def test_export_dataset_returns_the_units_as_a_datasetdict(tmp_path):
    dd = export_dataset(
        need_shared(SAMPLE),
        tmp_path / "api",
        config_xml=SAMPLE_CONFIG,
        ratios=None,
        annotators_file=tmp_path / "private.json",
        cache_dir=tmp_path / "cache",
    )
    assert isinstance(dd, datasets.DatasetDict) and len(dd["train"]) == 11


def test_the_command_writes_the_folder_and_sums_up_on_stderr(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli,
        [
            "export",
            str(need_shared(LS_REAL / "LEOKA_team_4.tasks_16-22.json")),
            "-o",
            "exports/leoka",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "21 annotations" in result.stderr and "offsets kept" in result.stderr
    assert (tmp_path / "exports" / "leoka" / "README.md").exists()
    mapping = tmp_path / ".corpus" / "annotators-project-58509.json"
    assert stat.S_IMODE(mapping.stat().st_mode) == 0o600


def test_the_command_refuses_bad_ratios_as_a_usage_error(tmp_path):
    result = CliRunner().invoke(
        cli, ["export", str(need_shared(SAMPLE)), "-o", str(tmp_path / "x"), "--split", "0.5,0.6"]
    )
    assert result.exit_code == 2 and "sum to 1" in result.stderr


def test_the_command_turns_a_file_that_is_not_an_export_into_one_line(tmp_path):
    conll = need_shared(LS_REAL / "pantanalise_data.first117_sentences.conll")
    result = CliRunner().invoke(cli, ["export", str(conll), "-o", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert "not a Label Studio JSON export" in result.stderr
    assert "Traceback" not in result.stderr


# -- adjudication: a review project's answers become the gold ----------------------------------


def review_task(id, unit_id, text, annotations, predictions=()):
    """A task of the review project `corpus review` makes: the unit's data plus review keys."""
    return {
        "id": id,
        "data": {"text": text, "unit_id": unit_id, "review_of_project": 3, "review_of_task": id},
        "annotations": annotations,
        "predictions": list(predictions),
        "project": 9,
    }


@pytest.fixture
def adjudicated(tmp_path):
    text = "Bob at ACME"
    export = write_export(
        tmp_path,
        [
            task(
                1,
                text,
                [annotation(1, 1, [choice("pro")]), annotation(2, 2, [choice("contra")])],
                unit_id="u1",
            ),
            task(
                2,
                text,
                [
                    annotation(3, 1, [choice("pro"), span_at(0, 3, "Bob", "PER")]),
                    annotation(4, 2, [choice("pro"), span_at(0, 3, "Bob", "PER")]),
                    annotation(5, 3, [choice("contra")]),
                ],
                unit_id="u2",
            ),
            task(
                3,
                text,
                [annotation(6, 1, [choice("pro")]), annotation(7, 2, [choice("contra")])],
                unit_id="u3",
            ),
        ],
    )
    review = write_export(
        tmp_path,
        [
            review_task(
                101,
                "u1",
                text,
                [annotation(11, 5, [choice("contra"), span_at(7, 11, "ACME", "ORG")])],
                [
                    {"id": 31, "model_version": "annotator_1", "result": [choice("pro")]},
                    {
                        "id": 32,
                        "model_version": "annotator_2",
                        "result": [span_at(7, 11, "ACME", "ORG"), choice("contra")],
                    },
                ],
            ),
            review_task(
                102,
                "u2",
                text,
                [annotation(12, 5, [choice("contra"), span_at(0, 3, "Bob", "EMOJI")])],
            ),
            review_task(103, "u3", text, []),  # nobody has adjudicated it yet
            review_task(104, "u-gone", text, [annotation(13, 5, [choice("pro")])]),
        ],
        "review.json",
    )
    report = build(tmp_path, export, config_xml=GOLD_CONFIG, ratios=None, adjudicated_path=review)
    units = load(report.output, "units", tmp_path)["train"]
    return report, {r["unit_id"]: r for r in units}, units.features


def test_an_adjudicated_answer_becomes_the_gold_of_its_unit(adjudicated):
    report, rows, features = adjudicated
    assert rows["u1"]["gold_from"] == "adjudicated" and rows["u1"]["review"] == []
    assert features["stance"].int2str(rows["u1"]["stance"]) == "contra"
    assert [(s["start"], s["end"], s["text"]) for s in rows["u1"]["label"]] == [(7, 11, "ACME")]
    # the adjudicator overrules a majority too; the soft labels still show the annotators' votes
    assert features["stance"].int2str(rows["u2"]["stance"]) == "contra"
    assert rows["u2"]["stance_soft"] == pytest.approx([2 / 3, 1 / 3])
    assert report.adjudicated == 2


def test_units_say_which_annotators_version_the_adjudicator_chose(adjudicated):
    _, rows, _ = adjudicated
    assert rows["u1"]["adjudicated_as"] == ["annotator_2"]  # the same answer, in another order
    assert rows["u2"]["adjudicated_as"] == []  # an answer of the adjudicator's own
    assert rows["u3"]["adjudicated_as"] is None  # not adjudicated


def test_an_invalid_adjudicated_result_is_left_out_of_gold_and_said(adjudicated):
    report, rows, _ = adjudicated
    assert rows["u2"]["gold_from"] == "adjudicated" and rows["u2"]["label"] == []
    assert any("1 results of adjudications were invalid" in note for note in report.notes)


def test_units_not_yet_adjudicated_keep_their_derived_gold(adjudicated):
    report, rows, _ = adjudicated
    assert rows["u3"]["gold_from"] == "tie" and rows["u3"]["review"] == ["stance"]
    assert any("1 units in the review project are not adjudicated yet" in n for n in report.notes)
    assert any("1 adjudicated units are not in this export" in n for n in report.notes)


def test_the_card_and_manifest_say_which_gold_was_adjudicated(adjudicated):
    report, _, _ = adjudicated
    card = DatasetCard.load(report.output / "README.md")
    assert "2 units were adjudicated" in card.text and "| adjudicated | 2 |" in card.text
    manifest = json.loads((report.output / "manifest.json").read_text())
    assert manifest["gold"]["sources"] == {"adjudicated": 2, "tie": 1}
    assert manifest["gold"]["adjudicated_from"]["file"] == "review.json"


def test_the_command_takes_the_review_export_with_adjudicated(tmp_path):
    text = "Bob at ACME"
    export = write_export(
        tmp_path, [task(1, text, [annotation(1, 1, [choice("pro")])], unit_id="u1")]
    )
    review = write_export(
        tmp_path,
        [review_task(7, "u1", text, [annotation(2, 5, [choice("contra")])])],
        "review.json",
    )
    config = tmp_path / "config.xml"
    config.write_text(GOLD_CONFIG)
    result = CliRunner().invoke(
        cli,
        ["export", str(export), "-o", str(tmp_path / "out"), "--config", str(config),
         "--adjudicated", str(review), "--annotators-file", str(tmp_path / "m.json")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 units have the adjudicator's answer as gold" in result.stderr


# -- a generated project, as big as a test can afford ---------------------------------------


def test_a_generated_project_converts_with_gold_spans_at_their_document_offsets(tmp_path):
    export = synthetic_export.write(tmp_path / "export.json", 300)
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in synthetic_export.docs(300)))
    report = build(tmp_path, export, docs_path=docs, config_xml=synthetic_export.CONFIG)
    assert report.records == {"annotation": 900} and report.results_excluded == 0
    assert sum(report.rows["annotations"].values()) == 900
    units = {r["unit_id"]: r for s in load(report.output, "units", tmp_path).values() for r in s}
    documents = [r for s in load(report.output, "documents", tmp_path).values() for r in s]
    assert len(documents) == 30 and {d["n_units"] for d in documents} == {10}
    placed = 0
    for doc in documents:
        for span in doc["label"]:
            unit = units[span["unit_id"]]
            assert doc["text"][span["start"] : span["end"]] == span["text"]
            inside = (span["start"] - unit["start"], span["end"] - unit["start"], span["label"])
            assert inside in {(s["start"], s["end"], s["label"]) for s in unit["label"]}
            placed += 1
    assert placed == sum(len(u["label"]) for u in units.values()) > 0


# -- --push-to-hub, when it cannot upload -----------------------------------------------------------


def _export_to_hub(tmp_path, env: dict):
    """`corpus export --push-to-hub` in its own process (the Hub client reads its endpoint
    from the environment when it is imported)."""
    import subprocess
    import sys

    export = synthetic_export.write(tmp_path / "export.json", 12)
    (tmp_path / "config.xml").write_text(synthetic_export.CONFIG, encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    return subprocess.run(
        [sys.executable, "-m", "corpus", "export", str(export), "-o", str(tmp_path / "out"),
         "--config", str(tmp_path / "config.xml"), "--annotators-file",
         str(tmp_path / "annotators.json"), "-q", "--push-to-hub", "someone/comments"],
        capture_output=True, text=True, env={**base, **env}, check=False,
    )  # fmt: skip


def test_push_to_hub_without_a_token_fails_before_any_work(tmp_path):
    done = _export_to_hub(tmp_path, {})
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "Error: --push-to-hub needs a Hugging Face token in HF_TOKEN"
    ]
    assert not (tmp_path / "out").exists()


def test_an_unreachable_hub_is_one_line_and_the_dataset_is_still_written(tmp_path):
    from .conftest import free_port

    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens: the connection is refused
    done = _export_to_hub(tmp_path, {"HF_TOKEN": "hf_not_a_real_token", "HF_ENDPOINT": closed})
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith("Error: uploading to someone/comments: ")
    assert "hf_not_a_real_token" not in done.stderr
    assert str(tmp_path / "out") in lines[0]
    units = datasets.load_dataset(str(tmp_path / "out"), "units", cache_dir=str(tmp_path / "c"))
    assert sum(len(split) for split in units.values()) == 12
