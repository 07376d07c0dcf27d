"""``corpus push``: units in, Label Studio tasks out, never twice."""

from __future__ import annotations

from pathlib import Path

import click
import orjson

from ..errors import CorpusError
from ..studio.templates import DEFAULT_KINDS, TEMPLATES
from ._common import data_dir_option, progress

# what each project held after the last push, checked against the server before it is used
INDEX_DIR = ".corpus"


@click.command()
@click.argument("units_path", metavar="UNITS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--project", required=True, help="Project id, or exact title (created if new).")
@click.option(
    "--template",
    type=click.Choice(TEMPLATES),
    help="Built-in labeling config for a new project.",
)
@click.option("--labels", default="", help="spans/classify: the labels, comma-separated.")
@click.option("--multiple", is_flag=True, help="classify: allow several labels per unit.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Your own labeling config (XML) for a new project, instead of --template.",
)
@click.option("--kinds", default="", help="Push only these unit kinds (comma-separated).")
@click.option("--target", help="stance: the target (default: each article's title).")
@click.option(
    "--predictions",
    "predictions_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Pre-annotations as JSON Lines (unit_id, spans or label, score, model).",
)
@click.option(
    "--gazetteer",
    "gazetteer_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Pre-mark every term of this YAML file (label -> terms and aliases).",
)
@click.option(
    "--update",
    is_flag=True,
    help="Replace tasks whose unit text changed, if nobody annotated them.",
)
@click.option("--batch-size", type=click.IntRange(1, 50_000), default=1000, show_default=True)
@click.option("--dry-run", is_flag=True, help="Say what would be created; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@data_dir_option
def push(
    units_path,
    project,
    template,
    labels,
    multiple,
    config_path,
    kinds,
    target,
    predictions_path,
    gazetteer_path,
    update,
    batch_size,
    dry_run,
    as_json,
    data_dir,
) -> None:
    """Push units as Label Studio tasks; pushing again creates nothing twice.

    A new project gets its labeling config from --template (spans, classify, stance,
    propaganda, thread) or --config FILE; an existing one keeps its own.
    """
    from ..gazetteer import load_gazetteer
    from ..studio import client as studio_client
    from ..studio import push as studio_push
    from ..studio.predictions import read_predictions
    from ..studio.templates import render

    if template and config_path:
        raise click.UsageError("give --template or --config, not both")
    label_config = None
    if template:
        label_config = render(template, labels.split(",") if labels else (), multiple=multiple)
    elif config_path:
        try:
            label_config = Path(config_path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{config_path}: cannot read the labeling config ({exc})") from exc
    elif labels or multiple:
        raise click.UsageError("--labels and --multiple go with --template")
    chosen = [k.strip() for k in kinds.split(",") if k.strip()] or DEFAULT_KINDS.get(template)
    gazetteer = load_gazetteer(gazetteer_path) if gazetteer_path else None
    predictions = list(read_predictions(predictions_path)) if predictions_path else None

    conn = studio_client.connection(data_dir)
    client = studio_client.connect(conn)
    with progress(not as_json, None) as bar:
        report = studio_push.push(
            client,
            conn,
            studio_push.UnitsFile(units_path),
            project=project,
            label_config=label_config,
            kinds=chosen,
            target=target,
            predictions=predictions,
            gazetteer=gazetteer,
            update=update,
            batch_size=batch_size,
            dry_run=dry_run,
            progress=bar.update if bar is not None else None,
            index_dir=INDEX_DIR,
        )
    if as_json:
        click.echo(orjson.dumps(report).decode())  # the dataclass's fields, in order
    verb = "would create" if dry_run else "created"
    extra = ""
    if report.updated:
        extra += f", {len(report.updated)} updated"
    if report.predictions:
        extra += f", {report.predictions} predictions {'to add' if dry_run else 'added'}"
    if report.duplicates:
        extra += f", {report.duplicates} duplicate unit ids skipped"
    click.echo(
        f"project {report.project_id} {report.project_title!r}"
        f"{' (new)' if report.project_created else ''}: {report.units} units, {verb} "
        f"{report.created} tasks, {report.present} already present, "
        f"{len(report.changed)} changed{extra}",
        err=True,
    )
    if report.config_differs:
        click.echo(
            "note: the project exists and keeps its own labeling config; the one given was not used",
            err=True,
        )
    for unit_id in report.changed[:20]:
        why = "it has annotations" if update else "--update replaces it if nobody annotated it"
        click.echo(f"changed since pushed, left as it is ({why}): {unit_id}", err=True)
    if len(report.changed) > 20:
        click.echo(f"... and {len(report.changed) - 20} more changed units", err=True)
    if dry_run:
        return
    click.echo(f"open {conn.url}/projects/{report.project_id}/data", err=True)
