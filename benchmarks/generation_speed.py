"""Samples per second of batched generation (n samples in one `generate`) against a naive loop.

The same prompts, the same n and sampling settings, on the same model (the default one unless
`--model` says otherwise), alternating the two paths in each repeat so both see the same machine
load. Prints each repeat's rates and ratio, then the median ratio.

    .venv/bin/python benchmarks/generation_speed.py --prompts 8 --samples 5 --repeats 3
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.generation import Generator, ProgramStyle, Sampling
from pytest_apiedit.models import DEFAULT_MODEL, load_model


def rate(
    run: Callable[[str, ProgramStyle], list], prompts: list[tuple[str, ProgramStyle]]
) -> float:
    start = time.perf_counter()
    samples = sum(len(run(prompt, style)) for prompt, style in prompts)
    return samples / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--prompts", type=int, default=8)
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--max-new-tokens", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    loaded = load_model(args.model)
    problems = [p for p in Benchmark.load().problems if p.split is Split.RELIABILITY]
    prompts = [(p.prompt, ProgramStyle.of(p)) for p in problems[: args.prompts]]
    sampling = Sampling(samples=args.samples, max_new_tokens=args.max_new_tokens)
    generator = Generator(loaded.model, loaded.tokenizer, sampling)
    generator.complete(*prompts[0])  # first-call allocations out of the timing
    ratios = []
    for repeat in range(args.repeats):
        batched = rate(generator.complete, prompts)
        naive = rate(generator.complete_one_by_one, prompts)
        ratios.append(batched / naive)
        print(
            f"repeat {repeat + 1}: batched {batched:.1f} samples/s, naive {naive:.1f} samples/s,"
            f" ratio {ratios[-1]:.2f}x",
            flush=True,
        )
    print(f"median ratio over {args.repeats} repeats: {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
