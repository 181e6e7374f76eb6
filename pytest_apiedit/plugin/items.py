"""The benchmark as pytest nodes: `apiedit::<modification>::<split>[<problem>]`.

    apiedit                                      the benchmark (one collector)
      apiedit::math_sqrt_to_square_root          one edit group
        ...::reliability[humaneval/12]           one problem, one item

So `-k square_root`, `-k generalization` and `-k mbpp` select naturally, and xdist's scope
scheduling (everything before the last `::`) keeps an edit group on one worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pytest

from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.evaluation.records import ProblemRecord


class BenchmarkCollector(pytest.Collector):
    problems: Sequence[Problem]

    def collect(self) -> Iterator[GroupCollector]:
        groups: dict[str, list[Problem]] = {}
        for problem in self.problems:
            groups.setdefault(problem.group, []).append(problem)
        for group, problems in groups.items():
            collector = GroupCollector.from_parent(self, name=group)
            collector.problems = problems
            yield collector


class GroupCollector(pytest.Collector):
    problems: Sequence[Problem]

    def collect(self) -> Iterator[ProblemItem]:
        for problem in self.problems:
            yield ProblemItem.from_parent(
                self, name=f"{problem.split}[{problem.id}]", callobj=check_problem, problem=problem
            )


class ProblemItem(pytest.Function):
    def __init__(self, *, problem: Problem, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.problem = problem
        self.record: ProblemRecord | None = None
        """What the item's run left (every sample and verdict): the report's, not JUnit's."""
        structured = getattr(self.parent, "id", None)
        if structured is not None:
            # pytest 9 keeps a structured id (path, names, params) beside the string, and
            # `--lf`, `--ff` and `--nf` match it against ids they read back from strings: the
            # problem is the params part, as a parametrized test's values are.
            self._id = structured.child(str(problem.split)).with_params(problem.id)

    def reportinfo(self) -> tuple[str, int, str]:
        return self.problem.id, 0, self.nodeid


def check_problem(apiedit_runner: Any, request: pytest.FixtureRequest) -> None:
    """Generate, judge, record; pass when a sample adopts the new API (specificity: passes)."""
    item = request.node
    record = apiedit_runner.evaluate(item.problem)
    item.record = record  # to the controller with the item's report (`ApiEditPlugin`)
    item.user_properties.append(("apiedit", record.summary()))  # what JUnit XML shows
    if not record.solved:
        pytest.fail(record.failure_message(), pytrace=False)


def problems_of(nodeids: Iterable[str]) -> set[str]:
    """The problems of the benchmark's items among `nodeids` (`apiedit::<group>::<split>[<id>]`
    -> `<id>`): what an xdist controller, which holds node ids and no items, knows of them."""
    return {n[n.index("[") + 1 : -1] for n in nodeids if n.startswith("apiedit::") and "[" in n}


def benchmark_items(session: pytest.Session, problems: Iterable[Problem]) -> list[pytest.Item]:
    collector = BenchmarkCollector.from_parent(session, name="apiedit", nodeid="apiedit")
    collector.problems = list(problems)
    return list(session.genitems(collector))
