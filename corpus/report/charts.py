"""SVG charts drawn here (no library, no script): bars, forest plots, confusion matrices.

Every piece of text is escaped; colours are Okabe & Ito's, told apart with any colour vision.
"""

from __future__ import annotations

import html
import math
from typing import Any

# Okabe & Ito's palette: tells colours apart with any colour vision, and in greyscale print
BLUE, ORANGE, GREEN, RED, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#9aa0a6"
SKY, PURPLE, YELLOW = "#56B4E9", "#CC79A7", "#F0E442"
SERIES = (BLUE, ORANGE, GREEN, PURPLE, SKY, RED, YELLOW)
WIDTH = 920  # the width of the page's column, so chart text is drawn at about 1:1
LABEL_W = 230
NOTE_W = 220
FOREST_LABEL_W = 300
ROW_H = 24


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def number(value: float | None, digits: int = 3) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{value:.{digits}f}"


def _svg(height: float, body: str, label: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" width="100%" role="img" '
        f'aria-label="{esc(label)}" xmlns="http://www.w3.org/2000/svg">{body}</svg>'
    )


def _text(x: float, y: float, content: str, *, anchor: str = "start", cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{klass}>{esc(content)}</text>'


def _clip(label: str, size: int = 30) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"


def bar_chart(
    rows: list[tuple[str, list[tuple[float, str]], str]],
    label: str,
    *,
    scale: float | None = None,
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


def tone(value: float | None) -> str:
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
        colour = tone(value)
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
                f"<title>{esc(name)}: {number(value)}</title></circle>"
            )
        shown = number(value)
        if ci is not None:
            shown += f"  [{number(ci[0])}, {number(ci[1])}]"
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
    labels: tuple[str, ...],
    matrix: tuple[tuple[int, ...], ...],
    rows_are: str,
    cols_are: str,
) -> str:
    """A confusion matrix as a table: agreement on the diagonal in green, confusion in orange."""
    most = max((c for row in matrix for c in row), default=0)
    head = "".join(f'<th scope="col">{esc(_clip(label, 18))}</th>' for label in labels)
    body = []
    for i, (label, row) in enumerate(zip(labels, matrix, strict=True)):
        cells = "".join(f"<td{_heat(c, most, i == j)}>{c or '·'}</td>" for j, c in enumerate(row))
        body.append(f'<tr><th scope="row">{esc(_clip(label, 18))}</th>{cells}</tr>')
    return (
        '<table class="matrix">'
        f"<caption>rows: {esc(rows_are)} · columns: {esc(cols_are)}</caption>"
        f"<thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
