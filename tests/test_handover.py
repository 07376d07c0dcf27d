"""A big file's text handed over to its reader (readers/handover.py) reads as it does given
to it as a str: every plain-text and Markdown page of the gallery, read both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

import corpus.split as split_module
from corpus import split_files, units_jsonl
from corpus.readers.handover import Handover, peek, taken

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(
    str(p)
    for folder in (ROOT / "examples", ROOT / "bench" / "data" / "readers" / "gallery")
    for p in folder.iterdir()
    if p.suffix in (".txt", ".md") and not p.name.startswith("README")
)


def _read(paths: list[str]) -> list[tuple[str, bytes, bytes]]:
    return [
        (r.source, r.document.to_json(), units_jsonl(r.units))
        if r.document is not None
        else (r.source, b"", str(r.failure).encode())
        for r in split_files(paths)
    ]


def test_handed_over_pages_read_as_given_ones(monkeypatch):
    assert len(PAGES) >= 10
    given = _read(PAGES)
    handed: list[Handover] = []
    monkeypatch.setattr(split_module, "BIG_DOCUMENT", 1)  # every page handed over
    monkeypatch.setattr(
        split_module, "Handover", lambda text: handed.append(Handover(text)) or handed[-1]
    )
    assert _read(PAGES) == given
    assert len(handed) == len(PAGES)
    with pytest.raises(RuntimeError):  # each taken by its reader
        handed[0].peek()


def test_peek_and_take():
    text = Handover("words")
    assert peek(text) == peek("words") == "words" == taken("words")
    assert taken(text) == "words"
    with pytest.raises(RuntimeError):
        taken(text)
