"""Model loading, batched generation, completion extraction and the generation cache, for real."""

from __future__ import annotations

from pathlib import Path

import editing_models as em
import pytest
import torch

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.evaluation.records import ProblemRecord, SampleRecord
from pytest_apiedit.generation import (
    GenerationCache,
    Generator,
    ProgramStyle,
    Sampling,
    extract_program,
    generation_key,
)
from pytest_apiedit.models import ModelLoadError, load_model, worker_device
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


def test_sampling_is_seeded_by_the_prompt_not_by_what_came_before(llama) -> None:
    prompts = [p for p, _, _ in em.EDITS[:3]]
    generator = Generator(llama, em.tokenizer(), Sampling(samples=4, temperature=1.5, seed=7))
    forwards = [generator.complete(p, ProgramStyle.FUNCTION) for p in prompts]
    backwards = [generator.complete(p, ProgramStyle.FUNCTION) for p in reversed(prompts)]
    assert forwards == backwards[::-1]
    other_seed = Generator(llama, em.tokenizer(), Sampling(samples=4, temperature=1.5, seed=8))
    assert other_seed.complete(prompts[0], ProgramStyle.FUNCTION) != forwards[0]
    assert len({c.text for c in forwards[0]}) > 1  # samples of one call differ


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
    ]
    assert key not in changed and len(set(changed)) == len(changed)
    assert all(cache.get(other) is None for other in changed)
    path = next((tmp_path / "generations").rglob("*.json"))
    path.write_text("{truncated")
    assert cache.get(key) is None  # a damaged entry is a miss, not a crash


def test_workers_take_gpus_round_robin() -> None:
    assert worker_device("auto", "gw5", 4) == "cuda:1"
    assert worker_device("auto", None, 2) == "cuda:0"
    assert worker_device("auto", "gw3", 0) == "cpu"
    assert worker_device("cuda:2", "gw0", 4) == "cuda:2"


def test_the_default_model_is_built_once_and_loads_offline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_APIEDIT_CACHE", str(tmp_path))
    loaded = load_model()
    again = load_model()
    assert loaded.weights == again.weights
    assert len(list((tmp_path / "models").iterdir())) == 2  # the folder and its lock
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
