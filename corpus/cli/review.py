"""``corpus review``: the units annotators disagree on, in a Label Studio project for adjudication."""

from __future__ import annotations

from pathlib import Path

import click
import orjson

from ._common import data_dir_option, json_option, progress, project_option, quiet_option


@click.command()
@project_option("The annotated project: id, or exact title.")
@click.option(
    "--min-agreement",
    type=click.FloatRange(0.0, 1.0),
    help="Review units whose per-unit agreement on some control is below this "
    "(majority share; overlap F1 for spans). Default: any disagreement at all.",
)
@click.option(
    "--review-project",
    "review_title",
    help='Title of the review project [default: "<project> — review"]; created if new.',
)
@click.option(
    "--export",
    "export_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Read this JSON export of the project (`corpus pull`) instead of pulling one.",
)
@click.option(
    "--annotators-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Pseudonym mapping [default: the one `corpus export` uses, "
    ".corpus/annotators-project-<id>.json].",
)
@click.option("--dry-run", is_flag=True, help="Say what would be added; change nothing.")
@json_option()
@quiet_option()
@data_dir_option()
def review(
    project,
    min_agreement,
    review_title,
    export_path,
    annotators_file,
    dry_run,
    as_json,
    quiet,
    data_dir,
) -> None:
    """Put the units whose annotators disagree into a review project for adjudication.

    \b
    Every review task shows each annotator's answer read-only, named annotator_N, and
    opens empty: the adjudicator gives the right answer and submits it. Running again adds
    only units newly in dispute. Then `corpus pull` the review project: its annotations are
    the adjudicated labels (gold), and the dataset records whose version each one matches.
    """
    from ..studio import client as studio_client
    from ..studio.review import review as run_review

    studio = studio_client.Studio.open(data_dir)
    with progress(not as_json and not quiet, None) as bar:
        report = run_review(
            studio,
            project,
            min_agreement=min_agreement,
            review_title=review_title,
            export_path=export_path,
            annotators_file=annotators_file,
            dry_run=dry_run,
            progress=bar.update if bar is not None else None,
        )
    if as_json:
        click.echo(orjson.dumps(report).decode())
    say = lambda text: click.echo(text, err=True)  # noqa: E731
    rule = (
        f"per-unit agreement below {report.min_agreement:g}"
        if report.min_agreement is not None
        else "any disagreement"
    )
    say(
        f"project {report.project_id} {report.project_title!r}: {report.tasks} annotated tasks, "
        f"{report.compared} with 2+ annotators, {report.disputed} disputed ({rule})"
    )
    if not report.compared:
        from ..agreement import no_pairs_note

        say(f"note: {no_pairs_note(report.project_title)}")
    if report.review_project_id is None and not dry_run:
        say("nothing to review; no review project made")
        return
    verb = "would add" if dry_run else "added"
    where = (
        f"review project {report.review_project_id} {report.review_title!r}"
        if report.review_project_id is not None
        else f"new review project {report.review_title!r}"
    )
    say(
        f"{where}{' (new)' if report.review_created else ''}: {verb} {report.added} tasks, "
        f"{report.present} already under review, {report.versions} answers shown from "
        f"{report.annotators} annotators (pseudonyms in {report.annotators_file})"
    )
    if report.config_differs:
        say("note: the review project's labeling config differs from the project's")
    if report.review_project_id is not None and not dry_run:
        say(f"open {studio.conn.url}/projects/{report.review_project_id}/data")
