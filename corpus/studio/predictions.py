"""Pre-annotations, checked against the labeling config and the unit text before they are sent.

Label Studio stores a prediction whose label its config does not offer, or whose offsets run
past the text, and then shows annotators nothing, or the wrong words. So every prediction is
built here from a unit's own text and refused, naming the unit, if it cannot be right.

A predictions file is JSON Lines, one object per unit::

    {"unit_id": "...", "model": "ner-v2", "score": 0.8,
     "spans": [{"start": 0, "end": 5, "label": "PER", "score": 0.9}]}
    {"unit_id": "...", "model": "stance-v1", "label": "favor"}      # or "labels": [...]

``control`` may name the config's control when it has more than one of the kind needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import bounded
from ..errors import InputError
from ..labelconfig import Control, LabelConfig


class PredictionError(InputError):
    """A prediction that cannot be right for its unit or for the project's config."""


@dataclass(frozen=True)
class Prediction:
    """One model's pre-annotation of one unit, as Label Studio stores it."""

    unit_id: str
    model_version: str
    score: float | None
    result: tuple[dict, ...]

    def to_api(self, task_id: int | None = None) -> dict:
        body: dict = {"model_version": self.model_version, "result": list(self.result)}
        if self.score is not None:
            body["score"] = self.score
        if task_id is not None:
            body["task"] = task_id
        return body


def read_predictions(path: Path | str) -> Iterator[dict]:
    """The raw records of a predictions file, with a clear error for a line that is not one
    (each line sized and depth-checked before it is parsed: see ``corpus.bounded``)."""
    for number, line in bounded.lines(path, PredictionError):
        record = bounded.loads(line, f"{path}:{number}", PredictionError)
        if not isinstance(record, dict) or "unit_id" not in record:
            raise PredictionError(f"{path}:{number}: a prediction needs a unit_id")
        if not any(k in record for k in ("spans", "label", "labels")):
            raise PredictionError(f"{path}:{number}: a prediction needs spans, label or labels")
        record["_where"] = f"{path}:{number}"
        yield record


def build(record: dict, text: str, config: LabelConfig) -> Prediction:
    """A checked prediction for a unit whose text is ``text``."""
    unit_id = str(record["unit_id"])
    where = record.get("_where", f"unit {unit_id}")
    model = str(record.get("model") or record.get("model_version") or "predictions")
    score = _score(record.get("score"), where)
    result: list[dict] = []
    if "spans" in record:
        control = _control(config, "spans", record.get("control"), where)
        spans = record["spans"]
        if not isinstance(spans, list):
            raise PredictionError(f"{where}: unit {unit_id}: spans must be a list")
        for span in spans:
            result.append(_span_result(span, text, control, unit_id, where))
    labels = record.get("labels", [record["label"]] if "label" in record else None)
    if labels is not None:
        control = _control(config, "choices", record.get("control"), where)
        labels = [labels] if isinstance(labels, str) else list(labels)
        for label in labels:
            _known(label, control, unit_id, where)
        if len(labels) > 1 and not control.multiple:
            raise PredictionError(
                f"{where}: unit {unit_id}: {len(labels)} labels for the single-choice "
                f"control {control.name!r}"
            )
        result.append(
            {
                "from_name": control.name,
                "to_name": control.to_name[0],
                "type": "choices",
                "value": {"choices": labels},
            }
        )
    return Prediction(unit_id, model, score, tuple(result))


def from_matches(unit_id: str, matches: Iterable, config: LabelConfig, version: str, text: str):
    """A gazetteer's matches on one unit as a prediction; None when nothing matched."""
    spans = [{"start": m.start, "end": m.end, "label": m.label} for m in matches]
    if not spans:
        return None
    return build({"unit_id": unit_id, "model": version, "spans": spans}, text, config)


def _span_result(span, text: str, control: Control, unit_id: str, where: str) -> dict:
    try:
        start, end, label = span["start"], span["end"], span["label"]
    except (KeyError, TypeError) as exc:
        raise PredictionError(
            f"{where}: unit {unit_id}: a span needs integer start, end and a label"
        ) from exc
    # int() would turn 0.5 into 0 and "3" into 3: a span that moved, silently
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise PredictionError(
            f"{where}: unit {unit_id}: span offsets must be integers (code points), "
            f"not {start!r} and {end!r}"
        )
    if not 0 <= start < end <= len(text):
        raise PredictionError(
            f"{where}: unit {unit_id}: span {start}-{end} falls outside its text "
            f"({len(text)} characters)"
        )
    if "text" in span and span["text"] != text[start:end]:
        raise PredictionError(
            f"{where}: unit {unit_id}: span {start}-{end} says {span['text']!r} but the unit "
            f"has {text[start:end]!r} there"
        )
    _known(label, control, unit_id, where)
    result = {
        "from_name": control.name,
        "to_name": control.to_name[0],
        "type": control.tag.lower(),
        "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
    }
    if span.get("score") is not None:
        result["score"] = _score(span["score"], where)
    return result


def _control(config: LabelConfig, kind: str, name, where: str) -> Control:
    candidates = [c for c in config.controls if c.kind == kind]
    if name is not None:
        candidates = [c for c in candidates if c.name == name]
        if not candidates:
            raise PredictionError(f"{where}: the labeling config has no {kind} control {name!r}")
    if not candidates:
        raise PredictionError(f"{where}: the labeling config has no {kind} control to predict")
    if len(candidates) > 1:
        names = ", ".join(c.name for c in candidates)
        raise PredictionError(f'{where}: say which control with "control" (one of: {names})')
    return candidates[0]


def _known(label, control: Control, unit_id: str, where: str) -> None:
    if control.labels and label not in control.labels:
        raise PredictionError(
            f"{where}: unit {unit_id}: label {label!r} is not offered by {control.name!r} "
            f"(it offers: {', '.join(control.labels)})"
        )


def _score(value, where: str) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise PredictionError(f"{where}: score {value!r} is not a number") from exc
