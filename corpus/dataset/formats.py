"""Training files beside the parquet: CoNLL-2003, BIO JSON Lines and a spaCy ``DocBin``.

They are written from the dataset folder just written (``data/units/<split>-*.parquet``), so
they hold the same gold labels and the same splits as the ``units`` config, split by split.

**Tokens.** One tokenisation for everything: :func:`corpus.dataset.features.tokenize`, the one
the ``tokens`` and ``ner_tags`` columns of ``units`` use (words with their combining marks and
inner apostrophes or hyphens; every other non-space grapheme a token of its own). The spaCy
documents carry exactly those tokens, with the whitespace between them as spaCy keeps it, so
``doc.text`` is the unit text.

**Spans off token boundaries.** A gold span that starts or ends inside a token covers every
token it touches (it is widened to token boundaries), exactly as the ``ner_tags`` column tags
it; each such span is counted and shown (its text and the text it becomes) in the export's
report and card, never moved unseen. Spans that overlap cannot all be BIO tags or spaCy
entities: the earlier one (the longer one at the same start) keeps the tokens they share, as
in ``ner_tags``; they are counted, and the spaCy ``DocBin`` keeps every span whole in
``doc.spans[<control>]``.

**Which units.** A unit nobody submitted an annotation for (``gold_from == "none"``) is not
training data and is left out of all three. A unit whose span vote is tied (its control is in
``review``) is left out of CoNLL and BIO JSON Lines, which cannot say "unknown"; in the
``DocBin`` its entities are marked missing instead, and a tied choice is absent from ``cats``
(spaCy treats both as unknown, not as negative).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import CorpusError, InputError
from ..labelconfig import LabelConfig
from .features import Column, Schema, tokenize

FORMATS = ("hf", "conll", "bio-jsonl", "spacy")
# where each format's files go, and their name per split
PATHS = {
    "conll": "conll/{split}.conll",
    "bio-jsonl": "bio/{split}.jsonl",
    "spacy": "spacy/{split}.spacy",
}
MAX_EXAMPLES = 20
BATCH_ROWS = 1000
# as spaCy's CoNLL reader splits documents (others look for a line starting -DOCSTART-)
DOCSTART = "-DOCSTART- -X- O O"


class FormatError(CorpusError):
    """A training format cannot be written from this dataset."""


def check_formats(formats: tuple[str, ...], config: LabelConfig) -> None:
    """Refuse what cannot be written before any work is done."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise InputError(f"unknown format {unknown[0]!r} (one of {', '.join(FORMATS)})")
    spans = [c for c in config.controls if c.kind == "spans"]
    for name in ("conll", "bio-jsonl"):
        if name in formats and not spans:
            raise InputError(
                f"--format {name} writes BIO tags of spans, and the labeling config has no "
                "span control (<Labels>)"
            )
    if "spacy" in formats and importlib.util.find_spec("spacy") is None:
        raise InputError(
            "--format spacy needs spaCy, which is not installed: pip install 'corpus[formats]'"
        )


@dataclass(frozen=True)
class Misaligned:
    """A gold span that starts or ends inside a token, and the token span it becomes."""

    unit_id: str
    control: str
    label: str
    start: int
    end: int
    text: str
    widened: str

    def describe(self) -> str:
        return (
            f"{self.unit_id} {self.control} {self.label} [{self.start}:{self.end}] "
            f"{self.text!r} -> {self.widened!r}"
        )


@dataclass(frozen=True)
class FormatsReport:
    """What the training files hold and what they could not."""

    formats: tuple[str, ...]
    files: dict[str, dict[str, str]]  # format -> split -> path in the folder
    units: dict[str, dict[str, int]]  # format -> split -> units written
    left_out: dict[str, dict[str, int]]  # format -> reason -> units
    spans: int  # gold spans on the unit text
    misaligned: int  # ... that start or end inside a token (widened)
    misaligned_examples: tuple[Misaligned, ...]
    overlapping: int  # ... that BIO tags and spaCy entities cannot hold whole
    ner_columns: tuple[str, ...]  # the BIO columns, in config order
    ner_names: dict[str, list[str]]  # BIO column -> tag names (the ClassLabel)
    cats: dict[str, str]  # cats key -> "control: label"
    textcat: str | None  # the spaCy component the cats suit: textcat or textcat_multilabel

    @property
    def written(self) -> tuple[str, ...]:
        return tuple(f for f in self.formats if f != "hf")


def write_formats(
    output: Path, schema: Schema, formats: tuple[str, ...], splits: tuple[str, ...]
) -> FormatsReport:
    """Write each requested training format, split by split, from ``output/data/units``."""
    wanted = tuple(f for f in FORMATS if f in formats and f != "hf")
    tally = _Tally(schema)
    files: dict[str, dict[str, str]] = {f: {} for f in wanted}
    units: dict[str, dict[str, int]] = {f: {} for f in wanted}
    for split in splits:
        shards = sorted((output / "data" / "units").glob(f"{split}-*.parquet"))
        if not shards or not wanted:
            continue
        writers = {f: _WRITERS[f](output / PATHS[f].format(split=split), schema) for f in wanted}
        try:
            for row in _rows(shards, schema):
                unit = tally.prepare(row)
                for name, writer in writers.items():
                    reason = writer.write(unit)
                    if reason:
                        tally.left_out[name][reason] = tally.left_out[name].get(reason, 0) + 1
        finally:
            for writer in writers.values():
                writer.close()
        for name, writer in writers.items():
            if writer.count:
                files[name][split] = PATHS[name].format(split=split)
                units[name][split] = writer.count
            else:
                writer.discard()
    return FormatsReport(
        formats=tuple(f for f in FORMATS if f in formats),
        files=files,
        units=units,
        left_out={f: dict(sorted(tally.left_out[f].items())) for f in wanted},
        spans=tally.spans,
        misaligned=tally.misaligned,
        misaligned_examples=tuple(tally.examples),
        overlapping=tally.overlapping,
        ner_columns=tuple(schema.ner_column(c) for c in schema.span_columns),
        ner_names={schema.ner_column(c): schema.ner_names(c) for c in schema.span_columns},
        cats=cats_keys(schema),
        textcat=textcat_component(schema),
    )


# -- reading the units back ------------------------------------------------------------------


def _rows(shards: list[Path], schema: Schema) -> Iterator[dict]:
    """The split's units with gold, by document (first seen first) and offset within it."""
    columns = ["unit_id", "doc_id", "text", "start", "gold_from", "review"]
    for column in schema.columns:
        if column.kind in ("spans", "choices"):
            columns.append(column.name)
        if column.kind == "spans":
            columns.append(schema.ner_column(column))
    table = pa.concat_tables(pq.read_table(s, columns=columns) for s in shards)
    docs = table["doc_id"]
    rank = pc.index_in(docs, value_set=pc.unique(docs))
    table = table.append_column("_rank", rank).append_column(
        "_row", pa.array(range(table.num_rows), pa.int64())
    )
    order = pc.sort_indices(
        table,
        sort_keys=[("_rank", "ascending", "at_end"), ("start", "ascending", "at_end"),
                   ("_row", "ascending", "at_end")],
    )  # fmt: skip
    for begin in range(0, table.num_rows, BATCH_ROWS):
        yield from table.take(order[begin : begin + BATCH_ROWS]).to_pylist()


@dataclass
class Entities:
    """One span control's gold on one unit, in token terms."""

    column: Column
    known: bool  # False: tied (in review) or not on the unit text
    tags: list[str]  # BIO names, one per token
    ents: list[tuple[int, int, str]]  # from the tags: token start, token end (excl.), label
    spans: list[tuple[int, int, str]]  # every gold span widened to tokens, char offsets


@dataclass
class Unit:
    row: dict
    tokens: list[tuple[int, int]]
    entities: list[Entities]
    cats: dict[str, float]
    has_gold: bool


class _Tally:
    """Turns unit rows into token-level gold, counting what does not fit on the way."""

    def __init__(self, schema: Schema):
        self.schema = schema
        self.span_columns = schema.span_columns
        self.choice_columns = tuple(c for c in schema.columns if c.kind == "choices")
        self.cats_keys = _cats_key_names(schema)
        self.spans = self.misaligned = self.overlapping = 0
        self.examples: list[Misaligned] = []
        self.left_out: dict[str, dict[str, int]] = {f: {} for f in FORMATS}

    def prepare(self, row: dict) -> Unit:
        text = row["text"] or ""
        tokens = tokenize(text)
        review = set(row["review"] or ())
        has_gold = row["gold_from"] != "none"
        entities = [self._entities(row, text, tokens, c, review) for c in self.span_columns]
        cats: dict[str, float] = {}
        for column in self.choice_columns:
            value = row[column.name]
            if not has_gold or column.control.name in review:
                continue
            if column.control.multiple:
                chosen = set(value or ())
            elif value is None:
                continue  # no answer to this control: unknown, not "none of them"
            else:
                chosen = {value}
            for i, _ in enumerate(column.control.labels):
                cats[self.cats_keys[(column.name, i)]] = 1.0 if i in chosen else 0.0
        return Unit(row, tokens, entities, cats, has_gold)

    def _entities(self, row, text, tokens, column: Column, review: set[str]) -> Entities:
        ner = row[self.schema.ner_column(column)]
        names = self.schema.ner_names(column)
        labels = column.control.labels
        if ner is None or row["gold_from"] == "none" or column.control.name in review:
            return Entities(column, False, [], [], [])
        if len(ner) != len(tokens):
            raise FormatError(
                f"unit {row['unit_id']}: {len(ner)} BIO tags for {len(tokens)} tokens; the "
                "dataset was not written with this version's tokenisation"
            )
        tags = [names[t] for t in ner]
        ents = entities_from_tags(tags)
        starts = {a: i for i, (a, _) in enumerate(tokens)}
        ends = {b: i for i, (_, b) in enumerate(tokens)}
        widened_spans = []
        whole = {(s, e, label) for s, e, label in ents}
        for span in row[column.name] or ():
            start, end, label = span["start"], span["end"], labels[span["label"]]
            self.spans += 1
            touched = [i for i, (a, b) in enumerate(tokens) if a < end and b > start]
            if not touched:
                self.overlapping += 1  # nothing to tag: whitespace only
                continue
            first, last = touched[0], touched[-1]
            if starts.get(start) != first or ends.get(end) != last:
                self.misaligned += 1
                if len(self.examples) < MAX_EXAMPLES:
                    self.examples.append(
                        Misaligned(
                            str(row["unit_id"]),
                            column.control.name,
                            label,
                            start,
                            end,
                            text[start:end],
                            text[tokens[first][0] : tokens[last][1]],
                        )
                    )
            if (first, last + 1, label) not in whole:
                self.overlapping += 1
            widened_spans.append((tokens[first][0], tokens[last][1], label))
        return Entities(column, True, tags, ents, widened_spans)


def entities_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token exclusive, label) of each entity a BIO sequence spells."""
    ents: list[tuple[int, int, str]] = []
    begin, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and tag[2:] == label
        if begin is not None and not inside:
            ents.append((begin, i, label))
            begin, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and begin is None):
            begin, label = i, tag[2:]
    return ents


def _cats_key_names(schema: Schema) -> dict[tuple[str, int], str]:
    """(column, label id) → the key in ``doc.cats``: the label itself when one choice control
    exists, else ``control:label`` so two controls' labels never collide."""
    columns = [c for c in schema.columns if c.kind == "choices"]
    keys = {}
    for column in columns:
        for i, label in enumerate(column.control.labels):
            keys[(column.name, i)] = (
                label if len(columns) == 1 else f"{column.control.name}:{label}"
            )
    return keys


def cats_keys(schema: Schema) -> dict[str, str]:
    columns = {c.name: c for c in schema.columns}
    return {
        key: f"{columns[name].control.name}: {columns[name].control.labels[i]}"
        for (name, i), key in _cats_key_names(schema).items()
    }


def textcat_component(schema: Schema) -> str | None:
    """``textcat`` when the cats are one single choice (exactly one label true), else
    ``textcat_multilabel``; None without choices."""
    columns = [c for c in schema.columns if c.kind == "choices"]
    if not columns:
        return None
    if len(columns) == 1 and not columns[0].control.multiple:
        return "textcat"
    return "textcat_multilabel"


# -- writers -----------------------------------------------------------------------------------


class _Writer:
    """One format's file for one split; ``write`` says why a unit was left out, or None."""

    def __init__(self, path: Path, schema: Schema):
        self.path = path
        self.schema = schema
        self.count = 0
        path.parent.mkdir(parents=True, exist_ok=True)

    def write(self, unit: Unit) -> str | None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        if self.path.parent.exists() and not any(self.path.parent.iterdir()):
            self.path.parent.rmdir()


def _bio_reason(unit: Unit) -> str | None:
    """Why a unit cannot be written as BIO tags (CoNLL, BIO JSON Lines), or None."""
    if not unit.has_gold:
        return "no gold (nobody submitted an annotation)"
    if not unit.entities or any(not e.known for e in unit.entities):
        tied = [e for e in unit.entities if e.column.control.name in (unit.row["review"] or ())]
        if tied:
            return "span gold tied (in review)"
        return "spans not made on the unit text"
    if not unit.tokens:
        return "no tokens (empty text)"
    return None


class _TextWriter(_Writer):
    def __init__(self, path: Path, schema: Schema):
        super().__init__(path, schema)
        try:
            self.handle = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise FormatError(f"{path}: cannot write ({exc})") from exc

    def close(self) -> None:
        self.handle.close()


class ConllWriter(_TextWriter):
    """CoNLL-2003 columns: the token, then one BIO tag column per span control (config
    order); ``-DOCSTART-`` before each document, a blank line after each unit (the
    format's sentence), units of a document in the order of their offsets."""

    def __init__(self, path: Path, schema: Schema):
        super().__init__(path, schema)
        self.doc: Any = object()

    def write(self, unit: Unit) -> str | None:
        reason = _bio_reason(unit)
        if reason:
            return reason
        text = unit.row["text"]
        if unit.row["doc_id"] != self.doc:
            self.doc = unit.row["doc_id"]
            self.handle.write(f"{DOCSTART}\n\n")
        columns = [e.tags for e in unit.entities]
        lines = [
            " ".join([text[a:b], *(tags[i] for tags in columns)])
            for i, (a, b) in enumerate(unit.tokens)
        ]
        self.handle.write("\n".join(lines) + "\n\n")
        self.count += 1
        return None


class BioJsonlWriter(_TextWriter):
    """One JSON object per unit: ``id``, ``doc_id``, ``tokens`` and the BIO tags by name, in
    the columns ``units`` names them (``ner_tags``, or ``<control>_ner_tags`` for several)."""

    def write(self, unit: Unit) -> str | None:
        reason = _bio_reason(unit)
        if reason:
            return reason
        text = unit.row["text"]
        record: dict[str, Any] = {
            "id": unit.row["unit_id"],
            "doc_id": unit.row["doc_id"],
            "tokens": [text[a:b] for a, b in unit.tokens],
        }
        for entities in unit.entities:
            record[self.schema.ner_column(entities.column)] = entities.tags
        self.handle.write(orjson.dumps(record).decode() + "\n")
        self.count += 1
        return None


class DocBinWriter(_Writer):
    """spaCy documents of the unit texts with our tokens: ``ents`` from the first span
    control's BIO tags, every control's spans in ``doc.spans[<control>]``, ``cats`` from the
    choices, and ``user_data`` naming the unit and document."""

    def __init__(self, path: Path, schema: Schema):
        super().__init__(path, schema)
        import spacy
        from spacy.tokens import DocBin

        self.vocab = spacy.blank("xx").vocab
        self.docbin = DocBin(store_user_data=True)
        self._scan = _skip_empty_entry_point_scans()

    def write(self, unit: Unit) -> str | None:
        if not unit.has_gold:
            return "no gold (nobody submitted an annotation)"
        known = [e for e in unit.entities if e.known]
        if not known and not unit.cats:
            return "every control tied or not on the unit text"
        doc, index = spacy_doc(self.vocab, unit.row["text"] or "", unit.tokens)
        first = unit.entities[0] if unit.entities else None
        if first is not None and first.known:
            from spacy.tokens import Span

            ents = [Span(doc, index[s], index[e - 1] + 1, label=lab) for s, e, lab in first.ents]
            doc.set_ents(ents, default="outside")
        for entities in known:
            group = []
            for start, end, label in entities.spans:
                span = doc.char_span(start, end, label=label, alignment_mode="strict")
                if span is None:  # our token boundaries are the doc's: never
                    raise FormatError(f"unit {unit.row['unit_id']}: span {start}:{end} lost")
                group.append(span)
            doc.spans[entities.column.control.name] = group
        doc.cats = dict(unit.cats)
        doc.user_data["unit_id"] = unit.row["unit_id"]
        doc.user_data["doc_id"] = unit.row["doc_id"]
        self.docbin.add(doc)
        self.count += 1
        return None

    def close(self) -> None:
        try:
            if self.count:
                self.docbin.to_disk(self.path)
        except OSError as exc:
            raise FormatError(f"{self.path}: cannot write ({exc})") from exc
        finally:
            self._scan()


def _skip_empty_entry_point_scans() -> Callable[[], None]:
    """Stop srsly looking for msgpack plug-ins in the installed packages' entry points on every
    call while no package declares any; the function that restores the lookup.

    ``DocBin.add`` packs a document's user data and span groups with msgpack, and each packer
    asks srsly's registry for encoders, which scans every installed distribution's entry points
    (importlib.metadata): 14 ms a document in this project's virtualenv, 3 ms without the scan,
    for the very same bytes when the scan finds nothing.
    """
    import srsly

    registries = [srsly.msgpack_encoders, srsly.msgpack_decoders]
    skipped = [r for r in registries if r.entry_points and not r.get_entry_points()]
    for registry in skipped:
        registry.entry_points = False

    def restore() -> None:
        for registry in skipped:
            registry.entry_points = True

    return restore


def spacy_doc(vocab, text: str, tokens: list[tuple[int, int]]):
    """A spaCy ``Doc`` of ``text`` with exactly these tokens, and our token index → the
    doc's. Whitespace between tokens is kept as spaCy keeps it: one space as the token's
    trailing space, anything else as a whitespace token of its own; so ``doc.text == text``."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    at = 0
    for a, b in [*tokens, (len(text), len(text))]:
        gap = text[at:a]
        if gap == " " and words:
            spaces[-1] = True
        elif gap:
            words.append(gap)
            spaces.append(False)
        if b > a:
            index.append(len(words))
            words.append(text[a:b])
            spaces.append(False)
        at = b
    doc = Doc(vocab, words=words, spaces=spaces)
    if doc.text != text:  # a bug, not bad input: say so rather than write a shifted doc
        raise FormatError("a spaCy document does not reproduce its unit text")
    return doc, index


_WRITERS = {"conll": ConllWriter, "bio-jsonl": BioJsonlWriter, "spacy": DocBinWriter}
