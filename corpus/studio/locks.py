"""Which tasks annotators hold open in the label stream, where that can be known.

Label Studio 1.23 locks a task when the label stream (``GET /api/projects/{id}/next/``, what
"Label All Tasks" calls) hands it to an annotator: a row in ``tasks_tasklock`` that lives until
the annotator submits or skips it, or ``TASK_LOCK_TTL`` (a day by default) passes. The API shows
a lock to nobody but its holder (``unique_lock_id`` in the holder's own next task), so another
user (corpus, pushing) cannot ask for it. Only the database tells, and corpus can read it for
the one server whose database it can see: the private server ``corpus server start`` runs.
There it reads, never writes, with a read-only connection; a team's server gets ``None``, and
push says that open tasks could not be seen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from .client import Connection, StudioError
from .server import DATABASE_FILE, load_credentials

CHUNK = 500  # ids per query, well under SQLite's limit on bound parameters


class LockReader:
    """The live task locks in the SQLite database of a Label Studio on this machine."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)

    def held(self, task_ids: Iterable[int]) -> dict[int, str]:
        """task id -> when the earliest live lock on it was taken (the server's UTC clock, as
        Label Studio stores it), for those of ``task_ids`` that someone holds open."""
        ids = sorted(set(task_ids))
        if not ids:
            return {}
        # Django keeps naive UTC times in SQLite as 'YYYY-MM-DD HH:MM:SS.ffffff', which sort
        # as text; the server runs on this machine, so this clock is its clock
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        found: dict[int, str] = {}
        try:
            with sqlite3.connect(f"{self.database.as_uri()}?mode=ro", uri=True, timeout=10) as db:
                for start in range(0, len(ids), CHUNK):
                    chunk = ids[start : start + CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = db.execute(
                        "SELECT task_id, MIN(created_at) FROM tasks_tasklock "
                        f"WHERE expire_at > ? AND task_id IN ({marks}) GROUP BY task_id",
                        [now, *chunk],
                    )
                    found.update((int(task), str(taken)) for task, taken in rows)
        except sqlite3.Error as exc:
            raise StudioError(
                f"cannot read which tasks are open from {self.database} ({exc})"
            ) from exc
        return found


def local_locks(data_dir: Path | str | None, conn: Connection) -> LockReader | None:
    """A reader for the locks of the server ``conn`` talks to, if it is the private server of
    ``data_dir`` (the same URL as its credentials, and its database beside them); else None."""
    if data_dir is None:
        return None
    credentials = load_credentials(Path(data_dir))
    database = Path(data_dir) / DATABASE_FILE
    if credentials is None or credentials.url.rstrip("/") != conn.url or not database.is_file():
        return None
    return LockReader(database.absolute())
