"""Release gates: `generalization.pass@1>=0.2`, `specificity.pass@1>=0.95*baseline`.

A gate is a metric (a flat name of `Report.flat`), a comparison, and a threshold: a
number, `baseline` (the same metric in the baseline report), `F*baseline`, or `baseline-D` /
`baseline+D`. Gates are parsed and their metric names checked when the session is configured, so
a typo fails at once rather than after hours of generation.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.metrics.passk import Level
from pytest_apiedit.metrics.reliance import BASE, LABELS
from pytest_apiedit.sandbox import Adoption, ErrorClass

COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
}
_NUMBER = r"[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?"
_GATE = re.compile(r"\s*(?P<metric>[^\s<>=]+)\s*(?P<op>>=|<=|>|<)\s*(?P<threshold>.+?)\s*")
_THRESHOLD = re.compile(
    rf"(?P<number>{_NUMBER})"
    rf"|(?:(?P<factor>{_NUMBER})\s*\*\s*)?baseline(?:\s*(?P<sign>[-+])\s*(?P<delta>{_NUMBER}))?"
)


COUNT_PROBLEMS, COUNT_SAMPLES = "problems", "samples"
RELIANCE, RELIANT = "reliance", "reliant"


class GateError(ValueError):
    """A gate that cannot be parsed or names no metric: a configuration error."""


@dataclass(frozen=True)
class Gate:
    text: str
    metric: str
    comparison: str
    number: float
    """The threshold, or with `relative` the factor of the baseline."""
    relative: bool = False
    delta: float = 0.0

    def threshold(self, baseline: Mapping[str, float] | None) -> float | None:
        """None: the gate is relative and the baseline has no such metric."""
        if not self.relative:
            return self.number
        if baseline is None or self.metric not in baseline:
            return None
        return self.number * baseline[self.metric] + self.delta


@dataclass(frozen=True)
class GateResult:
    gate: Gate
    measured: float | None
    threshold: float | None
    held: bool
    reason: str

    def line(self) -> str:
        return f"{'PASS' if self.held else 'FAIL'} {self.gate.text}: {self.reason}"


def parse_gate(text: str) -> Gate:
    match = _GATE.fullmatch(text)
    threshold = _THRESHOLD.fullmatch(match["threshold"]) if match else None
    if match is None or threshold is None:
        raise GateError(
            f"gate {text!r} is not METRIC OP THRESHOLD (OP: >=, <=, >, <; THRESHOLD: a number,"
            " baseline, F*baseline or baseline-D), e.g. generalization.pass@1>=0.2"
        )
    if threshold["number"] is not None:
        return Gate(text, match["metric"], match["op"], float(threshold["number"]))
    sign = -1.0 if threshold["sign"] == "-" else 1.0
    return Gate(
        text,
        match["metric"],
        match["op"],
        float(threshold["factor"] or 1.0),
        relative=True,
        delta=sign * float(threshold["delta"] or 0.0),
    )


def evaluate(
    gates: Sequence[Gate],
    metrics: Mapping[str, float],
    baseline: Mapping[str, float] | None,
    uncovered: str | None = None,
) -> list[GateResult]:
    """`uncovered`: why the run's report misses part of its selection (`Manifest.uncovered`);
    then no gate holds, since its numbers are not the run's."""
    if uncovered is not None:
        reason = f"not judged on a partial report ({uncovered})"
        return [GateResult(gate, metrics.get(gate.metric), None, False, reason) for gate in gates]
    results = []
    for gate in gates:
        measured, threshold = metrics.get(gate.metric), gate.threshold(baseline)
        if threshold is None:
            reason = f"the baseline report has no {gate.metric}"
            results.append(GateResult(gate, measured, None, False, reason))
            continue
        if measured is None:
            reason = f"this run has no {gate.metric} (no problem of that kind was selected)"
            results.append(GateResult(gate, None, threshold, False, reason))
            continue
        held = COMPARISONS[gate.comparison](measured, threshold)
        reason = f"measured {measured:.4f}, needs {gate.comparison} {threshold:.4f}"
        results.append(GateResult(gate, measured, threshold, held, reason))
    return results


@dataclass(frozen=True)
class MetricNames:
    """What a metric name may be in a run with these settings: used to refuse typos early."""

    ks: Collection[int]
    splits: Collection[str]
    values: Mapping[str, Collection[str]]
    """Per breakdown (`source`, `category`, `modification`), the values the benchmark has."""
    references: Collection[str]

    def problem(self, name: str) -> str | None:
        """Why `name` names no metric, or None when it does."""
        parts = name.split(".")
        if parts[0] in ("adoption", "errors"):
            labels = Adoption if parts[0] == "adoption" else ErrorClass
            return self._expect(
                len(parts) == 3
                and self._scope(parts[1])
                and parts[2] in {*map(str, labels), COUNT_SAMPLES},
                name,
                f"{parts[0]}.SCOPE.CLASS with CLASS one of {', '.join(map(str, labels))}"
                f" or {COUNT_SAMPLES}",
            )
        if parts[0] == "shapley":
            at = self._at_k(parts[-1], ("compile", "quality", "total"))
            against = {"gap", *(f"from_{r}" for r in self.references)}
            return self._expect(
                len(parts) == 4 and self._scope(parts[1]) and parts[2] in against and at,
                name,
                f"shapley.SCOPE.{'|'.join(sorted(against))}.compile|quality|total@K",
            )
        if parts[0] in (RELIANCE, RELIANT) and BASE not in self.references:
            return self._expect(False, name, f"{parts[0]}.* (only with --apiedit-reference)")
        if parts[0] == RELIANCE:
            labels = "|".join(LABELS)
            return self._breakdown(
                parts[1:],
                name,
                LABELS.__contains__,
                scope=lambda scope: self._scope(scope) and scope != Split.SPECIFICITY,
                family=f"{RELIANCE}.FAMILY.VALUE.{labels}",
                scopes=f"{RELIANCE}.SCOPE.{labels} with SCOPE overall or a split but"
                f" {Split.SPECIFICITY} (it uses no modified API)",
            )
        if parts[0] == RELIANT:
            parts = parts[1:]
        if parts[:1] and parts[0] in self.references:
            parts = parts[1:]
        levels = [str(level) for level in Level]
        return self._breakdown(
            parts,
            name,
            lambda text: self._score(text, levels),
            scope=self._scope,
            family="FAMILY.VALUE.LEVEL@K",
            scopes=f"SCOPE.LEVEL@K with SCOPE overall or a split, LEVEL one of"
            f" {', '.join(levels)} (or SCOPE.{COUNT_PROBLEMS}, SCOPE.{COUNT_SAMPLES})",
        )

    def _breakdown(
        self,
        parts: list[str],
        name: str,
        metric: Callable[[str], bool],
        *,
        scope: Callable[[str], bool],
        family: str,
        scopes: str,
    ) -> str | None:
        """`SCOPE.METRIC` or `FAMILY.VALUE.METRIC`: a name in a `breakdowns`-shaped result;
        `family` and `scopes` are the shapes expected, for the message."""
        if len(parts) == 3 and parts[0] in self.values:
            known = parts[1] in self.values[parts[0]] and metric(parts[2])
            return self._expect(known, name, family.replace("FAMILY", parts[0]))
        return self._expect(len(parts) == 2 and scope(parts[0]) and metric(parts[1]), name, scopes)

    def _scope(self, scope: str) -> bool:
        return scope == "overall" or scope in self.splits

    def _score(self, text: str, levels: Sequence[str]) -> bool:
        return text in (COUNT_PROBLEMS, COUNT_SAMPLES) or self._at_k(text, levels)

    def _at_k(self, text: str, names: Sequence[str]) -> bool:
        name, _, k = text.partition("@")
        return name in names and k.isdigit() and int(k) in self.ks

    def _expect(self, ok: bool, name: str, shape: str) -> str | None:
        if ok:
            return None
        ks = ",".join(map(str, sorted(self.ks)))
        return f"no metric {name!r} in this run: expected {shape} (K in --pass-k: {ks})"
