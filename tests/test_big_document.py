"""A big document's units are made a batch at a time, and are the units a small one gets."""

from __future__ import annotations

import corpus.split as split_module
from corpus import segment, split_files, units_jsonl
from corpus.segment import segment_pieces
from corpus.split import Summary, Units

ARTICLE = """A title for the test

By Ann Writer | (The Site) |

The first paragraph says one thing. Then it says another! Does it ask? It does.

The second paragraph is short.

3 Responses

  1. I agree with the first paragraph. Mostly.

    • A reply to that, in two sentences. Here is the second.

  2. Another comment. With “a quotation. In two parts.” Then more.

Comments are closed.
"""


def test_pieces_are_the_units_in_order(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (result,) = split_files([str(path)])
    whole = segment(result.document)
    for batch in (1, 2, 5, 4096):
        pieces = list(segment_pieces(result.document, batch=batch))
        assert [u for piece in pieces for u in piece] == whole
        assert all(pieces)  # no empty batch


def test_a_big_document_gets_the_same_units_lazily(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (small,) = split_files([str(path)])
    monkeypatch.setattr(split_module, "BIG_DOCUMENT", 10)
    (big,) = split_files([str(path)])
    assert isinstance(big.units, Units) and isinstance(small.units, tuple)
    assert big.units == small.units and len(big.units) == len(small.units)
    assert big.units[3] == small.units[3]
    written = b"".join(units_jsonl(piece) for piece in big.units.pieces(batch=2))
    assert written == units_jsonl(small.units)
    counted, listed = Summary(), Summary()
    counted.add(big)
    listed.add(small)
    assert counted.units == listed.units


def test_the_cli_writes_a_big_document_as_it_writes_a_small_one(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from corpus.cli import cli

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    small = CliRunner().invoke(cli, ["split", str(path), "-o", str(tmp_path / "small.jsonl")])
    monkeypatch.setattr(split_module, "BIG_DOCUMENT", 10)
    big = CliRunner().invoke(cli, ["split", str(path), "-o", str(tmp_path / "big.jsonl")])
    assert small.exit_code == big.exit_code == 0
    assert (tmp_path / "small.jsonl").read_bytes() == (tmp_path / "big.jsonl").read_bytes()
    assert small.stderr.splitlines()[-1] == big.stderr.splitlines()[-1]  # the same counts


def test_comments_are_numbered_one_at_a_time_as_their_units_are_made():
    from types import GeneratorType

    from corpus.model import Comment
    from corpus.segment import _numbered_comments

    comments = (
        Comment(0, 1, 1, None),
        Comment(2, 3, 2, 0),
        Comment(4, 5, 2, 0),
        Comment(6, 7, 1, None),
    )
    numbered = _numbered_comments(comments, "doc/")
    assert isinstance(numbered, GeneratorType)  # (a big document's not all held at once)
    assert [(uid, parent) for uid, parent, _ in numbered] == [
        ("c1", None),
        ("c1.1", "doc/c1"),
        ("c1.2", "doc/c1"),
        ("c2", None),
    ]
