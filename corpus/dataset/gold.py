"""Gold labels from several annotators, derived in the open.

A ground-truth annotation wins outright. Otherwise each control is decided by its voters —
the submitted, not skipped, annotations of the unit: a single answer (one choice, a rating, a
number, a text) by plurality, a set of answers (spans, several choices, taxonomy paths) item
by item, an item being gold when more than half of the voters gave it. A tie leaves the gold
empty and names the control for review rather than picking a winner by accident. Drafts and
predictions never vote; skipped annotations never vote but stay in the ``annotations`` config.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..labelconfig import Control

SET_KINDS = ("spans", "taxonomy")


@dataclass(frozen=True)
class Vote:
    """One voter: an annotator's valid answers per control."""

    annotator: str
    answers: dict[str, Any] = field(hash=False)
    ground_truth: bool = False


@dataclass(frozen=True)
class Gold:
    answers: dict[str, Any]  # control -> gold answer (None when there is none)
    source: str  # ground_truth | majority | single | none
    review: tuple[str, ...]  # controls whose vote was tied
    soft: dict[str, Any]  # control -> share of voters per label (choices) or per span
    voters: int


def is_set_valued(control: Control) -> bool:
    return control.kind in SET_KINDS or (control.kind == "choices" and control.multiple)


def derive(votes: list[Vote], controls: tuple[Control, ...]) -> Gold:
    """Gold answers for one unit from its voters (already stripped of skips and drafts)."""
    soft = {c.name: _soft(votes, c) for c in controls if c.kind in ("choices", "spans")}
    truth = [v for v in votes if v.ground_truth]
    if truth:
        chosen = truth[0]  # several ground truths: the first in the export wins
        answers = {c.name: _as_gold(chosen.answers.get(c.name), c) for c in controls}
        return Gold(answers, "ground_truth", (), soft, len(votes))
    if not votes:
        return Gold({c.name: None for c in controls}, "none", (), soft, 0)
    answers: dict[str, Any] = {}
    review: list[str] = []
    for control in controls:
        value, tied = _decide(votes, control)
        answers[control.name] = value
        if tied:
            review.append(control.name)
    return Gold(
        answers, "single" if len(votes) == 1 else "majority", tuple(review), soft, len(votes)
    )


def _decide(votes: list[Vote], control: Control) -> tuple[Any, bool]:
    name = control.name
    if control.kind == "other":
        return None, False
    if is_set_valued(control):
        counts: Counter = Counter()
        for vote in votes:
            counts.update(set(_items(vote.answers.get(name), control)))
        half = len(votes) / 2
        gold = sorted(item for item, n in counts.items() if n > half)
        tied = any(n == half for n in counts.values())
        return gold, tied
    counts = Counter(
        _single(vote.answers[name], control) for vote in votes if vote.answers.get(name) is not None
    )
    if not counts:
        return None, False
    (top, n), *rest = counts.most_common()
    if rest and rest[0][1] == n:
        return None, True
    return top, False


def _items(answer: Any, control: Control) -> list:
    if answer is None:
        return []
    if control.kind == "taxonomy":
        return [tuple(p) for p in answer]
    return list(answer)


def _single(answer: Any, control: Control) -> Any:
    """A hashable single answer: the first choice, the text lines joined, the number."""
    if control.kind == "choices":
        return answer[0] if answer else None
    if control.kind == "text":
        return "\n".join(answer)
    return answer


def _as_gold(answer: Any, control: Control) -> Any:
    if answer is None:
        return [] if is_set_valued(control) else None
    if is_set_valued(control):
        return sorted(set(_items(answer, control)))
    if control.kind == "other":
        return None
    return _single(answer, control)


def _soft(votes: list[Vote], control: Control) -> Any:
    """Share of voters per label (choices, in config order) or per distinct span."""
    if not votes:
        return [] if control.kind == "spans" else [0.0] * len(control.labels)
    counts: dict = {}
    for vote in votes:
        for item in set(_items(vote.answers.get(control.name), control)):
            counts[item] = counts.get(item, 0) + 1
    if control.kind == "spans":
        return [(item, n / len(votes)) for item, n in sorted(counts.items())]
    return [counts.get(label, 0) / len(votes) for label in control.labels]
