"""Bytes to text: UTF-8 (with or without BOM), UTF-16, and legacy 8-bit code pages.

Line endings are left alone here so that source offsets stay those of the decoded file;
the readers turn CRLF and CR into LF as they build the canonical text.
"""

from __future__ import annotations

import codecs

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
# Single-byte code pages that charset-normalizer may pick for Western text. cp1252 decodes the
# punctuation that makes such files non-UTF-8 (0x91-0x97: curly quotes, dashes) the same way
# as most of them and is what Windows editors wrote, so it wins whenever it decodes the bytes.
_WESTERN_GUESSES = {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp1257", "mac_roman"}


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise InputError for empty or binary input."""
    if not data or data.isspace():  # strip() would copy the file to say the same
        raise InputError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"declares {encoding} by its BOM but does not decode: {exc.reason}"
                ) from exc
            return _checked(text), encoding + ("-sig" if encoding == "utf-8" else "")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError("binary file (contains NUL bytes)")
        return _checked(utf16[0]), utf16[1]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(text, utf8=data), "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary file or unknown text encoding")
    encoding = best.encoding
    if encoding in _WESTERN_GUESSES:
        try:
            return _checked(data.decode("cp1252")), "cp1252"
        except UnicodeDecodeError:
            pass
    return _checked(str(best)), encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without BOM shows NULs in every other byte for ASCII characters."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > half * 0.3:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


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
