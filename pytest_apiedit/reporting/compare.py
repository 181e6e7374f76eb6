"""Runs side by side: the difference between two (two model releases, two methods) metric by
metric, and a table of several by method and regime."""

from __future__ import annotations

from pytest_apiedit.reporting.report import Report
from pytest_apiedit.reporting.tables import Table

DETAILED = ("source.", "category.", "modification.")
"""Breakdown families left out unless every metric is asked for: they are many."""
PREFIXES = ("reliance.", "reliant.", "base.", "oracle.")
"""What may stand before a breakdown family, in this order (`reliant.base.source.mbpp...`)."""
COUNTS = (".problems", ".samples", ".reliant")


def compare(report: Report, other: Report, everything: bool = False) -> list[str]:
    """Lines of `metric  this  other  this-other`; a metric one run lacks shows `-`."""
    ours, theirs = report.flat(), other.flat()
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
    for prefix in PREFIXES:
        name = name.removeprefix(prefix)
    return name.startswith(DETAILED)


def _cell(name: str, value: float | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if name.endswith(COUNTS) else f"{value:.4f}"


def runs_table(reports: list[Report]) -> Table:
    """One row per run and split (and `overall` when the run has several): method, backend,
    regime, model, then pass@k at the smallest k of all runs at each level, the shares of samples
    that adopted the new API correctly and that kept the old one, and the Shapley split of the
    change from `base` when the run has one."""
    k = min(min(report.manifest.pass_k) for report in reports)
    levels = [f"{level}@{k}" for level in ("compile", "pass", "adopt")]
    classes = ["correct_adoption", "stale_api"]
    shapley = [f"from_base {part}" for part in ("compile", "quality")]
    header = (
        *("method", "backend", "regime", "model", "split", "problems"),
        *levels,
        *classes,
        *shapley,
    )
    rows = []
    for report in reports:
        m, metrics = report.manifest, report.flat()
        splits = list(report.metrics.run.split)
        for scope in splits + ["overall"] * (len(splits) != 1):
            scores = [metrics.get(f"{scope}.{level}") for level in levels]
            shares = [metrics.get(f"adoption.{scope}.{kind}") for kind in classes]
            parts = [
                metrics.get(f"shapley.{scope}.from_base.{part}@{k}")
                for part in ("compile", "quality")
            ]
            problems = str(int(metrics[f"{scope}.problems"]))
            cells = [_formatted(v, "{:.3f}") for v in scores]
            cells += [_formatted(v, "{:.1%}") for v in shares]
            cells += [_formatted(v, "{:.3f}") for v in parts]
            rows.append((m.method, m.backend, m.regime, m.model["name"], scope, problems, *cells))
    return Table(f"Runs side by side (k = {k})", header, tuple(rows))


def _formatted(value: float | None, form: str) -> str:
    return "" if value is None else form.format(value)
