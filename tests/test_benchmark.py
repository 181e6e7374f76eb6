"""The shipped benchmark: counts, split invariants, verification, and a byte-identical rebuild."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from pytest_apiedit.api import CATALOGUE, Category, ProgramIndex
from pytest_apiedit.api.catalogue import used_by
from pytest_apiedit.benchmark import Benchmark, MalformedBenchmark, Split, verify
from pytest_apiedit.sandbox import Sandbox

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
    """Verification can fail: a migrated reference that still uses the old API does."""
    problem = next(p for p in BENCHMARK.problems if p.split is Split.GENERALIZATION)
    broken = replace(problem, migrated=problem.original)
    failures = list(verify([broken], apiedit_sandbox))
    assert [f.what for f in failures] == ["the migrated reference passes in the edited world"]


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
