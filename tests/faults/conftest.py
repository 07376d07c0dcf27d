"""The fault suite: trials of what a careful team meets (races, kills, full disks, hostile
files), each reported as one line at the end of the run: what was tried and whether anything
was lost or doubled.

A test takes the ``trial`` fixture and calls it once with its verdict; the lines are printed in
the terminal summary whatever the outcome, so a red run still says which trials held.
"""

from __future__ import annotations

import pytest

_LINES: list[str] = []


@pytest.fixture
def trial(request):
    """``trial("4 concurrent pushes, overlapping units", "1 project, 5000 tasks for 5000 units")``."""

    def record(what: str, verdict: str) -> None:
        _LINES.append(f"{what}: {verdict}")

    return record


def pytest_terminal_summary(terminalreporter):
    if _LINES:
        terminalreporter.section("fault trials")
        for line in _LINES:
            terminalreporter.write_line(line)
