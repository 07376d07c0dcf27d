"""Input formats live in one registry: a new one joins there and split, inspect, the --format
choices, directory search and sniffing all know it."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import split_files
from corpus.model import Document
from corpus.readers import input_formats as formats
from corpus.readers.input_formats import InputFormat, register, unregister
from corpus.readers.text import read_text


def _read_rst(text, *, source, doc_id, encoding=None, rules=None):
    """A toy reader: reStructuredText's heading underlines dropped, the rest read as a text
    page."""
    lines = [line for line in text.split("\n") if not (line and set(line) <= set("=-~"))]
    doc: Document = read_text("\n".join(lines), source=source, doc_id=doc_id)
    return doc, ()


@pytest.fixture
def restructured():
    fmt = register(
        InputFormat(
            "rst",
            (".rst",),
            looks_like=lambda head: "\n=====" in head,
            parse=_read_rst,
        )
    )
    yield fmt
    unregister("rst")


def test_the_builtin_formats_are_the_registry():
    assert formats.format_names() == ("auto", "text", "html", "markdown", "jsonl")
    assert formats.by_extension(".HTM") == "html" and formats.by_extension(".ndjson") == "jsonl"
    assert formats.by_extension(".md") == "markdown"
    assert formats.extensions_phrase() == ".txt, .html, .md or .jsonl"


def test_a_registered_format_is_found_in_a_directory_and_read(tmp_path: Path, restructured):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "walk.rst").write_text(
        "The bridge walk\n===============\n\nWe met at the gate at nine.\n", encoding="utf-8"
    )
    (folder / "ignored.adoc").write_text("not a format corpus knows\n", encoding="utf-8")
    results = list(split_files([str(folder)]))
    assert [r.source for r in results] == [str(folder / "walk.rst")]
    (result,) = results
    assert result.failure is None
    assert "===" not in result.document.text
    assert "We met at the gate at nine." in result.document.text
    assert formats.extensions_phrase() == ".txt, .html, .md, .jsonl or .rst"


def test_a_registered_format_is_sniffed_and_offered_as_a_choice(restructured):
    assert formats.sniff_format("Title\n=====\nbody") == "rst"
    assert formats.sniff_format("plain words") == "text"
    assert "rst" in formats.format_names()


def test_a_format_must_say_how_it_is_read():
    with pytest.raises(ValueError, match="needs either parse"):
        register(InputFormat("nothing", (".none",)))
    assert "nothing" not in formats.REGISTRY
