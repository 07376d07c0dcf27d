"""Gold spans in document offsets, for the ``documents`` config, read back from the units.

A unit's gold spans are in unit offsets; the document row wants them in document offsets
(unit ``start`` + span offset). Rather than hold every gold span in Python objects while the
export is read, they are read back from the staged ``units`` parquet file once every task is
in: arrow columns, sorted by document, a few bytes a span however big the project.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .features import Column, Schema


class DocumentSpans:
    """Per document: its number of units, and each span column's gold spans (sorted)."""

    def __init__(self, units_parquet: Path, schema: Schema):
        self.units: dict[str, int] = {}
        self._spans: dict[str, tuple[pa.Table, dict[str, tuple[int, int]]]] = {}
        if not units_parquet.exists():
            return
        columns = ["doc_id", "unit_id", "start", *(c.name for c in schema.span_columns)]
        table = pq.read_table(units_parquet, columns=columns)
        counts = pc.value_counts(table["doc_id"])
        self.units = dict(
            zip(
                counts.field("values").to_pylist(),
                counts.field("counts").to_pylist(),
                strict=True,
            )
        )
        for column in schema.span_columns:
            self._spans[column.name] = _sorted_spans(table, column)

    def of(self, doc_id: str, column: Column) -> list[dict]:
        """The document's gold spans of one column: start, end (document offsets), label id,
        unit id; by start, end, label name, unit."""
        table, ranges = self._spans.get(column.name, (None, {}))
        where = ranges.get(doc_id)
        if table is None or where is None:
            return []
        return table.slice(where[0], where[1] - where[0]).to_pylist()


def _sorted_spans(table: pa.Table, column: Column) -> tuple[pa.Table, dict[str, tuple[int, int]]]:
    spans = table[column.name].combine_chunks()
    flat = pc.list_flatten(spans)
    parent = pc.list_parent_indices(spans)
    unit_start = pc.take(table["start"], parent)
    names = column.control.labels
    rank = pa.array(np.argsort(np.argsort(np.array(names, dtype=object))), pa.int64())
    label = pc.struct_field(flat, "label")
    out = pa.table(
        {
            "doc_id": pc.take(table["doc_id"], parent),
            "start": pc.add(unit_start, pc.struct_field(flat, "start")),
            "end": pc.add(unit_start, pc.struct_field(flat, "end")),
            "label": label,
            "unit_id": pc.take(table["unit_id"], parent),
            "rank": pc.take(rank, label) if len(names) else pa.nulls(len(flat), pa.int64()),
        }
    )
    out = out.filter(pc.is_valid(out["start"]))  # a unit without offsets cannot be placed
    out = out.sort_by([("doc_id", "ascending"), ("start", "ascending"), ("end", "ascending"),
                       ("rank", "ascending"), ("unit_id", "ascending")])  # fmt: skip
    out = out.drop_columns(["rank"])
    docs = out["doc_id"].combine_chunks()
    ranges: dict[str, tuple[int, int]] = {}
    if len(docs):
        # doc_id is sorted: each document's spans are one run of rows
        change = pc.not_equal(docs.slice(1), docs.slice(0, len(docs) - 1))
        edges = np.flatnonzero(change.to_numpy(zero_copy_only=False)) + 1
        starts = np.concatenate([[0], edges])
        ends = np.concatenate([edges, [len(docs)]])
        ids = pc.take(docs, pa.array(starts)).to_pylist()
        ranges = dict(zip(ids, zip(starts.tolist(), ends.tolist(), strict=True), strict=True))
    return out.drop_columns(["doc_id"]), ranges
