"""Gold labels from several annotators, derived in the open.

An adjudicator's answer (from a review project, ``corpus export --adjudicated``) wins outright;
then a ground-truth annotation. Otherwise each control is decided by its voters —
the submitted, not skipped, annotations of the unit: a single answer (one choice, a rating, a
number, a text) by plurality, a set of answers (spans, several choices, taxonomy paths) item
by item, an item being gold when more than half of the voters gave it. A tie leaves the gold
empty and names the control for review rather than picking a winner by accident. Drafts and
predictions never vote; skipped annotations never vote but stay in the ``annotations`` config.

Where a unit's gold comes from is said per unit (``Gold.source``): ``adjudicated``,
``ground_truth``, ``majority``, ``tie`` (a majority vote that left some control tied: see
``review``), ``single`` (one voter) or ``none`` (nobody voted). Soft labels always describe the
annotators' votes, whatever decided the gold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..labelconfig import Control

SET_KINDS = ("spans", "taxonomy")
SOURCES = ("adjudicated", "ground_truth", "majority", "tie", "single", "none")


@dataclass(frozen=True)
class Vote:
    """One voter: an annotator's valid answers per control."""

    annotator: str
    answers: dict[str, Any] = field(hash=False)
    ground_truth: bool = False


@dataclass(frozen=True)
class Gold:
    answers: dict[str, Any]  # control -> gold answer (None when there is none)
    source: str  # one of SOURCES
    review: tuple[str, ...]  # controls whose vote was tied
    soft: dict[str, Any]  # control -> share of voters per label (choices) or per span
    voters: int


def is_set_valued(control: Control) -> bool:
    return control.kind in SET_KINDS or (control.kind == "choices" and control.multiple)


def derive(
    votes: list[Vote], controls: tuple[Control, ...], adjudicated: dict[str, Any] | None = None
) -> Gold:
    """Gold answers for one unit from its voters (already stripped of skips and drafts).

    ``adjudicated`` is the adjudicator's answers per control for this unit, if it was
    adjudicated (a control they left empty is absent, and its gold is empty).
    """
    soft = {c.name: _soft(votes, c) for c in controls if c.kind in ("choices", "spans")}
    if adjudicated is not None:
        answers = {c.name: _as_gold(adjudicated.get(c.name), c) for c in controls}
        return Gold(answers, "adjudicated", (), soft, len(votes))
    for vote in votes:
        if vote.ground_truth:  # several ground truths: the first in the export wins
            answers = {c.name: _as_gold(vote.answers.get(c.name), c) for c in controls}
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
    source = "single" if len(votes) == 1 else "tie" if review else "majority"
    return Gold(answers, source, tuple(review), soft, len(votes))


def _decide(votes: list[Vote], control: Control) -> tuple[Any, bool]:
    name = control.name
    if control.kind == "other":
        return None, False
    counts: dict = {}
    if is_set_valued(control):
        for vote in votes:
            for item in set(_items(vote.answers.get(name), control)):
                counts[item] = counts.get(item, 0) + 1
        half = len(votes) / 2
        gold = sorted(item for item, n in counts.items() if n > half)
        tied = half in counts.values()
        return gold, tied
    for vote in votes:
        answer = vote.answers.get(name)
        if answer is not None:
            value = _single(answer, control)
            counts[value] = counts.get(value, 0) + 1
    if not counts:
        return None, False
    # the first value to reach the top count, as Counter.most_common would order them
    top, n = max(counts.items(), key=_count)
    if sum(1 for m in counts.values() if m == n) > 1:
        return None, True
    return top, False


def _count(item: tuple[Any, int]) -> int:
    return item[1]


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
