"""The compiled sentence loop gives exactly what ``corpus.segment``'s Python gives.

``corpus/_fastsegment.pyx`` stands in for ``_sentences_of`` and the sentence units of
``segment`` wherever it is built. The Python functions are the definition: every test here
runs both on the same input (the Python with ``Splitter(compiled=False)``) and wants the same
sentences and the same units, field for field.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import read_text, split_files
from corpus.model import Span
from corpus.segment import DEFAULT_SPLITTER, Splitter

from .conftest import EXAMPLES, REALWORLD, SEED, need_shared
from .test_offsets import articles

segment_module = importlib.import_module("corpus.segment")  # corpus.segment is also a function


def test_the_install_built_the_compiled_loop_and_segment_uses_it():
    # `pip install -e .` compiles it (pyproject.toml, setup.py); the Python stays the fallback
    assert importlib.import_module("corpus._fastsegment") is segment_module._fast
    assert DEFAULT_SPLITTER.compiled


def test_the_compiled_loop_is_built_from_the_source_as_it_stands():
    # after an edit to the .pyx, `make install` (pip install -e .) must run before these tests
    source = Path(segment_module.__file__).with_name("_fastsegment.pyx")
    if not source.exists():
        pytest.skip("an installed wheel: no source beside the build")
    built = Path(segment_module._fast.__file__)
    assert built.stat().st_mtime >= source.stat().st_mtime, "stale build: pip install -e ."


def test_the_compiled_loop_hashes_with_openssl_where_its_header_is_installed():
    # setup.py builds without OpenSSL (hashlib then hashes) only where the header is missing
    if Path("/usr/include/openssl/evp.h").exists():
        assert segment_module._fast.openssl


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_a_unit_hash_is_hashlib_sha256_of_the_utf8_text(text):
    # ASCII text is hashed from the string's own bytes, any other from its UTF-8 encoding
    assert segment_module._fast.hex_sha256(text) == hashlib.sha256(text.encode()).hexdigest()


def test_the_patterns_the_compiled_loop_matches_by_hand_are_the_ones_it_was_written_for():
    # _fastsegment.pyx matches these by hand: a change to one of them must be made there too
    patterns = {
        name: (getattr(segment_module, name).pattern, getattr(segment_module, name).flags)
        for name in ["_MISSED", "_LIST_NUMBER", "_TRAILING_LIST_NUMBER", "_DAY_OR_MONTH", "_EMOJI"]
    }
    days = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    months = "april|june|july|august|september|october|november|december"
    assert patterns == {
        "_MISSED": (
            r"(?:[.!?][)\]]|…[”\"’]?|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
            r"[\uFE0F\U0001F3FB-\U0001F3FF]*)(?=\s+[“\"‘(]?[A-ZÀ-ÖØ-Þ])",
            re.UNICODE,
        ),
        "_LIST_NUMBER": (r"^\(?\d{1,2}[.)]$", re.UNICODE),
        "_TRAILING_LIST_NUMBER": (r"\s\(?\d{1,2}[.)]$", re.UNICODE),
        "_DAY_OR_MONTH": (rf"(?:{days}{months})\b", re.UNICODE | re.IGNORECASE),
        "_EMOJI": (r"[\u2600-\u27BF\U0001F300-\U0001FAFF]", re.UNICODE),
    }
    assert segment_module._TIME_SUFFIXES == ("a.m.", "p.m.", "A.M.", "P.M.")
    # the compiled loop hands a line to Python when it holds whitespace in this range
    odd = [chr(c) for c in range(0x80, 0x3001) if chr(c).isspace()]
    assert odd == segment_module._SPACES_CHARS


def _both(function, *args, splitter=DEFAULT_SPLITTER):
    """``function(*args, splitter=...)`` by the Python definition, then by the compiled loop."""
    expected = function(*args, splitter=replace(splitter, compiled=False))
    return expected, function(*args, splitter=splitter)


def _sentences(text, splitter=DEFAULT_SPLITTER):
    return [text[s:e] for s, e in segment_module.sentence_spans(text, splitter=splitter)]


# Pieces that reach every branch of ``_refine``: abbreviations, list numbers, times before days,
# digits before a stop, the boundaries ``_MISSED`` finds, capitals it looks for, letters that
# IGNORECASE folds onto ASCII ("ſ", the Kelvin sign, dotted I), odd spaces and digits, and
# quotation marks, curly and straight, around sentence ends.
_TOKENS = st.sampled_from(
    [
        *["Mr.", "mrs.", "Dr.", "No.", "nos.", "e.g.", "I.e.", "approx.", "(“Sen.", "''Gen."],
        *["1.", "2.", "(3.", "12.", "(12.", "123.", "1)", "9/11", "3.5", "2019.", "١٢.", "²."],
        *["8 a.m.", "6 p.m.", "6 P.M.", "a.M.", "Monday", "march", "Marching", "JULY", "June_"],
        *["ſunday", "\u212aelvin", "İstanbul", "Frıday", "december"],
        *[".)", "!)", "?]", "…", "…”", '…"', "…’", "😀", "❤\ufe0f", "👍🏽", "\u2600", "\U0001faff"],
        *["“Quoted", "(Paren", "Ärger", "Éric", "Þorn", "×", "The", "she", "ID.", "Bring"],
        *["arrive", "x", "ok!", "why?", "end.", "."],
        *["“We", '"We', "lost.", "back,”", 'back,"', "”", '"', '5"', "R.", "Quill.”", "It"],
    ]
)
_GAPS = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", "\u2028", "\u3000", " “", " ("])


@st.composite
def _lines(draw):
    tokens = draw(st.lists(_TOKENS, min_size=1, max_size=16))
    gaps = draw(st.lists(_GAPS, min_size=len(tokens), max_size=len(tokens)))
    return "".join(t + g for t, g in zip(tokens, gaps, strict=True)).rstrip(" ")


@settings(max_examples=1500, deadline=None)
@given(_lines())
def test_a_line_of_hard_cases_splits_the_same(line):
    expected, compiled = _both(_sentences, line)
    assert compiled == expected


_TIMES = st.sampled_from(["8 a.m.", "6 p.m.", "6 P.M.", "9 A.M.", "7 a.M.", "at noon."])
# days and months, spelled with letters IGNORECASE folds onto ASCII ("İ" onto "i", "ſ" onto
# "s"), run on into longer words, or not a day at all
_AFTER_TIME = st.sampled_from(
    ["Monday", "SUNDAY", "FRİDAY", "Auguſt", "Marching", "June_", "July!", "Mayday", "The"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["He left at", "Left", "(It is", "Mr. Ng, at"]),
    _TIMES,
    st.sampled_from([" ", "  ", "\t", " “", " "]),
    _AFTER_TIME,
    st.sampled_from([" it was.", ".", " 2019 ended.", ""]),
)
def test_a_time_before_a_day_or_a_month_splits_the_same(before, time, gap, word, after):
    line = f"{before} {time}{gap}{word}{after}"
    expected, compiled = _both(_sentences, line)
    assert compiled == expected


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 12),
    st.lists(
        st.tuples(
            st.sampled_from([0, 1, 1, 1, 2]),  # mostly the next number
            st.sampled_from(["Bring ID.", "Arrive early.", "Mr. Lee.", "pay 5.", "See no. 12."]),
        ),
        min_size=2,
        max_size=5,
    ),
    st.sampled_from([" ", "  ", "\t", " (", "; "]),
)
def test_a_numbered_list_run_into_a_line_splits_the_same(first, items, gap):
    numbers = [first]
    for step, _ in items[1:]:
        numbers.append(numbers[-1] + step)
    line = gap.join(f"{n}. {text}" for n, (_, text) in zip(numbers, items, strict=True))
    expected, compiled = _both(_sentences, line)
    assert compiled == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_splits_the_same(text):
    expected, compiled = _both(_sentences, text)
    assert compiled == expected


@settings(max_examples=150, deadline=None)
@given(articles())
def test_a_generated_article_gives_the_same_units(article):
    doc = read_text(article[0], source="generated", doc_id="g")
    expected, compiled = _both(segment_module.segment, doc)
    assert compiled == expected
    assert [u.to_json() for u in compiled] == [u.to_json() for u in expected]


def test_spans_ride_on_the_sentences_that_hold_them():
    doc = read_text("Title\n\nMr. Smith came. He left at 8 a.m. Monday.\n", source="s", doc_id="s")
    start = doc.text.index("Smith")
    doc = replace(doc, spans=(Span(start, start + 5, "PER", "Smith"),))
    expected, compiled = _both(segment_module.segment, doc)
    assert compiled == expected
    assert [s.text for u in compiled if u.kind == "sentence" for s in u.spans] == ["Smith"]


@pytest.mark.parametrize(
    "splitter",
    [
        pytest.param(
            lambda real: lambda lang, text: [p.strip() for p in real(lang, text)], id="trims"
        ),
        pytest.param(lambda real: lambda lang, text: text.split(" "), id="words"),
        pytest.param(lambda real: lambda lang, text: [], id="drops"),
    ],
)
@pytest.mark.parametrize("corrections", [True, False])
def test_another_splitter_is_honoured_the_same_way(splitter, corrections):
    given = Splitter(splitter(DEFAULT_SPLITTER.sentences), corrections=corrections)
    for line in [
        "Mr. Smith came.  He left at 8 a.m. Monday.",
        "1. Bring ID. 2. Arrive early.",
        "“We lost. We will be back,” he said.\u2028Then\u00a0he left.",  # quotation, odd spaces
    ]:
        expected, compiled = _both(_sentences, line, splitter=given)
        assert compiled == expected


def test_a_panicking_splitter_keeps_the_line_whole_in_both():
    class Panic(BaseException):  # pyo3's PanicException is a BaseException
        pass

    def panics(language, text):
        raise Panic

    expected, compiled = _both(_sentences, "One. Two.", splitter=Splitter(panics))
    assert compiled == expected == ["One. Two."]


def _outcome(function, *args):
    try:
        return function(*args)
    except Exception as exc:  # the Python definition may raise on nonsense; so must the other
        return type(exc)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab .?!)…😀 ", "Mr.", "\n"]), max_size=30).map("".join),
    st.lists(st.text(alphabet=st.sampled_from(list("ab .?!)…😀 C")), max_size=6), max_size=5),
)
def test_a_splitter_whose_pieces_are_not_the_line_in_order_is_handled_as_python_does(line, pieces):
    # sentencex returns the line's own pieces in order; a splitter that does not must not
    # lead the compiled loop to read past the line (it hands such a line to Python whole)
    for corrections in (True, False):
        given = Splitter(lambda language, text: pieces, corrections=corrections)
        expected = _outcome(_sentences, line, replace(given, compiled=False))
        assert _outcome(_sentences, line, given) == expected


def test_bounds_outside_the_text_are_read_as_python_slices_read_them():
    text = "One. Two.\nThree. Four.\nFive."
    for start, end in [(0, -1), (-17, len(text)), (3, 2), (0, len(text) + 5)]:
        expected, compiled = _both(_sentences_of, text, start, end)
        assert compiled == expected


def _sentences_of(text, start, end, splitter):
    return segment_module._sentences_of(text, start, end, "en", splitter)


def test_a_comment_record_keeps_the_values_it_was_given():
    doc = read_text("T\n\nBody.\n\n1 Comment\n\n1. Nice. Very nice.\n", source="d", doc_id="d")
    (comment,) = doc.comments
    doc = replace(doc, comments=(replace(comment, depth=True),))  # not an int
    expected, compiled = _both(segment_module.segment, doc)
    assert [u.to_json() for u in compiled] == [u.to_json() for u in expected]


def test_a_splitter_without_corrections_is_honoured_the_same_way():
    line = "Mr. Smith came. He left at 8 a.m. Monday."
    refined = _sentences(line)
    plain = Splitter(corrections=False)  # bench/split.py's plain baselines
    expected, compiled = _both(_sentences, line, splitter=plain)
    assert compiled == expected != refined


def _split(paths, splitter):
    return [
        (r.document, r.units) if r.failure is None else r.failure
        for r in split_files([str(p) for p in paths], splitter=splitter)
    ]


def test_the_examples_and_the_seed_split_the_same():
    expected, compiled = _both(_split, [EXAMPLES, need_shared(SEED)])
    assert compiled == expected


def test_the_real_world_articles_split_the_same():
    expected, compiled = _both(_split, [need_shared(REALWORLD)])
    assert compiled == expected
