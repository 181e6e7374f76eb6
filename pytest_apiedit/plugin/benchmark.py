"""The benchmark session: selection, items, the per-worker runner, and records to the controller.

Registered by `pytest_configure` only when `--edit-method` is given; all state lives on this
object. Workers evaluate; each item's record rides in its report's `user_properties`, and the
controller (or a run without xdist) collects them and writes `records.jsonl` at session end.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pytest_apiedit.benchmark import Benchmark, Problem
from pytest_apiedit.editing import EditConfigError, make_editor
from pytest_apiedit.editing.covariance import cache_root
from pytest_apiedit.evaluation import (
    EditSchedule,
    ProblemRunner,
    Regime,
    RunSettings,
    edit_requests,
    successive_order,
)
from pytest_apiedit.generation import GenerationCache
from pytest_apiedit.models import ModelLoadError, load_model
from pytest_apiedit.plugin.items import benchmark_items
from pytest_apiedit.plugin.options import BenchmarkOptions
from pytest_apiedit.sandbox import Sandbox

RECORDS = "records.jsonl"


class ApiEditPlugin:
    def __init__(self, config: pytest.Config, options: BenchmarkOptions) -> None:
        self.config = config
        self.options = options
        self.benchmark = Benchmark.load()
        self.requests = edit_requests(self.benchmark.problems)
        count = options.successive_n if options.regime is Regime.SUCCESSIVE else None
        self.order = successive_order(list(self.requests), options.sampling.seed, count)
        self.problems = self._selected()
        self.records: dict[str, dict[str, Any]] = {}

    def _selected(self) -> list[Problem]:
        o = self.options
        groups = set(self.order) if o.regime is Regime.SUCCESSIVE else set(self.requests)
        return [
            p
            for p in sorted(self.benchmark.problems, key=lambda p: (p.group, p.split, p.id))
            if p.group in groups
            and (not o.splits or p.split in o.splits)
            and (not o.sources or p.source in o.sources)
            and (not o.apis or p.group in o.apis)
        ]

    def pytest_report_header(self) -> str:
        o = self.options
        return (
            f"apiedit: {o.method} ({o.backend}) on {o.model}, {o.regime} regime,"
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
        """Scope scheduling (an item's scope is its edit group, see `items`) in place of the
        `load` mode that `-n` implies; any other `--dist` the user asks for is theirs."""
        if config.getoption("dist") != "load":
            return None
        from xdist.scheduler import LoadScopeScheduling

        return LoadScopeScheduling(config, log)

    def runner(self, session: pytest.Session) -> Iterator[ProblemRunner]:
        """This worker's model, editor, sandbox and caches, behind the `apiedit_runner` fixture.

        What configuration could not check (weights that do not load, hyperparameters that do
        not fit the loaded model) errors the first item with one line and stops the session,
        on a worker as in a plain run."""
        o = self.options
        try:
            loaded = load_model(o.model, o.model_dtype, o.model_device)
            editor = make_editor(o.method, loaded.model, loaded.tokenizer, o.hparams, o.backend)
        except (ModelLoadError, EditConfigError) as error:
            problem = f"apiedit: {error}"
        else:
            problem = None
        if problem is not None:
            session.shouldstop = problem
            pytest.fail(problem, pytrace=False)
        schedule = EditSchedule(editor, self.requests, o.regime, self.order, o.sampling.seed)
        settings = RunSettings(sampling=o.sampling, references=o.reference)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        cache = GenerationCache(cache_root())
        with Sandbox() as sandbox:
            yield ProblemRunner(loaded, schedule, sandbox, cache, settings, worker, self.problems)
            schedule.close()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call":
            return
        for name, value in report.user_properties:
            if name == "apiedit":
                self.records[value["problem"]] = value

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(self.config, "workerinput") or not self.records:
            return  # workers hand their records to the controller
        folder = self.report_dir()
        folder.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(self.records[key], sort_keys=True) for key in sorted(self.records)]
        (folder / RECORDS).write_text("".join(line + "\n" for line in lines))

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if hasattr(self.config, "workerinput") or not self.records:
            return
        solved = sum(record["solved"] for record in self.records.values())
        terminalreporter.write_line(
            f"apiedit: {solved}/{len(self.records)} problems met their bar;"
            f" records in {self.report_dir() / RECORDS}"
        )

    def report_dir(self) -> Path:
        folder = self.options.report_dir
        return folder if folder.is_absolute() else self.config.invocation_params.dir / folder
