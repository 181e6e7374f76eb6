"""One problem, start to end: completions (cached or generated under its edit), then verdicts.

Generated code is only ever run by the sandbox, in its own confined processes: this process holds
the model and never executes a program. With `references`, the unedited model's completions are
judged too: in this world (`base`: does editing help?) and in the original one (`oracle`: what
can the model do at all?). They are cached under the unedited state, so every method and regime
of one model and sampling setting shares them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.editing import Editor
from pytest_apiedit.evaluation.edits import UNEDITED, EditSchedule
from pytest_apiedit.evaluation.records import ProblemRecord, SampleRecord
from pytest_apiedit.generation import (
    GenerationCache,
    Generator,
    ProgramStyle,
    Sampling,
    extract_program,
    generation_key,
    stop_sequences,
)
from pytest_apiedit.generation.generator import Completion
from pytest_apiedit.models import LoadedModel
from pytest_apiedit.sandbox import Limits, SampleRequest, Sandbox, Verdict


@dataclass(frozen=True)
class RunSettings:
    sampling: Sampling = field(default_factory=Sampling)
    limits: Limits = field(default_factory=Limits)
    references: bool = False


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
    ) -> None:
        self.loaded = loaded
        self.schedule = schedule
        self.sandbox = sandbox
        self.cache = cache
        self.settings = settings
        self.worker = worker
        self.generator = Generator(
            loaded.model, loaded.tokenizer, settings.sampling, schedule.editor.select_rows
        )
        self.generations = 0
        """Problems this runner generated for (cache misses), references included."""
        self.selection = selection
        """The problems of the session: a group's references are drawn before its edit."""
        self._prepared: set[str] = set()

    def evaluate(self, problem: Problem) -> ProblemRecord:
        group, style = problem.group, ProgramStyle.of(problem)
        if group not in self._prepared:
            self._prepared.add(group)
            self.prepare_references([p for p in self.selection if p.group == group])
        if _changes_prompts(self.schedule.editor):  # the prompt depends on the edit in force
            self.schedule.ensure(group)
        prompt = self.schedule.prepare_prompt(problem.prompt)
        key = self._key(self.schedule.state_key(group), prompt, style)
        completions = self._cached(key)
        serial = 0
        if completions is None:
            serial = self.schedule.ensure(group)
            completions = self._generate(key, prompt, style)
        world = self.schedule.world(group)
        programs = self._programs(problem, completions)
        verdicts = self._judge(problem, programs, world)
        references = self._references(problem, style, world) if self.settings.references else {}
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
        )

    def prepare_references(self, problems: Sequence[Problem]) -> None:
        """Generate the unedited model's completions the cache lacks, before any edit is made
        (one worker at a time need not restore and re-edit for them)."""
        if not self.settings.references:
            return
        for problem in problems:
            self._unedited(problem, ProgramStyle.of(problem))

    def _unedited(self, problem: Problem, style: ProgramStyle) -> list[Completion]:
        """The unedited model's completions: cached, or drawn after restoring the model (the
        next edited problem re-applies its edit)."""
        key = self._key(UNEDITED, problem.prompt, style)
        completions = self._cached(key)
        if completions is None:
            self.schedule.close()
            completions = self._generate(key, problem.prompt, style)
        return completions

    def _references(
        self, problem: Problem, style: ProgramStyle, world: tuple[str, ...]
    ) -> dict[str, tuple[Verdict, ...]]:
        programs = self._programs(problem, self._unedited(problem, style))
        return {
            "base": tuple(self._judge(problem, programs, world)),
            "oracle": tuple(self._judge(problem, programs, ())),
        }

    def _key(self, state: str, prompt: str, style: ProgramStyle) -> str:
        sampling = self.settings.sampling
        return generation_key(self.loaded.weights, state, prompt, sampling, stop_sequences(style))

    def _cached(self, key: str) -> list[Completion] | None:
        found = self.cache.get(key)
        return None if found is None else [Completion.from_dict(c) for c in found]

    def _generate(self, key: str, prompt: str, style: ProgramStyle) -> list[Completion]:
        completions = self.generator.complete(prompt, style)
        self.cache.put(key, [c.to_dict() for c in completions])
        self.generations += 1
        return completions

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


def _changes_prompts(editor: Editor) -> bool:
    return type(editor).prepare_prompt is not Editor.prepare_prompt
