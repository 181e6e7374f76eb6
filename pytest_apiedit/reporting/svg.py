"""Bar charts as inline SVG: the HTML report needs no script, no network and no plotting library.

One chart kind serves every plot of the report: one row per group, in each row one horizontal bar
per series (or the series stacked), values on a linear axis that includes 0, so negative Shapley
components reach left of it.

No two labels overlap, whatever their number and length, because the layout is sized from the
labels rather than the labels squeezed into a fixed frame:

- the text is monospace, so a label is at most `EM` font sizes wide per character (two for an
  East Asian wide one) and `text_width` bounds it;
- every label owns a line: a group's label sits in its own row, rows are at least `LINE` apart
  (more than a line of text is tall) and the chart grows by a row per group; the title, the axis'
  numbers and each legend entry have lines of their own above or below the rows;
- the label column is as wide as the widest label, and the axis as long as its numbers need,
  `PAD` apart at their widest; the chart's width takes the widest of all that, the legend and the
  title. The page scales a chart down to fit its column, which keeps every gap.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence
from html import escape

PALETTE = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3")
FONT, TITLE_FONT = 11, 13
# Monospace advance is 0.6 em in the common fonts (DejaVu, Liberation, Courier, bold alike);
# hinting may round it to whole pixels, half a pixel more, under 0.05 em from 10 px up.
EM = 0.65
LINE = 18  # a line of text is 1.3 font sizes tall, baseline to baseline at least this
BAR, PAD, SWATCH = 10, 8, 10
AXIS = 320  # the value axis' length, unless its numbers need more


def text_width(text: str, size: float) -> float:
    """An upper bound on `text`'s width in the chart's monospace font."""
    cells = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return cells * EM * size


def bar_chart(
    title: str,
    groups: Sequence[str],
    series: Mapping[str, Sequence[float]],
    *,
    stacked: bool = False,
    percent: bool = False,
) -> str:
    """`series[name][i]` is that series' value in `groups[i]`."""
    names = list(series)
    if stacked:
        highs = [sum(max(0.0, series[n][i]) for n in names) for i in range(len(groups))]
        lows = [sum(min(0.0, series[n][i]) for n in names) for i in range(len(groups))]
    else:
        highs = lows = [v for n in names for v in series[n]]
    high, low = max([0.0, *highs]), min([0.0, *lows])
    high = high if high > low else 1.0
    ticks = [(t, f"{t:.0%}" if percent else f"{t:.2g}") for t in _ticks(low, high)]
    tick_w = max(text_width(label, FONT) for _, label in ticks)
    label_w = max((text_width(g, FONT) for g in groups), default=0.0)
    left = PAD + max(label_w + PAD, tick_w / 2)
    axis = max(AXIS, (len(ticks) - 1) * (tick_w + PAD))
    width = math.ceil(
        max(
            left + axis + tick_w / 2 + PAD,
            PAD + SWATCH + 4 + max((text_width(n, FONT) for n in names), default=0.0) + PAD,
            PAD + text_width(title, TITLE_FONT) + PAD,
        )
    )
    bars = 1 if stacked else len(names)
    row = max(LINE, bars * BAR + PAD)
    top = PAD + TITLE_FONT + PAD
    bottom = top + len(groups) * row
    height = bottom + LINE * (1 + len(names)) + PAD

    def x(value: float) -> float:
        return left + (value - low) / (high - low) * axis

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}" font-family="monospace" role="img"'
        f' aria-label="{escape(title)}"><text x="{PAD}" y="{PAD + TITLE_FONT}"'
        f' font-size="{TITLE_FONT}" font-weight="bold">{escape(title)}</text>'
    ]
    for tick, label in ticks:
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{top}" y2="{bottom}" stroke="#ddd"/>'
            f'<text x="{x(tick):.1f}" y="{bottom + LINE}" text-anchor="middle"'
            f' font-size="{FONT}">{label}</text>'
        )
    for i, group in enumerate(groups):
        y0 = top + i * row
        first = y0 + (row - bars * BAR) / 2
        above = below = 0.0
        for j, name in enumerate(names):
            value = series[name][i]
            if stacked:
                base = above if value >= 0 else below
                start, end = base, base + value
                above, below = (end, below) if value >= 0 else (above, end)
                y = first
            else:
                start, end, y = 0.0, value, first + j * BAR
            x_low, x_high = x(min(start, end)), x(max(start, end))
            shown = f"{value:.1%}" if percent else f"{value:.3f}"
            parts.append(
                f'<rect x="{x_low:.1f}" y="{y:.1f}" width="{max(0.0, x_high - x_low):.1f}"'
                f' height="{BAR - 1}" fill="{PALETTE[j % len(PALETTE)]}">'
                f"<title>{escape(group)}, {escape(name)}: {shown}</title></rect>"
            )
        parts.append(
            f'<text x="{left - PAD:.1f}" y="{y0 + row / 2 + 0.35 * FONT:.1f}" text-anchor="end"'
            f' font-size="{FONT}">{escape(group)}</text>'
        )
    parts.append(f'<line x1="{x(0):.1f}" x2="{x(0):.1f}" y1="{top}" y2="{bottom}" stroke="#333"/>')
    for j, name in enumerate(names):
        y = bottom + LINE * (2 + j)
        parts.append(
            f'<rect x="{PAD}" y="{y - SWATCH + 1}" width="{SWATCH}" height="{SWATCH}"'
            f' fill="{PALETTE[j % len(PALETTE)]}"/><text x="{PAD + SWATCH + 4}" y="{y}"'
            f' font-size="{FONT}">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _ticks(low: float, high: float) -> list[float]:
    step = (high - low) / 4
    return [low + i * step for i in range(5)]
