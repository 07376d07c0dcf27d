"""corpus: articles with threaded reader comments → annotation corpora.

The Python API mirrors the command line: ``split_files`` is ``corpus split``, ``pull`` is
``corpus pull``, ``export_dataset`` is ``corpus export`` (and loads the result).

Every name below is the function or class itself, with its own signature and docstring,
imported from the module that defines it the first time it is used (PEP 562): ``import
corpus`` stays cheap, and ``datasets`` or ``trafilatura`` are imported only by what needs them.

``corpus.segment`` is the module :mod:`corpus.segment`, and calling it calls
:func:`corpus.segment.segment`: ``corpus.segment(doc)`` and ``from corpus import segment``
keep working, while ``import corpus.segment`` is still the module, not a function in its place.
"""

from __future__ import annotations

import importlib
import inspect
import types
from typing import TYPE_CHECKING, Any

from . import segment as _segment
from .errors import CorpusError, InputError, SpanError
from .version import __version__

# public name -> (module that defines it, its name there)
_LAZY = {
    "KINDS": ("model", "KINDS"),
    "Comment": ("model", "Comment"),
    "Document": ("model", "Document"),
    "Failure": ("model", "Failure"),
    "SourceMap": ("model", "SourceMap"),
    "Span": ("model", "Span"),
    "Unit": ("model", "Unit"),
    "units_jsonl": ("model", "units_jsonl"),
    "read_document": ("readers", "read_document"),
    "sniff_format": ("readers", "sniff_format"),
    "decode": ("readers.decode", "decode"),
    "read_record": ("readers.jsonl", "read_record"),
    "read_text": ("readers.text", "read_text"),
    "read_html": ("readers.html", "read_html"),
    "sentence_spans": ("segment", "sentence_spans"),
    "Splitter": ("segment", "Splitter"),
    "Result": ("split", "Result"),
    "Source": ("split", "Source"),
    "Summary": ("split", "Summary"),
    "find_sources": ("split", "find_sources"),
    "split_files": ("split", "split_files"),
    "split_sources": ("split", "split_sources"),
    "export_dataset": ("dataset.build", "export_dataset"),
    "pull": ("studio.pull", "pull_project"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'corpus' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), attribute)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _SegmentModule(types.ModuleType):
    """:mod:`corpus.segment`, callable as its :func:`~corpus.segment.segment`."""

    def __call__(self, *args, **kwargs):
        return self.segment(*args, **kwargs)


_segment.__class__ = _SegmentModule
_segment.__signature__ = inspect.signature(_segment.segment)  # type: ignore[attr-defined]

if TYPE_CHECKING:  # what the names are, for type checkers and editors
    from .dataset.build import export_dataset
    from .model import KINDS, Comment, Document, Failure, SourceMap, Span, Unit, units_jsonl
    from .readers import read_document, sniff_format
    from .readers.decode import decode
    from .readers.html import read_html
    from .readers.jsonl import read_record
    from .readers.text import read_text
    from .segment import Splitter, sentence_spans
    from .split import Result, Source, Summary, find_sources, split_files, split_sources
    from .studio.pull import pull_project as pull

__all__ = [
    "KINDS",
    "Comment",
    "CorpusError",
    "Document",
    "Failure",
    "InputError",
    "Result",
    "Source",
    "SourceMap",
    "Span",
    "SpanError",
    "Splitter",
    "Summary",
    "Unit",
    "__version__",
    "decode",
    "export_dataset",
    "find_sources",
    "pull",
    "read_document",
    "read_html",
    "read_record",
    "read_text",
    "segment",
    "sentence_spans",
    "sniff_format",
    "split_files",
    "split_sources",
    "units_jsonl",
]
