"""The dataset card and croissant.json: counts counted in the data, everything quoted escaped,
personal data, limitations, citation, and Croissant's responsible-AI fields."""

from __future__ import annotations

import json

import datasets
import pytest
from huggingface_hub import DatasetCard
from markdown_it import MarkdownIt

from corpus.dataset import build_export

from .studio_helpers import annotation, choice, span_at

datasets.disable_progress_bars()
CONFIG = """<View><Header value="Mark &lt;script&gt;alert('instructions')&lt;/script&gt; people"/>
<Text name="text" value="$text"/>
<Labels name="label" toName="text"><Label value="PER"/><Label value="&lt;b&gt;ORG"/></Labels>
<Choices name="stance" toName="text"><Choice value="pro"/><Choice value="contra"/></Choices>
</View>"""
HOSTILE = "<script>alert('title')</script> [click](javascript:alert(1)) ![x](javascript:alert(2))"


def task(id, text, annotations, doc="d1", **data):
    return {"id": id, "project": 3, "annotations": annotations,
            "data": {"text": text, "unit_id": f"{doc}/u{id}", "doc_id": doc, **data}}  # fmt: skip


def write(tmp_path, tasks, docs=None):
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    if docs is not None:
        (tmp_path / "docs.jsonl").write_text(
            "".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8"
        )
    return export


def build(tmp_path, tasks, docs=None, name="out", **options):
    options.setdefault("annotators_file", tmp_path / "annotators.json")
    export = write(tmp_path, tasks, docs)
    return build_export(export, tmp_path / name, config_xml=CONFIG, ratios=None,
                        docs_path=tmp_path / "docs.jsonl" if docs else None, **options)  # fmt: skip


def card_of(report) -> str:
    return (report.output / "README.md").read_text(encoding="utf-8")


def four_units(annotators=(1, 2, 3)):
    """Four tasks; only the first two annotated, by ``annotators``, with a commenter's name."""
    text = "Ann met Bob"
    result = [span_at(0, 3, "Ann", "PER"), choice("pro")]
    anns = [annotation(10 + who, who, result) for who in annotators]
    return [
        task(1, text, anns, author="commenter one", quoted_author="commenter zero"),
        task(2, text, [annotation(20 + w, w, result) for w in annotators], author="commenter two"),
        task(3, "Nobody here", []),
        task(4, "Nobody there", []),
    ]


def test_the_card_counts_what_this_exports_data_holds(tmp_path):
    # an earlier export of the project met a fourth annotator: the mapping file knows 4
    build(tmp_path, four_units(annotators=(1, 2, 3, 4)), name="earlier")
    report = build(tmp_path, four_units(annotators=(1, 2, 3)))
    card = card_of(report)
    assert "4 units (one per Label Studio task) from 1 documents. 2 of them have at least one " \
           "submitted annotation and 2 have a gold label; 3 annotators made this export's 6 " \
           "submitted and 0 skipped annotations" in card  # fmt: skip
    assert "3 annotator(s) made the submitted or skipped annotations of this export" in card
    assert report.annotators == 3
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["annotators"]["count"] == 3


def test_the_card_escapes_everything_it_quotes_for_a_generic_markdown_renderer(tmp_path):
    docs = [{"doc_id": "d1", "title": HOSTILE, "author": "<img src=x onerror=alert(3)>",
             "site": "a|b", "url": "javascript:alert(4)", "language": "en", "text": "x"}]  # fmt: skip
    citation = "@misc{x, title = {<script>alert(5)</script> ```}}"
    report = build(tmp_path, four_units(), docs, pretty_name=HOSTILE, citation=citation)
    card = card_of(report)
    page = MarkdownIt("commonmark").render(card)  # raw HTML allowed, as in most renderers
    assert "<script" not in page and "<img" not in page
    assert 'href="javascript:' not in page and 'src="javascript:' not in page
    assert "&lt;script&gt;alert('title')&lt;/script&gt;" in page  # shown, as text
    assert "Mark &lt;script&gt;alert('instructions')&lt;/script&gt; people" in page
    # the header parses back to the very same values
    parsed = DatasetCard(card).data
    assert parsed.pretty_name == HOSTILE
    assert parsed.size_categories == ["n<1K"]
    # a citation with a fence inside does not close the code block
    assert "\n````bibtex\n" + citation + "\n````\n" in card


def test_the_card_has_privacy_limitations_and_a_citation_and_validates(tmp_path):
    report = build(tmp_path, four_units(), license="cc-by-4.0")
    card = card_of(report)
    data = DatasetCard(card).data  # the Hub's own parser and schema
    assert data.license == "cc-by-4.0" and data.configs[0]["config_name"] == "units"
    for section in ("## Personal and sensitive information", "## Limitations", "## Citation"):
        assert section in card
    assert "Reader comments are personal data" in card
    assert "- Comment authors: kept; 2 units name their author in `units.author`." in card
    assert "2 of 4 units have no gold label" in card
    assert "\n```bibtex\n@misc{out_" in card and "license cc-by-4.0" in card
    assert "add its authors before you cite it" in card


def test_drop_comment_authors_removes_them_from_the_data_and_says_so(tmp_path):
    report = build(tmp_path, four_units(), drop_comment_authors=True)
    units = datasets.load_dataset(str(report.output), "units", cache_dir=str(tmp_path / "c"))
    rows = units["train"]
    assert set(rows["author"]) == {None}
    assert all("author" not in json.loads(d) for d in rows["data"])
    assert not any("commenter zero" in d for d in rows["data"])  # quoted_author: a person
    kept = build(tmp_path, four_units(), name="kept")
    rows = datasets.load_dataset(str(kept.output), "units", cache_dir=str(tmp_path / "c"))["train"]
    assert "commenter one" in rows["author"]
    assert any("commenter zero" in d for d in rows["data"])
    card = card_of(report)
    assert "removed at export (`--drop-comment-authors`): the names of 2 units' authors" in card


def test_a_citation_that_is_not_bibtex_is_one_line(tmp_path):
    from click.testing import CliRunner

    from corpus.cli import cli

    export = write(tmp_path, four_units())
    (tmp_path / "cite.bib").write_text("Doe, J. (2026). Comments.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(export), "-o", str(tmp_path / "out"), "-q",
                                      "--citation", str(tmp_path / "cite.bib")])  # fmt: skip
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: {tmp_path / 'cite.bib'}: the citation is not BibTeX: it should start like "
        "@misc{key, ...}"
    )


# -- croissant.json ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def croissant(tmp_path_factory):
    mlc = pytest.importorskip("mlcroissant")
    from . import synthetic_export

    base = tmp_path_factory.mktemp("croissant")
    export = synthetic_export.write(base / "export.json", 40)
    report = build_export(export, base / "out", config_xml=synthetic_export.CONFIG,
                          formats=("hf", "bio-jsonl"), annotators_file=base / "a.json",
                          license="cc-by-4.0")  # fmt: skip
    return report, mlc.Dataset(jsonld=str(report.output / "croissant.json"))


def test_mlcroissant_loads_the_exported_records_through_croissant_json(croissant):
    report, dataset = croissant
    assert not dataset.metadata.issues.errors
    units = list(dataset.records("units"))
    parquet = datasets.load_dataset(str(report.output), "units")
    expected = {r["unit_id"]: r for split in parquet.values() for r in split}
    assert sorted(r["units/unit_id"].decode() for r in units) == sorted(expected)
    for record in units:
        row = expected[record["units/unit_id"].decode()]
        assert record["units/text"].decode() == row["text"]
        assert record["units/stance"] == row["stance"]
        assert [t.decode() for t in record["units/tokens"]] == row["tokens"]
    names = {
        r["stance_labels/id"]: r["stance_labels/name"] for r in dataset.records("stance_labels")
    }
    assert names == dict(enumerate(parquet["train"].features["stance"].names))
    ner = list(dataset.records("ner"))
    assert len(ner) == sum(report.formats.units["bio-jsonl"].values())


def test_croissant_carries_the_responsible_ai_annotation_fields(croissant):
    report, dataset = croissant
    described = json.loads((report.output / "croissant.json").read_text(encoding="utf-8"))
    assert described["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    assert "3 annotators labelled 40 of 40 units" in described["rai:dataAnnotationProtocol"]
    assert "Label Studio" in described["rai:dataAnnotationPlatform"]
    assert "Krippendorff" in described["rai:dataAnnotationAnalysis"]
    assert described["citeAs"].startswith("@misc{out_")
    metadata = dataset.metadata
    assert metadata.data_annotation_protocol and metadata.data_annotation_platform
    assert metadata.data_annotation_analysis
    assert metadata.license == ["cc-by-4.0"]
