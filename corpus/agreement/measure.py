"""An export file in, every agreement figure out: what `corpus agreement` computes.

Reads a Label Studio export (any shape, through :func:`corpus.lsexport.open_export`) and, when
given, the project's labeling config, and returns an :class:`~.summary.AgreementReport`: the
figures of every measurable control, what was not measured and why, and what was read (tasks,
counted annotations, skipped ones left out).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..labelconfig import LabelConfig
from ..lsexport import Export, Task, open_export
from .collect import collect
from .figures import Options
from .streamed import StreamedAgreement
from .summary import AgreementReport, export_warnings, report_of


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
        streamed = StreamedAgreement(config)
        for task in tasks:
            streamed.add(task)
        report, _ = streamed.result()
        return replace(
            report,
            export=str(export.path),
            format=export.format,
            options=options,
            warnings=export_warnings(export.format),
        )
    collected = collect(tasks, config)
    return report_of(collected, options, export=str(export.path), format=export.format)


def _counting(tasks: Iterable[Task], tick: Callable[[int], object]) -> Iterator[Task]:
    for task in tasks:
        yield task
        tick(1)
