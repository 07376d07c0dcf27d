"""``PiecedText`` finds a part exactly where the text joined whole would."""

from __future__ import annotations

import random

import pytest

from corpus.readers import pieced
from corpus.readers.pieced import SEPARATOR, PiecedText


@pytest.fixture
def tiny_pieces(monkeypatch):
    """Pieces of a few bytes, so that a short text is held in many."""
    monkeypatch.setattr(pieced, "PIECE_SMALL", 4)
    monkeypatch.setattr(pieced, "PIECE_MAX", 40)


def test_found_as_in_the_joined_text(tiny_pieces):
    rng = random.Random(1)

    def word(n: int) -> str:
        return "".join(rng.choice("ab cé😀") for _ in range(n))

    for _ in range(1500):
        first = word(rng.randint(0, 6)).strip()
        text, whole = PiecedText(first), first
        for _ in range(rng.randint(0, 12)):
            batch = " ".join(word(rng.randint(0, 5)).split())
            text.add(batch)
            whole += SEPARATOR + batch
            for _ in range(10):
                i = rng.randint(0, len(whole))
                part = whole[i : rng.randint(i, min(len(whole), i + 8))]
                part = part if rng.random() < 0.7 else word(rng.randint(0, 5))
                assert (part in text) == (part in whole), (part, whole)
        assert str(text) == whole
        assert bool(text) == bool(whole)


def test_a_part_that_runs_into_a_separator(monkeypatch):
    monkeypatch.setattr(pieced, "PIECE_SMALL", 4)
    monkeypatch.setattr(pieced, "PIECE_MAX", 16)
    text = PiecedText("one two three")
    text.add("four five six")
    assert len(text._pieces) == 2
    assert "three " in text and " four" in text and "three \n four" in text
    assert "three four" not in text
    text.add("seven")
    text.add("eight nine ten")
    assert len(text._pieces) == 4
    assert " seven " in text and "seven" in text and " seve " not in text
