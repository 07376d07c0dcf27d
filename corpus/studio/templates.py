"""The labeling configs corpus ships, and the one place a push gets its config from.

Templates are XML files beside this module so that they can be read, diffed and copied into a
team's own config. Each shows the context an annotator needs read-only (the article title, the
units before and after, the comment a reply answers) from fields every pushed task carries.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from xml.sax.saxutils import quoteattr

from ..errors import CorpusError
from ..labelconfig import LabelConfig, parse_config
from ..taskdata import TASK_FIELDS

TEMPLATES = ("spans", "classify", "stance", "propaganda", "thread")
# templates whose labels come from --labels
NEEDS_LABELS = frozenset({"spans", "classify"})
# what a template is for when --kinds is not given
DEFAULT_KINDS = {"thread": ("comment",)}


class TemplateError(CorpusError):
    """A template was asked for with options it cannot take."""


def render(name: str, labels: Sequence[str] = (), *, multiple: bool = False) -> str:
    """The XML of a built-in template, with the user's labels filled in."""
    if name not in TEMPLATES:
        raise TemplateError(f"no template {name!r}; choose from {', '.join(TEMPLATES)}")
    labels = [label.strip() for label in labels if label.strip()]
    if name in NEEDS_LABELS and not labels:
        raise TemplateError(f"the {name} template needs --labels (comma-separated)")
    if name not in NEEDS_LABELS and labels:
        raise TemplateError(f"the {name} template has labels of its own; leave out --labels")
    if multiple and name != "classify":
        raise TemplateError("--multiple is for the classify template")
    duplicates = sorted({label for label in labels if labels.count(label) > 1})
    if duplicates:
        raise TemplateError(f"--labels lists {', '.join(duplicates)} twice")
    xml = resources.files(__package__).joinpath("templates", f"{name}.xml").read_text("utf-8")
    options = "\n".join(f"    <Label value={quoteattr(label)}/>" for label in labels)
    choices = "\n".join(f"    <Choice value={quoteattr(label)}/>" for label in labels)
    question = "Choose every label that fits:" if multiple else "Choose the label that fits:"
    return (
        xml.replace("{labels}", options)
        .replace("{choices}", choices)
        .replace("{choice}", "multiple" if multiple else "single")
        .replace("{question}", question)
    )


def load_config(xml: str) -> LabelConfig:
    """Parse a config and refuse it if it reads a field that pushed tasks do not have."""
    config = parse_config(xml)
    config.check_fields(TASK_FIELDS)
    return config
