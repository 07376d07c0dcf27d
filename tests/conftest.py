"""Shared fixtures: where the project's own samples and the shared real-world material live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "palmyra-informed-comment.txt"
REALWORLD = SHARED / "realworld" / "articles"
PTC = REALWORLD / "semeval_ptc"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def assert_offsets(doc, units) -> None:
    """The invariant every stage relies on, with a message that shows the broken unit."""
    for unit in units:
        assert doc.text[unit.start : unit.end] == unit.text, unit.id
        assert unit.text and unit.text == unit.text.strip(), unit.id
        for span in unit.spans:
            assert unit.text[span.start : span.end] == span.text, (unit.id, span)
    for span in doc.spans:
        assert doc.text[span.start : span.end] == span.text, span
    for comment in doc.comments:
        assert 0 <= comment.start < comment.end <= len(doc.text)
    assert "\r" not in doc.text
