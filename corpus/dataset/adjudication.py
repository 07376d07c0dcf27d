"""A review project's export read back: for each adjudicated unit, the answer that is its gold.

`corpus review` (:mod:`corpus.studio.review`) sends disputed units to a review project; this
module reads an export of that project for ``corpus export --adjudicated``. The winner on a
review task is its ground-truth annotation if it has one, else its latest submitted, not
skipped one; answers come in the form :func:`corpus.validate.check_annotation` gives (spans as
``(start, end, label)`` tuples, choices as label lists, ...), and each adjudication records
which annotators' versions it agrees with.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..labelconfig import LabelConfig, parse_config
from ..lsexport import Annotation, ExportError, Task, open_export, result_from_json
from ..validate import Checks, check_annotation, comparable
from .infer import infer_config


@dataclass(frozen=True)
class Adjudication:
    """The adjudicator's word on one unit."""

    unit_id: str
    task_id: int  # the review task
    source_task: int | None  # the task of the original project
    annotation_id: int | None
    answers: dict[str, Any] = field(hash=False)  # control -> answer (see check_annotation)
    ground_truth: bool = False
    # the prediction (annotator_N) the adjudicator started from, in a review project an older
    # corpus made with the versions as predictions
    based_on: str | None = None
    # the versions (pseudonyms) the adjudicator's answer equals on every control; () when it
    # equals none of them (their own answer, or an edit of one)
    chose: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()  # results left out as invalid, one line each


@dataclass(frozen=True)
class Adjudications:
    """Everything read from a review export: the adjudicated units and the ones still open."""

    units: dict[str, Adjudication]
    pending: tuple[str, ...]  # unit ids of review tasks nobody has submitted yet
    tasks: int

    @property
    def gold(self) -> dict[str, dict[str, Any]]:
        return {unit_id: a.answers for unit_id, a in self.units.items()}

    @property
    def chosen(self) -> dict[str, tuple[str, ...]]:
        """unit id → the versions the adjudicator's answer equals (() for an answer of their own)."""
        return {unit_id: a.chose for unit_id, a in self.units.items()}


def adjudications(
    review_export_path: str | Path, config: LabelConfig | str | None = None
) -> Adjudications:
    """Read a review project's export: for each unit, the annotation that is its gold.

    The winner on a task is its ground-truth annotation if it has one, else its latest
    submitted, not skipped one (by ``updated_at``, then id); drafts and predictions never
    win. Results are checked against ``config`` (a :class:`LabelConfig` or its XML; inferred
    from the export when not given) and the task's text, as ``corpus export`` checks them;
    an invalid one is left out and named in ``Adjudication.excluded``.
    """
    if isinstance(config, str):
        config = parse_config(config)
    export = open_export(review_export_path, config)
    if config is None:
        config = infer_config(export).config
    objects = [(o.name, o.field) for o in config.objects if o.field]
    units: dict[str, Adjudication] = {}
    pending: list[str] = []
    tasks = 0
    for task in export:
        tasks += 1
        unit_id = str(task.data.get("unit_id") or task.id)
        winner = _winner(task.annotations)
        if winner is None:
            pending.append(unit_id)
            continue
        texts = {
            name: task.data[key] for name, key in objects if isinstance(task.data.get(key), str)
        }
        answers, problems = check_annotation(winner, config, texts, Checks())
        based_on = next((p.model_version for p in task.predictions if p.id == winner.parent), None)
        kinds = {c.name: c.kind for c in config.controls}
        final = _answer_key(answers, kinds)
        chose = tuple(
            sorted(
                name
                for name, version in _versions(task).items()
                if _answer_key(check_annotation(version, config, texts, Checks())[0], kinds)
                == final
            )
        )
        source = task.data.get("review_of_task")
        units[unit_id] = Adjudication(
            unit_id=unit_id,
            task_id=task.id,
            source_task=source if isinstance(source, int) else None,
            annotation_id=winner.id,
            answers=answers,
            ground_truth=winner.ground_truth,
            based_on=based_on,
            chose=chose,
            excluded=tuple(problems),
        )
    return Adjudications(units, tuple(pending), tasks)


def adjudicated(
    review_export_path: str | Path, config: LabelConfig | str | None = None
) -> dict[str, dict[str, Any]]:
    """unit_id → {control: answer}: the adjudicator's labels, to be used as gold.

    Answers have the form ``corpus.validate.check_annotation`` gives: spans →
    ``[(start, end, label), ...]``, choices → ``[label, ...]``, text → ``[str, ...]``,
    rating / number → a number, taxonomy → ``[path tuple, ...]``; a control the adjudicator
    left empty is absent. Units nobody has adjudicated yet are absent too
    (:func:`adjudications` lists them as ``pending``).
    """
    return adjudications(review_export_path, config).gold


def _versions(task: Task) -> dict[str, Annotation]:
    """The annotators' versions a review task holds, by pseudonym: in its data, or as the
    predictions an older corpus sent."""
    found = {p.model_version: p for p in task.predictions if p.model_version}
    held = task.data.get("review_answers")
    if isinstance(held, dict):
        for name, results in held.items():
            if isinstance(results, list):
                parsed = []
                for raw in results:
                    try:
                        parsed.append(result_from_json(raw))
                    except ExportError:
                        continue  # a result nobody could have made; it matches nothing
                found[str(name)] = Annotation(None, task.id, "prediction", None, tuple(parsed))
    return found


def _answer_key(answers: dict[str, Any], kinds: dict[str, str]) -> Hashable:
    """Answers in a form that compares equal when they say the same (span order aside)."""
    return tuple(
        sorted(
            (name, repr(comparable(kinds.get(name, ""), answer)))
            for name, answer in answers.items()
        )
    )


def _winner(annotations: Iterable[Annotation]) -> Annotation | None:
    submitted = [a for a in annotations if a.kind == "annotation" and not a.was_cancelled]
    if not submitted:
        return None
    return max(
        submitted,
        key=lambda a: (a.ground_truth, a.updated_at or a.created_at or "", a.id or 0),
    )
