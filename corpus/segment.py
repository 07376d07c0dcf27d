"""Document → Units: the title, paragraphs, sentences and comments annotators will see.

Unit ids are built from structure only (paragraph and comment positions), never from text, so
editing a sentence changes its hash but no id, and ids are the same on every run.

Sentences come from sentencex, chosen by measurement (bench/README.md): far faster than pysbd
and, with the few corrections in ``_refine``, more accurate on our hand-labelled sentences. A sentence never crosses a
line break: scrapes put one paragraph or one sentence per line far more often than they wrap
prose by hand.

The functions here are the definition. Where the install compiled ``_fastsegment.pyx`` (with
Cython, at ``pip install``), that module makes the units instead: the same lines, the same
corrections in C, the rare line it cannot decide handed back to ``_refine`` here.
tests/test_fastsegment.py holds the two to the same output.

A ``Splitter`` names the choices a caller may make: another sentence splitter in sentencex's
place, without corpus's corrections, or the Python definitions even where the compiled loop
is built (bench/split.py measures the baselines and the pure-Python install this way).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise

import sentencex
import yaml

from .model import KINDS, Comment, Document, Span, Unit

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Splitter:
    """How the lines of a text become sentences.

    ``sentences(language, line)`` returns the sentences of one line (it never holds a line
    break) in order, as strings cut from the line, as ``sentencex.segment`` (the default)
    does: corpus finds each in the line and trims its whitespace, whether the function kept
    it or not. A function that raises, even pyo3's PanicException, leaves its line whole.

    ``corrections`` applies corpus's mending of sentencex's errors (``_refine``; measured
    in bench/README.md); they were written against sentencex and are off for a splitter
    compared as it is. ``compiled`` uses the compiled sentence loop where the install built
    it; False runs the Python definition, which gives the same units (tests hold them to it),
    at the speed of an install without a C compiler. ``split_files`` with ``workers`` above
    one sends the splitter to each worker process: ``sentences`` must then be picklable (a
    module-level function, not a lambda).
    """

    sentences: Callable[[str, str], Iterable[str]] = sentencex.segment
    corrections: bool = True
    compiled: bool = True

    def __post_init__(self) -> None:
        if not callable(self.sentences):
            raise TypeError(f"Splitter.sentences must be callable, not {self.sentences!r}")


DEFAULT_SPLITTER = Splitter()  # sentencex, corpus's corrections, compiled where built


def require_splitter(splitter: Splitter) -> Splitter:
    """The splitter, refused with a TypeError that says what to give if it is not one: a
    bare function would otherwise fail as an AttributeError deep in the first document."""
    if not isinstance(splitter, Splitter):
        raise TypeError(
            f"splitter must be a corpus.segment.Splitter, not {type(splitter).__name__}"
            " (a function goes in Splitter(sentences=...))"
        )
    return splitter


# Words that end with a full stop inside a sentence, per language (corpus/abbreviations.yml):
# sentencex, even told the language, splits after some of them ("Cllr. Mbatha", "Dña. Remedios").
ABBREVIATIONS: dict[str, frozenset[str]] = {
    language: frozenset(str(word).lower() for word in words)
    for language, words in yaml.safe_load(
        resources.files("corpus").joinpath("abbreviations.yml").read_text(encoding="utf-8")
    ).items()
}
LANGUAGES = tuple(ABBREVIATIONS)  # the languages corpus has tables for
_NON_FINAL = ABBREVIATIONS[DEFAULT_LANGUAGE]
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]$")  # "1." of an inline enumeration
_TRAILING_LIST_NUMBER = re.compile(r"\s\(?\d{1,2}[.)]$")  # "… ID. 2." before "Arrive"
_TIME_SUFFIXES = ("a.m.", "p.m.", "A.M.", "P.M.")
_DAY_OR_MONTH = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
# Boundaries sentencex misses: after a closed parenthetical sentence, an ellipsis or an emoji,
# when a capitalised word follows.
_MISSED = re.compile(
    r"(?:[.!?][)\]]|…[”\"’]?|[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\U0001F3FB-\U0001F3FF]*)"
    r"(?=\s+[“\"‘(]?[A-ZÀ-ÖØ-Þ])"
)


_EMOJI = re.compile(r"[\u2600-\u27BF\U0001F300-\U0001FAFF]")


def _may_miss(line: str) -> bool:
    """Whether ``_MISSED`` can match: ``in`` tests first, a regex scan costs ~10 ns a character."""
    if ")" in line or "]" in line:
        return True
    return not line.isascii() and ("…" in line or _EMOJI.search(line) is not None)


# sentencex (Rust) panics on some lines holding multi-byte whitespace such as U+2028 (it
# slices inside the character), printing a backtrace and raising pyo3's PanicException, a
# BaseException. Such whitespace goes to sentencex as plain spaces: the same length in code
# points, so every offset holds.
_SPACES_CHARS = [chr(c) for c in range(0x80, 0x3001) if chr(c).isspace()]
_SPACES = str.maketrans(
    dict.fromkeys(
        [*_SPACES_CHARS, "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f"],
        " ",
    )
)


_ODD_SPACE = re.compile("[" + "".join(sorted({re.escape(c) for c in _SPACES_CHARS})) + "]")


def _raw_spans(
    line: str, language: str, sentences: Callable[[str, str], Iterable[str]]
) -> list[tuple[int, int]]:
    """The pieces ``sentences`` makes of the line, as whitespace-trimmed offsets."""
    # every odd space is unprintable, and isprintable() scans at half a regex's cost
    if not line.isascii() and not line.isprintable() and _ODD_SPACE.search(line):
        line = line.translate(_SPACES)
    try:
        pieces = list(sentences(language, line))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # a panic we have not seen yet: keep the line whole
        pieces = [line]
    spans, position = [], 0
    for piece in pieces:
        # sentencex returns consecutive pieces; find() guards against a release that trims
        # them, so offsets stay right either way.
        found = line.find(piece, position)
        begin = found if found >= 0 else position
        end = begin + len(piece)
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((begin + lead, begin + lead + len(stripped)))
        position = end
    return spans


_QUOTED_BREAK = re.compile(r"[.!?…]\s+")


def _may_break(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` holds end punctuation and spaces before a capital.

    The capital is ``str.isupper``, tested after the match: a character class would name only
    the capitals of some scripts, and _fastsegment.pyx tests the same ``Py_UNICODE_ISUPPER``.
    """
    return any(
        match.end() < end and line[match.end()].isupper()
        for match in _QUOTED_BREAK.finditer(line, start, end)
    )


_BEFORE_QUOTE = frozenset(" \t([{—–-\u00a0")  # what may stand before an opening straight quote


def _opening_quote(line: str, start: int, end: int) -> int:
    """Where the next quotation opens in ``line[start:end]``, or -1.

    A curly opening quote always opens one; a straight one only where the search starts or
    after a space, an opening bracket or a dash, so an inch mark ("a 5" screen") never does.
    """
    curly = line.find("“", start, end)
    straight = line.find('"', start, end)
    while straight >= 0 and straight > start and line[straight - 1] not in _BEFORE_QUOTE:
        straight = line.find('"', straight + 1, end)
    found = [q for q in (curly, straight) if q >= 0]
    return min(found) if found else -1


def _split_quotations(
    line: str,
    spans: list[tuple[int, int]],
    language: str,
    sentences: Callable[[str, str], Iterable[str]],
) -> list[tuple[int, int]]:
    """Cut a span where a quotation inside it holds more than one sentence.

    sentencex never ends a sentence inside quotation marks, so "“We lost. We will be back,”
    he said." came out whole. The quotation's own text goes to the splitter, as unquoted text
    would, and each end it finds there before a capital ends a sentence: its abbreviations
    and initials ("“R. Quill.”") stay whole as they do anywhere.
    """
    split: list[tuple[int, int]] = []
    for start, end in spans:
        quote = _opening_quote(line, start, end)
        while quote >= 0:
            close = line.find("”" if line[quote] == "“" else '"', quote + 1, end)
            inner_end = end if close < 0 else close
            if _may_break(line, quote + 1, inner_end):
                inner = _raw_spans(line[quote + 1 : inner_end], language, sentences)
                for (_, cut), (resume, _) in pairwise(inner):
                    cut, resume = quote + 1 + cut, quote + 1 + resume
                    if line[cut - 1] in ".!?…" and line[resume].isupper():
                        split.append((start, cut))
                        start = resume
            if close < 0:
                break
            quote = _opening_quote(line, close + 1, end)
        split.append((start, end))
    return split


def _refine(
    line: str,
    spans: list[tuple[int, int]],
    language: str,
    sentences: Callable[[str, str], Iterable[str]],
) -> list[tuple[int, int]]:
    """Mend sentencex where our hand-labelled sentences show it wrong (bench/README.md).

    ``sentences`` splits a quotation's own text (``_split_quotations``). Cheap string tests
    come first: this runs on every line of every document.
    """
    if ("“" in line or '"' in line) and _may_break(line, 0, len(line)):
        spans = _split_quotations(line, spans, language, sentences)
    if _may_miss(line):
        split: list[tuple[int, int]] = []
        for start, end in spans:
            for match in _MISSED.finditer(line, start, end):
                cut = match.end()
                if start < cut < end:
                    split.append((start, cut))
                    start = cut + len(line[cut:end]) - len(line[cut:end].lstrip())
            split.append((start, end))
        spans = split
    if len(spans) < 2:
        return spans
    non_final = ABBREVIATIONS.get(language) or _NON_FINAL
    merged: list[tuple[int, int]] = [spans[0]]
    for start, end in spans[1:]:
        previous_start, previous_end = merged[-1]
        if start == previous_end and not line[start].isupper():
            merged[-1] = (previous_start, end)  # "c.-à-d.": no space, no capital: one sentence
            continue
        if line[previous_end - 1] == ".":  # only a full stop can be a false boundary
            word_start = line.rfind(" ", previous_start, previous_end) + 1 or previous_start
            word = line[word_start : previous_end - 1].lstrip("(“\"'").lower()
            if (
                word in non_final
                or _two_words(line, previous_start, word_start, previous_end) in non_final
                or (
                    previous_end - previous_start <= 4
                    and _LIST_NUMBER.match(line[previous_start:previous_end])
                )
                or (
                    line.endswith(_TIME_SUFFIXES, previous_start, previous_end)
                    and _DAY_OR_MONTH.match(line, start)
                )
            ):
                merged[-1] = (previous_start, end)
                continue
            if line[previous_end - 2].isdigit() and line[start].isupper():
                previous = line[previous_start:previous_end]
                number = _TRAILING_LIST_NUMBER.search(previous)
                if number and _continues_list(previous, number.group()):
                    merged[-1] = (previous_start, previous_start + number.start())
                    start = previous_start + number.start() + 1
        merged.append((start, end))
    return merged


def _two_words(line: str, start: int, word_start: int, end: int) -> str:
    """The two words before the full stop at ``end`` ("z. b" in "z. B."), lower case."""
    if word_start - 2 < start or line[word_start - 1] != " " or line[word_start - 2] != ".":
        return ""
    before = line.rfind(" ", start, word_start - 1) + 1 or start
    return line[before : end - 1].lstrip("(“\"'").lower()


def _continues_list(previous: str, marker: str) -> bool:
    """ "... ID. 2." ends with item 2 of a list only if the sentence before it was item 1."""
    number = int(marker.strip().strip("().")) - 1  # the space before it may be a tab
    return number >= 1 and re.match(rf"\(?{number}[.)]\s", previous) is not None


def _language(language: str | None) -> str:
    return (language or DEFAULT_LANGUAGE).split("-")[0].lower()


def sentence_spans(
    text: str, language: str | None = None, *, splitter: Splitter = DEFAULT_SPLITTER
) -> Iterator[tuple[int, int]]:
    """Half-open ``(start, end)`` offsets of the sentences of ``text`` as ``splitter`` makes
    them, whitespace trimmed."""
    yield from _sentences_of(text, 0, len(text), _language(language), require_splitter(splitter))


def _sentences_of(
    text: str, start: int, end: int, language: str, splitter: Splitter
) -> list[tuple[int, int]]:
    """Sentence offsets (into ``text``) within ``text[start:end]``, line by line."""
    sentences, corrections = splitter.sentences, splitter.corrections
    if splitter.compiled and _fast is not None and 0 <= start <= end <= len(text):
        # Python slices from the end; the compiled loop is given only offsets inside the text
        return _fast.sentences_of(text, start, end, language, sentences, corrections)
    found: list[tuple[int, int]] = []
    line_start = start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans = _raw_spans(line, language, sentences)
            if corrections:
                spans = _refine(line, spans, language, sentences)
            for s, e in spans:
                found.append((line_start + s, line_start + e))
        line_start += len(line) + 1
    return found


def segment(
    doc: Document, kinds: Iterable[str] = KINDS, *, splitter: Splitter = DEFAULT_SPLITTER
) -> list[Unit]:
    """All units of ``doc`` of the given kinds, in reading order; sentences as ``splitter``
    makes them.

    Written for speed (it runs once per sentence of the corpus, bench/README.md): one call
    per paragraph or comment, which makes its sentences in a loop with positional arguments.
    """
    wanted = _wanted(kinds)
    require_splitter(splitter)
    if splitter.compiled and _fast is not None:
        # the compiled loop makes every unit, unless the offsets are hand-made oddities
        prefix = doc.doc_id + "/"
        units = _fast.document_units(
            doc,
            prefix,
            _language(doc.language),
            wanted,
            list(_numbered_comments(doc.comments, prefix)),
            splitter.sentences,
            splitter.corrections,
        )
        if units is not None:
            return units
    return next(_pieces(doc, wanted, None, splitter))


def segment_pieces(
    doc: Document,
    kinds: Iterable[str] = KINDS,
    batch: int = 4096,
    *,
    splitter: Splitter = DEFAULT_SPLITTER,
) -> Iterator[list[Unit]]:
    """``segment(doc, kinds, splitter=splitter)`` in lists of about ``batch`` units (whole
    paragraphs and comments), each made when it is asked for: a big document's units are
    never all in memory at once (a 50 MB scrape has some 300,000 sentences, each unit a copy
    of its text). The same units, in the same order."""
    return _pieces(doc, _wanted(kinds), batch, require_splitter(splitter))


def _wanted(kinds: Iterable[str]) -> frozenset[str]:
    wanted = frozenset(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown unit kinds: {', '.join(sorted(unknown))}")
    return wanted


def _pieces(
    doc: Document, wanted: frozenset[str], batch: int | None, splitter: Splitter
) -> Iterator[list[Unit]]:
    """The units of ``doc``, container by container, handed out whenever ``batch`` (if not
    None; else all at once) have gathered: ``segment``'s definition, and its loop for a big
    document."""
    text, doc_id, spans = doc.text, doc.doc_id, doc.spans
    prefix = doc_id + "/"
    language = _language(doc.language)
    hash_compiled = splitter.compiled  # the hasher, where the Python makes the units
    compiled = hash_compiled and _fast is not None
    comments = _numbered_comments(doc.comments, prefix)
    units: list[Unit] = []
    append, make = units.append, Unit.make
    sentences = "sentence" in wanted
    n_sentences = 0
    size = len(text)

    def container(uid, kind, section, index, start, end, parent_id, depth, author, published):
        """The unit itself (if wanted), then its sentences; returns how many sentences."""
        if kind in wanted:
            append(
                make(
                    prefix + uid,
                    doc_id,
                    kind,
                    section,
                    text[start:end],
                    start,
                    end,
                    parent_id,
                    depth,
                    index,
                    author,
                    published,
                    _spans_within(spans, start, end) if spans else (),
                    hash_compiled,
                )
            )
        if not sentences or kind == "title":  # a title is one unit, never split
            return 0
        parent = prefix + uid
        if compiled and 0 <= start <= end <= size:  # a hand-made Document may hold anything
            return _fast.sentence_units(
                units,
                text,
                start,
                end,
                language,
                splitter.sentences,
                splitter.corrections,
                parent,
                doc_id,
                section,
                depth,
                n_sentences,
                spans,
            )
        head = f"{parent}.s"
        found = _sentences_of(text, start, end, language, splitter)
        for n, (s, e) in enumerate(found):
            append(
                make(
                    f"{head}{n + 1}",
                    doc_id,
                    "sentence",
                    section,
                    text[s:e],
                    s,
                    e,
                    parent,
                    depth,
                    n_sentences + n,
                    None,
                    None,
                    _spans_within(spans, s, e) if spans else (),
                    hash_compiled,
                )
            )
        return len(found)

    if doc.title_span and "title" in wanted:
        start, end = doc.title_span
        container("title", "title", "title", 0, start, end, None, 0, None, None)
    for n, (start, end) in enumerate(doc.paragraphs):
        n_sentences += container(
            f"p{n + 1}", "paragraph", "body", n, start, end, None, 0, None, None
        )
        if batch is not None and len(units) >= batch:
            yield units
            units = []  # the closure's cells: container() appends to the new list
            append = units.append

    for n, (uid, parent_id, comment) in enumerate(comments):
        n_sentences += container(
            uid,
            "comment",
            "comments",
            n,
            comment.start,
            comment.end,
            parent_id,
            comment.depth,
            comment.author,
            comment.published,
        )
        if batch is not None and len(units) >= batch:
            yield units
            units = []
            append = units.append
    if units or batch is None:
        yield units


def _numbered_comments(
    comments: tuple[Comment, ...], prefix: str
) -> Iterator[tuple[str, str | None, Comment]]:
    """Each comment with its uid ("c2", "c2.1": its place among its siblings) and parent id,
    one at a time: a big document's are not all held while its units are made."""
    uids: list[str] = []
    replies: dict[int | None, int] = {}
    for comment in comments:
        replies[comment.parent] = number = replies.get(comment.parent, 0) + 1
        if comment.parent is None:
            uid, parent_id = f"c{number}", None
        else:
            uid = f"{uids[comment.parent]}.{number}"
            parent_id = prefix + uids[comment.parent]
        uids.append(uid)
        yield uid, parent_id, comment


def _spans_within(spans: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """Spans wholly inside ``[start, end)``, re-based on the unit's own text."""
    if not spans:
        return ()
    return tuple(
        Span(s.start - start, s.end - start, s.label, s.text)
        for s in spans
        if start <= s.start and s.end <= end
    )


try:  # the compiled sentence loop (corpus/_fastsegment.pyx), when the install built it
    from . import _fastsegment as _fast
except ImportError:  # pragma: no cover - a build without a C compiler
    _fast = None
else:
    _fast.configure(_raw_spans, _refine, ABBREVIATIONS, DEFAULT_LANGUAGE, Unit, _spans_within)
