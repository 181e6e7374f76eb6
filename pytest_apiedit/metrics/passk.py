"""The unbiased pass@k estimator, and the four levels a sample can reach.

Definitions: docs/definitions.md, "Levels" and "Pass@k".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum

from pytest_apiedit.sandbox import Adoption, Verdict


def pass_at_k(n: int, c: int, k: int) -> float:
    """Chen et al. (2021): 1 - C(n-c, k) / C(n, k), the chance that k of the n samples drawn
    without replacement hold at least one of the c correct ones; the product form stays exact in
    floating point where the binomials would overflow."""
    if not (0 <= c <= n and 1 <= k <= n):
        raise ValueError(f"pass@k needs 0 <= c <= n and 1 <= k <= n, got n={n} c={c} k={k}")
    if n - c < k:
        return 1.0
    return 1.0 - math.prod(1.0 - k / i for i in range(n - c + 1, n + 1))


class Level(StrEnum):
    """How far a sample got: each level's count c feeds its own pass@k."""

    COMPILE = "compile"
    PARTIAL = "partial"
    PASS = "pass"
    """Full pass: every test."""
    ADOPT = "adopt"
    """Correct adoption: full pass using the new API (problems about a modified API only)."""


def _compiles(verdict: Verdict) -> bool:
    return verdict.compiled


def _partial(verdict: Verdict) -> bool:
    return _compiles(verdict) and verdict.tests_passed > 0


def _passes(verdict: Verdict) -> bool:
    return _partial(verdict) and verdict.passed


def _adopts(verdict: Verdict) -> bool:
    return _passes(verdict) and verdict.adoption is Adoption.CORRECT_ADOPTION


LEVELS: dict[Level, Callable[[Verdict], bool]] = {
    Level.COMPILE: _compiles,
    Level.PARTIAL: _partial,
    Level.PASS: _passes,
    Level.ADOPT: _adopts,
}
"""Each level requires the one before, so for every problem adopt@k <= pass@k <= partial@k <=
compile@k, whatever a record holds (the judge's verdicts keep this; an old or edited record may
not)."""
