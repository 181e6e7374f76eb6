"""Which problems the unedited model answers with the old API, and the run seen on those alone.

An edit can only change a program where the model reaches for the modified API: a problem the
unedited model solves without it (`n ** 0.5` where `math.sqrt` was changed) has nothing for the
edit to change, and averaging it in dilutes the figures that can move. Definitions:
docs/metrics.md, "Reliance".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.metrics.scores import BREAKDOWNS, OVERALL, Scores, breakdowns, grouped

BASE = "base"
"""The reference run whose verdicts carry the labels: the unedited model's own samples."""
LABELS = ("share", "reliant", "problems")
"""A scope's reliance: the share of its labelled problems that rely, and the two counts."""


def labelled(records: Iterable[ProblemRecord]) -> list[ProblemRecord]:
    """The reliability and generalization problems with base verdicts: the ones that can rely.

    Specificity problems use no modified API, so their verdicts carry no `uses_old`; a problem
    without base verdicts (a run without `--apiedit-reference`) has no label to read."""
    return [r for r in records if r.split is not Split.SPECIFICITY and r.references.get(BASE)]


def relies(record: ProblemRecord) -> bool:
    """At least one of the unedited model's samples names the old API (`uses_old`).

    The base and oracle references judge the same programs, so this is also "the unedited
    model's original-world sample uses the old API"."""
    return any(verdict.uses_old for verdict in record.references.get(BASE, ()))


def share(records: Sequence[ProblemRecord]) -> Scores:
    """`LABELS` of labelled `records` (at least one): `{"share": 0.25, "reliant": 1,
    "problems": 4}`."""
    reliant = sum(map(relies, records))
    return dict(zip(LABELS, (reliant / len(records), reliant, len(records)), strict=True))


def reliance(records: Sequence[ProblemRecord]) -> dict[str, Any] | None:
    """The share of labelled problems that rely, overall and by split, source, category and
    modification (the shape of `breakdowns`); None when no problem is labelled."""
    chosen = labelled(records)
    if not chosen:
        return None
    result: dict[str, Any] = {OVERALL: share(chosen)}
    for name, key in BREAKDOWNS.items():
        result[name] = {value: share(group) for value, group in grouped(chosen, key).items()}
    return result


def reliant_records(records: Sequence[ProblemRecord]) -> list[ProblemRecord]:
    """The problems that rely, and the specificity problems of every modification with one
    (they carry no label, but are the collateral of an edit that has something to change)."""
    groups = {r.group for r in labelled(records) if relies(r)}
    return [
        r for r in records if (r.group in groups if r.split is Split.SPECIFICITY else relies(r))
    ]


def reliant_view(
    records: Sequence[ProblemRecord], ks: Sequence[int], references: Iterable[str]
) -> dict[str, Any]:
    """`{"run": breakdowns, "references": {"base": breakdowns, ...}}` over `reliant_records`,
    the shape of a report's own `run` and `references`."""
    chosen = reliant_records(records)
    return {
        "run": breakdowns(chosen, ks),
        "references": {name: breakdowns(chosen, ks, run=name) for name in references},
    }
