"""Where a project stands: tasks done against the overlap target, who did what, agreement so far.

What a team lead asks in the middle of a round, answered from one complete pull of the
project (the same export ``corpus pull`` writes, into a temporary folder): the community
edition's own dashboard counts tasks but says nothing of overlap, pairs or agreement.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .agreement import counted, measure_export, no_pairs_note
from .labelconfig import ConfigError, parse_config
from .lsexport import open_export
from .studio.client import Studio
from .studio.pull import pull
from .studio.team import members


@dataclass(frozen=True)
class AnnotatorCount:
    annotator: str  # e-mail, or the user id where the server does not list it
    submitted: int
    skipped: int
    last: str | None  # the latest annotation's time


@dataclass(frozen=True)
class ControlFigure:
    control: str
    statistic: str
    value: float | None
    items: int  # items with two or more annotators behind the figure


@dataclass(frozen=True)
class ProjectStatus:
    project_id: int
    title: str
    tasks: int
    overlap: int  # annotators wanted per task (Label Studio's maximum_annotations)
    overlap_share: int  # percent of tasks that get that overlap
    done: int  # tasks with `overlap` or more submitted annotations
    started: int  # tasks with fewer, but some
    not_started: int  # tasks nobody has submitted (some perhaps skipped)
    skipped: int  # skip records, over all tasks
    pairable: int  # tasks with two or more counted annotations: what agreement can use
    annotators: tuple[AnnotatorCount, ...] = ()
    agreement: tuple[ControlFigure, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def project_status(studio: Studio, project: str) -> ProjectStatus:
    """Pull ``project`` whole and count; its agreement per control where tasks are pairable."""
    with tempfile.TemporaryDirectory(prefix="corpus-status-") as folder:
        path = Path(folder) / "export.json"
        pulled = pull(studio, project, path)
        found = studio.client.projects.get(id=pulled.project_id)
        overlap = int(getattr(found, "maximum_annotations", None) or 1)
        share = int(getattr(found, "overlap_cohort_percentage", None) or 100)
        if pulled.round_projects:  # a project per annotator: every one of them, on every task
            overlap, share = len(pulled.round_projects), 100
        try:
            config = parse_config(found.label_config or "")
        except ConfigError:
            config = None
        names = {m.id: m.email for m in members(studio)}
        per_task: list[int] = []
        skipped = 0
        submitted: Counter = Counter()
        skips: Counter = Counter()
        last: dict[str, str] = {}
        pairable = 0
        export = open_export(path, config)
        for task in export:
            n = len(counted(task))
            per_task.append(n)
            pairable += n >= 2
            for ann in task.annotations:
                who = names.get(ann.annotator, str(ann.annotator))
                when = ann.updated_at or ann.created_at or ""
                last[who] = max(last.get(who, ""), when)
                if ann.was_cancelled:
                    skipped += 1
                    skips[who] += 1
                else:
                    submitted[who] += 1
        figures: list[ControlFigure] = []
        if pairable and config is not None:
            report = measure_export(export, config)
            figures = [
                ControlFigure(control.name, f.statistic, f.value, f.support.pairable_items)
                for control in report.controls
                for f in control.figures
                if f.label is None  # the control's own figures, not per label
            ]
    notes = () if pairable else (no_pairs_note(pulled.project_title),)
    return ProjectStatus(
        project_id=pulled.project_id,
        title=pulled.project_title,
        tasks=len(per_task),
        overlap=overlap,
        overlap_share=share,
        done=sum(n >= overlap for n in per_task),
        started=sum(0 < n < overlap for n in per_task),
        not_started=sum(n == 0 for n in per_task),
        skipped=skipped,
        pairable=pairable,
        annotators=tuple(
            AnnotatorCount(who, submitted[who], skips[who], last.get(who) or None)
            for who in sorted(set(submitted) | set(skips))
        ),
        agreement=tuple(figures),
        notes=notes,
    )
