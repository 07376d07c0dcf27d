"""The article the project started from, read as a careful reader would read it."""

from __future__ import annotations

import pytest

from corpus import decode, read_text, segment

from .conftest import SEED, assert_offsets, need_shared


@pytest.fixture(scope="module")
def seed():
    text, encoding = decode(need_shared(SEED).read_bytes())
    doc = read_text(text, source=str(SEED), doc_id="palmyra", encoding=encoding)
    return doc, segment(doc)


def units_of(units, kind, section=None):
    return [u for u in units if u.kind == kind and (section is None or u.section == section)]


def test_metadata_comes_from_the_title_line_and_the_byline(seed):
    doc, _ = seed
    assert doc.title.startswith("Fall of Palmyra: Syrian regime races")
    assert doc.author == "Juan Cole"
    assert doc.site == "Informed Comment"


def test_the_body_has_nineteen_paragraphs(seed):
    _, units = seed
    assert len(units_of(units, "paragraph")) == 19


@pytest.mark.parametrize(
    "dropped",
    ["By Juan Cole", "Related video", "CCTV:", "11 Responses", "Comments are closed."],
)
def test_boilerplate_is_neither_text_nor_unit(seed, dropped):
    doc, units = seed
    assert dropped not in doc.text
    assert not any(dropped in u.text for u in units)


def test_ten_comments_are_found_and_eleven_declared(seed):
    doc, units = seed
    assert doc.comments_declared == 11
    assert doc.comments_found == 10
    assert len(units_of(units, "comment")) == 10


def test_comment_two_has_one_reply(seed):
    _, units = seed
    comments = {u.id.split("/")[1]: u for u in units_of(units, "comment")}
    assert [k for k in comments if k.startswith("c2.")] == ["c2.1"]
    reply = comments["c2.1"]
    assert reply.parent_id == "palmyra/c2"
    assert reply.depth == 2
    assert reply.text.startswith("Maybe this is evidence")
    assert all(c.depth == 1 for k, c in comments.items() if k != "c2.1")


def test_multi_paragraph_comments_stay_whole(seed):
    _, units = seed
    comments = {u.id.split("/")[1]: u for u in units_of(units, "comment")}
    assert comments["c1"].text.count("\n\n") == 2
    assert comments["c1"].text.endswith("responsive government.")
    assert comments["c9"].text.count("\n\n") == 3
    assert comments["c9"].text.endswith("figure out the rest.")


def test_a_continuation_line_stays_in_its_comment(seed):
    _, units = seed
    c3 = next(u for u in units if u.id == "palmyra/c3")
    assert "could have blocked the way.\nThe SAA and its allies" in c3.text
    assert c3.text.endswith("between Hisbollah and Iran.")


def test_comment_numbers_and_bullets_are_not_text(seed):
    _, units = seed
    for comment in units_of(units, "comment"):
        assert not comment.text[0].isdigit() and not comment.text.startswith("•")


# The body's sentences as a careful reader splits them (checked by hand).
BODY_SENTENCE_COUNTS = [2, 5, 4, 2, 1, 2, 1, 3, 2, 1, 2, 1, 3, 1, 2, 2, 2, 1, 3]


def test_body_sentences_are_split_as_a_careful_reader_would(seed):
    _, units = seed
    sentences = units_of(units, "sentence", "body")
    per_paragraph = [
        sum(1 for s in sentences if s.parent_id == f"palmyra/p{n}") for n in range(1, 20)
    ]
    assert per_paragraph == BODY_SENTENCE_COUNTS
    texts = [s.text for s in sentences]
    # abbreviations, "e.g.", "I.e." and "9/11" do not end sentences
    assert any(
        t.startswith("In part, this new position") and t.endswith("Salafi Jihadi).") for t in texts
    )
    assert any(
        t.startswith("Strategically, the ceasefire") and t.endswith("Idlib province, etc.")
        for t in texts
    )
    assert "I.e., the Palmyra campaign is about shaping the post-war settlement." in texts
    assert any("9/11 mastermind" in t and t.endswith("opposition?") for t in texts)
    assert any(t.startswith("(The opposition angrily asked") for t in texts)


def test_every_unit_points_at_its_text(seed):
    doc, units = seed
    assert_offsets(doc, units)
