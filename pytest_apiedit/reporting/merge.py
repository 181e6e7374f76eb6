"""The reports of one run's shards (`--apiedit-shard K/N`) as the report of the whole run.

Metrics are computed again from the records of all shards together, so the merged report is the
one an unsplit session would have written. The shards must be of one run: every manifest field
that decides what a record holds (model weights, method and hyperparameters, regime and order,
sampling, benchmark, verdict rules, ...) is the same in all, and no problem is in two of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pytest_apiedit.reporting.manifest import selection_digest
from pytest_apiedit.reporting.report import Report, build_report

SAME = (
    "method",
    "backend",
    "hyperparameters",
    "model",
    "prompt_format",
    "regime",
    "successive_order",
    "sampling",
    "pass_k",
    "selection",
    "references",
    "limits",
    "gates",
    "benchmark",
    "verdict_rules",
)
"""Manifest fields that must be equal across the shards of one run."""
SAME_SELECTION = ("count", "selection_problems", "selection_sha256")
"""Fields of the manifests' `shard` entry that must be equal: the same split of the same
selection."""
PER_SHARD = ("command", "platform", "packages", "started", "finished", "hparams_file")
"""What each shard ran as, kept in the merged manifest's `shards`."""


class MergeError(ValueError):
    """Reports that are not the shards of one run: one line naming what differs."""


def merge(shards: Sequence[tuple[str, Report]], complete: bool = False) -> Report:
    """The whole run's report from its shards' (each named, for messages, by its file).
    `complete`: the shards must also cover the selection, every one of its N shards present."""
    if not shards:
        raise MergeError("report merge needs the reports of a run's shards")
    entries = [_shard_entry(name, report) for name, report in shards]
    first_name, first = shards[0]
    for (name, report), entry in zip(shards[1:], entries[1:], strict=True):
        differing = [f for f in SAME if report.manifest.field(f) != first.manifest.field(f)]
        differing += [f"shard.{f}" for f in SAME_SELECTION if entry[f] != entries[0][f]]
        if differing:
            raise MergeError(f"{name} and {first_name} differ in {differing[0]}: not one run")
    owner: dict[str, str] = {}
    """Each problem's shard, `K/N`."""
    given: set[str] = set()
    for (name, report), entry in zip(shards, entries, strict=True):
        index = f"{entry['index']}/{entry['count']}"
        if index in given:
            raise MergeError(f"{name}: shard {index} is given twice")
        given.add(index)
        for record in report.records:
            if record.problem in owner:
                raise MergeError(f"{record.problem} is in two shards' reports ({name})")
            owner[record.problem] = index
    if complete:
        _check_complete(entries, owner)
    records = sorted((r for _, report in shards for r in report.records), key=lambda r: r.problem)
    return build_report(_manifest(shards, entries), records, first.manifest.pass_k)


def _shard_entry(name: str, report: Report) -> dict[str, Any]:
    entry = report.manifest.field("shard")
    if entry is None:
        raise MergeError(f"{name} is not a shard's report: run with --apiedit-shard K/N")
    return entry


def _check_complete(entries: list[dict[str, Any]], owner: dict[str, str]) -> None:
    count, wanted = entries[0]["count"], entries[0]["selection_problems"]
    missing = sorted(set(range(1, count + 1)) - {entry["index"] for entry in entries})
    if missing:
        raise MergeError(f"--complete: shard {missing[0]}/{count} is missing")
    if len(owner) != wanted or selection_digest(owner) != entries[0]["selection_sha256"]:
        raise MergeError(
            f"--complete: the shards' records cover {len(owner)} of the selection's {wanted}"
            " problems (deselected with -k, or a session that did not finish)"
        )


def _manifest(
    shards: Sequence[tuple[str, Report]], entries: list[dict[str, Any]]
) -> dict[str, Any]:
    """The first shard's manifest, no longer a shard's: its start is the earliest, its end the
    latest, and what each shard ran as is under `shards`."""
    manifests = [report.manifest for _, report in shards]
    merged = dict(manifests[0].values)
    merged["shard"] = None
    coverages = [m.values.get("coverage") for m in manifests]
    if all(coverages):
        merged["coverage"] = {
            "selected": sum(c["selected"] for c in coverages),
            "recorded": sum(c["recorded"] for c in coverages),
            "crashed": sorted(p for c in coverages for p in c["crashed"]),
        }
    merged["started"] = min(m.values["started"] for m in manifests)
    merged["finished"] = max(m.values["finished"] for m in manifests)
    merged["shards"] = sorted(
        (
            {"index": entry["index"], **{field: m.field(field) for field in PER_SHARD}}
            for m, entry in zip(manifests, entries, strict=True)
        ),
        key=lambda shard: shard["index"],
    )
    return merged
