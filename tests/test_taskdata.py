"""What a task shows around its unit: labelled context that reads, and never misleads.

An annotator sees the article, the comments a reply answers (with their authors), the text
around a sentence; a section is there only when it has something in it, a comment never
shows another thread as its parent, and a sentence never appears in its own context.
"""

from __future__ import annotations

import json
from html import unescape

import pytest
from lxml.html import fragments_fromstring

from corpus import split_files
from corpus.taskdata import TASK_FIELDS, THREAD_DEPTH, task_data

ARTICLE = {
    "id": "ferry",
    "title": "Ferry moves to a summer timetable",
    "text": "The ferry switches on Monday. The first boat leaves at 5:15 a.m. Fares stay.\n\n"
    "The operator heard the same complaint at every meeting.",
    "comments": [
        {"id": "a", "author": "Ines", "text": "Finally a boat before six <script>x()</script>."},
        {"id": "b", "author": "Pat", "text": "It says 5:15, not 5.", "parent": "a"},
        {"id": "c", "author": "Ines", "text": "Fifteen minutes is fine by me.", "parent": "b"},
        {"id": "d", "author": "Lou", "text": "Same here.", "parent": "c"},
        {"id": "e", "author": "Mo", "text": "And for me.", "parent": "d"},
        {"id": "f", "author": "Kit", "text": "Agreed with all of you.", "parent": "e"},
        {"id": "g", "author": "Ada", "text": "A new thread: what about fares?"},
    ],
}


@pytest.fixture(scope="module")
def tasks(tmp_path_factory) -> dict[str, dict]:
    path = tmp_path_factory.mktemp("taskdata") / "ferry.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    units = [u.to_dict() for r in split_files([str(path)]) for u in r.units]
    return {data["unit_id"]: data for data in task_data(units)}


def sections(html: str) -> list[tuple[str, str]]:
    """(label, text) for each labelled section of a context block, as an annotator reads it;
    a heading with no text of its own (the unit's label) is left out."""
    found = []
    for block in fragments_fromstring(html) if html else ():
        if len(block):
            label, *body = (" ".join(el.itertext()).split() for el in block)
            label, body = " ".join(label), [" ".join(words) for words in body]
            found.append((label, " ".join(body)))
    return found


def labels(html: str) -> list[str]:
    return [label for label, _ in sections(html)]


def test_every_task_carries_exactly_the_documented_fields(tasks):
    assert all(list(data) == list(TASK_FIELDS) for data in tasks.values())


def test_a_title_has_no_context_and_shows_no_empty_section(tasks):
    title = tasks["ferry/title"]
    assert title["context_before"] == title["context_after"] == ""


def test_a_top_level_comment_shows_the_article_and_no_reply_section(tasks):
    first = tasks["ferry/c1"]
    assert labels(first["context_before"]) == ["Article"]
    assert "This comment — Ines" in unescape(first["context_before"])
    assert first["context_after"] == ""
    assert first["parent_text"] == first["parent_author"] == ""


def test_a_reply_shows_the_comment_it_answers_with_its_author(tasks):
    reply = tasks["ferry/c1.1"]
    assert sections(reply["context_before"])[-1] == (
        "In reply to — Ines",
        "Finally a boat before six <script>x()</script>.",
    )
    assert (reply["parent_author"], reply["author"]) == ("Ines", "Pat")


def test_a_deep_reply_shows_the_chain_above_its_parent_up_to_a_limit(tasks):
    deep = tasks["ferry/c1.1.1.1.1.1"]  # Kit, answering Mo, under Lou, Ines, Pat, Ines
    (_, _), (earlier, chain), (reply, _) = sections(deep["context_before"])
    assert earlier == "Earlier in the thread (1 more above)"
    assert THREAD_DEPTH == 3
    assert chain == "Pat It says 5:15, not 5. Ines Fifteen minutes is fine by me. Lou Same here."
    assert reply == "In reply to — Mo"


def test_the_first_comment_of_a_thread_never_shows_the_last_reply_of_the_one_before(tasks):
    second = tasks["ferry/c2"]
    assert labels(second["context_before"]) == ["Article"]
    assert "Agreed with all of you" not in second["context_before"] + second["prev"]
    assert (
        second["prev"] == tasks["ferry/c1"]["text"]
    )  # its sibling: the previous top-level comment


def test_a_sentence_shows_its_paragraph_around_it_and_never_itself(tasks):
    middle = tasks["ferry/p1.s2"]
    assert middle["text"] == "The first boat leaves at 5:15 a.m."
    assert sections(middle["context_before"])[-1] == (
        "Earlier in the paragraph",
        "The ferry switches on Monday.",
    )
    assert sections(middle["context_after"]) == [("Later in the paragraph", "Fares stay.")]
    assert middle["text"] not in middle["context_before"] + middle["context_after"]
    assert middle["prev"] == "The ferry switches on Monday."


def test_a_first_sentence_has_no_earlier_section(tasks):
    first = tasks["ferry/p1.s1"]
    assert labels(first["context_before"]) == ["Article"]


def test_a_sentence_of_a_reply_names_the_comment_and_what_it_answers(tasks):
    sentence = tasks["ferry/c1.1.s1"]
    assert labels(sentence["context_before"]) == ["Article", "In reply to — Ines"]


def test_a_paragraph_shows_its_neighbours(tasks):
    second = tasks["ferry/p2"]
    assert sections(second["context_before"])[-1][0] == "Previous paragraph"
    assert second["context_after"] == ""


def test_text_in_the_context_is_escaped_so_markup_stays_literal(tasks):
    reply = tasks["ferry/c1.1"]
    assert "<script>" not in reply["context_before"]
    assert "&lt;script&gt;" in reply["context_before"]


def test_a_sentence_of_a_comment_says_whose_comment_it_is_from(tasks):
    sentence = tasks["ferry/c1.1.s1"]
    assert "This sentence, in a comment by Pat" in unescape(sentence["context_before"])


def test_every_review_key_is_declared_with_the_task_data():
    """The keys a review task adds to its unit's data are written down once, in taskdata."""
    import ast

    from corpus.taskdata import REVIEW_FIELDS

    from .conftest import ROOT

    for module in ("corpus/studio/review.py", "corpus/dataset/adjudication.py"):
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        keys = {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.startswith("review_")
            and node.value.isidentifier()
        }
        assert keys <= set(REVIEW_FIELDS), (module, keys - set(REVIEW_FIELDS))
