"""The one aggregate every report format is rendered from, and its flat metric names.

A report is a JSON object: `format` and `version`, the run's `manifest`, the `metrics` computed
from the per-problem `records` (which it carries too, so a report can be rebuilt and re-rendered
without rerunning). `flat_metrics` names every number once, as gates and comparisons spell it:

    overall.pass@1  reliability.adopt@3  source.mbpp.compile@1  category.module_move.pass@1
    modification.math_sqrt_to_square_root.pass@1  base.generalization.pass@1
    adoption.reliability.workaround  errors.overall.syntax
    shapley.generalization.gap.compile@1  shapley.overall.from_base.quality@1

With base references, how much the problems rely on the old API and the run on those alone
(docs/metrics.md, "Reliance"): the same names behind `reliance.` (labels `share`, `reliant`,
`problems`) and `reliant.`:

    reliance.overall.share  reliance.generalization.reliant  reliance.source.apps.problems
    reliance.modification.math_sqrt_to_square_root.share  reliant.generalization.pass@1
    reliant.base.generalization.pass@1  reliant.specificity.problems
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.metrics.reliance import reliance, reliant_view
from pytest_apiedit.metrics.scores import OVERALL, breakdowns, decompositions, taxonomies

FORMAT = "pytest-apiedit-report"
VERSION = 1
REFERENCES = ("base", "oracle")


class MalformedReport(ValueError):
    """Not a report this version can read: one line naming the file and the fix."""


def build_report(
    manifest: dict[str, Any], records: Sequence[ProblemRecord], ks: Sequence[int]
) -> dict[str, Any]:
    ordered = sorted(records, key=lambda r: r.problem)
    run = breakdowns(ordered, ks)
    references = {
        name: breakdowns(ordered, ks, run=name)
        for name in REFERENCES
        if any(name in r.references for r in ordered)
    }
    metrics: dict[str, Any] = {
        "run": run,
        "references": references,
        "taxonomies": taxonomies(ordered),
        "shapley": decompositions(run, references, ks),
    }
    labels = reliance(ordered)
    if labels is not None:
        metrics["reliance"] = labels
        metrics["reliant"] = reliant_view(ordered, ks, references)
    return {
        "format": FORMAT,
        "version": VERSION,
        "manifest": manifest,
        "metrics": metrics,
        "records": [record.to_dict() for record in ordered],
    }


def rebuild(report: dict[str, Any]) -> dict[str, Any]:
    """The report recomputed from its own records (by this version's metrics)."""
    records = [ProblemRecord.from_dict(r) for r in report["records"]]
    return build_report(report["manifest"], records, report["manifest"]["pass_k"])


def flat_metrics(report: dict[str, Any]) -> dict[str, float]:
    """Every number by its name. A report written before reliance was computed has none of its
    names until `rebuild` (its gates' baseline, say, is read as written)."""
    metrics = report["metrics"]
    flat: dict[str, float] = {}
    _flatten_runs(metrics, "", flat)
    if "reliance" in metrics:
        _flatten_scores(metrics["reliance"], "reliance.", flat)
        _flatten_runs(metrics["reliant"], "reliant.", flat)
    for family, scopes in metrics["taxonomies"].items():
        for scope, shares in scopes.items():
            for label, value in shares.items():
                flat[f"{family}.{scope}.{label}"] = value
    for scope, per_k in metrics["shapley"].items():
        for k, against in per_k.items():
            for name, parts in against.items():
                for part, value in parts.items():
                    flat[f"shapley.{scope}.{name}.{part}{k}"] = value
    return flat


def _flatten_runs(metrics: dict[str, Any], prefix: str, flat: dict[str, float]) -> None:
    """`run` and `references` (the report's, or the reliant view's) under `prefix`."""
    _flatten_scores(metrics["run"], prefix, flat)
    for name, reference in metrics["references"].items():
        _flatten_scores(reference, f"{prefix}{name}.", flat)


def _flatten_scores(scores: dict[str, Any], prefix: str, flat: dict[str, float]) -> None:
    for metric, value in scores[OVERALL].items():
        flat[f"{prefix}{OVERALL}.{metric}"] = value
    for metric_scope, value_scores in scores["split"].items():
        for metric, value in value_scores.items():
            flat[f"{prefix}{metric_scope}.{metric}"] = value
    for family in ("source", "category", "modification"):
        for value_name, value_scores in scores[family].items():
            for metric, value in value_scores.items():
                flat[f"{prefix}{family}.{value_name}.{metric}"] = value


def load_report(path: Path) -> dict[str, Any]:
    """Read `report.json`, or `report.json.gz` (how a report is kept in a repository: a whole
    benchmark's records are about 25 MB of JSON, 1.4 MB compressed)."""
    try:
        data = Path(path).read_bytes()
        report = json.loads(gzip.decompress(data) if Path(path).suffix == ".gz" else data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise MalformedReport(f"cannot read report {path}: {reason}") from None
    except json.JSONDecodeError as error:
        raise MalformedReport(f"{path} is not JSON (line {error.lineno}): not a report") from None
    if not isinstance(report, dict) or report.get("format") != FORMAT:
        raise MalformedReport(f"{path} is not a pytest-apiedit report (no format {FORMAT!r})")
    if report.get("version") != VERSION:
        raise MalformedReport(
            f"{path} is report version {report.get('version')}; this pytest-apiedit reads"
            f" version {VERSION}: re-render it with the version that wrote it"
        )
    return report
