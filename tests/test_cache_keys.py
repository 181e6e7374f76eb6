"""Cache keys that cannot collide in practice, on real tiny models built from configs.

The weights fingerprint names every byte of every parameter and buffer; the edit-state key names
every input of the edit. A key shared by two different models or edits would serve one's cached
generations (or second moments) as the other's.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import editing_models as em
import pytest
import torch
import transformers
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_apiedit.editing.covariance import Statistics
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.registry import EDITORS, make_editor
from pytest_apiedit.editing.request import EditRequest
from pytest_apiedit.evaluation.edits import UNEDITED, EditSchedule, Regime
from pytest_apiedit.generation.cache import generation_key
from pytest_apiedit.generation.sampling import Sampling
from pytest_apiedit.models.weights import fingerprint

CORPUS = ("def f(x):\n    return x + 1\n", "import math\nprint(math.pi)\n")


@functools.cache
def built(architecture: str) -> transformers.PreTrainedModel:
    """Untrained, from a seeded initialisation: every weight is distinct, which is all a
    fingerprint test needs."""
    torch.manual_seed(0)
    return transformers.AutoModelForCausalLM.from_config(em.config(architecture)).eval()


def tensors(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """Every tensor the fingerprint reads: parameters and buffers."""
    return {**dict(model.named_parameters()), **dict(model.named_buffers())}


@contextmanager
def nudged(tensor: torch.Tensor, index: int) -> Iterator[None]:
    """One element moved to the next representable value (one ulp), then put back."""
    flat = tensor.data.view(-1)
    old = flat[index].clone()
    with torch.no_grad():
        flat[index] = torch.nextafter(old, torch.tensor(float("inf"), dtype=old.dtype))
    try:
        yield
    finally:
        with torch.no_grad():
            flat[index] = old


@pytest.mark.parametrize("architecture", em.ARCHITECTURES)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_one_ulp_anywhere_in_any_tensor_changes_the_fingerprint(architecture, data) -> None:
    model = built(architecture)
    named = tensors(model)
    name = data.draw(st.sampled_from(sorted(n for n, t in named.items() if t.is_floating_point())))
    index = data.draw(st.integers(0, named[name].numel() - 1))
    before = fingerprint(model)
    with nudged(named[name], index):
        changed = fingerprint(model)
    assert changed != before, (name, index)
    assert fingerprint(model) == before  # put back: the same bytes, the same key


def test_an_element_a_strided_sample_skips_changes_the_fingerprint_and_generation_key() -> None:
    """The sampled fingerprint read every ninth entry of the embedding and missed entry 1."""
    model = built("llama")
    other = copy.deepcopy(model)
    with torch.no_grad():
        other.model.embed_tokens.weight.view(-1)[1] += 1e-3
    assert fingerprint(other) != fingerprint(model)
    sampling, stops = Sampling(), ("\nprint(",)
    first, second = (
        generation_key(fingerprint(m), UNEDITED, "def f():", sampling, stops)
        for m in (model, other)
    )
    assert first != second


def test_equal_weights_give_the_same_fingerprint_wherever_they_were_loaded_from(
    tmp_path: Path,
) -> None:
    model = built("qwen2")
    model.save_pretrained(tmp_path)
    reloaded = transformers.AutoModelForCausalLM.from_pretrained(tmp_path).eval()
    assert fingerprint(reloaded) == fingerprint(copy.deepcopy(model)) == fingerprint(model)
    assert len(fingerprint(model)) == 64  # the whole sha256


def test_the_fingerprint_names_which_tensor_holds_which_bytes_and_their_dtype() -> None:
    """Swapping two same-shape weights keeps the multiset of bytes; a dtype cast keeps names and
    shapes: both are different models."""
    model = built("llama")
    swapped = copy.deepcopy(model)
    attention = swapped.model.layers[0].self_attn
    with torch.no_grad():
        query = attention.q_proj.weight.clone()
        attention.q_proj.weight.copy_(attention.k_proj.weight)
        attention.k_proj.weight.copy_(query)
    assert fingerprint(swapped) != fingerprint(model)
    assert fingerprint(copy.deepcopy(model).to(torch.bfloat16)) != fingerprint(model)


@pytest.fixture(scope="module")
def rome(tmp_path_factory: pytest.TempPathFactory) -> Editor:
    """A ROME editor (it reads second moments) over a small corpus of its own."""
    model = built("llama")
    editor = make_editor("rome", model, em.tokenizer())
    statistics = Statistics(model, em.tokenizer(), CORPUS, tmp_path_factory.mktemp("moments"))
    return rebuilt(editor, statistics=statistics)


def rebuilt(editor: Editor, **changes: object) -> Editor:
    """The same method on the same model, with some of its inputs replaced."""
    inputs = {"params": editor.params, "statistics": editor.statistics, "seed": editor.seed}
    inputs.update(changes)
    return EDITORS[editor.name](
        editor.model, editor.tokenizer, inputs["params"], editor.layout, inputs["statistics"],
        inputs["seed"],
    )


def requests_by_group() -> dict[str, EditRequest]:
    return {request.modification: request for request in em.requests()[:4]}


def key(
    editor: Editor,
    requests: dict[str, EditRequest] | None = None,
    group: str = "edit_0",
    **options: object,
) -> str:
    return EditSchedule(editor, requests or requests_by_group(), **options).state_key(group)


def test_identical_inputs_give_identical_edit_state_keys(rome) -> None:
    """Built twice, from equal but separate objects: nothing like an address or an order of
    insertion enters the key."""
    twin = rebuilt(rome, params=copy.deepcopy(rome.params))
    again = dict(reversed(requests_by_group().items()))
    assert key(rome, benchmark="a" * 64) == key(twin, again, benchmark="a" * 64)


def test_each_input_of_an_edit_changes_its_state_key(rome, tmp_path: Path) -> None:
    requests = requests_by_group()
    retargeted = {**requests, "edit_0": dataclasses.replace(requests["edit_0"], target=" x\n")}
    other_corpus = Statistics(rome.model, rome.tokenizer, CORPUS[:1], tmp_path)
    retuned = dataclasses.replace(rome.params, v_lr=rome.params.v_lr / 2)
    base = key(rome, benchmark="a" * 64)
    variants = {
        "target": key(rome, retargeted, benchmark="a" * 64),
        "hyperparameter": key(rebuilt(rome, params=retuned), benchmark="a" * 64),
        "corpus": key(rebuilt(rome, statistics=other_corpus), benchmark="a" * 64),
        "benchmark": key(rome, benchmark="b" * 64),
        "seed": key(rebuilt(rome, seed=1), benchmark="a" * 64),
        "group": key(rome, group="edit_1", benchmark="a" * 64),
    }
    assert base not in variants.values(), variants
    assert len(set(variants.values())) == len(variants)


@settings(max_examples=60, deadline=None)
@given(
    field=st.sampled_from(["prompt", "target", "note"]),
    first=st.text(max_size=40),
    second=st.text(max_size=40),
)
def test_two_requests_share_a_state_key_exactly_when_they_are_equal(
    rome, field, first, second
) -> None:
    requests = requests_by_group()

    def with_value(value: str) -> str:
        changed = {**requests, "edit_0": dataclasses.replace(requests["edit_0"], **{field: value})}
        return key(rome, changed)

    assert (with_value(first) == with_value(second)) == (first == second)


def test_a_successive_key_names_every_request_in_the_sequence_and_only_those(rome) -> None:
    requests = requests_by_group()
    order = ("edit_2", "edit_0")

    def successive(changed: dict) -> str:
        return key(rome, changed, "edit_0", regime=Regime.SUCCESSIVE, order=order)

    def unrelated(group: str) -> dict:
        prompts = ("def other():\n    return",)
        return {**requests, group: dataclasses.replace(requests[group], unrelated=prompts)}

    assert successive(unrelated("edit_2")) != successive(requests)  # in the sequence
    assert successive(unrelated("edit_3")) == successive(requests)  # not applied
    reordered = key(rome, requests, "edit_0", regime=Regime.SUCCESSIVE, order=order[::-1])
    assert reordered != successive(requests)
