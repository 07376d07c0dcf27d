# cython: language_level=3
"""JSON Lines of unit records, compiled: ``model.units_jsonl``'s loop.

orjson writes a unit in about as long as Python takes to step a generator, look up and call
``to_json`` and concatenate the newline (bench/README.md). Here each record's line is copied
into one buffer as soon as orjson returns it: a line kept alive until a final join costs
several times more, because orjson allocates its output larger than it ends up.
"""

from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_FromStringAndSize, PyBytes_GET_SIZE
from cpython.mem cimport PyMem_Free, PyMem_Realloc
from libc.string cimport memcpy


def jsonl(records, dumps):
    """``b"".join(dumps(r) + b"\\n" for r in records)``; ``dumps`` must return bytes."""
    cdef char *buffer = NULL
    cdef char *grown
    cdef Py_ssize_t size = 0, capacity = 0, n
    cdef bytes line
    try:
        for record in records:
            line = dumps(record)
            n = PyBytes_GET_SIZE(line)
            if size + n + 1 > capacity:
                capacity = max(2 * capacity, size + n + 1, 8192)
                grown = <char *>PyMem_Realloc(buffer, capacity)
                if grown is NULL:
                    raise MemoryError()
                buffer = grown
            memcpy(buffer + size, PyBytes_AS_STRING(line), n)
            buffer[size + n] = 10  # "\n"
            size += n + 1
        return PyBytes_FromStringAndSize(buffer, size)
    finally:
        PyMem_Free(buffer)
