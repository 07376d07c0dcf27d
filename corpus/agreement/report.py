"""An export file in, every agreement figure out: what `corpus agreement` prints.

Reads a Label Studio export (full JSON or JSON_MIN, via :mod:`corpus.lsexport`) and, when
given, the project's labeling config (via :mod:`corpus.labelconfig`), and returns an
:class:`AgreementReport`: the figures of every measurable control, what was not measured and
why, and what was read (tasks, counted annotations, skipped ones left out).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..labelconfig import LabelConfig, parse_config
from ..lsexport import JSON_MIN_LACKS, Export, Task, min_keys_that_are_controls
from .collect import Collected, collect
from .figures import ControlAgreement, Options, agreement

# labeling-config control kind -> the result type JSON_MIN rows carry for it
_MIN_TYPES = {
    "choices": "choices",
    "taxonomy": "taxonomy",
    "rating": "rating",
    "number": "number",
    "spans": "labels",
    "text": "textarea",
}


@dataclass(frozen=True)
class AgreementReport:
    """Every figure of an export, and the counts that say what they rest on."""

    export: str
    format: str
    tasks: int
    annotations: int  # counted: submitted, one per annotator and task
    cancelled: int  # skipped annotations, never counted
    replaced: int  # earlier annotations of someone who annotated the task again
    ground_truth: int  # counted annotations marked ground truth (counted like any other)
    controls: tuple[ControlAgreement, ...]
    not_measured: dict[str, str] = field(default_factory=dict)
    options: Options = field(default_factory=Options)
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "export": self.export,
            "format": self.format,
            "tasks": self.tasks,
            "annotations": self.annotations,
            "cancelled": self.cancelled,
            "replaced": self.replaced,
            "ground_truth": self.ground_truth,
            "bootstrap": {
                "replicates": self.options.bootstrap,
                "seed": self.options.seed,
                "confidence": self.options.confidence,
            }
            if self.options.bootstrap
            else None,
            "controls": [c.as_dict() for c in self.controls],
            "not_measured": self.not_measured,
            "warnings": list(self.warnings),
        }


def no_pairs_note(project: str | None = None) -> str:
    """What to say when no item has two annotators, and how to get them: the community
    edition gives each task to one annotator unless the project asks for more."""
    where = "PROJECT" if project is None else (f'"{project}"' if " " in project else project)
    return (
        "no task has two annotators, so there is nothing to compare: Label Studio gives each "
        f"task to one annotator unless the project asks for more. `corpus push UNITS --project "
        f'{where} --overlap 2` sets it (nothing is pushed twice); annotators who press "Label '
        'All Tasks" are then given the tasks others have done'
    )


def read_config(path: str | Path) -> LabelConfig:
    """Parse a labeling config file (errors name the file)."""
    from ..bounded import read_text
    from ..labelconfig import ConfigError

    return parse_config(read_text(path, "labeling config", error=ConfigError))


def open_export(path: str | Path, config: LabelConfig | None = None) -> Export:
    """The export, told which JSON_MIN keys are controls (from the config, else guessed)."""
    probe = Export(path)
    if probe.format != "json_min":
        return probe
    if config is not None:
        controls = {c.name: _MIN_TYPES.get(c.kind, c.kind) for c in config.controls}
    else:
        controls = min_keys_that_are_controls(path)
    return Export(path, min_controls=controls)


def measure_export(
    path: str | Path | Export,
    config: LabelConfig | None = None,
    options: Options | None = None,
    *,
    progress: Callable[[int], object] | None = None,
) -> AgreementReport:
    """Read an export once and compute the agreement figures of every control.

    ``path`` may be an :class:`~corpus.lsexport.Export` already opened with :func:`open_export`
    (so a caller can fail on a bad file before it starts a progress bar).
    """
    export = path if isinstance(path, Export) else open_export(path, config)
    tasks: Iterable[Task] = export
    if progress is not None:
        tasks = _counting(export, progress)
    options = options or Options()
    if config is not None and not options.bootstrap and not options.by:
        # the control figures alone need no answer held: read part by part, in flat memory
        from .streamed import StreamedAgreement

        streamed = StreamedAgreement(config)
        for task in tasks:
            streamed.add(task)
        report, _ = streamed.result()
        return replace(
            report,
            export=str(export.path),
            format=export.format,
            options=options,
            warnings=_warnings(export.format),
        )
    collected = collect(tasks, config)
    return report_of(collected, options, export=str(export.path), format=export.format)


def report_of(
    collected: Collected,
    options: Options | None = None,
    *,
    export: str = "",
    format: str = "json",
) -> AgreementReport:
    """The report of data already collected (see :func:`.collect.collect`)."""
    options = options or Options()
    return AgreementReport(
        export=export,
        format=format,
        tasks=collected.tasks,
        annotations=collected.annotations,
        cancelled=collected.cancelled,
        replaced=collected.replaced,
        ground_truth=collected.ground_truth,
        controls=tuple(agreement(collected, options)),
        not_measured=dict(collected.not_measured),
        options=options,
        warnings=_warnings(format),
    )


def _warnings(format: str) -> tuple[str, ...]:
    return (JSON_MIN_LACKS,) if format == "json_min" else ()


def _counting(tasks: Iterable[Task], tick: Callable[[int], object]) -> Iterator[Task]:
    for task in tasks:
        yield task
        tick(1)
