"""What `corpus agreement` reports: every figure of an export, and the counts they rest on.

Made by :func:`.measure.measure_export` (an export file in) or :func:`report_of` (data already
collected); read by the command line, the dataset card, croissant.json and `corpus report`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lsexport import JSON_MIN_LACKS
from .collect import Collected
from .figures import ControlAgreement, Options, agreement


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
        warnings=export_warnings(format),
    )


def export_warnings(format: str) -> tuple[str, ...]:
    return (JSON_MIN_LACKS,) if format == "json_min" else ()
