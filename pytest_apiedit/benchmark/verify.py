"""Verification of the benchmark: each problem's references behave as its split promises.

- In its group's edited world, the migrated reference passes and adopts the new API, and the
  original reference fails with an API-resolution error (proof that the change is enforced).
- In the original world, the original reference passes.
- A specificity problem's reference passes with all modifications of the catalogue in force,
  so it stays valid in the successive regime.

A reference slower than `SLOW_S` counts as failed: the benchmark keeps only problems whose
verdicts do not depend on machine load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pytest_apiedit.api.catalogue import CATALOGUE
from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.sandbox import Adoption, ErrorClass, Limits, SampleRequest, Sandbox, Verdict

EVERY_MODIFICATION = tuple(m.id for m in CATALOGUE)
SLOW_S = 2.0
LIMITS = Limits(test_timeout_s=3.0, sample_timeout_s=10.0)


@dataclass(frozen=True)
class Check:
    problem: Problem
    what: str
    request: SampleRequest
    holds: Callable[[Verdict], bool]


@dataclass(frozen=True)
class Failure:
    problem: Problem
    what: str
    verdict: Verdict

    def __str__(self) -> str:
        return (f"{self.problem.id}: {self.what} does not hold ({self.verdict.error_class}:"
                f" {self.verdict.error}; {self.verdict.wall_s:.2f}s)")


def _passes(verdict: Verdict) -> bool:
    return verdict.passed and verdict.wall_s <= SLOW_S


def _adopts(verdict: Verdict) -> bool:
    return _passes(verdict) and verdict.adoption == Adoption.CORRECT_ADOPTION


def _fails_on_the_api(verdict: Verdict) -> bool:
    return (not verdict.compiled and verdict.adoption == Adoption.STALE_API
            and verdict.error_class in (ErrorClass.REMOVED_API, ErrorClass.SIGNATURE))


def checks(problem: Problem) -> list[Check]:
    suite = problem.suite
    found = [Check(problem, "the original passes in the original world",
                   SampleRequest(problem.original, suite, (), limits=LIMITS), _passes)]
    if problem.uses_modified_api:
        edited = (problem.group,)
        found += [
            Check(problem, "the migrated reference passes in the edited world",
                  SampleRequest(problem.migrated, suite, edited, limits=LIMITS), _adopts),
            Check(problem, "the original fails in the edited world on the changed API",
                  SampleRequest(problem.original, suite, edited, limits=LIMITS),
                  _fails_on_the_api),
        ]
    else:
        found.append(Check(problem, "the reference passes with every modification in force",
                           SampleRequest(problem.original, suite, EVERY_MODIFICATION, focus=(),
                                         limits=LIMITS), _passes))
    return found


def verify(problems: Iterable[Problem], sandbox: Sandbox) -> Iterator[Failure]:
    """Failures of any check, in the order of `problems`."""
    all_checks = [check for problem in problems for check in checks(problem)]
    verdicts = sandbox.run_many([check.request for check in all_checks])
    for check, verdict in zip(all_checks, verdicts, strict=True):
        if not check.holds(verdict):
            yield Failure(check.problem, check.what, verdict)
