"""The whole annotation round trip against a real Label Studio: split, push, annotate as three
people, pull, export. What researchers receive must hold exactly what the annotators did."""

from __future__ import annotations

import json
import re

import datasets
import pytest
from click.testing import CliRunner
from huggingface_hub import DatasetCard

from corpus.cli import cli
from corpus.dataset import build_export
from corpus.studio import client as studio_client
from corpus.studio import pull as studio_pull
from corpus.studio import push as studio_push
from corpus.studio.client import Studio, every

from .conftest import EXAMPLES
from .studio_helpers import choice, labeling_config, span

CONFIG = labeling_config('<TextArea name="note" toName="text"/>', header="$title")

# An article written for this test: accented names (precomposed and combining) and emoji.
ARTICLE = {
    "id": "cafe-lodz-reopens",
    "title": "Café Łódź reopens on Rue Saint-Éloi",
    "author": "Test Desk",
    "published": "2026-05-01",
    "url": "https://example.org/cafe-lodz-reopens",
    "language": "en",
    "text": (
        "Chloé Dubois-Ñúñez reopened Café Łódź on Monday 🎉 after a two-year closure.\n\n"
        "Her partner, Søren Ågård, said the queue reached the bakery 🥐 next door.\n\n"
        "The council's José Martín welcomed the news."
    ),
}
EMAILS = [f"round-trip-{name}@example.net" for name in ("ines", "zoe", "kwame")]
EMAIL = re.compile(rb"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def note(value: str) -> dict:
    return {"from_name": "note", "to_name": "text", "type": "textarea", "value": {"text": [value]}}


@pytest.fixture(scope="module")
def trip(running, tmp_path_factory):
    """Split, push, annotate as three users, pull: the folder and what was done."""
    data, _ = running
    folder = tmp_path_factory.mktemp("roundtrip")
    extra = folder / "cafe.jsonl"
    extra.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    units, docs = folder / "units.jsonl", folder / "docs.jsonl"
    split = CliRunner().invoke(
        cli, ["split", str(EXAMPLES), str(extra), "-o", str(units), "--docs", str(docs), "-q"]
    )
    assert split.exit_code == 0, split.stderr

    conn = studio_client.connection(data)
    client = studio_client.connect(conn)
    report = studio_push.push(
        Studio(client, conn),
        studio_push.read_units(units),
        project="round trip",
        label_config=CONFIG,
        kinds=["sentence", "comment"],
    )
    tasks = {
        t.data["unit_id"]: (t.id, t.data["text"])
        for t in every(
            client.tasks.list(project=report.project_id, page_size=1000, fields="task_only")
        )
    }
    ines, zoe, kwame = (
        client.users.create(username=e.split("@")[0], email=e, first_name=e[11:15]).id
        for e in EMAILS
    )

    def annotate(unit_id: str, who: int, *results, **flags) -> None:
        task_id, text = tasks[unit_id]
        made = [r(text) if callable(r) else r for r in results]
        client.annotations.create(id=task_id, result=made, completed_by=who, **flags)

    def person(needle, label="PER"):
        return lambda text: span(text, needle, label)

    cafe = "cafe-lodz-reopens"
    s1, s2, s3 = (f"{cafe}/p{i}.s1" for i in (1, 2, 3))
    assert {s1, s2, s3} <= set(tasks), sorted(u for u in tasks if u.startswith(cafe))
    # two agree, the third marks less of the name and disagrees on the stance
    annotate(s1, ines, person("Chloé Dubois-Ñúñez"), person("Café Łódź", "ORG"), choice("pro"),
             note("emoji 🎉 at the end"), lead_time=12.5)  # fmt: skip
    annotate(s1, zoe, person("Chloé Dubois-Ñúñez"), person("Café Łódź", "ORG"), choice("pro"))
    annotate(s1, kwame, person("Chloé Dubois"), choice("contra"))
    # a span over an emoji; the third annotator skips
    annotate(s2, ines, person("Søren Ågård"), person("bakery 🥐", "LOC"), choice("neutral"))
    annotate(s2, zoe, person("Søren Ågård"), choice("neutral"))
    annotate(s2, kwame, was_cancelled=True)
    # a ground truth outvoted two to one
    annotate(s3, ines, person("José Martín"), choice("pro"), ground_truth=True)
    annotate(s3, zoe, person("José Martín"), choice("contra"))
    annotate(s3, kwame, person("council", "ORG"), choice("contra"))
    # the sample articles: stance only, partial disagreement across several documents
    others = sorted(u for u in tasks if not u.startswith(cafe))[::15][:8]
    for i, unit_id in enumerate(others):
        annotate(unit_id, ines, choice("pro"))
        annotate(unit_id, zoe, choice("pro" if i % 2 else "neutral"))
        annotate(unit_id, kwame, choice("contra"))

    export = folder / "export.json"
    pulled = studio_pull.pull(Studio(client, conn), "round trip", export, chunk_size=40)
    return {
        "folder": folder,
        "units": units,
        "docs": docs,
        "export": export,
        "pulled": pulled,
        "tasks": len(tasks),
        "annotated": [s1, s2, s3, *others],
    }


@pytest.fixture(scope="module")
def dataset_dir(trip):
    folder = trip["folder"]
    out = folder / "exports" / "round-trip"
    build_export(
        trip["export"],
        out,
        units_path=trip["units"],
        docs_path=trip["docs"],
        config_xml=(folder / "export.config.xml").read_text(encoding="utf-8"),
        license="cc-by-4.0",
        annotators_file=folder / "annotators.json",
    )
    return out


def load(dataset_dir, config: str, tmp_path) -> datasets.Dataset:
    """All splits of one config, as one Dataset."""
    loaded = datasets.load_dataset(str(dataset_dir), config, cache_dir=str(tmp_path / "cache"))
    return datasets.concatenate_datasets(list(loaded.values()))


def test_the_pull_holds_every_pushed_task_and_every_annotation(trip):
    tasks = json.loads(trip["export"].read_text(encoding="utf-8"))
    assert len(tasks) == trip["tasks"] == trip["pulled"].tasks
    annotations = [a for t in tasks for a in t["annotations"]]
    assert len(annotations) == 3 * len(trip["annotated"]) == trip["pulled"].annotations
    assert sum(a["was_cancelled"] for a in annotations) == 1
    assert sum(a["ground_truth"] for a in annotations) == 1


def test_annotation_rows_are_exactly_the_annotations_in_the_pull(trip, dataset_dir, tmp_path):
    tasks = json.loads(trip["export"].read_text(encoding="utf-8"))
    pulled = sorted(a["id"] for t in tasks for a in t["annotations"])
    rows = load(dataset_dir, "annotations", tmp_path)
    assert sorted(rows["annotation_id"]) == pulled
    skipped = rows.filter(lambda r: r["was_cancelled"])
    assert len(skipped) == 1 and skipped[0]["unit_id"] == "cafe-lodz-reopens/p2.s1"
    truth = rows.filter(lambda r: r["ground_truth"])
    assert len(truth) == 1 and truth[0]["unit_id"] == "cafe-lodz-reopens/p3.s1"


def test_every_span_text_is_the_unit_text_at_its_offsets(dataset_dir, tmp_path):
    units = load(dataset_dir, "units", tmp_path)
    text_of = dict(zip(units["unit_id"], units["text"], strict=True))
    spans = [
        (row["unit_id"], s)
        for row in load(dataset_dir, "annotations", tmp_path)
        for s in row["label"] or ()
    ]
    assert {s["text"] for _, s in spans} >= {"Chloé Dubois-Ñúñez", "bakery 🥐", "Søren Ågård"}
    for unit_id, s in spans:
        assert text_of[unit_id][s["start"] : s["end"]] == s["text"], (unit_id, s)
    gold = [(row["text"], s) for row in units for s in row["label"] or ()]
    assert gold
    for text, s in gold:
        assert text[s["start"] : s["end"]] == s["text"], s


def test_gold_follows_the_ground_truth_and_the_majority(dataset_dir, tmp_path):
    units = load(dataset_dir, "units", tmp_path)
    rows = {r["unit_id"]: r for r in units}
    names = units.features["stance"].names
    assert names[rows["cafe-lodz-reopens/p3.s1"]["stance"]] == "pro"  # ground truth beats 2 votes
    assert names[rows["cafe-lodz-reopens/p1.s1"]["stance"]] == "pro"  # two of three
    assert rows["cafe-lodz-reopens/p2.s1"]["n_skipped"] == 1


def test_document_spans_sit_at_their_document_offsets(dataset_dir, tmp_path):
    documents = load(dataset_dir, "documents", tmp_path)
    cafe = next(d for d in documents if d["doc_id"] == "cafe-lodz-reopens")
    assert cafe["label"]
    for s in cafe["label"]:
        assert cafe["text"][s["start"] : s["end"]] == s["text"], s


def test_the_card_metadata_parses_with_huggingface_hub(dataset_dir):
    card = DatasetCard.load(dataset_dir / "README.md")
    meta = card.data.to_dict()
    assert meta["license"] == "cc-by-4.0"
    assert {c["config_name"] for c in meta["configs"]} >= {"units", "annotations", "documents"}
    assert "Café Łódź reopens on Rue Saint-Éloi" in card.text


def test_no_annotator_e_mail_in_any_output_file(trip, dataset_dir):
    outputs = [trip["export"], *trip["folder"].glob("export.*"), *dataset_dir.rglob("*")]
    for path in (p for p in outputs if p.is_file()):
        content = path.read_bytes()
        for email in EMAILS:
            assert email.encode() not in content, path
        assert not EMAIL.search(content), (path, EMAIL.search(content))


def test_annotators_are_pseudonyms(dataset_dir, tmp_path):
    rows = load(dataset_dir, "annotations", tmp_path)
    assert set(rows["annotator"]) == {"annotator_1", "annotator_2", "annotator_3"}
