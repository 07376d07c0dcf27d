"""The private Label Studio a bench runs against, so its figures compare like with like."""

from __future__ import annotations

import contextlib
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from corpus.studio.server import find_label_studio, start, status, stop

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def private_studio(data_dir: Path | None, port: int | None = None) -> Iterator[Path]:
    """A Label Studio on a free loopback port for this run; stopped (and deleted) afterwards.

    With ``data_dir`` the server of that directory is used (started if needed, left running if
    it was already up), so repeated runs skip the ~25 s of first-start migrations.
    """
    executable = find_label_studio(ROOT / ".labelstudio-venv")
    if executable is None:
        sys.exit("no label-studio executable: run `make label-studio` first")
    with contextlib.ExitStack() as stack:
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "studio"
        was_running = status(data_dir).running
        began = time.perf_counter()
        started = start(data_dir, port or _free_port(), executable=executable, timeout=600)
        took = (
            "already running" if was_running else f"started in {time.perf_counter() - began:.1f} s"
        )
        print(f"Label Studio {started.version} at {started.url} ({took})", file=sys.stderr)
        try:
            yield data_dir
        finally:
            if not was_running:
                stop(data_dir)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
