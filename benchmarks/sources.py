"""The raw problems of HumanEval, MBPP and APPS, read into one shape for the census and builder.

The raw files live in `../shared/datasets/` (see its README for provenance and licences); the
location can be changed with the APIEDIT_DATASETS environment variable.
"""

from __future__ import annotations

import gzip
import json
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pytest_apiedit.sandbox import TestSuite

DATASETS = Path(os.environ.get("APIEDIT_DATASETS",
                               Path(__file__).resolve().parents[2] / "shared" / "datasets"))
WRITTEN_APPS = Path(__file__).resolve().parent / "written_apps"


@dataclass(frozen=True)
class RawProblem:
    source: str
    id: str
    reference: str
    """The original reference solution, as a whole program."""
    record: dict[str, Any]
    """The raw record, for what only one source has (tests, prompt, starter code)."""
    origin: str = "original"
    """`original`: the dataset's reference; `written`: written for this project."""


def _records(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        raise SystemExit(f"missing raw dataset {path}: set APIEDIT_DATASETS to the folder that "
                         f"holds humaneval/, mbpp/ and apps/")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def humaneval() -> Iterator[RawProblem]:
    for record in _records(DATASETS / "humaneval" / "HumanEval.jsonl.gz"):
        yield RawProblem("humaneval", record["task_id"],
                         record["prompt"] + record["canonical_solution"], record)


def mbpp() -> Iterator[RawProblem]:
    for record in _records(DATASETS / "mbpp" / "mbpp.jsonl.gz"):
        reference = record["code"].replace("\r\n", "\n")
        yield RawProblem("mbpp", f"MBPP/{record['task_id']}", reference, record)


def apps() -> Iterator[RawProblem]:
    """The APPS problems that come with a verified reference solution, then those whose
    reference solution was written for this project (`written_apps/`, origin `written`)."""
    solved = set()
    for record in _records(DATASETS / "apps" / "apps.jsonl.gz"):
        solutions = json.loads(record["solutions"])
        if solutions:
            solved.add(record["problem_id"])
            yield RawProblem("apps", f"APPS/{record['problem_id']}", solutions[0], record)
    for record in apps_unsolved():
        written = WRITTEN_APPS / f"{record['problem_id']}.py"
        if record["problem_id"] not in solved and written.exists():
            yield RawProblem("apps", f"APPS/{record['problem_id']}", written.read_text(),
                             record, origin="written")


def apps_unsolved() -> Iterator[dict[str, Any]]:
    """APPS problems that come with questions and tests only."""
    return _records(DATASETS / "apps" / "apps_tests_only.jsonl.gz")


def all_problems() -> Iterator[RawProblem]:
    yield from humaneval()
    yield from mbpp()
    yield from apps()


STATEMENT_TESTS: dict[int, list[tuple[list[Any], Any]]] = {
    # "For example when input position is A1 return value should be: [...]"
    3021: [(["A1"], ["A2", "A3", "A4", "A5", "A6", "A7", "A8", "B1", "B2", "C1", "C3", "D1", "D4",
                     "E1", "E5", "F1", "F6", "G1", "G7", "H1", "H8"])],
    # "circleArea(43.2673) #returns 5881.25", "circleArea(68) #returns 14526.72"
    3429: [([43.2673], 5881.25), ([68], 14526.72)],
    # "5! = 1 x 2 x 3 x 4 x 5 = 120", "0! is always equal to 1"
    3680: [([5], 120), ([0], 1)],
    # The statement's example, its tuples as lists (APPS compares after a JSON round trip).
    3803: [([[[25, "HTC"], [1000, "Nokia"], [50, "Samsung"], [33, "Sony"], [10, "Apple"]],
             [[5, "LG"], [10, "Sony"], [4, "Samsung"], [5, "Apple"]]],
            [[15, "Apple"], [25, "HTC"], [5, "LG"], [1000, "Nokia"], [54, "Samsung"],
             [43, "Sony"]])],
    # "Ex1 ... Answer: 5", "Ex2 ... Answer: 8" ("the hive is passed as a list of lists")
    4736: [([[list("bee.bee"), list(".e..e.."), list(".b..eeb")]], 5),
           ([[list("bee.bee"), list("e.e.e.e"), list("eeb.eeb")]], 8)],
}
"""Call-based APPS problems whose tests never reach the API their reference uses (each returns
early on an edge case), completed with the examples of their own statement: (arguments,
expected result) pairs, appended to the APPS tests, which are never changed otherwise."""


def apps_suite(record: dict[str, Any]) -> TestSuite:
    """An APPS problem's tests in the sandbox's terms: Python tests calling its entry point for a
    call-based problem, stdin/stdout pairs for the others (MalformedTests if they are broken).
    A problem of `STATEMENT_TESTS` also gets the examples of its statement.

    Call-based results are compared as APPS's own harness does: after a JSON round trip
    (tuples become lists), equal to the expected output or to its one-element list.
    """
    io = json.loads(record["input_output"])
    for args, want in STATEMENT_TESTS.get(record["problem_id"], []):
        io["inputs"].append(args)
        io["outputs"].append([want])
    if not io.get("fn_name"):
        # Some stdin tests are stored as lists of lines.
        inputs, outputs = ([_text(x) for x in io[key]] for key in ("inputs", "outputs"))
        return TestSuite.from_stdio_json(json.dumps({"inputs": inputs, "outputs": outputs}))
    cases = "".join(f"    assert _apps_equal(candidate(*{_literal(args)}), {_literal(want)})\n"
                    for args, want in zip(io["inputs"], io["outputs"], strict=True))
    return TestSuite.from_python(APPS_CHECK + cases, io["fn_name"])


def _text(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(f"{line}\n" for line in value)


def _literal(value: Any) -> str:
    """Python source for a JSON value (JSON's Infinity and NaN have no literal in Python)."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if isinstance(value, list):
        return "[" + ", ".join(map(_literal, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


APPS_CHECK = """import json


def _apps_equal(got, want):
    got = json.loads(json.dumps(got))
    return got == want or [got] == want


def check(candidate):
"""
