"""The report's tables, once: Markdown, HTML and the terminal summary render the same rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pytest_apiedit.metrics.passk import Level
from pytest_apiedit.metrics.scores import OVERALL
from pytest_apiedit.sandbox import Adoption


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def scopes(report: dict[str, Any]) -> list[str]:
    return [*report["metrics"]["run"]["split"], OVERALL]


def headline(report: dict[str, Any]) -> str:
    m = report["manifest"]
    s = m["sampling"]
    return (
        f"{m['method']} on {m['model']['name']}, {m['regime']} regime:"
        f" {report['metrics']['run'][OVERALL]['problems']} problems, n={s['samples']},"
        f" temperature {s['temperature']}, top-p {s['top_p']}, seed {s['seed']}"
    )


def pass_table(report: dict[str, Any]) -> Table:
    run, references = report["metrics"]["run"], report["metrics"]["references"]
    ks = report["manifest"]["pass_k"]
    header = ("split", "problems", *(f"{level}@{k}" for k in ks for level in Level))
    header += tuple(f"{name} pass@{ks[0]}" for name in references)
    rows = []
    for scope in scopes(report):
        scores = run[OVERALL] if scope == OVERALL else run["split"][scope]
        row = [scope, str(scores["problems"])]
        row += [_value(scores.get(f"{level}@{k}")) for k in ks for level in Level]
        for reference in references.values():
            ref = reference[OVERALL] if scope == OVERALL else reference["split"].get(scope, {})
            row.append(_value(ref.get(f"pass@{ks[0]}")))
        rows.append(tuple(row))
    return Table("Pass@k", header, tuple(rows))


def adoption_table(report: dict[str, Any]) -> Table:
    shares = report["metrics"]["taxonomies"]["adoption"]
    classes = [str(a) for a in Adoption]
    rows = tuple(
        (scope, str(shares[scope]["samples"]), *(_percent(shares[scope][c]) for c in classes))
        for scope in scopes(report)
        if scope in shares
    )
    return Table("Adoption classes (share of samples)", ("split", "samples", *classes), rows)


def error_table(report: dict[str, Any]) -> Table:
    shares = report["metrics"]["taxonomies"]["errors"]
    classes = sorted({c for scope in shares.values() for c in scope if c != "samples"})
    rows = tuple(
        (scope, str(shares[scope]["samples"]), *(_percent(shares[scope][c]) for c in classes))
        for scope in scopes(report)
        if scope in shares
    )
    return Table("Errors of failing samples (share)", ("split", "samples", *classes), rows)


def shapley_table(report: dict[str, Any]) -> Table:
    k = f"@{report['manifest']['pass_k'][0]}"
    decompositions = report["metrics"]["shapley"]
    against = sorted({a for scope in decompositions.values() for a in scope.get(k, {})})
    header = ("split", *(f"{a} {part}" for a in against for part in ("compile", "quality")))
    rows = []
    for scope in scopes(report):
        per = decompositions.get(scope, {}).get(k, {})
        rows.append(
            (
                scope,
                *(_value(per.get(a, {}).get(p)) for a in against for p in ("compile", "quality")),
            )
        )
    title = f"Shapley split of pass{k}: the gap to the ideal, and the change from each reference"
    return Table(title, header, tuple(rows))


def gate_table(results: Sequence[Any]) -> Table:
    rows = tuple(("pass" if r.held else "FAIL", r.gate.text, r.reason) for r in results)
    return Table("Gates", ("", "gate", "result"), rows)


def all_tables(report: dict[str, Any], gates: Sequence[Any] = ()) -> list[Table]:
    tables = [pass_table(report), adoption_table(report), error_table(report)]
    tables.append(shapley_table(report))
    return [*tables, gate_table(gates)] if gates else tables


def _value(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _percent(value: float) -> str:
    return f"{value:.1%}"


def terminal_lines(report: dict[str, Any]) -> list[str]:
    """pytest's terminal summary: the headline and pass@k at the smallest k, per split."""
    full = pass_table(report)
    k = report["manifest"]["pass_k"][0]
    wanted = ["split", "problems", f"compile@{k}", f"pass@{k}", f"adopt@{k}"]
    wanted += [name for name in full.header if name.endswith(" pass@" + str(k))]
    columns = [full.header.index(name) for name in wanted]
    rows = [wanted, *([row[i] for i in columns] for row in full.rows)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(wanted))]
    lines = [headline(report)]
    lines += ["  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    return lines
