"""The compiled join that lets a big document's pieces go as it copies them makes the text
``"".join`` makes: the same characters, as wide; and the builder's source map, kept flat
while it builds, is the runs it was."""

from __future__ import annotations

import ctypes
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.readers import builder as builder_module
from corpus.readers.builder import TextBuilder

fast = pytest.importorskip("corpus._fastsegment")


@given(st.lists(st.text(max_size=12)))
def test_joins_as_str_join(parts):
    held = list(parts)
    text = fast.join_releasing(held)
    assert text == "".join(parts)
    # "".join of one part hands back that part, whose UTF-8 CPython may have cached beside
    # it (a one-letter string is a shared object); joined between two empty ones it is made
    # afresh, as join_releasing makes it, so the sizes compare the widths alone.
    fresh = "".join(["", *parts, ""])
    assert sys.getsizeof(text) == sys.getsizeof(fresh)  # as wide, as ASCII or not
    assert held == [None] * len(parts)


def test_is_as_wide_as_str_join_when_the_part_carries_its_utf8():
    as_utf8 = ctypes.pythonapi.PyUnicode_AsUTF8
    as_utf8.argtypes, as_utf8.restype = [ctypes.py_object], ctypes.c_char_p
    as_utf8("Þ")  # a one-letter string is shared, its UTF-8 now cached beside it
    test_joins_as_str_join.hypothesis.inner_test(["Þ"])


def test_wants_str_and_keeps_the_parts_then():
    held = ["a", b"b"]
    with pytest.raises(TypeError, match="item 1"):
        fast.join_releasing(held)
    assert held == ["a", b"b"]


def test_a_big_builder_makes_the_document_a_small_one_makes(monkeypatch):
    def built() -> TextBuilder:
        builder = TextBuilder()
        builder.add_title([("A “title”", 0)])
        builder.add_paragraph([("Words 😀", 20), ("more words", 40)])
        builder.add_comment([[("a comment", 80)]], depth=1, parent=None, author="Ann")
        return builder

    small = built().document(doc_id="d", source="s", format="text")
    monkeypatch.setattr(builder_module, "_RELEASE_MIN", 0)
    big = built()
    assert big.document(doc_id="d", source="s", format="text") == small
    assert big.text == small.text  # (its pieces are the text, once joined)


@pytest.mark.parametrize("release_min", [0, 1 << 20])
def test_the_source_map_kept_flat_reads_as_its_runs(monkeypatch, release_min):
    monkeypatch.setattr(builder_module, "_RELEASE_MIN", release_min)  # 0: held flat at once
    builder = TextBuilder()
    builder.add_paragraph([("one two", 0)])
    builder.add_paragraph([("three", 20), ("four", 40)])
    assert (type(builder._runs) is list) == bool(release_min)
    assert builder.drop_last_line() == "four"
    doc = builder.document(doc_id="d", source="s", format="text")
    assert doc.text == "one two\n\nthree"
    assert doc.source_map is not None
    assert doc.source_map.runs == ((0, 0, 7), (9, 20, 5))
    assert builder.drop_last_line() == "three"  # a paragraph of one line: it goes whole
    assert builder.document(doc_id="d", source="s", format="text").source_map.runs == ((0, 0, 7),)
