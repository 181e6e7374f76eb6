"""The shipped benchmark: counts, split invariants, verification, and a byte-identical rebuild."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_apiedit.api import CATALOGUE, Category, ProgramIndex
from pytest_apiedit.api.catalogue import get_modification, used_by
from pytest_apiedit.benchmark.problem import Problem, Split
from pytest_apiedit.benchmark.store import Benchmark, MalformedBenchmark
from pytest_apiedit.benchmark.verify import as_sample, checks, verify
from pytest_apiedit.sandbox import Sandbox, TestSuite

ROOT = Path(__file__).resolve().parents[1]
BUILDER = ROOT / "benchmarks" / "build_benchmark.py"
BENCHMARK = Benchmark.load()


def test_counts() -> None:
    stats = BENCHMARK.stats()
    assert stats["problems"] == 2040 and stats["modifications"] == 140
    assert set(stats["by_source"]) == {"humaneval", "mbpp", "apps"}
    assert set(stats["by_category"]) == {str(c) for c in Category}
    assert stats["groups_with_reliability_and_generalization"] == 140
    assert sum(stats["by_split"].values()) == 2040
    by_split = stats["by_split"]
    assert stats["problems_whose_tests_reach_the_api"] == (
        by_split["reliability"] + by_split["generalization"])
    assert stats["problems_with_a_single_test"] == sum(
        p.suite.total == 1 for p in BENCHMARK.problems)


def test_the_tests_of_every_group_problem_reach_its_api() -> None:
    """Recorded by the builder from the run, checked by `verify`: the original fails on the
    changed API at run time in at least one test (none for specificity)."""
    for problem in BENCHMARK.problems:
        if problem.uses_modified_api:
            assert 1 <= problem.api_tests <= problem.suite.total, problem.id
        else:
            assert problem.api_tests == 0, problem.id


def test_every_reference_is_also_verified_as_a_sample() -> None:
    """Each reference is judged as it is and as the program a model's completion gives."""
    problem = next(p for p in BENCHMARK.problems if p.source == "mbpp")
    programs = {check.what: check.request.program for check in checks(problem)}
    sample = as_sample(problem, problem.original)
    assert sample.startswith(problem.prompt) and sample != problem.original
    assert programs["the original passes in the original world"] == problem.original
    assert programs["the original as a sample passes in the original world"] == sample


def test_every_group_has_one_reliability_problem_and_generalization() -> None:
    splits: dict[str, Counter[Split]] = defaultdict(Counter)
    for problem in BENCHMARK.problems:
        splits[problem.group][problem.split] += 1
    assert set(splits) == {m.id for m in CATALOGUE}
    for counts in splits.values():
        assert counts[Split.RELIABILITY] == 1 and counts[Split.GENERALIZATION] >= 1


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::SyntaxWarning")
def test_each_problem_uses_exactly_its_groups_api_or_none() -> None:
    """Non-specificity: the original uses exactly the group's modified API, the migration
    leaves no old use and shows the new one; specificity: no modified API at all, so every
    problem stays valid in the successive regime."""
    for problem in BENCHMARK.problems:
        original = ProgramIndex.parse(problem.original)
        used = [m.id for m in used_by(original)]
        if problem.split is Split.SPECIFICITY:
            assert used == [] and problem.migrated == problem.original, problem.id
            continue
        assert used == [problem.group], problem.id
        migrated = ProgramIndex.parse(problem.migrated)
        assert not problem.modification.uses_old(migrated), problem.id
        assert problem.modification.uses_new(migrated), problem.id


def test_prompts_never_name_the_new_api() -> None:
    for problem in BENCHMARK.problems:
        if problem.uses_modified_api:
            assert problem.modification.named_in(problem.prompt) is None, problem.id


def test_ids_are_unique_and_name_their_source() -> None:
    assert len(BENCHMARK.by_id) == len(BENCHMARK.problems)
    assert all(p.id.startswith(f"{p.source}/") for p in BENCHMARK.problems)
    assert {p.reference_origin for p in BENCHMARK.problems} == {"original", "written"}
    assert all(p.source == "apps" for p in BENCHMARK.problems if p.reference_origin == "written")


def test_prompt_and_completion_make_each_reference_again() -> None:
    """What edits teach and the default model learns: the completion of a reference."""
    for problem in BENCHMARK.problems:
        for solution in (problem.original, problem.migrated):
            completion = problem.completion(solution)
            if solution.startswith(problem.prompt):
                assert problem.prompt + completion == solution, problem.id
            else:  # a stdin program follows its docstring prompt on a new line
                assert completion.strip() == solution.strip(), problem.id
                assert problem.prompt.endswith("\n") or completion.startswith("\n")


def sample() -> list:
    """One problem per category and split, chosen by id: verification of the whole benchmark
    is `python -m pytest_apiedit verify` (minutes)."""
    chosen = {}
    for problem in BENCHMARK.problems:
        chosen.setdefault((problem.modification.category, problem.split), problem)
    return list(chosen.values())


def test_a_sample_verifies_in_the_sandbox(apiedit_sandbox: Sandbox) -> None:
    problems = sample()
    assert len(problems) == 3 * len(Category)
    assert [str(failure) for failure in verify(problems, apiedit_sandbox)] == []


def test_a_broken_reference_fails_verification(apiedit_sandbox: Sandbox) -> None:
    """Verification can fail: a migrated reference that still uses the old API does, as it
    is and as a sample; a wrong count of the tests that reach the API does too."""
    problem = next(p for p in BENCHMARK.problems
                   if p.split is Split.GENERALIZATION and p.source == "mbpp")
    broken = replace(problem, migrated=problem.original, api_tests=problem.api_tests + 1)
    failures = [f.what for f in verify([broken], apiedit_sandbox)]
    assert failures[:2] == ["the migrated reference passes in the edited world",
                            "the migrated reference as a sample passes in the edited world"]
    assert [what.endswith(f"on {problem.api_tests + 1} of its tests, as recorded"
                          f" (on {problem.api_tests})") for what in failures[2:]] == [True] * 2


def synthetic(prompt: str, original: str, suite: TestSuite, group: str = "") -> Problem:
    modification = get_modification(group) if group else None
    return Problem(
        id="apps/0", source="apps", prompt=prompt, tests=suite.to_dict(), original=original,
        migrated=modification.migrate_source(original) if modification else original,
        reference_origin="written", group=group or "math_sqrt_to_square_root",
        split=Split.GENERALIZATION if group else Split.SPECIFICITY, api_tests=1 if group else 0,
    )


def test_tests_that_never_reach_the_api_fail_verification(apiedit_sandbox: Sandbox) -> None:
    """The original names `math.sqrt`, but no test reaches it: Python decides, so in the
    edited world it passes, and the problem fails verification."""
    original = ("import math\n\n\ndef root(x):\n    if x < 0:\n        return None\n"
                "    return math.sqrt(x)\n")
    suite = TestSuite.from_python("assert root(-1) is None", "root")
    prompt = 'def root(x):\n    """The square root of x; None when x is negative."""\n'
    problem = synthetic(prompt, original, suite, "math_sqrt_to_square_root")
    failures = [f.what for f in verify([problem], apiedit_sandbox)]
    assert failures == [
        "the original fails at run time in the edited world on the changed API",
        "the original as a sample fails at run time in the edited world on the changed API",
    ]
    reaching = replace(problem, tests=TestSuite.from_python(
        "assert root(-1) is None\nassert root(4) == 2", "root").to_dict())
    assert list(verify([reaching], apiedit_sandbox)) == []


def test_a_reference_that_fails_as_a_sample_fails_verification(apiedit_sandbox: Sandbox) -> None:
    """Starter code in a stdin prompt that reads the input leaves the reference, which reads
    it again, nothing to read: as the program a model's completion gives, it fails."""
    prompt = '"""Print twice the number read."""\nn = int(input())\n'
    suite = TestSuite.from_stdio_json('{"inputs": ["2\\n"], "outputs": ["4\\n"]}')
    problem = synthetic(prompt, "n = int(input())\nprint(2 * n)\n", suite)
    failures = [f.what for f in verify([problem], apiedit_sandbox)]
    assert failures == ["the original as a sample passes in the original world",
                        "the reference as a sample passes with every modification in force"]


def test_starter_code_that_runs_is_shown_in_a_stdin_prompt() -> None:
    """A model writes the whole program after a stdin prompt and cannot take back what the
    prompt's code runs: starter code that does more than comment goes in the docstring, and
    code a prompt shows may use no modified API."""
    builder = builder_module()
    io = json.dumps({"inputs": ["2\n"], "outputs": ["4\n"]})

    def candidate(starter: str, problem_id: int = 1):
        record = {"problem_id": problem_id, "question": "Print twice the number read.",
                  "starter_code": starter, "input_output": io}
        raw = builder.RawProblem("apps", f"APPS/{problem_id}", "print(2 * int(input()))\n",
                                 record)
        return builder.frame(raw)

    comment = candidate("# Enter your code here. Read input from STDIN.")
    assert comment.prompt.endswith('"""\n# Enter your code here. Read input from STDIN.\n')
    runs = candidate("n = int(input())")
    assert runs.prompt.endswith('"""\n') and "Starter code:\n\nn = int(input())" in runs.prompt
    assert builder.classify(runs).split is Split.SPECIFICITY
    with pytest.raises(builder.Unusable, match="prompt's code uses the API changed by str_strip"):
        builder.classify(candidate("s = input().strip()"))


@settings(max_examples=50, deadline=None)
@given(size=st.integers(1, 60), groups=st.integers(1, 9), removed=st.integers(0, 59),
       added=st.integers(0, 5))
def test_dealing_specificity_problems_keeps_what_was_dealt(
    size: int, groups: int, removed: int, added: int
) -> None:
    """Round-robin from scratch; after one problem leaves the pool and a few join it, every
    problem dealt before keeps its group, and the groups stay balanced."""
    builder = builder_module()
    names = [f"group{i}" for i in range(groups)]
    pool = [synthetic_specificity(f"apps/{i}") for i in range(size)]
    first = builder.deal(pool, len(pool), names, {})
    ranked = sorted(pool, key=lambda p: builder.rank(p.id))
    assert [p.group for p in first] == [names[i % groups] for i in range(size)]
    assert [p.id for p in first] == [p.id for p in ranked]

    gone = pool[removed % size].id
    later = [p for p in pool if p.id != gone]
    later += [synthetic_specificity(f"mbpp/{i}") for i in range(added)]
    previous = {p.id: p.group for p in first}
    second = builder.deal(later, len(later), names, previous)
    assert all(p.group == previous[p.id] for p in second if p.id in previous)
    counts = Counter(p.group for p in second)
    sizes = [counts[name] for name in names]
    assert max(sizes) - min(sizes) <= 2


def synthetic_specificity(problem_id: str) -> Problem:
    return Problem(problem_id, "apps", "", {}, "", "", "original", "", Split.SPECIFICITY)


@functools.cache
def builder_module():
    """The builder script as a module (its directory on the path for its `sources` import)."""
    sys.path.insert(0, str(BUILDER.parent))
    try:
        spec = importlib.util.spec_from_file_location("build_benchmark_for_tests", BUILDER)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look themselves up
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BUILDER.parent))
    return module


def test_a_malformed_benchmark_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "benchmark.jsonl.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(MalformedBenchmark, match="rebuild it with"):
        Benchmark.load(bad)


def build(output: Path, hash_seed: str) -> bytes:
    env = {**os.environ, "APIEDIT_DATASETS": str(ROOT / "tests" / "data" / "raw"),
           "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, BUILDER, "--output", output, "--total", "0", "--partial"],
                   check=True, env=env, capture_output=True, timeout=600)
    return output.read_bytes()


@pytest.mark.slow
def test_rebuilding_a_slice_of_the_raw_data_is_byte_identical(tmp_path: Path) -> None:
    first = build(tmp_path / "first.jsonl.gz", "1")
    second = build(tmp_path / "second.jsonl.gz", "2")
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()
    rebuilt = Benchmark.load(tmp_path / "first.jsonl.gz")
    assert len(rebuilt.problems) >= 20
    assert {p.split for p in rebuilt.problems} == set(Split)
    # Built from the same raw data, the slice's problems are those of the shipped benchmark.
    for problem in rebuilt.problems:
        shipped = BENCHMARK.by_id.get(problem.id)
        if shipped is not None:
            assert (shipped.prompt, shipped.tests, shipped.original, shipped.migrated) == (
                problem.prompt, problem.tests, problem.original, problem.migrated)


def test_stats_json_command() -> None:
    result = subprocess.run([sys.executable, "-m", "pytest_apiedit", "stats", "--json"],
                            capture_output=True, text=True, timeout=60, check=True)
    stats = json.loads(result.stdout)
    assert {"problems", "modifications", "by_split", "by_source", "by_category"} <= set(stats)
    assert stats["content_hash"] == BENCHMARK.content_hash
