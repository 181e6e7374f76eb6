"""The benchmark: 2,040 problems from HumanEval, MBPP and APPS over the catalogue's modifications.

Built by `benchmarks/build_benchmark.py` from the raw data and shipped as package data.
"""

from pytest_apiedit.benchmark.problem import SOURCES, Problem, Split
from pytest_apiedit.benchmark.store import (
    DEFAULT_PATH,
    Benchmark,
    MalformedBenchmark,
    ProblemListError,
    encode,
    read_problem_list,
)
from pytest_apiedit.benchmark.verify import Failure, checks, verify

__all__ = [
    "DEFAULT_PATH",
    "SOURCES",
    "Benchmark",
    "Failure",
    "MalformedBenchmark",
    "Problem",
    "ProblemListError",
    "Split",
    "checks",
    "encode",
    "read_problem_list",
    "verify",
]
