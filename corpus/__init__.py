"""corpus: articles with threaded reader comments → annotation corpora.

The Python API mirrors the command line: ``split_files`` is ``corpus split``.
"""

from .errors import CorpusError, InputError, SpanError
from .model import KINDS, Comment, Document, Failure, SourceMap, Span, Unit, units_jsonl
from .readers import read_document, sniff_format
from .readers.decode import decode
from .readers.jsonl import read_record
from .readers.text import read_text
from .segment import segment, sentence_spans
from .split import Result, Source, Summary, find_sources, split_files, split_sources
from .version import __version__


def read_html(*args, **kwargs) -> Document:
    """Read a saved HTML page (imported lazily: trafilatura takes a while to import)."""
    from .readers.html import read_html as _read_html

    return _read_html(*args, **kwargs)


def export_dataset(*args, **kwargs):
    """A Label Studio export → dataset folder, loaded as a DatasetDict (see corpus.dataset).

    Imported lazily: ``datasets`` takes seconds to import and most commands never need it.
    """
    from .dataset import export_dataset as _export_dataset

    return _export_dataset(*args, **kwargs)


def pull(*args, **kwargs):
    """``corpus pull``: a project's complete JSON export, config and manifest, in chunks.

    ``corpus.pull("my project", "export.json", data_dir=".labelstudio")`` connects as the
    command does (LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY, else the local credentials); see
    corpus.studio.pull.pull_project.
    """
    from .studio.pull import pull_project

    return pull_project(*args, **kwargs)


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
