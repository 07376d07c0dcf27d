"""Our own sample articles, one per input shape, read the way their authors laid them out."""

from __future__ import annotations

import pytest

from corpus import split_files

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def results():
    return {r.document.doc_id: r for r in split_files([str(EXAMPLES)])}


def ids(result, kind="comment"):
    return [u.id.split("/", 1)[1] for u in result.units if u.kind == kind]


def test_the_text_scrape_threads_replies_three_deep(results):
    scrape = results["harbour-bridge-vote"]
    doc = scrape.document
    assert (doc.author, doc.site, doc.published) == (
        "Miriam Castellanos",
        "Tidewater Ledger",
        "2026-03-03",
    )
    assert (doc.comments_declared, doc.comments_found) == (12, 10)
    assert ids(scrape) == [
        "c1",
        "c1.1",
        "c1.1.1",
        "c1.1.1.1",
        "c2",
        "c3",
        "c3.1",
        "c4",
        "c4.1",
        "c5",
    ]
    deepest = next(u for u in scrape.units if u.id.endswith("/c1.1.1.1"))
    assert (deepest.depth, deepest.parent_id) == (4, "harbour-bridge-vote/c1.1.1")
    for dropped in ("Related video", "KTV:", "12 Responses", "Comments are closed.", "By Miriam"):
        assert dropped not in doc.text


def test_a_replys_own_continuation_paragraph_stays_with_the_reply(results):
    reply = next(u for u in results["harbour-bridge-vote"].units if u.id.endswith("/c3.1"))
    assert "\n\n" in reply.text


def test_the_html_page_keeps_the_comment_tree_and_drops_scripts(results):
    page = results["community-garden"]
    assert ids(page) == ["c1", "c1.1", "c1.1.1", "c2", "c2.1", "c3", "c4"]
    assert page.document.comments_declared == 7
    escaped = next(u for u in page.units if u.id.endswith("/c3"))
    assert "<b>bold</b>" in escaped.text
    authors = {u.author for u in page.units if u.kind == "comment"}
    assert "Zoë Ødegård-Nakamura" in authors


def test_jsonl_briefs_become_one_document_each_with_reply_chains(results):
    briefs = sorted(k for k in results if k.startswith("brief-"))
    assert briefs == [f"brief-00{n}" for n in range(1, 7)]
    assert ids(results["brief-006"]) == ["c1", "c1.1", "c1.1.1", "c2"]
    assert ids(results["brief-002"]) == []
    first = results["brief-001"].document
    assert first.url.startswith("https://") and first.published == "2026-04-02"


def test_every_example_sentence_sits_inside_its_parent(results):
    for result in results.values():
        by_id = {u.id: u for u in result.units}
        for unit in result.units:
            if unit.kind == "sentence":
                parent = by_id[unit.parent_id]
                assert parent.start <= unit.start < unit.end <= parent.end
