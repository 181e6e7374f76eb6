"""The edit schedule on a real tiny model: lazy, once per group, exact restore, stable keys."""

from __future__ import annotations

import types

import editing_models as em
import pytest
import torch

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.editing.easyedit.editor import EasyEditParams
from pytest_apiedit.editing.registry import make_editor
from pytest_apiedit.evaluation.edits import (
    UNEDITED,
    EditSchedule,
    EditStep,
    Regime,
    edit_requests,
    successive_order,
)
from pytest_apiedit.evaluation.runner import put_in_force


@pytest.fixture
def grace(tmp_path):
    model = em.trained("llama")
    path = tmp_path / "grace.yaml"
    path.write_text("eps: 0.5\n")
    return model, make_editor("grace", model, em.tokenizer(), path)


def requests_by_group():
    return {request.modification: request for request in em.requests()[:3]}


def state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.clone() for k, v in model.state_dict().items()}


def test_single_regime_edits_each_group_once_and_only_when_asked(grace) -> None:
    model, editor = grace
    requests = requests_by_group()
    schedule = EditSchedule(editor, requests)
    assert schedule.applications == 0 and editor.applied == []  # nothing until a group is asked
    first, second = list(requests)[:2]
    assert schedule.step_to(first) == EditStep(first, restore=False, apply=(requests[first],))
    assert put_in_force(schedule, first) == put_in_force(schedule, first) == 1
    assert schedule.step_to(first) is None  # in force: nothing to do
    assert [r.modification for r in editor.applied] == [first]
    prompt, target = requests[first].prompt, requests[first].target
    assert em.greedy(model, prompt, em.target_tokens(target)) == target
    assert schedule.step_to(second) == EditStep(second, restore=True, apply=(requests[second],))
    assert put_in_force(schedule, second) == 2
    assert [r.modification for r in editor.applied] == [second]  # the first was restored
    assert em.greedy(model, prompt, em.target_tokens(target)) != target
    assert schedule.world(second) == (second,)
    assert put_in_force(schedule, None) == 0 and editor.applied == []


def test_successive_regime_applies_the_sequence_once_for_every_group(grace) -> None:
    model, editor = grace
    before = state(model)
    requests = requests_by_group()
    order = successive_order(list(requests), seed=3)
    schedule = EditSchedule(editor, requests, Regime.SUCCESSIVE, order)
    serials = {put_in_force(schedule, group) for group in requests}
    assert serials == {1}
    assert [r.modification for r in editor.applied] == list(order)
    assert {schedule.state_key(g) for g in requests} == {schedule.state_key(order[0])}
    assert schedule.world(order[0]) == order
    put_in_force(schedule, None)
    assert all(torch.equal(v, before[k]) for k, v in model.state_dict().items())


def test_state_keys_name_method_settings_and_group(grace, tmp_path) -> None:
    model, editor = grace
    requests = requests_by_group()
    first, second = list(requests)[:2]
    schedule = EditSchedule(editor, requests)
    assert schedule.state_key(first) != schedule.state_key(second)
    assert schedule.state_key(first) == EditSchedule(editor, requests).state_key(first)
    other = tmp_path / "other.yaml"
    other.write_text("eps: 0.25\n")
    retuned = make_editor("grace", model, em.tokenizer(), other)
    assert EditSchedule(retuned, requests).state_key(first) != schedule.state_key(first)
    unedited = EditSchedule(make_editor("none", model, em.tokenizer()), requests)
    assert unedited.state_key(first) == unedited.state_key(second) == UNEDITED


def test_every_group_gets_a_request_from_its_reliability_problem() -> None:
    problems = Benchmark.load().problems
    requests = edit_requests(problems)
    assert len(requests) == 140
    reliability = {p.group: p for p in problems if p.split is Split.RELIABILITY}
    for group, request in requests.items():
        assert request.prompt == reliability[group].prompt
        assert len(request.unrelated) == 1  # every group has specificity problems
    assert successive_order(list(requests), 0, 10) == successive_order(
        sorted(requests, reverse=True), 0, 10
    )
    assert successive_order(list(requests), 0, 10) != successive_order(list(requests), 1, 10)


def test_easyedit_settings_resolve_to_the_same_plain_values_in_every_process() -> None:
    """EasyEdit's own hyperparameter objects may hold things JSON cannot: their fingerprint must
    not be a repr with a memory address, or no generation would ever be found in the cache."""

    def native(lr: float) -> types.SimpleNamespace:
        return types.SimpleNamespace(layers=[5], edit_lr=lr, device=object())

    first, again = EasyEditParams("rome", native(0.5)), EasyEditParams("rome", native(0.5))
    assert first.resolved() == again.resolved()
    assert first.resolved()["easyedit"] == {"layers": [5], "edit_lr": 0.5, "device": "<object>"}
    assert EasyEditParams("rome", native(0.1)).resolved() != first.resolved()
