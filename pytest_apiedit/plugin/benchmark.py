"""The benchmark session in pytest: items, xdist scheduling, records to the controller.

Registered by `pytest_configure` only when `--edit-method` is given; all state lives on this
object, and the session itself is plain code (`session.session.Session`). Workers evaluate;
each item's record rides on its call report (`apiedit_record`), what a worker loaded (`RunInfo`)
in its `workeroutput`, and the controller (or a run without xdist) builds the reports at
session end, where gates, when given, decide the exit status.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from pytest_apiedit.evaluation.edits import Regime
from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.evaluation.runner import ProblemRunner
from pytest_apiedit.plugin.items import benchmark_items, problems_of
from pytest_apiedit.reporting.files import write_reports
from pytest_apiedit.reporting.tables import terminal_lines
from pytest_apiedit.session.session import Outcome, RunInfo, Session, SessionError
from pytest_apiedit.session.settings import Settings, SettingsError

RUN_INFO = "apiedit_run"


class ApiEditPlugin:
    def __init__(self, config: pytest.Config, settings: Settings) -> None:
        self.config = config
        self.settings = settings
        try:
            self.session = Session(settings)
        except SettingsError as error:
            raise pytest.UsageError(str(error)) from None
        self.records: dict[str, ProblemRecord] = {}
        self.run_info: RunInfo | None = None
        """What a runner loaded (this process's, or a worker's)."""
        self.outcome: Outcome | None = None
        self.written: list[Path] = []
        self.selected: set[str] = set()
        """The problems of the items this session runs (after `-k`): what its report covers."""
        self.crashed: set[str] = set()
        """Problems a worker died running: failed, not run again, missing from the report."""

    def pytest_report_header(self) -> str:
        s, session = self.settings, self.session
        edits = f" of {len(session.order)} edits" if s.regime is Regime.SUCCESSIVE else ""
        return (
            f"apiedit: {s.method} ({s.edit.backend}) on {s.model} ({s.prompt_format} prompts),"
            f" {s.regime} regime{edits},"
            f" {len(session.problems)} problems, n={s.sampling.samples}, seed {s.sampling.seed}"
        )

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(
        self, session: pytest.Session, items: list[pytest.Item]
    ) -> None:
        """Before `-k` and xdist see the items: they must find ours there."""
        items.extend(benchmark_items(session, self.session.problems))

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        """Without xdist (or on a worker): the items left after `-k`."""
        self.selected |= problems_of(item.nodeid for item in session.items)

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node: Any, ids: list[str]) -> None:
        """On the xdist controller, which collects nothing: what each worker collected."""
        self.selected |= problems_of(ids)

    @pytest.hookimpl(optionalhook=True)
    def pytest_handlecrashitem(self, crashitem: str, report: Any, sched: Any) -> None:
        """A worker died running `crashitem`: xdist reports it failed and replaces the worker,
        and the rest of its units run on the others (`UnitScheduling.remove_node`)."""
        self.crashed |= problems_of([crashitem])

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_make_scheduler(self, config: pytest.Config, log: Any) -> Any:
        """Scheduling by decoding unit (an edit group, or groups that share the unedited
        model) in place of the `load` mode that `-n` implies; any other `--dist` the user asks
        for is theirs."""
        if config.getoption("dist") != "load":
            return None
        from pytest_apiedit.plugin.scheduling import UnitScheduling

        return UnitScheduling(config, log, self.session.unit_of_group())

    def runner(self, session: pytest.Session) -> Iterator[ProblemRunner]:
        """This worker's runner, behind the `apiedit_runner` fixture. What configuration could
        not check errors the first item with one line and stops the session, on a worker as in
        a plain run."""
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        try:
            with self.session.runner(worker) as (runner, info):
                self.run_info = info
                yield runner
        except SessionError as error:
            session.shouldstop = str(error)
            pytest.fail(str(error), pytrace=False)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        """The record rides on the call's report (xdist sends a report's attributes to the
        controller), not in `user_properties`, which JUnit XML writes out whole."""
        report = yield
        record = getattr(item, "record", None)
        if call.when == "call" and record is not None:
            report.apiedit_record = record.to_dict()
        return report

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        record = getattr(report, "apiedit_record", None)
        if report.when == "call" and record is not None:
            self.records[record["problem"]] = ProblemRecord.from_dict(record)

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """A worker that crashed hands nothing over."""
        handed = getattr(node, "workeroutput", {}).get(RUN_INFO)
        if self.run_info is None and handed is not None:
            self.run_info = RunInfo.from_dict(handed)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(self.config, "workerinput"):
            info = self.run_info.to_dict() if self.run_info is not None else None
            self.config.workeroutput[RUN_INFO] = info
            return  # workers hand their records to the controller
        if not self.records:
            return
        keyword = self.config.getoption("keyword") or None
        self.outcome = self.session.outcome(
            list(self.records.values()),
            self.run_info,
            keyword,
            selected=len(self.selected | set(self.records)),
            crashed=sorted(self.crashed),
        )
        if self.outcome.gates and session.exitstatus in (
            pytest.ExitCode.OK,
            pytest.ExitCode.TESTS_FAILED,
        ):
            held = self.outcome.gates_held
            session.exitstatus = pytest.ExitCode.OK if held else pytest.ExitCode.TESTS_FAILED
        self.written = write_reports(self.outcome.report, self.report_dir(), self.outcome.gates)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.outcome is None:
            return
        write = terminalreporter.write_line
        terminalreporter.section("apiedit")
        for line in terminal_lines(self.outcome.report):
            write(line)
        for result in self.outcome.gates:
            write(result.line(), red=not result.held, green=result.held)
        write(f"reports: {', '.join(str(path) for path in self.written)}")

    def report_dir(self) -> Path:
        folder = self.settings.report_dir
        return folder if folder.is_absolute() else self.config.invocation_params.dir / folder
