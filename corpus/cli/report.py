"""``corpus report``: an export in, one self-contained HTML report out."""

from __future__ import annotations

from pathlib import Path

import click

from ._common import open_output, progress, quiet_option


@click.command()
@click.argument("export_path", metavar="EXPORT.json", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    help="The HTML file to write (`-` for stdout).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="The project's labeling config (XML): control kinds and label order.",
)
@click.option(
    "--bootstrap",
    type=click.IntRange(0, 100_000),
    default=1000,
    show_default=True,
    help="Replicates for the 95% intervals; 0 = none.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the bootstrap.")
@click.option(
    "--top",
    type=click.IntRange(0, 10_000),
    default=20,
    show_default=True,
    help="How many of the most disputed units to show.",
)
@click.option("--title", help="Title of the report [default: from the export's file name].")
@click.option(
    "--annotators-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Pseudonym mapping of `corpus export` to read [default: the project's, if any].",
)
@quiet_option("No progress bar or summary.")
def report(
    export_path, output, config_path, bootstrap, seed, top, title, annotators_file, quiet
) -> None:
    """Write one HTML file with progress, label distributions, agreement and disputes.

    \b
    The file is self-contained (inline CSS and SVG charts, no scripts, nothing fetched),
    opens offline and prints cleanly. Annotators appear as annotator_N.
    Example:
        corpus report export.json -o report.html --config config.xml
    """
    from ..labelconfig import read_config
    from ..report import build_report, render_html

    config = read_config(config_path) if config_path else None
    with progress(not quiet and output != "-", None) as bar:
        built = build_report(
            export_path,
            config,
            bootstrap=bootstrap,
            seed=seed,
            top=top,
            annotators_file=annotators_file,
            title=title,
            progress=bar.update if bar is not None else None,
        )
    if built.annotations and not built.pairable and not quiet:
        from ..agreement import no_pairs_note

        click.echo(f"note: {no_pairs_note()}", err=True)
    page = render_html(built)
    with open_output(output) as handle:
        handle.write(page.encode("utf-8"))
    if not quiet:
        click.echo(
            f"{built.tasks:,} tasks, {built.annotations:,} annotations by "
            f"{len(built.annotators)} annotator{'' if len(built.annotators) == 1 else 's'}, "
            f"{len(built.agreement.controls)} controls "
            f"measured, {built.disputed_total:,} units below full agreement"
            + (f"; wrote {output} ({len(page) / 1024:.0f} KiB)" if output != "-" else ""),
            err=True,
        )
