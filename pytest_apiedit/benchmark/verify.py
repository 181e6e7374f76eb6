"""Verification of the benchmark: each problem's references behave as its split promises.

- In its group's edited world, the migrated reference passes and adopts the new API, and the
  original fails at run time on the changed API: Python reaches the removed name or the old
  signature, so the problem's tests reach the API and the change is enforced. On how many tests
  it does is the problem's `api_tests`.
- In the original world, the original reference passes.
- A specificity problem's reference passes with all modifications of the catalogue in force,
  so it stays valid in the successive regime.

Each reference is judged as it is and as a sample is: the prompt followed by the reference's
completion, cut where generation cuts it (`extract_program`), so a model that wrote the
reference would be judged as the reference is.

A reference slower than `SLOW_S` counts as failed: the benchmark keeps only problems whose
verdicts do not depend on machine load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pytest_apiedit.api.catalogue import CATALOGUE
from pytest_apiedit.benchmark.extract import ProgramStyle, extract_program
from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.sandbox import Adoption, Limits, SampleRequest, Sandbox, Verdict
from pytest_apiedit.sandbox.verdict import API_ERRORS

EVERY_MODIFICATION = tuple(m.id for m in CATALOGUE)
SLOW_S = 2.0
LIMITS = Limits(test_timeout_s=3.0, sample_timeout_s=10.0)


@dataclass(frozen=True)
class Check:
    problem: Problem
    what: str
    request: SampleRequest
    holds: Callable[[Verdict], bool]
    counts_api_tests: bool = False
    """The verdict says on how many tests the original reaches the API: `api_tests`."""


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
            and verdict.error_class in API_ERRORS)


def api_tests(verdict: Verdict) -> int:
    """On how many tests the program failed on an API-surface error."""
    return sum(outcome in API_ERRORS for outcome in verdict.outcomes)


def as_sample(problem: Problem, solution: str) -> str:
    """The program judged when a model's completion after the prompt is the solution's."""
    return extract_program(problem.prompt, problem.completion(solution),
                           ProgramStyle.of(problem), finished=True)


def checks(problem: Problem) -> list[Check]:
    suite = problem.suite
    found: list[Check] = []

    def judge(solution: str, name: str, claim: str, world: tuple[str, ...],
              holds: Callable[[Verdict], bool], *, focus: tuple[str, ...] | None = None,
              counts_api_tests: bool = False) -> None:
        programs = {solution: name}
        programs.setdefault(as_sample(problem, solution), f"{name} as a sample")
        for program, subject in programs.items():  # one check where both are the same
            request = SampleRequest(program, suite, world, focus=focus, limits=LIMITS)
            found.append(Check(problem, f"{subject} {claim}", request, holds, counts_api_tests))

    judge(problem.original, "the original", "passes in the original world", (), _passes)
    if problem.uses_modified_api:
        edited = (problem.group,)
        judge(problem.migrated, "the migrated reference", "passes in the edited world", edited,
              _adopts)
        judge(problem.original, "the original",
              "fails at run time in the edited world on the changed API", edited,
              _fails_on_the_api, counts_api_tests=True)
    else:
        judge(problem.original, "the reference", "passes with every modification in force",
              EVERY_MODIFICATION, _passes, focus=())
    return found


def judge(problems: Iterable[Problem], sandbox: Sandbox) -> Iterator[tuple[Check, Verdict]]:
    """Every check of `problems` with its verdict, in order."""
    all_checks = [check for problem in problems for check in checks(problem)]
    verdicts = sandbox.run_many([check.request for check in all_checks])
    return zip(all_checks, verdicts, strict=True)


def verify(problems: Iterable[Problem], sandbox: Sandbox) -> Iterator[Failure]:
    """Failures of any check, in the order of `problems`."""
    for check, verdict in judge(problems, sandbox):
        if not check.holds(verdict):
            yield Failure(check.problem, check.what, verdict)
        elif check.counts_api_tests and api_tests(verdict) != check.problem.api_tests:
            yield Failure(check.problem, f"{check.what} on {check.problem.api_tests} of its"
                          f" tests, as recorded (on {api_tests(verdict)})", verdict)
