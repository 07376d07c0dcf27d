"""What `corpus split` writes for the examples, the seed and the real-world articles, pinned.

A refactoring changes structure, not results: these digests of units.jsonl and docs.jsonl must
not move unless a change to the readers or the segmenter means them to (then regenerate them
with ``python -m tests.test_output_digest`` and say so in the commit).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus.cli import cli

from .conftest import ROOT, SHARED

# name -> (directory the command runs in, the path it is given): relative paths, so the
# documents' `source` is the same in every checkout
INPUTS = {
    "examples": (ROOT, "examples"),
    "seed": (SHARED / "seed", "palmyra-informed-comment.txt"),
    "realworld": (SHARED / "realworld", "articles"),
}
DIGESTS = {
    "examples": "2e9e492d452d5ef6bea099dfbfc0a7665000c1865d82263b29e91b5002a92c80",
    "seed": "d91e08e69e747a86effa540876273a90fd79d32593fb528e54f842ef7598da8f",
    "realworld": "8c6933102e88cc432bcd369573df06bad6f2a342f0c6954ded68cf2c22476714",
}


def split_digest(where: Path, path: str, scratch: Path) -> str:
    """sha256 over units.jsonl then docs.jsonl as `corpus split` writes them."""
    units, docs = scratch / "units.jsonl", scratch / "docs.jsonl"
    cwd = os.getcwd()
    os.chdir(where)
    try:
        result = CliRunner().invoke(
            cli, ["split", path, "-o", str(units), "--docs", str(docs), "-q", "--skip-errors"]
        )
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    digest = hashlib.sha256()
    for file in (units, docs):
        digest.update(file.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize("name", list(INPUTS))
def test_split_writes_what_it_wrote_before(name, tmp_path):
    where, path = INPUTS[name]
    if not (where / path).exists():
        pytest.skip(f"{where / path} is not available (../shared is absent)")
    assert split_digest(where, path, tmp_path) == DIGESTS[name]


if __name__ == "__main__":  # print the digests to paste above
    import tempfile

    for name, (where, path) in INPUTS.items():
        with tempfile.TemporaryDirectory() as scratch:
            print(f'    "{name}": "{split_digest(where, path, Path(scratch))}",')
