"""A labeling config guessed from the results, for exports that come without one.

Exports made in the Label Studio UI rarely travel with their config, but typed features need
one. The results say most of it: each ``from_name`` is a control, its ``type`` the tag, the
labels seen are its labels. What they cannot say is written into ``InferredConfig.notes`` so
the card and the command can say it too: labels nobody used are missing, label order is
alphabetical, and a JSON_MIN single answer could have been a choice or a one-line text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from ..labelconfig import LabelConfig, parse_config
from ..lsexport import Task

# result type -> labeling-config tag
TAGS = {
    "labels": "Labels",
    "hypertextlabels": "HyperTextLabels",
    "paragraphlabels": "ParagraphLabels",
    "choices": "Choices",
    "textarea": "TextArea",
    "rating": "Rating",
    "number": "Number",
    "taxonomy": "Taxonomy",
}
_OBJECT_FOR = {"hypertextlabels": "HyperText", "paragraphlabels": "Paragraphs"}


@dataclass(frozen=True)
class InferredConfig:
    config: LabelConfig
    notes: tuple[str, ...]


class _Seen:
    def __init__(self, rtype: str, to_name: str):
        self.type = rtype
        self.to_name = to_name
        self.labels: set[str] = set()
        self.paths: set[tuple[str, ...]] = set()
        self.most = 0  # most answers in one result (several choices -> choice="multiple")
        self.top = 0  # highest rating seen
        self.fractional = False


def infer_config(tasks: Iterable[Task]) -> InferredConfig:
    """One pass over the tasks; a config that ``parse_config`` accepts, and what was guessed."""
    seen: dict[str, _Seen] = {}
    skipped: dict[str, int] = {}
    fields: dict[str, list[int]] = {}
    for task in tasks:
        for key, value in task.data.items():
            if isinstance(value, str):
                stat = fields.setdefault(key, [0, 0])
                stat[0] += 1
                stat[1] += len(value)
        for ann in task.all_annotations:
            for result in ann.results:
                if result.type not in TAGS or not result.from_name:
                    skipped[result.type or "untyped"] = skipped.get(result.type or "untyped", 0) + 1
                    continue
                entry = seen.setdefault(result.from_name, _Seen(result.type, result.to_name))
                _learn(entry, result)
    if not seen:
        from ..labelconfig import ConfigError

        raise ConfigError(
            "no labeling config given and none can be inferred: the export has no results; "
            "pass --config"
        )
    field = _text_field(fields, {s.to_name for s in seen.values()})
    notes = [
        "no labeling config was given: it was inferred from the results (labels nobody used "
        "are missing; labels are in alphabetical order)",
        f"the unit text is the task field {field!r}",
    ]
    notes += [
        f"{n} {kind} results have no control to infer and are left out"
        for kind, n in skipped.items()
    ]
    root = etree.Element("View")
    objects: dict[str, str] = {}
    for entry in seen.values():
        name = entry.to_name or "text"
        objects.setdefault(name, _OBJECT_FOR.get(entry.type, "Text"))
    for name, tag in objects.items():
        etree.SubElement(root, tag, name=name, value=f"${field}")
    for name, entry in seen.items():
        attrs = {"name": name, "toName": entry.to_name or "text"}
        tag = TAGS[entry.type]
        if entry.type == "choices":
            attrs["choice"] = "multiple" if entry.most > 1 else "single"
        if entry.type == "rating":
            attrs["maxRating"] = str(max(entry.top, 1))
        if entry.type == "number" and entry.fractional:
            attrs["step"] = "0.01"
        element = etree.SubElement(root, tag, **attrs)
        if entry.type == "taxonomy":
            _taxonomy(element, sorted(entry.paths))
        elif entry.type in ("labels", "hypertextlabels", "paragraphlabels", "choices"):
            child = "Choice" if entry.type == "choices" else "Label"
            for label in sorted(entry.labels):
                etree.SubElement(element, child, value=label)
    etree.indent(root, space="  ")
    xml = etree.tostring(root, encoding="unicode")
    return InferredConfig(parse_config(xml), tuple(notes))


def _learn(entry: _Seen, result) -> None:
    answer = result.answer
    if entry.type == "taxonomy":
        for path in answer or ():
            if isinstance(path, list):
                entry.paths.add(tuple(str(p) for p in path))
    elif entry.type in ("rating", "number"):
        if isinstance(answer, int | float) and not isinstance(answer, bool):
            entry.top = max(entry.top, int(answer))
            entry.fractional = entry.fractional or float(answer) != int(answer)
    elif isinstance(answer, list):
        if entry.type != "textarea":
            entry.labels.update(str(a) for a in answer)
        entry.most = max(entry.most, len(answer))


def _text_field(fields: dict[str, list[int]], to_names: set[str]) -> str:
    """The task field the results point at: the object's name, ``text``, else the longest."""
    for name in sorted(n for n in to_names if n):
        if name in fields:
            return name
    if "text" in fields:
        return "text"
    if not fields:
        return "text"
    return max(fields, key=lambda k: (fields[k][1] / fields[k][0], k))


def _taxonomy(element, paths: list[tuple[str, ...]]) -> None:
    nodes: dict[tuple[str, ...], etree._Element] = {(): element}
    for path in paths:
        for depth in range(1, len(path) + 1):
            prefix = path[:depth]
            if prefix not in nodes:
                nodes[prefix] = etree.SubElement(nodes[prefix[:-1]], "Choice", value=prefix[-1])
