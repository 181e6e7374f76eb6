"""`warm`: a `none` report's samples put back in an empty generation cache, so the same session
draws nothing and records the same; on reports of real (tiny) sessions of the default model."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from tiny_sessions import run_none_session

from pytest_apiedit.benchmark.extract import ProgramStyle, extract_program
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.cli import main
from pytest_apiedit.reporting import load_report
from pytest_apiedit.reporting.files import write_reports
from pytest_apiedit.reporting.report import Report


def run_session(root: Path, cache: Path, name: str) -> dict[str, Any]:
    return load_report(run_none_session(root, cache, name)).to_dict()


def drawn(report: dict[str, Any]) -> dict[str, list]:
    """Each problem's samples and references, without the sandbox's timings."""

    def untimed(verdict: dict[str, Any]) -> dict[str, Any]:
        return {**verdict, "wall_s": 0.0}

    return {
        r["problem"]: [
            [(s["completion"], s["program"], untimed(s["verdict"])) for s in r["samples"]],
            {name: [untimed(v) for v in vs] for name, vs in r["references"].items()},
        ]
        for r in report["records"]
    }


@pytest.fixture(scope="module")
def first(tiny_none_report: Path) -> dict[str, Any]:
    """The first session's report (drawn into its own cache)."""
    return load_report(tiny_none_report).to_dict()


def warm_cli(
    report: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> tuple[int, str, str]:
    monkeypatch.setenv("PYTEST_APIEDIT_CACHE", str(cache))
    status = main(["warm", str(report)])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_warmed_cache_gives_the_same_session_without_drawing(
    first: dict[str, Any],
    tiny_none_report: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    report = first
    problems = {p.id: p for p in Benchmark.load().problems}
    cut_short = [
        s
        for r in report["records"]
        for s in r["samples"]
        if extract_program(
            problems[r["problem"]].prompt,
            s["completion"],
            ProgramStyle.of(problems[r["problem"]]),
            True,
        )
        != s["program"]
    ]
    assert cut_short  # some programs were extracted as unfinished: the flag must be recovered

    status, out, err = warm_cli(tiny_none_report, tmp_path / "warm-cache", monkeypatch, capsys)
    samples = sum(len(r["samples"]) for r in report["records"])
    assert status == 0 and "error" not in err, err
    assert out.startswith(f"warmed {len(report['records'])} problems ({samples} samples,")

    again = run_session(tmp_path, tmp_path / "warm-cache", "again")
    assert not any(r["generated"] for r in again["records"])
    assert drawn(again) == drawn(report)


def test_only_a_none_report_of_this_model_and_benchmark_warms(
    first: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    tmp_path: Path,
) -> None:
    report = first
    cases = {
        "method": ("grace", "only a 'none' report holds the unedited model's completions"),
        "benchmark": ("0" * 64, "was made on the benchmark 000000000000"),
        "weights": ("f" * 64, "the report's were ffffffffffff"),
    }
    for field, (value, said) in cases.items():
        changed = copy.deepcopy(report)
        if field == "weights":
            changed["manifest"]["model"]["weights"] = value
        else:
            changed["manifest"][field] = value
        path = write_reports(Report.from_dict(changed), tmp_path / field)[0]
        status, out, err = warm_cli(path, tmp_path / "cache", monkeypatch, capsys)
        assert (status, out) == (2, "")
        errors = [line for line in err.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1 and said in errors[0], err  # one line (beside loading bars)
    assert not (tmp_path / "cache" / "generations").exists()
