"""Standoff annotations on raw files are carried onto the canonical text and its units."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import SpanError, split_files
from corpus.spans import load_spans

from .conftest import PTC, assert_offsets, need_shared


@pytest.mark.parametrize("task", ["task1-SI", "task2-TC"])
def test_every_ptc_gold_span_maps_onto_the_text_it_covered(task):
    articles = sorted(need_shared(PTC).glob("article*.txt"))
    label_files = [str(a.with_suffix(f".{task}.labels")) for a in articles]
    expected = sum(len(v) for v in load_spans(label_files).values())
    results = list(split_files([str(a) for a in articles], spans=label_files))
    attached = 0
    for result, article in zip(results, articles, strict=True):
        assert result.failure is None and result.warnings == ()
        source = article.read_text(encoding="utf-8")
        by_position = {}
        for line in Path(article.with_suffix(f".{task}.labels")).read_text().splitlines():
            fields = line.split("\t")
            start, end = int(fields[-2]), int(fields[-1])
            by_position.setdefault(source[start:end], 0)
            by_position[source[start:end]] += 1
        for span in result.document.spans:
            assert by_position.get(span.text), span  # identical to the source text it covered
        attached += len(result.document.spans)
        assert_offsets(result.document, result.units)
    assert attached == expected


def test_spans_inside_a_unit_are_rebased_onto_the_unit(tmp_path: Path):
    article = tmp_path / "article42.txt"
    article.write_text(
        "Title here\n\nFirst sentence here. Second sentence here.\n", encoding="utf-8"
    )
    spans = tmp_path / "gold.labels"
    start = article.read_text().index("Second")
    spans.write_text(f"42\tLoaded_Language\t{start}\t{start + 6}\n")
    (result,) = split_files([str(article)], spans=[str(spans)])
    sentence = next(u for u in result.units if u.text == "Second sentence here.")
    (span,) = sentence.spans
    assert (span.start, span.end, span.label, span.text) == (0, 6, "Loaded_Language", "Second")


def test_a_span_over_dropped_text_is_reported_not_kept(tmp_path: Path):
    article = tmp_path / "doc.txt"
    article.write_text("Title\n\nBy Ann Lee | (Site) |\n\nBody text.\n", encoding="utf-8")
    spans = tmp_path / "gold.jsonl"
    spans.write_text('{"doc_id": "doc", "start": 10, "end": 17, "label": "PER"}\n')
    (result,) = split_files([str(article)], spans=[str(spans)])
    assert result.document.spans == ()
    assert len(result.warnings) == 1 and "not in the canonical text" in result.warnings[0]


def test_a_span_across_removed_indentation_differs_only_in_whitespace(tmp_path: Path):
    text = "Title\n\nBody.\n\n3 Comments\n\n  1. First line of a comment\n    continues here.\n"
    article = tmp_path / "doc.txt"
    article.write_text(text, encoding="utf-8")
    start, end = text.index("comment\n"), text.index("continues") + len("continues")
    spans = tmp_path / "gold.jsonl"
    spans.write_text(f'{{"doc_id": "doc", "start": {start}, "end": {end}, "label": "X"}}\n')
    (result,) = split_files([str(article)], spans=[str(spans)])
    (span,) = result.document.spans
    assert span.text == "comment\ncontinues"


@pytest.mark.parametrize(
    "line", ["42\t1\n", "42\tL\tx\t5\n", '{"doc_id": "a", "start": 1}\n', "42\tL\t9\t3\n"]
)
def test_malformed_span_files_name_the_line(tmp_path: Path, line):
    spans = tmp_path / "bad.labels"
    spans.write_text(line)
    with pytest.raises(SpanError, match=r"bad\.labels:1"):
        load_spans([str(spans)])
