"""Edit time and peak memory per edit, for every editing method, single and successive.

Two models built from configs (random weights: cost does not depend on what a model knows):
`small` (a 4-layer, 256-wide Llama) and `gpt2-small` (GPT-2's 124M configuration). Their
tokenizer is a byte-level BPE trained here on the code corpus. Requests are the benchmark's
reliability problems in order, cut to the last `--prompt-tokens` of the prompt and the first
`--target-tokens` of the target, so a row costs the same whatever the problem.

For each method: `single` makes `--single` edits, restoring after each; `successive` makes
`--successive` edits one after another, then restores once. Time is the median over edits;
memory is the largest rise of the process's resident set during one edit above its level before
it (sampled every 2 ms). Covariances are computed (or loaded from the cache) before timing starts.

    .venv/bin/python benchmarks/editing_cost.py --models small,gpt2-small
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import torch
import transformers
import yaml

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.editing.registry import EDITORS, make_editor
from pytest_apiedit.editing.request import EditRequest
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


def cost(
    method: str,
    model: torch.nn.Module,
    tokenizer: object,
    hparams: Path | None,
    edits: list[EditRequest],
    single: int,
    successive: int,
) -> dict[str, tuple[float, float]]:
    editor = make_editor(method, model, tokenizer, hparams)
    warm = editor.apply(edits[:1])  # covariances, caches, first-call allocations
    warm.restore()
    single_runs = []
    for request in edits[:single]:
        single_runs.append(measured(lambda request=request: editor.apply([request])))
        editor.restore()
    successive_runs = [
        measured(lambda request=request: editor.apply([request])) for request in edits[:successive]
    ]
    editor.restore()
    return {
        regime: (statistics.median(t for t, _ in runs), max(m for _, m in runs) / 2**20)
        for regime, runs in (("single", single_runs), ("successive", successive_runs))
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="small,gpt2-small")
    parser.add_argument("--methods", default=",".join(EDITORS))
    parser.add_argument("--single", type=int, default=5)
    parser.add_argument("--successive", type=int, default=50)
    parser.add_argument("--prompt-tokens", type=int, default=96)
    parser.add_argument("--target-tokens", type=int, default=64)
    parser.add_argument("--mom2-samples", type=int, default=300, help="corpus texts per covariance")
    args = parser.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(os.cpu_count() or 1)
    tokenizer = corpus_tokenizer(vocab=8192)
    edits = requests(
        tokenizer, max(args.single, args.successive) + 2, args.prompt_tokens, args.target_tokens
    )
    print(
        "| model | method | single s/edit | single peak MiB"
        " | successive s/edit | successive peak MiB |"
    )
    print("|---|---|---|---|---|---|")
    for name in args.models.split(","):
        model = transformers.AutoModelForCausalLM.from_config(
            CONFIGS[name](tokenizer.vocab_size)
        ).eval()
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
            (single_s, single_mb), (succ_s, succ_mb) = result["single"], result["successive"]
            print(
                f"| {name} | {method} | {single_s:.3f} | {single_mb:.0f}"
                f" | {succ_s:.3f} | {succ_mb:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
