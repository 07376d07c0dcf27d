"""Where corpus keeps its files, and how it writes them: whole or not at all.

Two directories in the working directory hold what corpus keeps between runs: ``.labelstudio``
(:data:`DATA_DIR`: the private server's data and credentials, `corpus server start`) and
``.corpus`` (:data:`STATE_DIR`: the push index of each project, the annotator pseudonyms).
Both are private to their owner and never go into an export.

Output files appear whole or not at all, together, and a full disk is one line.

Each file is written under a temporary name beside its target and renamed into place only
when every file of the set is complete, so a run that fails, runs out of disk or is killed
leaves the earlier files as they were (and no half-written ones), and the same run again
writes them whole. What cannot be written (no space, a size limit, no permission) is an
:class:`OutputError` naming the file, not a traceback.

Every file corpus writes in place goes through here: the outputs of `corpus split`, `corpus
pull` and `corpus report`, the server's credentials, the push index, the pseudonym mapping.
A secret is written with ``mode=0o600`` and is never readable by others, not even briefly.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import CorpusError

DATA_DIR = Path(".labelstudio")  # the server `corpus server start` runs, and its credentials
STATE_DIR = Path(".corpus")  # push indexes, annotator pseudonyms: what a re-run picks up


class OutputError(CorpusError):
    """An output file cannot be written; the earlier one, if any, is unchanged."""


class AtomicFile:
    """A binary file being written beside ``target``; see :func:`atomic_files`.

    ``mode`` is the finished file's permissions; by default what ``open()`` would give it.
    """

    def __init__(self, target: str | Path, mode: int | None = None):
        self.target = Path(target)
        self.mode = mode
        self.temporary: Path | None = None
        if self.target.exists() and not self.target.is_file():
            # a device or a pipe ("-o /dev/null", a FIFO): written to, never replaced (a
            # rename over /dev/null would leave a plain file in its place for everyone)
            try:
                self._handle = open(self.target, "wb")  # noqa: SIM115 (closed by finish)
            except OSError as exc:
                raise self._error(exc) from None
            return
        folder = self.target.parent
        if not folder.is_dir():
            raise OutputError(f"{folder}: no such directory")
        try:
            fd, name = tempfile.mkstemp(dir=folder, prefix=f".{self.target.name}.", suffix=".part")
        except OSError as exc:
            raise self._error(exc) from None
        self.temporary = Path(name)
        self._handle = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> int:
        try:
            return self._handle.write(data)
        except OSError as exc:
            raise self._error(exc) from None

    def finish(self) -> None:
        """Flush to the disk and close; a temporary file is private (0600), the output gets
        ``mode``, or what ``open()`` would have given it."""
        try:
            self._handle.flush()
            if self.temporary is None:
                self._handle.close()
                return
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.chmod(self.temporary, 0o666 & ~_umask() if self.mode is None else self.mode)
        except OSError as exc:
            raise self._error(exc) from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # the same full disk: the file goes anyway
            self._handle.close()
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)

    def _error(self, exc: OSError) -> OutputError:
        kept = "the earlier file is unchanged" if self.target.exists() else "nothing was written"
        return OutputError(f"{self.target}: cannot write ({exc.strerror or exc}); {kept}")


def write_atomic(target: str | Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace ``target`` with ``data``, whole or not at all."""
    with atomic_files(target, mode=mode) as (file,):
        file.write(data)


@contextmanager
def atomic_files(*targets: str | Path, mode: int | None = None) -> Iterator[list[AtomicFile]]:
    """Files to write that replace ``targets`` all at once, when the block ends without error."""
    files: list[AtomicFile] = []
    try:
        for target in targets:
            files.append(AtomicFile(target, mode))
        yield files
        for file in files:
            file.finish()
        for file in files:
            if file.temporary is None:
                continue
            try:
                os.replace(file.temporary, file.target)
            except OSError as exc:
                raise file._error(exc) from None
    finally:
        for file in files:
            if file.temporary is not None and file.temporary.exists():
                file.discard()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
