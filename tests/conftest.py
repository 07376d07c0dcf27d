"""Shared fixtures: where the project's own samples and the shared real-world material live."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# `make test` (and so CI) runs the property tests on the same examples every time: a run is
# red only for a change that broke them, never for a new example drawn that day. Running
# pytest yourself draws new ones each time: that is where new counterexamples are found
# (and then kept as @example).
settings.register_profile("repeatable", derandomize=True)
settings.load_profile(os.environ.get("CORPUS_HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "palmyra-informed-comment.txt"
REALWORLD = SHARED / "realworld" / "articles"
PTC = REALWORLD / "semeval_ptc"
LS_EXPORTS = SHARED / "realworld" / "labelstudio"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def assert_offsets(doc, units) -> None:
    """The invariant every stage relies on, with a message that shows the broken unit."""
    for unit in units:
        assert doc.text[unit.start : unit.end] == unit.text, unit.id
        assert unit.text and unit.text == unit.text.strip(), unit.id
        for span in unit.spans:
            assert unit.text[span.start : span.end] == span.text, (unit.id, span)
    for span in doc.spans:
        assert doc.text[span.start : span.end] == span.text, span
    for comment in doc.comments:
        assert 0 <= comment.start < comment.end <= len(doc.text)
    assert "\r" not in doc.text


# -- a real Label Studio, one per test session ----------------------------------------------


def pytest_collection_modifyitems(items):
    """Tests that restart the session's server run last: the others keep its address."""
    items.sort(key=lambda item: item.get_closest_marker("restarts_server") is not None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def gone(pid: int) -> bool:
    """True once the process has exited (a zombie counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    return state == "Z"


@pytest.fixture(scope="session")
def label_studio_bin() -> Path:
    from corpus.studio.server import LABEL_STUDIO_VERSION, find_label_studio

    found = find_label_studio()
    if found is None:
        reason = (
            "no label-studio executable: run `make label-studio`, or set CORPUS_LABEL_STUDIO_BIN "
            f"to a label-studio=={LABEL_STUDIO_VERSION} installed elsewhere"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)  # in CI a missing server must not pass as skipped tests
        pytest.skip(reason)
    return found


@pytest.fixture(scope="session")
def running(tmp_path_factory, label_studio_bin) -> Iterator[tuple[Path, object]]:
    """One server for the session, on a free port in a fresh data dir; stopped at the end.

    For quick local iteration, CORPUS_TEST_STUDIO_DIR may name the data dir of a server
    started afresh with `corpus server start`; it is used as it is and left running.
    """
    from corpus.studio.server import start, status, stop

    reuse = os.environ.get("CORPUS_TEST_STUDIO_DIR")
    if reuse and not os.environ.get("CI"):
        state = status(Path(reuse))
        if not state.running:
            pytest.fail(f"CORPUS_TEST_STUDIO_DIR={reuse}: no server runs there")
        yield Path(reuse), state
        return

    data = tmp_path_factory.mktemp("studio") / "data"
    began = time.monotonic()
    first = start(data, free_port(), executable=label_studio_bin)
    print(f"cold start: {time.monotonic() - began:.1f} s")
    try:
        yield data, first
    finally:
        pid = status(data).pid
        stop(data)
        if pid is not None:
            assert gone(pid)


@pytest.fixture(scope="session")
def studio(running):
    """The session's server as a Studio (client, connection), logged in with the admin's token."""
    from corpus.studio import client as studio_client

    data, _ = running
    conn = studio_client.connection(data)
    return studio_client.Studio(studio_client.connect(conn), conn)


@pytest.fixture(scope="session")
def example_units() -> list[dict]:
    """The units of every bundled example article, as `corpus split` writes them."""
    from corpus import split_files

    return [u.to_dict() for r in split_files([str(EXAMPLES)]) for u in r.units]
