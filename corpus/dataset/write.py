"""Rows → ``data/<config>/<split>-NNNNN-of-NNNNN.parquet``, in bounded batches.

Rows are written as they come to one staging parquet file per config (with the features in
the schema metadata, so ``load_dataset`` gets ClassLabels back), ``batch_rows`` at a time;
once every document is known the staging files are cut into splits, batch by batch, by their
``doc_id`` column. Memory holds a batch, never the dataset. Empty splits get no file:
``load_dataset`` cannot read an empty parquet file.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from datasets import Features

from ..errors import CorpusError
from .formats import PATHS

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
        # an OSError (a full disk, most likely) is the caller's to put in words: it knows
        # which dataset folder this scratch file is for
        if self._writer is None:
            # a scratch file read once: compressing it would cost more than it saves
            self._writer = pq.ParquetWriter(self.path, self.schema, compression="none")
        self._writer.write_table(table)
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


MANIFEST = "manifest.json"
CROISSANT_FILE = "croissant.json"
# What every corpus export writes at the top of its folder: a folder without a manifest that
# holds one of these is someone else's work, and refused
CORE_ENTRIES = frozenset({"data", "README.md", MANIFEST, "labeling-config.xml", CROISSANT_FILE})
# What an export may have written, for folders whose manifest does not list it (written before
# the list was kept): the training formats' folders too, and the ``.staging`` killed exports
# of that time left
LEGACY_ENTRIES = CORE_ENTRIES | {p.split("/")[0] for p in PATHS.values()} | {".staging"}
_SHARD = re.compile(r"\.?[\w-]+-\d{5}(-of-\d{5})?\.parquet")
_RENAME_EXCHANGE = 2  # renameat2 flag: swap two paths in one step (Linux 3.15+)


class Output:
    """A dataset folder that is replaced only once the new one is complete.

    The new dataset is written into a sibling folder (``.NAME.corpus-new``, same file system)
    and swapped in by :meth:`commit`: entries of the old folder that corpus did not write
    (``.git/``, notes, ...) are moved into the new one, then the two folders are exchanged in
    one atomic rename, then the old one is removed. A failure or a kill at any moment leaves
    either the old dataset or the new one at ``folder``, whole; the next run (or ``abandon``)
    puts back whatever the interrupted one had moved and removes what it had left, so the
    same command simply runs again. Exports into one parent folder take turns (a lock on it).
    """

    def __init__(self, folder: str | Path):
        given = Path(folder)
        self.folder = Path(os.path.realpath(given)) if given.is_symlink() else given.absolute()
        self.parent = self.folder.parent
        self.new = self.parent / f".{self.folder.name}.corpus-new"
        self.old = self.parent / f".{self.folder.name}.corpus-old"
        self.kept: tuple[str, ...] = ()
        self._lock: int | None = None

    @property
    def staging(self) -> Path:
        return self.new / ".staging"

    def open(self) -> Path:
        """Lock, recover from an interrupted run, check the folder; the folder to write into."""
        if self.folder.exists() and not self.folder.is_dir():
            raise WriteError(f"{self.folder}: exists and is not a folder")
        try:
            self.parent.mkdir(parents=True, exist_ok=True)
            self._lock = os.open(self.parent, os.O_RDONLY)
        except OSError as exc:
            raise WriteError(f"{self.parent}: cannot write here ({exc.strerror or exc})") from exc
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.close()
            raise WriteError(
                f"{self.parent}: another corpus export is writing here; run this one when it "
                "is done"
            ) from None
        try:
            self.recover()
            self.kept = self._foreign()
            self.staging.mkdir(parents=True)
        except BaseException:
            self.close()
            raise
        return self.new

    def recover(self) -> None:
        """Undo what an interrupted run left: the old folder back in place, entries it had
        moved back into it, its half-written folders gone."""
        try:
            if self.old.exists():  # killed between the two renames of a plain swap
                if not self.folder.exists():
                    os.rename(self.old, self.folder)
                else:
                    self._return_foreign(self.old)
                    shutil.rmtree(self.old)
            if self.new.exists():
                self._return_foreign(self.new)
                shutil.rmtree(self.new)
        except OSError as exc:
            raise WriteError(
                f"{self.folder}: cannot clean up after an interrupted export ({exc})"
            ) from exc

    def _return_foreign(self, leftover: Path) -> None:
        """Entries of a leftover folder that a commit had moved out of the old dataset."""
        listed = written_entries(leftover)
        if not listed:  # no list yet: the commit had not started moving anything
            return
        ours = set(listed)
        for entry in sorted(os.listdir(leftover)):
            if entry in ours:
                continue
            self.folder.mkdir(exist_ok=True)
            if not (self.folder / entry).exists():
                os.rename(leftover / entry, self.folder / entry)

    def _foreign(self) -> tuple[str, ...]:
        """Entries of the existing folder that corpus did not write, or an error when corpus
        would have to delete or overwrite one of them."""
        if not self.folder.exists():
            return ()
        entries = set(os.listdir(self.folder))
        listed = written_entries(self.folder)
        if MANIFEST not in entries:
            clash = sorted(entries & CORE_ENTRIES)
            if clash:
                raise WriteError(
                    f"{self.folder}: holds {_names(self.folder, clash)}, which corpus did not "
                    "write (no manifest.json); choose another -o or move them away"
                )
            ours = {".staging"} & entries
        else:  # the manifest's list, or for an older export what exports then wrote
            ours = (set(listed) if listed else LEGACY_ENTRIES) & entries
        strays = _strays(self.folder / "data") if "data" in ours else []
        if strays:
            raise WriteError(
                f"{self.folder}: {', '.join(strays[:3])} in data/ {'was' if len(strays) == 1 else 'were'} "
                "not written by corpus; move them out of the dataset folder"
            )
        return tuple(sorted(entries - ours))

    def commit(self) -> tuple[str, ...]:
        """Swap the new dataset in; the entries kept from the old folder (not corpus's)."""
        if self.staging.exists():
            shutil.rmtree(self.staging)
        written = sorted(os.listdir(self.new))
        self._list_written(written)
        try:
            if self.folder.exists():
                for entry in self._foreign():
                    if (self.new / entry).exists():
                        raise WriteError(
                            f"{self.folder / entry}: not written by corpus, and the new export "
                            "writes that name; move it away and run again"
                        )
                    os.rename(self.folder / entry, self.new / entry)
                _exchange(self.new, self.folder, self.old)
                shutil.rmtree(self.new)
            else:
                os.rename(self.new, self.folder)
        except OSError as exc:
            raise WriteError(f"{self.folder}: cannot put the new dataset in place ({exc})") from exc
        kept, self.kept = self.kept, ()
        self.close()
        return kept

    def _list_written(self, written: list[str]) -> None:
        """Record in the manifest which entries this export wrote: the next export then
        knows every other entry of the folder for someone else's."""
        path = self.new / MANIFEST
        if not path.exists():
            return
        manifest = orjson.loads(path.read_bytes())
        manifest["files"] = sorted({*written, MANIFEST})
        path.write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))

    def abandon(self) -> None:
        """After a failure: the new folder goes, the old one stays as it was."""
        try:
            self.recover()
        finally:
            self.close()

    def close(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # releases the lock
            self._lock = None

    def __enter__(self) -> Output:
        self.open()
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            self.abandon()
        else:
            self.close()


def written_entries(folder: Path) -> list[str]:
    """The entries a folder's manifest says corpus wrote (none when it keeps no list)."""
    try:
        manifest = orjson.loads((folder / MANIFEST).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return []
    files = manifest.get("files") if isinstance(manifest, dict) else None
    return [f for f in files if isinstance(f, str)] if isinstance(files, list) else []


def _strays(data: Path) -> list[str]:
    """Files under ``data/`` that are not shards corpus writes (``<config>/<split>-….parquet``)."""
    if not data.is_dir():
        return [f"{data.name} (not a folder)"]
    strays = []
    for config in sorted(data.iterdir()):
        if not config.is_dir():
            strays.append(config.name)
            continue
        strays += [
            f"{config.name}/{p.name}"
            for p in sorted(config.iterdir())
            if not _SHARD.fullmatch(p.name)
        ]
    return strays


def _names(folder: Path, entries: list[str]) -> str:
    return ", ".join(e + "/" if (folder / e).is_dir() else e for e in entries)


def _exchange(new: Path, folder: Path, old: Path) -> None:
    """Put ``new`` at ``folder`` and the old folder at ``new``, in one step where the
    system can (renameat2); else in two renames, the old folder parked at ``old`` between
    them (``Output.recover`` puts it back after a kill there)."""
    libc = _libc()
    if libc is not None:
        done = libc.renameat2(
            _AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(folder), _RENAME_EXCHANGE
        )
        if done == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(folder))
    os.rename(folder, old)
    os.rename(new, folder)
    os.rename(old, new)


_AT_FDCWD = -100


def _libc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.renameat2  # noqa: B018 - glibc 2.28+
    except (OSError, AttributeError):
        return None
    return libc
