"""Re-judging a report without the model: its recorded programs, by the current verdict rules.

A report keeps every sample's program, so when the sandbox's rules change (`RULES_VERSION`) its
verdicts can be brought up to date without generating again. Each program is judged as the
runner judged it: against its problem's tests from the benchmark as it is now, in the world the
record names, with the same focus and the run's limits. A record is dropped, and listed in the
manifest, when its samples no longer answer the benchmark's problem: the benchmark no longer
holds it, holds it as another problem (another group, split, source or category), or gives it
another prompt (a program is the prompt followed by the completion, so it shows the prompt it
answered); and, for a method whose edit is made on the group's reliability problem, when that
problem is no longer the group's (in the successive regime: any group's). Changed tests do not
drop a record: its programs are judged by the tests as they are now.

The references (`base`: the unedited model in the record's world, `oracle`: in the original
world) judge the unedited model's programs. Records keep them (`reference_programs`); a `none`
run's own samples are those programs; for reports written before records kept them, a `none`
report of the same model, sampling, prompt format, batches and benchmark supplies them
(`unedited_programs`). Without any of these a record keeps its old reference verdicts, and the
manifest says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pytest_apiedit.benchmark.problem import Problem, Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.evaluation.edits import UNEDITED
from pytest_apiedit.evaluation.records import ProblemRecord, SampleRecord
from pytest_apiedit.reporting.manifest import now
from pytest_apiedit.reporting.report import Manifest, Report, build_report
from pytest_apiedit.sandbox import Limits, SampleRequest, Sandbox, TestSuite
from pytest_apiedit.sandbox.verdict import RULES_VERSION

MATCHED = ("model", "sampling", "prompt_format", "batch_rows", "benchmark", "selection")
"""Manifest fields that make a `none` run's samples the very completions a run's references drew:
the weights, the sampling, the prompt framing, the prompts (benchmark), and the batches (batch
rows and selection; the `-k` keyword does not change the batches, so it is left out)."""
EDIT_FREE = (UNEDITED, "prompt")
"""Methods whose samples do not depend on a group's reliability problem (no edit is made on it)."""
UNEDITED_HINT = "pass --unedited NONE_REPORT"
SHOWN = 5
"""Problem ids a line names at most."""


class RejudgeError(ValueError):
    """Input rejudge cannot use: one line naming what differs or what is missing."""


@dataclass(frozen=True)
class Unedited:
    """The unedited model's programs by problem id, and where they came from."""

    programs: Mapping[str, tuple[str, ...]]
    source: str


@dataclass(frozen=True)
class Rejudged:
    report: Report
    warnings: tuple[str, ...]
    """One line each, for stderr."""

    @property
    def summary(self) -> str:
        """One line: what was judged, what was dropped, what became of the references."""
        note = self.report.manifest.rejudged
        assert note is not None  # `rejudge` writes it
        dropped = note["dropped"]
        line = (
            f"rejudged {len(self.report.records)} records by verdict rules {note['rules']}"
            f" (were {note['from_rules']}): {note['judged']} distinct programs judged"
        )
        if dropped:
            shown = ", ".join(dropped[:SHOWN]) + (", ..." if len(dropped) > SHOWN else "")
            line += f"; dropped {len(dropped)} whose problem changed: {shown}"
        return f"{line}; references: {note['references']}"


def unedited_programs(report: Report, none_report: Report, source: str) -> Unedited:
    """The samples of `none_report` as the unedited programs of `report`'s references, after
    checking that they are the same completions (`rejudge` checks that each record it judges has
    its problem there); `source` names it in the manifest."""
    theirs = none_report.manifest
    if theirs.method != UNEDITED:
        raise RejudgeError(
            f"{source} is a report of method {theirs.method!r}: the unedited programs"
            f" come from a report of method {UNEDITED!r}"
        )
    ours = report.manifest
    for name in MATCHED:
        mine, other = _matched(ours, name), _matched(theirs, name)
        if mine != other:
            raise RejudgeError(
                f"{source} differs from the report in {name}: {_short(other)}"
                f" there, {_short(mine)} here"
            )
    programs = {r.problem: tuple(s.program for s in r.samples) for r in none_report.records}
    return Unedited(programs, source)


def rejudge(
    report: Report,
    benchmark: Benchmark,
    sandbox: Sandbox,
    unedited: Unedited | None = None,
) -> Rejudged:
    """`report` with every sample (and reference, where its programs are known) judged again by
    this version's rules, its metrics recomputed and its manifest noting what was done (and the
    limits in full: a field the report predates takes its default)."""
    manifest = report.manifest
    limits = _limits(manifest)
    judging = _Judging(limits)
    dropped: list[str] = []
    plans: list[tuple[ProblemRecord, list[int], dict[str, list[int]], tuple[str, ...]]] = []
    sources: set[str] = set()
    kept: list[str] = []
    given = list(report.records)
    stale_edits = _stale_edits(given, benchmark, manifest)
    for record in given:
        problem = _problem_of(record, benchmark)
        if problem is None or record.group in stale_edits:
            dropped.append(record.problem)
            continue
        samples = [judging.ask(problem, s.program, record.world) for s in record.samples]
        references: dict[str, list[int]] = {}
        programs: tuple[str, ...] = ()
        if record.references:
            found = _reference_programs(record, manifest.method, unedited)
            if found is None:
                kept.append(record.problem)
            else:
                programs, source = found
                sources.add(source)
                worlds = {"base": record.world, "oracle": ()}
                references = {
                    name: [judging.ask(problem, p, worlds[name]) for p in programs]
                    for name in record.references
                }
        plans.append((record, samples, references, programs))
    verdicts = sandbox.run_many(judging.requests) if judging.requests else []
    records = [
        dataclasses.replace(
            record,
            samples=tuple(
                SampleRecord(s.completion, s.program, verdicts[i])
                for s, i in zip(record.samples, samples, strict=True)
            ),
            references={
                **record.references,
                **{name: tuple(verdicts[i] for i in ids) for name, ids in references.items()},
            },
            reference_programs=programs or record.reference_programs,
        )
        for record, samples, references, programs in plans
    ]
    with_references = sum(bool(record.references) for record, *_ in plans)
    how, warnings = _references_note(with_references, sources, kept)
    new_manifest = manifest.updated(
        verdict_rules=RULES_VERSION,
        limits=dataclasses.asdict(limits),
        rejudged={
            "rules": RULES_VERSION,
            "from_rules": manifest.verdict_rules,
            "at": now(),
            "benchmark": benchmark.content_hash,
            "judged": len(judging.requests),
            "dropped": sorted(dropped),
            "references": how,
        },
    )
    return Rejudged(build_report(new_manifest.values, records, manifest.pass_k), warnings)


class _Judging:
    """The requests to judge, each distinct one once: a program judged twice in one world (a
    repeated sample; a `none` run's `base`, which is its samples) gets one verdict."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.requests: list[SampleRequest] = []
        self._index: dict[tuple[str, tuple[str, ...], str], int] = {}
        self._suites: dict[str, TestSuite] = {}

    def ask(self, problem: Problem, program: str, world: tuple[str, ...]) -> int:
        key = (problem.id, world, program)
        if key not in self._index:
            # as the runner judges (ProblemRunner._judge)
            focus = (problem.group,) if problem.uses_modified_api and world else ()
            if problem.id not in self._suites:
                self._suites[problem.id] = problem.suite
            suite = self._suites[problem.id]
            self._index[key] = len(self.requests)
            self.requests.append(SampleRequest(program, suite, world, focus, self.limits))
        return self._index[key]


def _problem_of(record: ProblemRecord, benchmark: Benchmark) -> Problem | None:
    """The record's problem, unless the benchmark lacks it, has replaced it by another or has
    changed its prompt."""
    problem = benchmark.by_id.get(record.problem)
    if problem is None:
        return None
    now_is = (problem.group, problem.split, problem.source, str(problem.modification.category))
    was = (record.group, record.split, record.source, record.category)
    programs = (*(s.program for s in record.samples), *record.reference_programs)
    if now_is != was or not all(p.startswith(problem.prompt) for p in programs):
        return None
    return problem


def _stale_edits(records: list[ProblemRecord], benchmark: Benchmark,
                 manifest: Manifest) -> set[str]:
    """Groups whose records were drawn under an edit the benchmark no longer asks for: the edit
    is made on the group's reliability problem, which is now another or has changed (in the
    successive regime every group's samples were drawn after every edit)."""
    if manifest.method in EDIT_FREE:
        return set()
    reliability = {p.group: p for p in benchmark.problems if p.split is Split.RELIABILITY}
    stale = {
        record.group for record in records
        if record.split is Split.RELIABILITY and (
            reliability.get(record.group) is None
            or reliability[record.group].id != record.problem
            or _problem_of(record, benchmark) is None)
    }
    if stale and manifest.regime == "successive":
        return {record.group for record in records}
    return stale


def _reference_programs(
    record: ProblemRecord, method: str | None, unedited: Unedited | None
) -> tuple[tuple[str, ...], str] | None:
    if record.reference_programs:
        return record.reference_programs, "the records' unedited programs"
    if method == UNEDITED:
        return tuple(s.program for s in record.samples), "the run's own samples (method none)"
    if unedited is None:
        return None
    if record.problem not in unedited.programs:
        raise RejudgeError(
            f"{unedited.source} differs from the report in problems: it has no record of"
            f" {record.problem}"
        )
    return unedited.programs[record.problem], f"the samples of {unedited.source}"


def _references_note(
    with_references: int, sources: set[str], kept: list[str]
) -> tuple[str, tuple[str, ...]]:
    if not with_references:
        return "none in the run", ()
    if not kept:
        return "rejudged from " + " and ".join(sorted(sources)), ()
    why = f"no unedited programs ({UNEDITED_HINT})"
    if len(kept) == with_references:
        note = f"kept: the old reference verdicts, by the old rules: {why}"
    else:
        note = (
            "rejudged from " + " and ".join(sorted(sources)) + f"; kept for {len(kept)} records"
            f" ({', '.join(kept[:SHOWN])}{', ...' if len(kept) > SHOWN else ''}): {why}"
        )
    warning = (
        f"the reference verdicts of {len(kept)} of {with_references} records stay by the old"
        f" rules: {why}"
    )
    return note, (warning,)


def _limits(manifest: Manifest) -> Limits:
    if manifest.limits is None:
        return Limits()
    try:
        return Limits.from_dict(manifest.limits)
    except TypeError:
        raise RejudgeError(
            f"the report's limits {manifest.limits} are not this version's: their fields differ"
        ) from None


def _matched(manifest: Manifest, name: str) -> Any:
    value = manifest.field(name)
    if name == "selection" and isinstance(value, dict):
        return {key: v for key, v in value.items() if key != "keyword"}
    return value


def _short(value: Any, width: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."
