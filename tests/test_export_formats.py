"""`corpus export --format conll|bio-jsonl|spacy`: training files from the same gold and splits
as the parquet, one tokenisation, spans off token boundaries widened and reported."""

from __future__ import annotations

import json
import subprocess
import sys

import datasets
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.cli import cli
from corpus.dataset import build_export
from corpus.dataset.features import bio_tags, tokenize
from corpus.dataset.formats import entities_from_tags, spacy_doc

from . import synthetic_export
from .studio_helpers import annotation, choice, span_at

spacy = pytest.importorskip("spacy")

datasets.disable_progress_bars()
VOCAB = spacy.blank("xx").vocab
ALL = ("hf", "conll", "bio-jsonl", "spacy")
CONFIG = """<View><Text name="text" value="$text"/>
<Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/><Label value="LOC"/></Labels>
<Choices name="stance" toName="text"><Choice value="pro"/><Choice value="contra"/></Choices>
</View>"""


def spans(text, *marks):
    """Span results for (needle, label) pairs, at each needle's first place in the text."""
    out = []
    for needle, label in marks:
        start = text.index(needle)
        out.append(span_at(start, start + len(needle), needle, label))
    return out


def agreed(task_id, text, marks, stance="pro", doc="d1", n=2):
    """A task that ``n`` annotators annotated alike."""
    result = [*spans(text, *marks), choice(stance)]
    anns = [annotation(task_id * 10 + who, who, result) for who in range(1, n + 1)]
    return {"id": task_id, "project": 3, "annotations": anns,
            "data": {"text": text, "unit_id": f"{doc}/u{task_id}", "doc_id": doc,
                     "start": task_id * 100}}  # fmt: skip


EMOJI = "Zoë met ACME 😀 Inc in São Paulo."
INSIDE = "Bob's friend Anna-Lena left early."
NESTED = "The New York Times reporter called."
TIED = "Carol phoned Dave about it."
NOBODY = "Nobody annotated this sentence."


def hand_made() -> list[dict]:
    tie = agreed(4, TIED, [("Carol", "PER")], n=1)
    tie["annotations"].append(annotation(99, 2, [*spans(TIED, ("Dave", "PER")), choice("pro")]))
    return [
        agreed(1, EMOJI, [("Zoë", "PER"), ("ACME 😀 Inc", "ORG"), ("São Paulo", "LOC")]),
        # inside a token: "Bob" of "Bob's", "Lena" of "Anna-Lena"
        agreed(2, INSIDE, [("Bob", "PER"), ("Lena", "PER")], stance="contra"),
        # overlapping: the longer at the same start keeps the shared tokens
        agreed(3, NESTED, [("New York Times", "ORG"), ("New York", "LOC")], doc="d2"),
        tie,
        {
            "id": 5,
            "project": 3,
            "annotations": [],
            "data": {"text": NOBODY, "unit_id": "d2/u5", "doc_id": "d2", "start": 500},
        },
    ]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    base = tmp_path_factory.mktemp("formats")
    export = base / "export.json"
    export.write_text(json.dumps(hand_made(), ensure_ascii=False), encoding="utf-8")
    report = build_export(export, base / "out", config_xml=CONFIG, ratios=None, formats=ALL,
                          annotators_file=base / "annotators.json")  # fmt: skip
    units = datasets.load_dataset(str(base / "out"), "units", cache_dir=str(base / "c"))["train"]
    return report, {row["unit_id"]: row for row in units}, units.features


def conll_docs(path):
    from spacy.training.converters import conll_ner_to_docs

    return list(conll_ner_to_docs(path.read_text(encoding="utf-8"), n_sents=0, no_print=True))


def test_every_format_is_written_per_split_beside_the_parquet(exported):
    report, _, _ = exported
    out = report.output
    assert report.formats.files == {
        "conll": {"train": "conll/train.conll"},
        "bio-jsonl": {"train": "bio/train.jsonl"},
        "spacy": {"train": "spacy/train.spacy"},
    }
    for files in report.formats.files.values():
        assert all((out / path).is_file() for path in files.values())
    assert (out / "data" / "units").is_dir()


def test_units_without_gold_are_not_training_data_and_a_tied_span_vote_is_not_bio(exported):
    formats = exported[0].formats
    # CoNLL and BIO cannot say "unknown": the tie and the unannotated unit are left out
    assert formats.units["conll"] == formats.units["bio-jsonl"] == {"train": 3}
    assert formats.left_out["conll"] == {
        "no gold (nobody submitted an annotation)": 1,
        "span gold tied (in review)": 1,
    }
    # spaCy can: the tied unit is in, its entities missing (unknown), its stance known
    assert formats.units["spacy"] == {"train": 4}
    assert formats.left_out["spacy"] == {"no gold (nobody submitted an annotation)": 1}


def test_a_well_kept_conll_reader_reads_the_conll_file_back(exported):
    """spaCy's CoNLL-2003 converter (what `spacy convert` runs) splits the documents at
    -DOCSTART- and reads our tokens and entities."""
    report, units, _ = exported
    docs = conll_docs(report.output / "conll" / "train.conll")
    assert len(docs) == 2  # d1 and d2
    d1_words = [t.text for t in docs[0]]
    assert d1_words == [units["d1/u1"]["text"][a:b] for a, b in tokenize(EMOJI)] + [
        INSIDE[a:b] for a, b in tokenize(INSIDE)
    ]
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("Zoë", "PER"), ("ACME 😀 Inc", "ORG"), ("São Paulo", "LOC"),
        ("Bob's", "PER"), ("Anna-Lena", "PER"),
    ]  # fmt: skip
    assert [(e.text, e.label_) for e in docs[1].ents] == [("New York Times", "ORG")]
    assert [t.is_sent_start for t in docs[0]].count(True) == 2  # one sentence per unit


def test_datasets_loads_the_bio_json_lines_with_classlabel_names(exported, tmp_path):
    report, units, features = exported
    ner = datasets.load_dataset(str(report.output / "bio"), cache_dir=str(tmp_path))["train"]
    tags = ner.features["ner_tags"].feature
    assert isinstance(tags, datasets.ClassLabel)
    assert tags.names == features["ner_tags"].feature.names
    for row in ner:
        unit = units[row["id"]]
        assert row["tokens"] == unit["tokens"]
        assert row["ner_tags"] == unit["ner_tags"]  # the parquet's own BIO ids
        assert row["doc_id"] == unit["doc_id"]


def test_spacy_reads_the_docbin_back_with_the_same_entities_spans_and_cats(exported):
    from spacy.tokens import DocBin

    report, units, features = exported
    nlp = spacy.blank("en")
    docs = {d.user_data["unit_id"]: d for d in
            DocBin().from_disk(report.output / "spacy" / "train.spacy").get_docs(nlp.vocab)}  # fmt: skip
    assert sorted(docs) == ["d1/u1", "d1/u2", "d1/u4", "d2/u3"]
    names = features["ner_tags"].feature.names
    for unit_id, doc in docs.items():
        unit = units[unit_id]
        assert doc.text == unit["text"]  # offsets into the doc are offsets into the unit
        assert [t.text for t in doc if not t.is_space] == unit["tokens"]
        if unit_id == "d1/u4":  # the tied span vote: entities unknown, not "none"
            assert not doc.has_annotation("ENT_IOB")
            assert "label" not in doc.spans
        else:
            tags = [names[i] for i in unit["ner_tags"]]
            tokens = tokenize(unit["text"])
            expected = [
                (tokens[s][0], tokens[e - 1][1], lab) for s, e, lab in entities_from_tags(tags)
            ]
            assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == expected
        assert doc.cats == {"pro": float(unit["stance"] == 0), "contra": float(unit["stance"] == 1)}
    # every gold span is whole in the span group, overlaps included, widened to tokens
    assert [(s.text, s.label_) for s in docs["d2/u3"].spans["label"]] == [
        ("New York", "LOC"), ("New York Times", "ORG")]  # fmt: skip
    assert [e.text for e in docs["d2/u3"].ents] == ["New York Times"]
    assert [s.text for s in docs["d1/u2"].spans["label"]] == ["Bob's", "Anna-Lena"]


def test_spans_off_token_boundaries_are_widened_counted_and_shown(exported):
    formats = exported[0].formats
    assert formats.spans == 7  # 3 + 2 + 2: the tied unit's spans are not gold
    assert formats.misaligned == 2
    assert [(m.text, m.widened) for m in formats.misaligned_examples] == [
        ("Bob", "Bob's"), ("Lena", "Anna-Lena")]  # fmt: skip
    assert formats.overlapping == 1  # "New York" under "New York Times"
    card = (exported[0].output / "README.md").read_text(encoding="utf-8")
    assert "off token boundaries (widened): 2" in card
    assert "| d1/u2 | label | PER | Bob | Bob's |" in card


def test_the_training_files_hold_the_splits_of_the_parquet(tmp_path):
    from spacy.tokens import DocBin

    export = synthetic_export.write(tmp_path / "export.json", 80)
    report = build_export(export, tmp_path / "out", config_xml=synthetic_export.CONFIG,
                          formats=ALL, annotators_file=tmp_path / "a.json")  # fmt: skip
    out = report.output
    for split in ("train", "validation", "test"):
        rows = [r for path in (out / "data" / "units").glob(f"{split}-*.parquet")
                for r in pq.read_table(path, columns=["unit_id", "gold_from", "review"]).to_pylist()]  # fmt: skip
        gold = {r["unit_id"] for r in rows if r["gold_from"] != "none"}
        untied = {
            r["unit_id"] for r in rows if r["gold_from"] != "none" and "label" not in r["review"]
        }
        bio = {json.loads(line)["id"] for line in (out / "bio" / f"{split}.jsonl").open()}
        docs = (
            DocBin().from_disk(out / "spacy" / f"{split}.spacy").get_docs(spacy.blank("en").vocab)
        )
        assert bio == untied and len(bio) > 0
        assert {d.user_data["unit_id"] for d in docs} == gold


def test_a_blank_spacy_pipeline_trains_one_epoch_on_the_exported_docbin(tmp_path):
    """The researcher's path, as the card prints it: `spacy init config`, `spacy train`."""
    export = synthetic_export.write(tmp_path / "export.json", 60)
    report = build_export(export, tmp_path / "out", config_xml=synthetic_export.CONFIG,
                          formats=("spacy",), annotators_file=tmp_path / "a.json")  # fmt: skip
    spacy_dir = report.output / "spacy"
    run = lambda *args: subprocess.run([sys.executable, "-m", "spacy", *args],  # noqa: E731
                                       capture_output=True, text=True, check=False, cwd=tmp_path)  # fmt: skip
    done = run("init", "config", "config.cfg", "--lang", "en", "--pipeline", "ner,textcat")
    assert done.returncode == 0, done.stderr
    done = run("train", "config.cfg", "--output", "model",
               "--paths.train", str(spacy_dir / "train.spacy"),
               "--paths.dev", str(spacy_dir / "validation.spacy"),
               "--training.max_epochs", "1")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Saved pipeline to output directory" in done.stdout
    nlp = spacy.load(tmp_path / "model" / "model-last")
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert set(nlp.get_pipe("textcat").labels) == {"pro", "contra", "neutral"}


def test_conll_without_a_span_control_is_refused_before_any_work(tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps([agreed(1, EMOJI, [])]), encoding="utf-8")
    (tmp_path / "config.xml").write_text(
        '<View><Text name="text" value="$text"/><Choices name="stance" toName="text">'
        '<Choice value="pro"/><Choice value="contra"/></Choices></View>', encoding="utf-8")  # fmt: skip
    result = CliRunner().invoke(cli, ["export", str(export), "-o", str(tmp_path / "out"),
                                      "--config", str(tmp_path / "config.xml"), "--format", "conll", "-q"])  # fmt: skip
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: --format conll writes BIO tags of spans, and the labeling config has no span "
        "control (<Labels>)"
    ]
    assert not (tmp_path / "out").exists()


def test_the_command_says_what_each_format_holds(tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps(hand_made(), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "config.xml").write_text(CONFIG, encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(export), "-o", str(tmp_path / "out"),
                                      "--config", str(tmp_path / "config.xml"), "--split", "none",
                                      "--annotators-file", str(tmp_path / "a.json"),
                                      "--format", "conll", "--format", "spacy"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "  conll: train 3 units" in result.output
    assert "    left out 1: span gold tied (in review)" in result.output
    assert "2 of 7 gold spans fall off token boundaries" in result.output
    assert "'Bob' -> \"Bob's\"" in result.output
    assert not (tmp_path / "out" / "bio").exists()


# -- the invariants under any text ---------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), st.data())
def test_a_spacy_doc_has_exactly_our_tokens_and_reproduces_the_text(text, data):
    tokens = tokenize(text)
    doc, index = spacy_doc(VOCAB, text, tokens)
    assert doc.text == text
    for (a, b), i in zip(tokens, index, strict=True):
        assert (doc[i].idx, doc[i].idx + len(doc[i].text)) == (a, b)
    # BIO read back gives entities on token boundaries that each lie inside a gold span's tokens
    if tokens:
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6)))
        golds = [(s, e, "X") for s, e in zip(cuts[::2], cuts[1::2], strict=False) if s < e]
        for s, e, _ in entities_from_tags(bio_tags(tokens, golds)):
            start, end = tokens[s][0], tokens[e - 1][1]
            assert any(start < ge and end > gs for gs, ge, _ in golds)


def test_splitting_and_exporting_without_spacy_formats_never_import_spacy_or_mlcroissant(tmp_path):
    """The heavy packages are optional and lazy: `corpus split` and a plain export pay nothing."""
    export = synthetic_export.write(tmp_path / "export.json", 5)
    code = (
        "import sys, corpus.cli, corpus.dataset.build, corpus.dataset.publish\n"
        "from corpus.dataset import build_export\n"
        f"build_export({str(export)!r}, {str(tmp_path / 'out')!r}, formats=('hf', 'conll'),\n"
        f"             annotators_file={str(tmp_path / 'a.json')!r})\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'mlcroissant') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
