# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""``corpus.readers.text.read_text``, compiled: the same reading of a scrape's layout.

``readers/text.py`` and ``readers/builder.py`` are the definition; this module is their hot
path. The Python spends most of its time on bookkeeping, not on its patterns: a ``Line``
tuple per line, a property call each time a line is asked whether it is blank, a piece tuple
per line kept, a list per block. Here a line is four offsets in a C array, worked out once,
and the canonical text is assembled straight from the source.

Every decision that reads the wording of a line is still made by the Python function or
pattern that makes it in text.py, called with the same string. A call is skipped only where
it cannot succeed, by a test the Python makes itself first (a line over ``_SHORT`` characters
is never boilerplate) or one that follows from its pattern (a comment-count header holds a
digit). tests/test_fasttext.py holds this module to text.py on generated and real scrapes,
and pins the patterns those tests are read from.
"""

from cpython.list cimport PyList_Append
from cpython.mem cimport PyMem_Free, PyMem_Malloc, PyMem_Realloc

cdef extern from "Python.h":
    Py_ssize_t PyUnicode_GET_LENGTH(object) nogil
    Py_UCS4 PyUnicode_READ_CHAR(object, Py_ssize_t) nogil
    bint Py_UNICODE_ISSPACE(Py_UCS4) nogil
    bint Py_UNICODE_ISDECIMAL(Py_UCS4) nogil
    int PyObject_GenericSetDict(object, object, void *) except -1
    Py_ssize_t PyUnicode_FindChar(object, Py_UCS4, Py_ssize_t, Py_ssize_t, int) except -2


ctypedef struct Line:
    Py_ssize_t start  # the line in the source, without its terminator
    Py_ssize_t end
    Py_ssize_t lead  # where ``line.text.strip()`` starts and ends in the source
    Py_ssize_t trail
    Py_ssize_t indent  # ``Line.indent``: leading whitespace, a tab counting four columns
    # What the header search learnt of a line that is its own strip(), for the head to reuse:
    # whether _BYLINE matches it and whether _is_meta_line holds; -1 where not asked
    signed char byline
    signed char meta


cdef object _object_new = object.__new__

# Set once by readers.text (configure): the definitions this module calls.
cdef Py_ssize_t _SHORT = 150
cdef object _DRAGNET_MARKER, _RELATED, _SENTENCE_END, _POSTED_BY_TRAILER, _BYLINE
cdef object _header_count, _is_meta_line, _read_byline, _read_meta, is_boilerplate, _chrome
cdef object _marker, find_date, is_date_line, parse_date, _Meta, Comment, Document, SourceMap
cdef int _CLOSED = 1, _CHROME = 2
cdef str _BULLETS = ""


def configure(namespace):
    """Take text.py's patterns and functions (this module never imports corpus)."""
    global _SHORT, _DRAGNET_MARKER, _RELATED, _SENTENCE_END, _POSTED_BY_TRAILER, _BYLINE
    global _header_count, _is_meta_line, _read_byline, _read_meta, is_boilerplate, _chrome
    global _marker, find_date, is_date_line, parse_date, _Meta, Comment, Document, SourceMap
    global _CLOSED, _CHROME, _BULLETS
    _SHORT = namespace["_SHORT"]
    _DRAGNET_MARKER = namespace["_DRAGNET_MARKER"]
    _RELATED = namespace["_RELATED"]
    _SENTENCE_END = namespace["_SENTENCE_END"]
    _POSTED_BY_TRAILER = namespace["_POSTED_BY_TRAILER"]
    _BYLINE = namespace["_BYLINE"]
    _header_count = namespace["_header_count"]
    _is_meta_line = namespace["_is_meta_line"]
    _read_byline = namespace["_read_byline"]
    _read_meta = namespace["_read_meta"]
    is_boilerplate = namespace["is_boilerplate"]
    _chrome = namespace["_chrome"]
    _marker = namespace["_marker"]
    find_date = namespace["find_date"]
    is_date_line = namespace["is_date_line"]
    parse_date = namespace["parse_date"]
    _Meta = namespace["_Meta"]
    Comment = namespace["Comment"]
    Document = namespace["Document"]
    SourceMap = namespace["SourceMap"]
    _CLOSED, _CHROME = namespace["_CLOSED"], namespace["_CHROME"]
    _BULLETS = namespace["_BULLET_CHARS"]


# -- lines -----------------------------------------------------------------------------------


cdef Line *_split_lines(str text, Py_ssize_t *count) except NULL:
    """``builder.split_lines``: LF, CRLF and CR end a line; a final terminator opens none."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text), pos = 0, end, p, q, width, k = 0
    cdef bint has_cr = PyUnicode_FindChar(text, 0x0D, 0, n, 1) >= 0
    cdef Py_UCS4 c
    # room for lines of 40 characters on average, grown if they are shorter: counting the
    # line ends first would read the whole text once more
    cdef Py_ssize_t capacity = n // 40 + 16
    cdef Line *grown
    cdef Line *lines = <Line *>PyMem_Malloc(capacity * sizeof(Line))
    if lines == NULL:
        raise MemoryError()
    while pos < n:
        if k == capacity:
            capacity *= 2
            grown = <Line *>PyMem_Realloc(lines, capacity * sizeof(Line))
            if grown == NULL:
                PyMem_Free(lines)
                raise MemoryError()
            lines = grown
        if has_cr:
            end = pos
            while end < n:
                c = PyUnicode_READ_CHAR(text, end)
                if c == 0x0A or c == 0x0D:
                    break
                end += 1
        else:
            end = PyUnicode_FindChar(text, 0x0A, pos, n, 1)
            if end < 0:
                end = n
        p, width = pos, 0
        while p < end:
            c = PyUnicode_READ_CHAR(text, p)
            if c == 0x09:
                width += 4
            elif Py_UNICODE_ISSPACE(c):
                width += 1
            else:
                break
            p += 1
        q = end
        while q > p and Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(text, q - 1)):
            q -= 1
        lines[k].start, lines[k].end, lines[k].lead, lines[k].trail = pos, end, p, q
        lines[k].indent = width
        lines[k].byline = lines[k].meta = -1
        k += 1
        if end < n and PyUnicode_READ_CHAR(text, end) == 0x0D and end + 1 < n and (
            PyUnicode_READ_CHAR(text, end + 1) == 0x0A
        ):
            pos = end + 2
        else:
            pos = end + 1
    count[0] = k
    return lines


cdef inline bint _blank(Line *line) noexcept:
    return line.lead >= line.end


cdef bint _may_count(str text, Py_ssize_t p, Py_ssize_t end) noexcept:
    """Whether ``_HEADER`` or ``_HEADER_COLON`` can match the line ``text[p:end]`` (stripped).

    After the leading ``[\\s·•|]*``, the first needs digits and a space ("11 Responses"),
    the second a count word, which starts with r, c or t ("Comments: 4").
    """
    cdef Py_UCS4 c
    while p < end:
        c = PyUnicode_READ_CHAR(text, p)
        if not (Py_UNICODE_ISSPACE(c) or c == 0xB7 or c == 0x2022 or c == 0x7C):
            break
        p += 1
    if p >= end:
        return False
    if Py_UNICODE_ISDECIMAL(c):
        while p < end and Py_UNICODE_ISDECIMAL(PyUnicode_READ_CHAR(text, p)):
            p += 1
        return p < end and Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(text, p))
    return c in u"rRcCtT"


cdef int _holds_dragnet_mark(str text) except -1:
    """``"!@" in text``, which widens the needle to the text's kind and searches the whole
    text generally; here "!" is found at memchr's speed and the next character looked at."""
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), p = 0
    while True:
        p = PyUnicode_FindChar(text, 0x21, p, size - 1, 1)  # the "!" of a "!@" ends before the end
        if p < 0:
            return False
        if PyUnicode_READ_CHAR(text, p + 1) == 0x40:
            return True
        p += 1


cdef tuple _find_comment_section(str text, Line *lines, Py_ssize_t n):
    """``text._find_comment_section``: the header line's index (-1 for none) and its count."""
    cdef Py_ssize_t i, seen_text = 0, found = -1
    cdef object count, declared = None
    cdef str line
    if _holds_dragnet_mark(text):  # a line holding "!@" is a slice of the text
        for i in range(n):
            line = text[lines[i].start:lines[i].end]
            if "!@" in line and _DRAGNET_MARKER.match(line):
                return i, None
    for i in range(n):
        if _blank(&lines[i]):
            continue
        count = None
        # _header_count returns None for a line over _SHORT
        if lines[i].end - lines[i].start <= _SHORT and _may_count(
            text, lines[i].lead, lines[i].trail
        ):
            count = _header_count(text[lines[i].start:lines[i].end])
        if count is not None and seen_text >= 2:
            found, declared = i, count
        elif seen_text < 2:
            line = text[lines[i].start:lines[i].end]
            byline = _BYLINE.match(line) is not None
            meta_line = False if byline else _is_meta_line(line)
            if lines[i].lead == lines[i].start and lines[i].trail == lines[i].end:
                lines[i].byline = byline  # the head asks the same of the same string
                if not byline:
                    lines[i].meta = meta_line
            if not (byline or meta_line):
                seen_text += 1
    return found, declared


# -- the canonical text ----------------------------------------------------------------------


cdef class _Builder:
    """``builder.TextBuilder`` for pieces given as ranges of the source (always mapped)."""

    cdef str source
    cdef list parts, runs, paragraphs, comments, depths
    cdef Py_ssize_t length
    cdef object title_span

    def __cinit__(self, str source):
        self.source = source
        self.parts, self.runs, self.paragraphs, self.comments, self.depths = [], [], [], [], []
        self.length = 0
        self.title_span = None

    cdef tuple block(self, list pieces):
        """Append one block of non-empty pieces ``(start, end)``; its span, or None."""
        cdef Py_ssize_t start = -1, s, e
        for s, e in pieces:
            if start < 0:
                if self.length:
                    PyList_Append(self.parts, "\n\n")
                    self.length += 2
                start = self.length
            else:
                PyList_Append(self.parts, "\n")
                self.length += 1
            PyList_Append(self.runs, (self.length, s, e - s))
            PyList_Append(self.parts, self.source[s:e])
            self.length += e - s
        return None if start < 0 else (start, self.length)

    cdef object add_comment(self, list paragraphs, object parent, author, published):
        cdef tuple span, first = None, last = None
        cdef list pieces
        cdef Py_ssize_t depth
        for pieces in paragraphs:
            span = self.block(pieces)
            if span is not None:
                if first is None:
                    first = span
                last = span
        if first is None:
            return None
        depth = 1 if parent is None else <Py_ssize_t>self.depths[<Py_ssize_t>parent] + 1
        comment = _object_new(Comment)
        PyObject_GenericSetDict(
            comment,
            {
                "start": first[0],
                "end": last[1],
                "depth": depth,
                "parent": parent,
                "author": author,
                "published": published,
            },
            NULL,
        )
        PyList_Append(self.comments, comment)
        PyList_Append(self.depths, depth)
        return len(self.comments) - 1


# -- the head: title, byline, body -------------------------------------------------------------


cdef void _read_head(str text, Line *lines, Py_ssize_t n, _Builder builder, object meta) except *:
    """``text._read_head``."""
    cdef bint in_preamble = True
    cdef int skip_captions = 0
    cdef Py_ssize_t i = 0, s, e
    cdef Py_UCS4 c
    cdef list kept
    cdef str stripped
    cdef Line *line
    while i < n:
        if _blank(&lines[i]):
            i += 1
            continue
        kept = []
        while i < n and not _blank(&lines[i]):
            s, e = lines[i].lead, lines[i].trail
            line = &lines[i]
            i += 1
            stripped = text[s:e]
            c = PyUnicode_READ_CHAR(text, s)
            if (c == u"r" or c == u"R") and _RELATED.match(stripped):  # "^\\s*related", re.I
                skip_captions = 3  # captions or headlines of the related items follow
                continue
            if e - s <= _SHORT and is_boilerplate(stripped):  # its own first test
                continue
            if in_preamble:
                # the header search may have asked these of this string already
                if line.byline != 0 and _read_byline(stripped, meta):
                    continue
                if line.meta == 1 or (line.meta < 0 and _is_meta_line(stripped)):
                    _read_meta(stripped, meta)
                    continue
                if builder.title_span is None:
                    builder.title_span = builder.block([(s, e)])
                    continue
            PyList_Append(kept, (s, e))
        if not kept:
            continue
        if skip_captions and len(kept) == 1:
            s, e = kept[0]
            if e - s < 200 and not _SENTENCE_END.search(text[s:e]):
                skip_captions -= 1
                continue
        skip_captions = 0
        in_preamble = False
        span = builder.block(kept)
        if span is not None:
            PyList_Append(builder.paragraphs, span)


# -- the comments ------------------------------------------------------------------------------


cdef class _Comment:
    """``text._Comment``; ``paragraphs`` hold ``(start, end)`` ranges of the source."""

    cdef Py_ssize_t indent, content
    cdef object parent, author, published
    cdef list paragraphs
    cdef bint closed, expect_date
    cdef object index  # its index in the builder's comments once added, else None

    def __cinit__(self, Py_ssize_t indent, Py_ssize_t content, parent, author, published):
        self.indent, self.content, self.parent = indent, content, parent
        self.author, self.published = author, published
        self.paragraphs = []
        self.closed = self.expect_date = False
        self.index = None

    cdef void add(self, object piece, bint new_paragraph) except *:
        if piece is None:
            return
        if new_paragraph or not self.paragraphs:
            PyList_Append(self.paragraphs, [])
        PyList_Append(<list>self.paragraphs[len(self.paragraphs) - 1], piece)


cdef object _piece(str text, Line *line, Py_ssize_t begin):
    """``Line.piece(begin)`` as a source range, or None."""
    cdef Py_ssize_t p = line.start + begin
    while p < line.trail and Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(text, p)):
        p += 1
    return (p, line.trail) if p < line.trail else None


cdef object _marker_of(str text, Line *line):
    """``text._marker(line.text)``, called only where one of its tests can succeed.

    A numbered or bulleted marker starts with a digit or a bullet after the indentation;
    "Name says:" needs a colon in the first ``_SHORT`` characters; a name-and-date header
    is a line of at most ``_SHORT``.
    """
    cdef Py_UCS4 c = PyUnicode_READ_CHAR(text, line.lead)
    if (
        Py_UNICODE_ISDECIMAL(c)
        or c in _BULLETS
        or line.end - line.start <= _SHORT
        or PyUnicode_FindChar(text, 0x3A, line.start, min(line.end, line.start + _SHORT), 1) >= 0
    ):
        return _marker(text[line.start:line.end])
    return None


cdef Py_ssize_t _width(str text, Py_ssize_t start, Py_ssize_t end):
    """``text._width(text[start:end])``: its length with tabs expanded to 4-column stops."""
    if PyUnicode_FindChar(text, 0x09, start, end, 1) < 0:
        return end - start
    return len(text[start:end].expandtabs(4))


cdef list _read_comments(str text, Line *lines, Py_ssize_t first, Py_ssize_t n):
    """``text._read_comments`` over ``lines[first:n]``."""
    cdef list markers = [], comments = [], stack = []
    cdef bint has_markers = False, blank_before = False, opens
    cdef Py_ssize_t i, s, e, indent, begin, p, content
    cdef Py_UCS4 first_char
    cdef object marker, trailer, found, parent, author, published, chrome
    cdef _Comment comment, current, owner
    cdef str stripped, rest
    for i in range(first, n):
        marker = None if _blank(&lines[i]) else _marker_of(text, &lines[i])
        if marker is not None:
            has_markers = True
        PyList_Append(markers, marker)
    for i in range(first, n):
        if _blank(&lines[i]):
            blank_before = True
            continue
        s, e = lines[i].lead, lines[i].trail
        stripped = text[s:e]
        if e - s <= _SHORT:
            chrome = _chrome(stripped)
            if chrome == _CLOSED:
                break
            if chrome == _CHROME:
                blank_before = True
                continue
        indent = lines[i].indent
        marker = markers[i - first] if has_markers else None
        first_char = PyUnicode_READ_CHAR(text, s)  # "^\\s*posted by", re.I
        trailer = (
            _POSTED_BY_TRAILER.match(stripped) if first_char == u"p" or first_char == u"P" else None
        )
        if trailer and stack:
            current = stack[len(stack) - 1]
            rest = trailer.group("rest")
            found = find_date(rest)
            current.published = current.published or (found[0] if found else None)
            current.author = current.author or (
                rest[: found[1].start()] if found else rest
            ).strip(" ,|–-")
            current.closed = True
            blank_before = True
            continue
        if stack and (<_Comment>stack[len(stack) - 1]).expect_date and is_date_line(stripped):
            current = stack[len(stack) - 1]
            current.published = current.published or parse_date(stripped)
            current.expect_date = False
            continue
        opens = (
            marker is not None
            or not stack
            or (<_Comment>stack[len(stack) - 1]).closed
            or (not has_markers and blank_before)
        )
        if opens:
            while stack and (<_Comment>stack[len(stack) - 1]).indent >= indent:
                stack.pop()
            parent = stack[len(stack) - 1] if stack else None
            if marker is not None:
                begin, author, published = marker
            else:
                begin, author, published = 0, None, None
            p = lines[i].start + begin
            while p < lines[i].end and Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(text, p)):
                p += 1
            content = _width(text, lines[i].start, p) if p < lines[i].end else indent
            comment = _Comment(indent, content, parent, author, published)
            comment.expect_date = marker is not None and author is not None and published is None
            comment.add(_piece(text, &lines[i], begin), True)
            PyList_Append(comments, comment)
            PyList_Append(stack, comment)
        else:
            # the innermost comment whose text starts at (or about) this line's indentation;
            # a header line with no text of its own ("Name says:") owns what follows it
            owner = stack[len(stack) - 1]
            if owner.paragraphs:
                owner = stack[0]
                for p in range(len(stack) - 1, -1, -1):
                    if (<_Comment>stack[p]).content <= indent + 1:
                        owner = stack[p]
                        break
            while stack[len(stack) - 1] is not owner:
                stack.pop()
            owner.expect_date = False
            owner.add(_piece(text, &lines[i], 0), blank_before)
        blank_before = False
    return [c for c in comments if (<_Comment>c).paragraphs]


# -- the document ------------------------------------------------------------------------------


def read_text(str text, *, source, doc_id, format="text", encoding=None, language=None):
    """``text.read_text``: a plain-text scrape (already decoded) as a Document."""
    cdef Py_ssize_t n = 0, header
    cdef Line *lines = _split_lines(text, &n)
    cdef _Builder builder = _Builder(text)
    cdef _Comment comment
    cdef list comments = []
    try:
        header, declared = _find_comment_section(text, lines, n)
        meta = _Meta(declared=declared)
        _read_head(text, lines, n if header < 0 else header, builder, meta)
        if header >= 0:
            comments = _read_comments(text, lines, header + 1, n)
    finally:
        PyMem_Free(lines)
    for comment in comments:
        parent = comment.parent
        comment.index = builder.add_comment(
            comment.paragraphs,
            None if parent is None else (<_Comment>parent).index,
            comment.author,
            comment.published,
        )
    canonical = "".join(builder.parts)
    title_span = builder.title_span
    return Document(
        doc_id=doc_id,
        source=source,
        format=format,
        text=canonical,
        title=canonical[title_span[0]:title_span[1]] if title_span else None,
        author=meta.author,
        site=meta.site,
        published=meta.published,
        language=language,
        encoding=encoding,
        comments_declared=meta.declared,
        title_span=title_span,
        paragraphs=tuple(builder.paragraphs),
        comments=tuple(builder.comments),
        source_map=SourceMap(tuple(builder.runs)),
    )
