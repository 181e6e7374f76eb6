"""The difference between two runs (two model releases, two methods): metric by metric."""

from __future__ import annotations

from typing import Any

from pytest_apiedit.reporting.report import flat_metrics

DETAILED = ("source.", "category.", "modification.")
"""Breakdown families left out unless every metric is asked for: they are many."""


def compare(report: dict[str, Any], other: dict[str, Any], everything: bool = False) -> list[str]:
    """Lines of `metric  this  other  this-other`; a metric one run lacks shows `-`."""
    ours, theirs = flat_metrics(report), flat_metrics(other)
    names = sorted(set(ours) | set(theirs))
    if not everything:
        names = [n for n in names if not _detailed(n)]
    rows = [("metric", "this", "other", "delta")]
    for name in names:
        a, b = ours.get(name), theirs.get(name)
        delta = f"{a - b:+.4f}" if a is not None and b is not None else "-"
        rows.append((name, _cell(name, a), _cell(name, b), delta))
    width = max(len(row[0]) for row in rows)
    return [f"{r[0]:<{width}}  {r[1]:>10}  {r[2]:>10}  {r[3]:>10}" for r in rows]


def _detailed(name: str) -> bool:
    return name.removeprefix("base.").removeprefix("oracle.").startswith(DETAILED)


def _cell(name: str, value: float | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if name.endswith((".problems", ".samples")) else f"{value:.4f}"
