"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), legacy code pages.

What a person would expect is the rule:

- A file that is UTF-8 but for a few bad bytes (a truncated paste, one stray byte) stays UTF-8:
  the bad bytes become U+FFFD and are reported with their offsets. Decoding the whole file in
  a legacy code page instead would garble every other non-ASCII character, silently.
- UTF-16 without a BOM is recognised in any script: the decoded text must be made of
  assigned, printable characters, which text in an 8-bit code page read two bytes at a time
  never is (its space and accented letters land in format characters, unassigned code points
  and the private use area).
- Western text in cp1252 (or latin-1) is read as cp1252 whenever that reads like Western text:
  charset-normalizer, asked about a short file, may answer with a Baltic or Cyrillic DOS page.
  Other legacy text goes to charset-normalizer.
- A few stray NUL bytes in a text page are dropped and reported; a file with many is binary.

Line endings are left alone here so that source offsets stay those of the decoded file;
the readers turn CRLF and CR into LF as they build the canonical text.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from itertools import pairwise
from typing import NamedTuple

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 4096  # bytes of UTF-8 looked through for control characters
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])
_NUL_SHARE = 0.01  # at most one byte in a hundred may be a stray NUL
_SHOWN = 8  # offsets listed in a note; the rest are counted


class Decoded(NamedTuple):
    """A file's text, the encoding it was read in, and what had to be mended to read it."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise InputError for empty or binary input.

    ``decode_bytes`` also says which bytes were replaced or dropped.
    """
    text, encoding, _ = decode_bytes(data)
    return text, encoding


def decode_bytes(data: bytes) -> Decoded:
    """The text of ``data`` with its encoding and notes on bytes replaced or dropped."""
    if not data or data.isspace():  # strip() would copy the file to say the same
        raise InputError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_recording(data, encoding, len(bom))
            if len(bad) > max(1, len(text) // 100):
                raise InputError(f"declares {encoding} by its BOM but does not decode")
            text, nuls = _drop_nul_characters(text, encoding, len(bom))
            name = encoding + ("-sig" if encoding == "utf-8" else "")
            return Decoded(_checked(text), name, _notes(bad, nuls, encoding))
    nuls = data.count(0)
    if not nuls:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:  # UTF-16 whose every byte is ASCII or valid UTF-8 is too rare to guess at
            return Decoded(_checked(text, utf8=data), "utf-8")
    dropped: list[int] = []
    if nuls:
        # UTF-16 spells ASCII characters with NULs, but UTF-8 once the few NULs are gone
        # is UTF-8 with stray NULs
        few = nuls <= len(data) * _NUL_SHARE
        if not few or not _is_utf8(data.replace(b"\x00", b"")):
            utf16 = _utf16_without_bom(data, nuls=True)
            if utf16 is not None:
                return _utf16(*utf16)
        if not few:
            raise InputError("binary file (contains NUL bytes)")
        dropped = _positions(data, 0)
        data = data.replace(b"\x00", b"")
    declared = None if nuls else _declared_charset(data)
    if declared is not None:  # an HTML page's <meta charset> (or XML's), which is not UTF-8
        text, bad = _decode_recording(data, declared, 0)
        if len(bad) <= max(1, len(text) // 100):
            return Decoded(_checked(text), declared, _notes(bad, [], declared))
    decoded = _decode_8bit(data, utf16=not nuls)
    if isinstance(decoded, Decoded):
        return decoded
    text, encoding, bad = decoded
    if dropped and bad:  # offsets into the file, NULs included
        bad = [(_before_drop(s, dropped), _before_drop(e, dropped)) for s, e in bad]
    clean_utf8 = data if encoding == "utf-8" and not bad else None
    return Decoded(_checked(text, utf8=clean_utf8), encoding, _notes(bad, dropped, encoding))


_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""",
    re.IGNORECASE,
)
# what browsers read these labels as (WHATWG Encoding): Latin-1 and ASCII are windows-1252
_BROWSER_LABELS = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}


def _declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its head, if it is one Python knows and not UTF-8
    (bytes that are not UTF-8 under a UTF-8 declaration are judged as undeclared ones)."""
    found = _CHARSET.search(data, 0, 4096)
    if found is None:
        return None
    label = (found.group(1) or found.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _BROWSER_LABELS.get(name, name)
    return None if name.startswith(("utf-8", "utf-16", "utf-32")) else name


def _utf16(text: str, encoding: str) -> Decoded:
    text, dropped = _drop_nul_characters(text, encoding, 0)
    return Decoded(_checked(text), encoding, _notes([], dropped, encoding))


# -- UTF-8, or a legacy code page -------------------------------------------------------------


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_8bit(data: bytes, *, utf16: bool) -> tuple[str, str, list[tuple[int, int]]] | Decoded:
    """UTF-8 (perhaps with a few bad bytes), else cp1252 if it reads as Western text, else
    (if ``utf16``) UTF-16 without a NUL byte, else what charset-normalizer makes of it."""
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    text, bad = _decode_recording(data, "utf-8", 0)
    # characters beyond ASCII that decoded well: each is evidence for UTF-8, each bad
    # sequence evidence against it (a cp1252 "é" before a space is a bad UTF-8 sequence)
    good = len(text) - len(text.encode("ascii", "ignore")) - len(bad)
    head = text[:_SAMPLE].encode("utf-8", "surrogatepass")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # UTF-16 read as UTF-8
    if good >= 1 and good >= len(bad) and not controls:
        return text, "utf-8", bad
    if _reads_as_western(data):
        return data.decode("cp1252"), "cp1252", []
    if utf16:
        found = _utf16_without_bom(data, nuls=False)
        if found is not None:
            return _utf16(*found)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary file or unknown text encoding")
    return str(best), best.encoding, []


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WESTERN_SAMPLE = 1 << 16  # characters looked at: enough to judge, cheap on a big file
# non-letters that stand inside Western words: apostrophes, dashes, the Catalan middle dot
_INSIDE_WORDS = frozenset("’‘'·–—\u00ad\u00a0")


def _reads_as_western(data: bytes) -> bool:
    """Whether ``data`` read as cp1252 looks like Western text.

    Text in another code page read as cp1252 shows what Western text never does: words made
    only of accented letters (Cyrillic, Greek, Hebrew: "Ïðèâåò"), a capital inside a word
    ("jaŸñ"), a symbol between two letters ("Za¿ó³æ"). A few such oddities are tolerated.
    """
    sample = data[:_WESTERN_SAMPLE]
    if len(sample.translate(None, _CONTROL_BYTES)) < len(sample):
        return False  # control characters: not a text in any code page, or UTF-16
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: not cp1252
        return False
    seen = odd = 0
    for match in _NON_ASCII.finditer(text):
        seen += 1
        at = match.start()
        char = match.group()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if char.isalpha():
            if char.isupper() and before.isalpha() and before.islower():
                odd += 1
                continue
            start, end = at, at + 1
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            while end < len(text) and text[end].isalpha():
                end += 1
            word = text[start:end]
            if len(word) >= 3 and not any(c.isascii() for c in word):
                odd += 1
        elif char not in _INSIDE_WORDS and before.isalpha() and after.isalpha():
            odd += 1
    return seen > 0 and odd <= seen * 0.05


# -- UTF-16 without a BOM ---------------------------------------------------------------------

_ALLOWED_FORMAT = frozenset("\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")
_UTF16_SAMPLE = 1 << 14  # characters whose categories are looked at


# multi-byte legacy code pages whose text, read as UTF-16, can look like CJK text
_CJK_CODE_PAGES = ("shift_jis", "euc_jp", "gbk", "big5", "euc_kr")


def _utf16_without_bom(data: bytes, *, nuls: bool) -> tuple[str, str] | None:
    """The text, if ``data`` is UTF-16 in either byte order and reads as text in it.

    Text written as UTF-16 decodes into assigned, printable characters of whatever script.
    Bytes of another encoding read two at a time do not: ASCII letters pair into CJK
    ideographs, but a letter before a space lands in U+2061-U+207F (format characters,
    unassigned code points) and an accented letter's byte in the private use area or among
    the surrogates. Where both byte orders read as text, the right one has more plain spaces
    and line breaks (read in the wrong order they are U+2000 and U+0A00), more runs of ASCII
    punctuation, digits and letters (a comma is U+2C00 read wrongly), more ASCII punctuation
    ("가.국나는도." has its full stops, which in the wrong order are U+2E00, while few
    characters U+xx00 stand for one), then puts its characters in fewer 256-character
    blocks: a script's letters share their high byte, while an ASCII letter read in the wrong
    order is U+xx00, a different xx for each letter (Hangul's syllables spread over 44 blocks,
    so the blocks come late: "가국나이카," read wrongly needs one fewer). Before the blocks, it
    has fewer letters of Latin Extended-B and the IPA (an ideograph's full stop read wrongly
    is one, "。" is "Ȱ").

    Without a NUL byte (no space, newline or ASCII character in the whole file) Shift-JIS or
    GBK text may read as CJK text in UTF-16 too: where it reads as plain text in such a code
    page, the choice is left to charset-normalizer.
    """
    if len(data) % 2 or len(data) < 4:
        return None
    best: tuple[tuple[int, int], str, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:_UTF16_SAMPLE]
        if not _all_text(sample):
            continue
        score = (
            -sum(map(sample.count, " \n")),
            -_ascii_in_runs(sample),
            -sum(map(sample.count, _PUNCTUATION)),
            _rare_letters(sample),
            len({ord(c) >> 8 for c in sample}),
        )
        if best is None or score < best[0]:
            best = (score, text, encoding)
    if best is None:
        return None
    if not nuls and any(_reads_in(data, code_page) for code_page in _CJK_CODE_PAGES):
        return None
    return best[1], best[2]


_PUNCTUATION = ".,;:!?"


def _rare_letters(sample: str) -> int:
    """Letters of Latin Extended-B and the IPA (U+0180-U+02AF), which next to no text is
    written in: an ideographic full stop read in the wrong order is one ("。" is "Ȱ"). (Not
    a Latin letter of any kind: "X光", an X-ray, is Chinese with a Latin letter in it.)"""
    return sum(1 for c in sample if 0x180 <= ord(c) <= 0x2AF)


def _ascii_in_runs(sample: str) -> int:
    """The ASCII characters next to another ASCII character: digits, words, punctuation before
    a space. Read in the wrong byte order a character U+xx00 is ASCII too (一, U+4E00, is "N"),
    but one alone among the text's own characters, or the same one again ("一一" is "NN"), so
    those are not counted: a run counts where it holds two characters or more."""
    total = 0
    for run in _ASCII_RUN.findall(sample):
        if len(set(run)) >= 2:
            total += len(run)
    return total


_ASCII_RUN = re.compile(r"[\x00-\x7f]{2,}")


def _reads_in(data: bytes, code_page: str) -> bool:
    """Whether ``data`` reads as plain text in a multi-byte code page: printable, and not
    ASCII characters strewn one by one among others (what UTF-16 read as GBK gives)."""
    decoder = codecs.getincrementaldecoder(code_page)()  # the sample may end inside a character
    try:
        text = decoder.decode(data[: _UTF16_SAMPLE * 2], final=False)
    except UnicodeDecodeError:
        return False
    if not _all_text(text):
        return False
    switches = sum(1 for a, b in pairwise(text) if a.isascii() != b.isascii())
    return switches <= len(text) // 4


_ONE_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK", "HALFWIDTH": "CJK"}


def _all_text(sample: str) -> bool:
    """No unassigned, private-use, surrogate or control characters (NUL aside: a stray NUL
    is dropped later), next to no format characters, and letters of one or two scripts:
    text mixes its own script with Latin at most, bytes read wrongly spread over many."""
    bad = 0
    scripts: dict[str, int] = {}
    for char in sample:
        category = unicodedata.category(char)
        if category[0] in "LM":  # letters and the marks on them
            script = unicodedata.name(char, "?").split(" ", 1)[0]
            script = _ONE_SCRIPT.get(script, script)
            scripts[script] = scripts.get(script, 0) + 1
            continue
        if category[0] != "C" or char in _ALLOWED_CONTROLS or char == "\x00":
            continue
        if category == "Cf" and char in _ALLOWED_FORMAT:
            continue
        bad += 1
        if bad > len(sample) // 1000:
            return False
    letters = sum(scripts.values())
    two = sum(sorted(scripts.values())[-2:])
    return two >= letters * 0.9


# -- bytes replaced, NULs dropped, and the notes that say so ------------------------------------

_recording = threading.local()


def _record(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _recording.bad.append((error.start, error.end))
    return "\ufffd", error.end


codecs.register_error("corpus-record", _record)


def _decode_recording(data: bytes, encoding: str, skip: int) -> tuple[str, list[tuple[int, int]]]:
    """``data[skip:]`` decoded with bad sequences replaced; their byte offsets in ``data``."""
    _recording.bad = []
    try:
        text = (
            data[skip:].decode(encoding, "corpus-record")
            if skip
            else data.decode(encoding, "corpus-record")
        )
        bad = [(s + skip, e + skip) for s, e in _recording.bad]
    finally:
        del _recording.bad
    return text, bad


def _positions(data: bytes, byte: int) -> list[int]:
    found, at = [], data.find(byte)
    while at >= 0:
        found.append(at)
        at = data.find(byte, at + 1)
    return found


def _before_drop(offset: int, dropped: list[int]) -> int:
    """An offset into the bytes with NULs dropped, as an offset into the file."""
    for nul in dropped:  # few; each at or before the offset shifts it by one
        if nul <= offset:
            offset += 1
        else:
            break
    return offset


def _drop_nul_characters(text: str, encoding: str, skip: int) -> tuple[str, list[int]]:
    """``text`` without its U+0000 characters, if they are few; their byte offsets."""
    count = text.count("\x00")
    if not count:
        return text, []
    if count > len(text) * _NUL_SHARE:
        raise InputError("binary file (contains NUL characters)")
    codec = "utf-8" if encoding.startswith("utf-8") else encoding
    offsets, at = [], text.find("\x00")
    while at >= 0:
        offsets.append(skip + len(text[:at].encode(codec, "surrogatepass")))
        at = text.find("\x00", at + 1)
    return text.replace("\x00", ""), offsets


def _listed(offsets: list[int]) -> str:
    shown = ", ".join(str(o) for o in offsets[:_SHOWN])
    more = len(offsets) - _SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _notes(bad: list[tuple[int, int]], nuls: list[int], encoding: str) -> tuple[str, ...]:
    notes = []
    if bad:
        count = sum(e - s for s, e in bad)
        what = "byte" if count == 1 else "bytes"
        notes.append(
            f"{count} {what} not valid {encoding.upper()} replaced with U+FFFD"
            f" (at byte offset {_listed([s for s, _ in bad])})"
        )
    if nuls:
        what = "byte" if len(nuls) == 1 else "bytes"
        notes.append(f"{len(nuls)} NUL {what} dropped (at byte offset {_listed(nuls)})")
    return tuple(notes)


def _checked(text: str, utf8: bytes | None = None) -> str:
    """``text`` if it reads as text. ``utf8`` is its UTF-8 where the caller holds it (a UTF-8
    file's own bytes): such text holds a NUL only if the bytes do, and need not be encoded."""
    if utf8 is None and "\x00" in text:
        raise InputError("binary file (contains NUL characters)")
    if not text or text.isspace():
        raise InputError("empty file (whitespace only)")
    # the first 4 KiB of the UTF-8, where only these characters encode below 0x20: a bytes
    # translate is ~20x cheaper than a regex scan of the text, and this runs on every file
    # (4096 characters encode to 4096 bytes or more)
    utf8 = utf8 if utf8 is not None else text[:_SAMPLE].encode("utf-8", "surrogatepass")
    head = utf8[:_SAMPLE]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) * 0.05:
        raise InputError("binary file (control characters)")
    return text
