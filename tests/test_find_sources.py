"""Which files a run reads, in which order, under which ids (the same as pathlib would say),
and that each is read whole.

find_sources handles paths as strings for speed; pathlib is the definition it is held to.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path, PurePath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus import Failure, InputError, find_sources
from corpus.readers.input_formats import by_extension
from corpus.split import _read_bytes, _spelled, _suffix, slug


def _by_pathlib(arg: str) -> list[tuple[str, str, str]]:
    """What find_sources gave when it walked a folder with pathlib (until 2026-11-30)."""
    root = Path(arg)
    found = sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
        and by_extension(p.suffix) is not None
    )
    rows = []
    for path in found:
        relative = path.relative_to(root)
        doc_id = "--".join(slug(part) for part in relative.with_suffix("").parts)
        rows.append((str(path), doc_id, by_extension(path.suffix)))
    return rows


def _rows(arg: str) -> list[tuple[str, str, str]]:
    return [(s.path, s.doc_id, s.format) for s in find_sources([arg])]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in [
        "a.txt",
        "B.TXT",
        "c.html",
        "d.htm",
        "e.jsonl",
        "f.ndjson",
        "g.xhtml",
        "h.text",
        "notes.md",
        "noext",
        "x.tar.txt",
        "trailing.",
        ".hidden.txt",
        "Über café.txt",
        "sub/one.txt",
        "sub/Two.html",
        "sub-x.txt",
        "sub/deeper/three.jsonl",
        "sub/.secret/four.txt",
        ".git/objects.txt",
        "a-b/a.txt",
        "a_b/a.txt",
        "ab/z.txt",
        "a.b/c.txt",
    ]:
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Title\n\nBody.\n")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "linked.txt").write_text("Title\n\nBody.\n")
    os.symlink(tmp_path / "elsewhere", tmp_path / "corpus" / "linked-folder")
    os.symlink(tmp_path / "elsewhere" / "linked.txt", tmp_path / "corpus" / "linked-file.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "corpus" / "broken.txt")
    return tmp_path


def test_a_folder_gives_the_files_order_and_ids_pathlib_gives(tree, monkeypatch):
    assert _rows(str(tree / "corpus")) == _by_pathlib(str(tree / "corpus"))
    monkeypatch.chdir(tree)
    for spelling in ["corpus", "corpus/", "./corpus", "corpus//", "./corpus/."]:
        assert _rows(spelling) == _by_pathlib(spelling)
    monkeypatch.chdir(tree / "corpus")
    assert _rows(".") == _by_pathlib(".")
    paths = [row[0] for row in _rows(".")]
    assert paths.index("sub/one.txt") < paths.index("sub-x.txt")  # part by part, not by string
    assert "linked-file.txt" in paths and "broken.txt" not in paths
    assert not any(p.startswith(("linked-folder/", ".git/", "sub/.secret/")) for p in paths)


def test_a_file_is_named_as_pathlib_spells_it(tree, monkeypatch):
    monkeypatch.chdir(tree)
    for spelling in ["corpus/a.txt", "./corpus/a.txt", "corpus//sub/./one.txt"]:
        (source,) = find_sources([spelling])
        assert source.path == str(Path(spelling))
    (source,) = find_sources(["corpus/x.tar.txt"])
    assert (source.doc_id, source.format) == ("x.tar", "text")


def test_an_unlistable_folder_is_reported_and_the_rest_still_found(tree, monkeypatch):
    # a folder root can still read: the refusal is made by hand, as only another user meets it
    scandir = os.scandir
    locked = str(tree / "corpus" / "sub")

    def refusing(path):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    found = list(find_sources([str(tree / "corpus")]))
    assert Failure(locked, "Permission denied") in found
    assert any(getattr(s, "doc_id", None) == "a" for s in found)
    assert not any(getattr(s, "doc_id", "").startswith("sub--") for s in found)


_PATH = st.lists(st.sampled_from(["a", "b.txt", ".", "..", "", ".x", "é"]), max_size=6).map(
    "/".join
)


@given(st.sampled_from(["", "/", "//", "///"]), _PATH, st.sampled_from(["", "/", "//", "/."]))
def test_a_path_is_spelled_as_pathlib_spells_it(lead, middle, tail):
    path = lead + middle + tail
    assert _spelled(path) == str(Path(path))


@given(st.text(st.sampled_from(["a", ".", "T", "x", " "]), min_size=1, max_size=8))
def test_a_suffix_is_pathlib_s_suffix(name):
    assert _suffix(name) == PurePath(name).suffix


def test_a_file_is_read_whole_whatever_its_size_says(tmp_path):
    # read through its descriptor with the size fstat gives: a pipe gives none
    path = tmp_path / "a.txt"
    for size in (0, 1, 4095, 4096, 70_000, 3_000_000):
        path.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
        assert _read_bytes(str(path)) == path.read_bytes()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(b"through a pipe\n" * 10_000))
    writer.start()
    assert _read_bytes(str(fifo)) == b"through a pipe\n" * 10_000
    writer.join()


def test_a_folder_or_a_missing_file_is_an_input_error_not_a_crash(tmp_path):
    with pytest.raises(InputError, match="directory"):
        _read_bytes(str(tmp_path))
    with pytest.raises(InputError, match="No such file"):
        _read_bytes(str(tmp_path / "missing.txt"))
