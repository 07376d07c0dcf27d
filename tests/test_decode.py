"""Bytes in any common encoding become the same text; binary input is refused with a reason."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import assume, example, given, settings
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


# -- what a person would expect, from 30 bytes up -------------------------------------------

from corpus.readers.decode import decode_bytes  # noqa: E402

_SCRIPTS = {
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "cjk": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可",
    "japanese": "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコ日本語会社",
    "hangul": "가나다라마바사아자차카타파하한국어는을를이가에서와과도만",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "devanagari": "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह",
    "thai": "กขคงจฉชซญดตถทธนบปผพฟมยรลวสหอฮ",
    "georgian": "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    "latin": "abcdefghijklmnopqrstuvwxyzéèêàçñöüßłąęśżźćńőűřšžčďťůý",
}
_SEPARATORS = {"cjk": "。、\n ", "japanese": "。、\n "}


@st.composite
def _prose(draw, script: str, min_bytes: int = 30) -> str:
    """Words of one script, with spaces, commas and line breaks, often a digit or an emoji."""
    letters = _SCRIPTS[script]
    separators = _SEPARATORS.get(script, " , .\n")
    words = draw(
        st.lists(st.text(alphabet=letters, min_size=1, max_size=9), min_size=1, max_size=40)
    )
    text = ""
    for word in words:
        text += word + draw(st.sampled_from(separators))
    text += draw(st.sampled_from(["", "2024", "😀", "!"]))
    size = len(text.encode("utf-16-le"))
    return text * -(-min_bytes // size)  # repeated up to the size wanted


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_SCRIPTS)).flatmap(_prose), st.sampled_from(["le", "be"]))
@example("가.국나는도.가.국나는도.가.국나는도.", "be")  # both orders read as two blocks' letters
@example("가국나이카,가국나이카,가국나이카,", "le")  # read wrongly, in fewer blocks than Hangul's
@example("一一个为之也。一一个为之也。一一个为之也。", "le")  # "一一" read wrongly is "NN"
@example("出。一你和在。出。一你和在。出。一你和在。", "be")  # blocks tie; "Ȱ" wrongly
@example("出。一你和地。出。一你和地。出。一你和地。", "be")  # ... "Ȱ", a Latin letter
@example("到。一你和地。到。一你和地。到。一你和地。", "le")  # fewer blocks wrongly, but Latin
def test_utf16_without_bom_reads_in_any_script(text, order):
    encoding = f"utf-16-{order}"
    data = text.encode(encoding)
    # bytes that are all valid UTF-8 without a NUL are UTF-8 ("あああ" is b"B0B0B0"); and a
    # text of two characters repeated ("一。一。") reads as text in both byte orders: text
    # has some variety
    assume(b"\x00" in data or not _valid_utf8(data))
    assume(len(set(text)) >= 6)
    assert decode(data) == (text, encoding)


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("order", ["le", "be"])
@pytest.mark.parametrize(
    "text",
    [
        "Привет, как дела? Всё хорошо.",
        "Γειά σου κόσμε, τι κάνεις;",
        "今日は良い天気ですね。散歩に行きましょう。",  # no ASCII at all: no NUL byte
        "中文测试文本，我们今天去公园散步。",
        "שלום עולם, מה שלומך היום?",
        "Hello there, world.",
    ],
)
def test_utf16_without_bom_from_30_bytes(text, order):
    assert decode(text.encode(f"utf-16-{order}")) == (text, f"utf-16-{order}")


@pytest.mark.parametrize(
    ("text", "code_page"),
    [
        ("今日は良い天気ですね。散歩に行きましょう。", "shift_jis"),
        ("中文测试文本，我们今天去公园散步。", "gbk"),
        ("Привет, как дела? Всё хорошо у нас.", "cp1251"),
        ("Zażółć gęślą jaźń, to jest polski tekst.", "cp1250"),
    ],
)
def test_other_legacy_code_pages_are_left_to_charset_normalizer(text, code_page):
    assert decode(text.encode(code_page))[0] == text


@pytest.mark.parametrize(
    "text",
    [
        "Café society “is” back – ‘80 for €20",  # read as cp775 once
        "Naïve façade, 20 € – “très” cher…",
        "Grüße aus Köln – „schön“ war’s.",
        "Año nuevo en la montaña, señor.",
        "Ça coûte 12 €, n’est-ce pas ? Si.",
        "Smart “quotes” and ‘single’ ones.",
    ],
)
def test_short_western_text_in_cp1252_reads_as_cp1252(text):
    data = text.encode("cp1252")
    assert len(data) >= 30
    assert decode(data) == (text, "cp1252")


_WESTERN = "café naïve façade über Straße Grüße señor año crème brûlée déjà vu coöperate the"
_WESTERN += " and of à où été garçon Köln Zürich São João Málaga piñata résumé"
_WESTERN_WORDS = st.sampled_from(_WESTERN.split(" "))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(_WESTERN_WORDS, st.sampled_from(["“quoted”", "it’s", "–", "€20", "…"])),
        min_size=4,
        max_size=60,
    ).map(" ".join)
)
def test_western_text_in_cp1252_reads_as_cp1252(text):
    data = text.encode("cp1252")
    if any(b >= 0x80 for b in data):  # pure ASCII is UTF-8 too
        assert decode(data) == (text, "cp1252")


def test_utf8_with_one_stray_byte_stays_utf8_and_says_where():
    data = b"\x80 " + "A A A A A A Aµµ AAAµ …".encode()
    text, encoding, notes = decode_bytes(data)
    assert encoding == "utf-8"
    assert text == "\ufffd A A A A A A Aµµ AAAµ …"
    assert notes == ("1 byte not valid UTF-8 replaced with U+FFFD (at byte offset 0)",)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(_SCRIPTS)).flatmap(lambda s: _prose(s, min_bytes=40)),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from([b"\x80", b"\xff", b"\xe9", b"\xc3"]))),
)
def test_utf8_with_a_few_bad_bytes_stays_utf8(text, strays):
    """Bad bytes go in between characters; each becomes U+FFFD at its own offset."""
    if not strays:
        return
    non_ascii = sum(1 for c in text if not c.isascii())
    strays = strays[: max(1, non_ascii)]
    positions = sorted({int(f * len(text)) for f, _ in strays})
    data, expected, offsets = b"", "", []
    last = 0
    for position, (_, byte) in zip(positions, strays, strict=False):
        piece = text[last:position]
        data += piece.encode()
        expected += piece
        offsets.append(len(data))
        data += byte
        expected += "\ufffd"
        last = position
    data += text[last:].encode()
    expected += text[last:]
    if sum(1 for c in expected if not c.isascii() and c != "\ufffd") < len(offsets):
        return  # more bad bytes than good characters: not UTF-8 with a few bad bytes
    result = decode_bytes(data)
    assert result.encoding == "utf-8"
    assert result.text == expected
    shown = ", ".join(str(o) for o in offsets[:8])
    assert f"at byte offset {shown}" in result.notes[0]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["latin", "cyrillic", "cjk", "greek"]).flatmap(
        lambda s: _prose(s, min_bytes=600)
    ),
    st.lists(st.floats(0, 1), min_size=1, max_size=2),
)
def test_a_few_stray_nul_bytes_are_dropped_and_reported(text, where):
    """A few: at most one in a hundred bytes."""
    utf8 = text.encode()
    cuts = sorted({int(f * len(text)) for f in where})
    data, offsets, last = b"", [], 0
    for cut in cuts:
        data += text[last:cut].encode()
        offsets.append(len(data))
        data += b"\x00"
        last = cut
    data += text[last:].encode()
    assert len(data) == len(utf8) + len(cuts)
    result = decode_bytes(data)
    assert (result.text, result.encoding) == (text, "utf-8")
    what = "byte" if len(offsets) == 1 else "bytes"
    listed = ", ".join(map(str, offsets))
    assert result.notes == (f"{len(offsets)} NUL {what} dropped (at byte offset {listed})",)


def test_many_nul_bytes_still_mean_binary():
    with pytest.raises(InputError, match="NUL"):
        decode(b"GIF89a\x00\x00\x10\x00" * 40)


def test_mended_bytes_are_reported_by_split_as_warnings(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(
        "Title\n\nA paragraph with an “odd” \xff byte.".encode().replace(b"\xc3\xbf", b"\xff")
    )
    (result,) = split_files([str(path)])
    assert result.document.encoding == "utf-8"
    assert "\ufffd byte" in result.document.text
    assert result.parse_warnings == (
        "1 byte not valid UTF-8 replaced with U+FFFD (at byte offset 37)",
    )


def test_corpus_split_says_what_it_mended_on_stderr(tmp_path):
    from click.testing import CliRunner

    from corpus.cli import cli

    path = tmp_path / "page.txt"
    body = "Title\n\n" + "A paragraph of plain text that goes on a while. " * 4
    path.write_bytes(body.encode()[:60] + b"\x00" + body.encode()[60:])
    result = CliRunner().invoke(cli, ["split", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert f"warning: {path}: 1 NUL byte dropped (at byte offset 60)" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_whose_ideographs_read_as_ascii_letters_in_the_other_order(encoding):
    # 一 is U+4E00: read in the other byte order it is "N", an ASCII letter, alone among the
    # other characters; real ASCII (digits, words, punctuation before a space) comes in runs
    text = "一。个和、😀" * 3
    assert decode(text.encode(encoding)) == (text, encoding)


def test_a_pages_declared_charset_is_read_where_its_bytes_are_not_utf8():
    page = "<html><head><meta charset='iso-8859-15'></head><body>Un chef-d'œuvre à 20 €</body>"
    assert decode(page.encode("iso-8859-15")) == (page, "iso8859-15")
    # a browser reads "iso-8859-1" as windows-1252, whose € and quotes Latin-1 lacks
    latin = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">“Café” €'
    assert decode(latin.encode("cp1252")) == (latin, "cp1252")
    # a UTF-8 page under a Latin-1 declaration is read as the UTF-8 it is
    assert decode(latin.encode("utf-8"))[1] == "utf-8"


@pytest.mark.parametrize("text", ["X光", "T恤", "Xрам"])
def test_a_short_utf16_text_with_a_latin_letter_in_it_keeps_its_byte_order(text):
    # (a Latin letter among ideographs or Cyrillic is the text's: "X光" is an X-ray)
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")
