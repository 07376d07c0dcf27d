"""Adjudication in Label Studio: disputed units go to a review project, its answers become gold.

Label Studio's community edition has no reviewer workflow, so corpus builds one from two plain
projects. :func:`review` reads a project's annotations, finds the units whose annotators
disagree and imports them into a second project (default title ``"<project> — review"``) with
the same labeling config, and above it, read-only, every annotator's answer under their
pseudonym (``annotator_3``: the same names ``corpus export`` writes, from the same mapping
file). A review task opens empty: were an annotator's version pre-loaded, an adjudicator who
only pressed Submit would always side with that one. So the versions are not predictions
(Label Studio loads the first prediction into the editor when a task is opened from the Data
Manager, whatever the project's settings: the browser tests saw it), but text shown beside the
unit, and their results ride along in the task's data (``review_answers``), from which the
dataset records which version the adjudicator's answer matches, or that it is their own.

Which units are disputed:

- by default, any disagreement: on some measured control (choices, ratings, multiple choices,
  spans; free text is not compared) the unit's annotators did not all give the same answer;
  spans must match exactly (start, end and label);
- with ``min_agreement=X``: some control's per-unit agreement (``corpus.agreement.units_agreement``:
  the share of annotators behind the commonest answer, or the pooled overlap F1 of spans) is
  below X.

Only units with two or more counted annotations (submitted, not skipped, the latest per
annotator; see :mod:`corpus.agreement.collect`) can be disputed.

Running :func:`review` again is safe: review tasks are matched to units by ``data.unit_id``,
as ``corpus push`` matches them, so only units newly in dispute are added, and a unit already
under review gains the versions of annotators who joined it since.

:func:`corpus.dataset.adjudication.adjudicated` closes the loop: it reads an export of the
review project and returns, for each adjudicated unit, the adjudicator's answers per control,
ready to be used as ground truth by ``corpus export``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from ..agreement import collect, counted, units_agreement
from ..agreement.collect import Collected
from ..errors import CorpusError
from ..labelconfig import LabelConfig, parse_config
from ..lsexport import Annotation, Result, Task, open_export
from ..pseudonyms import Pseudonyms, mapping_path
from ..taskdata import render as render_sections
from ..validate import Checks, check_annotation, comparable
from .client import Studio, StudioError, api_error, every
from .projects import find_project
from .pull import pull
from .push import existing_tasks
from .rounds import round_projects

REVIEW_SUFFIX = " — review"
BATCH_SIZE = 1000
# shown above the unit in a review project's config: the versions, read-only
VERSIONS_VIEW = (
    "<Header value=\"The annotators' answers (read-only). Your answer starts empty: give the "
    'right one, whichever annotator it agrees with." size="6"/>'
    '<HyperText name="review_versions" value="$review_versions" inline="true"/>'
)


class ReviewError(CorpusError):
    """A review project cannot be made or read as asked."""


@dataclass(frozen=True)
class Dispute:
    """Why one unit goes to review."""

    task_id: int
    controls: tuple[str, ...]  # the controls its annotators disagree on
    lowest: float | None  # the lowest per-unit agreement among them (None: not measurable)


@dataclass(frozen=True)
class ReviewReport:
    """What a review run found and did; ``review_project_id`` is None when nothing was made."""

    project_id: int
    project_title: str
    review_project_id: int | None
    review_title: str
    review_created: bool
    tasks: int  # tasks of the source project with annotations, as read from its export
    compared: int  # tasks with two or more counted annotations
    disputed: int
    added: int  # review tasks created in this run
    present: int  # disputed units already under review
    versions: int  # annotators' answers shown (on new tasks, or newly on tasks under review)
    annotators: int  # annotators whose labels went into review tasks
    min_agreement: float | None
    annotators_file: str
    config_differs: bool = False  # the review project exists with another labeling config
    dry_run: bool = False


# -- finding disputes -------------------------------------------------------------------------


def disputes(collected: Collected, min_agreement: float | None = None) -> dict[int, Dispute]:
    """Task id → :class:`Dispute`, for every task the annotators disagree on (module docstring)."""
    agreement = units_agreement(collected)
    found: dict[int, Dispute] = {}
    for name, data in collected.controls.items():
        for task_id, answers in data.values.items():
            if len(answers) < 2:
                continue
            unit = next((u for u in agreement.get(task_id, ()) if u.control == name), None)
            value = unit.value if unit is not None else None
            if min_agreement is None:
                differ = len({comparable(data.kind, a) for a in answers.values()}) > 1
            else:
                differ = value is not None and value < min_agreement
            if not differ:
                continue
            held = found.get(task_id)
            controls = (*held.controls, name) if held else (name,)
            lows = [v for v in (held.lowest if held else None, value) if v is not None]
            found[task_id] = Dispute(task_id, controls, min(lows) if lows else None)
    return found


# -- the review project -----------------------------------------------------------------------


def review(
    studio: Studio,
    project: str,
    *,
    min_agreement: float | None = None,
    review_title: str | None = None,
    export_path: str | Path | None = None,
    annotators_file: str | Path | None = None,
    batch_size: int = BATCH_SIZE,
    dry_run: bool = False,
    progress: Callable[[int], object] | None = None,
) -> ReviewReport:
    """Create or update the review project of ``project`` (an id or an exact title).

    ``export_path`` reads an export of the project already on disk (e.g. from ``corpus
    pull``) instead of pulling one. ``annotators_file`` is the pseudonym mapping; by
    default the one ``corpus export`` uses for this project, so the names agree.
    """
    source, title, pulled_as = _source(studio, project, review_title)
    config = parse_config(source.label_config)
    mapping = Path(annotators_file) if annotators_file else mapping_path(f"project-{source.id}")
    pseudonyms = Pseudonyms(mapping)

    with tempfile.TemporaryDirectory(prefix="corpus-review-") as scratch:
        if export_path is None:
            # chunked, so a big project does not hit the timeout of one export request
            export_path = Path(scratch) / "export.json"
            pull(studio, pulled_as, export_path)
        export = open_export(export_path, config)
        collected = collect(export, config)
        found = disputes(collected, min_agreement)
        target = _Target(studio, title, source, wanted=bool(found), dry_run=dry_run)
        sent = _send_disputes(
            studio, export, found, target, source, config, pseudonyms,
            batch_size=batch_size, dry_run=dry_run, progress=progress,
        )  # fmt: skip
    if not dry_run:
        pseudonyms.save()
    return ReviewReport(
        project_id=source.id,
        project_title=source.title,
        review_project_id=target.project.id if target.project is not None else None,
        review_title=title,
        review_created=target.created,
        tasks=collected.tasks,
        compared=sum(1 for coders in _tasks_with_coders(collected) if len(coders) >= 2),
        disputed=len(found),
        added=sent.added,
        present=sent.present,
        versions=sent.versions,
        annotators=len(sent.names),
        min_agreement=min_agreement,
        annotators_file=str(mapping),
        config_differs=target.config_differs,
        dry_run=dry_run,
    )


def _source(studio: Studio, project: str, review_title: str | None):
    """The annotated project (or the first project of a round of that title), the review
    project's title, and what to pull."""
    source = find_project(studio, project)
    name, pulled_as = (source.title, str(source.id)) if source is not None else (project, project)
    if source is None:  # a round of projects, one per annotator: pulled merged, as one
        rounds = round_projects(studio, project)
        if not rounds:
            raise ReviewError(f"no project titled {project!r} on {studio.conn.url}")
        source = studio.client.projects.get(id=rounds[0].id)
    title = review_title or f"{name}{REVIEW_SUFFIX}"
    if title == source.title:
        raise ReviewError(f"the review project cannot be the project itself ({title!r})")
    return source, title, pulled_as


class _Target:
    """The review project: found, or created when there is something to review; the units
    it holds already and the versions each of their tasks shows."""

    def __init__(self, studio: Studio, title: str, source, *, wanted, dry_run):
        self.project = find_project(studio, title)
        self.created = False
        self.config_differs = False
        if self.project is not None:
            wanted_config = review_config(source.label_config)
            self.config_differs = self.project.label_config.strip() != wanted_config.strip()
        elif wanted and not dry_run:
            self.project = _create_review_project(studio, title, source)
            self.created = True
        self.units = (
            existing_tasks(studio, self.project.id)
            if self.project is not None and not self.created
            else {}
        )
        self.shown = _versions_shown(studio, self.project.id) if self.units else {}


@dataclass
class _Sent:
    added: int = 0  # review tasks created
    present: int = 0  # disputed units already under review
    versions: int = 0  # annotators' versions sent (new tasks, and newcomers on old ones)
    names: set[str] = field(default_factory=set)  # the annotators whose versions were shown


def _send_disputes(
    studio: Studio, export, found, target: _Target, source, config, pseudonyms, *, batch_size,
    dry_run, progress,
) -> _Sent:  # fmt: skip
    """Each disputed unit as a review task: new ones imported in batches, those already
    under review given the versions of annotators who joined since."""
    sent = _Sent()
    batch: list[dict] = []

    def flush() -> None:
        _send(studio, target.project, batch, dry_run, sent.added)
        sent.added += len(batch)
        if progress:
            progress(len(batch))
        batch.clear()

    for task in export:
        dispute = found.get(task.id)
        if dispute is None:
            continue
        voters = _ordered(counted(task))
        answers = {_name(a, pseudonyms): [result_to_api(r) for r in a.results] for a in voters}
        data = review_data(task, source.id, dispute, versions(voters, pseudonyms, config, task))
        data["review_answers"] = answers
        sent.names.update(answers)
        existing = target.units.get(data["unit_id"])
        if existing is not None:
            sent.present += 1
            newcomers = set(answers) - target.shown.get(existing.task_id, set())
            if newcomers:  # the versions shown must name the newcomers too
                if not dry_run:
                    _update_data(studio, existing.task_id, data)
                sent.versions += len(newcomers)
            if progress:
                progress(1)
            continue
        batch.append({"data": data})
        sent.versions += len(answers)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return sent


def review_data(task: Task, project_id: int, dispute: Dispute, versions_html: str = "") -> dict:
    """The review task's data: the unit's own data, its unit id, what is disputed, and the
    annotators' versions (HTML, shown read-only).

    ``unit_id`` is the source task's, or its task id where corpus did not push it (the same
    fallback ``corpus export`` uses), so adjudicated labels find their unit again.
    """
    data = dict(task.data)
    data["unit_id"] = str(data.get("unit_id") or task.id)
    data["review_of_project"] = project_id
    data["review_of_task"] = task.id
    data["review_controls"] = ", ".join(dispute.controls)
    data["review_agreement"] = dispute.lowest
    data["review_versions"] = versions_html
    return data


def versions(
    annotations: Iterable[Annotation], pseudonyms: Pseudonyms, config: LabelConfig, task: Task
) -> str:
    """Each annotator's answer per control, under their pseudonym, as read-only HTML."""
    texts = _texts(config, task)
    sections = []
    for annotation in annotations:
        answers, _ = check_annotation(annotation, config, texts, Checks())
        lines = []
        for control in config.controls:
            answer = answers.get(control.name)
            shown = "—" if answer is None else _shown(control.kind, answer, texts, control)
            lines.append(f"{control.name}: {shown}")
        who = pseudonyms.name(annotation) or f"annotation {annotation.id}"
        sections.append((who, "\n".join(lines)))
    return render_sections(sections)


def _texts(config: LabelConfig, task: Task) -> dict[str, str]:
    return {
        o.name: task.data[o.field]
        for o in config.objects
        if o.field and isinstance(task.data.get(o.field), str)
    }


def _shown(kind: str, answer: Any, texts: dict[str, str], control) -> str:
    """An answer as a person reads it: spans quote their text, labels are listed."""
    if kind == "spans":
        text = texts.get(control.to_name[0], "") if control.to_name else ""
        return (
            "; ".join(f"{label} «{text[s:e]}» ({s}–{e})" for s, e, label in sorted(answer)) or "—"
        )
    if kind == "taxonomy":
        return "; ".join(" / ".join(path) for path in answer) or "—"
    if isinstance(answer, list | tuple):
        return ", ".join(str(a) for a in answer) or "—"
    return str(answer)


def _tasks_with_coders(collected: Collected) -> Iterator[set]:
    coders: dict[int, set] = {}
    for data in collected.controls.values():
        for task_id, answers in data.values.items():
            coders.setdefault(task_id, set()).update(answers)
    return iter(coders.values())


def _ordered(annotations: Iterable[Annotation]) -> list[Annotation]:
    return sorted(annotations, key=lambda a: (a.created_at or "", a.id or 0))


def result_to_api(result: Result) -> dict:
    """A result as Label Studio takes it back (ids kept: relations refer to them)."""
    out: dict[str, Any] = dict(result.extra)
    if result.id is not None:
        out["id"] = result.id
    if result.from_name:
        out["from_name"] = result.from_name
    if result.to_name:
        out["to_name"] = result.to_name
    out["type"] = result.type
    if result.value:
        out["value"] = result.value
    return out


def _create_review_project(studio: Studio, title: str, source):
    from label_studio_sdk.core.api_error import ApiError

    try:
        return studio.client.projects.create(
            title=title,
            label_config=review_config(source.label_config),
            description=(
                f"Adjudication of project {source.id} ({source.title}): each task is a unit its "
                "annotators disagree on; their answers are shown above it, named by pseudonym. "
                "Give the right answer and submit."
            ),
        )
    except ApiError as exc:
        raise api_error(exc, studio.conn, "creating the review project") from exc


def _name(annotation: Annotation, pseudonyms: Pseudonyms) -> str:
    """An annotator's pseudonym, never their e-mail."""
    return pseudonyms.name(annotation) or f"annotation_{annotation.id}"


def _versions_shown(studio: Studio, project_id: int) -> dict[int, set[str]]:
    """Review task id → the pseudonyms whose answers it shows."""
    from label_studio_sdk.core.api_error import ApiError

    try:
        listed = studio.client.tasks.list(project=project_id, page_size=1000, fields="task_only")
        return {t.id: set((t.data or {}).get("review_answers") or ()) for t in every(listed)}
    except ApiError as exc:
        raise api_error(exc, studio.conn, "listing the review project's tasks") from exc


def _update_data(studio: Studio, task_id: int, data: dict) -> None:
    from label_studio_sdk.core.api_error import ApiError

    try:
        studio.client.tasks.update(id=str(task_id), data=data)
    except ApiError as exc:
        raise api_error(exc, studio.conn, f"updating review task {task_id}") from exc


def review_config(xml: str) -> str:
    """The project's labeling config with the annotators' versions shown first, read-only."""
    from lxml import etree

    root = etree.fromstring(xml.encode("utf-8"))
    indent = root.text if root.text and not root.text.strip() else "\n  "
    for position, element in enumerate(etree.fromstring(f"<View>{VERSIONS_VIEW}</View>")):
        element.tail = indent
        root.insert(position, element)
    root.text = indent
    return etree.tostring(root, encoding="unicode")


def _send(studio: Studio, target, batch: list[dict], dry_run: bool, done: int) -> None:
    """Import one batch of review tasks."""
    from label_studio_sdk.core.api_error import ApiError

    if not dry_run:
        client, conn = studio
        try:
            client.projects.import_tasks(
                id=target.id,
                request=batch,
                # a retried POST whose first answer was lost would duplicate tasks
                request_options={"max_retries": 0},
            )
        except (ApiError, httpx.HTTPError) as exc:
            finish = f"{done} review tasks created before this; run the same command again"
            if isinstance(exc, ApiError):
                failed = api_error(exc, conn, "importing review tasks")
                raise StudioError(f"{failed} ({finish})") from exc
            raise StudioError(
                f"lost the connection to {conn.url} while importing ({finish})"
            ) from exc
