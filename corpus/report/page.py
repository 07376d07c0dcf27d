"""The report as one self-contained HTML page: inline CSS and SVG, nothing fetched."""

from __future__ import annotations

from importlib import resources
from typing import Any

from ..agreement import (
    no_pairs_note,
)
from ..agreement.figures import SHORT_NAMES
from ..version import __version__
from .charts import (
    BLUE,
    GREEN,
    GREY,
    SERIES,
    bar_chart,
    esc,
    forest_plot,
    matrix_table,
    number,
    tone,
)
from .data import KIND_NAMES, Report


def _css() -> str:
    return resources.files("corpus").joinpath("report.css").read_text(encoding="utf-8")


def render_html(report: Report) -> str:
    """The report as one HTML document: inline CSS and SVG, nothing fetched, all text escaped."""
    sections = [
        _overview(report),
        _progress_section(report),
        _distribution_section(report),
        _agreement_section(report),
        _confusion_section(report),
        _disputed_section(report),
    ]
    toc = "".join(
        f'<a href="#{anchor}">{esc(name)}</a>'
        for anchor, name in (
            ("progress", "Progress"),
            ("labels", "Labels"),
            ("agreement", "Agreement"),
            ("confusion", "Confusion"),
            ("disputed", "Disputed units"),
        )
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(report.title)}</title><style>{_css()}</style></head><body>"
        f"<header><h1>{esc(report.title)}</h1><nav>{toc}</nav></header><main>"
        + "".join(sections)
        + f"</main><footer>Made by corpus {esc(__version__)} on {esc(report.generated)} from "
        f"<code>{esc(report.export)}</code>. Annotators are pseudonymous"
        + (f" (names from <code>{esc(report.names_from)}</code>)" if report.names_from else "")
        + ".</footer></body></html>\n"
    )


def _overview(report: Report) -> str:
    start, end = report.period
    period = f"{(start or '')[:10]} → {(end or '')[:10]}" if start else "–"
    cards = [
        ("tasks", f"{report.tasks:,}"),
        ("annotated", f"{report.annotated:,}"),
        ("by 2+ annotators", f"{report.pairable:,}"),
        ("annotations", f"{report.annotations:,}"),
        ("skipped", f"{report.skipped:,}"),
        ("annotators", f"{len(report.annotators):,}"),
        ("period", period),
    ]
    body = "".join(
        f'<div class="card{" wide" if name == "period" else ""}"><div class="big">{esc(value)}</div>'
        f"<div>{esc(name)}</div></div>"
        for name, value in cards
    )
    notes = "".join(f'<p class="note">{esc(n)}</p>' for n in report.notes)
    return f'<section class="overview"><div class="cards">{body}</div>{notes}</section>'


def _progress_section(report: Report) -> str:
    people = report.annotators
    rows = []
    for p in people:
        note = f"{p.submitted:,} done · {p.skipped:,} skipped"
        if p.lead_time is not None:
            note += f" · {p.lead_time:.0f} s each"
        rows.append((p.name, [(p.submitted, BLUE), (p.skipped, GREY)], note))
    covered = report.annotated / report.tasks if report.tasks else 0.0
    chart = (
        bar_chart(rows, "annotations per annotator")
        if rows
        else '<p class="empty">No annotations yet.</p>'
    )
    coverage = bar_chart(
        [
            (
                "tasks annotated",
                [
                    (report.annotated, BLUE),
                    (report.tasks - report.annotated, "#e6e8eb"),
                ],
                f"{covered:.0%} of {report.tasks:,}",
            ),
            (
                "by 2+ annotators",
                [(report.pairable, GREEN), (report.tasks - report.pairable, "#e6e8eb")],
                f"{(report.pairable / report.tasks if report.tasks else 0):.0%}",
            ),
        ],
        "coverage of the tasks",
    )
    legend = (
        f'<p class="legend"><span class="key" style="background:{BLUE}"></span>submitted '
        f'<span class="key" style="background:{GREY}"></span>skipped · ground truth and drafts '
        "are in the table</p>"
    )
    table = "".join(
        f"<tr><td>{esc(p.name)}</td><td>{p.submitted:,}</td><td>{p.skipped:,}</td>"
        f"<td>{p.tasks:,}</td><td>{p.ground_truth:,}</td><td>{p.drafts:,}</td>"
        f"<td>{number(p.lead_time, 1)}</td></tr>"
        for p in people
    )
    details = (
        '<table class="data"><thead><tr><th>annotator</th><th>submitted</th><th>skipped</th>'
        "<th>tasks counted</th><th>ground truth</th><th>drafts</th><th>s per annotation</th>"
        f"</tr></thead><tbody>{table}</tbody></table>"
        if people
        else ""
    )
    return (
        '<section id="progress"><h2>Progress</h2>'
        f"{coverage}<h3>Per annotator</h3>{legend}{chart}{details}</section>"
    )


def _distribution_section(report: Report) -> str:
    blocks = []
    for dist in report.distributions:
        total = sum(n for _, n in dist.counts)
        rows = [
            (label, [(n, SERIES[i % len(SERIES)])], f"{n:,} ({n / total:.0%})")
            for i, (label, n) in enumerate(dist.counts)
        ]
        what = "spans" if dist.kind == "spans" else "answers"
        chart = (
            bar_chart(rows, f"labels of {dist.control}")
            if rows
            else '<p class="empty">No answers.</p>'
        )
        blocks.append(
            f'<div class="block"><h3>{esc(dist.control)} <span class="kind">{esc(KIND_NAMES.get(dist.kind, dist.kind))}</span></h3>'
            f'<p class="sub">{total:,} {what} in {dist.annotations:,} annotations</p>{chart}</div>'
        )
    if not blocks:
        blocks.append('<p class="empty">No control with answers.</p>')
    return f'<section id="labels"><h2>Label distributions</h2>{"".join(blocks)}</section>'


def _agreement_section(report: Report) -> str:
    agreement = report.agreement
    blocks = []
    options = agreement.options
    if options.bootstrap:
        intro = (
            f"95% intervals: percentile bootstrap over items, {options.bootstrap:,} replicates, "
            f"seed {options.seed}. Dashed lines: 0.667 and 0.8, Krippendorff's thresholds for α "
            "(tentative, reliable). Colour: green ≥ 0.8, orange ≥ 0.667, red below."
        )
    else:
        intro = "No intervals (bootstrap off)."
    if report.annotations and not report.pairable:
        blocks.append(f'<p class="note">{esc(no_pairs_note())}</p>')
    for control in agreement.controls:
        support = control.support
        rows = [
            (
                SHORT_NAMES.get(f.statistic, f.statistic) + (f": {f.label}" if f.label else ""),
                f.value,
                f.ci,
                f.note or "",
            )
            for f in control.figures
        ]
        label_rows = [
            (
                f"{group.key} · {SHORT_NAMES.get(f.statistic, f.statistic)}",
                f.value,
                f.ci,
                f.note or "",
            )
            for group in control.groups
            for f in group.figures
        ]
        chart = forest_plot(rows, f"agreement on {control.name}") + _undefined(rows)
        by_label = (
            f"<h4>Per label</h4>{forest_plot(label_rows, f'agreement on {control.name} per label')}"
            + _undefined(label_rows)
            if label_rows
            else ""
        )
        blocks.append(
            f'<div class="block"><h3>{esc(control.name)} <span class="kind">{esc(KIND_NAMES.get(control.kind, control.kind))}</span></h3>'
            f'<p class="sub">{support.pairable_items:,} items coded by 2+ annotators '
            f"({support.single_items:,} coded once, excluded) · {support.annotators} annotators · "
            f"{support.values:,} values</p>{chart}{by_label}</div>"
        )
    for name, why in agreement.not_measured.items():
        blocks.append(f'<p class="note">Not measured: {esc(name)}: {esc(why)}</p>')
    if not agreement.controls:
        blocks.append('<p class="empty">No control with answers to compare.</p>')
    return f'<section id="agreement"><h2>Agreement</h2><p class="sub">{esc(intro)}</p>{"".join(blocks)}</section>'


def _undefined(rows: list[tuple[str, float | None, Any, str]]) -> str:
    """Why the figures without a value have none, one line each, under the chart."""
    lines = [
        f"<li>{esc(name)}: {esc(note)}</li>"
        for name, value, _, note in rows
        if value is None and note
    ]
    return f'<ul class="undefined">{"".join(lines)}</ul>' if lines else ""


def _confusion_section(report: Report) -> str:
    blocks = []
    for confusion in report.confusions:
        if not confusion.pairs:
            blocks.append(
                f'<div class="block"><h3>{esc(confusion.control)}</h3>'
                '<p class="empty">No item was coded by two annotators.</p></div>'
            )
            continue
        pooled = matrix_table(
            confusion.labels,
            confusion.pooled,
            "one annotator",
            "another (every pair, both ways)",
        )
        pairs = "".join(
            f'<figure class="pair"><figcaption>{esc(p.first)} × {esc(p.second)} · {p.items:,} items · '
            f"Cohen's κ {number(p.kappa)}</figcaption>"
            f"{matrix_table(confusion.labels, p.matrix, p.first, p.second)}</figure>"
            for p in confusion.pairs
        )
        more = (
            f'<p class="sub">The {len(confusion.pairs)} pairs with most items together, of '
            f"{confusion.pair_count}.</p>"
            if confusion.pair_count > len(confusion.pairs)
            else ""
        )
        blocks.append(
            f'<div class="block"><h3>{esc(confusion.control)}</h3>'
            f'<div class="pooled"><h4>All pairs</h4>{pooled}</div>'
            f'<h4>Pair by pair</h4>{more}<div class="pairs">{pairs}</div></div>'
        )
    if not blocks:
        blocks.append('<p class="empty">No single-choice control.</p>')
    return (
        '<section id="confusion"><h2>Confusion between annotators</h2>'
        '<p class="sub">What one annotator chose against what another chose on the same items; '
        "the diagonal is agreement.</p>" + "".join(blocks) + "</section>"
    )


def _ink(colour: str) -> str:
    """Dark text on light colours (yellow, sky), white on the rest: readable either way."""
    r, g, b = (int(colour[k : k + 2], 16) for k in (1, 3, 5))
    return "#1f2328" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#fff"


def _chips(pieces: tuple[tuple[str, str | None], ...], colours: dict[str, str], kind: str) -> str:
    if not pieces:
        return f'<span class="none">{"no spans" if kind == "spans" else "no answer"}</span>'
    out = []
    for label, quote in pieces:
        colour = colours.get(label, GREY)
        chip = f'<span class="chip" style="--c:{colour};color:{_ink(colour)}">{esc(label)}</span>'
        out.append(chip + (f" <q>{esc(quote)}</q>" if quote is not None else ""))
    return (
        f'<span class="{"spans" if kind == "spans" else "labels"}">'
        + "".join(f'<span class="piece">{piece}</span>' for piece in out)
        + "</span>"
    )


def _disputed_section(report: Report) -> str:
    if not report.disputed:
        body = '<p class="empty">No unit below full agreement.</p>'
        return f'<section id="disputed"><h2>Most disputed units</h2>{body}</section>'
    # each label keeps the colour it has in the label distributions
    colours = {
        d.control: {label: SERIES[i % len(SERIES)] for i, (label, _) in enumerate(d.counts)}
        for d in report.distributions
    }
    kinds = {d.control: d.kind for d in report.distributions}
    cards = []
    for unit in report.disputed:
        rows = []
        for control in unit.controls:
            stat = "overlap F1" if control.statistic == "f1_overlap" else "majority share"
            kind = kinds.get(control.control, "")
            head = (
                f'<th rowspan="{max(len(control.answers), 1)}" scope="row">{esc(control.control)}'
                f'<div class="stat">{stat} {number(control.value, 2)}</div></th>'
            )
            for k, (who, pieces) in enumerate(control.answers or (("", ()),)):
                rows.append(
                    f"<tr>{head if k == 0 else ''}<td class='who'>{esc(who)}</td>"
                    f"<td>{_chips(pieces, colours.get(control.control, {}), kind)}</td></tr>"
                )
        more = '<span class="more"> … (cut)</span>' if unit.truncated else ""
        name = (
            f'<code>{esc(unit.unit_id)}</code> <span class="sub">task {unit.task_id}'
            if unit.unit_id != str(unit.task_id)
            else f'task {unit.task_id} <span class="sub">'
        )
        cards.append(
            f'<article class="unit" style="--tone:{tone(unit.lowest)}">'
            f"<h3>{name} · lowest agreement {number(unit.lowest, 2)}</span></h3>"
            f"<blockquote>{esc(unit.text)}{more}</blockquote>"
            f'<table class="answers"><tbody>{"".join(rows)}</tbody></table></article>'
        )
    body = (
        f'<p class="sub">The {len(report.disputed)} units with the lowest per-unit agreement, '
        f"of {report.disputed_total:,} below full agreement (majority share for choices, "
        "overlap F1 for spans).</p>" + "".join(cards)
    )
    return f'<section id="disputed"><h2>Most disputed units</h2>{body}</section>'
