"""``corpus push``: units in, Label Studio tasks out, never twice."""

from __future__ import annotations

from pathlib import Path

import click
import orjson

from ..errors import CorpusError
from ._common import progress


@click.command()
@click.argument("units_path", metavar="UNITS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--project", required=True, help="Project id, or exact title (created if new).")
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Labeling config (XML) for a project that does not exist yet.",
)
@click.option("--kinds", default="", help="Push only these unit kinds (comma-separated).")
@click.option("--target", help="stance: the target (default: each article's title).")
@click.option("--batch-size", type=click.IntRange(1, 50_000), default=1000, show_default=True)
@click.option("--dry-run", is_flag=True, help="Say what would be created; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=".labelstudio",
    show_default=True,
    help="Where `corpus server start` keeps its credentials.",
)
def push(
    units_path, project, config_path, kinds, target, batch_size, dry_run, as_json, data_dir
) -> None:
    """Push units as Label Studio tasks; pushing again creates nothing twice."""
    from ..studio import client as studio_client
    from ..studio import push as studio_push

    label_config = None
    if config_path:
        try:
            label_config = Path(config_path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{config_path}: cannot read the labeling config ({exc})") from exc
    conn = studio_client.connection(data_dir)
    client = studio_client.connect(conn)
    chosen = [k.strip() for k in kinds.split(",") if k.strip()] or None
    with progress(not as_json, None) as bar:
        report = studio_push.push(
            client,
            conn,
            studio_push.read_units(units_path),
            project=project,
            label_config=label_config,
            kinds=chosen,
            target=target,
            batch_size=batch_size,
            dry_run=dry_run,
            progress=bar.update if bar is not None else None,
        )
    if as_json:
        click.echo(orjson.dumps(report).decode())  # the dataclass's fields, in order
    verb = "would create" if dry_run else "created"
    click.echo(
        f"project {report.project_id} {report.project_title!r}"
        f"{' (new)' if report.project_created else ''}: {report.units} units, {verb} "
        f"{report.created} tasks, {report.present} already present, {len(report.changed)} changed"
        f"{f', {report.duplicates} duplicate unit ids skipped' if report.duplicates else ''}",
        err=True,
    )
    for unit_id in report.changed[:20]:
        click.echo(f"changed since pushed (left as it is): {unit_id}", err=True)
    if dry_run:
        return
    click.echo(f"open {conn.url}/projects/{report.project_id}/data", err=True)


