"""Imports run one way, top to bottom, and never in a circle.

    cli → the commands' library functions → studio / dataset / agreement / report
        → readers / segment / labelconfig / lsexport → model → errors, atomic writes

A module may import from its own layer or any layer below it, never above; and no chain of
imports leads back to where it started. Imports inside functions count (they are how a
layer would sneak upward unseen), and so do those under ``if TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "corpus"

# module or package -> its layer; the longest matching prefix decides
LAYERS = {
    # what everything may use: the exception base, the version, bounded reads, atomic writes
    "corpus.errors": 0,
    "corpus.version": 0,
    "corpus.bounded": 0,
    "corpus.files": 0,
    "corpus._fastsegment": 0,
    "corpus._fastjsonl": 0,
    # the records: documents and units, and the task data a unit becomes
    "corpus.model": 1,
    "corpus.taskdata": 1,
    # reading inputs and the files Label Studio writes
    "corpus.readers": 2,
    "corpus.segment": 2,
    "corpus.spans": 2,
    "corpus.gazetteer": 2,
    "corpus.labelconfig": 2,
    "corpus.lsexport": 2,
    "corpus.pseudonyms": 2,
    "corpus.validate": 2,  # an annotation's results checked against the config and the text
    # the work: agreement figures (which the dataset and the report show), the server
    "corpus.agreement": 3,
    "corpus.studio": 3,
    "corpus.dataset": 4,
    "corpus.report": 4,
    # the commands' library functions that join several of the above
    "corpus.split": 5,
    "corpus.status": 5,
    # the review project (`corpus review`) is studio's, reading its answers back the dataset's
    # the command line, and the package's public face
    "corpus.cli": 6,
    "corpus.__main__": 7,
}
PACKAGE_LAYER = 7  # corpus/__init__.py re-exports the library

KNOWN_CYCLES: set[frozenset[str]] = set()  # none may stay
SHARED_NAMES: dict[str, set[str]] = {}  # none may stay


def layer(module: str) -> int:
    if module == "corpus":
        return PACKAGE_LAYER
    parts = module.split(".")
    for n in range(len(parts), 1, -1):
        prefix = ".".join(parts[:n])
        if prefix in LAYERS:
            return LAYERS[prefix]
    raise AssertionError(f"{module} has no layer: add it to LAYERS")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(module: str) -> set[tuple[str, int]]:
    """(imported corpus module, line) for every import in the module, at any depth."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {(a.name, node.lineno) for a in node.names if a.name.startswith("corpus")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if not target.startswith("corpus"):
                continue
            for alias in node.names:  # `from . import model` imports the module corpus.model
                sub = f"{target}.{alias.name}"
                is_module = sub in MODULES or sub in {"corpus._fastsegment", "corpus._fastjsonl"}
                found.add((sub if is_module else target, node.lineno))
    return found


def test_every_module_has_a_layer():
    for module in MODULES:
        layer(module)


def test_no_import_runs_upward():
    upward = [
        f"{MODULES[m].relative_to(ROOT)}:{line}: {m} (layer {layer(m)}) imports {target} "
        f"(layer {layer(target)})"
        for m in MODULES
        for target, line in sorted(imports(m))
        if layer(target) > layer(m)
    ]
    assert not upward, "\n".join(upward)


def test_no_imports_run_in_a_circle():
    graph = {m: {t for t, _ in imports(m) if t in MODULES and t != m} for m in MODULES}
    # a package's __init__ re-exporting its modules is not a cycle with them
    for m in graph:
        graph[m] = {t for t in graph[m] if not m.startswith(t + ".")}
    cycles = [
        c for c in strongly_connected(graph) if len(c) > 1 and frozenset(c) not in KNOWN_CYCLES
    ]
    assert not cycles, "\n".join(" ↔ ".join(sorted(c)) for c in cycles)


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative (the module graph is small but recursion is no help)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                found.append(component)
    return found


def test_one_module_per_name():
    by_name: dict[str, list[str]] = {}
    for m in MODULES:
        by_name.setdefault(m.rsplit(".", 1)[-1], []).append(m)
    # a command's module in cli/ is named for the command, as the library module it calls is
    clashes = {
        name: ms
        for name, ms in by_name.items()
        if name != "__init__"
        and len([x for x in ms if not x.startswith("corpus.cli.")]) > 1
        and set(ms) != SHARED_NAMES.get(name)
    }
    assert not clashes, clashes
