"""Reliance on the old API and the reliant view (docs/metrics.md, "Reliance"): which problems
rely, the counts, the report's keys and flat names, the rendering, and the view's laws."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sample_records import CORRECT, MANIFEST, RECORDS, STALE, WORK, record, verdict

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.cli import main
from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.metrics import reliance, relies
from pytest_apiedit.metrics.reliance import reliant_records
from pytest_apiedit.reporting import build_report, load_report
from pytest_apiedit.reporting.compare import compare
from pytest_apiedit.reporting.files import write_reports
from pytest_apiedit.reporting.gates import MetricNames
from pytest_apiedit.reporting.render import html, markdown
from pytest_apiedit.reporting.tables import terminal_lines
from pytest_apiedit.sandbox import Adoption

SQRT, ABS, MIN = "math_sqrt_to_square_root", "abs_to_absolute", "min_to_min_of"
OTHER = Adoption.OTHER_FAILURE
UNUSED = [verdict(OTHER)] * 5
"""Five unedited samples, none naming the old API: the problem does not rely."""
ONE_OF_FIVE = [verdict(STALE, compiled=False, uses_old=True), *[verdict(OTHER)] * 4]
"""Five unedited samples, one naming the old API: the problem relies."""
PASSING = [verdict(None)] * 5

# In sqrt's group mbpp/a1 relies and mbpp/a2 does not; nothing in abs's group relies.
RELIANCE_RECORDS = [
    record("mbpp/a1", Split.RELIABILITY, [verdict(CORRECT), verdict(STALE, compiled=False)],
           group=SQRT, base=ONE_OF_FIVE),
    record("mbpp/a2", Split.GENERALIZATION, [verdict(WORK), verdict(STALE, compiled=False)],
           group=SQRT, base=UNUSED),
    record("humaneval/b1", Split.RELIABILITY, [verdict(STALE, compiled=False)] * 2,
           group=ABS, base=UNUSED),
    record("humaneval/b2", Split.GENERALIZATION, [verdict(CORRECT)] * 2, group=ABS, base=UNUSED),
    record("humaneval/s1", Split.SPECIFICITY, [verdict(None), verdict(None, tests=1)],
           group=SQRT, base=PASSING),
    record("apps/s2", Split.SPECIFICITY, [verdict(None)] * 2, group=ABS, base=PASSING),
]  # fmt: skip
NAMES = MetricNames(
    ks=[1, 2],
    splits=[str(s) for s in Split],
    values={
        "source": ["mbpp", "humaneval", "apps"],
        "category": ["function_rename", "method_rename"],
        "modification": [SQRT, ABS, MIN],
    },
    references=["base"],
)


def by_id(records: list[ProblemRecord]) -> dict[str, ProblemRecord]:
    return {r.problem: r for r in records}


def test_a_problem_relies_when_one_of_its_five_unedited_samples_names_the_old_api() -> None:
    records = by_id(RELIANCE_RECORDS)
    assert relies(records["mbpp/a1"])
    assert not relies(records["mbpp/a2"])
    assert not relies(RECORDS[0])  # no base verdicts: nothing says it relies


def test_reliance_counts_the_reliability_and_generalization_problems_that_rely() -> None:
    result = reliance(RELIANCE_RECORDS)
    assert result is not None
    assert result["overall"] == {"share": 0.25, "reliant": 1, "problems": 4}
    assert result["split"] == {
        "reliability": {"share": 0.5, "reliant": 1, "problems": 2},
        "generalization": {"share": 0.0, "reliant": 0, "problems": 2},
    }
    assert result["modification"] == {
        ABS: {"share": 0.0, "reliant": 0, "problems": 2},
        SQRT: {"share": 0.5, "reliant": 1, "problems": 2},
    }
    assert result["source"]["mbpp"] == {"share": 0.5, "reliant": 1, "problems": 2}
    assert reliance(RECORDS) is None  # no base verdicts, no labels


def test_the_reliant_view_keeps_the_specificity_problems_of_modifications_that_rely() -> None:
    chosen = [r.problem for r in reliant_records(RELIANCE_RECORDS)]
    assert chosen == ["mbpp/a1", "humaneval/s1"]  # not apps/s2: nothing in abs's group relies


def test_the_report_carries_reliance_and_the_reliant_view_under_flat_names() -> None:
    report = build_report(MANIFEST, RELIANCE_RECORDS, MANIFEST["pass_k"])
    metrics = report.flat()
    expected = {
        "reliance.overall.share": 0.25,
        "reliance.overall.reliant": 1,
        "reliance.overall.problems": 4,
        "reliance.reliability.share": 0.5,
        "reliance.generalization.reliant": 0,
        f"reliance.modification.{SQRT}.share": 0.5,
        f"reliance.modification.{ABS}.share": 0.0,
        "reliant.overall.problems": 2,
        "reliant.overall.samples": 4,
        "reliant.reliability.problems": 1,
        "reliant.specificity.problems": 1,
        # mbpp/a1: one of two samples a correct adoption; humaneval/s1: one of two passes all.
        "reliant.reliability.pass@1": 0.5,
        "reliant.reliability.adopt@1": 0.5,
        "reliant.overall.pass@1": 0.5,
        "reliant.overall.adopt@1": 0.5,
        "reliant.specificity.compile@1": 1.0,
        f"reliant.modification.{SQRT}.problems": 2,
        # The unedited model: no sample of mbpp/a1 passes, every one of humaneval/s1 does.
        "reliant.base.overall.samples": 10,
        "reliant.base.reliability.pass@1": 0.0,
        "reliant.base.specificity.pass@1": 1.0,
        "reliant.base.overall.pass@1": 0.5,
    }
    assert {name: metrics[name] for name in expected} == pytest.approx(expected)
    assert not [n for n in metrics if n.startswith(("reliant.generalization.", "reliance.spec"))]
    assert not [n for n in metrics if f".modification.{ABS}." in n and n.startswith("reliant.")]
    assert [name for name in metrics if NAMES.problem(name)] == []


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("reliance.specificity.share", "a split but specificity"),
        ("reliance.overall.pass@1", "reliance.SCOPE.share|reliant|problems"),
        ("reliance.modification.nowhere.share", "reliance.modification.VALUE.share"),
        ("reliant.overall.share", "SCOPE.LEVEL@K"),
        ("reliant.oracle.overall.pass@1", "SCOPE.LEVEL@K"),  # no oracle reference here
    ],
)
def test_reliance_names_that_are_no_metric_say_what_a_name_looks_like(name: str, hint: str) -> None:
    problem = NAMES.problem(name)
    assert problem is not None and hint in problem


def test_gates_refuse_reliance_names_without_references() -> None:
    unreferenced = MetricNames(ks=[1], splits=["reliability"], values={}, references=[])
    for name in ("reliance.overall.share", "reliant.reliability.pass@1"):
        problem = unreferenced.problem(name)
        assert problem is not None and "only with --apiedit-reference" in problem


def test_a_report_without_references_has_no_reliance() -> None:
    report = build_report(MANIFEST, RECORDS, MANIFEST["pass_k"])
    assert set(report.metrics.to_dict()) == {"run", "references", "taxonomies", "shapley"}
    assert not [n for n in report.flat() if n.startswith(("reliance.", "reliant."))]
    assert "Reliant" not in markdown(report)
    assert not [line for line in terminal_lines(report) if "Reliant" in line]


def test_a_run_where_nothing_relies_has_an_empty_reliant_view() -> None:
    records = [record(r.problem, r.split, [s.verdict for s in r.samples], base=UNUSED)
               for r in RECORDS]  # fmt: skip
    report = build_report(MANIFEST, records, MANIFEST["pass_k"])
    metrics = report.flat()
    assert metrics["reliance.overall.share"] == 0 and metrics["reliance.overall.problems"] == 3
    assert metrics["reliant.overall.problems"] == 0 == metrics["reliant.base.overall.problems"]
    assert "Reliance by modification" not in markdown(report)


def test_the_summaries_show_the_reliant_view_beside_all_problems() -> None:
    report = build_report(MANIFEST, RELIANCE_RECORDS, MANIFEST["pass_k"])
    text = markdown(report)
    title = (
        "Reliant view: 1 of 4 reliability and generalization problems (25.0%) rely on the old"
        " API, in 1 of 2 modifications"
    )
    assert f"### {title}" in text
    header = "| split | problems | reliant | pass@1 | reliant pass@1 | adopt@1 | reliant adopt@1 |"
    assert header in text
    # all problems' pass@1 and adopt@1 by hand: reliability (0.5 + 0) / 2, (0.5 + 0) / 2;
    # generalization (0.5 + 1) / 2, (0 + 1) / 2; specificity (0.5 + 1) / 2; overall 3.5 / 6 and
    # 1.5 / 4 (adopt@1 counts the four problems about a modified API).
    for row in [
        "| reliability | 2 | 1 | 0.250 | 0.500 | 0.250 | 0.500 |",
        "| generalization | 2 | 0 | 0.750 |  | 0.500 |  |",
        "| specificity | 2 | 1 | 0.750 | 0.500 |  |  |",
        "| overall | 6 | 2 | 0.583 | 0.500 | 0.375 | 0.500 |",
        f"| {SQRT} | 1 | 2 | 50.0% |",
    ]:
        assert row in text
    assert "Reliance by modification (1 more without a reliant problem)" in text
    assert ABS not in text.split("Reliance by modification")[1].split("###")[0]
    assert f"<h2>{title}</h2>" in html(report)
    lines = terminal_lines(report)
    assert title in lines
    assert lines[lines.index(title) + 2].split() == [
        "reliability", "2", "1", "0.250", "0.500", "0.250", "0.500"
    ]  # fmt: skip


def test_modifications_are_listed_most_reliant_first() -> None:
    # min's one generalization problem relies in every unedited sample: 100% before sqrt's 50%.
    relying = [verdict(STALE, compiled=False, uses_old=True)] * 5
    extra = record("mbpp/c1", Split.GENERALIZATION, [verdict(CORRECT)] * 2, group=MIN, base=relying)
    report = build_report(MANIFEST, [*RELIANCE_RECORDS, extra], MANIFEST["pass_k"])
    table = markdown(report).split("Reliance by modification")[1].split("###")[0]
    assert table.index(f"| {MIN} | 1 | 1 | 100.0% |") < table.index(f"| {SQRT} | 1 | 2 | 50.0% |")
    assert report.flat()["reliance.generalization.share"] == pytest.approx(1 / 3)


def test_rebuild_gives_an_older_report_its_reliance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = build_report(MANIFEST, RELIANCE_RECORDS, MANIFEST["pass_k"])
    older = dataclasses.replace(report.metrics, reliance=None, reliant=None)
    old = dataclasses.replace(report, metrics=older)  # as an older version wrote it
    path = write_reports(old, tmp_path)[0]
    read = load_report(path)  # the same report version: readers take it as it is
    assert not [n for n in read.flat() if n.startswith(("reliance.", "reliant."))]
    assert read.rebuilt().metrics == report.metrics
    lines = compare(read.rebuilt(), read)
    share = next(x for x in lines if x.startswith("reliance.overall.share "))
    assert share.split() == ["reliance.overall.share", "0.2500", "-", "-"]
    count = next(x for x in lines if x.startswith("reliance.overall.reliant "))
    assert count.split() == ["reliance.overall.reliant", "1", "-", "-"]
    assert not [x for x in lines if x.startswith(("reliance.modification.", "reliant.source."))]
    assert main(["report", str(path)]) == 0  # the command prints the rebuilt summary
    assert "Reliant view: 1 of 4 reliability" in capsys.readouterr().out


# Properties over any records: any verdicts, groups, splits and unedited samples.
GROUPS = [SQRT, ABS, MIN]


@st.composite
def labelled_records(draw: st.DrawFn, every_one_relies: bool = False) -> list[ProblemRecord]:
    """Records of the three groups with base verdicts; `every_one_relies`: every reliability and
    generalization problem relies, and every specificity problem's group has one."""
    records = []
    count = draw(st.integers(1, 10))
    for i in range(count):
        split = draw(st.sampled_from(Split)) if i else Split.RELIABILITY
        targeted = split is not Split.SPECIFICITY
        adoption = st.sampled_from(list(Adoption)) if targeted else st.none()
        samples = draw(
            st.lists(
                st.builds(verdict, adoption, compiled=st.booleans(), tests=st.integers(1, 2)),
                min_size=2,
                max_size=3,
            )
        )
        labels = draw(st.lists(st.booleans(), min_size=2, max_size=5))
        if every_one_relies and targeted:
            labels[0] = True
        base = [verdict(OTHER if targeted else None, uses_old=u and targeted) for u in labels]
        # record 0 is a reliability problem: a specificity problem may join its group
        spread = targeted or not every_one_relies
        group = draw(st.sampled_from(GROUPS)) if spread else records[0].group
        records.append(record(f"mbpp/{i}", split, samples, group=group, base=base))
    return records


@given(labelled_records())
def test_the_reliant_view_never_counts_more_than_the_whole(records: list[ProblemRecord]) -> None:
    metrics = build_report(MANIFEST, records, MANIFEST["pass_k"]).metrics.to_dict()
    for whole, part in [
        (metrics["run"], metrics["reliant"]["run"]),
        (metrics["references"]["base"], metrics["reliant"]["references"]["base"]),
    ]:
        for count in ("problems", "samples"):
            assert part["overall"][count] <= whole["overall"][count]
            for family, values in part.items():
                if family != "overall":
                    for value, scores in values.items():
                        assert scores[count] <= whole[family][value][count]
    labels = metrics["reliance"]
    assert 0 <= labels["overall"]["share"] <= 1
    assert (
        sum(m["reliant"] for m in labels["modification"].values()) == labels["overall"]["reliant"]
    )
    reliant = metrics["reliant"]["run"]["split"]
    targeted = [s for s in reliant if s != Split.SPECIFICITY]
    assert sum(reliant[s]["problems"] for s in targeted) == labels["overall"]["reliant"]


@given(labelled_records(every_one_relies=True))
def test_when_every_problem_relies_the_reliant_view_is_the_whole_run(
    records: list[ProblemRecord],
) -> None:
    metrics = build_report(MANIFEST, records, MANIFEST["pass_k"]).metrics.to_dict()
    assert metrics["reliance"]["overall"]["share"] == 1
    assert metrics["reliant"]["run"] == metrics["run"]
    assert metrics["reliant"]["references"] == metrics["references"]
