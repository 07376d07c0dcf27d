"""A comment being read (readers/comment_draft.py) holds in slots what every comment sets,
and the fields a comment rarely sets only once it sets one: it reads, compares and is made
as the dataclass it replaced, at less than half its size."""

from __future__ import annotations

import sys

import pytest

from corpus.readers.comment_draft import _FIELDS, _RARE, CommentDraft


def test_a_new_comment_reads_every_field_at_its_default():
    comment = CommentDraft(4, 6, None)
    assert (comment.indent, comment.content, comment.parent) == (4, 6, None)
    assert comment.author is None and comment.published is None
    assert comment.paragraphs == [] and comment.header_line == -1
    assert not comment.closed and not comment.expect_date
    for name, default in _RARE.items():
        assert getattr(comment, name) == default
    assert vars(comment) == {}  # nothing rare set: no dictionary of its own


def test_a_rare_field_set_is_its_own_and_no_other_comments():
    first, second = CommentDraft(0, 0, None), CommentDraft(0, 0, None)
    first.level = 2
    assert (first.level, second.level) == (2, None)
    made = CommentDraft(0, 0, first, "Ann", "2024-01-02", number="3", ref=None, header_line=7)
    assert (made.number, made.ref, made.header_line, made.depth) == ("3", None, 7, 2)
    assert vars(made) == {"number": "3"}  # (a default given is left to the class)


def test_an_unknown_field_is_refused():
    with pytest.raises(TypeError, match="no field 'levels'"):
        CommentDraft(0, 0, None, levels=2)


def test_comments_compare_field_by_field_as_the_dataclass_did():
    a, b = CommentDraft(2, 2, None, "Ann"), CommentDraft(2, 2, None, "Ann")
    assert a == b and a is not b
    b.add(("Hello.", 10), new_paragraph=True)
    assert a != b
    a.add(("Hello.", 10), new_paragraph=False)
    assert a == b
    a.shown_replies = 2
    assert a != b
    with pytest.raises(TypeError):
        hash(a)
    assert len(_FIELDS) == len(set(_FIELDS)) == 9 + len(_RARE)


def test_lines_left_out_under_a_comment_make_a_list_at_the_first():
    comment = CommentDraft(0, 0, None)
    assert comment.after == ()
    comment.leave_out("-- Ann")
    comment.leave_out("Ann's blog")
    assert comment.after == ["-- Ann", "Ann's blog"]
    assert CommentDraft(0, 0, None).after == ()  # (the class's default is not appended to)


def test_paragraphs_gather_pieces():
    comment = CommentDraft(0, 0, None)
    comment.add(None, new_paragraph=True)
    comment.add(("One.", 0), new_paragraph=False)
    comment.add(("Two.", 5), new_paragraph=False)
    comment.add(("Three.", 11), new_paragraph=True)
    assert comment.paragraphs == [[("One.", 0), ("Two.", 5)], [("Three.", 11)]]


def test_a_comment_takes_less_than_half_the_dataclass_it_replaced():
    assert sys.getsizeof(CommentDraft(0, 0, None)) < 250 // 2  # (250 bytes, 27 slots)


def test_a_comment_added_to_the_document_lets_its_paragraphs_go():
    from corpus.readers import text as text_module
    from corpus.readers.builder import TextBuilder
    from corpus.readers.rules import default

    reader = text_module._Reader("", default(), "en", trace=False)
    first = CommentDraft(0, 0, None, "Ann")
    first.add(("First comment.", 0), new_paragraph=True)
    reply = CommentDraft(2, 2, first, "Bob")
    reply.add(("A reply.", 20), new_paragraph=True)
    reply.add(("Its second paragraph.", 30), new_paragraph=True)
    builder = TextBuilder()
    text_module._add_thread(reader, [first, reply], None, builder)
    assert builder.text == "First comment.\n\nA reply.\n\nIts second paragraph."
    assert [(c.depth, c.parent, c.author) for c in builder.comments] == [
        (1, None, "Ann"),
        (2, 0, "Bob"),
    ]
    assert first.paragraphs == reply.paragraphs == []  # the builder holds their texts


def test_the_documents_comments_are_slotted():
    from corpus.model import Comment

    comment = Comment(0, 5, 1, None, "Ann")
    assert not hasattr(comment, "__dict__")
    assert sys.getsizeof(comment) < 100
