"""Label Studio labeling configs, read before anything is sent to a server or typed into a dataset.

Label Studio accepts a config whose ``$field`` names no task has and shows annotators empty
panes; its own client-side parser does not even notice a ``toName`` that points nowhere. Pushing,
exporting and measuring agreement all need to know the same things about a config (which
controls exist, what kind of answer each gives, which labels it allows, which task fields it
reads), so they read it here, once, and fail with a message that names the element at fault.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .errors import CorpusError

# control tag -> the kind of answer it gives; tags not listed are kept as "other"
CONTROL_KINDS = {
    "Labels": "spans",
    "HyperTextLabels": "spans",
    "ParagraphLabels": "spans",
    "Choices": "choices",
    "TextArea": "text",
    "Rating": "rating",
    "Number": "number",
    "Taxonomy": "taxonomy",
    "Relations": "other",
    "Relation": "other",
    "DateTime": "other",
    "Ranker": "other",
    "Pairwise": "other",
}
# tags that show task data and can be the target of a control's toName
OBJECT_TAGS = frozenset(
    {
        "Text",
        "HyperText",
        "Paragraphs",
        "Image",
        "Audio",
        "AudioPlus",
        "Video",
        "Table",
        "TimeSeries",
        "List",
        "PDF",
    }
)
# the children that carry a control's options
_OPTION_TAGS = {"Label", "Choice"}
_FIELD = re.compile(r"^\$([A-Za-z_][\w]*)")


class ConfigError(CorpusError):
    """The labeling config cannot work: bad XML, a dangling toName, a field no task has."""


@dataclass(frozen=True)
class ObjectTag:
    """A tag that shows task data (``<Text name="text" value="$text"/>``)."""

    name: str
    tag: str
    value: str
    field: str | None  # the task-data field behind value, if value is a $reference


@dataclass(frozen=True)
class Control:
    """A tag an annotator answers with, and what its answers can be."""

    name: str
    tag: str
    to_name: tuple[str, ...]
    labels: tuple[str, ...]
    multiple: bool
    kind: str
    attrs: dict[str, str] = field(default_factory=dict, compare=False)
    # Taxonomy only: every path from a top-level choice down to a leaf or inner node
    paths: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class LabelConfig:
    """A parsed labeling config: its controls, its objects and the task fields it reads."""

    xml: str
    controls: tuple[Control, ...]
    objects: tuple[ObjectTag, ...]
    # every task-data field the config refers to, with the element that refers to it
    references: tuple[tuple[str, str], ...]
    instructions: str = ""

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.references)

    def control(self, name: str) -> Control:
        for control in self.controls:
            if control.name == name:
                return control
        raise ConfigError(f"the labeling config has no control named {name!r}")

    def check_fields(self, available: Iterable[str]) -> None:
        """Refuse a config that reads a field the tasks will not have."""
        have = set(available)
        for name, element in self.references:
            if name not in have:
                raise ConfigError(
                    f"labeling config: {element} reads ${name}, but the tasks have no field "
                    f"{name!r} (they have: {', '.join(sorted(have))})"
                )


def read_config(path: str | Path) -> LabelConfig:
    """A labeling config file, read with a size limit, parsed and checked: how every command
    that takes ``--config FILE`` reads it."""
    from .bounded import read_text

    return parse_config(read_text(path, "labeling config", error=ConfigError))


def parse_config(xml: str) -> LabelConfig:
    """Parse and check a labeling config; every problem names the element at fault."""
    if not xml or not xml.strip():
        raise ConfigError("the labeling config is empty")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        root = etree.fromstring(xml.strip().encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise ConfigError(f"the labeling config is not well-formed XML: {exc}") from exc
    if root.tag != "View":
        raise ConfigError(f"the labeling config must start with <View>, not <{root.tag}>")

    objects: list[ObjectTag] = []
    controls: list[Control] = []
    references: list[tuple[str, str]] = []
    names: dict[str, str] = {}
    for element in root.iter(etree.Element):
        tag = element.tag
        name = element.get("name")
        for attr, value in element.attrib.items():
            match = _FIELD.match(value.strip())
            if match:
                references.append((match.group(1), _describe(element, attr)))
        if name is not None and (tag in OBJECT_TAGS or tag in CONTROL_KINDS):
            if name in names:
                raise ConfigError(
                    f"labeling config: two elements are named {name!r} "
                    f"(<{names[name]}> and <{tag}>); names must be unique"
                )
            names[name] = tag
        if tag in OBJECT_TAGS:
            if not name:
                raise ConfigError(f"labeling config: <{tag}> has no name attribute")
            value = element.get("value", "")
            match = _FIELD.match(value.strip())
            objects.append(ObjectTag(name, tag, value, match.group(1) if match else None))
        elif tag in CONTROL_KINDS:
            controls.append(_control(element))

    object_names = {o.name for o in objects}
    for control in controls:
        for target in control.to_name:
            if target not in object_names:
                raise ConfigError(
                    f'labeling config: <{control.tag} name="{control.name}"> has '
                    f'toName="{target}", but no object is named {target!r} '
                    f"(objects: {', '.join(sorted(object_names)) or 'none'})"
                )
    if not controls:
        raise ConfigError("labeling config: no control tag (Labels, Choices, TextArea, ...)")
    return LabelConfig(
        xml=xml,
        controls=tuple(controls),
        objects=tuple(objects),
        references=tuple(references),
        instructions=_instructions(root),
    )


def _control(element) -> Control:
    tag = element.tag
    name = element.get("name")
    if not name:
        raise ConfigError(f"labeling config: <{tag}> has no name attribute")
    to_name = tuple(t.strip() for t in element.get("toName", "").split(",") if t.strip())
    if not to_name:
        raise ConfigError(f'labeling config: <{tag} name="{name}"> has no toName attribute')
    kind = CONTROL_KINDS[tag]
    paths: tuple[tuple[str, ...], ...] = ()
    if tag == "Taxonomy":
        paths = tuple(_taxonomy_paths(element, ()))
        labels = tuple(" / ".join(p) for p in paths)
    else:
        labels = tuple(
            option.get("value") or option.get("alias") or (option.text or "").strip()
            for option in element
            if isinstance(option.tag, str) and option.tag in _OPTION_TAGS
        )
    dynamic = bool(element.get("value", "").startswith("$"))
    if kind in ("spans", "choices") and not labels and not dynamic:
        raise ConfigError(f'labeling config: <{tag} name="{name}"> offers no labels')
    duplicates = sorted({label for label in labels if labels.count(label) > 1})
    if duplicates:
        raise ConfigError(
            f'labeling config: <{tag} name="{name}"> lists {", ".join(duplicates)} twice'
        )
    if kind == "choices":
        multiple = element.get("choice", "single") == "multiple"
    else:
        multiple = kind in ("spans", "taxonomy")
    return Control(
        name=name,
        tag=tag,
        to_name=to_name,
        labels=labels,
        multiple=multiple,
        kind=kind,
        attrs=dict(element.attrib),
        paths=paths,
    )


def _taxonomy_paths(element, prefix: tuple[str, ...]):
    for child in element:
        if isinstance(child.tag, str) and child.tag == "Choice":
            path = (*prefix, child.get("value") or child.get("alias") or "")
            yield path
            yield from _taxonomy_paths(child, path)


def _instructions(root) -> str:
    """The text a config shows annotators (Header values that are not $fields), in order."""
    lines = []
    for element in root.iter("Header"):
        value = element.get("value", "")
        if value and not value.startswith("$"):
            lines.append(value.strip())
    return "\n".join(lines)


def _describe(element, attr: str) -> str:
    name = element.get("name")
    return f'<{element.tag} name="{name}">' if name else f"<{element.tag} {attr}=...>"
