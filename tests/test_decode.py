"""Bytes in any common encoding become the same text; binary input is refused with a reason."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus import InputError, decode, split_files

from .conftest import REALWORLD, need_shared

TEXT = "Café “quoted” – naïve 😀 text.\nSecond line.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_cp1252_is_recognised_for_western_text():
    text = "Aaaaand we’re back. “Hey doc – just a little off the top,” he said… " * 5
    assert decode(text.encode("cp1252")) == (text, "cp1252")


def test_the_real_cp1252_crlf_scrape_reads_clean():
    path = need_shared(REALWORLD / "blog_comments_txt" / "172.html.corrected.txt")
    (result,) = split_files([str(path)])
    doc = result.document
    assert doc.encoding == "cp1252"
    assert "\r" not in doc.text and "we’re back" in doc.title
    assert "\ufffd" not in doc.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (b"PK\x03\x04\x00\x00" * 50, "binary"),
        (codecs.BOM_UTF16_LE + "text\x00and NUL".encode("utf-16-le"), "NUL characters"),
        (b"\x1b[0m\x01\x02 \x7fELF\x03 \xc3\xa9" * 40, "control characters"),
    ],
)
def test_empty_and_binary_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data)


def _verdict(data):
    try:
        return decode(data)[0]
    except InputError as exc:
        return type(exc)


_CONTROLS = st.sampled_from([chr(c) for c in (*range(1, 9), *range(14, 32))])
_PROSE = st.sampled_from(list("ab é😀\n\t”"))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_CONTROLS, _PROSE, st.characters(min_codepoint=1)), max_size=5000).map(
        "".join
    )
)
def test_text_is_judged_the_same_whatever_its_unicode_encoding(text):
    # a UTF-8 file is looked at through its own bytes, a UTF-16 one through its text's UTF-8:
    # the verdict (a text, or refused) must not depend on which
    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    assert _verdict(text.encode("utf-8")) == _verdict(
        codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_PROSE, min_size=1, max_size=30).map("".join),
    st.integers(1, 500),
    st.lists(_CONTROLS, max_size=30).map("".join),
    st.integers(0, 60),
)
@example("abcd", 1200, "\x01", 1000)  # clean for 4 KiB, then mostly controls: accepted
@example("é", 2048, "\x02", 500)  # the same in two-byte characters
@example("a", 3891, "\x01", 205)  # 205 controls in the first 4096 bytes: one too many
@example("a", 3892, "\x01", 204)  # 204: accepted
def test_only_the_first_4_kib_are_looked_through_for_control_characters(
    prose, times, controls, more
):
    text = prose * times + controls * more
    head = text.encode("utf-8")[:4096]
    binary = sum(byte < 0x20 and byte not in b"\t\n\x0b\x0c\r" for byte in head) > len(head) / 20
    expected = InputError if binary or text.isspace() else text
    assert _verdict(text.encode("utf-8")) == expected
    assert _verdict(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == expected


def test_crlf_and_cr_become_lf_in_the_canonical_text(tmp_path):
    for name, eol in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        (tmp_path / name).write_bytes(eol.join(["Title", "", "One. Two.", ""]).encode())
    results = list(split_files([str(tmp_path)]))
    assert [r.document.text for r in results] == ["Title\n\nOne. Two."] * 2
