"""Reading files nobody vouches for in bounded memory: JSON Lines, big JSON arrays, configs.

Exports, units, documents and configs come from other people's tools and sometimes from
nobody knows where. A parser that builds whatever it is given can be made to use any amount
of memory by a small file (``'[' * 100_000 + ']' * 100_000`` grew one to 21 GB) or by one
endless line. So every record (a line of JSON Lines, an element of an export's top-level
array) is cut out of a bounded buffer first and refused when it is larger than
``max_record()`` bytes or nested deeper than ``MAX_DEPTH`` levels, with one line that says
where and why; only then is it parsed, by orjson. A user with a legitimately huge record can
raise the limit with ``CORPUS_MAX_RECORD_MB``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from .errors import CorpusError, InputError

RECORD_ENV = "CORPUS_MAX_RECORD_MB"
DEFAULT_RECORD_MB = 32  # a whole article with thousands of comments is a few MB
MAX_DEPTH = 1024  # orjson's own limit; Label Studio's deepest records nest about 8 levels
MAX_CONFIG = 4 << 20  # bytes of a labeling config (XML); real ones are a few KB
CHUNK = 8 << 20  # bytes read at a time
BOM = b"\xef\xbb\xbf"
_HINT = f"set {RECORD_ENV} to raise the limit"
_FALSE_ENDS = 16  # candidate ends of one element tried before the bracket scanner takes over


def max_record() -> int:
    """The largest record accepted, in bytes (``CORPUS_MAX_RECORD_MB``, default 32)."""
    given = os.environ.get(RECORD_ENV)
    if given:
        try:
            megabytes = float(given)
        except ValueError:
            raise CorpusError(f"{RECORD_ENV}={given!r} is not a number of megabytes") from None
        if megabytes > 0:
            return round(megabytes * (1 << 20))
        raise CorpusError(f"{RECORD_ENV}={given!r} must be above 0")
    return DEFAULT_RECORD_MB << 20


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):.3g} MB"


def loads(
    data: bytes, where: str, error: type[CorpusError] = InputError, offset: int | None = None
) -> Any:
    """``orjson.loads`` with its failures as one line naming ``where``; ``offset`` is where
    ``data`` starts in its file, so the position given is the file's."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        if str(exc).startswith("depth limit"):
            reason = f"nested deeper than {MAX_DEPTH} levels"
        elif offset is None:
            reason = f"not valid JSON ({exc.msg} at column {exc.colno})"
        else:
            reason = f"not valid JSON ({exc.msg} at byte {offset + exc.pos})"
        raise error(f"{where}: {reason}") from None


def lines(path: str | Path, error: type[CorpusError] = InputError) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of each non-blank line of a JSON Lines file, each at most
    ``max_record()`` bytes: a longer one is an error before it is read whole."""
    limit = max_record()
    try:
        with open(path, "rb") as handle:
            number = 0
            while True:
                line = handle.readline(limit + 1)
                if not line:
                    return
                number += 1
                if len(line) > limit and not line.endswith(b"\n"):
                    raise error(
                        f"{path}:{number}: a line longer than {_megabytes(limit)} ({_HINT})"
                    )
                if number == 1 and line.startswith(BOM):
                    line = line[len(BOM) :]
                if line.strip():
                    yield number, line
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_text(
    path: str | Path, what: str, limit: int = MAX_CONFIG, error: type[CorpusError] = InputError
) -> str:
    """A whole (small) text file, refused when it is larger than ``limit`` bytes."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise error(f"{path}: the {what} is larger than {_megabytes(limit)}")
    try:
        return data.removeprefix(BOM).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: the {what} is not UTF-8 ({exc.reason} at byte {exc.start})") from None


# -- big JSON arrays, element by element -----------------------------------------------------

_STRING = rb'"(?:[^"\\]|\\.)*"'
_SCALAR = rb"(?:-?\d[\d.eE+-]*|" + _STRING + rb"|null|true|false)"
_FIRST_KEYS = re.compile(
    rb"\s*\{\s*(" + _STRING + rb")\s*:\s*" + _SCALAR + rb"\s*,\s*(" + _STRING + rb")\s*:"
)
_STRUCTURE = re.compile(rb'["{}\[\]]')
_SCALAR_END = re.compile(rb"[,\]\s]")
_SPACE = b" \t\r\n"


def array(
    handle: BinaryIO,
    where: str,
    error: type[CorpusError] = InputError,
    chunk: int | None = None,
) -> Iterator[Any]:
    """The elements of a file's top-level JSON array, one at a time, in bounded memory.

    Each element is cut out of the buffer and parsed on its own by orjson. Two ways to cut:

    - the fast one, for arrays of records that all open alike (every element of a Label
      Studio export starts with the same two keys, ``{"id": 7, "annotations": ...``): a
      candidate end is a ``}`` followed by ``,`` and that same opening. A candidate inside a
      string or a nested object leaves a prefix of the element, which orjson refuses as
      unexpectedly ending; the next candidate is then tried. A prefix of a JSON object is
      never a complete object, so an element that parses is exactly one element. Building
      Python objects through an incremental parser's callbacks costs ~7x this.
    - a scan of strings and brackets, for arrays that do not open that way, and for an
      element in which the fast way met too many false ends.

    Elements over ``max_record()`` bytes or nested deeper than ``MAX_DEPTH`` are errors.
    """
    chunk = chunk or CHUNK
    buffer = handle.read(chunk)
    while len(buffer) < len(BOM) and (more := handle.read(chunk)):
        buffer += more
    cutter = _Cutter(handle, buffer, len(BOM) if buffer.startswith(BOM) else 0, where, error, chunk)
    char = cutter._next_char()
    if char != b"[":
        what = "nothing" if char is None else "no JSON array"
        raise error(f"{where}: {what} where a JSON array should start")
    cutter.start += 1
    buffer, begin = cutter.buffer, cutter.start
    first = _FIRST_KEYS.match(buffer, begin)
    if first is None:
        return cutter.scan()
    opening = (
        rb"\{\s*" + re.escape(first.group(1)) + rb"\s*:\s*" + _SCALAR + rb"\s*,\s*"
        + re.escape(first.group(2)) + rb"\s*:"
    )  # fmt: skip
    return cutter.split(re.compile(rb"\}\s*,\s*(?=" + opening + rb")"))


class _Cutter:
    """A read buffer over one array and the two ways of cutting elements out of it.

    ``buffer[start:]`` is what is not consumed yet; ``offset`` is the file position of
    ``buffer[0]``, for messages.
    """

    def __init__(self, handle, buffer: bytes, start: int, where: str, error, chunk: int):
        self.handle, self.buffer, self.start = handle, buffer, start
        self.where, self.error, self.chunk = where, error, chunk
        self.offset = 0
        self.limit = max_record()
        self.count = 0  # elements yielded

    def more(self, check: bool = True) -> bool:
        """Read another chunk, dropping the consumed part; False at the end of the file.

        With ``check``, an unconsumed part already over the limit is an error: the element
        being cut is too large.
        """
        if check and len(self.buffer) - self.start > self.limit:
            raise self.error(
                f"{self.where}: element #{self.count} (from byte {self.offset + self.start}) is "
                f"larger than {_megabytes(self.limit)} ({_HINT})"
            )
        data = self.handle.read(self.chunk)
        if not data:
            return False
        self.offset += self.start
        self.buffer = self.buffer[self.start :] + data
        self.start = 0
        return True

    def parse(self, end: int) -> Any:
        element = loads(
            self.buffer[self.start : end],
            f"{self.where}: element #{self.count} (from byte {self.offset + self.start})",
            self.error,
            offset=self.offset + self.start,
        )
        self.count += 1
        self.start = end
        return element

    def split(self, boundary: re.Pattern) -> Iterator[Any]:
        """Elements cut at ``boundary``; the scan takes over from the first element that
        does not end at one (a malformed element, one that opens differently, the last one,
        or one full of false ends), so every error comes from the scan, precisely."""
        search = self.start
        false_ends = 0
        while True:
            match = boundary.search(self.buffer, search)
            if match is None:
                if len(self.buffer) - self.start > self.limit:
                    break
                # a candidate's opening may straddle the chunk edge: the last 64 KiB are
                # searched again
                again = max(search, len(self.buffer) - 65536) - self.start
                if not self.more(check=False):
                    break
                search = self.start + again
                continue
            end = match.start() + 1
            try:
                element = orjson.loads(self.buffer[self.start : end])
            except orjson.JSONDecodeError as exc:
                false_ends += 1
                if exc.pos < end - self.start or false_ends > _FALSE_ENDS:
                    break  # not cut short but wrong, or too many tries
                search = match.end()
                continue
            self.count += 1
            yield element
            self.start = search = match.end()
            false_ends = 0
        yield from self.scan()

    def scan(self) -> Iterator[Any]:
        """The rest of the array by a scan of strings and brackets (linear, any shape)."""
        expect_value = True  # after "[" or ","; else after an element
        first = self.count == 0
        while True:
            char = self._next_char()
            if char is None:
                raise self.error(
                    f"{self.where}: the array does not end (from byte {self.offset + self.start})"
                )
            if char == b"]":
                if expect_value and not first:
                    raise self.error(
                        f"{self.where}: a comma with no element after it, at byte "
                        f"{self.offset + self.start}"
                    )
                self.start += 1
                self._trailing()
                return
            if not expect_value:
                if char != b",":
                    raise self.error(
                        f"{self.where}: expected , or ] at byte {self.offset + self.start}"
                    )
                self.start += 1
                expect_value, first = True, False
                continue
            yield self.parse(self._element_end())
            expect_value = False

    def _next_char(self) -> bytes | None:
        """The next byte that is not white space, at ``buffer[start]``; None at the end."""
        while True:
            while self.start < len(self.buffer) and self.buffer[self.start] in _SPACE:
                self.start += 1
            if self.start < len(self.buffer):
                return self.buffer[self.start : self.start + 1]
            if not self.more():
                return None

    def _element_end(self) -> int:
        """Where the element at ``buffer[start]`` ends (exclusive), reading as needed."""
        char = self.buffer[self.start : self.start + 1]
        if char not in (b"{", b"["):
            return self._scalar_end(char == b'"')
        depth, at = 0, self.start
        while True:
            found = _STRUCTURE.search(self.buffer, at)
            if found is None:
                at = len(self.buffer) - self.start
                if not self.more():
                    self._unfinished()
                at += self.start
                continue
            at = found.start()
            mark = self.buffer[at]
            if mark == 0x22:  # '"'
                end = self._string_end(at + 1)
                if end is None:
                    at -= self.start
                    if not self.more():
                        self._unfinished()
                    at += self.start
                    continue
                at = end
            elif mark in b"{[":
                depth += 1
                if depth > MAX_DEPTH:
                    raise self.error(
                        f"{self.where}: element #{self.count} (from byte "
                        f"{self.offset + self.start}) is nested deeper than {MAX_DEPTH} levels"
                    )
                at += 1
            else:
                depth -= 1
                at += 1
                if depth == 0:
                    return at

    def _string_end(self, at: int) -> int | None:
        """Just past the closing quote of the string whose body starts at ``at``."""
        while True:
            quote = self.buffer.find(b'"', at)
            if quote < 0:
                return None
            slashes = 0
            while self.buffer[quote - 1 - slashes] == 0x5C:  # backslash
                slashes += 1
            if slashes % 2 == 0:
                return quote + 1
            at = quote + 1

    def _scalar_end(self, string: bool) -> int:
        while True:
            if string:
                end = self._string_end(self.start + 1)
            else:
                found = _SCALAR_END.search(self.buffer, self.start)
                end = found.start() if found else None
            if end is not None:
                return end
            if not self.more():
                self._unfinished()

    def _unfinished(self):
        raise self.error(
            f"{self.where}: element #{self.count} (from byte {self.offset + self.start}) "
            "does not end: the file is cut short"
        )

    def _trailing(self) -> None:
        while True:
            rest = self.buffer[self.start :].strip()
            if rest:
                raise self.error(
                    f"{self.where}: something follows the array at byte {self.offset + self.start}"
                )
            self.start = len(self.buffer)
            if not self.more():
                return


class ChunkReader:
    """``read(n)`` over an iterable of byte chunks (a streamed HTTP body), for :func:`array`."""

    def __init__(self, chunks: Iterable[bytes]):
        self._chunks = iter(chunks)
        self._pending = b""

    def read(self, size: int) -> bytes:
        parts, have = [self._pending], len(self._pending)
        while have < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            parts.append(chunk)
            have += len(chunk)
        data = b"".join(parts)
        self._pending = data[size:]
        return data[:size]


__all__ = [
    "MAX_CONFIG",
    "MAX_DEPTH",
    "RECORD_ENV",
    "ChunkReader",
    "array",
    "lines",
    "loads",
    "max_record",
    "read_text",
]
