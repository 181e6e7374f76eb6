"""The least time a whole-benchmark run can take on this machine, from its matrix-product rate.

Generation is matrix products: a prompt token costs 2 x the parameters of the layers (the
embedding is a lookup and only the last position reaches the output layer), a generated token 2 x
the layers' and the output layer's parameters. This measures the best rate of one linear layer
of the model's MLP shape (float32 and bfloat16, 1 and 2 threads, 1, 64 and 1024 rows; median of
`--repeats`), counts the benchmark's prompt tokens in the given format, takes the generated
tokens of a finished run's report (`--report`: its samples' completions, re-tokenized), and
prints the floor: their FLOPs at the best float32 rate of all the machine's cores. A run cannot
be faster than that however it batches; attention, sampling, the sandbox and Python come on top.

    .venv/bin/python benchmarks/decoding_floor.py --model qwen2.5-coder-0.5b --prompt-format chat
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import torch

from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.generation.framing import Framing, PromptFormat
from pytest_apiedit.models.loading import load_model
from pytest_apiedit.reporting import load_report


def rate(
    rows: int, inner: int, outer: int, dtype: torch.dtype, threads: int, repeats: int
) -> float:
    """GFLOPS of `[rows, inner] @ [inner, outer]`, the median of `repeats` timings."""
    torch.set_num_threads(threads)
    weight = torch.randn(outer, inner).to(dtype)
    x = torch.randn(rows, inner).to(dtype)
    torch.nn.functional.linear(x, weight)  # first-call allocations
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(10):
            torch.nn.functional.linear(x, weight)
        times.append((time.perf_counter() - start) / 10)
    return 2 * rows * inner * outer / statistics.median(times) / 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--prompt-format", default="chat", choices=list(PromptFormat))
    parser.add_argument("--report", type=Path, help="a finished run: its generated tokens")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    loaded = load_model(args.model)
    config = loaded.model.config
    inner, outer = config.hidden_size, config.intermediate_size
    cores = os.cpu_count() or 1
    best = {}
    for dtype in (torch.float32, torch.bfloat16):
        for threads in sorted({1, cores}):
            for rows in (1, 64, 1024):
                gflops = rate(rows, inner, outer, dtype, threads, args.repeats)
                best[dtype, threads] = max(best.get((dtype, threads), 0.0), gflops)
                print(
                    f"{str(dtype).removeprefix('torch.')}, {threads} thread(s), {rows} rows:"
                    f" {gflops:.0f} GFLOPS",
                    flush=True,
                )
    embedding = loaded.model.get_input_embeddings().weight.numel()
    output = loaded.model.get_output_embeddings().weight.numel()
    total = sum(p.numel() for p in loaded.model.parameters())
    layers = total - embedding - output
    framing = Framing(PromptFormat(args.prompt_format), loaded.tokenizer)
    problems = Benchmark.load().problems
    tokenize = loaded.tokenizer
    prompt_tokens = sum(len(tokenize(framing.prompt_of(p))["input_ids"]) for p in problems)
    print(
        f"{len(problems)} prompts, {prompt_tokens} tokens in {args.prompt_format} format;"
        f" parameters: {layers / 1e6:.0f}M in the layers, {output / 1e6:.0f}M output"
    )
    flops = 2 * layers * prompt_tokens
    if args.report:
        records = load_report(args.report).records
        texts = [sample.completion for record in records for sample in record.samples[:1]]
        generated = sum(len(tokenize(t, add_special_tokens=False)["input_ids"]) for t in texts)
        generated = generated * len(problems) // len(records)
        print(
            f"generated: {generated} tokens for {len(problems)} problems"
            f" (scaled from the {len(records)} of {args.report})"
        )
        flops += 2 * (layers + output) * generated
    # One process on every core, or one single-threaded process per core (xdist workers).
    rate_all = max(best[torch.float32, cores], cores * best[torch.float32, 1]) * 1e9
    print(
        f"floor at {rate_all / 1e9:.0f} GFLOPS (float32, all {cores} cores):"
        f" {flops / 1e12:.0f} TFLOP, {flops / rate_all / 60:.0f} min"
    )


if __name__ == "__main__":
    main()
