"""One benchmark problem, as shipped: prompt, tests, both reference solutions, group and split."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pytest_apiedit.api.modification import Modification
    from pytest_apiedit.sandbox.suite import TestSuite

SOURCES = ("humaneval", "mbpp", "apps")
"""The datasets problems come from, in the order the builder and the selections rank them."""


class Split(StrEnum):
    """Which part of its group a problem is. Definitions: docs/definitions.md, "Splits"."""

    RELIABILITY = "reliability"
    """The problem the group's edit is made on."""
    GENERALIZATION = "generalization"
    """Other problems whose solution needs the group's modified API; unseen by the edit."""
    SPECIFICITY = "specificity"
    """Problems that use none of the modified APIs: collateral damage shows here."""


@dataclass(frozen=True)
class Problem:
    id: str
    """`humaneval/12`, `mbpp/57`, `apps/3021`."""
    source: str
    """One of `SOURCES`."""
    prompt: str
    """Completion-style: a signature and docstring (or a module docstring for stdin programs)."""
    tests: dict[str, Any]
    """The sandbox's `TestSuite`, as a dict."""
    original: str
    """The reference solution written against the original APIs."""
    migrated: str
    """The reference migrated to the group's modification (the original for specificity)."""
    reference_origin: str
    """`original` (the dataset's) or `written` (for this project, APPS only)."""
    group: str
    """Id of the modification whose group the problem belongs to."""
    split: Split
    api_tests: int = 0
    """On how many of its tests the original fails at run time in the group's edited world on
    the changed API (Python reached the removed name or the old signature): at least 1 for a
    reliability or generalization problem, 0 for specificity. Recorded by the builder from its
    verification run; verification checks it."""

    @property
    def suite(self) -> TestSuite:
        from pytest_apiedit.sandbox.suite import TestSuite  # a problem's text needs no sandbox

        return TestSuite.from_dict(self.tests)

    @property
    def modification(self) -> Modification:
        from pytest_apiedit.api.catalogue import get_modification  # nor the catalogue

        return get_modification(self.group)

    @property
    def uses_modified_api(self) -> bool:
        return self.split is not Split.SPECIFICITY

    def completion(self, solution: str) -> str:
        """What a model writes after the prompt to produce `solution`: a solution that repeats
        the prompt continues it; otherwise it follows it whole, on a new line."""
        prompt = self.prompt
        completion = solution.removeprefix(prompt) if solution.startswith(prompt) else solution
        if not prompt.endswith("\n") and not completion.startswith("\n"):
            completion = "\n" + completion
        return completion

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Problem:
        return cls(**{**data, "split": Split(data["split"])})
