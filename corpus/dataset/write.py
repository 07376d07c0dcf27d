"""Rows → ``data/<config>/<split>-NNNNN-of-NNNNN.parquet``, in bounded batches.

Rows are written as they come to one staging parquet file per config (with the features in
the schema metadata, so ``load_dataset`` gets ClassLabels back), ``batch_rows`` at a time;
once every document is known the staging files are cut into splits, batch by batch, by their
``doc_id`` column. Memory holds a batch, never the dataset. Empty splits get no file:
``load_dataset`` cannot read an empty parquet file.
"""

from __future__ import annotations

import importlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from datasets import Features

from ..errors import CorpusError

BATCH_ROWS = 2000
SHARD_ROWS = 250_000


class WriteError(CorpusError):
    """The dataset folder cannot be written."""


class StagedConfig:
    """One config's rows, appended in batches to a staging file."""

    def __init__(self, name: str, features: Features, staging: Path, batch_rows: int = BATCH_ROWS):
        self.name = name
        self.features = features
        self.schema = features.arrow_schema
        self.path = staging / f"{name}.parquet"
        self.batch_rows = batch_rows
        self.rows = 0
        self._pending: list[dict] = []
        self._writer: pq.ParquetWriter | None = None

    def add(self, row: dict) -> None:
        self._pending.append(row)
        if len(self._pending) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        try:
            table = pa.Table.from_pylist(self._pending, schema=self.schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as exc:
            raise WriteError(f"{self.name}: a row does not fit the features ({exc})") from exc
        try:
            if self._writer is None:
                # a scratch file read once: compressing it would cost more than it saves
                self._writer = pq.ParquetWriter(self.path, self.schema, compression="none")
            self._writer.write_table(table)
        except OSError as exc:  # a full disk, most likely
            raise WriteError(f"{self.path}: cannot write ({exc})") from exc
        self.rows += len(self._pending)
        self._pending = []

    def close(self) -> None:
        self.flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def split(
        self,
        out: Path,
        assignment: dict[str, str],
        names: tuple[str, ...],
        fill: Callable[[pa.Table], pa.Table] | None = None,
    ) -> dict[str, int]:
        """Cut the staged rows into split shards under ``out/data/<name>/``; rows per split.

        ``fill`` may complete each batch with what was only known after the pass (per-unit
        agreement is computed once every task has been read).
        """
        self.close()
        folder = out / "data" / self.name
        folder.mkdir(parents=True, exist_ok=True)
        counts = dict.fromkeys(names, 0)
        if not self.rows:
            return counts
        members = {
            name: pa.array(sorted(d for d, s in assignment.items() if s == name), pa.string())
            for name in names
        }
        writers: dict[str, _Shards] = {}
        source = pq.ParquetFile(self.path)
        try:
            # one batch at a time, on this thread: the reader's buffers then stay a few MB
            # (larger or threaded reads grew the process by 60-90 MB for nothing faster)
            for batch in source.iter_batches(batch_size=self.batch_rows, use_threads=False):
                table = pa.Table.from_batches([batch], schema=self.schema)
                if fill is not None:
                    table = fill(table)
                for name in names:
                    part = table.filter(pc.is_in(table["doc_id"], value_set=members[name]))
                    if part.num_rows:
                        writers.setdefault(name, _Shards(folder, name, self.schema)).write(part)
                        counts[name] += part.num_rows
        except OSError as exc:
            raise WriteError(f"{folder}: cannot write the {self.name} rows ({exc})") from exc
        finally:
            for shards in writers.values():
                shards.close()
            pa.default_memory_pool().release_unused()
        unassigned = self.rows - sum(counts.values())
        if unassigned:
            raise WriteError(f"{self.name}: {unassigned} rows belong to no split (a bug)")
        return counts


class _Shards:
    """``<split>-00000-of-0000N.parquet`` files of at most SHARD_ROWS rows each."""

    def __init__(self, folder: Path, split: str, schema: pa.Schema):
        self.folder, self.split, self.schema = folder, split, schema
        self.paths: list[Path] = []
        self._writer: pq.ParquetWriter | None = None
        self._rows = 0

    def write(self, table: pa.Table) -> None:
        if self._writer is None or self._rows >= SHARD_ROWS:
            self._open()
        assert self._writer is not None
        self._writer.write_table(table)
        self._rows += table.num_rows

    def _open(self) -> None:
        if self._writer is not None:
            self._writer.close()
        path = self.folder / f".{self.split}-{len(self.paths):05d}.parquet"
        self.paths.append(path)
        self._writer = pq.ParquetWriter(path, self.schema)
        self._rows = 0

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        total = len(self.paths)
        for i, path in enumerate(self.paths):
            os.replace(path, self.folder / f"{self.split}-{i:05d}-of-{total:05d}.parquet")


def prepare_output(out: Path) -> Path:
    """An empty folder for the dataset (an earlier export there is replaced); the staging dir."""
    if out.exists() and not out.is_dir():
        raise WriteError(f"{out}: exists and is not a folder")
    if out.exists():
        if not (out / "manifest.json").exists() and any(out.iterdir()):
            raise WriteError(
                f"{out}: exists and does not hold an earlier corpus export; choose another -o"
            )
        shutil.rmtree(out)
    staging = out / ".staging"
    staging.mkdir(parents=True)
    return staging


def hub_token() -> str:
    """The Hugging Face token from the environment, asked for before any work is done."""
    token = os.environ.get("HF_TOKEN")
    if not token:
        raise WriteError("--push-to-hub needs a Hugging Face token in HF_TOKEN")
    return token


def push_to_hub(folder: Path, repo: str, *, private: bool = True, tag: str | None = None):
    """Make the Hub dataset repo equal to the folder in one commit (stale files deleted in
    it), tag that revision if asked (HF_TOKEN from the environment); what changed, as a
    ``corpus.dataset.hub.HubReport``."""
    from .hub import sync_folder

    return sync_folder(folder, repo, private=private, tag=tag)


def _hub_errors() -> tuple[type[BaseException], ...]:
    """What an upload raises when the Hub refuses it or cannot be reached.

    huggingface_hub's HTTP client changed between versions (requests, then httpx, then
    httpx2); each one's errors are caught, whichever is installed.
    """
    from huggingface_hub.errors import HfHubHTTPError

    errors: list[type[BaseException]] = [HfHubHTTPError, OSError, ValueError]
    for client in ("httpx", "httpx2"):
        try:
            errors.append(importlib.import_module(client).HTTPError)
        except (ImportError, AttributeError):
            continue
    return tuple(errors)
