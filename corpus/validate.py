"""Results checked against the labeling config and the task text: kept, or excluded with a reason.

Label Studio stores whatever it is sent (unknown labels, spans past the end of the text), so a
dataset built from an export is only as good as this check. A result is never silently kept or
dropped: what fails is excluded and counted by reason, with examples. One tolerance: when a
span's ``value.text`` differs from the text at its offsets only by whitespace (the editor trims
and collapses it), the offsets win and the drift is counted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from .labelconfig import Control, LabelConfig
from .lsexport import Annotation, Result

# the kind of answer each result type gives, as labelconfig names control kinds
RESULT_KINDS = {
    "labels": "spans",
    "hypertextlabels": "spans",
    "paragraphlabels": "spans",
    "choices": "choices",
    "textarea": "text",
    "rating": "rating",
    "number": "number",
    "taxonomy": "taxonomy",
}
REASONS = {
    "unknown-control": "names a control the labeling config does not have",
    "wrong-type": "has a type its control does not give",
    "unknown-label": "has a label the labeling config does not offer",
    "offsets-outside-text": "has offsets outside the text",
    "text-mismatch": "has value.text that differs from the text at its offsets",
    "several-choices": "has several choices for a single-choice control",
    "not-a-number": "has a rating or number that is not a number",
    "empty": "has no answer",
}
EXAMPLES_KEPT = 20
_SQUASH = re.compile(r"\s+|\\n")


@dataclass(frozen=True)
class Exclusion:
    task_id: int
    annotation_id: int | None
    kind: str  # annotation, draft, prediction
    control: str
    reason: str  # a key of REASONS
    detail: str


@dataclass
class Checks:
    """Running totals over a whole export, for the report, the manifest and the card."""

    results: int = 0
    kept: int = 0
    whitespace_drift: int = 0
    excluded: Counter = field(default_factory=Counter)  # (control, reason) -> count
    examples: list[Exclusion] = field(default_factory=list)

    def exclude(self, ann: Annotation, result: Result, reason: str, detail: str) -> None:
        self.excluded[(result.from_name or result.type, reason)] += 1
        if len(self.examples) < EXAMPLES_KEPT:
            self.examples.append(
                Exclusion(ann.task_id, ann.id, ann.kind, result.from_name, reason, detail)
            )

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())


def check_annotation(
    ann: Annotation, config: LabelConfig, texts: dict[str, str], checks: Checks
) -> tuple[dict[str, Any], list[str]]:
    """The annotation's valid answers per control, and a line per excluded result.

    Answers: spans → list of ``(start, end, label)``; choices → list of labels; text → list of
    strings; rating / number → a number; taxonomy → list of label paths (tuples).
    ``texts`` maps each object name to the task text it shows. To check many annotations
    against one config, make a :class:`Validator` once.
    """
    return Validator(config).check(ann, texts, checks)


class Validator:
    """Checks results against one labeling config; what the config says is looked up once."""

    def __init__(self, config: LabelConfig):
        self.controls = {c.name: c for c in config.controls}
        self.labels = {c.name: frozenset(c.labels) for c in config.controls}
        self.paths = {c.name: frozenset(c.paths) for c in config.controls}

    def check(
        self, ann: Annotation, texts: dict[str, str], checks: Checks
    ) -> tuple[dict[str, Any], list[str]]:
        """See :func:`check_annotation`."""
        answers: dict[str, Any] = {}
        problems: list[str] = []
        for result in ann.results:
            checks.results += 1
            control = self.controls.get(result.from_name)
            verdict = self._check(result, control, texts, checks)
            if type(verdict) is tuple:
                reason, detail = verdict
                checks.exclude(ann, result, reason, detail)
                problems.append(f"{result.from_name or result.type}: {REASONS[reason]} ({detail})")
                continue
            checks.kept += 1
            assert control is not None
            _add(answers, control, verdict)
        return answers, problems

    def _check(self, result: Result, control: Control | None, texts, checks: Checks):
        """The result's answer, or ``(reason, detail)`` when it must be excluded.

        Where the result belongs is checked before what it says: an answer is only read as
        the kind of answer its control gives.
        """
        misplaced = _misplaced(result, control)
        if misplaced is not None:
            return misplaced
        assert control is not None
        kind = control.kind
        if kind == "spans":
            return self._check_span(result, control, texts, checks)
        if kind == "other":
            return dict(result.value)
        if kind == "choices":
            return self._check_choices(result.answer, control)
        if kind == "taxonomy":
            return self._check_taxonomy(result.answer, control)
        if kind == "text":
            return _check_text(result.answer)
        return _check_number(result.answer)  # rating, number

    def _check_choices(self, answer, control: Control):
        """Choices as a list of labels: each one the config offers (a config that lists none,
        as with choices filled in from the task, takes any), and one only where the control
        takes one, or a single-choice answer would count for two."""
        chosen = [str(a) for a in answer] if isinstance(answer, list) else []
        if not chosen:
            return "empty", "no choice"
        known = self.labels[control.name]
        bad = [c for c in chosen if known and c not in known]
        if bad:
            return "unknown-label", ", ".join(bad)
        if len(chosen) > 1 and not control.multiple:
            return "several-choices", ", ".join(chosen)
        return chosen

    def _check_taxonomy(self, answer, control: Control):
        """Taxonomy paths as tuples of labels, each a path the config offers (when it lists
        them): a path it does not have is from another config, or a typo."""
        if not isinstance(answer, (list, tuple)):
            return "empty", "no path"  # a hostile export's {"taxonomy": true}
        paths = [tuple(str(p) for p in a) for a in answer if isinstance(a, list)]
        if not paths:
            return "empty", "no path"
        known_paths = self.paths[control.name]
        bad = [" / ".join(p) for p in paths if known_paths and p not in known_paths]
        if bad:
            return "unknown-label", ", ".join(bad)
        return paths

    def _check_span(self, result: Result, control: Control, texts, checks: Checks):
        """A span as ``(start, end, label)`` per label: labels first, since a span without a
        known label says nothing whatever its offsets, then the offsets against the text."""
        labels = result.labels
        if not labels:
            return "empty", "no label"
        known = self.labels[control.name]
        if known:
            bad = [label for label in labels if label not in known]
            if bad:
                return "unknown-label", ", ".join(bad)
        text = _span_text(result, control, texts)
        placed = _check_offsets(result, text, checks)
        if placed is not None:
            return placed
        return [(result.start, result.end, label) for label in labels]


def _misplaced(result: Result, control: Control | None) -> tuple[str, str] | None:
    """Why a result cannot be read as its control's answer (a control the config does not
    have, or a result type that control does not give); None when it can."""
    if control is None:
        return "unknown-control", result.from_name or result.type
    if RESULT_KINDS.get(result.type, "other") != control.kind:
        return "wrong-type", f"{result.type} for <{control.tag}>"
    return None


def _check_text(answer):
    """Free text as a list of strings, whether it came as one string or several, so the
    dataset holds one shape; nothing written is no answer."""
    texts_given = [answer] if isinstance(answer, str) else answer
    if not isinstance(texts_given, list) or not texts_given:
        return "empty", "no text"
    return [str(t) for t in texts_given]


def _check_number(answer):
    """A rating or number as given, if it is one: ``True`` is an int to Python, not a rating."""
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        return "not-a-number", repr(answer)
    return answer


def _span_text(result: Result, control: Control, texts: dict[str, str]) -> str | None:
    """The text a span points into: the object it names, else its control's first target,
    else the task's only text, so a result that names no object still finds its text."""
    target = result.to_name or (control.to_name[0] if control.to_name else "")
    text = texts.get(target)
    if text is None and len(texts) == 1:
        text = next(iter(texts.values()))
    return text


def _check_offsets(result: Result, text: str | None, checks: Checks) -> tuple[str, str] | None:
    """Why a span's offsets cannot be trusted, or None. Offsets are the record: they must lie
    inside the text, and ``value.text`` must be what they point at; a difference only in
    whitespace (the editor trims and collapses it) is counted, not excluded."""
    start, end = result.start, result.end
    if text is None or start is None or end is None or not 0 <= start < end <= len(text):
        size = "no text" if text is None else f"text of {len(text)}"
        return (
            "offsets-outside-text",
            f"{result.value.get('start')}-{result.value.get('end')}, {size}",
        )
    found = text[start:end]
    recorded = result.text
    if recorded is not None and recorded != found:
        if _SQUASH.sub("", recorded) != _SQUASH.sub("", found):
            return "text-mismatch", f"{recorded!r} at {start}-{end} is {found!r}"
        checks.whitespace_drift += 1
    return None


def _add(answers: dict[str, Any], control: Control, verdict: Any) -> None:
    name = control.name
    if control.kind in ("rating", "number"):
        answers.setdefault(name, verdict)  # one answer per control; a second one is ignored
    elif control.kind == "other":
        answers.setdefault(name, []).append(verdict)
    else:
        answers.setdefault(name, []).extend(verdict)


def comparable(kind: str, answer: Any) -> Hashable:
    """An answer as it compares with another: spans as a set (their order aside)."""
    if kind == "spans":
        return tuple(sorted(set(answer or ()), key=repr))
    return answer
