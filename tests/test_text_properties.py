"""Invariants of the text reader over random mixes of every shape it reads.

Pages are put together at random from the pieces users' copies are made of (page chrome,
bylines in several languages, furniture, comment headers of WordPress, Blogger, Disqus,
forums, Reddit, Hacker News and Q&A sites, numbers, bullets, indentation, CRLF) and random text in many
scripts. Whatever comes out: every offset is exact, every copied stretch maps back to the
source, a second reading gives the same units, replies follow what they answer, and nothing
but a CorpusError is ever raised.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corpus import segment
from corpus.errors import CorpusError
from corpus.readers import read_document
from corpus.readers.text import parse_text

from .conftest import assert_offsets
from .test_offsets import _PARAGRAPH, _WORD

_NAME = st.sampled_from(
    ["Ann Lee", "Tom Reed", "Jérôme_B", "sabine.k", "Dr. Priya Raman", "Anonymous", "Mehmet Aydın",
     "lotte_vd_berg", "P. Nakamura", "Fatima el Amrani", "kenneth dawson"]
)  # fmt: skip
_DATE = st.sampled_from(
    ["June 18, 2022 at 7:45 pm", "21. März 2024 um 9:14 Uhr", "12 octobre 2019 à 10 h 14 min",
     "15 de febrero de 2020, 12:45", "14 mei 2024 om 08:02", "2 years ago", "3 anni fa",
     "Tue Mar 12, 2024 8:02 pm", "01-28-2023, 10:14 AM", "22 de setembro de 2018 às 10:12"]
)  # fmt: skip
_FURNITURE = st.sampled_from(
    ["Share this:", "Like Loading...", "Reply", "Antworten", "Répondre", "△ 23 ▽ • Reply • Share ›",
     "Posted in News | Tagged bridge", "Labels: waders", "Related", "Load more comments",
     "Sort by Best", "Leave a Reply Cancel reply", "Comments are closed.", "Top", "Avatar",
     "Subscribe to: Post Comments (Atom)", "Pingback: A round-up | Weekly", "level 2",
     "Reply With Quote", "__________________", "Quote:", "In reply to Ann Lee.", "↩ sabine.k",
     "12 points · 3 years ago", "Posts: 214", "Skip to content", "Menu", "Home | News | About"]
)  # fmt: skip
_COUNT = st.sampled_from(
    ["{n} Responses", "{n} thoughts on “A title”", "{n} Gedanken zu „Ein Titel“", "{n} comments:",
     "{n} commentaires", "{n} comentarios", "Comments ({n})", "{n} reacties"]
)  # fmt: skip
_BYLINE = st.sampled_from(
    ["By {name} | (The Ledger) | – –", "Posted on {date} by {name}", "Posted by {name} on {date}",
     "Von {name} | {date}", "Par {name}", "{date} by {name}", "Started by {name}", "u/{name}"]
)  # fmt: skip


@st.composite
def _comment(draw, shape: str, number: int) -> list[str]:
    name, date = draw(_NAME), draw(_DATE)
    indent = " " * draw(st.sampled_from([0, 0, 2, 4, 8]))
    text = [indent + draw(_PARAGRAPH) for _ in range(draw(st.integers(1, 2)))]
    body = [part for line in text for part in (line, "")]
    header = {
        "wordpress": [f"{indent}{name} says:", f"{indent}{date}", ""],
        "numbered": [f"{indent}{number}. {name} schreef:", f"{indent}{date}", ""],
        "blogger": [f"{name} said...", ""],
        "disqus": ["Avatar", f"{indent}{name} • {date}", ""],
        "forum": [f"#{number} {name}", "Regular", "", f"Post by {name} » {date}", ""],
        "reddit": [f"level {draw(st.integers(1, 3))}", name, f"{number} points · {date}", ""],
        "hn": [f"{indent}{number} points by {name} {date} | next [–]", ""],
        "seed": [],
        "qa": [],
    }[shape]
    if shape == "qa":  # an answer signed under its text, a comment under it on one line
        signature = ["Share", "Improve this answer", f"answered {date}", name, "1,204 ● 3"]
        remark = f"    {draw(_WORD)} {draw(_WORD)}. – {draw(_NAME)} {draw(_DATE)}"
        return [str(number), "", *body, *signature, "", remark, "Add a comment", ""]
    if shape == "seed":
        marker = draw(st.sampled_from([f"  {number}. ", "    • ", "      • "]))
        return [marker + draw(_PARAGRAPH), "", *body[2:]]
    trailer = [f"{indent}{date}"] if shape == "blogger" else []
    return [*header, *body, *trailer, *draw(st.lists(_FURNITURE, max_size=2))]


@st.composite
def pages(draw) -> str:
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines: list[str] = []
    if draw(st.booleans()):
        lines += [*draw(st.lists(_FURNITURE, max_size=3)), draw(_WORD) + " " + draw(_WORD), ""]
    lines += [draw(_WORD) + " " + draw(_WORD) + " " + draw(_WORD), ""]
    if draw(st.booleans()):
        byline = draw(_BYLINE).format(name=draw(_NAME), date=draw(_DATE))
        lines += [byline, ""]
    for _ in range(draw(st.integers(0, 4))):
        lines += [draw(st.sampled_from(["", " ", "\t"])) + draw(_PARAGRAPH), ""]
        if draw(st.integers(0, 4)) == 0:
            lines += [draw(_FURNITURE), ""]
    if draw(st.booleans()):  # a list: one paragraph per item
        lines += [draw(_WORD), draw(_WORD) + " " + draw(_WORD), ""]
    comments = draw(st.integers(0, 5))
    if draw(st.booleans()):
        lines += [draw(_COUNT).format(n=comments + draw(st.integers(0, 2))), ""]
    shape = draw(st.sampled_from(
        ["wordpress", "numbered", "blogger", "disqus", "forum", "reddit", "hn", "seed", "qa"]
    ))  # fmt: skip
    if shape == "qa":  # the question's signature under it
        lines += ["Share", "Improve this question", f"asked {draw(_DATE)}", draw(_NAME), ""]
    for number in range(1, comments + 1):
        lines += draw(_comment(shape, number))
    lines += draw(st.lists(_FURNITURE, max_size=3))
    return eol.join(lines)


def _units(text: str):
    doc = read_document(text, format="text", source="p", doc_id="p")
    return doc, segment(doc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_any_page_reads_with_exact_offsets_and_the_same_units_twice(page):
    try:
        doc, units = _units(page)
    except CorpusError:
        return  # "no text found" and its like: one clear error, never a crash
    assert_offsets(doc, units)
    again_doc, again = _units(page)
    assert [(u.id, u.text, u.start) for u in units] == [(u.id, u.text, u.start) for u in again]
    assert again_doc == doc
    assert len({u.id for u in units}) == len(units)
    # every stretch copied from the source is the source's own text
    for text_start, source_start, length in doc.source_map.runs:
        assert (
            doc.text[text_start : text_start + length] == page[source_start : source_start + length]
        )
    # a reply follows what it answers, one level deeper
    for n, comment in enumerate(doc.comments):
        if comment.parent is None:
            assert comment.depth == 1
        else:
            assert comment.parent < n
            assert comment.depth == doc.comments[comment.parent].depth + 1
    # listing what was left out changes nothing about what was read
    traced = parse_text(page, source="p", doc_id="p", trace=True)
    assert traced.document == doc
    for dropped in traced.dropped:
        assert (
            dropped.text
            in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")[dropped.line - 1]
        )


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
@example("¹¹")  # digits int() does not read, where a count may stand
@example("-\x0c»")  # a name of a form feed alone, which no strip of spaces takes
def test_any_text_at_all_is_read_or_refused_with_a_corpus_error(text):
    try:
        doc, units = _units(text)
    except CorpusError:
        return
    assert_offsets(doc, units)


def test_a_dropped_line_after_a_zero_count_is_named_by_its_line_in_any_line_ending():
    page = "a a a\r\ra.\r\rShare this:\r\ra\ra a\r\r0 Responses\r\rlevel 2"
    parse = parse_text(page, source="p", doc_id="p", trace=True)
    lines = page.replace("\r", "\n").split("\n")
    for dropped in parse.dropped:
        assert dropped.text in lines[dropped.line - 1]
