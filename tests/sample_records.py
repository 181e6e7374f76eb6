"""Hand-made problem records with known metrics, for the metrics and reporting tests."""

from __future__ import annotations

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.evaluation.records import ProblemRecord, SampleRecord
from pytest_apiedit.sandbox import Adoption, ErrorClass, Verdict


def verdict(
    adoption: Adoption | None, *, compiled: bool = True, tests: int = 2, uses_old: bool = False
) -> Verdict:
    """`uses_old`: the program names the API as it was (a reference's label of reliance)."""
    passed = adoption in (Adoption.CORRECT_ADOPTION, Adoption.WORKAROUND) or (
        adoption is None and compiled and tests == 2
    )
    error = None if passed else ErrorClass.WRONG_ANSWER if compiled else ErrorClass.SYNTAX
    return Verdict(
        compiled, passed, tests if compiled else 0, 2, adoption, error, uses_old=uses_old
    )


def record(
    problem: str, split: Split, verdicts: list[Verdict], *, group: str | None = None, **references
) -> ProblemRecord:
    """Specificity problems in the `str.split` group, the others in the `math.sqrt` one, unless
    `group` says otherwise."""
    if group is None:
        group = (
            "str_split_to_split_on" if split is Split.SPECIFICITY else "math_sqrt_to_square_root"
        )
    return ProblemRecord(
        problem=problem,
        group=group,
        split=split,
        source=problem.split("/")[0],
        category="method_rename" if split is Split.SPECIFICITY else "function_rename",
        world=(group,),
        samples=tuple(SampleRecord("", "", v) for v in verdicts),
        generated=True,
        worker="main",
        edit_serial=1,
        references={name: tuple(v) for name, v in references.items()},
    )


CORRECT, STALE, WORK = Adoption.CORRECT_ADOPTION, Adoption.STALE_API, Adoption.WORKAROUND
RECORDS = [
    record("mbpp/p1", Split.RELIABILITY, [verdict(CORRECT), verdict(STALE, compiled=False)]),
    record("mbpp/p2", Split.GENERALIZATION, [verdict(WORK), verdict(STALE, compiled=False)]),
    record("humaneval/p3", Split.GENERALIZATION, [verdict(STALE, compiled=False)] * 2),
    record("humaneval/p9", Split.SPECIFICITY, [verdict(None), verdict(None, tests=1)]),
]


MANIFEST = {
    "method": "grace",
    "model": {"name": "default", "revision": None, "weights": "0" * 20},
    "regime": "single",
    "sampling": {"samples": 2, "temperature": 0.8, "top_p": 0.95, "max_new_tokens": 8, "seed": 0},
    "pass_k": [1, 2],
}
