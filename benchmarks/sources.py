"""The raw problems of HumanEval, MBPP and APPS, read into one shape for the census and builder.

The raw files live in `../shared/datasets/` (see its README for provenance and licences); the
location can be changed with the APIEDIT_DATASETS environment variable.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATASETS = Path(os.environ.get("APIEDIT_DATASETS",
                               Path(__file__).resolve().parents[2] / "shared" / "datasets"))
SOURCES = ("humaneval", "mbpp", "apps")


@dataclass(frozen=True)
class RawProblem:
    source: str
    id: str
    reference: str
    """The original reference solution, as a whole program."""
    record: dict[str, Any]
    """The raw record, for what only one source has (tests, prompt, starter code)."""


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
    """The APPS problems that come with a verified reference solution."""
    for record in _records(DATASETS / "apps" / "apps.jsonl.gz"):
        solutions = json.loads(record["solutions"])
        if solutions:
            yield RawProblem("apps", f"APPS/{record['problem_id']}", solutions[0], record)


def all_problems() -> Iterator[RawProblem]:
    yield from humaneval()
    yield from mbpp()
    yield from apps()
