"""The compiled text reader gives exactly the Document ``readers/text.py``'s Python gives.

``corpus/readers/_fasttext.pyx`` stands in for ``read_text`` wherever it is built. The Python
is the definition: every test here reads the same input both ways and wants the same
Document, field for field and byte for byte in its JSON.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.readers.decode import decode

from .conftest import EXAMPLES, REALWORLD, SEED, need_shared
from .test_offsets import articles

text_module = importlib.import_module("corpus.readers.text")


def _outcome(function, text):
    try:
        doc = function(text, source="s", doc_id="d", format="text", encoding="utf-8", language=None)
    except Exception as exc:  # the definition may raise on nonsense; so must the other
        return type(exc)
    return doc, doc.to_json()


def _both(text):
    return _outcome(text_module._read_text, text), _outcome(text_module._fast.read_text, text)


def test_the_install_built_the_compiled_reader_and_read_text_uses_it():
    assert importlib.import_module("corpus.readers._fasttext") is text_module._fast
    text = "Title\n\nBody text.\n\n1 Comment\n\n1. Hi.\n"
    assert text_module.read_text(text, source="s", doc_id="d") == text_module._fast.read_text(
        text, source="s", doc_id="d"
    )


def test_the_compiled_reader_is_built_from_the_source_as_it_stands():
    # after an edit to the .pyx, `make install` (pip install -e .) must run before these tests
    source = Path(text_module.__file__).with_name("_fasttext.pyx")
    if not source.exists():
        pytest.skip("an installed wheel: no source beside the build")
    assert Path(text_module._fast.__file__).stat().st_mtime >= source.stat().st_mtime


def test_the_patterns_the_compiled_reader_skips_calls_by_are_the_ones_it_was_written_for():
    # _fasttext.pyx calls these only where their first characters can match: a change to one
    # of them must be made there too
    patterns = {
        name: getattr(text_module, name).pattern
        for name in [
            "_HEADER",
            "_HEADER_COLON",
            "_NUMBERED",
            "_BULLET",
            "_RELATED",
            "_POSTED_BY_TRAILER",
        ]
    }
    words = r"(?:responses?|comments?|replies|reactions|thoughts?)"
    assert patterns == {
        "_HEADER": r"^[\s·•|]*(?P<count>\d{1,6})\s+"
        + words
        + r"(?:\s+(?:on|to|for|about)\b.*)?[\s:]*$",
        "_HEADER_COLON": r"^[\s·•|]*" + words + r"\s*(?::\s*|\(\s*)(?P<count>\d{1,6})\)?\s*$",
        "_NUMBERED": r"^(?P<indent>\s*)(?P<number>\d{1,4})[.)]\s+(?=\S)",
        "_BULLET": r"^(?P<indent>\s*)[•●◦▪‣∙·○■□►▸]\s*(?=\S)",
        "_RELATED": r"^\s*related(?: videos?| posts?| articles?| stories| content)?:?\s*$",
        "_POSTED_BY_TRAILER": r"^\s*posted by\s*:\s*(?P<rest>.+)$",
    }
    assert text_module._SHORT == 150


# Lines that reach every branch of the reader: bylines and dates of the head, count headers
# in both spellings, boilerplate and share rows, captions after "Related", every comment
# marker (numbers, bullets, "Name says:", "On <date>, Name said:", "<date> / Name says:",
# "Name <date>"), comment chrome, "Posted by:" trailers, date lines after a header, footers,
# the Dragnet marker, prose short and long, with and without colons, digits and tabs.
_LONG = "word " * 35
_LINES = st.sampled_from(
    [
        *["A Title Here", "By Jane Roe | (The Site) | March 3, 2015", "By Roe, Daily Paper"],
        *["Posted on March 3, 2015", "March 3, 2015 at 4:20 pm", "Mar", "2015-03-03", "12"],
        *["17 Comments", "· 17 Comments", "Comments: 4", "Responses (3)", "3 thoughts on “X”"],
        *[
            "| •\u00a0 17 Comments",
            "12Comments",
            "1234567 Comments",
            "٣ Replies",
            "TOTAL COMMENTS: 9",
            "Thoughts: 3",
            "17\tComments",
            "3\u00a0Responses",
        ],
        *["Related", "Related video", "A caption without an end", "Share Tweet Email"],
        *["Advertisement", "Share this:", "Like this:", "Loading...", "Tags: a, b"],
        *[
            "1. First comment text.",
            "12) Another one",
            "3.",
            "١. Eastern digits",
            "2019 was a year.",
        ],
        *["• A bulleted reply.", "◦ Deeper reply", "►arrow reply", "•", "· middle dot"],
        *["Bob says:", "Bob says: March 3, 2015 at 4:20 pm", "He said: yes, he did."],
        *[
            "On March 3, 2015, Bob said:",
            "09. Jul, 2012 / Ann says:",
            "Ann  July 15, 2012 at 6:59 pm",
        ],
        *["Reply", "Reply ↓", "Report comment", "12 likes", "Permalink", "Like (3)"],
        *["Posted by: Bob | March 3, 2015", "Posted by: Ann", "posted by : x"],
        *["Comments are closed.", "Leave a Reply", "!@#$ COMMENTS", "Post a comment"],
        *["Short prose.", "A sentence: with a colon.", _LONG, _LONG + "says: x", "x" * 151],
        *[
            "Ann " + "x" * 150 + " says:",
            "1. " + _LONG,
            "• " + _LONG,
            "▸" + _LONG,
            "Noon: 12:30 pm",
            "Tabs\tinside",
        ],
        # at the length where the Python stops looking (_SHORT, 150 characters) and one past it
        *["3 Comments" + " " * 140, "3 Comments" + " " * 141, "Bo says:" + "x" * 142],
        *["Tags: " + "ab, " * 35 + "abcd", "Tags: " + "ab, " * 35 + "abcde"],
        *["Ann" + " " * 134 + "July 15, 2012", "Ann" + " " * 135 + "July 15, 2012"],
    ]
)
_INDENTS = st.sampled_from(["", "", " ", "  ", "\t", "    ", "\t  ", "\u00a0", "\u3000 ", "      "])
_ENDINGS = st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n  \n", "\n\t\n"])


@st.composite
def scrapes(draw):
    lines = draw(st.lists(st.tuples(_INDENTS, _LINES, _ENDINGS), min_size=1, max_size=40))
    return "".join(indent + line + ending for indent, line, ending in lines)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scrapes())
def test_a_scrape_of_every_kind_of_line_reads_the_same(text):
    expected, compiled = _both(text)
    assert compiled == expected


_AT_THE_LIMIT = [  # _SHORT (150) characters, where the Python stops looking, and one past it
    *["3 Comments" + " " * 140, "3 Comments" + " " * 141],
    *["Ann" + " " * 134 + "July 15, 2012", "Ann" + " " * 135 + "July 15, 2012"],
    *["Tags: " + "ab, " * 35 + "abcd", "Tags: " + "ab, " * 35 + "abcde"],
    # a colon as the 150th character and as the 151st, on a longer line
    *[" " * 142 + "Bo says:" + " " * 10, " " * 143 + "Bo says:" + " " * 10],
]


@pytest.mark.parametrize("line", _AT_THE_LIMIT)
def test_a_line_as_long_as_the_python_looks_reads_the_same(line):
    for text in [
        f"Title\n\nBody one.\n\nBody two.\n\n{line}\n\n1. Nice.\n",
        f"Title\n\nBody one.\n\nBody two.\n\n3 Comments\n\n{line}\nA reply.\n\n1. Nice.\n",
    ]:
        expected, compiled = _both(text)
        assert compiled == expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_a_generated_article_reads_the_same(article):
    expected, compiled = _both(article[0])
    assert compiled == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab1. :•!@\t\r\n", "\u00a0", "\u2028", "😀"])))
def test_any_text_reads_the_same(text):
    expected, compiled = _both(text)
    assert compiled == expected


@pytest.mark.parametrize(
    "text",
    [
        "\n" * 5000,
        "\r\n" * 3000,
        "T\n\nx\n" * 2000,
        "Title\n\n" + "A line.\n" * 3000 + "\n3 Comments\n\n" + "1. Hi.\n\n" * 500,
    ],
    ids=["blank lines", "blank CRLF lines", "short lines", "short comments"],
)
def test_a_text_of_many_short_lines_reads_the_same(text):
    # the compiled reader's line table starts with room for lines of 40 characters and grows
    expected, compiled = _both(text)
    assert compiled == expected


def _text_files():
    yield from sorted(EXAMPLES.rglob("*.txt"))
    yield from sorted(SEED.parent.rglob("*.txt"))
    yield from sorted(REALWORLD.rglob("*.txt"))


def test_every_text_file_we_have_reads_the_same():
    need_shared(REALWORLD)
    read = 0
    for path in _text_files():
        text, _ = decode(path.read_bytes())
        expected, compiled = _both(text)
        assert compiled == expected, path
        read += 1
    assert read >= 10


def test_the_seed_article_reads_the_same_through_the_public_function():
    text, _ = decode(need_shared(SEED).read_bytes())
    doc = text_module.read_text(text, source="s", doc_id="d", encoding="utf-8")
    assert (doc, doc.to_json()) == _outcome(text_module._read_text, text)
    assert re.search(r"Juan Cole", doc.author or "")
