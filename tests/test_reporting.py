"""Reports: flat metric names, gates, Markdown, the HTML page in a real headless Chromium, the
`report` command."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sample_records import MANIFEST, RECORDS, STALE, record, verdict

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.reporting import MalformedReport, build_report, load_report
from pytest_apiedit.reporting.files import write_reports
from pytest_apiedit.reporting.gates import GateError, MetricNames, evaluate, parse_gate
from pytest_apiedit.reporting.render import markdown

NAMES = MetricNames(
    ks=[1, 2],
    splits=[str(s) for s in Split],
    values={
        "source": ["mbpp", "humaneval"],
        "category": ["function_rename", "method_rename"],
        "modification": ["math_sqrt_to_square_root", "str_split_to_split_on"],
    },
    references=["base"],
)


def report_with_base() -> dict:
    base = [verdict(STALE, compiled=False)] * 2
    records = [
        record(r.problem, r.split, [s.verdict for s in r.samples], base=base) for r in RECORDS
    ]
    return build_report(MANIFEST, records, MANIFEST["pass_k"])


def test_every_flat_metric_is_a_name_gates_accept() -> None:
    metrics = report_with_base().flat()
    assert {"overall.pass@1", "reliability.adopt@2", "base.generalization.compile@1"} <= set(
        metrics
    )
    assert {"shapley.overall.from_base.compile@1", "adoption.reliability.stale_api"} <= set(metrics)
    assert [name for name in metrics if NAMES.problem(name)] == []
    assert metrics["source.mbpp.pass@1"] == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("generalisation.pass@1", "SCOPE.LEVEL@K"),
        ("overall.pass@4", "K in --pass-k: 1,2"),
        ("source.github.pass@1", "source.VALUE.LEVEL@K"),
        ("oracle.overall.pass@1", "SCOPE.LEVEL@K"),  # no oracle reference in this run
        ("adoption.overall.lucky", "CLASS one of correct_adoption"),
        ("shapley.overall.from_oracle.compile@1", "from_base|gap"),
    ],
)
def test_names_that_are_no_metric_say_what_a_name_looks_like(name: str, hint: str) -> None:
    problem = NAMES.problem(name)
    assert problem is not None and hint in problem


def test_gates_compare_against_numbers_and_the_baseline() -> None:
    metrics = {"specificity.pass@1": 0.9, "generalization.pass@1": 0.1}
    baseline = {"specificity.pass@1": 1.0}
    gates = [
        parse_gate("generalization.pass@1 >= 0.2"),
        parse_gate("specificity.pass@1>=0.95*baseline"),
        parse_gate("specificity.pass@1>baseline-0.2"),
        parse_gate("generalization.pass@1<=baseline"),
    ]
    results = evaluate(gates, metrics, baseline)
    assert [r.held for r in results] == [False, False, True, False]
    assert results[0].line() == (
        "FAIL generalization.pass@1 >= 0.2: measured 0.1000, needs >= 0.2000"
    )
    assert results[1].threshold == pytest.approx(0.95)
    assert results[3].reason == "the baseline report has no generalization.pass@1"
    for bad in ["pass@1", "overall.pass@1 => 0.2", "overall.pass@1 >= lots", "x>=2*base"]:
        with pytest.raises(GateError, match="is not METRIC OP THRESHOLD"):
            parse_gate(bad)


def test_markdown_summary_has_the_tables() -> None:
    text = markdown(report_with_base())
    assert "| reliability | 1 | 0.500 | 0.500 | 0.500 | 0.500 |" in text
    assert "### Adoption classes (share of samples)" in text
    assert "from_base compile" in text


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    CHROMIUM is None and not __import__("os").environ.get("CI"),
    reason="chromium is not installed (CI installs it)",
)
def test_the_html_page_renders_its_plots_offline_in_headless_chromium(tmp_path: Path) -> None:
    from PIL import Image

    assert CHROMIUM is not None, "CI must install chromium (.ci/run)"
    page = write_reports(report_with_base(), tmp_path)[2]
    text = page.read_text()
    assert not any(fetch in text for fetch in ("<script", "<link", "src=", "href=", "url("))
    shot = tmp_path / "shot.png"  # kept with the test's temporary files, to be looked at
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,1400",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    counts = {colour: n for n, colour in Image.open(shot).convert("RGB").getcolors(1 << 24)}
    bar_blue, bar_orange = (0x4C, 0x72, 0xB0), (0xDD, 0x84, 0x52)
    assert counts.get(bar_blue, 0) > 500 and counts.get(bar_orange, 0) > 500  # bars are drawn
    assert len(counts) > 20


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest_apiedit", "report", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_report_command_rebuilds_renders_and_compares(tmp_path: Path) -> None:
    first = write_reports(report_with_base(), tmp_path / "a")[0]
    worse = [record(r.problem, r.split, [verdict(STALE, compiled=False)] * 2) for r in RECORDS]
    second = write_reports(build_report(MANIFEST, worse, [1, 2]), tmp_path / "b")[0]
    shown = run_cli(str(first))
    assert shown.returncode == 0 and "### Pass@k" in shown.stdout
    page = tmp_path / "again.html"
    assert run_cli(str(first), "--html", str(page)).returncode == 0
    assert page.read_text() == (tmp_path / "a" / "report.html").read_text()
    compared = run_cli(str(first), "--compare", str(second))
    line = next(x for x in compared.stdout.splitlines() if x.startswith("reliability.pass@1 "))
    assert line.split() == ["reliability.pass@1", "0.5000", "0.0000", "+0.5000"]
    assert not any(x.startswith("modification.") for x in compared.stdout.splitlines())
    assert load_report(first).metrics.to_dict() == json.loads(first.read_text())["metrics"]
    packed = tmp_path / "report.json.gz"
    packed.write_bytes(gzip.compress(first.read_bytes()))
    assert load_report(packed) == load_report(first)
    assert run_cli(str(packed), "--compare", str(second)).stdout == compared.stdout
    packed.write_bytes(first.read_bytes())  # named .gz, not compressed
    with pytest.raises(MalformedReport, match=r"cannot read report .*report\.json\.gz: Not a gz"):
        load_report(packed)


def test_several_reports_make_one_table_by_method_and_regime(tmp_path: Path) -> None:
    first = write_reports(report_with_base(), tmp_path / "a")[0]
    none = {**MANIFEST, "method": "none", "regime": "successive"}
    second = write_reports(build_report(none, RECORDS, [1, 2]), tmp_path / "b")[0]
    table = run_cli(str(first), str(second))
    assert table.returncode == 0, table.stderr
    rows = [[c.strip() for c in x.strip("|").split("|")] for x in table.stdout.splitlines()]
    by_run = {(r[0], r[2], r[4]): r for r in rows if len(r) == 13}
    assert by_run["grace", "single", "reliability"][5:9] == ["1", "0.500", "0.500", "0.500"]
    assert by_run["grace", "single", "reliability"][9:11] == ["50.0%", "50.0%"]  # of 2 samples
    assert by_run["grace", "single", "reliability"][1] == "native"
    assert by_run["grace", "single", "reliability"][11] != ""  # from base: the run has one
    assert by_run["none", "successive", "overall"][5] == "4"
    assert by_run["none", "successive", "overall"][11:] == ["", ""]  # no base: no split
    refused = run_cli(str(first), str(second), "--html", str(tmp_path / "x.html"))
    assert refused.returncode == 2 and "take one report" in refused.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "is not JSON (line 1): not a report"),
        ('{"records": []}', "is not a pytest-apiedit report"),
        ('{"format": "pytest-apiedit-report", "version": 99}', "is report version 99"),
    ],
)
def test_a_file_that_is_no_report_is_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "r.json"
    path.write_text(content)
    result = run_cli(str(path))
    assert result.returncode == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
