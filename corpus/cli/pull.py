"""``corpus pull``: a Label Studio project out, as one complete JSON export with its manifest."""

from __future__ import annotations

from pathlib import Path

import click
import orjson

from ._common import data_dir_option, json_option, progress, project_option, quiet_option


@click.command()
@project_option()
@click.option(
    "-o",
    "--output",
    default="export.json",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The export; its config and manifest go beside it (<stem>.config.xml, .manifest.json).",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(1, 100_000),
    default=500,
    show_default=True,
    help="Tasks per request; each request must finish within the HTTP timeout.",
)
@json_option()
@quiet_option()
@data_dir_option()
def pull(project, output, chunk_size, as_json, quiet, data_dir) -> None:
    """Pull every task of a project, with annotations, drafts and predictions, to a JSON file.

    The file has Label Studio's own JSON export format, annotators as user ids (no e-mails),
    and is written whole or not at all.

    \b
        corpus pull --project "harbour stance" -o exports/harbour.json
    """
    from ..studio import client as studio_client
    from ..studio import pull as studio_pull

    studio = studio_client.Studio.open(data_dir)
    with progress(not quiet, None) as bar:

        def advance(done: int, total: int) -> None:
            if bar.total != total:
                bar.total = total
                bar.unit = "task"
            bar.update(done)

        report = studio_pull.pull(
            studio,
            project,
            output,
            chunk_size=chunk_size,
            progress=advance if bar is not None else None,
        )
    if as_json:
        click.echo(orjson.dumps(report).decode())
    click.echo(
        f"project {report.project_id} {report.project_title!r}: {report.tasks} tasks, "
        f"{report.annotations} annotations ({report.cancelled} skipped, {report.ground_truth} "
        f"ground truth), {report.drafts} drafts, {report.predictions} predictions "
        f"in {report.seconds:.1f} s → {report.path} (+ {Path(report.config_path).name}, "
        f"{Path(report.manifest_path).name})",
        err=True,
    )
    if report.server_files_left:
        click.echo(
            f"note: Label Studio keeps a copy of every export request on its disk, which its "
            f"API cannot delete: {report.server_files_left} files in its DATA_DIR/export/ "
            f"(with annotators' e-mails) are from this pull, their -info.json tagged "
            f"corpus_pull={report.server_files_tag}; its administrator can remove them",
            err=True,
        )
