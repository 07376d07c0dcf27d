"""``datasets.Features`` typed from the labeling config, and answers encoded to match them.

Each control becomes a column named after it (prefixed ``label_`` if the name is taken by a
fixed column): Labels → a list of spans ``{start, end, label: ClassLabel, text}`` (plus
``tokens`` and BIO ``ner_tags`` in ``units``); Choices → ``ClassLabel``, or a list of them when
several may be chosen; TextArea → string; Rating → int; Number → int, or float when its step
allows fractions; Taxonomy → a list of label paths; anything else → its results as JSON text.
Labels are stored as ClassLabel ids, so a researcher gets names back with ``int2str``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import orjson
import regex
from datasets import ClassLabel, Features, List, Value

from ..labelconfig import Control, LabelConfig

UNIT_COLUMNS = (
    "unit_id", "task_id", "doc_id", "kind", "section", "text", "start", "end", "context",
    "author", "data", "tokens", "n_annotators", "n_annotations", "n_skipped", "gold_from",
    "adjudicated_as", "review",
)  # fmt: skip
# control kinds with a per-unit agreement figure (corpus.agreement.units)
MEASURED = ("spans", "choices", "taxonomy", "rating", "number")
ANNOTATION_COLUMNS = (
    "annotation_id", "task_id", "unit_id", "doc_id", "kind", "annotator", "was_cancelled",
    "ground_truth", "lead_time", "created_at", "updated_at", "model_version", "score", "parent",
    "excluded",
)  # fmt: skip
DOCUMENT_COLUMNS = (
    "doc_id", "title", "author", "site", "published", "url", "language", "source", "format",
    "text", "sha256", "n_units",
)  # fmt: skip
_RESERVED = frozenset(UNIT_COLUMNS + ANNOTATION_COLUMNS + DOCUMENT_COLUMNS)
# words keep their combining marks (Zoë written as e + U+0308); any other non-space grapheme
# (punctuation, an emoji with its skin tone or ZWJ sequence) is a token of its own
_TOKEN = regex.compile(r"[\w\p{M}]+(?:['’-][\w\p{M}]+)*|(?!\s)\X")
TIMESTAMP = Value("timestamp[us, tz=UTC]")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Word and punctuation tokens as code-point offsets (the NER view of a unit).

    Offsets are code points like everything else; a token never splits a grapheme cluster."""
    return [m.span() for m in _TOKEN.finditer(text)]


def bio_tags(tokens: list[tuple[int, int]], spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO tags for the tokens; a token belongs to the first span (by start, longest first)
    that overlaps it, so overlapping spans, which BIO cannot show, lose to the earlier one."""
    tags = ["O"] * len(tokens)
    for start, end, label in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]), s[2])):
        inside = [i for i, (a, b) in enumerate(tokens) if a < end and b > start and tags[i] == "O"]
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + label
    return tags


@dataclass(frozen=True)
class Column:
    control: Control
    name: str

    @cached_property
    def kind(self) -> str:
        return self.control.kind

    @cached_property
    def index(self) -> dict[str, int]:
        """Label → ClassLabel id."""
        return {label: i for i, label in enumerate(self.control.labels)}

    @property
    def fractional(self) -> bool:
        step = self.control.attrs.get("step", "1")
        try:
            return float(step) != int(float(step))
        except ValueError:
            return False


class Schema:
    """The columns of every config for one labeling config."""

    def __init__(self, config: LabelConfig):
        self.config = config
        self.columns = tuple(
            Column(c, f"label_{c.name}" if c.name in _RESERVED else c.name) for c in config.controls
        )
        self.span_columns = tuple(c for c in self.columns if c.kind == "spans")
        self._ner_index: dict[str, dict[str, int]] = {}

    # -- features --------------------------------------------------------------------------

    def answer_feature(self, column: Column) -> Any:
        control = column.control
        kind = column.kind
        if kind == "spans":
            return List(self._span_struct(control))
        if kind == "choices":
            label = ClassLabel(names=list(control.labels))
            return List(label) if control.multiple else label
        if kind == "text":
            return Value("string")
        if kind == "rating":
            return Value("int32")
        if kind == "number":
            return Value("float64" if column.fractional else "int64")
        if kind == "taxonomy":
            return List(List(Value("string")))
        return Value("string")

    def _span_struct(self, control: Control, **extra) -> dict:
        return {
            "start": Value("int32"),
            "end": Value("int32"),
            "label": ClassLabel(names=list(control.labels)),
            "text": Value("string"),
            **extra,
        }

    def ner_column(self, column: Column) -> str:
        return "ner_tags" if len(self.span_columns) == 1 else f"{column.name}_ner_tags"

    def ner_names(self, column: Column) -> list[str]:
        return ["O"] + [f"{p}-{label}" for label in column.control.labels for p in ("B", "I")]

    def units_features(self) -> Features:
        features: dict[str, Any] = {
            "unit_id": Value("string"),
            "task_id": Value("int64"),
            "doc_id": Value("string"),
            "kind": Value("string"),
            "section": Value("string"),
            "text": Value("string"),
            "start": Value("int64"),
            "end": Value("int64"),
            "context": {
                "title": Value("string"),
                "prev": Value("string"),
                "next": Value("string"),
                "parent": Value("string"),
            },
            "author": Value("string"),
            "data": Value("string"),
        }
        if self.span_columns:
            features["tokens"] = List(Value("string"))
        for column in self.columns:
            features[column.name] = self.answer_feature(column)
            if column.kind == "spans":
                features[self.ner_column(column)] = List(ClassLabel(names=self.ner_names(column)))
                features[f"{column.name}_soft"] = List(
                    self._span_struct(column.control, share=Value("float32"))
                )
            elif column.kind == "choices":
                features[f"{column.name}_soft"] = List(Value("float32"))
        features.update(
            {
                "n_annotators": Value("int32"),
                "n_annotations": Value("int32"),
                "n_skipped": Value("int32"),
                "gold_from": Value("string"),
                # the annotators whose version the adjudicator's answer equals ([]: an answer
                # of their own); null where nobody adjudicated
                "adjudicated_as": List(Value("string")),
                "review": List(Value("string")),
            }
        )
        for column in self.measured:
            features[self.agreement_column(column)] = Value("float64")
        return Features(features)

    @property
    def measured(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.kind in MEASURED)

    def agreement_column(self, column: Column) -> str:
        return f"{column.name}_agreement"

    def annotations_features(self) -> Features:
        features: dict[str, Any] = {
            "annotation_id": Value("int64"),
            "task_id": Value("int64"),
            "unit_id": Value("string"),
            "doc_id": Value("string"),
            "kind": Value("string"),
            "annotator": Value("string"),
            "was_cancelled": Value("bool"),
            "ground_truth": Value("bool"),
            "lead_time": Value("float64"),
            "created_at": TIMESTAMP,
            "updated_at": TIMESTAMP,
            "model_version": Value("string"),
            "score": Value("float64"),
            "parent": Value("int64"),
        }
        for column in self.columns:
            features[column.name] = self.answer_feature(column)
        features["excluded"] = List(Value("string"))
        return Features(features)

    def documents_features(self) -> Features:
        features: dict[str, Any] = {name: Value("string") for name in DOCUMENT_COLUMNS}
        features["n_units"] = Value("int32")
        for column in self.span_columns:
            features[column.name] = List(self._span_struct(column.control, unit_id=Value("string")))
        return Features(features)

    # -- values ----------------------------------------------------------------------------

    def encode(self, column: Column, answer: Any, text: str) -> Any:
        """An answer (as validate/gold give it) in the column's storage form."""
        control = column.control
        kind = column.kind
        if kind == "spans":
            index = column.index
            return [
                {"start": s, "end": e, "label": index[label], "text": text[s:e]}
                for s, e, label in sorted(answer or ())
            ]
        if kind == "choices":
            index = column.index
            if control.multiple:
                return [index[c] for c in answer or ()]
            if answer is None:
                return None
            return index[answer[0] if isinstance(answer, list) else answer]
        if kind == "text":
            if answer is None:
                return None
            return "\n".join(answer) if isinstance(answer, list) else answer
        if kind in ("rating", "number"):
            if answer is None:
                return None
            return float(answer) if column.fractional else int(answer)
        if kind == "taxonomy":
            return [list(path) for path in answer or ()]
        return orjson.dumps(answer).decode() if answer is not None else None

    def encode_soft(self, column: Column, soft: Any, text: str) -> Any:
        if column.kind == "spans":
            index = column.index
            return [
                {"start": s, "end": e, "label": index[label], "text": text[s:e], "share": share}
                for (s, e, label), share in soft
            ]
        return list(soft)

    def ner(self, column: Column, tokens: list[tuple[int, int]], spans: list) -> list[int]:
        index = self._ner_index.get(column.name)
        if index is None:
            names = self.ner_names(column)
            index = self._ner_index[column.name] = {name: i for i, name in enumerate(names)}
        return [index[tag] for tag in bio_tags(tokens, spans or [])]
