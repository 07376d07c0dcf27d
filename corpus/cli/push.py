"""``corpus push``: units in, Label Studio tasks out, never twice."""

from __future__ import annotations

import click
import orjson

from ..errors import CorpusError
from ..files import STATE_DIR
from ..studio.templates import DEFAULT_KINDS, TEMPLATES
from ._common import (
    data_dir_option,
    json_option,
    kinds_option,
    progress,
    project_option,
    quiet_option,
)

# what each project held after the last push, checked against the server before it is used


@click.command()
@click.argument("units_path", metavar="UNITS.jsonl", type=click.Path(exists=True, dir_okay=False))
@project_option("Project id, or exact title (created if new).")
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
@kinds_option("Push only these unit kinds (comma-separated); default: the template's.")
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
@click.option(
    "--overlap",
    type=click.IntRange(1, 100),
    help="Annotators per task (the project's maximum_annotations); overlapping tasks are "
    "shown first. Default: keep the project's.",
)
@click.option(
    "--overlap-share",
    type=click.FloatRange(0, 1, min_open=True),
    help="Share of tasks (0-1] that get --overlap annotators; the rest get one. "
    "Default: keep the project's.",
)
@click.option(
    "--per-annotator",
    "annotators",
    metavar="EMAILS",
    help="A round: one project per annotator (comma-separated e-mails), titled 'PROJECT — "
    "EMAIL', so nobody sees the others' answers; `corpus pull --project PROJECT` merges them.",
)
@click.option("--batch-size", type=click.IntRange(1, 50_000), default=1000, show_default=True)
@click.option("--dry-run", is_flag=True, help="Say what would be created; change nothing.")
@json_option()
@quiet_option()
@data_dir_option()
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
    overlap,
    overlap_share,
    annotators,
    batch_size,
    dry_run,
    as_json,
    quiet,
    data_dir,
) -> None:
    """Push units as Label Studio tasks; pushing again creates nothing twice.

    A new project gets its labeling config from --template (spans, classify, stance,
    propaganda, thread) or --config FILE; an existing one keeps its own.
    """
    from ..gazetteer import load_gazetteer
    from ..studio import client as studio_client
    from ..studio import push as studio_push
    from ..studio.locks import local_locks
    from ..studio.predictions import read_predictions
    from ..studio.templates import render

    if template and config_path:
        raise click.UsageError("give --template or --config, not both")
    label_config = None
    if template:
        label_config = render(template, labels.split(",") if labels else (), multiple=multiple)
    elif config_path:
        from ..labelconfig import read_config

        label_config = read_config(config_path).xml
    elif labels or multiple:
        raise click.UsageError("--labels and --multiple go with --template")
    chosen = list(kinds) or DEFAULT_KINDS.get(template)
    gazetteer = load_gazetteer(gazetteer_path) if gazetteer_path else None
    predictions = list(read_predictions(predictions_path)) if predictions_path else None

    if annotators and (overlap or overlap_share):
        raise click.UsageError(
            "--per-annotator gives each task to every annotator; leave out --overlap"
        )
    studio = studio_client.Studio.open(data_dir)
    if annotators:
        from ..studio.rounds import push_round

        with progress(not as_json and not quiet, None) as bar:
            pushed = push_round(
                studio,
                studio_push.UnitsFile(units_path),
                round_title=project,
                annotators=annotators.split(","),
                label_config=label_config,
                kinds=chosen,
                target=target,
                predictions=predictions,
                gazetteer=gazetteer,
                update=update,
                batch_size=batch_size,
                dry_run=dry_run,
                progress=bar.update if bar is not None else None,
                index_dir=STATE_DIR,
                locks=local_locks(data_dir, studio.conn),
            )
        for _, report in pushed.pushes:
            if as_json:
                click.echo(orjson.dumps(report).decode())
            for line in report_lines(report, update=update, url=studio.conn.url):
                click.echo(line, err=True)
            _check_complete(report)
        click.echo(
            f"round {project!r}: {len(pushed.pushes)} projects, one per annotator; "
            f"`corpus pull --project {project!r}` merges them",
            err=True,
        )
        return
    with progress(not as_json and not quiet, None) as bar:
        report = studio_push.push(
            studio,
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
            index_dir=STATE_DIR,
            overlap=overlap,
            overlap_share=overlap_share,
            locks=local_locks(data_dir, studio.conn),
        )
    if as_json:
        click.echo(orjson.dumps(report).decode())  # the dataclass's fields, in order
    for line in report_lines(report, update=update, url=studio.conn.url):
        click.echo(line, err=True)
    _check_complete(report)


def _check_complete(report) -> None:
    if report.missing:
        raise CorpusError(
            f"{len(report.missing)} units have no task after this push (e.g. "
            f"{report.missing[0]}); run the same command again to create them"
        )


def report_lines(report, *, update: bool, url: str) -> list[str]:
    """What a push did, for people: one summary line, then what needs their attention."""
    dry = report.dry_run
    verb = "would create" if dry else "created"
    extra = ""
    if report.updated:
        extra += f", {len(report.updated)} {'to update' if dry else 'updated'}"
    if report.predictions:
        extra += f", {report.predictions} predictions {'to add' if dry else 'added'}"
    if report.duplicates:
        extra += f", {report.duplicates} duplicate unit ids skipped"
    lines = [
        f"project {report.project_id} {report.project_title!r}"
        f"{' (new)' if report.project_created else ''}: {report.units} units, {verb} "
        f"{report.created} tasks, {report.present} already present, "
        f"{len(report.changed)} changed{extra}"
    ]
    share = (
        "" if report.overlap_share in (None, 1.0) else f" for {report.overlap_share:.0%} of tasks"
    )
    first = ", overlapping tasks first" if report.show_overlap_first and report.overlap > 1 else ""
    lines.append(f"overlap: {report.overlap} annotator(s) per task{share}{first}")
    if report.raced:
        lines.append(
            f"{report.raced} of the units this push imported had just been created by a "
            "concurrent push: its tasks stay, this push's copies were removed"
        )
    if report.removed:
        lines.append(f"removed {report.removed} duplicate tasks nobody had worked on")
    if report.kept_duplicates:
        lines.append(
            f"{len(report.kept_duplicates)} units still have several tasks, each with work on "
            f"it (annotations, drafts or open in the label stream); not deleted, e.g. "
            f"{', '.join(report.kept_duplicates[:3])}"
        )
    if report.retired:
        ids = ", ".join(str(i) for i in report.retired)
        lines.append(
            f"note: concurrent pushes created {report.project_title!r} more than once; the "
            f"empty duplicates (ids {ids}) are renamed '... (duplicate ID)' and safe to delete"
        )
    if report.released:
        lines.append(f"returned {report.released} tasks an interrupted --update had held back")
    if report.title_shared_by:
        ids = ", ".join(str(i) for i in report.title_shared_by)
        lines.append(
            f"warning: other projects are titled {report.project_title!r} too (ids {ids}); "
            f"this push used {report.project_id}"
        )
    if report.config_differs:
        lines.append(
            "note: the project exists and keeps its own labeling config; the one given was not used"
        )
    for unit_id in report.changed[:20]:
        why = "it has annotations" if update else "--update replaces it if nobody annotated it"
        lines.append(f"changed since pushed, left as it is ({why}): {unit_id}")
    if len(report.changed) > 20:
        lines.append(f"... and {len(report.changed) - 20} more changed units")
    for unit_id, why in report.busy[:20]:
        lines.append(f"changed since pushed, left as it is ({why}): {unit_id}")
    if len(report.busy) > 20:
        lines.append(f"... and {len(report.busy) - 20} more changed units in use")
    for unit_id in report.restored:
        lines.append(
            f"changed since pushed, replaced, then put back: an annotator began it on the old "
            f"text during the replacement: {unit_id}"
        )
    if update and not report.open_tasks_visible and (report.updated or report.busy):
        lines.append(
            "note: this server does not show which tasks annotators hold open in the label "
            "stream (only a server started by `corpus server start` here does); a task opened "
            "without a draft yet may have had its text replaced"
        )
    if not dry:
        lines.append(f"open {url}/projects/{report.project_id}/data")
    return lines
