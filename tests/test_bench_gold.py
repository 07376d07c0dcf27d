"""The hand-labelled sentence sets bench/split.py scores splitters on are well formed.

A sentence that is not in its paragraph, or is out of order, would be scored as an error of
every splitter alike and hide the real ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD_SETS = sorted((Path(__file__).parent.parent / "bench" / "data").glob("sentences-*.jsonl"))


def test_there_are_a_written_for_and_two_held_out_sets():
    assert [p.name for p in GOLD_SETS] == [
        "sentences-gold.jsonl",
        "sentences-heldout.jsonl",
        "sentences-heldout2.jsonl",
    ]


@pytest.mark.parametrize("path", GOLD_SETS, ids=lambda p: p.name)
def test_each_paragraph_is_its_sentences_in_order_with_only_whitespace_between(path):
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) > 50
    for record in records:
        text = record["text"]
        assert "\n" not in text and record["sentences"], record["source"]
        position = 0
        for sentence in record["sentences"]:
            assert sentence == sentence.strip() and sentence, record["source"]
            found = text.find(sentence, position)
            assert found >= 0 and not text[position:found].strip(), (record["source"], sentence)
            position = found + len(sentence)
        assert not text[position:].strip(), record["source"]
