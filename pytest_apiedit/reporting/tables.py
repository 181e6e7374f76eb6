"""The report's tables, once: Markdown, HTML and the terminal summary render the same rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pytest_apiedit.metrics.passk import Level
from pytest_apiedit.metrics.scores import OVERALL
from pytest_apiedit.reporting.report import Report
from pytest_apiedit.sandbox import Adoption


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def scopes(report: Report) -> list[str]:
    return [*report.metrics.run.split, OVERALL]


def headline(report: Report) -> str:
    m = report.manifest
    s = m.sampling
    line = (
        f"{m.method} on {m.model['name']}, {m.regime} regime:"
        f" {report.metrics.run.overall['problems']} problems, n={s['samples']},"
        f" temperature {s['temperature']}, top-p {s['top_p']}, seed {s['seed']}"
    )
    return line if m.uncovered is None else f"{line}. PARTIAL: {m.uncovered}"


def pass_table(report: Report) -> Table:
    run, references = report.metrics.run, report.metrics.references
    ks = report.manifest.pass_k
    header = ("split", "problems", *(f"{level}@{k}" for k in ks for level in Level))
    header += tuple(f"{name} pass@{ks[0]}" for name in references)
    rows = []
    for scope in scopes(report):
        scores = run.scope(scope)
        row = [scope, str(scores["problems"])]
        row += [_value(scores.get(f"{level}@{k}")) for k in ks for level in Level]
        for reference in references.values():
            row.append(_value(reference.scope(scope).get(f"pass@{ks[0]}")))
        rows.append(tuple(row))
    return Table("Pass@k", header, tuple(rows))


def reliance_line(report: Report) -> str | None:
    """How many reliability and generalization problems rely on the old API, and in how many
    modifications; None without base references (docs/metrics.md, "Reliance")."""
    reliance = report.metrics.reliance
    if reliance is None:
        return None
    overall, modifications = reliance.overall, reliance.modification.values()
    relying = sum(1 for m in modifications if m["reliant"])
    return (
        f"Reliant view: {overall['reliant']} of {overall['problems']} reliability and"
        f" generalization problems ({_percent(overall['share'])}) rely on the old API, in"
        f" {relying} of {len(modifications)} modifications"
    )


def reliance_table(report: Report) -> Table | None:
    """pass@k and adopt@k at the smallest k on the problems that rely (specificity: those of
    their modifications) beside the same on all problems, per split."""
    title = reliance_line(report)
    if title is None:
        return None
    assert report.metrics.reliant is not None  # with reliance, as `reliance_line` found it
    run, reliant = report.metrics.run, report.metrics.reliant.run
    k = report.manifest.pass_k[0]
    metrics = (f"pass@{k}", f"adopt@{k}")
    header = (
        "split",
        "problems",
        "reliant",
        *(f"{p}{m}" for m in metrics for p in ("", "reliant ")),
    )
    rows = []
    for scope in scopes(report):
        whole, part = run.scope(scope), reliant.scope(scope)
        row = [scope, str(whole["problems"]), str(part.get("problems", 0))]
        row += [_value(s.get(m)) for m in metrics for s in (whole, part)]
        rows.append(tuple(row))
    return Table(title, header, tuple(rows))


def modification_reliance_table(report: Report) -> Table | None:
    """The modifications with a reliant problem, most reliant first; the rest are counted in
    the title (a whole benchmark has 140). None when none relies."""
    reliance = report.metrics.reliance
    if reliance is None:
        return None
    shown = sorted(
        ((m, v) for m, v in reliance.modification.items() if v["reliant"]),
        key=lambda item: (-item[1]["share"], -item[1]["reliant"], item[0]),
    )
    if not shown:
        return None
    others = len(reliance.modification) - len(shown)
    rows = tuple((m, str(v["reliant"]), str(v["problems"]), _percent(v["share"])) for m, v in shown)
    title = f"Reliance by modification ({others} more without a reliant problem)"
    return Table(title, ("modification", "reliant", "problems", "share"), rows)


def adoption_table(report: Report) -> Table:
    classes = [str(a) for a in Adoption]
    return _shares_table(report, "adoption", classes, "Adoption classes (share of samples)")


def error_table(report: Report) -> Table:
    shares = report.metrics.taxonomies["errors"]
    classes = sorted({c for scope in shares.values() for c in scope if c != "samples"})
    return _shares_table(report, "errors", classes, "Errors of failing samples (share)")


def _shares_table(report: Report, family: str, classes: list[str], title: str) -> Table:
    """One taxonomy's shares by split: the samples counted, then each class's share."""
    shares = report.metrics.taxonomies[family]
    rows = tuple(
        (scope, str(shares[scope]["samples"]), *(_percent(shares[scope][c]) for c in classes))
        for scope in scopes(report)
        if scope in shares
    )
    return Table(title, ("split", "samples", *classes), rows)


def shapley_table(report: Report) -> Table:
    k = f"@{report.manifest.pass_k[0]}"
    decompositions = report.metrics.shapley
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


def all_tables(report: Report, gates: Sequence[Any] = ()) -> list[Table]:
    reliance = [reliance_table(report), modification_reliance_table(report)]
    tables = [pass_table(report), *(t for t in reliance if t is not None)]
    tables += [adoption_table(report), error_table(report), shapley_table(report)]
    return [*tables, gate_table(gates)] if gates else tables


def _value(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _percent(value: float) -> str:
    return f"{value:.1%}"


def terminal_lines(report: Report) -> list[str]:
    """pytest's terminal summary: the headline and pass@k at the smallest k, per split; with
    base references, the reliant view beside it."""
    full = pass_table(report)
    k = report.manifest.pass_k[0]
    wanted = ["split", "problems", f"compile@{k}", f"pass@{k}", f"adopt@{k}"]
    wanted += [name for name in full.header if name.endswith(" pass@" + str(k))]
    columns = [full.header.index(name) for name in wanted]
    lines = [headline(report), *_aligned([wanted, *([r[i] for i in columns] for r in full.rows)])]
    reliance = reliance_table(report)
    if reliance is not None:
        lines += [reliance.title, *_aligned([reliance.header, *reliance.rows])]
    return lines


def _aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """Columns right-justified to their widest cell."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
