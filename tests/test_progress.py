"""Progress bars are for a person at a terminal; logs and pipes get only the messages."""

from __future__ import annotations

import fcntl
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

from .conftest import EXAMPLES

CORPUS = [sys.executable, "-m", "corpus"]


def articles(tmp_path: Path) -> Path:
    """Six files: `corpus split` shows a bar from more than five."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(6):
        shutil.copy(EXAMPLES / "harbour-bridge-vote.txt", folder / f"a{n}.txt")
    return folder


def test_a_command_whose_stderr_is_a_pipe_prints_no_progress_bar(tmp_path):
    run = subprocess.run(
        [*CORPUS, "split", str(articles(tmp_path)), "-o", str(tmp_path / "u.jsonl")],
        capture_output=True,
        text=True,
        check=True,
    )
    *warnings, summary = run.stderr.splitlines()
    assert summary.startswith("6 documents"), run.stderr
    assert all(line.startswith("warning: ") for line in warnings), run.stderr
    assert "\r" not in run.stderr and "file/s" not in run.stderr


def test_a_command_at_a_terminal_shows_its_progress(tmp_path):
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    run = subprocess.run(
        [*CORPUS, "split", str(articles(tmp_path)), "-o", str(tmp_path / "u.jsonl")],
        stderr=follower,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal's other end is closed: all of it has been read
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert run.returncode == 0
    assert b"file" in shown and b"\r" in shown
