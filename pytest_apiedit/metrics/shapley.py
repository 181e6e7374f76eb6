"""Two-factor Shapley decomposition of a change in pass@k into compile and post-compile parts.

pass@k = C x Q with C = compile@k and Q = pass@k / compile@k (0 when C = 0). Between runs 0 and
1, phi_C = (C1 - C0)(Q0 + Q1)/2 and phi_Q = (Q1 - Q0)(C0 + C1)/2 sum exactly to P1 - P0 (a
passing sample has compiled, so pass@k <= compile@k and C x Q is P).

Definitions: docs/definitions.md, "Shapley split".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ShapleySplit:
    compile: float
    """phi_C: the part of the change due to compiling more (or less)."""
    quality: float
    """phi_Q: the part due to passing more of what compiles."""
    total: float
    """P1 - P0."""

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


def quality(compile_k: float, pass_k: float) -> float:
    return pass_k / compile_k if compile_k > 0 else 0.0


def shapley(before: tuple[float, float], after: tuple[float, float]) -> ShapleySplit:
    """`before` and `after` are (compile@k, pass@k) of runs 0 and 1."""
    (c0, p0), (c1, p1) = before, after
    q0, q1 = quality(c0, p0), quality(c1, p1)
    return ShapleySplit(
        compile=(c1 - c0) * (q0 + q1) / 2,
        quality=(q1 - q0) * (c0 + c1) / 2,
        total=p1 - p0,
    )


IDEAL = (1.0, 1.0)
"""Every problem compiles and passes: the failure gap of a run is `shapley(IDEAL, run)`."""
