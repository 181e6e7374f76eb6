"""One problem, start to end: completions (cached or generated under its edit), then verdicts.

Generated code is only ever run by the sandbox, in its own confined processes: this process holds
the model and never executes a program. With `references`, the unedited model's completions are
judged too: in this world (`base`: does editing help?) and in the original one (`oracle`: what
can the model do at all?). They are cached under the unedited state, so every method and regime
of one model and sampling setting shares them.

A problem is generated with its decoding unit: under an edit, its group's problems in the
session's selection (which `-k` does not narrow); under the unedited model, which every group
shares, a run of consecutive groups of the selection, packed up to `UNIT_BATCHES` batches of rows.
The unedited draws are packed in every run, `none` or edited, so an edited run's references are
the `none` run's samples on the same selection, read from the cache rather than drawn again. The
generator keeps at most `batch_rows` rows decoding and refills them from the rest of the unit.
The unit is fixed by the selection alone, not by what the cache already holds or which item came
first, and it is part of every cache key (a sample's last bits may depend on the prompts decoded
beside it). xdist sends a unit's items to one worker (`plugin/scheduling.py`); with references,
a packed unit's groups go to one worker together, so no two workers draw the same references.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pytest_apiedit.benchmark.extract import ProgramStyle, extract_program, stop_sequences
from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.evaluation.edits import UNEDITED, EditSchedule
from pytest_apiedit.evaluation.records import ProblemRecord, SampleRecord
from pytest_apiedit.generation.cache import GenerationCache, batch_key, generation_key
from pytest_apiedit.generation.framing import PLAIN, Framing
from pytest_apiedit.generation.generator import Completion, Generator
from pytest_apiedit.generation.sampling import Sampling
from pytest_apiedit.models.loading import LoadedModel
from pytest_apiedit.sandbox import Limits, SampleRequest, Sandbox, Verdict


@dataclass(frozen=True)
class RunSettings:
    sampling: Sampling = field(default_factory=Sampling)
    limits: Limits = field(default_factory=Limits)
    references: bool = False
    batch_rows: int = 64
    """Samples decoded together at most (prompts x n): lower it when memory runs out."""

    @property
    def rows_per_problem(self) -> int:
        """Decoded rows per problem: greedy samples are all the same, so one."""
        return 1 if self.sampling.greedy else self.sampling.samples


UNIT_BATCHES = 4
"""Groups that share the unedited model are packed into units of up to this many batches' rows:
enough for the decoder to keep its batch full..."""
MIN_UNITS = 8
"""...and small enough to give xdist workers several units each: a selection is cut into about
this many units where its groups allow, though never below one batch's rows a unit (its rows
would not fill the decoder). Both depend on the selection alone, so `-n` changes no sample."""


def decoding_units(
    selection: Sequence[Problem], settings: RunSettings, shared: bool
) -> list[list[Problem]]:
    """The problems decoded together, in selection order: each group alone, or with `shared`
    (one model state for every group) consecutive groups packed up to `unit_rows` rows (a larger
    group is a unit of its own)."""
    groups: dict[str, list[Problem]] = {}
    for problem in selection:
        groups.setdefault(problem.group, []).append(problem)
    if not shared:
        return list(groups.values())
    limit = unit_rows(len(selection) * settings.rows_per_problem, settings.batch_rows)
    units: list[list[Problem]] = []
    for group in groups.values():
        rows = settings.rows_per_problem * (len(units[-1]) + len(group)) if units else limit + 1
        if rows <= limit:
            units[-1].extend(group)
        else:
            units.append(list(group))
    return units


def unit_rows(total_rows: int, batch_rows: int) -> int:
    """The most rows a shared unit holds: a `MIN_UNITS`th of the selection's rows, between one
    and `UNIT_BATCHES` batches."""
    return min(UNIT_BATCHES * batch_rows, max(batch_rows, -(-total_rows // MIN_UNITS)))


def unit_keys(
    weights: str, state: str, unit: Sequence[Problem], prompts: Sequence[str], settings: RunSettings
) -> list[str]:
    """The generation cache's key of each problem of a decoding unit, drawn under the edit
    `state` (`UNEDITED`: the unedited model) from `prompts`, as the model sees them."""
    stops = [stop_sequences(ProgramStyle.of(p)) for p in unit]
    together = batch_key(list(zip(prompts, stops, strict=True)))
    return [
        generation_key(
            weights, state, prompt, settings.sampling, stop, together, settings.batch_rows
        )
        for prompt, stop in zip(prompts, stops, strict=True)
    ]


class ProblemRunner:
    def __init__(
        self,
        loaded: LoadedModel,
        schedule: EditSchedule,
        sandbox: Sandbox,
        cache: GenerationCache,
        settings: RunSettings,
        worker: str = "main",
        selection: Sequence[Problem] = (),
        framing: Framing = PLAIN,
    ) -> None:
        self.loaded = loaded
        self.framing = framing
        self.schedule = schedule
        self.sandbox = sandbox
        self.cache = cache
        self.settings = settings
        self.worker = worker
        self.generator = Generator(
            loaded.model, loaded.tokenizer, settings.sampling, schedule.editor, settings.batch_rows
        )
        self.generations = 0
        """Problems this runner generated for (cache misses), references included."""
        self.selection = selection
        """The problems of the session: they make the units, and a group's references are
        drawn before its edit."""
        self._groups: dict[str, list[Problem]] = {}
        """The selection by group, in its order."""
        for chosen in selection:
            self._groups.setdefault(chosen.group, []).append(chosen)
        self._units = {
            shared: {
                problem.id: unit
                for unit in decoding_units(selection, settings, shared)
                for problem in unit
            }
            for shared in (True, False)
        }
        """Each problem's decoding unit under the unedited model (True: packed groups) and
        under an edit (False: its group)."""
        self._prepared: set[str] = set()
        self._fresh: dict[str, int] = {}
        """Cache keys this runner generated, with the edit serial they were drawn under."""

    def evaluate(self, problem: Problem) -> ProblemRecord:
        group = problem.group
        if group not in self._prepared:
            self._prepared.add(group)
            self.prepare_references(self._groups.get(group, []))
        if self.schedule.frames_after_edit:
            put_in_force(self.schedule, group)
        completions, serial = self._drawn(problem, group)
        world = self.schedule.world(group)
        programs = self._programs(problem, completions)
        verdicts = self._judge(problem, programs, world)
        references: dict[str, tuple[Verdict, ...]] = {}
        unedited: list[str] = []
        if self.settings.references:
            references, unedited = self._references(problem, world)
        return ProblemRecord(
            problem=problem.id,
            group=group,
            split=problem.split,
            source=problem.source,
            category=str(problem.modification.category),
            world=world,
            samples=tuple(
                SampleRecord(c.text, program, v)
                for c, program, v in zip(completions, programs, verdicts, strict=True)
            ),
            generated=serial > 0,
            worker=self.worker,
            edit_serial=serial,
            references=references,
            reference_programs=tuple(unedited),
        )

    def prepare_references(self, problems: Sequence[Problem]) -> None:
        """Generate the unedited model's completions the cache lacks, before any edit is made
        (one worker at a time need not restore and re-edit for them)."""
        if not self.settings.references:
            return
        for problem in problems:
            self._unedited(problem)

    def _unedited(self, problem: Problem) -> list[Completion]:
        return self._drawn(problem, None)[0]

    def _drawn(self, problem: Problem, group: str | None) -> tuple[list[Completion], int]:
        """The completions under `group`'s edit (None: the unedited model), from the cache or
        generated with the problem's whole unit, and the edit serial they were drawn under (0:
        from the cache, or unedited)."""
        state = UNEDITED if group is None else self.schedule.state_key(group)
        prepare = self.schedule.prepare_prompt if group is not None else str
        units = self._units[state == UNEDITED]
        unit = units.get(problem.id, [problem])  # alone when the selection lacks it
        prompts = [self.framing.prompt(prepare(p.prompt), ProgramStyle.of(p)) for p in unit]
        keys = unit_keys(self.loaded.weights, state, unit, prompts, self.settings)
        key = keys[unit.index(problem)]
        completions = self._cached(key)
        if completions is None:
            serial = put_in_force(self.schedule, group)
            self._fresh.update(dict.fromkeys(keys, serial))
            completions = self._generate(keys, unit, prompts)[unit.index(problem)]
        return completions, self._fresh.get(key, 0)

    def close(self) -> None:
        """Back to the pristine model (the model is the caller's again)."""
        put_in_force(self.schedule, None)

    def _references(
        self, problem: Problem, world: tuple[str, ...]
    ) -> tuple[dict[str, tuple[Verdict, ...]], list[str]]:
        """The references' verdicts, and the unedited programs both judged (kept in the record
        for `rejudge`)."""
        programs = self._programs(problem, self._unedited(problem))
        verdicts = {
            "base": tuple(self._judge(problem, programs, world)),
            "oracle": tuple(self._judge(problem, programs, ())),
        }
        return verdicts, programs

    def _cached(self, key: str) -> list[Completion] | None:
        found = self.cache.get(key)
        return None if found is None else [Completion.from_dict(c) for c in found]

    def _generate(
        self, keys: list[str], unit: list[Problem], prompts: list[str]
    ) -> list[list[Completion]]:
        styles = [ProgramStyle.of(p) for p in unit]
        drawn = self.generator.complete_many(list(zip(prompts, styles, strict=True)))
        for key, completions in zip(keys, drawn, strict=True):
            self.cache.put(key, [c.to_dict() for c in completions])
        self.generations += len(unit)
        return drawn

    def _programs(self, problem: Problem, completions: Sequence[Completion]) -> list[str]:
        style = ProgramStyle.of(problem)
        return [extract_program(problem.prompt, c.text, style, c.finished) for c in completions]

    def _judge(
        self, problem: Problem, programs: Sequence[str], world: tuple[str, ...]
    ) -> list[Verdict]:
        focus = (problem.group,) if problem.uses_modified_api and world else ()
        limits = self.settings.limits
        requests = [SampleRequest(p, problem.suite, world, focus, limits) for p in programs]
        return self.sandbox.run_many(requests)


def put_in_force(schedule: EditSchedule, group: str | None) -> int:
    """Make `group`'s edit state the model's (None: the pristine model; the next edited problem
    applies its edit again), as the schedule says: restore first when asked, then its edits in
    order. Returns the state's serial (0: pristine)."""
    step = schedule.step_to(group)
    if step is not None:
        if step.restore:
            schedule.editor.restore()
        for request in step.apply:
            schedule.editor.apply([request])
        schedule.entered(step)
    return schedule.serial
