"""`import corpus` gives the library's real functions and classes, cheaply."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import types

import corpus


def test_every_public_name_is_the_object_its_module_defines():
    for name in corpus.__all__:
        value = getattr(corpus, name)
        if name in ("__version__", "KINDS") or isinstance(value, types.ModuleType):
            continue
        home = importlib.import_module(value.__module__)
        assert value.__module__ != "corpus", name
        assert getattr(home, value.__name__) is value, name


def test_the_functions_keep_their_signatures():
    for name in corpus.__all__:
        value = getattr(corpus, name)
        if inspect.isfunction(value):
            kinds = {p.kind for p in inspect.signature(value).parameters.values()}
            assert inspect.Parameter.VAR_POSITIONAL not in kinds, name
    assert "project" in inspect.signature(corpus.pull).parameters
    assert "kinds" in inspect.signature(corpus.segment).parameters


def test_corpus_segment_is_the_module_and_calls_its_function():
    module = importlib.import_module("corpus.segment")
    assert corpus.segment is module
    doc = corpus.read_text("A title\n\nOne sentence. Another one.\n", doc_id="d", source="d.txt")
    assert corpus.segment(doc) == module.segment(doc)
    assert corpus.segment(doc, kinds=("sentence",)) == module.segment(doc, ("sentence",))


def test_importing_corpus_imports_neither_datasets_nor_trafilatura():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, corpus; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "datasets" not in loaded
    assert "trafilatura" not in loaded
    assert "corpus.split" not in loaded
