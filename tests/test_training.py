"""Training the embedded default model: what is learnt, how it is batched, and that the same seed
gives the same weights (on a model small enough to train in seconds)."""

from __future__ import annotations

import dataclasses

import editing_models as em
import torch
from hypothesis import given
from hypothesis import strategies as st

from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.models.training import (
    IGNORED,
    Example,
    TrainingSettings,
    batches,
    build_model,
    collate,
    reference_examples,
    stdlib_examples,
    train,
    weights_hash,
)

TINY = TrainingSettings(
    epochs=3,
    learning_rate=1e-2,
    final_learning_rate=1e-3,
    warmup_steps=2,
    batch_tokens=512,
    window=96,
    prompt_tokens=40,
    stdlib_texts=2,
    hidden_size=32,
    intermediate_size=64,
    layers=1,
    heads=2,
)


def problems() -> list:
    return sorted(Benchmark.load().problems[:6], key=lambda p: p.id)  # as the examples are


def test_an_example_is_the_prompt_end_then_the_original_completion_learnt_to_its_end() -> None:
    tokenizer = em.tokenizer()
    roomy = dataclasses.replace(TINY, window=4096)
    examples = reference_examples(problems(), tokenizer, roomy)
    for problem, example in zip(problems(), examples, strict=True):
        prompt = tokenizer(problem.prompt)["input_ids"]
        assert list(example.ids[: example.start]) == prompt[-TINY.prompt_tokens :]
        learnt = list(example.ids[example.start :])
        assert learnt[-1] == tokenizer.eos_token_id
        assert tokenizer.decode(learnt[:-1]) == problem.completion(problem.original)
    cut = reference_examples(problems(), tokenizer, TINY)
    assert max(len(e.ids) for e in cut) == TINY.window


def test_labels_are_the_learnt_tokens_only() -> None:
    batch = [Example((5, 6, 7, 8), 2), Example((9, 10), 1)]
    ids, labels = collate(batch, pad=0)
    assert ids.tolist() == [[5, 6, 7, 8], [9, 10, 0, 0]]
    assert labels.tolist() == [[IGNORED, IGNORED, 7, 8], [IGNORED, 10, IGNORED, IGNORED]]


@given(st.lists(st.integers(1, 300), min_size=1, max_size=60), st.integers(200, 2000))
def test_batches_hold_every_example_once_within_the_token_budget(
    lengths: list[int], budget: int
) -> None:
    examples = [Example(tuple([i] * n), 0) for i, n in enumerate(lengths)]
    packed = batches(examples, budget, torch.Generator().manual_seed(0))
    assert sorted(e.ids[0] for batch in packed for e in batch) == list(range(len(lengths)))
    for batch in packed:
        assert len(batch) == 1 or len(batch) * max(len(e.ids) for e in batch) <= budget


def test_the_same_seed_gives_the_same_weights_and_the_loss_falls() -> None:
    tokenizer = em.tokenizer()

    def trained(settings: TrainingSettings) -> tuple[str, list[float]]:
        references = reference_examples(problems(), tokenizer, settings)
        model = build_model(tokenizer, settings)
        losses = train(
            model,
            lambda epoch: references + stdlib_examples(tokenizer, settings, epoch),
            tokenizer.pad_token_id,
            settings,
        )
        return weights_hash(model), losses

    first, losses = trained(TINY)
    again, _ = trained(TINY)
    other, _ = trained(dataclasses.replace(TINY, seed=1))
    assert first == again
    assert other != first
    assert losses[-1] < losses[0]


def test_each_epoch_reads_the_next_slice_of_the_standard_library() -> None:
    tokenizer = em.tokenizer()
    epochs = [stdlib_examples(tokenizer, TINY, epoch) for epoch in range(2)]
    assert all(len(examples) == TINY.stdlib_texts for examples in epochs)
    assert epochs[0] != epochs[1]
    assert all(e.start == 0 and len(e.ids) <= TINY.window for e in epochs[0])
