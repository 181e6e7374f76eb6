"""A benchmark session as plain code: the problems its settings select, a runner per worker
(model, editor, edit schedule, sandbox, caches), and the report its records make.

The pytest plugin translates its world into these calls (items, xdist workers, the exit
status); `run_session` is the same session without pytest, one process, every problem in
order. Definitions: docs/definitions.md.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

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
from pytest_apiedit.reporting.gates import GateResult, evaluate
from pytest_apiedit.reporting.manifest import build_manifest, now, selection_digest
from pytest_apiedit.reporting.report import Report, build_report
from pytest_apiedit.sandbox.client import Sandbox
from pytest_apiedit.session.settings import Settings, SettingsError
from pytest_apiedit.session.shards import assign


class SessionError(RuntimeError):
    """What only a loaded model can show (weights that do not load, hyperparameters that do
    not fit it): one line naming the fix."""


@dataclass(frozen=True)
class RunInfo:
    """What a runner loaded, for the manifest: handed from xdist workers to the controller."""

    model: dict[str, Any]
    """Name, hub revision, weights fingerprint, dtype."""
    hyperparameters: dict[str, Any] | None
    """The method's values in force (defaults and the file's), JSON-plain."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunInfo:
        return cls(**data)


@dataclass(frozen=True)
class Outcome:
    """A finished session: its report and, when gates were given, what each decided."""

    report: Report
    gates: list[GateResult]

    @property
    def gates_held(self) -> bool:
        return all(result.held for result in self.gates)


class Session:
    def __init__(self, settings: Settings, benchmark: Benchmark | None = None) -> None:
        self.settings = settings
        self.benchmark = benchmark or Benchmark.load()
        self.run_settings = RunSettings(
            settings.sampling, references=settings.reference, batch_rows=settings.batch_rows
        )
        self.order, self.selection = self._selected()
        """The successive order and the problems the options select; they make the decoding
        units, so a shard decodes as the whole selection would."""
        packed = settings.method == UNEDITED or settings.reference
        self.units = decoding_units(self.selection, self.run_settings, packed)
        """What one worker (and one shard) runs whole: the decoding units, packed wherever the
        unedited model draws (`none`, or any method's references), so no two workers draw the
        same unit."""
        self.problems = self._sharded()
        """What this session runs: the selection, or its shard of it (whole units)."""
        self.started = now()

    def _selected(self) -> tuple[tuple[str, ...], list[Problem]]:
        """The successive order and the problems to run. The order is drawn from the groups the
        filters leave (`--api x,y --regime successive` edits x and y only), so one seed gives
        one sequence for one selection."""
        s = self.settings
        try:
            self.benchmark.require(s.problems or ())
        except ProblemListError as error:
            raise SettingsError(f"--problems: {error}") from None
        chosen = [
            p
            for p in sorted(self.benchmark.problems, key=lambda p: (p.group, p.split, p.id))
            if (not s.splits or p.split in s.splits)
            and (not s.sources or p.source in s.sources)
            and (not s.apis or p.group in s.apis)
            and (s.problems is None or p.id in s.problems)
        ]
        count = s.successive_n if s.regime is Regime.SUCCESSIVE else None
        order = successive_order(sorted({p.group for p in chosen}), s.sampling.seed, count)
        if s.regime is Regime.SUCCESSIVE:
            chosen = [p for p in chosen if p.group in order]
        return order, chosen

    def _sharded(self) -> list[Problem]:
        """The problems of this session's shard: whole decoding units (whole edit groups),
        dealt by their number of problems (each costs its samples: the same for all)."""
        shard = self.settings.shard
        if shard is None:
            return self.selection
        named = {unit[0].group: unit for unit in self.units}
        mine = assign({name: len(unit) for name, unit in named.items()}, shard.count)
        if not mine[shard.index - 1]:
            raise SettingsError(
                f"--apiedit-shard {shard}: the selection decodes as {len(named)} units (edit"
                f" groups, or runs of groups where the unedited model draws), so at most"
                f" {len(named)} shards"
            )
        ids = {problem.id for name in mine[shard.index - 1] for problem in named[name]}
        return [problem for problem in self.selection if problem.id in ids]

    def unit_of_group(self) -> dict[str, str]:
        """Each group's decoding unit, named by its first group: what one worker should run."""
        return {problem.group: f"unit:{unit[0].group}" for unit in self.units for problem in unit}

    @contextmanager
    def runner(self, worker: str = "main") -> Iterator[tuple[ProblemRunner, RunInfo]]:
        """This worker's runner and what it loaded; the model is pristine again on exit."""
        s = self.settings
        try:
            loaded = load_model(s.model, s.model_dtype, s.model_device)
            framing = Framing(s.prompt_format, loaded.tokenizer)
            editor = make_editor(
                s.method,
                loaded.model,
                loaded.tokenizer,
                s.edit.hparams,
                s.edit.backend,
                s.sampling.seed,
            )
        except (ModelLoadError, FramingError, EditConfigError) as error:
            raise SessionError(f"apiedit: {error}") from None
        dtype = next(loaded.model.parameters()).dtype
        info = RunInfo(
            model={
                "name": loaded.name,
                "revision": loaded.revision,
                "weights": loaded.weights,
                "dtype": str(dtype).removeprefix("torch."),
            },
            hyperparameters=editor.params.resolved(),
        )
        requests = edit_requests(self.benchmark.problems, framing)
        schedule = EditSchedule(editor, requests, s.regime, self.order, self.benchmark.content_hash)
        cache = GenerationCache(cache_root())
        with Sandbox() as sandbox:
            runner = ProblemRunner(
                loaded, schedule, sandbox, cache, self.run_settings, worker, self.selection, framing
            )
            try:
                yield runner, info
            finally:
                runner.close()

    def outcome(
        self,
        records: Sequence[ProblemRecord],
        info: RunInfo | None,
        keyword: str | None = None,
        selected: int | None = None,
        crashed: Sequence[str] = (),
    ) -> Outcome:
        """The report of these records, and the gates' results on it. `keyword`: pytest's `-k`,
        recorded in the manifest's selection; `selected`: how many problems the session was to
        record (default: all of `problems`); `crashed`: problems whose worker died running them.
        A report with fewer records than selected says so, and no gate holds on it."""
        ordered = sorted(records, key=lambda record: record.problem)
        coverage = {
            "selected": len(self.problems) if selected is None else selected,
            "recorded": len(ordered),
            "crashed": sorted(crashed),
        }
        manifest = self._manifest(info, keyword) | {"coverage": coverage}
        report = build_report(manifest, ordered, self.settings.pass_k)
        s = self.settings
        uncovered = report.manifest.uncovered
        gates = evaluate(s.gates, report.flat(), s.baseline, uncovered) if s.gates else []
        return Outcome(report, gates)

    def _shard_entry(self) -> dict[str, Any] | None:
        """Which part of which selection this session's report covers (None: all of it)."""
        shard = self.settings.shard
        if shard is None:
            return None
        return {
            "index": shard.index,
            "count": shard.count,
            "selection_problems": len(self.selection),
            "selection_sha256": selection_digest(p.id for p in self.selection),
        }

    def _manifest(self, info: RunInfo | None, keyword: str | None) -> dict[str, Any]:
        s = self.settings
        info = info or RunInfo({"name": s.model}, None)
        settings = {
            "method": s.method,
            "backend": s.edit.backend,
            "hparams_file": str(s.edit.hparams) if s.edit.hparams else None,
            "prompt_format": str(s.prompt_format),
            "regime": str(s.regime),
            "successive_order": list(self.order) if s.regime is Regime.SUCCESSIVE else None,
            "sampling": s.sampling.to_dict(),
            "batch_rows": s.batch_rows,
            "pass_k": list(s.pass_k),
            "selection": {
                "splits": [str(split) for split in s.splits],
                "sources": list(s.sources),
                "apis": list(s.apis),
                "problems": sorted(s.problems) if s.problems is not None else None,
                "keyword": keyword,
            },
            "references": s.reference,
            "shard": self._shard_entry(),
            "gates": [gate.text for gate in s.gates],
            "limits": dataclasses.asdict(self.run_settings.limits),
        }
        return build_manifest(
            settings=settings,
            model=info.model,
            hyperparameters=info.hyperparameters,
            benchmark=self.benchmark.content_hash,
            started=self.started,
            finished=now(),
        )


def run_session(settings: Settings, benchmark: Benchmark | None = None) -> Outcome:
    """The whole session in this process, without pytest: every selected problem, in order."""
    session = Session(settings, benchmark)
    with session.runner() as (runner, info):
        records = [runner.evaluate(problem) for problem in session.problems]
    return session.outcome(records, info)
