"""A Label Studio export → one self-contained HTML report a team would rather look at than read.

``corpus report`` answers the questions a project lead asks every week, as charts: how far each
annotator has got, which labels are used how often, how well the annotators agree on every
control and label (with bootstrap intervals, from :mod:`corpus.agreement`), where they confuse
one label for another (a matrix per pair of annotators, per single-choice control), and which
units they disagree on most, with the text.

The file stands alone: inline CSS and SVG drawn here, no script, no font, no image fetched from
anywhere, so it opens offline, can be mailed or archived, and prints cleanly. Every piece of
text from the export (unit text, labels, control names) is HTML-escaped. Annotators appear
under the pseudonyms ``corpus export`` gives them (``annotator_N``, read from the same mapping
file when it exists; the report never writes it), never by e-mail or name.

Two streaming passes over the export: one for the counts and the agreement data, one to fetch
the text of the few most disputed units.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .agreement import (
    AgreementReport,
    Options,
    annotator_key,
    collect,
    counted,
    no_pairs_note,
    report_of,
    units_agreement,
)
from .agreement.collect import Collected, ControlData
from .agreement.figures import SHORT_NAMES, ratings_of
from .agreement.kappa import confusion_sums, kappas_from_confusions, pair_annotators
from .labelconfig import LabelConfig
from .lsexport import Export, Task
from .pseudonyms import Pseudonyms, mapping_path
from .version import __version__

BOOTSTRAP = 1000  # replicates for the intervals
TOP_DISPUTED = 20
MAX_PAIRS = 6  # annotator pairs drawn per choice control (the ones with most items together)
MAX_TEXT = 1200  # characters of a disputed unit's text shown

KIND_NAMES = {
    "choice": "single choice",
    "sets": "multiple choice",
    "spans": "spans",
    "rating": "rating",
}


@dataclass(frozen=True)
class AnnotatorProgress:
    """How far one annotator has got."""

    name: str  # annotator_N
    submitted: int
    skipped: int
    tasks: int  # tasks whose counted annotations include theirs
    ground_truth: int
    drafts: int
    lead_time: float | None  # mean seconds per submitted annotation, when recorded


@dataclass(frozen=True)
class Distribution:
    """How often each label (or rating) of a control was given."""

    control: str
    kind: str
    counts: tuple[tuple[str, int], ...]  # in the config's label order, then others
    annotations: int  # counted annotations that answered the control at all


@dataclass(frozen=True)
class PairConfusion:
    """What one annotator said (rows) against what another said (columns), on shared items."""

    first: str
    second: str
    items: int
    matrix: tuple[tuple[int, ...], ...]
    kappa: float | None


@dataclass(frozen=True)
class Confusion:
    """The confusion matrices of one single-choice control."""

    control: str
    labels: tuple[str, ...]
    pooled: tuple[tuple[int, ...], ...]  # every pair, both orders: symmetric
    pairs: tuple[PairConfusion, ...]  # the MAX_PAIRS pairs with most items together
    pair_count: int  # annotator pairs in all


@dataclass(frozen=True)
class DisputedControl:
    control: str
    statistic: str  # majority_share or f1_overlap
    value: float | None
    # (annotator_N, the answer as (label, quoted text or None) pieces; () = no answer)
    answers: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...]


@dataclass(frozen=True)
class DisputedUnit:
    task_id: int
    unit_id: str
    text: str  # at most MAX_TEXT characters
    truncated: bool
    lowest: float
    controls: tuple[DisputedControl, ...]


@dataclass(frozen=True)
class Report:
    """Everything the HTML shows, computed; :func:`render_html` only draws it."""

    title: str
    export: str
    generated: str
    tasks: int
    annotated: int  # tasks with at least one counted annotation
    pairable: int  # tasks with two or more
    annotations: int  # counted
    skipped: int
    drafts: int
    period: tuple[str | None, str | None]
    annotators: tuple[AnnotatorProgress, ...]
    distributions: tuple[Distribution, ...]
    agreement: AgreementReport
    confusions: tuple[Confusion, ...]
    disputed: tuple[DisputedUnit, ...]
    disputed_total: int
    names_from: str  # the pseudonym mapping used, or "" when names were given afresh
    notes: tuple[str, ...] = field(default=())


# -- gathering -----------------------------------------------------------------------------------


@dataclass
class _Person:
    submitted: int = 0
    skipped: int = 0
    tasks: int = 0
    ground_truth: int = 0
    drafts: int = 0
    seconds: float = 0.0
    timed: int = 0


class _Tally:
    """Counts per annotator while the tasks stream past on their way to ``collect``."""

    def __init__(self, pseudonyms: Pseudonyms):
        self.pseudonyms = pseudonyms
        self.names: dict[Any, str] = {}  # annotator_key -> annotator_N
        self.people: dict[str, _Person] = {}
        self.tasks = self.annotated = self.pairable = self.skipped = self.drafts = 0
        self.first: str | None = None
        self.last: str | None = None

    def watch(self, tasks: Iterable[Task], tick: Callable[[int], object] | None) -> Iterator[Task]:
        for task in tasks:
            self.add(task)
            yield task
            if tick is not None:
                tick(1)

    def add(self, task: Task) -> None:
        self.tasks += 1
        # every record in export order, as `corpus export` names them, so numbers agree
        for ann in task.all_annotations:
            name = self.pseudonyms.name(ann)
            if name is None:
                continue
            person = self.people.setdefault(name, _Person())
            if ann.kind == "draft":
                person.drafts += 1
                self.drafts += 1
                continue
            self.names[annotator_key(ann)] = name
            if ann.was_cancelled:
                person.skipped += 1
                self.skipped += 1
                continue
            person.submitted += 1
            if ann.lead_time is not None and math.isfinite(ann.lead_time):
                person.seconds += ann.lead_time
                person.timed += 1
            stamp = ann.updated_at or ann.created_at
            if stamp:
                self.first = min(self.first or stamp, stamp)
                self.last = max(self.last or stamp, stamp)
        chosen = counted(task)
        self.annotated += bool(chosen)
        self.pairable += len(chosen) >= 2
        for ann in chosen:
            person = self.people[self.names[annotator_key(ann)]]
            person.tasks += 1
            person.ground_truth += ann.ground_truth

    def progress(self) -> tuple[AnnotatorProgress, ...]:
        return tuple(
            AnnotatorProgress(
                name,
                p.submitted,
                p.skipped,
                p.tasks,
                p.ground_truth,
                p.drafts,
                p.seconds / p.timed if p.timed else None,
            )
            for name, p in sorted(self.people.items(), key=lambda kv: _name_order(kv[0]))
        )


def _name_order(name: str) -> tuple:
    head, _, tail = name.rpartition("_")
    return (head, int(tail)) if tail.isdigit() else (name, 0)


def build_report(
    export_path: str | Path,
    config: LabelConfig | None = None,
    *,
    bootstrap: int = BOOTSTRAP,
    seed: int = 0,
    top: int = TOP_DISPUTED,
    annotators_file: str | Path | None = None,
    title: str | None = None,
    progress: Callable[[int], object] | None = None,
) -> Report:
    """Read the export and compute everything the report shows.

    ``annotators_file`` is the pseudonym mapping of ``corpus export`` (default: the one it
    uses for the export's project); it is read when it exists and never written.
    """
    from .lsexport import open_export

    export = open_export(export_path, config)
    first = next(iter(export), None)
    if annotators_file is not None:
        mapping: Path | None = Path(annotators_file)
    elif first is not None and first.project is not None:
        mapping = mapping_path(f"project-{first.project}")
    else:
        mapping = mapping_path(Path(export_path).stem)
    if mapping is not None and not mapping.exists():
        mapping = None
    tally = _Tally(Pseudonyms(mapping))
    collected = collect(tally.watch(export, progress), config)
    options = Options(bootstrap=bootstrap, seed=seed, by=("label",))
    agreement = report_of(collected, options, export=str(export_path), format=export.format)
    ranked = _ranked_disputes(collected)
    disputed = _disputed_units(export, collected, ranked[:top], tally.names)
    return Report(
        title=title or f"Annotation report: {Path(export_path).name}",
        export=str(export_path),
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        tasks=tally.tasks,
        annotated=tally.annotated,
        pairable=tally.pairable,
        annotations=collected.annotations,
        skipped=tally.skipped,
        drafts=tally.drafts,
        period=(tally.first, tally.last),
        annotators=tally.progress(),
        distributions=tuple(_distribution(d) for d in collected.controls.values()),
        agreement=agreement,
        confusions=tuple(
            _confusion(d, tally.names) for d in collected.controls.values() if d.kind == "choice"
        ),
        disputed=disputed,
        disputed_total=len(ranked),
        names_from=str(mapping) if mapping is not None else "",
        notes=agreement.warnings,
    )


def _distribution(data: ControlData) -> Distribution:
    counts: Counter = Counter()
    answered = 0
    for answers in data.values.values():
        for answer in answers.values():
            if data.kind == "spans":
                counts.update(label for _, _, label in answer)
                answered += bool(answer)
            elif data.kind == "sets":
                counts.update(answer)
                answered += bool(answer)
            elif answer is not None:
                counts[answer] += 1
                answered += 1
    if data.kind == "rating":
        order = sorted(counts, key=lambda v: (not isinstance(v, int | float), v))
    else:
        order = [label for label in data.labels if label in counts]
        order += sorted((label for label in counts if label not in data.labels), key=str)
    return Distribution(
        data.name, data.kind, tuple((_label(k), counts[k]) for k in order), answered
    )


def _label(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _confusion(data: ControlData, names: dict[Any, str]) -> Confusion:
    ratings = ratings_of(data)
    labels = tuple(str(v) for v in ratings.domain)
    size = len(labels)
    sums, n_pairs = confusion_sums(ratings)
    if n_pairs == 0 or size == 0:
        empty = tuple(tuple(0 for _ in labels) for _ in labels)
        return Confusion(data.name, labels, empty, (), 0)
    stack = sums.total()[: n_pairs * size * size].reshape(n_pairs, size, size)
    kappas = kappas_from_confusions(stack)
    who = pair_annotators(ratings)
    pooled = stack.sum(axis=0)
    pooled = pooled + pooled.T
    order = np.argsort(-stack.sum(axis=(1, 2)), kind="stable")[:MAX_PAIRS]
    pairs = []
    for index in order:
        first, second = (
            names.get(ratings.annotators[c], str(ratings.annotators[c])) for c in who[index]
        )
        matrix = stack[index]
        if _name_order(second) < _name_order(first):
            first, second, matrix = second, first, matrix.T
        kappa = kappas[index]
        pairs.append(
            PairConfusion(
                first,
                second,
                int(matrix.sum()),
                _ints(matrix),
                float(kappa) if np.isfinite(kappa) else None,
            )
        )
    return Confusion(data.name, labels, _ints(pooled), tuple(pairs), n_pairs)


def _ints(matrix: np.ndarray) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(row) for row in np.rint(matrix).astype(np.int64).tolist())


def _ranked_disputes(collected: Collected) -> list[tuple[float, int, int]]:
    """(lowest per-unit agreement, -annotators, task id) of every unit below full agreement."""
    ranked = []
    for task_id, units in units_agreement(collected).items():
        values = [u.value for u in units if u.value is not None]
        if values and min(values) < 1.0:
            ranked.append((min(values), -max(u.annotators for u in units), task_id))
    ranked.sort()
    return ranked


def _disputed_units(
    export: Export, collected: Collected, ranked: list, names: dict[Any, str]
) -> tuple[DisputedUnit, ...]:
    """The text and every annotator's answers of the most disputed units (a second pass)."""
    wanted = {task_id: (lowest, rank) for rank, (lowest, _, task_id) in enumerate(ranked)}
    if not wanted:
        return ()
    agreement = units_agreement(collected)
    found: list[tuple[int, DisputedUnit]] = []
    for task in export:
        if task.id not in wanted:
            continue
        lowest, rank = wanted[task.id]
        controls = []
        for unit in sorted(agreement.get(task.id, ()), key=lambda u: (u.value is None, u.value)):
            data = collected.controls[unit.control]
            text = _text_of(task, data.text_field)
            answers = tuple(
                sorted(
                    (
                        (names.get(who, str(who)), _answer_text(data.kind, answer, text))
                        for who, answer in data.values.get(task.id, {}).items()
                    ),
                    key=lambda pair: _name_order(pair[0]),
                )
            )
            controls.append(DisputedControl(unit.control, unit.statistic, unit.value, answers))
        text = _text_of(task, _primary_field(collected))
        found.append(
            (
                rank,
                DisputedUnit(
                    task_id=task.id,
                    unit_id=str(task.data.get("unit_id") or task.id),
                    text=text[:MAX_TEXT],
                    truncated=len(text) > MAX_TEXT,
                    lowest=lowest,
                    controls=tuple(controls),
                ),
            )
        )
        if len(found) == len(wanted):
            break
    return tuple(unit for _, unit in sorted(found, key=lambda pair: pair[0]))


def _primary_field(collected: Collected) -> str | None:
    fields = [d.text_field for d in collected.controls.values() if d.text_field]
    return fields[0] if fields else None


def _text_of(task: Task, field_name: str | None) -> str:
    """The text a control points at: its field, else ``text``, else the longest string."""
    data = task.data
    for key in (field_name, "text"):
        if key and isinstance(data.get(key), str):
            return data[key]
    strings = [v for v in data.values() if isinstance(v, str)]
    return max(strings, key=len) if strings else ""


def _answer_text(kind: str, answer: Any, text: str) -> tuple[tuple[str, str | None], ...]:
    """An answer as (label, quote) pieces: spans quote their text, other answers do not."""
    if kind == "spans":
        return tuple(
            (label, text[start:end] if 0 <= start < end <= len(text) else f"{start}–{end}")
            for start, end, label in sorted(answer or ())
        )
    if kind == "sets":
        return tuple((label, None) for label in sorted(answer or (), key=str))
    return () if answer is None else ((_label(answer), None),)


# -- drawing -------------------------------------------------------------------------------------

# Okabe & Ito's palette: tells colours apart with any colour vision, and in greyscale print
BLUE, ORANGE, GREEN, RED, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#9aa0a6"
SKY, PURPLE, YELLOW = "#56B4E9", "#CC79A7", "#F0E442"
SERIES = (BLUE, ORANGE, GREEN, PURPLE, SKY, RED, YELLOW)
WIDTH = 920  # the width of the page's column, so chart text is drawn at about 1:1
LABEL_W = 230
NOTE_W = 220
FOREST_LABEL_W = 300
ROW_H = 24


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _number(value: float | None, digits: int = 3) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{value:.{digits}f}"


def _svg(height: float, body: str, label: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" width="100%" role="img" '
        f'aria-label="{_e(label)}" xmlns="http://www.w3.org/2000/svg">{body}</svg>'
    )


def _text(x: float, y: float, content: str, *, anchor: str = "start", cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{klass}>{_e(content)}</text>'


def _clip(label: str, size: int = 30) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"


def bar_chart(
    rows: list[tuple[str, list[tuple[float, str]], str]], label: str, *, scale: float | None = None
) -> str:
    """Horizontal bars: one row per (name, [(value, colour), ...] stacked, note on the right)."""
    if not rows:
        return ""
    plot = WIDTH - LABEL_W - NOTE_W
    most = scale or max((sum(v for v, _ in segments) for _, segments, _ in rows), default=0)
    most = most or 1
    parts = []
    for index, (name, segments, note) in enumerate(rows):
        y = 6 + index * ROW_H
        parts.append(_text(LABEL_W - 8, y + 15, _clip(name), anchor="end", cls="name"))
        parts.append(
            f'<rect x="{LABEL_W}" y="{y + 3}" width="{plot}" height="{ROW_H - 8}" class="track"/>'
        )
        x = float(LABEL_W)
        for value, colour in segments:
            width = plot * value / most
            if width > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{max(width, 1.5):.1f}" '
                    f'height="{ROW_H - 8}" fill="{colour}" rx="2"/>'
                )
            x += width
        parts.append(_text(LABEL_W + plot + 8, y + 15, note, cls="note"))
    return _svg(12 + len(rows) * ROW_H, "".join(parts), label)


def _tone(value: float | None) -> str:
    if value is None:
        return GREY
    if value >= 0.8:
        return GREEN
    if value >= 0.667:
        return ORANGE
    return RED


def forest_plot(
    rows: list[tuple[str, float | None, tuple[float, float] | None, str]], label: str
) -> str:
    """One row per figure: its value as a dot, its 95% interval as a line, on one shared axis.

    The axis runs from 0 (or lower, when a value or bound is negative) to 1; dashed lines at
    0.667 and 0.8 mark Krippendorff's thresholds for tentative and reliable conclusions.
    """
    if not rows:
        return ""
    low = min(
        [0.0]
        + [v for _, v, _, _ in rows if v is not None]
        + [ci[0] for _, _, ci, _ in rows if ci is not None]
    )
    low = math.floor(max(low, -1.0) * 5) / 5
    left, plot = FOREST_LABEL_W, WIDTH - FOREST_LABEL_W - NOTE_W
    top = 22

    def x(value: float) -> float:
        return left + plot * (value - low) / (1.0 - low)

    height = top + len(rows) * ROW_H + 8
    parts = []
    tick = low
    while tick <= 1.0001:
        cls = "axis zero" if abs(tick) < 1e-9 else "axis"
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{top - 4}" y2="{height - 6}" class="{cls}"/>'
        )
        parts.append(_text(x(tick), top - 9, f"{tick:g}", anchor="middle", cls="tick"))
        tick = round(tick + 0.2, 10)
    for mark in (0.667, 0.8):
        parts.append(
            f'<line x1="{x(mark):.1f}" x2="{x(mark):.1f}" y1="{top - 4}" y2="{height - 6}" class="threshold"/>'
        )
    parts.append(_text(left + plot + 10, top - 9, "value  [95% CI]", cls="tick"))
    for index, (name, value, ci, note) in enumerate(rows):
        y = top + index * ROW_H + ROW_H / 2
        if index % 2 == 0:
            parts.append(
                f'<rect x="0" y="{y - ROW_H / 2:.1f}" width="{WIDTH}" height="{ROW_H}" class="stripe"/>'
            )
        parts.append(_text(left - 8, y + 4, _clip(name, 46), anchor="end", cls="name"))
        colour = _tone(value)
        if ci is not None:
            lo, hi = max(ci[0], low), min(ci[1], 1.0)
            parts.append(
                f'<line x1="{x(lo):.1f}" x2="{x(hi):.1f}" y1="{y:.1f}" y2="{y:.1f}" '
                f'stroke="{colour}" class="ci"/>'
            )
            for end in (lo, hi):
                parts.append(
                    f'<line x1="{x(end):.1f}" x2="{x(end):.1f}" y1="{y - 5:.1f}" y2="{y + 5:.1f}" '
                    f'stroke="{colour}" class="ci"/>'
                )
        if value is not None:
            parts.append(
                f'<circle cx="{x(max(value, low)):.1f}" cy="{y:.1f}" r="5.5" fill="{colour}">'
                f"<title>{_e(name)}: {_number(value)}</title></circle>"
            )
        shown = _number(value)
        if ci is not None:
            shown += f"  [{_number(ci[0])}, {_number(ci[1])}]"
        parts.append(
            _text(
                left + plot + 10,
                y + 4,
                shown if value is not None else "–  (see below)" if note else "–",
                cls="value",
            )
        )
    return _svg(height, "".join(parts), label)


def _heat(count: int, most: int, diagonal: bool) -> str:
    if not count or not most:
        return ""
    share = 0.12 + 0.78 * count / most
    rgb = "0,158,115" if diagonal else "213,94,0"
    ink = "#fff" if share > 0.55 else "#1f2328"
    return f' style="background:rgba({rgb},{share:.2f});color:{ink}"'


def matrix_table(
    labels: tuple[str, ...], matrix: tuple[tuple[int, ...], ...], rows_are: str, cols_are: str
) -> str:
    """A confusion matrix as a table: agreement on the diagonal in green, confusion in orange."""
    most = max((c for row in matrix for c in row), default=0)
    head = "".join(f'<th scope="col">{_e(_clip(label, 18))}</th>' for label in labels)
    body = []
    for i, (label, row) in enumerate(zip(labels, matrix, strict=True)):
        cells = "".join(f"<td{_heat(c, most, i == j)}>{c or '·'}</td>" for j, c in enumerate(row))
        body.append(f'<tr><th scope="row">{_e(_clip(label, 18))}</th>{cells}</tr>')
    return (
        '<table class="matrix">'
        f"<caption>rows: {_e(rows_are)} · columns: {_e(cols_are)}</caption>"
        f"<thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


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
        f'<a href="#{anchor}">{_e(name)}</a>'
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
        f"<title>{_e(report.title)}</title><style>{_css()}</style></head><body>"
        f"<header><h1>{_e(report.title)}</h1><nav>{toc}</nav></header><main>"
        + "".join(sections)
        + f"</main><footer>Made by corpus {_e(__version__)} on {_e(report.generated)} from "
        f"<code>{_e(report.export)}</code>. Annotators are pseudonymous"
        + (f" (names from <code>{_e(report.names_from)}</code>)" if report.names_from else "")
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
        f'<div class="card{" wide" if name == "period" else ""}"><div class="big">{_e(value)}</div>'
        f"<div>{_e(name)}</div></div>"
        for name, value in cards
    )
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in report.notes)
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
                [(report.annotated, BLUE), (report.tasks - report.annotated, "#e6e8eb")],
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
        f"<tr><td>{_e(p.name)}</td><td>{p.submitted:,}</td><td>{p.skipped:,}</td>"
        f"<td>{p.tasks:,}</td><td>{p.ground_truth:,}</td><td>{p.drafts:,}</td>"
        f"<td>{_number(p.lead_time, 1)}</td></tr>"
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
            f'<div class="block"><h3>{_e(dist.control)} <span class="kind">{_e(KIND_NAMES.get(dist.kind, dist.kind))}</span></h3>'
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
        blocks.append(f'<p class="note">{_e(no_pairs_note())}</p>')
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
            f'<div class="block"><h3>{_e(control.name)} <span class="kind">{_e(KIND_NAMES.get(control.kind, control.kind))}</span></h3>'
            f'<p class="sub">{support.pairable_items:,} items coded by 2+ annotators '
            f"({support.single_items:,} coded once, excluded) · {support.annotators} annotators · "
            f"{support.values:,} values</p>{chart}{by_label}</div>"
        )
    for name, why in agreement.not_measured.items():
        blocks.append(f'<p class="note">Not measured: {_e(name)}: {_e(why)}</p>')
    if not agreement.controls:
        blocks.append('<p class="empty">No control with answers to compare.</p>')
    return f'<section id="agreement"><h2>Agreement</h2><p class="sub">{_e(intro)}</p>{"".join(blocks)}</section>'


def _undefined(rows: list[tuple[str, float | None, Any, str]]) -> str:
    """Why the figures without a value have none, one line each, under the chart."""
    lines = [
        f"<li>{_e(name)}: {_e(note)}</li>"
        for name, value, _, note in rows
        if value is None and note
    ]
    return f'<ul class="undefined">{"".join(lines)}</ul>' if lines else ""


def _confusion_section(report: Report) -> str:
    blocks = []
    for confusion in report.confusions:
        if not confusion.pairs:
            blocks.append(
                f'<div class="block"><h3>{_e(confusion.control)}</h3>'
                '<p class="empty">No item was coded by two annotators.</p></div>'
            )
            continue
        pooled = matrix_table(
            confusion.labels, confusion.pooled, "one annotator", "another (every pair, both ways)"
        )
        pairs = "".join(
            f'<figure class="pair"><figcaption>{_e(p.first)} × {_e(p.second)} · {p.items:,} items · '
            f"Cohen's κ {_number(p.kappa)}</figcaption>"
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
            f'<div class="block"><h3>{_e(confusion.control)}</h3>'
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
        chip = f'<span class="chip" style="--c:{colour};color:{_ink(colour)}">{_e(label)}</span>'
        out.append(chip + (f" <q>{_e(quote)}</q>" if quote is not None else ""))
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
                f'<th rowspan="{max(len(control.answers), 1)}" scope="row">{_e(control.control)}'
                f'<div class="stat">{stat} {_number(control.value, 2)}</div></th>'
            )
            for k, (who, pieces) in enumerate(control.answers or (("", ()),)):
                rows.append(
                    f"<tr>{head if k == 0 else ''}<td class='who'>{_e(who)}</td>"
                    f"<td>{_chips(pieces, colours.get(control.control, {}), kind)}</td></tr>"
                )
        more = '<span class="more"> … (cut)</span>' if unit.truncated else ""
        name = (
            f'<code>{_e(unit.unit_id)}</code> <span class="sub">task {unit.task_id}'
            if unit.unit_id != str(unit.task_id)
            else f'task {unit.task_id} <span class="sub">'
        )
        cards.append(
            f'<article class="unit" style="--tone:{_tone(unit.lowest)}">'
            f"<h3>{name} · lowest agreement {_number(unit.lowest, 2)}</span></h3>"
            f"<blockquote>{_e(unit.text)}{more}</blockquote>"
            f'<table class="answers"><tbody>{"".join(rows)}</tbody></table></article>'
        )
    body = (
        f'<p class="sub">The {len(report.disputed)} units with the lowest per-unit agreement, '
        f"of {report.disputed_total:,} below full agreement (majority share for choices, "
        "overlap F1 for spans).</p>" + "".join(cards)
    )
    return f'<section id="disputed"><h2>Most disputed units</h2>{body}</section>'
