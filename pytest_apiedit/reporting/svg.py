"""Bar charts as inline SVG: the HTML report needs no script, no network and no plotting library.

One chart kind serves every plot of the report: groups along the x axis, one bar per series in
each group (or the series stacked), values on a linear y axis that includes 0, so negative
Shapley components hang below the axis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

PALETTE = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3")
WIDTH, HEIGHT = 520, 300
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 28, 64


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
    top, bottom = max([0.0, *highs]), min([0.0, *lows])
    top = top if top > bottom else 1.0
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y(value: float) -> float:
        return TOP + (top - value) / (top - bottom) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}"'
        f' viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}">',
        f'<text x="{WIDTH / 2}" y="18" text-anchor="middle" font-weight="bold">'
        f"{escape(title)}</text>",
    ]
    for tick in _ticks(bottom, top):
        label = f"{tick:.0%}" if percent else f"{tick:.2g}"
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"'
            f' stroke="#ddd"/><text x="{LEFT - 4}" y="{y(tick) + 4:.1f}" text-anchor="end"'
            f' font-size="11">{label}</text>'
        )
    slot = plot_w / max(1, len(groups))
    bar_w = slot * 0.8 / (1 if stacked else max(1, len(names)))
    for i, group in enumerate(groups):
        x0 = LEFT + i * slot + slot * 0.1
        above = below = 0.0
        for j, name in enumerate(names):
            value = series[name][i]
            if stacked:
                base = above if value >= 0 else below
                start, end = base, base + value
                above, below = (end, below) if value >= 0 else (above, end)
                x = x0
            else:
                start, end, x = 0.0, value, x0 + j * bar_w
            y_high, y_low = y(max(start, end)), y(min(start, end))
            shown = f"{value:.1%}" if percent else f"{value:.3f}"
            parts.append(
                f'<rect x="{x:.1f}" y="{y_high:.1f}" width="{bar_w:.1f}"'
                f' height="{max(0.0, y_low - y_high):.1f}" fill="{PALETTE[j % len(PALETTE)]}">'
                f"<title>{escape(group)}, {escape(name)}: {shown}</title></rect>"
            )
        parts.append(
            f'<text x="{x0 + slot * 0.4:.1f}" y="{HEIGHT - BOTTOM + 14}" text-anchor="middle"'
            f' font-size="11">{escape(group)}</text>'
        )
    parts.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="#333"/>'
    )
    for j, name in enumerate(names):
        x = LEFT + j * (plot_w / max(1, len(names)))
        parts.append(
            f'<rect x="{x:.1f}" y="{HEIGHT - 30}" width="10" height="10"'
            f' fill="{PALETTE[j % len(PALETTE)]}"/><text x="{x + 14:.1f}" y="{HEIGHT - 21}"'
            f' font-size="11">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _ticks(bottom: float, top: float) -> list[float]:
    step = (top - bottom) / 4
    return [bottom + i * step for i in range(5)]
