"""Edit time and peak memory per edit, for every editing method, single and successive.

Models built from configs (random weights: cost does not depend on what a model knows):
`small` (a 4-layer, 256-wide Llama) and `gpt2-small` (GPT-2's 124M configuration), with a
byte-level BPE trained here on the code corpus; any other name is loaded as `--model` loads it
(an alias such as `qwen2.5-coder-0.5b`, or a folder), with its own tokenizer. Requests are the
benchmark's reliability problems in order, cut to the last `--prompt-tokens` of the prompt and
the first `--target-tokens` of the target, so a row costs the same whatever the problem.

For each method: `single` makes `--single` edits, restoring after each; `successive` makes
`--successive` edits one after another, then restores once. Time is the median over edits;
memory is the largest rise of the process's resident set during one edit above its level before
it (sampled every 2 ms). A first edit, untimed in those columns, computes what the method reads
from the corpus into an empty cache: the second table gives its time less a median single edit
(the covariance pass) and what it wrote.

    .venv/bin/python benchmarks/editing_cost.py --models small,gpt2-small
    .venv/bin/python benchmarks/editing_cost.py --models qwen2.5-coder-0.5b \
        --single 3 --successive 5
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import transformers
import yaml

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.editing.registry import EDITORS, make_editor
from pytest_apiedit.editing.request import EditRequest
from pytest_apiedit.models.loading import load_model
from pytest_apiedit.models.training import corpus_tokenizer

CONFIGS: dict[str, Callable[[int], transformers.PretrainedConfig]] = {
    "small": lambda vocab: transformers.LlamaConfig(
        num_hidden_layers=4,
        hidden_size=256,
        intermediate_size=1024,
        num_attention_heads=4,
        num_key_value_heads=4,
        vocab_size=vocab,
        max_position_embeddings=512,
    ),
    "gpt2-small": lambda vocab: transformers.GPT2Config(vocab_size=max(vocab, 50257)),
}


def requests(
    tokenizer: transformers.PreTrainedTokenizerFast,
    count: int,
    prompt_tokens: int,
    target_tokens: int,
) -> list[EditRequest]:
    problems = [p for p in Benchmark.load().problems if p.split is Split.RELIABILITY][:count]
    cut = []
    for problem in problems:
        request = EditRequest.for_group(problem)
        prompt = tokenizer.decode(tokenizer(request.prompt)["input_ids"][-prompt_tokens:])
        target = tokenizer.decode(tokenizer(request.target)["input_ids"][:target_tokens])
        cut.append(
            EditRequest(prompt, target, request.note, request.modification, request.unrelated)
        )
    unrelated = tuple(r.prompt for r in cut[-2:])
    return [EditRequest(r.prompt, r.target, r.note, r.modification, unrelated[:1]) for r in cut]


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def measured(action: Callable[[], object]) -> tuple[float, int]:
    """(seconds, peak resident-set rise in bytes) of one call."""
    base = resident_bytes()
    peak = base
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.002):
            peak = max(peak, resident_bytes())

    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    return elapsed, max(peak, resident_bytes()) - base


@dataclass(frozen=True)
class Cost:
    single: tuple[float, float]
    """(median seconds per edit, peak MiB) of edits restored after each."""
    successive: tuple[float, float]
    """The same for edits made one after another."""
    first_s: float
    """The first edit, which fills an empty cache with the corpus's second moments."""
    written_mib: float
    """What that cache holds afterwards."""


def cost(
    method: str,
    model: torch.nn.Module,
    tokenizer: object,
    hparams: Path | None,
    edits: list[EditRequest],
    single: int,
    successive: int,
) -> Cost:
    editor = make_editor(method, model, tokenizer, hparams)
    with tempfile.TemporaryDirectory() as empty_cache:
        if editor.statistics is not None:
            editor.statistics.root = Path(empty_cache)
        first_s, _ = measured(lambda: editor.apply(edits[:1]))  # also first-call allocations
        editor.restore()
        written = sum(f.stat().st_size for f in Path(empty_cache).rglob("*") if f.is_file())
    single_runs = []
    for request in edits[:single]:
        single_runs.append(measured(lambda request=request: editor.apply([request])))
        editor.restore()
    successive_runs = [
        measured(lambda request=request: editor.apply([request])) for request in edits[:successive]
    ]
    editor.restore()

    def summary(runs: list[tuple[float, int]]) -> tuple[float, float]:
        return statistics.median(t for t, _ in runs), max(m for _, m in runs) / 2**20

    return Cost(summary(single_runs), summary(successive_runs), first_s, written / 2**20)


@functools.cache
def _corpus_tokenizer(vocab: int) -> transformers.PreTrainedTokenizerFast:
    """Trained once for every random-weight model of a run."""
    return corpus_tokenizer(vocab=vocab)


def model_and_tokenizer(name: str, vocab: int = 8192) -> tuple[torch.nn.Module, Any]:
    """A random-weight model of `CONFIGS`, or a model loaded as `--model` loads it."""
    if name in CONFIGS:
        tokenizer = _corpus_tokenizer(vocab)
        config = CONFIGS[name](tokenizer.vocab_size)
        return transformers.AutoModelForCausalLM.from_config(config).eval(), tokenizer
    loaded = load_model(name)
    return loaded.model.eval(), loaded.tokenizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="small,gpt2-small")
    parser.add_argument("--methods", default=",".join(EDITORS))
    parser.add_argument("--single", type=int, default=5)
    parser.add_argument("--successive", type=int, default=50)
    parser.add_argument("--prompt-tokens", type=int, default=96)
    parser.add_argument("--target-tokens", type=int, default=64)
    parser.add_argument("--mom2-samples", type=int, default=300, help="corpus texts per covariance")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="torch threads")
    args = parser.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(args.threads)
    header = "| model | method | single s/edit | single peak MiB | successive s/edit"
    rows = [header + " | successive peak MiB |", "|---|---|---|---|---|---|"]
    passes = [
        "| model | method | covariance pass s | covariance MiB |",
        "|---|---|---|---|",
    ]
    for name in args.models.split(","):
        model, tokenizer = model_and_tokenizer(name)
        count = max(args.single, args.successive) + 2
        edits = requests(tokenizer, count, args.prompt_tokens, args.target_tokens)
        for method in args.methods.split(","):
            with tempfile.TemporaryDirectory() as folder:
                hparams = Path(folder) / "hparams.yaml"
                hparams.write_text(yaml.safe_dump({"mom2_n_samples": args.mom2_samples}))
                uses_corpus = EDITORS[method].needs_statistics
                result = cost(
                    method,
                    model,
                    tokenizer,
                    hparams if uses_corpus else None,
                    edits,
                    args.single,
                    args.successive,
                )
            (single_s, single_mb), (succ_s, succ_mb) = result.single, result.successive
            rows.append(
                f"| {name} | {method} | {single_s:.3f} | {single_mb:.0f}"
                f" | {succ_s:.3f} | {succ_mb:.0f} |"
            )
            print(rows[-1], flush=True)
            if uses_corpus:
                covariance_s = result.first_s - single_s
                passes.append(
                    f"| {name} | {method} | {covariance_s:.1f} | {result.written_mib:.0f} |"
                )
                print(passes[-1], flush=True)
    print("\n".join(["", *rows, "", *passes]))


if __name__ == "__main__":
    main()
