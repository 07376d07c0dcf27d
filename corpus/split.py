"""Files → Documents → Units, for one file or a whole tree, in one or several processes.

Results come back in input order whatever the number of workers, and at most a few jobs are
in flight at a time, so memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import glob
import os
import pickle
import re
import stat
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import CorpusError, InputError
from .model import KINDS, Document, Failure, Unit
from .readers import input_formats as formats
from .readers import parse_document, sniff_format
from .readers.decode import decode_bytes
from .readers.fields import parse_page_text
from .readers.handover import Handover
from .readers.rules import Rules, load_texts, rules_files
from .readers.rules import default as default_rules
from .readers.text import Dropped
from .segment import DEFAULT_SPLITTER, Splitter, require_splitter, segment, segment_pieces
from .spans import SourceSpan, attach, load_spans, spans_for

JSONL_CHUNK = 256  # records per job: small enough to stream, large enough to amortise a job
# characters: a document this long has its units made as they are read (``Units``), never all
# at once; a 50 MB scrape's 750,000 units, each with a copy of its text, took 3x the file
BIG_DOCUMENT = 2_000_000
# formats whose reader takes a big file's text from a ``Handover``, so that no call on the
# way holds it once its lines are made (readers/handover.py)
_HANDED_OVER = frozenset({"text", "markdown"})
UNITS_BATCH = 4096  # units a big document's are made in


@dataclass(frozen=True)
class Source:
    """One input: a path (``-`` for standard input), the id its document gets, its format."""

    path: str
    doc_id: str
    format: str = "auto"


class Units(Sequence[Unit]):
    """A big document's units (``BIG_DOCUMENT`` characters or more), made a batch at a time
    each time they are gone through, so that memory holds the document and one batch: a
    sequence like the tuple a smaller document's Result holds, which ``len`` and indexing
    make whole (``pieces`` writes them out without)."""

    def __init__(
        self,
        document: Document,
        kinds: tuple[str, ...],
        splitter: Splitter = DEFAULT_SPLITTER,
    ) -> None:
        self.document = document
        self.kinds = kinds
        self.splitter = splitter
        self._counts: dict[str, int] | None = None

    def pieces(self, batch: int = UNITS_BATCH) -> Iterator[list[Unit]]:
        """The units in lists of about ``batch``, each made when it is asked for."""
        counts = dict.fromkeys(KINDS, 0)
        for piece in segment_pieces(self.document, self.kinds, batch, splitter=self.splitter):
            for unit in piece:
                counts[unit.kind] += 1
            yield piece
        self._counts = counts

    def __iter__(self) -> Iterator[Unit]:
        for piece in self.pieces():
            yield from piece

    def counts(self) -> dict[str, int]:
        """How many units of each kind (one pass, remembered)."""
        if self._counts is None:
            for _ in self.pieces():
                pass
        return dict(self._counts or {})

    def __len__(self) -> int:
        return sum(self.counts().values())

    def __getitem__(self, index):
        return tuple(self)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Units | tuple | list):
            return tuple(self) == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a tuple, as a list is

    def __repr__(self) -> str:
        return f"Units({self.document.doc_id!r}, kinds={self.kinds!r})"


@dataclass(frozen=True)
class Result:
    """What became of one document: the document and its units, or why it failed.

    ``source`` says where the document came from (``path`` or ``path:line`` for JSONL).
    ``units`` is a tuple, or for a document of ``BIG_DOCUMENT`` characters or more a
    ``Units`` sequence that makes them as they are read.
    """

    source: str
    document: Document | None = None
    units: tuple[Unit, ...] | Units = ()
    failure: Failure | None = None
    warnings: tuple[str, ...] = ()  # standoff annotations that could not be carried over
    parse_warnings: tuple[str, ...] = ()  # what looked wrong in reading the document


@dataclass
class Summary:
    """Counts for the closing line of a run."""

    documents: int = 0
    units: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    failures: int = 0
    spans: int = 0
    span_problems: int = 0

    def add(self, result: Result) -> None:
        if result.failure:
            self.failures += 1
            return
        self.documents += 1
        if isinstance(result.units, Units):
            for kind, n in result.units.counts().items():  # counted as they were written
                self.units[kind] += n
        else:
            for unit in result.units:
                self.units[unit.kind] += 1
        if result.document:
            self.spans += len(result.document.spans)
        self.span_problems += len(result.warnings)


_SLUG = re.compile(r"[^\w.-]+")


def slug(text: str) -> str:
    """A readable id piece: word characters, dots and dashes; no slash (ids nest with '/')."""
    return _SLUG.sub("-", text).strip("-.") or "doc"


def find_sources(paths: Iterable[str], format: str = "auto") -> Iterator[Source | Failure]:
    """Expand files, directories (recursively, by extension) and globs into sources.

    A document's id comes from its path relative to the directory or glob root it was found
    under, so it is the same from any working directory and on any machine. Paths are handled
    as strings, not pathlib objects: for a corpus of small files, pathlib cost as much as
    reading them (bench/README.md).
    """
    if format not in formats.format_names():
        choices = ", ".join(formats.format_names())
        raise CorpusError(f"unknown format {format!r} (choose from {choices})")
    for arg in paths:
        if arg == "-":
            yield Source("-", "stdin", format)
            continue
        try:
            is_dir = stat.S_ISDIR(os.stat(arg).st_mode)
        except (OSError, ValueError):  # missing, unreadable, or no path at all (a NUL in it)
            is_dir = None
        if is_dir:
            root = _spelled(arg)
            found, unreadable = _files_under(root)
            for where, reason in unreadable:
                yield Failure(where, reason)
            if not found and not unreadable:
                yield Failure(arg, f"no {formats.extensions_phrase()} files in this directory")
            for parts in found:
                yield _source(_joined(root, parts), parts, format)
        elif is_dir is not None:
            path = _spelled(arg)
            yield _source(path, (os.path.basename(path),), format)
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            files = [Path(m) for m in matches if os.path.isfile(m)]
            if not files:
                yield Failure(arg, "no files match this pattern")
            root = Path(_glob_root(arg))
            for path in files:
                yield _source(str(path), path.relative_to(root).parts, format)
        else:
            yield Failure(arg, "no such file or directory")


def _files_under(root: str) -> tuple[list[tuple[str, ...]], list[tuple[str, str]]]:
    """The files under ``root`` with a known extension, as path parts relative to it, in
    pathlib's order; hidden files and folders skipped, symlinked folders not followed. Also
    the folders that could not be listed, with why."""
    found: list[tuple[str, ...]] = []
    unreadable: list[tuple[str, str]] = []
    folders: list[tuple[str, ...]] = [()]
    while folders:
        parts = folders.pop()
        where = _joined(root, parts)
        try:
            with os.scandir(where) as entries:
                for entry in entries:
                    name = entry.name
                    if name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        folders.append((*parts, name))
                    elif formats.by_extension(_suffix(name)) and entry.is_file():
                        found.append((*parts, name))
        except OSError as exc:
            unreadable.append((where, exc.strerror or str(exc)))
    found.sort()  # pathlib orders paths part by part
    return found, sorted(unreadable)


def _spelled(path: str) -> str:
    """``str(Path(path))``: no "." parts, no trailing or doubled "/" (but a leading "//").
    Most paths are spelled so already, and are returned without pathlib's parsing."""
    if "//" in path or path.endswith("/") or "/./" in path or path.startswith("./"):
        return str(Path(path))
    return str(Path(path)) if path in ("", ".") or path.endswith("/.") else path


def _joined(root: str, parts: tuple[str, ...]) -> str:
    """``str(Path(root, *parts))`` for a root pathlib has spelled already."""
    return os.path.join(root, *parts) if root != "." or not parts else os.path.join(*parts)


def _suffix(name: str) -> str:
    """``PurePath(name).suffix``: from the last dot, unless the name starts or ends with it."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _glob_root(pattern: str) -> str:
    parts = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return str(Path(*parts)) if parts else "."


def _source(path: str, relative: tuple[str, ...], format: str) -> Source:
    """The source at ``path``, whose parts relative to its root give its id."""
    suffix = _suffix(relative[-1])
    stem = relative[-1][: len(relative[-1]) - len(suffix)]
    doc_id = "--".join(slug(part) for part in (*relative[:-1], stem))
    if format == "auto":
        format = formats.by_extension(suffix) or "auto"
    return Source(path, doc_id, format)


# -- work done in the workers -------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    source: Source
    kinds: tuple[str, ...]
    spans: dict[str, list[SourceSpan]]
    data: bytes | None = None  # standard input, read by the parent
    lines: tuple[tuple[int, str], ...] = ()  # a chunk of a JSONL file: (line number, line)
    # a site's own rules files as (YAML text, path): compiled once in each worker
    rules: tuple[tuple[str, str], ...] = ()
    language: str | None = None  # every document's language, whatever it says (--language)
    splitter: Splitter = DEFAULT_SPLITTER


def _run(job: _Job) -> list[Result]:
    # A document makes tens of thousands of short-lived objects (lines, probes, units), none
    # in a reference cycle: the cyclic collector's young-generation passes over them cost 9%
    # of a split of small articles (bench/README.md). They run rarer while a job runs; what
    # is garbage is still freed at once by reference counting.
    threshold = gc.get_threshold()
    if 0 < threshold[0] < _GC_YOUNG:  # 0: the caller turned collection off
        gc.set_threshold(_GC_YOUNG, *threshold[1:])
    try:
        return _run_unchecked(job)
    except CorpusError as exc:
        return [Result(job.source.path, failure=Failure(job.source.path, str(exc)))]
    except Exception as exc:  # a reader bug must not take the batch down; say which file
        reason = f"internal error while reading ({type(exc).__name__}: {exc})"
        return [Result(job.source.path, failure=Failure(job.source.path, reason))]
    finally:
        gc.set_threshold(*threshold)


_GC_YOUNG = 20_000  # allocations between young-generation collections while a job runs (700)


def _run_unchecked(job: _Job) -> list[Result]:
    source = job.source
    if job.lines:
        fmt = formats.get(source.format)
        return [_record(job, fmt, number, line) for number, line in job.lines]
    data = job.data if job.data is not None else _read_bytes(source.path)
    text, encoding, mended = decode_bytes(data)  # bytes replaced, NULs dropped: said as warnings
    del data  # a big file's bytes are not kept beside its text while it is read
    format = source.format if source.format != "auto" else sniff_format(text)
    fmt = formats.get(format)
    if fmt.records:
        lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
        return [_record(job, fmt, n, line) for n, line in lines]
    given: str | Handover = text
    if len(text) >= BIG_DOCUMENT and format in _HANDED_OVER and not job.spans:
        given, text = Handover(text), ""  # (spans are carried over from the text: kept)
    doc, notes = parse_document(
        given,
        format=format,
        source=source.path,
        doc_id=source.doc_id,
        encoding=encoding,
        rules=_rules(job),
    )
    return [_finish(job, doc, text, source.path, mended + notes)]


def _rules(job: _Job) -> Rules | None:
    return load_texts(job.rules) if job.rules else None  # compiled once per process


def _record(job: _Job, fmt: formats.InputFormat, number: int, line: str) -> Result:
    where = f"{job.source.path}:{number}"
    try:
        doc, text = _read_line(fmt, job.source, number, line)
        return _finish(job, doc, text, where)
    except CorpusError as exc:
        return Result(where, failure=Failure(where, str(exc)))


def _read_line(
    fmt: formats.InputFormat, source: Source, number: int, line: str
) -> tuple[Document, str]:
    """Line ``number`` of a record format as a document, and the text its offsets are in."""
    assert fmt.parse_record is not None and fmt.read_record is not None
    record = fmt.parse_record(line)
    given = record.get("id")
    doc_id = slug(str(given)) if given not in (None, "") else f"{source.doc_id}-{number}"
    where = f"{source.path}:{number}"
    return fmt.read_record(record, source=where, doc_id=doc_id), record["text"]


def _finish(
    job: _Job, doc: Document, source_text: str, where: str, notes: tuple[str, ...] = ()
) -> Result:
    warnings: list[str] = []
    language = job.language or doc.language or _detected_language(doc)
    if language != doc.language:
        doc = _with_language(doc, language)
    wanted = spans_for(job.spans, doc.doc_id) if job.spans else []
    if wanted:
        attached, warnings = attach(doc, source_text, wanted)
        doc = replace(doc, spans=attached)
    if len(doc.text) >= BIG_DOCUMENT:
        units: tuple[Unit, ...] | Units = Units(doc, job.kinds, job.splitter)
    else:
        units = tuple(segment(doc, job.kinds, splitter=job.splitter))
    return Result(where, doc, units, warnings=tuple(warnings), parse_warnings=notes)


def _with_language(doc: Document, language: str | None) -> Document:
    """``replace(doc, language=language)`` without hashing the same text again, as its
    ``__post_init__`` would: the same fields with the language changed, given whole (as
    ``Unit.make`` makes a unit)."""
    copied = object.__new__(type(doc))
    object.__setattr__(copied, "__dict__", {**doc.__dict__, "language": language})
    return copied


def _detected_language(doc: Document) -> str | None:
    """The language of a document that does not say, from the common words of its first
    paragraphs (the rule tables' own detector: py3langid was as accurate on our gallery but
    three times slower per document and took a second to load in every process)."""
    sample = doc.text[:_LANGUAGE_SAMPLE]
    return default_rules().detect_language(sample) if sample else None


_LANGUAGE_SAMPLE = 600  # characters: the title and first paragraph or two


def _read_bytes(path: str) -> bytes:
    """The file's bytes, through the file descriptor: open()'s buffered reader cost more
    than the read itself for a small article (bench/README.md)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))  # O_BINARY: Windows
        try:
            size = os.fstat(fd).st_size
            data = os.read(fd, size + 1)  # a byte more: the end of the file shows as a short read
            if len(data) != size:  # changed since, no size to go by (a pipe), or over 2 GB
                chunks = [data]
                while chunk := os.read(fd, 1 << 20):
                    chunks.append(chunk)
                data = b"".join(chunks)
            return data
        finally:
            os.close(fd)
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from exc


# -- orchestration ---------------------------------------------------------------------------


def _jobs(
    sources: Iterable[Source | Failure],
    kinds: tuple[str, ...],
    spans: dict[str, list[SourceSpan]],
    stdin: bytes | None,
    rules: tuple[tuple[str, str], ...] = (),
    language: str | None = None,
    splitter: Splitter = DEFAULT_SPLITTER,
) -> Iterator[_Job | Failure]:
    for source in sources:
        if isinstance(source, Failure):
            yield source
            continue
        if source.path == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            yield _Job(
                source, kinds, spans, data=data, rules=rules, language=language, splitter=splitter
            )
        elif source.format in formats.REGISTRY and formats.REGISTRY[source.format].records:
            yield from _record_jobs(source, kinds, spans, language, splitter)
        else:
            # a worker needs only the spans of its own document
            mine = {source.doc_id: spans_for(spans, source.doc_id)} if spans else {}
            yield _Job(source, kinds, mine, rules=rules, language=language, splitter=splitter)


def _record_jobs(
    source: Source, kinds, spans, language=None, splitter: Splitter = DEFAULT_SPLITTER
) -> Iterator[_Job | Failure]:
    """Stream a file of records (JSONL) in chunks of lines, so a large crawl never sits in
    memory whole."""
    try:
        handle = open(source.path, "rb")  # noqa: SIM115 - closed below, generator-scoped
    except OSError as exc:
        yield Failure(source.path, exc.strerror or str(exc))
        return
    with handle:
        chunk: list[tuple[int, str]] = []
        any_line = False
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            any_line = True
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield Failure(f"{source.path}:{number}", "not UTF-8 (JSON Lines must be UTF-8)")
                continue
            chunk.append((number, line))
            if len(chunk) >= JSONL_CHUNK:
                yield _Job(
                    source, kinds, spans, lines=tuple(chunk), language=language, splitter=splitter
                )
                chunk = []
        if chunk:
            yield _Job(
                source, kinds, spans, lines=tuple(chunk), language=language, splitter=splitter
            )
        if not any_line:
            yield Failure(source.path, "empty file")


def split_files(
    paths: Iterable[str],
    *,
    kinds: Iterable[str] = KINDS,
    format: str = "auto",
    workers: int = 1,
    spans: Iterable[str] = (),
    stdin: bytes | None = None,
    rules: Iterable[str] = (),
    language: str | None = None,
    splitter: Splitter = DEFAULT_SPLITTER,
) -> Iterator[Result]:
    """Split every article found under ``paths`` into units; one Result per document.

    Failures (unreadable files, bad JSONL records, duplicate ids) come back as Results with
    ``failure`` set, in their place in the stream, and never stop the batch. ``rules`` are
    a site's own rules files (``corpus/readers/rules.py``), read before the built-in tables;
    a file that cannot be used raises RulesError before anything is read. Sentences are split
    in each document's language: ``language`` for all of them when given, else the one the
    document states (``<html lang>``, JSONL ``language``), else the one detected; and as
    ``splitter`` splits them (``corpus.segment.Splitter``: sentencex with corpus's
    corrections unless told otherwise).
    """
    return split_sources(
        find_sources(paths, format),
        kinds=kinds,
        workers=workers,
        spans=spans,
        stdin=stdin,
        rules=rules,
        language=language,
        splitter=splitter,
    )


def split_sources(
    sources: Iterable[Source | Failure],
    *,
    kinds: Iterable[str] = KINDS,
    workers: int = 1,
    spans: Iterable[str] = (),
    stdin: bytes | None = None,
    rules: Iterable[str] = (),
    language: str | None = None,
    splitter: Splitter = DEFAULT_SPLITTER,
) -> Iterator[Result]:
    """``split_files`` for sources already found (lets a caller count them first)."""
    kinds = tuple(kinds)
    require_splitter(splitter)
    if workers > 1 and splitter != DEFAULT_SPLITTER:
        _picklable(splitter)
    if language is not None and not re.fullmatch(r"[a-z]{2,3}", language):
        raise CorpusError(f"language {language!r}: give a language code such as en, de or fr")
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise CorpusError(
            f"unknown unit kind {sorted(unknown)[0]!r} (choose from {', '.join(KINDS)})"
        )
    extra = rules_files(rules)
    loaded = load_spans(list(spans)) if spans else {}
    jobs = _jobs(sources, kinds, loaded, stdin, extra, language, splitter)
    seen: dict[str, str] = {}
    for result in _execute(jobs, workers):
        doc = result.document
        if doc is not None:
            first = seen.setdefault(doc.doc_id, result.source)
            if first != result.source:
                reason = f"duplicate doc_id {doc.doc_id!r} (already used by {first})"
                result = Result(result.source, failure=Failure(result.source, reason))
        yield result
        del result, doc  # not kept alive while the next file is read: memory stays flat


def _picklable(splitter: Splitter) -> None:
    """Refuse, before anything is read, a splitter the worker processes cannot be sent."""
    try:
        pickle.dumps(splitter)
    except Exception as exc:  # PicklingError, or AttributeError for a local function
        raise TypeError(
            f"with workers > 1 the splitter is sent to each worker process, and {exc}: "
            "give Splitter a module-level function"
        ) from exc


def _execute(jobs: Iterator[_Job | Failure], workers: int) -> Iterator[Result]:
    if workers <= 1:
        for job in jobs:
            if isinstance(job, Failure):
                yield Result(job.source, failure=job)
            else:
                yield from _run(job)
        return
    window: deque[Future | Failure] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for job in jobs:
            window.append(job if isinstance(job, Failure) else pool.submit(_run, job))
            while len(window) > workers * 4:
                yield from _settle(window.popleft())
        while window:
            yield from _settle(window.popleft())


def _settle(item: Future | Failure) -> list[Result]:
    if isinstance(item, Failure):
        return [Result(item.source, failure=item)]
    return item.result()


# -- what a reader made of a file ----------------------------------------------------------------


@dataclass(frozen=True)
class Inspection:
    """One document as a reader read it, with what it left out and why (`corpus inspect`).

    ``dropped`` and ``language`` come from the text reader; the HTML and JSONL readers do not
    report the lines they leave out.
    """

    source: str
    document: Document
    comments: tuple[Unit, ...]  # the comment units, with their ids ("c2.1") and depth
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str | None = None
    pingbacks: int = 0


def inspect_files(
    paths: Iterable[str], *, format: str = "auto", rules: Iterable[str] = ()
) -> Iterator[Inspection | Failure]:
    """What the readers find in each file (or JSONL record) under ``paths``, in order."""
    extra = rules_files(rules)
    table = load_texts(extra) if extra else None
    for source in find_sources(paths, format):
        if isinstance(source, Failure):
            yield source
            continue
        try:
            yield from _inspect(source, table)
        except CorpusError as exc:
            yield Failure(source.path, str(exc))


def _inspect(source: Source, rules: Rules | None) -> Iterator[Inspection | Failure]:
    data = sys.stdin.buffer.read() if source.path == "-" else _read_bytes(source.path)
    text, encoding, _ = decode_bytes(data)
    format = source.format if source.format != "auto" else sniff_format(text)
    fmt = formats.get(format)
    if fmt.records:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{source.path}:{number}"
            try:
                doc, _ = _read_line(fmt, source, number, line)
            except CorpusError as exc:
                yield Failure(where, str(exc))
                continue
            yield Inspection(where, doc, tuple(segment(doc, ("comment",))))
        return
    if format in ("text", "markdown"):
        parse = parse_page_text(
            text, source=source.path, doc_id=source.doc_id, format=format, encoding=encoding,
            rules=rules, trace=True, markdown=format == "markdown",
        )  # fmt: skip
        doc = formats.require_text(parse.document)
        yield Inspection(
            source.path,
            doc,
            tuple(segment(doc, ("comment",))),
            parse.dropped,
            parse.warnings,
            parse.language,
            parse.pingbacks,
        )
        return
    doc, notes = parse_document(
        text, format=format, source=source.path, doc_id=source.doc_id, encoding=encoding
    )
    yield Inspection(source.path, doc, tuple(segment(doc, ("comment",))), warnings=notes)
