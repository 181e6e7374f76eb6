"""`python -m pytest_apiedit`: one JSON verdict, exit 0 whatever it says; exit 2 on bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PROGRAM, TESTS = EXAMPLES / "hypotenuse.py", EXAMPLES / "hypotenuse_tests.py"


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest_apiedit", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def test_original_program_in_original_world_passes() -> None:
    result = run_cli("check", PROGRAM, "--tests", TESTS, "--entry-point", "hypotenuse")
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["passed"] and verdict["tests_passed"] == verdict["tests_total"] == 3
    assert verdict["adoption"] is None


def test_stale_program_in_edited_world_fails_to_compile_with_exit_zero() -> None:
    result = run_cli("check", PROGRAM, "--tests", TESTS, "--entry-point", "hypotenuse",
                     "--world", "math_sqrt_to_square_root")
    assert result.returncode == 0
    verdict = json.loads(result.stdout)
    assert (verdict["compiled"], verdict["adoption"]) == (False, "stale_api")


def test_stdio_program() -> None:
    result = run_cli("check", EXAMPLES / "sum_stdin.py", "--stdio",
                     "--tests", EXAMPLES / "sum_stdin_tests.json")
    assert json.loads(result.stdout)["passed"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tests", TESTS, "--entry-point", "hypotenuse", "--world", "math_sqrt_to_squareroot"],
         "unknown API modification"),
        (["--tests", "missing_tests.py", "--entry-point", "hypotenuse"], "cannot read tests"),
        (["--tests", TESTS], "need --entry-point"),
    ],
)
def test_bad_input_is_one_line_and_exit_two(args: list[str | Path], message: str) -> None:
    result = run_cli("check", PROGRAM, *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_tests_that_do_not_parse(tmp_path: Path) -> None:
    broken = tmp_path / "broken_tests.py"
    broken.write_text("def check(candidate:\n")
    result = run_cli("check", PROGRAM, "--tests", broken, "--entry-point", "hypotenuse")
    assert result.returncode == 2 and "tests do not parse" in result.stderr


def test_missing_program() -> None:
    result = run_cli("check", "no_such_program.py", "--tests", TESTS, "--entry-point", "f")
    assert result.returncode == 2 and "cannot read program" in result.stderr


def test_list_names_every_category() -> None:
    rows = [json.loads(line) for line in run_cli("list").stdout.splitlines()]
    assert {row["category"] for row in rows} >= {"function_rename", "method_rename"}


def test_check_against_a_benchmark_problem(tmp_path: Path) -> None:
    from pytest_apiedit.benchmark.problem import Split
    from pytest_apiedit.benchmark.store import Benchmark

    problem = next(p for p in Benchmark.load().problems if p.split is Split.GENERALIZATION)
    migrated, original = tmp_path / "migrated.py", tmp_path / "original.py"
    migrated.write_text(problem.migrated)
    original.write_text(problem.original)
    adopted = json.loads(run_cli("check", migrated, "--problem", problem.id).stdout)
    stale = json.loads(run_cli("check", original, "--problem", problem.id).stdout)
    before = json.loads(run_cli("check", original, "--problem", problem.id,
                                "--world", "original").stdout)
    assert (adopted["passed"], adopted["adoption"]) == (True, "correct_adoption")
    assert (stale["compiled"], stale["adoption"]) == (False, "stale_api")
    assert before["passed"]


def test_check_names_an_unknown_problem_in_one_line() -> None:
    result = run_cli("check", PROGRAM, "--problem", "mbpp/100000")
    assert result.returncode == 2 and result.stdout == ""
    assert "no problem 'mbpp/100000'" in result.stderr and result.stderr.count("\n") == 1


def test_verify_one_problem_prints_the_count_last() -> None:
    result = run_cli("verify", "--problem", "humaneval/2")
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1] == "1 verified, 0 failed"
