"""The verdict of one sample: did it compile, which tests passed, did it adopt the new API.

The rules: docs/verdicts.md. Definitions: docs/definitions.md, "Verdict" and "Adoption
classes".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Adoption(StrEnum):
    CORRECT_ADOPTION = "correct_adoption"
    WORKAROUND = "workaround"
    FAULTY_ADOPTION = "faulty_adoption"
    STALE_API = "stale_api"
    OTHER_FAILURE = "other_failure"


class ErrorClass(StrEnum):
    SYNTAX = "syntax"
    REMOVED_API = "removed_api"
    SIGNATURE = "signature"
    RUNTIME = "runtime"
    WRONG_ANSWER = "wrong_answer"
    TIMEOUT = "timeout"
    MEMORY = "memory"


RULES_VERSION = 2
"""The version of the verdict rules: a report records it, `rejudge` brings a report up to it.
2: Python decides (no static failure), runtime signature checks, nested levels, CPU-time limits."""

API_ERRORS = frozenset({ErrorClass.REMOVED_API, ErrorClass.SIGNATURE})
PASS = "pass"


@dataclass
class Verdict:
    compiled: bool
    passed: bool
    tests_passed: int
    tests_total: int
    adoption: Adoption | None
    error_class: ErrorClass | None
    error: str | None = None
    """The first error, one line."""
    uses_old: bool = False
    uses_new: bool = False
    outcomes: list[str] = field(default_factory=list)
    """Per test: `pass` or the error class of its failure."""
    wall_s: float = 0.0

    @property
    def partial(self) -> bool:
        """At least one test passed; never without compiling (levels are nested)."""
        return self.compiled and self.tests_passed > 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        data = dict(data)
        data["adoption"] = data["adoption"] and Adoption(data["adoption"])
        data["error_class"] = data["error_class"] and ErrorClass(data["error_class"])
        return cls(**data)

    @classmethod
    def failure(cls, error_class: ErrorClass, error: str, tests_total: int, *,
                focused: bool) -> Verdict:
        """A sample that could not be judged at all (its judge died or overran). `focused`: the
        problem is about a modified API, so the sample gets an adoption class."""
        return cls(
            compiled=False, passed=False, tests_passed=0, tests_total=tests_total,
            adoption=Adoption.OTHER_FAILURE if focused else None,
            error_class=error_class, error=error,
            outcomes=[error_class.value] * tests_total,
        )


def classify_adoption(
    *, passed: bool, uses_old: bool, uses_new: bool, reached_old: bool = False,
    misused_new: bool = False,
) -> Adoption:
    """The adoption class of a sample on a problem that is about a modified API.

    `uses_old` / `uses_new`: the program names the API as it was / as it is (static labels).
    `reached_old`: running it, the program hit the removed API or called the old signature;
    `misused_new`: it called the new signature wrongly (both: errors the tests did not survive).
    """
    if passed:
        return Adoption.CORRECT_ADOPTION if uses_new else Adoption.WORKAROUND
    if reached_old or (uses_old and not uses_new):
        return Adoption.STALE_API
    if uses_new or misused_new:
        return Adoption.FAULTY_ADOPTION
    return Adoption.OTHER_FAILURE
