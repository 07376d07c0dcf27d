"""Segmentation keeps its contract however its hot path is written (bench/README.md).

The splitter's fast paths (``in`` tests before a regex scan, lines split with ``str.split``,
one loop per paragraph) each stand in for a slower definition; these tests hold each fast
path to that definition.
"""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import read_text, segment, sentence_spans
from corpus.model import KINDS
from corpus.readers.builder import split_lines
from corpus.readers.rules import find_date, is_date_line
from corpus.segment import DEFAULT_SPLITTER, Splitter

from .test_offsets import _PARAGRAPH, articles

segment_module = importlib.import_module("corpus.segment")  # corpus.segment is also a function


@settings(max_examples=60, deadline=None)
@given(articles(), st.sets(st.sampled_from(KINDS), min_size=1))
def test_asking_for_some_kinds_gives_exactly_those_units_of_the_full_split(article, kinds):
    doc = read_text(article[0], source="generated", doc_id="g")
    everything = segment(doc)
    assert segment(doc, kinds) == [u for u in everything if u.kind in kinds]


@settings(max_examples=60, deadline=None)
@given(articles())
def test_each_kind_is_numbered_from_zero_in_reading_order(article):
    units = segment(read_text(article[0], source="generated", doc_id="g"))
    for kind in KINDS:
        assert [u.index for u in units if u.kind == kind] == list(
            range(sum(u.kind == kind for u in units))
        )
    assert [u.start for u in units if u.kind == "sentence"] == sorted(
        u.start for u in units if u.kind == "sentence"
    )


@settings(max_examples=100, deadline=None)
@given(_PARAGRAPH)
def test_a_splitter_that_trims_its_pieces_gives_the_same_sentences(line):
    expected = list(sentence_spans(line))
    real = DEFAULT_SPLITTER.sentences
    trims = Splitter(lambda language, text: [p.strip() for p in real(language, text)])
    assert list(sentence_spans(line, splitter=trims)) == expected


# every kind of boundary _MISSED finds, between plain text and a capitalised word
_BOUNDARY = st.sampled_from(
    [
        *[".)", "!)", "?)", ".]", "!]", "?]", "…", "…”", '…"', "…’"],
        *["😀", "❤\ufe0f", "👍🏽", "\u2600", "\u27bf", "\U0001f300", "\U0001faff"],
    ]
)
_PLAIN = st.text(alphabet=st.sampled_from(list("ab Z.,;:'é“")), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_PLAIN, _BOUNDARY, st.sampled_from([" ", "  ", "\t", " “", " ("]), st.sampled_from("AZÀÞ"))
def test_the_quick_test_never_skips_a_line_the_missed_boundary_pattern_matches(
    before, boundary, space, capital
):
    line = before + boundary + space + capital + "nd so on."
    assert segment_module._MISSED.search(line)
    assert segment_module._may_miss(line)


def test_every_space_sentencex_is_spared_is_unprintable():
    # _raw_spans looks for them only in lines that are not printable
    assert not any(c.isprintable() for c in segment_module._SPACES_CHARS)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u2028\u0085\x0c")), max_size=30))
def test_lines_break_at_lf_crlf_and_cr_only(text):
    expected = [(m.group().rstrip("\r\n"), m.start()) for m in _LINE.finditer(text)]
    assert [(line.text, line.start) for line in split_lines(text)] == expected


def test_a_date_line_holds_a_date_and_nothing_longer_than_a_byline():
    assert is_date_line("on March 24, 2016 at 3:45 pm")
    assert is_date_line("09. Jul, 2012")
    assert not is_date_line("The council met on March 24, 2016 to vote on the lease.")
    # padding is not length: a layout's gaps and trailing spaces keep a date line one
    assert is_date_line("March 24, 2016" + " " * 130 + "at 3:45 pm")
    assert is_date_line("on March 24, 2016 at 3:45 pm" + " " * 200)
    # past 150 characters besides whitespace a line is prose (dates are not looked for)
    assert not is_date_line("-" * 140 + " March 24, 2016")


def test_a_month_spelled_with_a_long_s_is_a_month_not_a_crash():
    # IGNORECASE lets "ſep" match "sep"; the month table must spell it the same way
    assert find_date("Bob  ſep 5, 2012") is not None
    scrape = (
        "Title here\n\nFirst body paragraph.\n\nSecond body paragraph.\n\n2 Comments\n\n"
        "1. Alice: nice post.\n\nComments are closed.\n\nBob  ſep 5, 2012\n"
    )
    doc = read_text(scrape, source="longs", doc_id="longs")
    assert [doc.text[c.start : c.end] for c in doc.comments] == ["Alice: nice post."]


def test_a_says_header_padded_with_spaces_still_names_the_author_and_date():
    scrape = (
        "Title\n\nBody one.\n\nBody two.\n\n1 Comment\n\n"
        "Alice says: March 24, 2016 at 3:45 pm" + " " * 130 + "\nGreat post.\n"
    )
    (comment,) = read_text(scrape, source="pad", doc_id="pad").comments
    assert (comment.author, comment.published) == ("Alice", "2016-03-24")


def test_a_list_number_after_a_tab_splits_the_list_and_does_not_crash():
    line = "1. Bring ID.\t2. Arrive early."
    assert [line[s:e] for s, e in sentence_spans(line)] == ["1. Bring ID.", "2. Arrive early."]
    line = "Costs rose\t(12. Then fell."  # "(12." after a tab once raised ValueError
    assert [line[s:e] for s, e in sentence_spans(line)] == ["Costs rose\t(12.", "Then fell."]


def _split(line):
    return [line[s:e] for s, e in sentence_spans(line)]


def test_a_quotation_of_several_sentences_ends_each_where_it_ends():
    assert _split("“We lost. We will be back,” he said. Then he left.") == [
        "“We lost.",
        "We will be back,” he said.",
        "Then he left.",
    ]
    assert _split("She said: “It is over. Go home.”") == ["She said: “It is over.", "Go home.”"]
    assert _split('"We studied it. Nothing changes," said Ana.') == [
        '"We studied it.',
        'Nothing changes," said Ana.',
    ]


def test_a_quotation_keeps_whole_what_would_stay_whole_unquoted():
    for line in [
        "The letter was signed “R. Quill.”",  # an initial
        "“Mr. Smith stayed,” she said.",  # an abbreviation before a name
        "“We waited... and waited,” he said.",  # an ellipsis before a small letter
        "“Stop!” he said.",  # the attribution starts with a small letter
        "“It rose 5. then fell,” he said.",  # unquoted, sentencex would cut before "then"
    ]:
        assert _split(line) == [line]
    assert _split('He bought a 5" screen. It broke.') == ['He bought a 5" screen.', "It broke."]
    assert _split("The letter was signed “R. Quill.” It was short.") == [
        "The letter was signed “R. Quill.”",
        "It was short.",
    ]


_PLAIN_SENTENCES = st.sampled_from(
    ["We lost.", "It is over!", "Why now?", "Go home.", "The vote is Monday.", "Dr. Kim left."]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PLAIN_SENTENCES, min_size=2, max_size=4), st.sampled_from(["“”", '""']))
def test_quoted_sentences_split_as_the_same_sentences_unquoted(sentences, marks):
    unquoted = " ".join(sentences)
    line = f"{marks[0]}{unquoted}{marks[1]} she said."
    inner = _split(unquoted)
    found = _split(line)
    assert len(found) == len(inner)
    assert found[0] == marks[0] + inner[0]
    assert found[-1] == inner[-1] + marks[1] + " she said."


# -- sentences in the document's language ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "sentences"),
    [
        ("en", "Cllr. Joanne Mbatha chairs it. She said no.", 2),
        ("es", "La concejala, Dña. Remedios Gil, lo dijo. Luego se fue.", 2),
        ("de", "Die Sanierung kostet 14 Mio. Euro. Danach ist Schluss.", 2),
        ("de", "Wir brauchen z. B. mehr Bänke. Das ist klar.", 2),
        ("de", "Am 21. März ist die Sitzung. Kommen Sie.", 2),
        ("fr", "M. Dupont est venu, c.-à-d. hier. Il pleuvait.", 2),
        ("nl", "Dhr. Jansen zegt bijv. dat het kan. Prima.", 2),
        ("it", "Il Sig. Rossi e la dott.ssa Bianchi. Bene.", 2),
        ("pt", "O Sr. Silva chegou. Bom.", 2),
    ],
)
def test_abbreviations_and_ordinal_dates_of_each_language_end_no_sentence(
    language, text, sentences
):
    assert len(list(sentence_spans(text, language))) == sentences


def test_a_german_ordinal_date_splits_as_german_not_as_english():
    text = "Die Sitzung ist am 21. März im Rathaus. Kommen Sie."
    assert len(list(sentence_spans(text, "de"))) == 2


def test_the_language_comes_from_the_option_then_the_document_then_detection(tmp_path):
    from corpus import split_files

    (tmp_path / "de.txt").write_text(
        "Hallenbad wird saniert\n\nDie Sanierung kostet 14 Mio. Euro und dauert zwei Jahre. "
        "Der Stadtrat hat das am Dienstag beschlossen, und die Bürger sind froh darüber.\n"
    )
    (tmp_path / "en.jsonl").write_text(
        '{"id": "x", "language": "fr", "text": "M. Dupont est venu. Il pleuvait."}\n'
    )
    found = {r.document.doc_id: r for r in split_files([str(tmp_path)])}
    assert found["de"].document.language == "de"  # detected
    first = next(u.text for u in found["de"].units if u.kind == "sentence")
    assert first.endswith("zwei Jahre.")
    assert found["x"].document.language == "fr"  # stated
    forced = {r.document.doc_id: r for r in split_files([str(tmp_path)], language="en")}
    assert {r.document.language for r in forced.values()} == {"en"}
