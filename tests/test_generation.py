"""Model loading, batched generation, completion extraction and the generation cache, for real."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import editing_models as em
import pytest
import torch
import transformers
from hypothesis import given, settings
from hypothesis import strategies as st
from transformers import DynamicCache

from pytest_apiedit.benchmark.extract import ProgramStyle, extract_program, stop_sequences
from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.evaluation.records import ProblemRecord, SampleRecord
from pytest_apiedit.generation.cache import GenerationCache, batch_key, generation_key
from pytest_apiedit.generation.framing import FENCE, Framing, FramingError, PromptFormat
from pytest_apiedit.generation.generator import Completion, Generator, _StopStrings
from pytest_apiedit.generation.kvcache import SPARE, RoomyLayer, roomy_cache
from pytest_apiedit.generation.nucleus import in_nucleus, nucleus_sample
from pytest_apiedit.generation.sampling import Sampling
from pytest_apiedit.models.default import EMBEDDED
from pytest_apiedit.models.loading import ModelLoadError, load_model, worker_device, worker_threads
from pytest_apiedit.models.training import weights_hash
from pytest_apiedit.sandbox import Adoption, ErrorClass, Verdict


@pytest.fixture(scope="module")
def llama() -> torch.nn.Module:
    return em.trained("llama")


def test_greedy_batched_and_one_by_one_agree_and_write_the_learned_completion(llama) -> None:
    prompt, original, _ = em.EDITS[2]
    sampling = Sampling(samples=3, temperature=0, max_new_tokens=em.target_tokens(original))
    generator = Generator(llama, em.tokenizer(), sampling)
    batched = generator.complete(prompt, ProgramStyle.FUNCTION)
    assert batched == generator.complete_one_by_one(prompt, ProgramStyle.FUNCTION)
    assert [c.text for c in batched] == [original] * 3


def test_samples_leave_the_batch_as_they_end_and_the_rest_keep_their_own_cache(llama) -> None:
    """Every sampled token lies in the nucleus of its own sample's prefix, recomputed without a
    cache: a row that left the batch and took the wrong cache rows with it would break this."""
    prompt, original, _ = em.EDITS[2]
    greedy = Generator(llama, em.tokenizer(), Sampling(samples=2, temperature=0))
    assert greedy.complete(prompt, ProgramStyle.FUNCTION)[0] == Completion(original, True)
    sampling = Sampling(samples=8, temperature=2.0, top_p=0.6, max_new_tokens=16)
    follower = Follower()
    generator = Generator(llama, em.tokenizer(), sampling, follower)
    kept = follower.moves
    prompt = "def"  # many learned continuations: the rows part ways at once
    rng = torch.Generator().manual_seed(0)
    samples = generator.sample([(prompt, ProgramStyle.FUNCTION)], 8, [rng])[0]
    assert len({len(tokens) for tokens, _ in samples}) >= 3  # rows left at different steps
    assert kept[0] == [0] * 8  # the prompt's row repeated after the prefill
    alive = list(range(8))  # then every drop, with the rows that stayed
    for rows in kept[1:]:
        alive = [alive[row] for row in rows]
    longest = max(len(tokens) for tokens, _ in samples)
    assert len(kept) >= 3 and all(len(samples[row][0]) >= longest - 1 for row in alive)
    assert all(done == (len(tokens) < 16) for tokens, done in samples)
    prompt_ids = em.tokenizer()(prompt)["input_ids"]
    for tokens, _ in samples:
        with torch.no_grad():
            logits = llama(torch.tensor([prompt_ids + tokens])).logits[0, len(prompt_ids) - 1 :]
        probs = torch.softmax(logits[: len(tokens)] / sampling.temperature, -1)
        drawn = probs.gather(1, torch.tensor(tokens)[:, None])
        above = (probs * (probs > drawn + 1e-6)).sum(-1)
        assert bool((above < sampling.top_p).all())


class Follower:
    """Holds something per row (as a memory editor does) and records how the rows moved."""

    def __init__(self, follows_rows: bool = True) -> None:
        self.follows_rows = follows_rows
        self.moves: list[list[int]] = []

    def select_rows(self, rows: torch.Tensor) -> None:
        self.moves.append(rows.tolist())


@pytest.mark.parametrize("architecture", ["gpt2", "llama"])  # learned and rotary positions
@pytest.mark.parametrize("capacity", [64, 4])  # all at once; rows refilled as others end
def test_prompts_decoded_together_write_what_each_writes_alone(
    architecture: str, capacity: int
) -> None:
    """Left padding, its attention mask and positions, rows joining a running cache, and each
    prompt's own RNG: a prompt's samples among prompts of other lengths are the ones it draws
    alone."""
    model = em.trained(architecture)
    prompts = [(p, ProgramStyle.FUNCTION) for p, _, _ in em.EDITS[:6]]
    prompts += [(p, ProgramStyle.FUNCTION) for p, _ in em.UNRELATED]
    assert len({len(em.tokenizer()(p)["input_ids"]) for p, _ in prompts}) == 3
    for sampling in (
        Sampling(samples=2, temperature=0, max_new_tokens=12),
        Sampling(samples=4, temperature=1.0, max_new_tokens=12),
    ):
        generator = Generator(model, em.tokenizer(), sampling, capacity=capacity)
        together = generator.complete_many(prompts)
        assert together == [generator.complete(*prompt) for prompt in prompts]
    learned = [original for _, original, _ in em.EDITS[:6]] + [done for _, done in em.UNRELATED]
    greedy = Generator(model, em.tokenizer(), Sampling(samples=1, temperature=0))
    assert [c[0].text for c in greedy.complete_many(prompts)] == learned


def test_rows_that_end_make_room_for_the_next_prompts_unless_rows_are_followed(llama) -> None:
    """Refilled, a call decodes in fewer steps than batch after batch and writes the same; while
    something follows the rows, batches run one after the other."""
    prompts = [(p, ProgramStyle.FUNCTION) for p, _, _ in em.EDITS[:6]] * 2
    # The longest prompts, admitted first, whose rows end at once: their room is refilled.
    early = "# total, biggest, smallest, distance and rounded numbers\ndef"
    prompts += [(early, ProgramStyle.FUNCTION)] * 2
    sampling = Sampling(samples=2, temperature=0.8, max_new_tokens=24)
    widths: list[int] = []

    def count(_: torch.nn.Module, __: tuple, kwargs: dict) -> None:
        cache = kwargs.get("past_key_values") or kwargs.get("cache")
        widths.append(cache.get_seq_length())  # 0: a prefill

    hook = llama.register_forward_pre_hook(count, with_kwargs=True)
    drawn, steps, prefills = {}, {}, {}
    try:
        for follows in (False, True):
            widths.clear()
            generator = Generator(llama, em.tokenizer(), sampling, Follower(follows), capacity=6)
            drawn[follows] = generator.sample(prompts, 2)
            prefills[follows] = widths.count(0)
            steps[follows] = len(widths) - prefills[follows]
    finally:
        hook.remove()
    assert drawn[False] == drawn[True]
    assert steps[False] < steps[True]
    assert prefills[True] == 5  # 14 prompts in whole batches of 3 (6 rows)
    assert prefills[False] > prefills[True]  # smaller admissions, as rows end


def sorted_nucleus(probs: torch.Tensor, top_p: float) -> set[int]:
    """The usual definition, by sorting: tokens whose more probable tokens hold < top_p of the
    mass (every possible token when top_p is 1)."""
    ranked = sorted(enumerate(probs.tolist()), key=lambda pair: -pair[1])
    kept: set[int] = set()
    for token, p in ranked:
        above = sum(q for _, q in ranked if q > p)
        if p > 0 and (top_p >= 1 or above < top_p):
            kept.add(token)
    return kept


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(0, 10), min_size=2, max_size=12).filter(lambda w: sum(w) > 0.1),
    st.floats(0.05, 1.0),
    st.integers(0, 2**31),
)
def test_nucleus_draws_stay_in_the_sorted_nucleus(weights, top_p, seed) -> None:
    probs = torch.tensor(weights, dtype=torch.float64)
    probs /= probs.sum()
    nucleus = sorted_nucleus(probs, top_p)
    tokens = torch.arange(len(weights))[None]
    assert set(torch.nonzero(in_nucleus(probs[None], tokens, top_p)[0]).flatten().tolist()) == (
        nucleus
    )
    rng = torch.Generator().manual_seed(seed)
    draws = nucleus_sample(probs[None].expand(64, -1), top_p, rng)
    assert set(draws.tolist()) <= nucleus


def test_nucleus_draws_follow_the_renormalised_nucleus() -> None:
    probs = torch.tensor([0.4, 0.3, 0.2, 0.06, 0.04])
    rng = torch.Generator().manual_seed(0)
    draws = nucleus_sample(probs[None].expand(40_000, -1), 0.85, rng)
    shares = torch.bincount(draws, minlength=5) / 40_000
    assert torch.allclose(shares, torch.tensor([4 / 9, 3 / 9, 2 / 9, 0, 0]), atol=0.01)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(["x", " = ", "1", "\n", "print(", "assert ", '"""', "é", "    ", "\t"]),
        max_size=30,
    ),
    st.sampled_from(["def f():\n", "def f():"]),
)
def test_the_stop_check_on_the_tail_fires_exactly_when_the_text_first_holds_a_stop(
    pieces, prompt
) -> None:
    tokenizer = em.tokenizer()
    stops = stop_sequences(ProgramStyle.FUNCTION)
    tokens = tokenizer("".join(pieces), add_special_tokens=False)["input_ids"]
    check = _StopStrings(tokenizer, stops, prompt)
    lead = prompt[-1]

    def holds(i: int) -> bool:
        return any(stop in lead + tokenizer.decode(tokens[:i]) for stop in stops)

    first_by_tail = next((i for i in range(1, len(tokens) + 1) if check.reached(tokens[:i])), None)
    first_in_text = next((i for i in range(1, len(tokens) + 1) if holds(i)), None)
    assert first_by_tail == first_in_text


def test_sampling_is_seeded_by_the_prompt_not_by_what_came_before(llama) -> None:
    prompts = [p for p, _, _ in em.EDITS[:3]]
    generator = Generator(llama, em.tokenizer(), Sampling(samples=4, temperature=1.5, seed=7))
    forwards = [generator.complete(p, ProgramStyle.FUNCTION) for p in prompts]
    backwards = [generator.complete(p, ProgramStyle.FUNCTION) for p in reversed(prompts)]
    assert forwards == backwards[::-1]
    other_seed = Generator(llama, em.tokenizer(), Sampling(samples=4, temperature=1.5, seed=8))
    assert other_seed.complete(prompts[0], ProgramStyle.FUNCTION) != forwards[0]
    assert len({c.text for c in forwards[0]}) > 1  # samples of one call differ


def tiny_gqa(architecture: str) -> torch.nn.Module:
    """An untrained model whose attention has fewer key-value heads than query heads (as the
    Qwen2.5-Coder models have), or GPT-2's (one key-value head per head)."""
    torch.manual_seed(0)
    config = em.config(architecture)
    if architecture == "qwen2":
        config = transformers.Qwen2Config(**{**config.to_dict(), "num_key_value_heads": 2})
    return transformers.AutoModelForCausalLM.from_config(config).eval()


@pytest.mark.parametrize("architecture", ["qwen2", "gpt2"])
def test_the_roomy_cache_gives_the_same_logits_bit_for_bit_and_copies_rarely(
    architecture: str,
) -> None:
    """Left-padded rows decoded past the first room, a row leaving and the padding trimmed on
    the way (as the generator does): every step's logits equal those over transformers' own
    cache exactly, and the roomy cache's buffers were made anew only at those moves and when
    the room ran out."""
    model = tiny_gqa(architecture)
    lengths = [9, 4, 12, 7]
    ids = [list(range(3, 3 + n)) for n in lengths]
    input_ids, mask = torch.zeros(4, 12, dtype=torch.long), torch.zeros(4, 12, dtype=torch.long)
    for row, tokens in enumerate(ids):
        input_ids[row, 12 - len(tokens) :] = torch.tensor(tokens)
        mask[row, 12 - len(tokens) :] = 1
    steps = SPARE + 20

    def decode(cache: DynamicCache) -> tuple[list[torch.Tensor], int]:
        tokens, padding = input_ids, mask
        positions = (mask.cumsum(-1) - 1).clamp_min(0)
        logits, buffers = [], []  # every step's keys, held so no later buffer reuses an address
        with torch.no_grad():
            for step in range(steps):
                out = model(
                    input_ids=tokens,
                    past_key_values=cache,
                    attention_mask=padding,
                    position_ids=positions,
                    use_cache=True,
                ).logits[:, -1]  # [rows, vocab]
                logits.append(out)
                buffers.append(cache.layers[0].keys)
                tokens = out.argmax(-1, keepdim=True)  # [rows, 1]
                positions = positions[:, -1:] + 1
                padding = torch.cat([padding, padding.new_ones(len(padding), 1)], 1)
                if step == 5:  # the longest row leaves: only the other rows stay
                    keep = torch.tensor([0, 1, 3])
                    cache.batch_select_indices(keep)
                    tokens, positions, padding = tokens[keep], positions[keep], padding[keep]
                if step == 6:  # the column padded in every row left is trimmed
                    first = int(padding[:, :-1].any(0).int().argmax())
                    assert first > 0
                    for layer in cache.layers:
                        layer.keys = layer.keys[:, :, first:]  # [rows, heads, T - first, d]
                        layer.values = layer.values[:, :, first:]
                    padding = padding[:, first:]
        return logits, len({keys.data_ptr() for keys in buffers})

    theirs, _ = decode(DynamicCache(config=model.config))
    cache = roomy_cache(model.config)
    assert all(isinstance(layer, RoomyLayer) for layer in cache.layers)
    mine, made = decode(cache)
    assert all(torch.equal(a, b) for a, b in zip(mine, theirs, strict=True))
    # made at the prefill, after the row left, after the trim, and once the room ran out
    assert made == 4


def test_a_sliding_window_model_keeps_transformers_own_cache() -> None:
    config = transformers.Qwen2Config(
        **{**em.config("qwen2").to_dict(), "layer_types": ["sliding_attention"] * 4}
    )
    config.sliding_window = 8
    cache = roomy_cache(config)
    assert cache.layers and not any(isinstance(layer, RoomyLayer) for layer in cache.layers)


def test_a_function_completion_keeps_helpers_and_stops_at_test_code() -> None:
    prompt = "def f(x):\n"
    completion = "    return g(x)\n\ndef g(x):\n    return x\n\nprint(f(2))\nassert f(1)\n"
    program = extract_program(prompt, completion, ProgramStyle.FUNCTION, finished=True)
    assert program == "def f(x):\n    return g(x)\n\ndef g(x):\n    return x\n\n"
    stdin = 'n = int(input())\nif __name__ == "__main__":\n    print(n)\n"""Next problem'
    assert extract_program('"""Task."""\n', stdin, ProgramStyle.STDIN, finished=True) == (
        '"""Task."""\nn = int(input())\nif __name__ == "__main__":\n    print(n)\n'
    )
    unfinished = "    y = x + 1\n    return y +"
    assert extract_program(prompt, unfinished, ProgramStyle.FUNCTION, finished=False) == (
        "def f(x):\n    y = x + 1\n"
    )
    assert extract_program(prompt, '"""\nmore', ProgramStyle.FUNCTION, finished=True) == (
        "def f(x):\n\n"
    )


def test_a_reference_that_continues_its_prompt_survives_extraction() -> None:
    """HumanEval's references continue their prompts: as completions they must come through."""
    continuing = [p for p in Benchmark.load().problems if p.original.startswith(p.prompt)]
    assert len(continuing) >= 100
    for problem in continuing:
        rest = problem.original.removeprefix(problem.prompt)
        program = extract_program(problem.prompt, rest, ProgramStyle.of(problem), finished=True)
        assert program == problem.original, problem.id


def test_the_cache_returns_what_was_put_under_the_same_key_only(tmp_path: Path) -> None:
    cache = GenerationCache(tmp_path)
    sampling = Sampling()
    key = generation_key("w1", "none", "def f():", sampling, ("\nprint(",))
    assert cache.get(key) is None
    cache.put(key, [{"text": "pass", "finished": True}])
    assert cache.get(key) == [{"text": "pass", "finished": True}]
    changed = [
        generation_key("w2", "none", "def f():", sampling, ("\nprint(",)),
        generation_key("w1", "grace:x", "def f():", sampling, ("\nprint(",)),
        generation_key("w1", "none", "def g():", sampling, ("\nprint(",)),
        generation_key("w1", "none", "def f():", Sampling(seed=1), ("\nprint(",)),
        generation_key("w1", "none", "def f():", sampling, ()),
        generation_key("w1", "none", "def f():", sampling, ("\nprint(",), batch_key([])),
    ]
    assert key not in changed and len(set(changed)) == len(changed)
    assert all(cache.get(other) is None for other in changed)
    path = next((tmp_path / "generations").rglob("*.json"))
    path.write_text("{truncated")
    assert cache.get(key) is None  # a damaged entry is a miss, not a crash


@pytest.mark.parametrize("gpus", [1, 2, 4, 8])
def test_workers_take_gpus_round_robin(gpus: int) -> None:
    """`-n W` on G visible GPUs (torch counts those `CUDA_VISIBLE_DEVICES` leaves, and numbers
    them from 0): worker gwI takes GPU I mod G, so the GPUs hold W/G workers each, one more at
    most; `--model-device` overrides; no GPU: the CPU."""
    for workers in (1, 2, 3, 4, 8, 16):
        placed = [worker_device("auto", f"gw{i}", gpus) for i in range(workers)]
        assert placed == [f"cuda:{i % gpus}" for i in range(workers)]
        per_gpu = Counter(placed)
        assert len(per_gpu) == min(workers, gpus)
        assert max(per_gpu.values()) - min(per_gpu.values()) <= 1
    assert worker_device("auto", None, gpus) == "cuda:0"  # no xdist: the first GPU
    assert worker_device("cuda:0", "gw5", gpus) == "cuda:0"
    assert worker_device("cpu", "gw1", gpus) == "cpu"
    assert worker_device("auto", "gw3", 0) == "cpu"


def test_cpu_workers_share_the_cores() -> None:
    assert worker_threads("2", 2) == 1
    assert worker_threads("4", 16) == 4
    assert worker_threads("8", 2) == 1  # never none
    assert worker_threads(None, 16) is None  # no xdist: torch's own choice


@pytest.mark.usefixtures("apiedit_env")
def test_the_default_model_is_the_embedded_one_as_trained_and_loads_offline() -> None:
    loaded = load_model()
    trained = json.loads((EMBEDDED / "training.json").read_text())
    assert weights_hash(loaded.model) == trained["weights_sha256"]  # the shipped files, unchanged
    assert loaded.weights == load_model().weights
    problem = next(p for p in Benchmark.load().problems if p.split is Split.RELIABILITY)
    sampling = Sampling(samples=2, max_new_tokens=8)
    texts = Generator(loaded.model, loaded.tokenizer, sampling).complete(
        problem.prompt, ProgramStyle.of(problem)
    )
    assert len(texts) == 2


def test_a_missing_model_is_one_line_naming_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="does not exist: check the --model path"):
        load_model(str(tmp_path / "absent"))
    with pytest.raises(ModelLoadError, match=r"has no config\.json"):
        load_model(str(tmp_path))
    with pytest.raises(ModelLoadError, match="cannot load model 'no-such-org/no-such-model'") as e:
        load_model("no-such-org/no-such-model")
    assert "\n" not in str(e.value)


def test_a_problem_record_round_trips_and_explains_its_failure() -> None:
    stale = Verdict(
        False,
        False,
        0,
        3,
        Adoption.STALE_API,
        ErrorClass.REMOVED_API,
        "AttributeError: module 'math' has no attribute 'sqrt'\nmore",
        uses_old=True,
    )
    record = ProblemRecord(
        problem="humaneval/2",
        group="math_sqrt_to_square_root",
        split=Split.GENERALIZATION,
        source="humaneval",
        category="function_rename",
        world=("math_sqrt_to_square_root",),
        samples=(SampleRecord("x", "y", stale), SampleRecord("x", "y", stale)),
        generated=True,
        worker="gw0",
        edit_serial=1,
        references={"base": (stale,)},
    )
    assert ProblemRecord.from_dict(record.to_dict()) == record
    assert not record.solved
    assert record.failure_message() == (
        "no sample of 2 adopted the new API correctly in humaneval/2: stale_api x2"
        " (AttributeError: module 'math' has no attribute 'sqrt')"
    )


# --- framing: how a prompt is put to the model -------------------------------------------------


def test_chat_framing_fences_the_prompt_in_a_user_turn_and_opens_the_reply() -> None:
    problem = next(p for p in Benchmark.load().problems if p.source == "mbpp")
    assert Framing().prompt_of(problem) == problem.prompt  # completion: as it is
    chat = Framing(PromptFormat.CHAT, em.with_chat_template(load_model().tokenizer))
    framed = chat.prompt_of(problem)
    assert framed == (
        "<|user|>\nComplete the following Python function:\n"
        f"{FENCE}{problem.prompt.rstrip()}\n```\n<|assistant|>\n{FENCE}"
    )
    assert chat.target_of(problem) == problem.migrated and Framing().target_of(problem) is None
    stdin = next(p for p in Benchmark.load().problems if p.suite.is_stdio)
    assert "Complete the following Python program:" in chat.prompt_of(stdin)
    with pytest.raises(FramingError, match="no chat template; use --prompt-format completion"):
        Framing(PromptFormat.CHAT, load_model().tokenizer)
    assert PromptFormat.resolve("auto", "smollm2-135m") is PromptFormat.CHAT
    assert PromptFormat.resolve("auto", "default") is PromptFormat.COMPLETION
    assert PromptFormat.resolve("completion", "smollm2-135m") is PromptFormat.COMPLETION
