"""Label Studio export files → typed records, one task at a time.

Everything downstream (``corpus export``, agreement statistics) reads exports through this
module, so the many shapes Label Studio writes are dealt with here, once:

- the full ``JSON`` export, as the sync "Export" button and ``corpus pull`` write it: a list of
  tasks, each with ``data``, ``annotations`` (``completed_by`` an int user id), ``drafts`` (full
  objects whose ``user`` is an e-mail) and ``predictions`` (ids only);
- the *expanded* snapshot form of the same export: ``completed_by`` becomes
  ``{"id", "email", "first_name", "last_name"}`` and ``predictions`` full objects. Predictions
  given by id only are filled in from the ``prediction`` object an annotation embeds, when the
  annotation started from it; the rest are listed in ``Task.missing_predictions``;
- ``JSON_MIN``: one flat row per annotation. See ``JSON_MIN_LACKS`` for what it cannot tell.

The export is one JSON array that can run to gigabytes, so it is never loaded whole: each
element is cut out of a bounded read buffer and parsed on its own with orjson (see
``corpus.bounded.array``). Memory stays flat however big the project, and a hostile file (an
element nested 100,000 deep, one endless string) is refused with one line, not read.
An :class:`Export` can be iterated as often as needed (each pass re-reads the file), which lets
a caller make one cheap pass to learn something (e.g. the documents) and a second to convert.

Annotators are kept as found (an int user id, or an e-mail where that is all there is); who
they are is the caller's to hide. Nothing here prints or decides what is valid: a result with
a label the config does not know is still a result; judging it is the consumer's job.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from . import bounded
from .errors import CorpusError
from .labelconfig import LabelConfig

FORMATS = ("json", "json_min")
KINDS = ("annotation", "draft", "prediction")

# What JSON_MIN cannot tell, said wherever a JSON_MIN export is accepted.
JSON_MIN_LACKS = (
    "JSON_MIN has no skipped (cancelled) annotations, drafts, predictions or ground-truth "
    "flags; tasks whose only annotation was skipped are missing altogether; results carry no "
    "ids, origins or target objects, and a single choice and a single text answer look the "
    "same (a plain string). Export as JSON (or use `corpus pull`) to keep everything."
)

# JSON_MIN keys that describe the annotation, not the task data or a control
_MIN_META = frozenset({"id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time"})
# the key of ``value`` that holds a result's answer, by result type (default: the type itself)
_VALUE_KEY = {"textarea": "text"}


class ExportError(CorpusError):
    """The file is not a Label Studio export this module can read."""


@dataclass(frozen=True)
class Result:
    """One region or answer inside an annotation, as Label Studio stores it.

    ``value`` is kept whole (``{"start", "end", "text", "labels"}`` for a span,
    ``{"choices": [...]}`` for a choice, ...); the properties read the common parts.
    Relations have no ``from_name``/``to_name``: those are empty and ``extra`` holds
    ``from_id``, ``to_id``, ``direction`` and ``labels``.
    """

    id: str | None
    from_name: str
    to_name: str
    type: str
    value: dict[str, Any] = field(hash=False)
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def answer(self) -> Any:
        """What the annotator chose or wrote: ``value[type]`` (``value["text"]`` for TextArea)."""
        return self.value.get(_VALUE_KEY.get(self.type, self.type))

    @cached_property
    def labels(self) -> tuple[str, ...]:
        """The labels, choices or written texts as strings (taxonomy paths joined by " / ")."""
        return _labels_of(self.answer)

    @cached_property
    def start(self) -> int | None:
        return _int_or_none(self.value.get("start"))

    @cached_property
    def end(self) -> int | None:
        return _int_or_none(self.value.get("end"))

    @property
    def text(self) -> str | None:
        """The span's text as the editor recorded it; trust ``data[start:end]`` instead."""
        text = self.value.get("text")
        return text if isinstance(text, str) and self.start is not None else None

    @property
    def is_span(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class Annotation:
    """An annotation, a draft or a prediction of one task: who, what, when.

    ``annotator`` is the raw identity as found: the int user id when the export has one (also
    recovered for drafts from ``created_username``), else the e-mail. ``annotator_email`` and
    ``annotator_name`` are set only when the export spells them out. Predictions have no
    annotator but a ``model_version`` and ``score``. ``parent`` is the annotation a draft
    belongs to, or the prediction an annotation started from.
    """

    id: int | None
    task_id: int
    kind: str  # one of KINDS
    annotator: int | str | None
    results: tuple[Result, ...]
    was_cancelled: bool = False
    ground_truth: bool = False
    lead_time: float | None = None
    created_at: str | None = None
    updated_at: str | None = None
    model_version: str | None = None
    score: float | None = None
    annotator_email: str | None = None
    annotator_name: str | None = None
    parent: int | None = None


@dataclass(frozen=True)
class Task:
    """One task with everything the export says about it."""

    id: int
    data: dict[str, Any] = field(hash=False)
    annotations: tuple[Annotation, ...] = ()
    drafts: tuple[Annotation, ...] = ()
    predictions: tuple[Annotation, ...] = ()
    # predictions the export names by id only and whose content it does not hold
    missing_predictions: tuple[int, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    created_at: str | None = None
    updated_at: str | None = None
    project: int | None = None
    # Label Studio Enterprise's own agreement score for the task (0-100), when exported
    agreement: float | None = None

    @property
    def all_annotations(self) -> tuple[Annotation, ...]:
        """Annotations, then drafts, then predictions: every record the task holds."""
        return self.annotations + self.drafts + self.predictions


class Export:
    """A Label Studio export file; iterate it for its tasks, as many times as you like.

    ``min_controls`` matters for JSON_MIN only, where controls are flattened into the row next
    to the task data: it maps each control name to its result type (``"choices"``,
    ``"textarea"``, ``"rating"``, ...), e.g. from the labeling config. Without it, only values
    whose shape gives them away (``{"choices": [...]}``, a list of spans) are read as results
    and plain strings and numbers stay in ``data``; ``scan_min_keys`` helps to decide.
    """

    def __init__(self, path: str | Path, *, min_controls: Mapping[str, str] | None = None):
        self.path = Path(path)
        self.min_controls = dict(min_controls) if min_controls is not None else None
        if not self.path.is_file():
            raise ExportError(f"{self.path}: no such file")
        self.format = self._sniff()

    def __iter__(self) -> Iterator[Task]:
        if self.format == "json":
            for number, element in enumerate(self._elements()):
                yield task_from_json(element, where=f"{self.path}: task #{number}")
        else:
            yield from tasks_from_min(self._elements(), self.min_controls, where=str(self.path))

    def _elements(self) -> Iterator[Any]:
        try:
            with open(self.path, "rb") as handle:
                yield from bounded.array(handle, str(self.path), ExportError)
        except OSError as exc:
            raise ExportError(f"{self.path}: cannot read ({exc.strerror or exc})") from exc

    def _sniff(self) -> str:
        """``json`` when the first element is a task of the full export, else ``json_min``.

        A full export's task has ``data`` and its ``annotations``; a JSON_MIN row has
        neither (its annotation is flattened into ``annotation_id``, ``annotator`` and the
        controls' keys). A task that lacks ``data`` is still a task: read as JSON it is
        refused with the reason, rather than taken for a row and its annotations lost.
        """
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(64).removeprefix(bounded.BOM).lstrip()
        except OSError as exc:
            raise ExportError(f"{self.path}: cannot read ({exc.strerror or exc})") from exc
        if not head.startswith(b"["):
            raise ExportError(
                f"{self.path}: not a Label Studio JSON export (it must be a JSON array "
                "of tasks; CSV, TSV and CONLL exports cannot be read)"
            )
        first = next(self._elements(), None)
        if first is None or (isinstance(first, dict) and _FULL_KEYS.intersection(first)):
            return "json"
        if not isinstance(first, dict):
            raise ExportError(f"{self.path}: the array holds {type(first).__name__}s, not tasks")
        return "json_min"


# control tag -> the result type Label Studio writes for it, where it is not tag.lower()
_RESULT_TYPE = {"TextArea": "textarea"}


def open_export(path: str | Path, config: LabelConfig | None = None) -> Export:
    """The export at ``path``, whatever its shape: the one way every command opens one.

    The full JSON export is read as it is. A JSON_MIN export is told which of its keys are
    controls and their result types: from ``config`` when given, else guessed
    (:func:`min_keys_that_are_controls`; ``Export.min_controls`` then says what was guessed).
    """
    probe = Export(path)
    if probe.format != "json_min":
        return probe
    if config is not None:
        controls = {c.name: _RESULT_TYPE.get(c.tag, c.tag.lower()) for c in config.controls}
    else:
        controls = min_keys_that_are_controls(path)
    return Export(path, min_controls=controls)


# keys only an element of the full JSON export has (a JSON_MIN row flattens them away)
_FULL_KEYS = frozenset({"data", "annotations", "drafts", "predictions"})


def read_export(
    path: str | Path, *, min_controls: Mapping[str, str] | None = None
) -> Iterator[Task]:
    """Stream the tasks of an export file (JSON or JSON_MIN, sniffed)."""
    return iter(Export(path, min_controls=min_controls))


# -- the full JSON export --------------------------------------------------------------------


def task_from_json(element: Any, *, where: str = "task") -> Task:
    """One element of a full JSON export (sync or snapshot, plain or expanded) as a Task."""
    if not isinstance(element, dict) or not isinstance(element.get("data"), dict):
        raise ExportError(f"{where}: not a task (no data object)")
    task_id = element.get("id")
    if not isinstance(task_id, int):
        raise ExportError(f"{where}: the task has no integer id")
    where = f"{where} (id {task_id})"
    annotations = tuple(
        _annotation(a, task_id, "annotation", where) for a in element.get("annotations") or ()
    )
    drafts = tuple(_annotation(d, task_id, "draft", where) for d in element.get("drafts") or ())
    # predictions: full objects (expanded export) or ids, filled from the annotations' copies
    embedded = {}
    for raw in element.get("annotations") or ():
        source = raw.get("prediction") if isinstance(raw, dict) else None
        if isinstance(source, dict) and isinstance(source.get("id"), int):
            embedded[source["id"]] = source
    predictions, missing = [], []
    for raw in element.get("predictions") or ():
        if isinstance(raw, int):
            if raw in embedded:
                predictions.append(_annotation(embedded[raw], task_id, "prediction", where))
            else:
                missing.append(raw)
        else:
            predictions.append(_annotation(raw, task_id, "prediction", where))
    agreement = element.get("agreement")
    return _make(
        Task,
        id=task_id,
        data=element["data"],
        annotations=annotations,
        drafts=drafts,
        predictions=tuple(predictions),
        missing_predictions=tuple(missing),
        meta=element.get("meta") or {},
        created_at=element.get("created_at"),
        updated_at=element.get("updated_at"),
        project=element.get("project"),
        agreement=float(agreement) if isinstance(agreement, int | float) else None,
    )


def _annotation(raw: Any, task_id: int, kind: str, where: str) -> Annotation:
    if not isinstance(raw, dict):
        raise ExportError(f"{where}: a {kind} is not an object")
    annotator, email, name = _who(raw, kind)
    if kind == "annotation":
        parent = _int_or_none(raw.get("parent_prediction"))
        if parent is None and isinstance(raw.get("prediction"), dict):
            parent = _int_or_none(raw["prediction"].get("id"))
    elif kind == "draft":
        parent = _int_or_none(raw.get("annotation"))
    else:
        parent = None
    return _make(
        Annotation,
        id=_int_or_none(raw.get("id")),
        task_id=task_id,
        kind=kind,
        annotator=annotator,
        results=tuple(result_from_json(r, where) for r in raw.get("result") or ()),
        was_cancelled=bool(raw.get("was_cancelled", False)),
        ground_truth=bool(raw.get("ground_truth", False)),
        lead_time=_float_or_none(raw.get("lead_time")),
        created_at=raw.get("created_at"),
        updated_at=raw.get("updated_at"),
        model_version=raw.get("model_version") if kind == "prediction" else None,
        score=_float_or_none(raw.get("score")) if kind == "prediction" else None,
        annotator_email=email,
        annotator_name=name,
        parent=parent,
    )


def _who(raw: dict, kind: str) -> tuple[int | str | None, str | None, str | None]:
    """(raw id or e-mail, e-mail, display name) of whoever made an annotation or draft."""
    if kind == "prediction":
        return None, None, None
    if kind == "draft":
        # drafts name their user by e-mail; created_username is "<e-mail>, <id>"
        email = raw.get("user") if isinstance(raw.get("user"), str) else None
        username = raw.get("created_username")
        user_id = None
        if isinstance(username, str) and "," in username:
            tail = username.rsplit(",", 1)[1].strip()
            user_id = int(tail) if tail.isdecimal() else None
        if user_id is None and isinstance(raw.get("user"), int):
            user_id = raw["user"]
        return (user_id if user_id is not None else email), email, None
    who = raw.get("completed_by")
    if isinstance(who, dict):
        email = who.get("email") or None
        name = " ".join(p for p in (who.get("first_name"), who.get("last_name")) if p) or None
        user_id = who.get("id")
        return (user_id if isinstance(user_id, int) else email), email, name
    if isinstance(who, int | str):
        return who, (who if isinstance(who, str) and "@" in who else None), None
    return None, None, None


def result_from_json(raw: Any, where: str = "result") -> Result:
    """One item of an annotation's ``result`` list.

    ``labels``, ``start`` and ``end`` are read here, once, rather than on first use: every
    consumer reads them, and a big export has hundreds of thousands of results.
    """
    if not isinstance(raw, dict):
        raise ExportError(f"{where}: a result is not an object")
    value = raw.get("value")
    if not isinstance(value, dict):
        value = {}
    rid = raw.get("id")
    rtype = str(raw.get("type") or "")
    return _make(
        Result,
        id=str(rid) if rid is not None else None,
        from_name=str(raw.get("from_name") or ""),
        to_name=str(raw.get("to_name") or ""),
        type=rtype,
        value=value,
        origin=raw.get("origin"),
        extra={} if raw.keys() <= _RESULT_KEYS else {
            k: v for k, v in raw.items() if k not in _RESULT_KEYS
        },
        labels=_labels_of(value.get(_VALUE_KEY.get(rtype, rtype))),
        start=_int_or_none(value.get("start")),
        end=_int_or_none(value.get("end")),
    )  # fmt: skip


_RESULT_KEYS = frozenset({"id", "from_name", "to_name", "type", "value", "origin"})


def _labels_of(answer: Any) -> tuple[str, ...]:
    """An answer as label strings: see :attr:`Result.labels`."""
    if answer is None:
        return ()
    if isinstance(answer, str | int | float):
        return (str(answer),)
    labels = tuple(answer)
    for item in labels:
        if type(item) is not str:
            return tuple(
                " / ".join(str(p) for p in item) if isinstance(item, list) else str(item)
                for item in labels
            )
    return labels


def _make(cls, **fields):
    """``cls(**fields)`` for a frozen dataclass, given every field, at a third of the cost.

    The generated ``__init__`` of a frozen dataclass calls ``object.__setattr__`` per field;
    a big export makes hundreds of thousands of these records, so the instance dict is
    filled directly. The object is identical and just as frozen. Values of cached properties
    may be given too: they land where ``cached_property`` would have put them.
    """
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


# -- JSON_MIN ----------------------------------------------------------------------------------


def tasks_from_min(
    rows: Iterator[Any], controls: Mapping[str, str] | None, *, where: str = "JSON_MIN"
) -> Iterator[Task]:
    """Group JSON_MIN rows into tasks: adjacent rows with the same task id are one task.

    Label Studio writes JSON_MIN task by task, so a task's rows are adjacent; a task id that
    comes back later is yielded again as a task of its own (the caller may merge by id).
    """
    current: int | None = None
    data: dict[str, Any] = {}
    annotations: list[Annotation] = []
    for number, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("id"), int):
            raise ExportError(f"{where}: row #{number} is not a JSON_MIN row (no integer id)")
        task_id = row["id"]
        if task_id != current:
            if current is not None:
                yield Task(id=current, data=data, annotations=tuple(annotations))
            current, data, annotations = task_id, {}, []
        row_data, results = _split_min_row(row, controls)
        data = data or row_data
        if "annotation_id" in row or "annotator" in row or results:
            annotator = row.get("annotator")
            annotations.append(
                Annotation(
                    id=_int_or_none(row.get("annotation_id")),
                    task_id=task_id,
                    kind="annotation",
                    annotator=annotator if isinstance(annotator, int | str) else None,
                    results=tuple(results),
                    lead_time=_float_or_none(row.get("lead_time")),
                    created_at=row.get("created_at"),
                    updated_at=row.get("updated_at"),
                    annotator_email=annotator
                    if isinstance(annotator, str) and "@" in annotator
                    else None,
                )
            )
    if current is not None:
        yield Task(id=current, data=data, annotations=tuple(annotations))


def _split_min_row(
    row: dict[str, Any], controls: Mapping[str, str] | None
) -> tuple[dict[str, Any], list[Result]]:
    """A JSON_MIN row's task data, and its control keys turned back into results."""
    data: dict[str, Any] = {}
    results: list[Result] = []
    for key, value in row.items():
        if key in _MIN_META:
            continue
        kind = controls.get(key) if controls is not None else None
        if controls is not None and key not in controls:
            data[key] = value
            continue
        made = _min_results(key, value, kind)
        if made is None:
            data[key] = value
        else:
            results.extend(made)
    return data, results


def _min_results(name: str, value: Any, kind: str | None) -> list[Result] | None:
    """Results for one JSON_MIN control key; None when the value is not recognisably a result."""
    if isinstance(value, dict):
        keys = [k for k in value if k not in ("start", "end", "text")] or list(value)
        if len(keys) == 1 and isinstance(value[keys[0]], list):
            rtype = kind or ("textarea" if keys[0] == "text" else keys[0])
            return [Result(None, name, "", rtype, dict(value))]
        return None
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        made = []
        for item in value:
            label_keys = [k for k in item if k not in ("start", "end", "text")]
            if not label_keys:
                return None
            made.append(Result(None, name, "", kind or label_keys[0], dict(item)))
        return made
    if kind is None:
        return None  # a plain string or number: data unless the caller says it is a control
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        key = _VALUE_KEY.get(kind, kind)
        answer = value if kind in ("rating", "number") else [value]
        return [Result(None, name, "", kind, {key: answer})]
    if isinstance(value, list):
        return [Result(None, name, "", kind, {_VALUE_KEY.get(kind, kind): value})]
    return None


def scan_min_keys(path: str | Path) -> tuple[int, dict[str, int], dict[str, set[str]]]:
    """(rows, rows holding each key, value types seen per key) of a JSON_MIN export.

    Label Studio leaves a control's key out of the row when the annotator gave no answer,
    while task data keys are on every row of a project: a key missing from some rows is a
    strong hint that it is a control. One streaming pass; used to infer a config.
    """
    rows, present, types = 0, {}, {}
    for row in Export(path)._elements():
        if not isinstance(row, dict):
            continue
        rows += 1
        for key, value in row.items():
            present[key] = present.get(key, 0) + 1
            types.setdefault(key, set()).add(type(value).__name__)
    return rows, present, types


def min_keys_that_are_controls(path: str | Path) -> dict[str, str]:
    """Guess which JSON_MIN keys are controls, and their result types.

    A key is a control when its values are shaped like results, or when it is a string key
    missing from some rows (an unanswered control) — read as a single choice, the commonest
    case; a TextArea answered in one line looks exactly the same, so give a config when it matters.
    """
    rows, present, types = scan_min_keys(path)
    guessed: dict[str, str] = {}
    for key, seen in types.items():
        if key in _MIN_META:
            continue
        if seen <= {"str", "NoneType"} and present[key] < rows:
            guessed[key] = "choices"
    return guessed


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _float_or_none(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


__all__ = [
    "FORMATS",
    "JSON_MIN_LACKS",
    "KINDS",
    "Annotation",
    "Export",
    "ExportError",
    "Result",
    "Task",
    "min_keys_that_are_controls",
    "open_export",
    "read_export",
    "result_from_json",
    "scan_min_keys",
    "task_from_json",
]
