"""``corpus status``: how far a project has come, who did what, and the agreement so far."""

from __future__ import annotations

import math

import click
import orjson

from ._common import data_dir_option, json_option, project_option


@click.command()
@project_option()
@json_option("Print the status as JSON on stdout.")
@data_dir_option()
def status(project, as_json, data_dir) -> None:
    """Tasks done against the overlap target, each annotator's count, agreement so far.

    \b
        corpus status --project "harbour stance"
    """
    from ..status import project_status
    from ..studio import client as studio_client

    state = project_status(studio_client.Studio.open(data_dir), project)
    if as_json:
        click.echo(orjson.dumps(state, option=orjson.OPT_INDENT_2).decode())
    else:
        click.echo("\n".join(render(state)))
    for note in state.notes:
        click.echo(f"note: {note}", err=True)


def render(state) -> list[str]:
    share = f" on {state.overlap_share}% of tasks" if state.overlap_share < 100 else ""
    lines = [
        f"project {state.project_id} {state.title!r}: {state.tasks} tasks, "
        f"{state.overlap} annotator{'s' if state.overlap != 1 else ''} per task{share}",
        f"  done {state.done}, in progress {state.started}, not started {state.not_started}"
        + (f"; {state.skipped} skips" if state.skipped else ""),
        f"  tasks with 2+ annotators (what agreement can use): {state.pairable}",
    ]
    if state.annotators:
        width = max(len("annotator"), *(len(a.annotator) for a in state.annotators))
        lines += ["", f"  {'annotator':<{width}}  submitted  skipped  last"]
        for a in state.annotators:
            when = (a.last or "")[:16].replace("T", " ")
            lines.append(f"  {a.annotator:<{width}}  {a.submitted:>9}  {a.skipped:>7}  {when}")
    if state.agreement:
        lines += ["", "  agreement so far:"]
        for f in state.agreement:
            value = "–" if f.value is None or not math.isfinite(f.value) else f"{f.value:.3f}"
            lines.append(f"  {f.control:<20} {f.statistic:<24} {value:>6}  ({f.items} items)")
    return lines
