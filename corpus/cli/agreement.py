"""``corpus agreement``: an export in, agreement figures out (a table, or JSON with --json)."""

from __future__ import annotations

import math

import click
import orjson

from ..agreement.figures import SHORT_NAMES
from ._common import json_option, progress, quiet_option

_VALUES = {"spans": "spans", "sets": "answers", "choice": "answers", "rating": "ratings"}


@click.command()
@click.argument("export_path", metavar="EXPORT.json", type=click.Path(exists=True, dir_okay=False))
@json_option("Print the figures as JSON on stdout.")
@click.option(
    "--by",
    type=click.Choice(["label", "annotator", "document"]),
    multiple=True,
    help="Also give figures per label, annotator or document (repeatable).",
)
@click.option(
    "--bootstrap",
    type=click.IntRange(0, 100_000),
    default=0,
    show_default=True,
    help="Replicates for 95% confidence intervals (resampling items); 0 = none.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the bootstrap.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="The project's labeling config (XML): control kinds and label order.",
)
@quiet_option()
def agreement(export_path, as_json, by, bootstrap, seed, config_path, quiet) -> None:
    """Inter-annotator agreement per control of a Label Studio export.

    \b
    Single choices: percent agreement, Krippendorff's α (nominal), Fleiss' κ, mean Cohen's κ.
    Multiple choices: α over label sets (MASI distance) and a binary α per label.
    Spans: pairwise F1 (exact, overlap) and unitized α over characters.
    Ratings: α ordinal and interval.
    Skipped annotations, drafts and predictions never count; ground truth counts.
    """
    from ..agreement import Options, measure_export, no_pairs_note
    from ..labelconfig import read_config
    from ..lsexport import open_export

    config = read_config(config_path) if config_path else None
    export = open_export(export_path, config)  # a file that is no export fails here, bar-less
    options = Options(bootstrap=bootstrap, seed=seed, by=tuple(dict.fromkeys(by)))
    with progress(not quiet and not as_json, None) as bar:
        report = measure_export(
            export, config, options, progress=bar.update if bar is not None else None
        )
    for warning in report.warnings:
        click.echo(f"note: {warning}", err=True)
    for control, why in report.not_measured.items():
        click.echo(f"not measured: {control}: {why}", err=True)
    if report.annotations and not any(c.support.pairable_items for c in report.controls):
        click.echo(f"note: {no_pairs_note(_project_title(export_path))}", err=True)
    if as_json:
        click.echo(orjson.dumps(report.as_dict(), option=orjson.OPT_INDENT_2).decode())
        return
    click.echo("\n".join(render(report)))


def _project_title(export_path: str) -> str | None:
    """The project's title from the manifest `corpus pull` writes beside an export, if any."""
    from ..studio.pull import sidecar_paths

    try:
        manifest = orjson.loads(sidecar_paths(export_path)[1].read_bytes())
        return str(manifest["project"]["title"])
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError):
        return None


# -- the table -----------------------------------------------------------------------------------


def _number(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return f"{value:.3f}"


def _interval(ci) -> str:
    return f"[{ci[0]:.3f}, {ci[1]:.3f}]" if ci is not None else ""


def render(report) -> list[str]:
    """The report as lines of text for a terminal: one block per control."""
    lines = [
        f"{report.export}: {report.tasks} tasks, {report.annotations} annotations counted"
        + (f", {report.cancelled} skipped (not counted)" if report.cancelled else "")
        + (f", {report.replaced} replaced by a later one" if report.replaced else "")
        + (f", {report.ground_truth} ground truth (counted)" if report.ground_truth else "")
    ]
    if report.options.bootstrap:
        lines.append(
            f"95% intervals: bootstrap over items, {report.options.bootstrap} replicates, "
            f"seed {report.options.seed}"
        )
    if not report.controls:
        lines.append("no control with answers to compare")
    for control in report.controls:
        support = control.support
        lines.append("")
        lines.append(
            f"{control.name} ({control.kind}): {support.pairable_items} items coded by 2+ "
            f"annotators, {support.single_items} coded once (excluded), "
            f"{support.annotators} annotators, {support.values} {_VALUES[control.kind]}"
        )
        lines.extend(_table(control.figures))
        for group in control.groups:
            lines.append(f"  by {group.by} {group.key}:")
            lines.extend("  " + line for line in _table(group.figures, labels=group.by != "label"))
    return lines


def _table(figures, *, labels: bool = True) -> list[str]:
    rows = []
    for figure in figures:
        name = SHORT_NAMES.get(figure.statistic, figure.statistic)
        if labels and figure.label is not None:
            name = f"{name}: {figure.label}"
        rows.append(
            (
                name,
                _number(figure.value),
                _interval(figure.ci),
                str(figure.support.pairable_items),
                str(figure.support.annotators),
                figure.note or "",
            )
        )
    if not rows:
        return []
    header = ("  statistic", "value", "95% CI", "items", "annotators", "")
    rows = [(f"  {r[0]}", *r[1:]) for r in rows]
    widths = [max(len(row[k]) for row in [header, *rows]) for k in range(5)]
    out = []
    for row in [header, *rows]:
        cells = [
            row[0].ljust(widths[0]),
            row[1].rjust(widths[1]),
            row[2].ljust(widths[2]),
            row[3].rjust(widths[3]),
            row[4].rjust(widths[4]),
        ]
        line = "  ".join(cells)
        if row[5]:
            line += f"  ({row[5]})"
        out.append(line.rstrip())
    return out
