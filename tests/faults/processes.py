"""Running `corpus` as a user does, in a process of its own: what it said, how it ended, and
the most memory it held."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

# a reader that regresses must fail the test, not take the machine down with it
ADDRESS_SPACE_CAP = 8 << 30


@dataclass(frozen=True)
class Finished:
    code: int  # exit status, or -N for signal N
    stdout: str
    stderr: str
    peak_mb: float  # the process's peak resident memory

    @property
    def lines(self) -> list[str]:
        """What the user saw on stderr, progress bars aside."""
        return [line for line in self.stderr.splitlines() if line.strip() and "\r" not in line]


def corpus_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "corpus", *map(str, args)]


@dataclass
class Running:
    proc: subprocess.Popen
    out: IO[bytes]
    err: IO[bytes]

    @property
    def pid(self) -> int:
        return self.proc.pid

    def kill(self) -> None:
        """SIGKILL, even after it ended: unreaped, its pid cannot have been reused (and
        Popen.send_signal would reap it, taking its resource usage along)."""
        os.kill(self.pid, signal.SIGKILL)

    def running(self) -> bool:
        """Whether it still runs, without reaping it (``finish`` must still find it)."""
        ended = os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        return ended is None


def start(args, cwd: Path, env: dict | None = None, file_size: int | None = None) -> Running:
    """Start ``args``; ``file_size`` caps the size of any file it writes (a disk that fills:
    a write past it fails with EFBIG rather than the process being killed by SIGXFSZ)."""

    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))
        if file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    # files, not pipes: nothing blocks however much it writes
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # noqa: SIM115 - closed by finish()
    proc = subprocess.Popen(
        args,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=out,
        stderr=err,
        preexec_fn=limits,
    )
    return Running(proc, out, err)


def finish(running: Running) -> Finished:
    """Wait for it, with its own resource usage (not that of all children so far)."""
    _, status, usage = os.wait4(running.pid, 0)
    running.proc.returncode = os.waitstatus_to_exitcode(status)
    said = []
    for handle in (running.out, running.err):
        handle.seek(0)
        said.append(handle.read().decode(errors="replace"))
        handle.close()
    return Finished(running.proc.returncode, *said, usage.ru_maxrss / 1024)


def run(args, cwd: Path, env: dict | None = None, file_size: int | None = None) -> Finished:
    return finish(start(args, cwd, env, file_size))
