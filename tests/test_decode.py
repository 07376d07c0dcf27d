"""Bytes in any common encoding become the same text; binary input is refused with a reason."""

from __future__ import annotations

import codecs

import pytest

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
        (b"\x1b[0m\x01\x02 \x7fELF\x03 \xc3\xa9" * 40, "control characters"),
    ],
)
def test_empty_and_binary_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_crlf_and_cr_become_lf_in_the_canonical_text(tmp_path):
    for name, eol in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        (tmp_path / name).write_bytes(eol.join(["Title", "", "One. Two.", ""]).encode())
    results = list(split_files([str(tmp_path)]))
    assert [r.document.text for r in results] == ["Title\n\nOne. Two."] * 2
