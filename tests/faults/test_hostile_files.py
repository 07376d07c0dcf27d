"""Hostile files, each given to every command that reads its kind: one clear line, exit 1, and
a peak under 500 MB (``'[' * 100_000 + ']' * 100_000`` once grew `corpus export` to 20.9 GB,
and a 300 MB string inside one task kept it busy for over ten minutes).

Each family is made once, streamed to disk (the big ones are 160 MB, five times the largest
record corpus reads: 32 MB), and each command runs in a process of its own whose peak
resident memory is measured.
"""

from __future__ import annotations

import json

import pytest

from .. import synthetic_export
from .processes import corpus_command, run

BIG = 160 << 20
PEAK_MB = 500
DEEP = 100_000


def write(path, head: bytes, filler: bytes = b"", size: int = 0, tail: bytes = b"") -> None:
    """``head``, then ``filler`` repeated to about ``size`` bytes, then ``tail``."""
    block = filler * max(1, (1 << 20) // max(len(filler), 1)) if filler else b""
    with open(path, "wb") as handle:
        handle.write(head)
        written = 0
        while written < size:
            handle.write(block)
            written += len(block)
        handle.write(tail)


# name -> (head, filler, size, tail)
EXPORTS = {
    "an array nested 100,000 deep": (b"[" * DEEP + b"]" * DEEP, b"", 0, b""),
    "a task nested 100,000 deep": (
        b'[{"id": 1, "annotations": ' + b"[" * DEEP,
        b"",
        0,
        b"]" * DEEP + b', "data": {}}]',
    ),
    "a 160 MB string in a task": (
        b'[{"id": 1, "annotations": [], "data": {"text": "',
        b"x",
        BIG,
        b'"}}]',
    ),
    "a 160 MB number": (b"[", b"1", BIG, b"]"),
    "a task of 20 million keys": (
        b'[{"id": 1, "annotations": [], "data": {',
        b'"k": 0, ',
        BIG,
        b'"k": 0}}]',
    ),
}
LINES = {
    "a 160 MB line": (b'{"id": "', b"x", BIG, b'"}'),
    "a line nested 100,000 deep": (b"[" * DEEP + b"]" * DEEP + b"\n", b"", 0, b""),
}
CONFIGS = {
    "a 160 MB config": (b"<View>", b" ", BIG, b"</View>"),
    "elements nested 100,000 deep": (
        b"<View>" + b"<a>" * DEEP + b"</a>" * DEEP + b"</View>",
        b"",
        0,
        b"",
    ),
    "a billion laughs": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b']><View><Text name="text" value="$text"/><Header value="&lol9;"/></View>',
        b"",
        0,
        b"",
    ),
}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A good export, units and docs to pair the hostile files with, and a folder for them."""
    base = tmp_path_factory.mktemp("hostile")
    export = synthetic_export.write(base / "export.json", 20)
    tasks = json.loads(export.read_text())
    units = base / "units.jsonl"
    units.write_text("".join(json.dumps({"id": t["data"]["unit_id"]}) + "\n" for t in tasks))
    return base, export, units


def hostile(base, family, shapes):
    path = base / (family.replace(" ", "-").replace(",", "") + ".bad")
    if not path.exists():
        write(path, *shapes[family])
    return path


def commands(kind, bad, export, out, mapping):
    """Every command that reads a file of ``kind``, given ``bad`` as it."""
    export_to = ["export", "-o", out, "-q", "--annotators-file", mapping]
    if kind == "export":
        return [[*export_to, bad], ["agreement", bad, "-q"]]
    if kind == "line":
        return [[*export_to, export, "--units", bad], [*export_to, export, "--docs", bad]]
    return [[*export_to, export, "--config", bad], ["agreement", export, "--config", bad, "-q"]]


CASES = (
    [("export", f) for f in EXPORTS]
    + [("line", f) for f in LINES]
    + [("config", f) for f in CONFIGS]
)


@pytest.mark.parametrize(("kind", "family"), CASES)
def test_a_hostile_file_is_one_clear_line_in_bounded_memory(files, trial, kind, family):
    base, export, _ = files
    shapes = {"export": EXPORTS, "line": LINES, "config": CONFIGS}[kind]
    bad = hostile(base, family, shapes)
    for args in commands(kind, bad, export, base / "out", base / "private.json"):
        done = run(corpus_command(*args), cwd=base)
        what = f"hostile {kind}, {family}: corpus {args[0]}" + (
            f" {args[-2]}" if str(args[-2]).startswith("--") else ""
        )
        said = done.lines[-1] if done.lines else ""
        shown = said.replace(f"{base}/", "")[:100]
        trial(
            what,
            f"exit {done.code}, {len(done.lines)} line(s), peak {done.peak_mb:.0f} MB: {shown}",
        )
        assert done.code == 1, done.stderr[-2000:]
        assert len(done.lines) == 1 and said.startswith("Error: "), done.stderr[-2000:]
        assert "Traceback" not in done.stderr
        assert done.peak_mb < PEAK_MB
    assert not (base / "out").exists()  # nothing half-written either
