# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""The unit loop of ``corpus.segment``, compiled: one call per document.

``corpus.segment`` is the definition; this module is its hot path, with character loops and
unit records built in C (bench/README.md). It does what ``_raw_spans`` and ``_refine`` do,
``_MISSED``'s cuts and the merges after abbreviations, list numbers and times included, each
pattern matched by hand. A rare line goes back whole to the Python functions, so every result
is the Python one: odd spaces, a number before a capital that may continue a list, a time
before a word with a non-ASCII letter, a quotation that may hold a sentence end. Unit hashes
come from OpenSSL where setup.py found it. tests/test_fastsegment.py holds the two to each
other.
"""

from cpython.list cimport PyList_Append
from cpython.unicode cimport PyUnicode_Find

from hashlib import sha256 as _sha256

cdef extern from "Python.h":
    int PyUnicode_IS_ASCII(object) nogil
    Py_ssize_t PyUnicode_GET_LENGTH(object) nogil
    Py_UCS4 PyUnicode_READ_CHAR(object, Py_ssize_t) nogil
    bint Py_UNICODE_ISSPACE(Py_UCS4) nogil
    bint Py_UNICODE_ISDIGIT(Py_UCS4) nogil
    bint Py_UNICODE_ISDECIMAL(Py_UCS4) nogil
    bint Py_UNICODE_ISUPPER(Py_UCS4) nogil
    bint Py_UNICODE_ISALNUM(Py_UCS4) nogil
    int PyObject_GenericSetDict(object, object, void *) except -1
    int PyUnicode_Tailmatch(object, object, Py_ssize_t, Py_ssize_t, int) except -1
    Py_ssize_t PyUnicode_FindChar(object, Py_UCS4, Py_ssize_t, Py_ssize_t, int) except -2
    object PyUnicode_New(Py_ssize_t, Py_UCS4)
    unsigned char *PyUnicode_1BYTE_DATA(object)
    const char *PyUnicode_AsUTF8AndSize(object, Py_ssize_t *) except NULL
    Py_UCS4 PyUnicode_MAX_CHAR_VALUE(object)
    Py_ssize_t PyUnicode_CopyCharacters(object, Py_ssize_t, object, Py_ssize_t,
                                        Py_ssize_t) except -1

# glibc keeps what is freed in the middle of its heap for the process until asked to give it
# back; elsewhere there is nothing to ask
cdef extern from *:
    """
    #if defined(__GLIBC__)
    #include <malloc.h>
    #define corpus_trim() malloc_trim(0)
    #else
    #define corpus_trim() 0
    #endif
    """
    int corpus_trim()

# SHA-256 from OpenSSL (the library hashlib wraps) through one digest context fetched once, when
# setup.py found the headers: hashlib's object, update and hexdigest calls cost several times the
# hashing of a sentence, and OpenSSL 3's one-shot SHA256() looks the algorithm up by name on
# every call. Where OpenSSL is missing or refuses, corpus_sha256 returns 0 and hashlib hashes.
cdef extern from *:
    """
    #ifdef CORPUS_OPENSSL
    #include <openssl/evp.h>
    #define CORPUS_HAS_OPENSSL 1
    static EVP_MD_CTX *corpus_ctx = NULL;
    static const EVP_MD *corpus_md = NULL;
    static int corpus_state = 0;  /* 0 not set up, 1 ready, -1 unavailable */
    static int corpus_sha256(const unsigned char *data, size_t size, unsigned char *digest) {
        unsigned int length = 0;
        if (corpus_state == 0) {
    #if OPENSSL_VERSION_NUMBER >= 0x30000000L
            corpus_md = EVP_MD_fetch(NULL, "SHA256", NULL);
    #else
            corpus_md = EVP_sha256();
    #endif
            corpus_ctx = EVP_MD_CTX_new();
            corpus_state = (corpus_md != NULL && corpus_ctx != NULL) ? 1 : -1;
        }
        if (corpus_state != 1) return 0;
        return EVP_DigestInit_ex(corpus_ctx, corpus_md, NULL)
            && EVP_DigestUpdate(corpus_ctx, data, size)
            && EVP_DigestFinal_ex(corpus_ctx, digest, &length)
            && length == 32;
    }
    #else
    #define CORPUS_HAS_OPENSSL 0
    static int corpus_sha256(const unsigned char *data, size_t size, unsigned char *digest) {
        return 0;
    }
    #endif
    """
    int corpus_sha256(const unsigned char *data, size_t size, unsigned char *digest) nogil
    int CORPUS_HAS_OPENSSL

openssl = bool(CORPUS_HAS_OPENSSL)  # whether setup.py found OpenSSL's header (tests read it)

cdef object _object_new = object.__new__
cdef const char *_HEX = b"0123456789abcdef"

# Set once by corpus.segment: the Python definitions a line falls back to (each called with
# the splitter's function), and each language's words that end with a full stop inside a
# sentence (corpus/abbreviations.yml).
cdef object _py_raw_spans = None
cdef object _py_refine = None
cdef dict _abbreviations = {}
cdef object _default_abbreviations = frozenset()
cdef set _two_word_languages = set()  # languages with entries of two words ("z. b")
cdef Py_ssize_t _longest_non_final = 0
cdef object _unit_type = None
cdef object _spans_within = None


def configure(raw_spans, refine, abbreviations, default_language, unit_type, spans_within):
    """Hand over the Python definitions and data (this module never imports corpus.segment)."""
    global _py_raw_spans, _py_refine, _abbreviations, _default_abbreviations
    global _two_word_languages, _longest_non_final, _unit_type, _spans_within
    _py_raw_spans, _py_refine = raw_spans, refine
    _abbreviations = {language: frozenset(words) for language, words in abbreviations.items()}
    _default_abbreviations = _abbreviations.get(default_language, frozenset())
    _two_word_languages = {
        language for language, words in _abbreviations.items() if any(" " in w for w in words)
    }
    _longest_non_final = max([len(w) for words in _abbreviations.values() for w in words] or [0])
    _unit_type, _spans_within = unit_type, spans_within


cdef bint _blank(str line):
    cdef Py_ssize_t i, n = PyUnicode_GET_LENGTH(line)
    for i in range(n):
        if not Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(line, i)):
            return False
    return True


cdef bint _has_odd_space(str line):
    """Whether ``segment._ODD_SPACE`` finds a character: whitespace from U+0080 to U+3000."""
    cdef Py_ssize_t i
    cdef Py_UCS4 c
    for i in range(PyUnicode_GET_LENGTH(line)):
        c = PyUnicode_READ_CHAR(line, i)
        if 0x80 <= c <= 0x3000 and Py_UNICODE_ISSPACE(c):
            return True
    return False


cdef list _raw_spans(str line, str language, object splitter):
    """``segment._raw_spans``: the splitter's pieces as whitespace-trimmed offsets."""
    cdef Py_ssize_t position = 0, found, begin, size, lead, trail
    cdef list spans = []
    cdef str piece
    if not PyUnicode_IS_ASCII(line) and _has_odd_space(line):
        return _py_raw_spans(line, language, splitter)  # odd spaces: the Python mends them
    try:
        pieces = list(splitter(language, line))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # a panic we have not seen yet: keep the line whole
        pieces = [line]
    for piece in pieces:
        size = PyUnicode_GET_LENGTH(piece)
        # the piece almost always starts where the last one ended; find() only when it does not
        if PyUnicode_Tailmatch(line, piece, position, position + size, -1) == 1:
            found = position
        else:
            found = PyUnicode_Find(line, piece, position, PyUnicode_GET_LENGTH(line), 1)
        begin = found if found >= 0 else position
        lead = 0
        while lead < size and Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(piece, lead)):
            lead += 1
        if lead < size:
            trail = size
            while Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(piece, trail - 1)):
                trail -= 1
            PyList_Append(spans, (begin + lead, begin + trail))
        position = begin + size
    return spans


cdef bint _is_capital(Py_UCS4 c):
    """``[A-ZÀ-ÖØ-Þ]``, the capital ``_MISSED`` looks ahead for."""
    return 0x41 <= c <= 0x5A or 0xC0 <= c <= 0xD6 or 0xD8 <= c <= 0xDE


cdef Py_ssize_t _missed_end(str line, Py_ssize_t p, Py_ssize_t end):
    """Where a match of ``segment._MISSED`` at ``p`` ends (``line`` cut at ``end``), or -1.

    The pattern's optional quote and its emoji modifiers are greedy, and giving either back
    never lets the lookahead (which wants whitespace next) succeed: no backtracking is needed.
    """
    cdef Py_UCS4 c = PyUnicode_READ_CHAR(line, p)
    cdef Py_ssize_t q, r
    if c == u"." or c == u"!" or c == u"?":
        if p + 1 >= end or PyUnicode_READ_CHAR(line, p + 1) not in u")]":
            return -1
        q = p + 2
    elif c == 0x2026:  # …
        q = p + 1
        if q < end and PyUnicode_READ_CHAR(line, q) in u"”\"’":
            q += 1
    elif 0x1F300 <= c <= 0x1FAFF or 0x2600 <= c <= 0x27BF:
        q = p + 1
        while q < end:
            c = PyUnicode_READ_CHAR(line, q)
            if c != 0xFE0F and not 0x1F3FB <= c <= 0x1F3FF:
                break
            q += 1
    else:
        return -1
    r = q
    while r < end and Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(line, r)):
        r += 1
    if r == q or r >= end:
        return -1
    if PyUnicode_READ_CHAR(line, r) in u"“\"‘(":
        r += 1
        if r >= end:
            return -1
    return q if _is_capital(PyUnicode_READ_CHAR(line, r)) else -1


cdef list _split_missed(str line, list spans):
    """The first half of ``segment._refine``: cut where sentencex missed a boundary."""
    cdef list split = []
    cdef Py_ssize_t start, end, p, cut
    for start, end in spans:
        p = start
        while p < end:
            cut = _missed_end(line, p, end)
            if cut < 0:
                p += 1
                continue
            if start < cut < end:
                PyList_Append(split, (start, cut))
                start = cut
                while start < end and Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(line, start)):
                    start += 1
            p = cut
        PyList_Append(split, (start, end))
    return split


cdef bint _may_miss(str line):
    """``segment._may_miss``: a bracket, an ellipsis or an emoji that ``_MISSED`` may match."""
    cdef Py_ssize_t i
    cdef Py_UCS4 c
    if ")" in line or "]" in line:
        return True
    if PyUnicode_IS_ASCII(line):
        return False
    for i in range(PyUnicode_GET_LENGTH(line)):
        c = PyUnicode_READ_CHAR(line, i)
        if c == 0x2026 or 0x2600 <= c <= 0x27BF or 0x1F300 <= c <= 0x1FAFF:
            return True
    return False


cdef tuple _DAYS_AND_MONTHS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
)


cdef int _day_or_month(str line, Py_ssize_t p):
    """``segment._DAY_OR_MONTH.match(line, p)``: 1 or 0, or -1 where only Python can tell.

    IGNORECASE lets a few non-ASCII letters stand for ASCII ones ("ſ" for "s"), so a word
    holding one is left to the pattern.
    """
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(line), size, i
    cdef unsigned int c  # a code point; Cython would add to a Py_UCS4 as to a str
    cdef str word
    for word in _DAYS_AND_MONTHS:
        size = PyUnicode_GET_LENGTH(word)
        for i in range(size):
            if p + i >= n:
                break
            c = PyUnicode_READ_CHAR(line, p + i)
            if c > 0x7F:
                return -1
            if 0x41 <= c <= 0x5A:
                c += 0x20
            if c != PyUnicode_READ_CHAR(word, i):
                break
        else:
            if p + size >= n:
                return 1
            c = PyUnicode_READ_CHAR(line, p + size)
            return 0 if Py_UNICODE_ISALNUM(c) or c == 0x5F else 1  # \b
    return 0


cdef bint _is_time(str line, Py_ssize_t pe):
    """``line[:pe]`` ends with "a.m.", "p.m.", "A.M." or "P.M." (``_TIME_SUFFIXES``)."""
    cdef Py_UCS4 c = PyUnicode_READ_CHAR(line, pe - 4)
    cdef Py_UCS4 m = PyUnicode_READ_CHAR(line, pe - 2)
    if PyUnicode_READ_CHAR(line, pe - 3) != u"." or PyUnicode_READ_CHAR(line, pe - 1) != u".":
        return False
    return ((c == u"a" or c == u"p") and m == u"m") or ((c == u"A" or c == u"P") and m == u"M")


cdef bint _is_list_number(str line, Py_ssize_t ps, Py_ssize_t pe):
    """``_LIST_NUMBER.match(line[ps:pe])`` for a piece ending in a full stop: "3." or "(12."."""
    cdef Py_ssize_t i = ps
    if PyUnicode_READ_CHAR(line, i) == u"(":
        i += 1
    return 1 <= pe - 1 - i <= 2 and all(
        Py_UNICODE_ISDECIMAL(PyUnicode_READ_CHAR(line, j)) for j in range(i, pe - 1)
    )


cdef bint _may_number_a_list(str line, Py_ssize_t ps, Py_ssize_t pe):
    """Whether ``_TRAILING_LIST_NUMBER`` ("… ID. 2.") can match ``line[ps:pe]``."""
    cdef Py_ssize_t j = pe - 2
    while j >= ps and Py_UNICODE_ISDECIMAL(PyUnicode_READ_CHAR(line, j)):
        j -= 1
    if not 1 <= pe - 2 - j <= 2 or j < ps:
        return False
    return Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(line, j)) or PyUnicode_READ_CHAR(line, j) == u"("


cdef object _refine(str line, list spans, str language):
    """``segment._refine``; None for the rare line only its Python can decide.

    That is a number closing a sentence before a capital that may continue a list ("1. Bring
    ID. 2. Arrive"), or a time before a word with a non-ASCII letter.
    """
    cdef Py_ssize_t i, n, ps, pe, start, end, space, lead
    cdef int day
    cdef list merged
    cdef str word
    cdef tuple previous
    if _may_miss(line):
        spans = _split_missed(line, spans)
    n = len(spans)
    if n < 2:
        return spans
    non_final = _abbreviations.get(language) or _default_abbreviations
    two_words = language in _two_word_languages
    merged = [spans[0]]
    for i in range(1, n):
        start, end = <tuple>spans[i]
        previous = <tuple>merged[len(merged) - 1]
        ps, pe = previous
        if start == pe:
            return None  # no space between the two: the Python joins them
        if PyUnicode_READ_CHAR(line, pe - 1) == u".":  # only a full stop can be a false boundary
            space = PyUnicode_Find(line, " ", ps, pe, -1)
            lead = space + 1 if space >= 0 else ps
            while lead < pe - 1 and PyUnicode_READ_CHAR(line, lead) in u"(“\"'":
                lead += 1
            # lower() never shortens a word, so a longer one is no abbreviation of ours
            if pe - 1 - lead <= _longest_non_final and line[lead:pe - 1].lower() in non_final:
                merged[len(merged) - 1] = (ps, end)
                continue
            if (
                two_words
                and lead - 2 >= ps
                and PyUnicode_READ_CHAR(line, lead - 1) == u" "
                and PyUnicode_READ_CHAR(line, lead - 2) == u"."
            ):
                return None  # "z. B.": the Python tries the two words against the table
            if pe - ps <= 4 and _is_list_number(line, ps, pe):
                merged[len(merged) - 1] = (ps, end)
                continue
            if pe - ps >= 4 and _is_time(line, pe):
                day = _day_or_month(line, start)
                if day < 0:
                    return None
                if day:
                    merged[len(merged) - 1] = (ps, end)
                    continue
            if (
                pe - ps >= 2
                and Py_UNICODE_ISDIGIT(PyUnicode_READ_CHAR(line, pe - 2))
                and Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(line, start))
                and _may_number_a_list(line, ps, pe)
            ):
                return None
        PyList_Append(merged, (start, end))
    return merged


cdef bint _in_order(str line, list spans):
    """Spans inside the line, non-empty, in order: all sentencex gives, all C may index."""
    cdef Py_ssize_t s, e, last = 0, n = PyUnicode_GET_LENGTH(line)
    for s, e in spans:
        if not last <= s < e <= n:
            return False
        last = e
    return True


cdef bint _may_quote_a_break(str line):
    """Whether ``segment._split_quotations`` may cut the line: inside a quotation, end
    punctuation and spaces before a capital. One pass: a point is inside a curly quotation when
    the last curly mark before it opens one, and inside a straight one anywhere after the first
    straight mark (each runs to the next mark, or the end). The Python looks only within a
    sentence, so where it cuts this holds too."""
    cdef Py_ssize_t i, j, n = PyUnicode_GET_LENGTH(line)
    cdef Py_ssize_t curly_at = PyUnicode_FindChar(line, 0x201C, 0, n, 1)
    cdef Py_ssize_t straight_at = PyUnicode_FindChar(line, 0x22, 0, n, 1)
    cdef Py_UCS4 c
    cdef bint curly = False, straight = False
    if curly_at < 0 and straight_at < 0:  # most lines: found at memchr's speed
        return False
    i = curly_at if straight_at < 0 or 0 <= curly_at < straight_at else straight_at
    for i in range(i, n):
        c = PyUnicode_READ_CHAR(line, i)
        if c == 0x201C:  # “
            curly = True
        elif c == 0x201D:  # ”
            curly = False
        elif c == 0x22:  # "
            straight = True
        elif (curly or straight) and (c == 0x2E or c == 0x21 or c == 0x3F or c == 0x2026):
            j = i + 1  # . ! ? … then spaces, then a capital
            while j < n and Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(line, j)):
                j += 1
            if i + 1 < j < n and Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(line, j)):
                return True
    return False


cdef list _line_spans(str line, str language, object splitter, bint corrections):
    cdef list raw = _raw_spans(line, language, splitter)
    if not corrections:
        return raw
    if not _in_order(line, raw) or _may_quote_a_break(line):
        # pieces that are not the line's own, in order, or a quotation that may hold a
        # sentence end: the Python corrections decide
        return _py_refine(line, raw, language, splitter)
    result = _refine(line, raw, language)
    return _py_refine(line, raw, language, splitter) if result is None else result


cdef Py_ssize_t _CACHE_UTF8_MAX = 1 << 20  # characters: a longer text's UTF-8 is not cached
cdef Py_ssize_t _HASH_STRETCH = 1 << 18


cdef str _hex_sha256(str text):
    """``hashlib.sha256(text.encode("utf-8")).hexdigest()``."""
    cdef unsigned char digest[32]
    cdef const unsigned char *data
    cdef Py_ssize_t size, i
    cdef unsigned char *out
    if PyUnicode_IS_ASCII(text):  # an ASCII str holds its UTF-8 bytes already
        data = PyUnicode_1BYTE_DATA(text)
        size = PyUnicode_GET_LENGTH(text)
    elif PyUnicode_GET_LENGTH(text) > _CACHE_UTF8_MAX:
        # a big document's text: its UTF-8, cached, would stay beside it as long as it lives
        # (another 50 MB for a 50 MB scrape); hashed a stretch at a time, it is never whole
        digester = _sha256()
        for i in range(0, PyUnicode_GET_LENGTH(text), _HASH_STRETCH):
            digester.update(text[i:i + _HASH_STRETCH].encode("utf-8"))
        return digester.hexdigest()
    else:  # the str keeps its UTF-8 (CPython caches it), which orjson then writes out as is
        data = <const unsigned char *>PyUnicode_AsUTF8AndSize(text, &size)
    if not corpus_sha256(data, <size_t>size, digest):
        return _sha256(text.encode("utf-8")).hexdigest()
    hexed = PyUnicode_New(64, 127)
    out = PyUnicode_1BYTE_DATA(hexed)
    for i in range(32):
        out[2 * i] = _HEX[digest[i] >> 4]
        out[2 * i + 1] = _HEX[digest[i] & 15]
    return hexed


def hex_sha256(str text):
    """What the unit records' ``sha256`` holds, made as the compiled loop makes it."""
    return _hex_sha256(text)


cdef Py_ssize_t _JOIN_STRETCH = 1 << 22  # characters copied between two give-backs


def join_releasing(list parts):
    """``"".join(parts)``, each part let go (its place in ``parts`` set to None) once copied
    into the text, and what they took given back to the system a stretch at a time:
    ``str.join`` holds them all until the text is whole, so a big document's lines were
    held beside its text at its peak (bench/README.md). The text is as wide as its widest
    part, as ``str.join`` makes it."""
    cdef Py_ssize_t total = 0, at = 0, since = 0, i, length, n = len(parts)
    cdef Py_UCS4 widest = 0
    for i in range(n):
        part = parts[i]
        if type(part) is not str:
            raise TypeError(f"sequence item {i}: expected str instance, {type(part).__name__} found")
        total += PyUnicode_GET_LENGTH(part)
        widest = max(widest, PyUnicode_MAX_CHAR_VALUE(part))
    text = PyUnicode_New(total, widest)
    for i in range(n):
        part = parts[i]
        parts[i] = None
        length = PyUnicode_GET_LENGTH(part)
        PyUnicode_CopyCharacters(text, at, part, 0, length)
        at += length
        since += length
        part = None  # freed here when the list held the last reference
        if since >= _JOIN_STRETCH:
            corpus_trim()
            since = 0
    return text


cdef list _sentences(str text, Py_ssize_t start, Py_ssize_t end, str language, object splitter,
                     bint corrections, str whole=None):
    """``whole`` is ``text[start:end]`` where the caller made it already: a one-line
    paragraph or comment is then not sliced again, and sentencex reuses the UTF-8 its hash
    left cached on it."""
    cdef list found = []
    cdef Py_ssize_t line_start = start, line_end, s, e
    cdef str line
    while line_start <= end:
        line_end = PyUnicode_Find(text, "\n", line_start, end, 1)
        if line_end < 0:
            line_end = end
        if whole is not None and line_start == start and line_end == end:
            line = whole
        else:
            line = text[line_start:line_end]
        if not _blank(line):
            for s, e in _line_spans(line, language, splitter, corrections):
                PyList_Append(found, (line_start + s, line_start + e))
        line_start = line_end + 1
    return found


def sentences_of(str text, Py_ssize_t start, Py_ssize_t end, str language, splitter,
                 bint corrections):
    """``segment._sentences_of``: ``splitter`` is a ``Splitter``'s ``sentences`` function,
    ``corrections`` whether corpus's corrections mend its pieces."""
    return _sentences(text, start, end, language, splitter, corrections)


cdef object _unit(str id, str doc_id, str kind, str section, str text, start, end, parent_id,
                  depth, index, author, published, spans):
    """``Unit.make``: the same dict, the same SHA-256."""
    unit = _object_new(_unit_type)
    PyObject_GenericSetDict(
        unit,
        {
            "id": id,
            "doc_id": doc_id,
            "kind": kind,
            "section": section,
            "text": text,
            "start": start,
            "end": end,
            "parent_id": parent_id,
            "depth": depth,
            "index": index,
            "author": author,
            "published": published,
            "spans": spans,
            "sha256": _hex_sha256(text),
        },
        NULL,
    )
    return unit


cdef inline bint _within(start, end, Py_ssize_t size):
    """A container the C may slice as Python would: int offsets, in order, inside the text."""
    return type(start) is int and type(end) is int and 0 <= start <= end <= size


def document_units(doc, str prefix, str language, frozenset wanted, list comments, splitter,
                   bint corrections):
    """``segment.segment``'s loop over the title, paragraphs and comments, with their sentences.

    ``comments`` are ``(uid, parent_id, comment)`` as segment() numbers them. None when a
    container's offsets are not plain ints inside the text (a hand-made Document): the
    Python then reads them its own way.
    """
    cdef str text = doc.text, doc_id = doc.doc_id, uid
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), n = 0, n_sentences = 0
    cdef bint sentences = "sentence" in wanted, paragraphs = "paragraph" in wanted
    cdef bint want_comments = "comment" in wanted
    cdef list units = []
    cdef tuple row
    spans, title_span = doc.spans, doc.title_span
    title = bool(title_span) and "title" in wanted
    if title:
        start, end = title_span
        if not _within(start, end, size):
            return None
    for start, end in doc.paragraphs:
        if not _within(start, end, size):
            return None
    for row in comments:
        if not _within(row[2].start, row[2].end, size):
            return None
    if title:
        start, end = title_span
        PyList_Append(units, _unit(
            prefix + "title", doc_id, "title", "title", text[start:end], start, end, None, 0, 0,
            None, None, _spans_within(spans, start, end) if spans else (),
        ))
    for start, end in doc.paragraphs:
        n += 1
        uid = f"{prefix}p{n}"
        whole = text[start:end]
        if paragraphs:
            PyList_Append(units, _unit(
                uid, doc_id, "paragraph", "body", whole, start, end, None, 0, n - 1,
                None, None, _spans_within(spans, start, end) if spans else (),
            ))
        if sentences:
            n_sentences += _sentence_units(
                units, text, start, end, language, splitter, corrections, uid, doc_id, "body", 0,
                n_sentences, spans, whole,
            )
    for n, row in enumerate(comments):
        comment = row[2]
        uid = prefix + row[0]
        start, end = comment.start, comment.end
        whole = text[start:end]
        if want_comments:
            PyList_Append(units, _unit(
                uid, doc_id, "comment", "comments", whole, start, end, row[1],
                comment.depth, n, comment.author, comment.published,
                _spans_within(spans, start, end) if spans else (),
            ))
        if sentences:
            n_sentences += _sentence_units(
                units, text, start, end, language, splitter, corrections, uid, doc_id, "comments",
                comment.depth, n_sentences, spans, whole,
            )
    return units


def sentence_units(list units, str text, Py_ssize_t start, Py_ssize_t end, str language,
                   splitter, bint corrections, str parent, str doc_id, str section,
                   object depth, object first_index, spans):
    """Append the sentence units of ``text[start:end]`` to ``units``; return how many.

    Each is what ``Unit.make`` makes: the same dict, the same SHA-256. ``depth`` and
    ``first_index`` stay Python objects, so the records hold exactly what they were given.
    """
    return _sentence_units(units, text, start, end, language, splitter, corrections, parent,
                           doc_id, section, depth, first_index, spans, None)


cdef Py_ssize_t _sentence_units(list units, str text, Py_ssize_t start, Py_ssize_t end,
                                str language, object splitter, bint corrections, str parent,
                                str doc_id, str section, object depth, object first_index,
                                object spans, str whole) except -1:
    """``sentence_units``, given ``whole``, ``text[start:end]``, where the caller made it: a
    sentence that is its whole paragraph or comment is then that same string."""
    cdef list found = _sentences(text, start, end, language, splitter, corrections, whole)
    cdef Py_ssize_t n = 0, s, e
    cdef str head = parent + ".s"
    for s, e in found:
        PyList_Append(units, _unit(
            f"{head}{n + 1}", doc_id, "sentence", section,
            whole if whole is not None and s == start and e == end else text[s:e], s, e,
            parent, depth, first_index + n, None, None,
            _spans_within(spans, s, e) if spans else (),
        ))
        n += 1
    return n
