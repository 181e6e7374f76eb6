"""The report as Markdown (a CI job summary) and as one self-contained HTML page with plots."""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape
from typing import Any

from pytest_apiedit.metrics.passk import Level
from pytest_apiedit.reporting.report import Report
from pytest_apiedit.reporting.svg import bar_chart
from pytest_apiedit.reporting.tables import Table, all_tables, headline, scopes
from pytest_apiedit.sandbox import Adoption


def markdown(report: Report, gates: Sequence[Any] = ()) -> str:
    lines = ["## pytest-apiedit", "", headline(report), ""]
    lines += [markdown_table(table) for table in all_tables(report, gates)]
    return "\n".join(lines)


def markdown_table(table: Table) -> str:
    lines = [f"### {table.title}", "", _markdown_row(table.header)]
    lines.append(_markdown_row(tuple("---" for _ in table.header)))
    lines += [_markdown_row(row) for row in table.rows]
    return "\n".join(lines) + "\n"


def _markdown_row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def html(report: Report, gates: Sequence[Any] = ()) -> str:
    manifest = escape(_manifest_text(report.manifest.values))
    body = [f"<h1>pytest-apiedit</h1><p>{escape(headline(report))}</p>"]
    body.append('<section class="charts">' + "".join(charts(report)) + "</section>")
    body += [_html_table(table) for table in all_tables(report, gates)]
    body.append(f"<h2>Manifest</h2><pre>{manifest}</pre>")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>pytest-apiedit report</title><style>"
        "body{font-family:sans-serif;max-width:80em;margin:2em auto;padding:0 1em;color:#222}"
        ".wide,pre{overflow-x:auto}table{border-collapse:collapse;margin:1em 0}"
        "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
        "td:first-child,th:first-child{text-align:left}"
        ".charts{display:flex;flex-wrap:wrap;gap:12px}svg{background:#fff;max-width:100%;height:auto}"
        "</style></head><body>" + "".join(body) + "</body></html>\n"
    )


def charts(report: Report) -> list[str]:
    """pass@k by split per level, the adoption classes, the Shapley parts, pass by category."""
    run, ks = report.metrics.run, report.manifest.pass_k
    split_names = list(run.split)
    out = []
    for level in Level:
        series = {
            f"@{k}": [run.split[s].get(f"{level}@{k}", 0.0) for s in split_names] for k in ks
        }
        out.append(bar_chart(f"{level}@k by split", split_names, series))
    adoption = report.metrics.taxonomies["adoption"]
    shown = [s for s in scopes(report) if s in adoption]
    classes = {str(a): [adoption[s][a] for s in shown] for a in Adoption}
    out.append(bar_chart("Adoption classes", shown, classes, stacked=True, percent=True))
    k = f"@{ks[0]}"
    shapley = report.metrics.shapley
    against = sorted({a for scope in shapley.values() for a in scope.get(k, {})})
    parts = {
        f"{a} {part}": [shapley.get(s, {}).get(k, {}).get(a, {}).get(part, 0.0) for s in shown]
        for a in against
        for part in ("compile", "quality")
    }
    if shown:
        out.append(bar_chart(f"Shapley split of pass{k}", shown, parts))
    categories = list(run.category)
    level = f"pass@{ks[0]}"
    series = {level: [run.category[c].get(level, 0.0) for c in categories]}
    out.append(bar_chart(f"{level} by modification category", _short(categories), series))
    return out


def _short(names: list[str]) -> list[str]:
    return [name.replace("_", " ") for name in names]


def _html_table(table: Table) -> str:
    """In a box that scrolls sideways, so a wide table (pass@k at many k) never widens the page."""
    head = "".join(f"<th>{escape(cell)}</th>" for cell in table.header)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    return (
        f'<h2>{escape(table.title)}</h2><div class="wide">'
        f"<table><tr>{head}</tr>{rows}</table></div>"
    )


def _manifest_text(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, indent=1, sort_keys=True)
