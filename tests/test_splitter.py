"""`splitter=corpus.Splitter(...)` chooses how sentences are split, from segment to split_files.

The default is what corpus does unasked: sentencex, corpus's corrections, the compiled loop
where it is built. Another function gives its own sentences, with offsets as exact as ever.
"""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

import corpus
import corpus.split as split_module
from corpus import Splitter, read_text, segment, sentence_spans, split_files, units_jsonl
from corpus.segment import DEFAULT_SPLITTER

from .conftest import EXAMPLES

ARTICLE = """Mr. Smith comes home

By Ann Writer | (The Site) |

Mr. Smith came home. He left at 8 a.m. Monday.

The second paragraph is short.

2 Responses

  1. Welcome back, Mr. Smith.

    • Indeed. Good to see you.

Comments are closed.
"""


def words(language: str, line: str) -> list[str]:
    """A splitter that ends a sentence at every space (module-level: worker processes get it)."""
    return line.split(" ")


EVERY_SPACE = Splitter(words, corrections=False)


def _document():
    return read_text(ARTICLE, source="a.txt", doc_id="a")


def _sentences(units):
    return [u.text for u in units if u.kind == "sentence"]


def test_the_default_is_what_segment_does_unasked():
    doc = _document()
    assert DEFAULT_SPLITTER == Splitter() == Splitter(corrections=True, compiled=True)
    assert segment(doc, splitter=Splitter()) == segment(doc)
    assert _sentences(segment(doc)) == [
        "Mr. Smith came home.",
        "He left at 8 a.m. Monday.",  # a correction: sentencex alone splits after "a.m."
        "The second paragraph is short.",
        "Welcome back, Mr. Smith.",
        "Indeed.",
        "Good to see you.",
    ]


@pytest.mark.parametrize("compiled", [True, False])
def test_a_splitter_that_ends_a_sentence_at_every_space_gives_one_sentence_unit_per_word(compiled):
    doc = _document()
    units = segment(doc, splitter=replace(EVERY_SPACE, compiled=compiled))
    body = "Mr. Smith came home. He left at 8 a.m. Monday. The second paragraph is short."
    comments = "Welcome back, Mr. Smith. Indeed. Good to see you."
    assert _sentences(units) == f"{body} {comments}".split(" ")
    for unit in units:
        assert doc.text[unit.start : unit.end] == unit.text
    # only the sentences change: titles, paragraphs and comments are the splitter's business not
    default = segment(doc)
    assert [u for u in units if u.kind != "sentence"] == [
        u for u in default if u.kind != "sentence"
    ]
    first = next(u for u in units if u.kind == "sentence")
    assert (first.id, first.parent_id, first.index) == ("a/p1.s1", "a/p1", 0)


def test_corrections_off_leaves_the_splitter_s_sentences_as_they_are():
    line = "He left at 8 a.m. Monday."
    assert [line[s:e] for s, e in sentence_spans(line)] == [line]
    plain = [line[s:e] for s, e in sentence_spans(line, splitter=Splitter(corrections=False))]
    assert plain == ["He left at 8 a.m.", "Monday."]


def test_the_splitter_splits_a_quotation_s_own_text_too():
    # the quotation rule hands a quotation's text to the splitter asked for, not to sentencex
    line = "“We lost. We will be back,” he said."
    assert [line[s:e] for s, e in sentence_spans(line)] == [
        "“We lost.",
        "We will be back,” he said.",
    ]
    never = Splitter(lambda language, text: [text])
    assert [line[s:e] for s, e in sentence_spans(line, splitter=never)] == [line]


@pytest.mark.parametrize("workers", [1, 2])
def test_split_files_gives_every_document_the_splitter_in_one_process_or_several(workers):
    results = list(split_files([str(EXAMPLES)], workers=workers, splitter=EVERY_SPACE))
    assert results and all(r.failure is None for r in results)
    assert any(
        r.document.format == "jsonl" for r in results
    )  # records are split in jobs of their own
    for result in results:
        for unit in result.units:
            if unit.kind == "sentence":
                assert " " not in unit.text


def test_a_big_document_made_batch_by_batch_keeps_its_splitter(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (small,) = split_files([str(path)], splitter=EVERY_SPACE)
    monkeypatch.setattr(split_module, "BIG_DOCUMENT", 10)
    (big,) = split_files([str(path)], splitter=EVERY_SPACE)
    assert isinstance(big.units, split_module.Units)
    assert list(big.units) == list(small.units)
    assert _sentences(small.units) == _sentences(segment(small.document, splitter=EVERY_SPACE))


def test_the_pure_python_pipeline_writes_the_same_bytes():
    pure = Splitter(compiled=False)
    for compiled, python in zip(
        split_files([str(EXAMPLES)]), split_files([str(EXAMPLES)], splitter=pure), strict=True
    ):
        assert python.document == compiled.document
        assert units_jsonl(python.units, compiled=False) == units_jsonl(compiled.units)


def test_a_function_given_as_the_splitter_is_refused_with_what_to_give_instead():
    doc = _document()
    with pytest.raises(TypeError, match=r"Splitter\(sentences=\.\.\.\)"):
        segment(doc, splitter=words)
    with pytest.raises(TypeError, match=r"Splitter\(sentences=\.\.\.\)"):
        next(split_files([str(EXAMPLES)], splitter=words))
    with pytest.raises(TypeError, match="callable"):
        Splitter("sentencex")


def test_a_splitter_that_cannot_reach_the_worker_processes_is_refused_before_any_file_is_read():
    local = Splitter(lambda language, line: [line])
    with pytest.raises(TypeError, match="module-level function"):
        next(split_files([str(EXAMPLES)], workers=2, splitter=local))
    assert pickle.loads(pickle.dumps(DEFAULT_SPLITTER)) == DEFAULT_SPLITTER


def test_the_splitter_is_part_of_the_public_api():
    assert corpus.Splitter is Splitter
    assert "Splitter" in corpus.__all__
