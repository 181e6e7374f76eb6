"""The shipped benchmark: a gzip of canonical JSON lines in package data, with its content hash.

The file is written byte-for-byte reproducibly (sorted problems, sorted keys, gzip without a
timestamp), so rebuilding from the raw data gives the same bytes and the same hash.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from pytest_apiedit.api.catalogue import get_modification
from pytest_apiedit.benchmark.problem import Problem, Split

DEFAULT_PATH = Path(__file__).parent / "data" / "benchmark.jsonl.gz"


class MalformedBenchmark(ValueError):
    pass


class ProblemListError(ValueError):
    """A problem list that cannot be read, lists nothing, or names a problem the benchmark lacks."""


def read_problem_list(path: Path) -> frozenset[str]:
    """The ids a problem list names (a study's fixed subset): one a line, `#` starts a comment."""
    try:
        lines = path.read_text().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ProblemListError(f"{path}: cannot read it ({error})") from None
    ids = frozenset(filter(None, (line.partition("#")[0].strip() for line in lines)))
    if not ids:
        raise ProblemListError(f"{path} lists no problem: one id a line, e.g. mbpp/57")
    return ids


def encode(problems: Iterable[Problem]) -> bytes:
    """The shipped bytes: one canonical JSON object a line, by id, gzip with no name or time."""
    lines = [json.dumps(p.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
             for p in sorted(problems, key=lambda p: p.id)]
    text = "".join(line + "\n" for line in lines).encode()
    return gzip.compress(text, compresslevel=9, mtime=0)


@dataclass(frozen=True)
class Benchmark:
    problems: tuple[Problem, ...]
    content_hash: str
    """sha256 of the shipped file."""

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> Benchmark:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise MalformedBenchmark(f"cannot read the benchmark {str(path)!r}: {exc.strerror};"
                                     " rebuild it with `python benchmarks/build_benchmark.py`"
                                     ) from None
        try:
            lines = gzip.decompress(data).decode().splitlines()
            problems = tuple(Problem.from_dict(json.loads(line)) for line in lines)
            for problem in problems:
                get_modification(problem.group)
        except (OSError, EOFError, ValueError, TypeError, KeyError, LookupError) as exc:
            raise MalformedBenchmark(f"the benchmark {str(path)!r} is malformed ({exc});"
                                     " rebuild it with `python benchmarks/build_benchmark.py`"
                                     ) from None
        return cls(problems, hashlib.sha256(data).hexdigest())

    @cached_property
    def by_id(self) -> dict[str, Problem]:
        return {problem.id: problem for problem in self.problems}

    def require(self, ids: Iterable[str]) -> None:
        """`ProblemListError` naming the first id that is not one of the benchmark's problems."""
        unknown = sorted(set(ids) - self.by_id.keys())
        if unknown:
            raise ProblemListError(
                f"{unknown[0]!r} is not a benchmark problem ({len(unknown)} unknown);"
                " ids are the bracketed part of the item ids, e.g. mbpp/57"
            )

    def stats(self) -> dict[str, Any]:
        def count(key: Any) -> dict[str, int]:
            return dict(sorted(Counter(key(p) for p in self.problems).items()))

        splits_of: dict[str, set[Split]] = defaultdict(set)
        for problem in self.problems:
            splits_of[problem.group].add(problem.split)
        return {
            "problems": len(self.problems),
            "modifications": len({p.group for p in self.problems}),
            "content_hash": self.content_hash,
            "by_split": count(lambda p: str(p.split)),
            "by_source": count(lambda p: p.source),
            "by_category": count(lambda p: str(p.modification.category)),
            "by_reference_origin": count(lambda p: p.reference_origin),
            "groups_with_reliability_and_generalization": sum(
                {Split.RELIABILITY, Split.GENERALIZATION} <= splits for splits in splits_of.values()
            ),
            # Verification checks each count it reads (`api_tests`): every reliability and
            # generalization problem's tests reach its API at run time.
            "problems_whose_tests_reach_the_api": sum(p.api_tests > 0 for p in self.problems),
            "problems_with_a_single_test": sum(p.suite.total == 1 for p in self.problems),
        }
