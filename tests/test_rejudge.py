"""`rejudge`: a report's recorded programs judged again by this version's verdict rules, and the
report written again; on a report made by a real (tiny) session of the default model."""

from __future__ import annotations

import copy
import dataclasses
import functools
import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.cli import main
from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.reporting import load_report
from pytest_apiedit.reporting.files import write_reports
from pytest_apiedit.reporting.rejudge import RejudgeError, rejudge, unedited_programs
from pytest_apiedit.reporting.render import html, markdown
from pytest_apiedit.reporting.report import Report
from pytest_apiedit.sandbox import Limits, SampleRequest, Sandbox
from pytest_apiedit.sandbox.verdict import RULES_VERSION

GONE, MOVED = "mbpp/100000", "humaneval/77"
"""A problem the benchmark lacks, and one the stale report puts in another group."""
WRONG = {
    "compiled": True,
    "passed": True,
    "tests_passed": 1,
    "tests_total": 1,
    "adoption": "correct_adoption",
    "error_class": None,
    "error": None,
    "uses_old": False,
    "uses_new": True,
    "outcomes": ["pass"],
    "wall_s": 0.0,
}
"""A verdict no sample of the tiny session earns: what an outdated rule might have said."""


@pytest.fixture(scope="module")
def session(tiny_none_report: Path) -> dict[str, Any]:
    """The report of a real `none` session with references (18 items, 8 selected)."""
    return read(tiny_none_report)


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(parallelism=2) as running:
        yield running


@functools.cache
def benchmark() -> Benchmark:
    return Benchmark.load()


def untimed(verdicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**v, "wall_s": 0.0} for v in verdicts]


def judged_now(
    sandbox: Sandbox, report: dict[str, Any], problem_id: str, programs: list[str], world: list
) -> list[dict[str, Any]]:
    """What the sandbox says of these programs now, asked as the runner asks."""
    problem = benchmark().by_id[problem_id]
    focus = (problem.group,) if problem.uses_modified_api and world else ()
    limits = Limits.from_dict(report["manifest"]["limits"])
    requests = [SampleRequest(p, problem.suite, tuple(world), focus, limits) for p in programs]
    return untimed([v.to_dict() for v in sandbox.run_many(requests)])


def read(path: Path) -> dict[str, Any]:
    """A written report as the JSON it is (checked by the one reader first)."""
    return load_report(path).to_dict()


def written(report: dict[str, Any], folder: Path) -> Path:
    """Write `report` (as JSON) as a session does; the path of its `report.json`."""
    return write_reports(Report.from_dict(report), folder)[0]


def as_written(report: dict[str, Any]) -> dict[str, Any]:
    """`report` with its metrics computed from its records, as a session writes it."""
    return Report.from_dict(report).rebuilt().to_dict()


def stale(report: dict[str, Any], *, method: str = "none", programs: bool = True) -> dict:
    """A report as an older version might have written it: no rules version, every verdict
    wrong, a record of a problem the benchmark lacks and one of a problem since replaced;
    `programs=False`: from before records kept the unedited programs."""
    old = copy.deepcopy(report)
    del old["manifest"]["verdict_rules"]
    old["manifest"]["method"] = method
    for record in old["records"]:
        for sample in record["samples"]:
            sample["verdict"] = dict(WRONG)
        record["references"] = {name: [dict(WRONG)] * 2 for name in record["references"]}
        if not programs:
            del record["reference_programs"]
    gone = copy.deepcopy(next(r for r in old["records"] if r["split"] == "specificity"))
    gone["problem"] = GONE
    old["records"].append(gone)
    moved = next(r for r in old["records"] if r["problem"] == MOVED)
    moved["group"] = moved["world"][0] = "math_sqrt_to_square_root"
    return as_written(old)


def rejudge_cli(*args: str | Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["rejudge", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_session_records_the_rules_and_the_unedited_programs(session: dict) -> None:
    assert session["manifest"]["verdict_rules"] == RULES_VERSION
    assert len(session["records"]) == 8
    for record in session["records"]:  # `none` draws what the references drew
        assert record["reference_programs"] == [s["program"] for s in record["samples"]]
        assert untimed(record["references"]["base"]) == untimed(
            [s["verdict"] for s in record["samples"]]
        )


def test_rejudge_judges_every_program_again_and_writes_the_report_again(
    session: dict, sandbox: Sandbox, tmp_path: Path
) -> None:
    old = stale(session)
    source = written(old, tmp_path / "old")
    before = source.read_bytes()
    command = ["rejudge", str(source), "-o", str(tmp_path / "new")]
    result = subprocess.run(
        [sys.executable, "-m", "pytest_apiedit", *command],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert f"dropped 2 whose problem changed: {MOVED}, {GONE}" in result.stdout
    assert source.read_bytes() == before  # -o: the old report stays as it was

    new = read(tmp_path / "new" / "report.json")
    kept = {r["problem"] for r in session["records"]} - {MOVED}
    assert {r["problem"] for r in new["records"]} == kept
    for record in new["records"]:
        programs = [s["program"] for s in record["samples"]]
        world = record["world"]
        now = judged_now(sandbox, new, record["problem"], programs, world)
        assert untimed([s["verdict"] for s in record["samples"]]) == now
        assert untimed(record["references"]["base"]) == now
        oracle = judged_now(sandbox, new, record["problem"], programs, [])
        assert untimed(record["references"]["oracle"]) == oracle
        assert all(v["adoption"] is None for v in oracle)
    assert WRONG not in [s["verdict"] for r in new["records"] for s in r["samples"]]

    assert new["metrics"] == as_written(new)["metrics"] != old["metrics"]
    assert new["metrics"]["run"]["overall"]["problems"] == len(kept)
    folder = tmp_path / "new"
    shown = Report.from_dict(new).rebuilt()  # as `report` renders it
    assert (folder / "summary.md").read_text() == markdown(shown)
    assert (folder / "report.html").read_text() == html(shown)

    manifest = new["manifest"]
    assert manifest["verdict_rules"] == RULES_VERSION
    note = manifest["rejudged"]
    assert (note["rules"], note["from_rules"]) == (RULES_VERSION, 1)
    assert note["dropped"] == [MOVED, GONE]
    assert note["references"] == "rejudged from the records' unedited programs"
    assert note["benchmark"] == benchmark().content_hash
    assert {k: v for k, v in manifest.items() if k not in ("verdict_rules", "rejudged")} == {
        k: v for k, v in old["manifest"].items()
    }


def test_older_reports_take_the_unedited_programs_from_a_none_report(
    session: dict, sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = written(stale(session, method="grace", programs=False), tmp_path / "grace")
    none = written(stale(session, programs=False), tmp_path / "none")

    status, _, err = rejudge_cli(edited, "-o", tmp_path / "kept", capsys=capsys)
    assert status == 0
    judged = len(session["records"]) - 1  # less the moved problem
    assert err.count("\n") == 1
    assert err.startswith(f"warning: the reference verdicts of {judged} of {judged} records")
    assert "--unedited NONE_REPORT" in err
    kept = read(tmp_path / "kept" / "report.json")
    assert kept["manifest"]["rejudged"]["references"].startswith("kept: the old reference")
    assert all(r["references"]["base"] == [WRONG, WRONG] for r in kept["records"])
    assert all(r["reference_programs"] == [] for r in kept["records"])

    status, _, err = rejudge_cli(
        edited, "--unedited", none, "-o", tmp_path / "fresh", "--jobs", "2", capsys=capsys
    )
    assert (status, err) == (0, "")
    fresh = read(tmp_path / "fresh" / "report.json")
    assert fresh["manifest"]["rejudged"]["references"] == f"rejudged from the samples of {none}"
    unedited = {r["problem"]: r for r in session["records"]}
    for record in fresh["records"]:
        programs = [s["program"] for s in unedited[record["problem"]]["samples"]]
        assert record["reference_programs"] == programs  # a later rejudge needs no none report
        now = judged_now(sandbox, fresh, record["problem"], programs, record["world"])
        assert untimed(record["references"]["base"]) == now

    status, _, err = rejudge_cli(none, "-o", tmp_path / "none-again", capsys=capsys)
    assert (status, err) == (0, "")
    again = read(tmp_path / "none-again" / "report.json")
    note = again["manifest"]["rejudged"]["references"]
    assert note == "rejudged from the run's own samples (method none)"
    for record in again["records"]:
        samples = untimed([s["verdict"] for s in record["samples"]])
        assert untimed(record["references"]["base"]) == samples


def test_a_none_report_of_another_run_is_refused_naming_what_differs(
    session: dict, sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = stale(session, method="grace", programs=False)
    other_seed = copy.deepcopy(session)
    other_seed["manifest"]["sampling"]["seed"] = 1
    path = written(other_seed, tmp_path / "none")
    source = written(edited, tmp_path / "grace")
    status, out, err = rejudge_cli(source, "--unedited", path, capsys=capsys)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert f"error: {path} differs from the report in sampling: " in err
    assert not (tmp_path / "grace" / "report.html").read_text().count("rejudged")

    with pytest.raises(RejudgeError, match="of method 'grace': the unedited programs come"):
        unedited_programs(Report.from_dict(edited), Report.from_dict(edited), "g")
    fewer = copy.deepcopy(session)
    fewer["records"] = fewer["records"][1:]
    first = session["records"][0]["problem"]
    with pytest.raises(RejudgeError, match=f"n differs from the report in problems: .* {first}$"):
        mine, theirs = Report.from_dict(edited), Report.from_dict(fewer)
        rejudge(mine, benchmark(), sandbox, unedited_programs(mine, theirs, "n"))
    other_keyword = copy.deepcopy(session)
    other_keyword["manifest"]["selection"]["keyword"] = "mbpp"  # -k leaves the batches alone
    keyword = Report.from_dict(other_keyword)
    assert unedited_programs(Report.from_dict(edited), keyword, "n").programs


def test_a_packed_report_is_written_again_in_its_own_folder_packed(
    session: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "run"
    folder.mkdir()
    packed = folder / "report.json.gz"
    packed.write_bytes(gzip.compress(json.dumps(stale(session)).encode()))
    status, out, _ = rejudge_cli(packed, capsys=capsys)
    assert status == 0
    assert f"reports: {packed}, {folder / 'summary.md'}, {folder / 'report.html'}" in out
    assert sorted(p.name for p in folder.iterdir()) == [
        "report.html",
        "report.json.gz",
        "summary.md",
    ]
    again = read(packed)
    assert again["manifest"]["rejudged"]["dropped"] == [MOVED, GONE]
    assert (folder / "summary.md").read_text() == markdown(Report.from_dict(again).rebuilt())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing/report.json"], "error: cannot read report missing/report.json: "),
        (["missing/report.json", "--jobs", "0"], "error: --jobs is at least 1"),
    ],
)
def test_bad_input_is_one_line_and_exit_two(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = rejudge_cli(*args, capsys=capsys)
    assert (status, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1


def test_records_of_older_reports_have_no_unedited_programs(session: dict) -> None:
    data = copy.deepcopy(session["records"][0])
    assert ProblemRecord.from_dict(data).to_dict() == data
    del data["reference_programs"]
    assert ProblemRecord.from_dict(data).reference_programs == ()


def with_problems(changed: dict[str, dict[str, Any]]) -> Benchmark:
    """The shipped benchmark with some problems' fields changed (a later benchmark version)."""
    problems = tuple(
        dataclasses.replace(p, **changed[p.id]) if p.id in changed else p
        for p in benchmark().problems
    )
    return Benchmark(problems, "a later version")


def record_of_another_group(like: dict[str, Any], group: str) -> dict[str, Any]:
    """A record of a specificity problem of another group, its programs answering its prompt."""
    problem = next(p for p in benchmark().problems
                   if p.group != group and p.split is Split.SPECIFICITY and p.source == "mbpp")
    record = copy.deepcopy(like)
    program = problem.prompt + "    return None\n"
    record.update(problem=problem.id, group=problem.group, split="specificity", source="mbpp",
                  category=str(problem.modification.category), world=[problem.group],
                  reference_programs=[program] * len(like["samples"]))
    for sample in record["samples"]:
        sample["program"] = program
    return record


def test_a_record_whose_prompt_changed_is_dropped(session: dict, sandbox: Sandbox) -> None:
    """Its programs answered the old prompt (a program is the prompt and the completion)."""
    record = next(r for r in session["records"] if r["split"] == "generalization")
    old = benchmark().by_id[record["problem"]]
    later = with_problems({old.id: {"prompt": "# A note on the task.\n" + old.prompt}})
    assert later.by_id[old.id].prompt != old.prompt
    result = rejudge(Report.from_dict(session), later, sandbox)
    assert result.report.manifest.rejudged["dropped"] == [old.id]
    assert old.id not in {r.problem for r in result.report.records}


@pytest.mark.parametrize(("method", "regime"), [("none", "single"), ("prompt", "single"),
                                                ("grace", "single"), ("grace", "successive")])
def test_records_drawn_under_an_edit_the_benchmark_no_longer_asks_for_are_dropped(
    session: dict, sandbox: Sandbox, method: str, regime: str
) -> None:
    """The group's reliability problem (the edit's prompt and target) is now another: an edit
    made on it drew every sample of the group (in the successive regime, of every group)."""
    report = copy.deepcopy(session)
    report["manifest"].update(method=method, regime=regime)
    group = report["records"][0]["group"]
    report["records"].append(record_of_another_group(report["records"][0], group))
    reliability = next(r["problem"] for r in report["records"] if r["split"] == "reliability")
    other = next(r["problem"] for r in report["records"] if r["split"] == "generalization")
    later = with_problems({reliability: {"split": Split.GENERALIZATION},
                           other: {"split": Split.RELIABILITY}})
    dropped = rejudge(Report.from_dict(report), later, sandbox).report.manifest.rejudged["dropped"]
    every = sorted(r["problem"] for r in report["records"])
    in_group = sorted(r["problem"] for r in report["records"] if r["group"] == group)
    expected = {"none": sorted([reliability, other]), "prompt": sorted([reliability, other]),
                "grace": in_group}[method] if regime == "single" else every
    assert dropped == expected
