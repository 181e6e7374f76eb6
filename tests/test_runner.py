"""A problem evaluated end to end on the default model: generation, cache, edit, sandbox."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import editing_models as em
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_apiedit.benchmark.extract import ProgramStyle, stop_sequences
from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.editing.registry import make_editor
from pytest_apiedit.evaluation.edits import EditSchedule, edit_requests
from pytest_apiedit.evaluation.runner import (
    MIN_UNITS,
    UNIT_BATCHES,
    ProblemRunner,
    RunSettings,
    decoding_units,
)
from pytest_apiedit.generation.cache import GenerationCache, batch_key, generation_key
from pytest_apiedit.generation.framing import Framing, PromptFormat
from pytest_apiedit.generation.sampling import Sampling
from pytest_apiedit.models.loading import load_model
from pytest_apiedit.sandbox import Sandbox

SETTINGS = RunSettings(Sampling(samples=2, max_new_tokens=12), references=True)
BENCHMARK = Benchmark.load()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("apiedit-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTEST_APIEDIT_CACHE", str(root))
        loaded = load_model()
        problems = Benchmark.load().problems
        with Sandbox(parallelism=2) as sandbox:
            yield loaded, problems, sandbox, root


def runner(world, method: str, cache: Path, selection=()) -> ProblemRunner:
    loaded, problems, sandbox, _ = world
    editor = make_editor(method, loaded.model, loaded.tokenizer)
    schedule = EditSchedule(editor, edit_requests(problems))
    return ProblemRunner(
        loaded, schedule, sandbox, GenerationCache(cache), SETTINGS, "gw9", selection
    )


def untimed(record) -> list[tuple[str, str, object]]:
    """A record's samples without the judge's wall time, the one thing allowed to vary."""
    return [(s.completion, s.program, replace(s.verdict, wall_s=0)) for s in record.samples]


def group_problems(problems):
    group = problems[0].group
    return [p for p in problems if p.group == group][:3]


def test_a_rerun_is_served_from_the_cache_without_editing(world, tmp_path: Path) -> None:
    _, problems, _, _ = world
    mine = group_problems(problems)
    first = runner(world, "grace", tmp_path)
    first.prepare_references(mine)  # the unedited model's share first: no restore in the group
    records = [first.evaluate(p) for p in mine]
    assert [r.edit_serial for r in records] == [1] * len(mine)  # one edit for the group
    assert all(r.generated and r.worker == "gw9" for r in records)
    assert first.generations == 2 * len(mine)  # edited and unedited (references)
    first.close()

    again = runner(world, "grace", tmp_path)
    replayed = [again.evaluate(p) for p in mine]
    assert again.generations == 0 and again.schedule.editor.applied == []
    assert [untimed(r) for r in replayed] == [untimed(r) for r in records]
    assert all(not r.generated and r.edit_serial == 0 for r in replayed)


def test_records_carry_world_splits_verdicts_and_references(world, tmp_path: Path) -> None:
    _, problems, _, _ = world
    mine = group_problems(problems)
    run = runner(world, "none", tmp_path)
    run.prepare_references(mine)
    assert run.generations == len(mine)
    for problem in mine:
        record = run.evaluate(problem)
        assert record.world == (problem.group,) and record.split is problem.split
        assert len(record.samples) == 2
        assert set(record.references) == {"base", "oracle"}
        # `none` draws what the references drew: the same texts, judged in the same world
        base = [replace(v, wall_s=0) for v in record.references["base"]]
        assert [replace(s.verdict, wall_s=0) for s in record.samples] == base
        for sample in record.samples:
            assert sample.program.startswith(problem.prompt)
            assert (sample.verdict.adoption is None) == (problem.split is Split.SPECIFICITY)
    assert run.generations == len(mine)  # nothing more: `none` shares the unedited cache


def test_a_group_is_drawn_as_one_unit_named_in_the_cache_key(world, tmp_path: Path) -> None:
    """The first item of a unit draws the whole unit (its group's part of the selection,
    whichever item comes first, however few rows decode at once); a different selection is a
    different unit, drawn again."""
    _, problems, _, _ = world
    mine = group_problems(problems)
    settings = replace(SETTINGS, references=False, batch_rows=2 * 2)  # two problems at once
    loaded, _, sandbox, _ = world
    schedule = EditSchedule(
        make_editor("grace", loaded.model, loaded.tokenizer), edit_requests(problems)
    )
    run = ProblemRunner(loaded, schedule, sandbox, GenerationCache(tmp_path), settings, "gw9", mine)
    last = run.evaluate(mine[-1])
    assert run.generations == len(mine) and last.generated and last.edit_serial == 1
    records = [run.evaluate(p) for p in mine]
    assert run.generations == len(mine)
    assert [r.edit_serial for r in records] == [1] * len(mine) and all(r.generated for r in records)
    assert untimed(records[-1]) == untimed(last)
    run.close()

    alone = ProblemRunner(loaded, schedule, sandbox, GenerationCache(tmp_path), settings, "gw9")
    alone.evaluate(mine[1])
    assert alone.generations == 1  # decoded without the others beside it: not the same unit
    alone.close()


def test_an_edited_runs_references_are_the_none_runs_samples(world, tmp_path: Path) -> None:
    """The unedited model's draws are packed across groups in every run, so after `none` on a
    selection an edited run on it draws only its edited samples, and its references are
    `none`'s, judged alike."""
    _, problems, _, _ = world
    ordered = sorted(problems, key=lambda p: (p.group, p.split, p.id))
    groups = sorted({p.group for p in ordered})[:3]
    selection = [p for g in groups for p in [q for q in ordered if q.group == g][:2]]
    unedited = runner(world, "none", tmp_path, selection)
    plain = [unedited.evaluate(p) for p in selection]
    assert unedited.generations == len(selection)  # one packed unit: its samples and references
    edited = runner(world, "grace", tmp_path, selection)
    records = [edited.evaluate(p) for p in selection]
    edited.close()
    assert edited.generations == len(selection)  # the edited samples only
    assert all(r.generated for r in records)
    for mine, theirs in zip(records, plain, strict=True):
        assert mine.reference_programs == theirs.reference_programs
        assert mine.reference_programs == tuple(s.program for s in theirs.samples)
        for world_name in ("base", "oracle"):
            assert [replace(v, wall_s=0) for v in mine.references[world_name]] == [
                replace(v, wall_s=0) for v in theirs.references[world_name]
            ]


@settings(max_examples=40, deadline=None)
@given(
    groups=st.integers(1, 12),
    batch_rows=st.integers(1, 80),
    samples=st.integers(1, 5),
    greedy=st.booleans(),
    shared=st.booleans(),
)
def test_units_are_whole_groups_in_order_packed_to_the_row_limit_when_shared(
    groups: int, batch_rows: int, samples: int, greedy: bool, shared: bool
) -> None:
    selection = sorted(BENCHMARK.problems, key=lambda p: (p.group, p.split, p.id))
    chosen = sorted({p.group for p in selection})[:groups]
    selection = [p for p in selection if p.group in chosen]
    sampling = Sampling(samples=samples, temperature=0 if greedy else 0.2)
    units = decoding_units(selection, RunSettings(sampling, batch_rows=batch_rows), shared)
    assert [p for unit in units for p in unit] == selection
    spans = [[p.group for p in unit] for unit in units]
    whole = [sorted(set(span), key=span.index) for span in spans]
    assert sum(map(len, whole)) == groups  # no group is cut
    rows = [(1 if greedy else samples) * len(unit) for unit in units]
    every = (1 if greedy else samples) * len(selection)
    limit = min(UNIT_BATCHES * batch_rows, max(batch_rows, -(-every // MIN_UNITS)))
    if not shared:
        assert all(len(groups_of) == 1 for groups_of in whole)
        return
    sizes = {g: sum(p.group == g for p in selection) for g in chosen}
    for index, (unit_rows, groups_of) in enumerate(zip(rows, whole, strict=True)):
        assert unit_rows <= limit or len(groups_of) == 1  # a larger group is a unit alone
        if index + 1 < len(units):  # the next group did not fit
            following = sizes[whole[index + 1][0]] * (1 if greedy else samples)
            assert unit_rows + following > limit


def test_chat_framing_puts_the_same_framed_prompt_to_the_edit_and_to_generation(
    world, tmp_path: Path
) -> None:
    loaded, problems, sandbox, _ = world
    tokenizer = em.with_chat_template(loaded.tokenizer)
    chat = replace(loaded, tokenizer=tokenizer)
    framing = Framing(PromptFormat.CHAT, tokenizer)
    reliability = next(p for p in problems if p.split is Split.RELIABILITY)
    requests = edit_requests(problems, framing)
    request = requests[reliability.group]
    assert request.prompt == framing.prompt_of(reliability) != reliability.prompt
    assert request.target == reliability.migrated
    group = [p for p in problems if p.group == reliability.group]
    unrelated = next(p for p in group if p.split is Split.SPECIFICITY)
    assert request.unrelated == (framing.prompt_of(unrelated),)

    editor = make_editor("grace", loaded.model, tokenizer)
    settings = replace(SETTINGS, references=False)
    run = ProblemRunner(
        chat,
        EditSchedule(editor, requests),
        sandbox,
        GenerationCache(tmp_path),
        settings,
        selection=[reliability],
        framing=framing,
    )
    record = run.evaluate(reliability)
    assert editor.applied == [request]
    stops = stop_sequences(ProgramStyle.of(reliability))
    key = generation_key(
        loaded.weights,
        run.schedule.state_key(reliability.group),
        request.prompt,
        settings.sampling,
        stops,
        batch_key([(request.prompt, stops)]),
        settings.batch_rows,
    )
    assert GenerationCache(tmp_path).get(key) is not None  # drawn from the framed prompt
    assert all(sample.program.startswith(reliability.prompt) for sample in record.samples)
    run.close()
