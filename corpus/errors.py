"""One exception hierarchy, so the CLI can turn any failure into one clear line."""


class CorpusError(Exception):
    """Base of every error corpus raises on purpose; its message is meant for the user."""


class InputError(CorpusError):
    """An input file or record cannot be turned into a document (empty, binary, malformed)."""


class SpanError(CorpusError):
    """A standoff annotation file is malformed or does not fit the documents it refers to."""
