"""The sdist is what a user installs: built from the tree, into a fresh virtualenv, it runs.

The compiled modules are speed-ups with pure-Python definitions beside them, so the sdist
installs with a C compiler (the modules built) and without one (the modules left out), and
`corpus split` writes the same bytes either way: the digest pinned in test_output_digest.

The fresh virtualenv sees this one's site-packages after its own (a .pth file), so the
dependencies and the build tools (setuptools, Cython) come from here and nothing is
downloaded; corpus itself comes only from the sdist (`--no-deps`).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import sysconfig
import tarfile
import venv
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_output_digest import DIGESTS

COMPILED = ("corpus._fastsegment", "corpus._fastjsonl")


@pytest.fixture(scope="module")
def sdist(tmp_path_factory) -> Path:
    pytest.importorskip("build")
    pytest.importorskip("Cython")
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(out)], ROOT)
    (built,) = out.glob("corpus-*.tar.gz")
    return built


def test_the_sdist_carries_the_sources_and_data_and_nothing_built(sdist):
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    for needed in (
        "setup.py",
        "pyproject.toml",
        "README.md",
        "corpus/_fastsegment.pyx",
        "corpus/_fastjsonl.pyx",
        "corpus/abbreviations.yml",
        "corpus/readers/rules/en.yml",
        "corpus/report.css",
        "corpus/studio/templates/spans.xml",
        "corpus/py.typed",
    ):
        assert needed in names, needed
    assert not [n for n in names if n.endswith(".so")]


@pytest.mark.parametrize("compiler", [True, False], ids=["with-a-compiler", "without-one"])
def test_the_sdist_installs_in_a_fresh_venv_and_splits_the_examples(sdist, compiler, tmp_path):
    python = fresh_venv(tmp_path / "venv")
    env = dict(os.environ)
    if not compiler:
        env["CC"] = env["LDSHARED"] = "/bin/false"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
    run([*pip, "--no-deps", "--no-build-isolation", "--no-cache-dir", str(sdist)], tmp_path, env)

    where = run([str(python), "-c", "import corpus; print(corpus.__file__)"], tmp_path)
    assert where.startswith(str(tmp_path / "venv")), where
    probe = f"import importlib.util as u; print(all(u.find_spec(m) for m in {COMPILED!r}))"
    assert run([str(python), "-c", probe], tmp_path) == str(compiler)

    units, docs = tmp_path / "units.jsonl", tmp_path / "docs.jsonl"
    corpus = python.parent / "corpus"
    run([str(corpus), "split", "examples", "-o", str(units), "--docs", str(docs), "-q"], ROOT)
    digest = hashlib.sha256(units.read_bytes() + docs.read_bytes()).hexdigest()
    assert digest == DIGESTS["examples"]


def fresh_venv(folder: Path) -> Path:
    """A virtualenv without pip (this one's pip installs into it) that falls back on this
    one's site-packages for everything the sdist does not bring."""
    venv.create(folder, with_pip=False)
    python = folder / "bin" / "python"
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    (Path(purelib) / "_dev_site.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def run(command: list[str], cwd: Path | None = None, env: dict | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout.strip()
