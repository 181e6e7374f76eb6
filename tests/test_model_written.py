"""Model-written programs for real benchmark problems, judged in their group's edited world.

The corpus (`tests/model_written/corpus.py`) holds programs written the way an instruction-tuned
code LLM answers HumanEval, MBPP and APPS problems, with the compiled flag, adoption class and
error class that the verdict rules give each; see its docstring for the rules and the readings
applied. All programs are judged in one batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from model_written.corpus import CORPUS, CORRECT, WORKAROUND, Program

from pytest_apiedit.api.modification import Category
from pytest_apiedit.benchmark.problem import Problem, Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.sandbox import Adoption, SampleRequest, Sandbox, Verdict

BY_ID: dict[str, Program] = {entry.id: entry for entry in CORPUS}

PREFIX: dict[Category, str] = {
    Category.FUNCTION_RENAME: "fn",
    Category.METHOD_RENAME: "meth",
    Category.SIGNATURE_CHANGE: "sig",
    Category.ARGUMENT_REORDER: "order",
    Category.MODULE_MOVE: "move",
    Category.RETURN_SHAPE: "shape",
}


def category(problem: Problem) -> str:
    return PREFIX[problem.modification.category]


@pytest.fixture(scope="module")
def problems() -> dict[str, Problem]:
    benchmark = Benchmark.load()
    return {entry.problem: benchmark.by_id[entry.problem] for entry in CORPUS}


class Verdicts(dict[str, Verdict]):
    """Verdicts by program id; a short repr keeps failure reports readable."""

    def __repr__(self) -> str:
        return f"<{len(self)} verdicts>"


@pytest.fixture(scope="module")
def verdicts(problems: dict[str, Problem]) -> Iterator[Verdicts]:
    """Every program judged once, in one batch, in its problem's edited world."""
    requests = []
    for entry in CORPUS:
        problem = problems[entry.problem]
        requests.append(
            SampleRequest(
                entry.program, problem.suite, world=(problem.group,), focus=(problem.group,)
            )
        )
    with Sandbox() as sandbox:
        results = sandbox.run_many(requests)
    yield Verdicts({entry.id: verdict for entry, verdict in zip(CORPUS, results, strict=True)})


def describe(verdict: Verdict) -> str:
    return (
        f"compiled={verdict.compiled} adoption={verdict.adoption} "
        f"error_class={verdict.error_class} passed={verdict.tests_passed}/{verdict.tests_total} "
        f"uses_old={verdict.uses_old} uses_new={verdict.uses_new} error={verdict.error!r}"
    )


def test_the_corpus_covers_the_benchmark(problems: dict[str, Problem]) -> None:
    ids = [entry.id for entry in CORPUS]
    assert len(ids) == len(set(ids)) >= 40
    assert len(problems) >= 20
    for entry in CORPUS:
        problem = problems[entry.problem]
        # the group's modification is what the program is about
        assert problem.split in (Split.RELIABILITY, Split.GENERALIZATION), entry.id
        assert entry.id.partition("-")[0] == category(problem), (entry.id, problem.group)
        assert entry.why.strip(), entry.id
    per_category = Counter(category(problems[entry.problem]) for entry in CORPUS)
    assert set(per_category) == set(PREFIX.values()), per_category
    per_class = Counter(entry.adoption for entry in CORPUS)
    assert set(per_class) == set(Adoption), per_class


@pytest.mark.parametrize("program_id", list(BY_ID))
def test_verdict_follows_the_rules(verdicts: Verdicts, program_id: str) -> None:
    entry = BY_ID[program_id]
    verdict = verdicts[program_id]
    expected_pass = entry.adoption in (CORRECT, WORKAROUND)
    got = (verdict.compiled, verdict.adoption, verdict.error_class, verdict.passed)
    want = (entry.compiled, entry.adoption, entry.error_class, expected_pass)
    assert got == want, f"{entry.why}\n{describe(verdict)}"
    if expected_pass:
        assert verdict.tests_passed == verdict.tests_total, describe(verdict)
    # rule 3: levels are nested
    if not verdict.compiled:
        assert not verdict.passed and verdict.tests_passed == 0, describe(verdict)


@pytest.mark.parametrize(
    "program_id", [entry.id for entry in CORPUS if entry.error_mentions is not None]
)
def test_errors_of_a_new_api_name_the_new_api(verdicts: Verdicts, program_id: str) -> None:
    must, must_not = BY_ID[program_id].error_mentions or ("", "")
    error = verdicts[program_id].error or ""
    assert must in error and must_not not in error, describe(verdicts[program_id])
