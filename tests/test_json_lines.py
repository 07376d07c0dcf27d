"""The JSON Lines records: docs.jsonl's one per Document, units.jsonl's one per Unit.

``units_jsonl`` writes exactly the lines ``Unit.to_json`` writes, compiled or not:
``corpus/_fastjsonl.pyx`` stands in for the Python join wherever it is built; the join is the
definition.
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import Comment, Document, SourceMap, Span, Unit, read_text, segment, units_jsonl

from .test_offsets import articles

model = importlib.import_module("corpus.model")
compiled = pytest.mark.skipif(model._jsonl is None, reason="corpus/_fastjsonl.pyx is not built")


def _python(units):
    return b"".join(unit.to_json() + b"\n" for unit in units)


spans = st.builds(Span, st.integers(0, 9), st.integers(0, 9), st.text(), st.text())
units = st.builds(
    Unit.make,
    id=st.text(),
    doc_id=st.text(),
    kind=st.sampled_from(["title", "paragraph", "sentence", "comment"]),
    section=st.sampled_from(["title", "body", "comments"]),
    text=st.text(),
    start=st.integers(0, 10**12),
    end=st.integers(0, 10**12),
    parent_id=st.none() | st.text(),
    depth=st.integers(0, 50),
    index=st.integers(0, 10**6),
    author=st.none() | st.text(),
    published=st.none() | st.text(),
    spans=st.lists(spans, max_size=3).map(tuple),
)


@compiled
def test_the_install_built_the_compiled_writer_from_the_source_as_it_stands():
    source = Path(model.__file__).with_name("_fastjsonl.pyx")
    if not source.exists():
        pytest.skip("an installed wheel: no source beside the build")
    built = Path(importlib.import_module("corpus._fastjsonl").__file__)
    assert built.stat().st_mtime >= source.stat().st_mtime, "stale build: pip install -e ."


@settings(max_examples=200, deadline=None)
@given(st.lists(units, max_size=40))
def test_any_units_are_written_as_their_own_json_lines(some):
    written = units_jsonl(some)
    assert written == _python(some)
    assert [orjson.loads(line) for line in written.splitlines()] == [u.to_dict() for u in some]


@settings(max_examples=30, deadline=None)
@given(articles())
def test_a_generated_article_is_written_the_same_both_ways(article):
    units = segment(read_text(article[0], source="generated", doc_id="g"))
    assert units_jsonl(units) == _python(units)


def test_no_units_are_no_bytes():
    assert units_jsonl([]) == b""
    assert units_jsonl(iter(())) == b""


@compiled
def test_a_large_document_outgrows_the_first_buffer():
    # the buffer starts at 8 KiB and doubles: lines of every size cross its edges
    many = [
        Unit.make(f"d/p{n}", "d", "paragraph", "body", "é" * n * 37, 0, n, None, 0, n)
        for n in range(300)
    ]
    assert units_jsonl(many) == _python(many)
    assert units_jsonl(iter(many)) == _python(many)


@compiled
def test_a_record_that_orjson_cannot_write_raises_its_error():
    bad = Unit.make("d/p1", "d", "paragraph", "body", "x", 0, 1, None, 0, 0, spans=(object(),))
    with pytest.raises(orjson.JSONEncodeError):
        model._jsonl([bad], orjson.dumps)
    with pytest.raises(TypeError):  # a dumps that returns str is refused, not misread
        model._jsonl([bad], lambda unit: "not bytes")


def test_without_the_compiled_writer_the_python_join_writes_the_same():
    many = [
        Unit.make(f"d/s{n}", "d", "sentence", "body", "ü😀" * n, 0, 2 * n, "d/p1", 0, n)
        for n in range(50)
    ]
    assert units_jsonl(many, compiled=False) == units_jsonl(many) == _python(many)
    assert units_jsonl(iter(many), compiled=False) == _python(many)


def test_a_document_record_holds_every_field_with_arrays_for_offsets_and_objects_for_comments():
    doc = Document(
        doc_id="d",
        source="in/d.txt",
        format="text",
        text="Title\n\nBody.\n\nHi.",
        title="Title",
        author="Ann",
        site="Site",
        published="2026-11-30",
        url="https://example.org/d",
        language="en",
        encoding="utf-8",
        comments_declared=2,
        title_span=(0, 5),
        paragraphs=((7, 12),),
        comments=(Comment(14, 17, 1, None, "Bo", "2026-12-01"),),
        source_map=SourceMap(((0, 0, 5), (7, 9, 5))),
        spans=(Span(7, 11, "Loaded_Language", "Body"),),
    )
    expected = {
        "doc_id": "d",
        "source": "in/d.txt",
        "format": "text",
        "title": "Title",
        "author": "Ann",
        "site": "Site",
        "published": "2026-11-30",
        "url": "https://example.org/d",
        "language": "en",
        "encoding": "utf-8",
        "comments_declared": 2,
        "comments_found": 1,
        "text": "Title\n\nBody.\n\nHi.",
        "sha256": doc.sha256,
        "title_span": [0, 5],
        "paragraphs": [[7, 12]],
        "comments": [
            {
                "start": 14,
                "end": 17,
                "depth": 1,
                "parent": None,
                "author": "Bo",
                "published": "2026-12-01",
            }
        ],
        "spans": [{"start": 7, "end": 11, "label": "Loaded_Language", "text": "Body"}],
        "source_map": [[0, 0, 5], [7, 9, 5]],
    }
    assert doc.to_dict() == expected
    assert list(doc.to_dict()) == list(expected)  # the keys in this order


def test_a_document_without_title_comments_or_map_writes_nulls_and_empty_arrays():
    record = Document("d", "s", "text", "Body.", paragraphs=((0, 5),)).to_dict()
    assert record["title_span"] is None and record["source_map"] is None
    assert record["comments"] == [] and record["spans"] == [] and record["paragraphs"] == [[0, 5]]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_a_record_s_hash_is_hashlib_sha256_of_its_utf8_text_compiled_or_not(text):
    expected = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert Document("d", "s", "text", text).sha256 == expected
    assert model.sha256(text) == model.sha256(text, compiled=False) == expected
    for compiled in (True, False):
        unit = Unit.make(
            "d/p1", "d", "paragraph", "body", text, 0, len(text), None, 0, 0, compiled=compiled
        )
        assert unit.sha256 == expected
