"""The benchmark session: selection, items, the per-worker runner, and records to the controller.

Registered by `pytest_configure` only when `--edit-method` is given; all state lives on this
object. Workers evaluate; each item's record rides in its report's `user_properties`, what a
worker loaded (model fingerprint, resolved hyperparameters) in its `workeroutput`, and the
controller (or a run without xdist) builds the reports at session end, where gates, when given,
decide the exit status.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.benchmark.store import Benchmark, ProblemListError
from pytest_apiedit.diskcache import cache_root
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.registry import make_editor
from pytest_apiedit.evaluation.edits import (
    UNEDITED,
    EditSchedule,
    Regime,
    edit_requests,
    successive_order,
)
from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.evaluation.runner import ProblemRunner, RunSettings, decoding_units
from pytest_apiedit.generation.cache import GenerationCache
from pytest_apiedit.generation.framing import Framing, FramingError
from pytest_apiedit.models.loading import ModelLoadError, load_model
from pytest_apiedit.plugin.items import benchmark_items
from pytest_apiedit.reporting import build_report, flat_metrics
from pytest_apiedit.reporting.files import write_reports
from pytest_apiedit.reporting.gates import GateResult, evaluate
from pytest_apiedit.reporting.manifest import build_manifest, now
from pytest_apiedit.reporting.tables import terminal_lines
from pytest_apiedit.sandbox import Sandbox
from pytest_apiedit.session.settings import Settings

RUN_INFO = "apiedit_run"


class ApiEditPlugin:
    def __init__(self, config: pytest.Config, options: Settings) -> None:
        self.config = config
        self.options = options
        self.benchmark = Benchmark.load()
        self.order, self.problems = self._selected()
        self.settings = RunSettings(
            sampling=options.sampling, references=options.reference, batch_rows=options.batch_rows
        )
        self.records: dict[str, dict[str, Any]] = {}
        self.run_info: dict[str, Any] | None = None
        """What a runner loaded: the model's name, revision and weights, the hyperparameters."""
        self.started = now()
        self.gate_results: list[GateResult] = []

    def _selected(self) -> tuple[tuple[str, ...], list[Problem]]:
        """The successive order and the problems to run. The order is drawn from the groups the
        filters leave (`--api x,y --regime successive` edits x and y only), so one seed gives
        one sequence for one selection."""
        o = self.options
        try:
            self.benchmark.require(o.problems or ())
        except ProblemListError as error:
            raise pytest.UsageError(f"--problems: {error}") from None
        chosen = [
            p
            for p in sorted(self.benchmark.problems, key=lambda p: (p.group, p.split, p.id))
            if (not o.splits or p.split in o.splits)
            and (not o.sources or p.source in o.sources)
            and (not o.apis or p.group in o.apis)
            and (o.problems is None or p.id in o.problems)
        ]
        count = o.successive_n if o.regime is Regime.SUCCESSIVE else None
        order = successive_order(sorted({p.group for p in chosen}), o.sampling.seed, count)
        if o.regime is Regime.SUCCESSIVE:
            chosen = [p for p in chosen if p.group in order]
        return order, chosen

    def pytest_report_header(self) -> str:
        o = self.options
        edits = f" of {len(self.order)} edits" if o.regime is Regime.SUCCESSIVE else ""
        return (
            f"apiedit: {o.method} ({o.edit.backend}) on {o.model} ({o.prompt_format} prompts),"
            f" {o.regime} regime{edits},"
            f" {len(self.problems)} problems, n={o.sampling.samples}, seed {o.sampling.seed}"
        )

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(
        self, session: pytest.Session, items: list[pytest.Item]
    ) -> None:
        """Before `-k` and xdist see the items: they must find ours there."""
        items.extend(benchmark_items(session, self.problems))

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_make_scheduler(self, config: pytest.Config, log: Any) -> Any:
        """Scheduling by decoding unit (an edit group, or groups that share the unedited
        model) in place of the `load` mode that `-n` implies; any other `--dist` the user asks
        for is theirs."""
        if config.getoption("dist") != "load":
            return None
        from pytest_apiedit.plugin.scheduling import UnitScheduling

        shared = self.options.method == UNEDITED
        unit_of_group = {
            problem.group: f"unit:{unit[0].group}"
            for unit in decoding_units(self.problems, self.settings, shared)
            for problem in unit
        }
        return UnitScheduling(config, log, unit_of_group)

    def runner(self, session: pytest.Session) -> Iterator[ProblemRunner]:
        """This worker's model, editor, sandbox and caches, behind the `apiedit_runner` fixture.

        What configuration could not check (weights that do not load, hyperparameters that do
        not fit the loaded model) errors the first item with one line and stops the session,
        on a worker as in a plain run."""
        o = self.options
        try:
            loaded = load_model(o.model, o.model_dtype, o.model_device)
            framing = Framing(o.prompt_format, loaded.tokenizer)
            editor = make_editor(
                o.method, loaded.model, loaded.tokenizer, o.edit.hparams, o.edit.backend,
                o.sampling.seed,
            )
        except (ModelLoadError, FramingError, EditConfigError) as error:
            problem = f"apiedit: {error}"
        else:
            problem = None
        if problem is not None:
            session.shouldstop = problem
            pytest.fail(problem, pytrace=False)
        self.run_info = {
            "model": {
                "name": loaded.name,
                "revision": loaded.revision,
                "weights": loaded.weights,
                "dtype": str(next(loaded.model.parameters()).dtype).removeprefix("torch."),
            },
            "hyperparameters": editor.params.resolved(),
        }
        requests = edit_requests(self.benchmark.problems, framing)
        schedule = EditSchedule(
            editor, requests, o.regime, self.order, self.benchmark.content_hash
        )
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        cache = GenerationCache(cache_root())
        with Sandbox() as sandbox:
            yield ProblemRunner(
                loaded, schedule, sandbox, cache, self.settings, worker, self.problems, framing
            )
            schedule.close()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call":
            return
        for name, value in report.user_properties:
            if name == "apiedit":
                self.records[value["problem"]] = value

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        self.run_info = self.run_info or node.workeroutput.get(RUN_INFO)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(self.config, "workerinput"):
            self.config.workeroutput[RUN_INFO] = self.run_info
            return  # workers hand their records to the controller
        if not self.records:
            return
        report = build_report(self._manifest(), self._records(), self.options.pass_k)
        if self.options.gates:
            metrics = flat_metrics(report)
            self.gate_results = evaluate(self.options.gates, metrics, self.options.baseline)
            failed = not all(result.held for result in self.gate_results)
            if session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
                session.exitstatus = pytest.ExitCode.TESTS_FAILED if failed else pytest.ExitCode.OK
        self.report = report
        self.written = write_reports(report, self.report_dir(), self.gate_results)

    def _records(self) -> list[ProblemRecord]:
        return [ProblemRecord.from_dict(self.records[key]) for key in sorted(self.records)]

    def _manifest(self) -> dict[str, Any]:
        o = self.options
        info = self.run_info or {"model": {"name": o.model}, "hyperparameters": None}
        settings = {
            "method": o.method,
            "backend": o.edit.backend,
            "hparams_file": str(o.edit.hparams) if o.edit.hparams else None,
            "prompt_format": str(o.prompt_format),
            "regime": str(o.regime),
            "successive_order": list(self.order) if o.regime is Regime.SUCCESSIVE else None,
            "sampling": o.sampling.to_dict(),
            "batch_rows": o.batch_rows,
            "pass_k": list(o.pass_k),
            "selection": {
                "splits": [str(s) for s in o.splits],
                "sources": list(o.sources),
                "apis": list(o.apis),
                "problems": sorted(o.problems) if o.problems is not None else None,
                "keyword": self.config.getoption("keyword") or None,
            },
            "references": o.reference,
            "gates": [gate.text for gate in o.gates],
            "limits": dataclasses.asdict(self.settings.limits),
        }
        return build_manifest(
            settings=settings,
            model=info["model"],
            hyperparameters=info["hyperparameters"],
            benchmark=self.benchmark.content_hash,
            started=self.started,
            finished=now(),
        )

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if hasattr(self.config, "workerinput") or not self.records:
            return
        write = terminalreporter.write_line
        terminalreporter.section("apiedit")
        for line in terminal_lines(self.report):
            write(line)
        for result in self.gate_results:
            write(result.line(), red=not result.held, green=result.held)
        write(f"reports: {', '.join(str(path) for path in self.written)}")

    def report_dir(self) -> Path:
        folder = self.options.report_dir
        return folder if folder.is_absolute() else self.config.invocation_params.dir / folder
