"""The one aggregate every report format is rendered from, and its flat metric names.

A report is a JSON object: `format` and `version`, the run's `manifest`, the `metrics` computed
from the per-problem `records` (which it carries too, so a report can be rebuilt and re-rendered
without rerunning). `Report.flat` names every number once, as gates and comparisons spell it:

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.metrics.reliance import reliance, reliant_view
from pytest_apiedit.metrics.scores import OVERALL, breakdowns, decompositions, taxonomies

FORMAT = "pytest-apiedit-report"
VERSION = 1
REFERENCES = ("base", "oracle")
FAMILIES = ("split", "source", "category", "modification")
"""The breakdowns of a run's scores besides `overall`, in the order of `metrics.BREAKDOWNS`."""
UNRECORDED = {"prompt_format": "completion", "verdict_rules": 1, "backend": "native"}
"""What a manifest field meant in reports written before it was recorded."""


class MalformedReport(ValueError):
    """Not a report this version can read: one line naming the file and the fix."""


@dataclass(frozen=True)
class Manifest:
    """What a report was computed from (`manifest.build_manifest`): the run's settings, what
    the model was, versions, times. Kept as written, so a report read and written again is the
    same; the fields readers need are attributes."""

    values: dict[str, Any]

    def field(self, name: str) -> Any:
        """A field by name, with its meaning in reports written before it was recorded."""
        return self.values.get(name, UNRECORDED.get(name))

    @property
    def method(self) -> str:
        return self.values["method"]

    @property
    def regime(self) -> str:
        return self.values["regime"]

    @property
    def backend(self) -> str:
        return self.field("backend")

    @property
    def pass_k(self) -> tuple[int, ...]:
        return tuple(self.values["pass_k"])

    @property
    def sampling(self) -> dict[str, Any]:
        return self.values["sampling"]

    @property
    def model(self) -> dict[str, Any]:
        return self.values["model"]

    @property
    def prompt_format(self) -> str:
        return self.field("prompt_format")

    @property
    def verdict_rules(self) -> int:
        return self.field("verdict_rules")

    @property
    def limits(self) -> dict[str, Any] | None:
        return self.values.get("limits")

    @property
    def rejudged(self) -> dict[str, Any] | None:
        return self.values.get("rejudged")

    @property
    def uncovered(self) -> str | None:
        """Why the report misses part of the session's selection (items that never finished:
        a worker that crashed and was not replaced, an interrupted session), or None."""
        coverage = self.values.get("coverage")
        if coverage is None or coverage["recorded"] >= coverage["selected"]:
            return None
        crashed = coverage["crashed"]
        died = f"; a worker died running {', '.join(crashed)}" if crashed else ""
        return f"{coverage['recorded']} of {coverage['selected']} problems recorded{died}"

    def updated(self, **changes: Any) -> Manifest:
        return Manifest({**self.values, **changes})


@dataclass(frozen=True)
class Breakdown:
    """A run's scores (`metrics.Scores` as plain numbers by metric name): overall, and by split,
    source, category and modification."""

    overall: dict[str, float]
    split: dict[str, dict[str, float]]
    source: dict[str, dict[str, float]]
    category: dict[str, dict[str, float]]
    modification: dict[str, dict[str, float]]

    def scope(self, name: str) -> dict[str, float]:
        """`overall`'s scores or a split's (empty for a split the run has no problem of)."""
        return self.overall if name == OVERALL else self.split.get(name, {})

    def family(self, name: str) -> dict[str, dict[str, float]]:
        """One of `FAMILIES` by name."""
        assert name in FAMILIES, name
        return getattr(self, name)

    def to_dict(self) -> dict[str, Any]:
        return {OVERALL: self.overall, **{family: self.family(family) for family in FAMILIES}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Breakdown:
        return cls(data[OVERALL], *(data[family] for family in FAMILIES))


@dataclass(frozen=True)
class Runs:
    """A run's breakdown with its references' (`base`, `oracle`): the report's own, or the
    reliant view's."""

    run: Breakdown
    references: dict[str, Breakdown]

    def to_dict(self) -> dict[str, Any]:
        return {
            "run": self.run.to_dict(),
            "references": {name: b.to_dict() for name, b in self.references.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Runs:
        references = {name: Breakdown.from_dict(b) for name, b in data["references"].items()}
        return cls(Breakdown.from_dict(data["run"]), references)


@dataclass(frozen=True)
class Metrics:
    runs: Runs
    taxonomies: dict[str, dict[str, dict[str, float]]]
    """Shares by family (`adoption`, `errors`), scope (`overall`, a split) and class."""
    shapley: dict[str, dict[str, dict[str, dict[str, float]]]]
    """By scope, `@k`, comparison (`gap`, `from_base`, ...) and part (`compile@k`, ...)."""
    reliance: Breakdown | None = None
    """Shares of problems that rely on the old API (labels `share`, `reliant`, `problems`);
    None without base references."""
    reliant: Runs | None = None
    """The run and its references over the problems that rely (docs/metrics.md)."""

    @property
    def run(self) -> Breakdown:
        return self.runs.run

    @property
    def references(self) -> dict[str, Breakdown]:
        return self.runs.references

    def to_dict(self) -> dict[str, Any]:
        data = {**self.runs.to_dict(), "taxonomies": self.taxonomies, "shapley": self.shapley}
        if self.reliance is not None and self.reliant is not None:
            data["reliance"] = self.reliance.to_dict()
            data["reliant"] = self.reliant.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Metrics:
        relied = "reliance" in data
        return cls(
            Runs.from_dict(data),
            data["taxonomies"],
            data["shapley"],
            Breakdown.from_dict(data["reliance"]) if relied else None,
            Runs.from_dict(data["reliant"]) if relied else None,
        )


@dataclass(frozen=True)
class Report:
    """The one aggregate every format is rendered from; `to_dict` and `from_dict` are its one
    writer and reader (`load_report` checks the format and version first)."""

    manifest: Manifest
    metrics: Metrics
    records: tuple[ProblemRecord, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "manifest": self.manifest.values,
            "metrics": self.metrics.to_dict(),
            "records": [record.to_dict() for record in self.records],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        records = tuple(ProblemRecord.from_dict(r) for r in data["records"])
        return cls(Manifest(data["manifest"]), Metrics.from_dict(data["metrics"]), records)

    def rebuilt(self) -> Report:
        """The report recomputed from its own records (by this version's metrics)."""
        return build_report(self.manifest.values, self.records, self.manifest.pass_k)

    def flat(self) -> dict[str, float]:
        """Every number by its name. A report written before reliance was computed has none of
        its names until `rebuilt` (its gates' baseline, say, is read as written)."""
        metrics = self.metrics
        flat: dict[str, float] = {}
        _flatten_runs(metrics.runs, "", flat)
        if metrics.reliance is not None and metrics.reliant is not None:
            _flatten_scores(metrics.reliance, "reliance.", flat)
            _flatten_runs(metrics.reliant, "reliant.", flat)
        for family, scopes in metrics.taxonomies.items():
            for scope, shares in scopes.items():
                for label, value in shares.items():
                    flat[f"{family}.{scope}.{label}"] = value
        for scope, per_k in metrics.shapley.items():
            for k, against in per_k.items():
                for name, parts in against.items():
                    for part, value in parts.items():
                        flat[f"shapley.{scope}.{name}.{part}{k}"] = value
        return flat


def build_report(
    manifest: dict[str, Any], records: Sequence[ProblemRecord], ks: Sequence[int]
) -> Report:
    ordered = tuple(sorted(records, key=lambda r: r.problem))
    run = breakdowns(ordered, ks)
    references = {
        name: breakdowns(ordered, ks, run=name)
        for name in REFERENCES
        if any(name in r.references for r in ordered)
    }
    labels = reliance(ordered)
    metrics = Metrics(
        Runs(Breakdown.from_dict(run), {n: Breakdown.from_dict(b) for n, b in references.items()}),
        taxonomies(ordered),
        decompositions(run, references, ks),
        None if labels is None else Breakdown.from_dict(labels),
        None if labels is None else Runs.from_dict(reliant_view(ordered, ks, references)),
    )
    return Report(Manifest(manifest), metrics, ordered)


def _flatten_runs(runs: Runs, prefix: str, flat: dict[str, float]) -> None:
    """The run and its references (the report's, or the reliant view's) under `prefix`."""
    _flatten_scores(runs.run, prefix, flat)
    for name, reference in runs.references.items():
        _flatten_scores(reference, f"{prefix}{name}.", flat)


def _flatten_scores(scores: Breakdown, prefix: str, flat: dict[str, float]) -> None:
    for metric, value in scores.overall.items():
        flat[f"{prefix}{OVERALL}.{metric}"] = value
    for metric_scope, value_scores in scores.split.items():
        for metric, value in value_scores.items():
            flat[f"{prefix}{metric_scope}.{metric}"] = value
    for family in FAMILIES[1:]:
        for value_name, value_scores in scores.family(family).items():
            for metric, value in value_scores.items():
                flat[f"{prefix}{family}.{value_name}.{metric}"] = value


def load_report(path: Path) -> Report:
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
    return Report.from_dict(report)
