"""Pass@k of a set of problems at every level, its breakdowns, and the two taxonomies.

Definitions: docs/definitions.md, "Pass@k", "Adoption classes" (the taxonomies) and "Shapley
split" (`decompositions`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from statistics import fmean
from typing import Any

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.metrics.passk import LEVELS, Level, pass_at_k
from pytest_apiedit.metrics.shapley import IDEAL, shapley
from pytest_apiedit.sandbox import Adoption, ErrorClass, Verdict

Scores = dict[str, float]
"""`{"problems": 12, "samples": 60, "compile@1": 0.8, "pass@1": 0.3, "adopt@1": 0.2, ...}`."""

OVERALL = "overall"
SPLIT_ORDER = {str(split): i for i, split in enumerate(Split)}
"""Splits in the order the study reads them (reliability, generalization, specificity)."""
BREAKDOWNS: dict[str, Callable[[ProblemRecord], str]] = {
    "split": lambda r: str(r.split),
    "source": lambda r: r.source,
    "category": lambda r: r.category,
    "modification": lambda r: r.group,
}


def score(problems: Sequence[Sequence[Verdict]], ks: Sequence[int]) -> Scores:
    """Mean pass@k over `problems` (each its samples' verdicts) for every level and k.

    adopt@k covers only the problems about a modified API (their verdicts carry an adoption
    class); it is absent when there are none."""
    scores: Scores = {"problems": len(problems), "samples": sum(map(len, problems))}
    if not problems:
        return scores
    targeted = [verdicts for verdicts in problems if verdicts and verdicts[0].adoption]
    for level, reached in LEVELS.items():
        counted = targeted if level is Level.ADOPT else problems
        if not counted:
            continue
        for k in ks:
            scores[f"{level}@{k}"] = fmean(
                pass_at_k(len(v), sum(map(reached, v)), k) for v in counted
            )
    return scores


def samples_of(record: ProblemRecord, run: str | None) -> tuple[Verdict, ...]:
    """The verdicts of the run itself (`run` None) or of one of its reference runs."""
    if run is None:
        return tuple(sample.verdict for sample in record.samples)
    return record.references.get(run, ())


def breakdowns(
    records: Sequence[ProblemRecord], ks: Sequence[int], run: str | None = None
) -> dict[str, Any]:
    """`{"overall": Scores, "split": {"reliability": Scores, ...}, "source": ..., ...}`."""
    chosen = [r for r in records if samples_of(r, run)]
    result: dict[str, Any] = {OVERALL: score([samples_of(r, run) for r in chosen], ks)}
    for name, key in BREAKDOWNS.items():
        result[name] = {
            value: score([samples_of(r, run) for r in group], ks)
            for value, group in grouped(chosen, key).items()
        }
    return result


def grouped(
    records: Iterable[ProblemRecord], key: Callable[[ProblemRecord], str]
) -> dict[str, list[ProblemRecord]]:
    """`records` by `key`: splits in the study's order, other values sorted, so every breakdown
    of every report lists its values alike."""
    groups: dict[str, list[ProblemRecord]] = {}
    for record in records:
        groups.setdefault(key(record), []).append(record)
    ordered = sorted(groups, key=lambda v: (SPLIT_ORDER.get(v, len(SPLIT_ORDER)), v))
    return {value: groups[value] for value in ordered}


def taxonomies(records: Iterable[ProblemRecord]) -> dict[str, dict[str, dict[str, float]]]:
    """Shares of the adoption classes (problems about a modified API) and of the error classes
    (samples that did not pass), overall and per split."""
    adoption: dict[str, Counter[str]] = {}
    errors: dict[str, Counter[str]] = {}
    for record in records:
        for verdict in samples_of(record, None):
            for scope in (OVERALL, str(record.split)):
                if verdict.adoption is not None:
                    adoption.setdefault(scope, Counter())[verdict.adoption] += 1
                if not verdict.passed and verdict.error_class is not None:
                    errors.setdefault(scope, Counter())[verdict.error_class] += 1
    return {
        "adoption": {scope: shares(c, list(Adoption)) for scope, c in adoption.items()},
        "errors": {scope: shares(c, list(ErrorClass)) for scope, c in errors.items()},
    }


def shares(counts: Counter[str], classes: Sequence[str]) -> dict[str, float]:
    total = sum(counts.values())
    return {str(c): counts[c] / total for c in classes} | {"samples": total}


def decompositions(
    run: dict[str, Any], references: dict[str, dict[str, Any]], ks: Sequence[int]
) -> dict[str, dict[str, dict[str, dict[str, float]]]]:
    """The Shapley split per scope (overall and each split) and k: of the failure gap against
    the ideal (`gap`) and of the change from each reference run to this one (`from_base`, ...).

    `run` and `references` are `breakdowns` results."""
    scopes = {OVERALL: run[OVERALL], **run["split"]}
    result: dict[str, dict[str, dict[str, dict[str, float]]]] = {}
    for scope, scores in scopes.items():
        per_scope: dict[str, dict[str, dict[str, float]]] = {}
        for k in ks:
            if f"pass@{k}" not in scores:
                continue
            point = (scores[f"compile@{k}"], scores[f"pass@{k}"])
            per_k = {"gap": shapley(IDEAL, point).to_dict()}
            for name, reference in references.items():
                ref = reference[OVERALL] if scope == OVERALL else reference["split"].get(scope)
                if ref and f"pass@{k}" in ref:
                    before = (ref[f"compile@{k}"], ref[f"pass@{k}"])
                    per_k[f"from_{name}"] = shapley(before, point).to_dict()
            per_scope[f"@{k}"] = per_k
        result[scope] = per_scope
    return result
