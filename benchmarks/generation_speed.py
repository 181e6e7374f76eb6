"""Samples per second of batched decoding (n samples of a prompt together) against naive loops.

The same prompts, n and sampling settings on the same model (the default one unless `--model`
says otherwise), three ways: the plugin's batched path (one prefill, n rows decoded together,
each row leaving the batch when it stops), the same sampler one sample at a time, and a
per-sample `model.generate` loop with the same stop strings (what one writes first). The paths
alternate in each repeat so all see the same machine load. Prints each repeat's rates and
ratios, then the median ratios.

    .venv/bin/python benchmarks/generation_speed.py --prompts 8 --samples 5 --repeats 3
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import torch

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.generation import Generator, ProgramStyle, Sampling
from pytest_apiedit.generation.extract import stop_sequences
from pytest_apiedit.models import DEFAULT_MODEL, load_model


def rate(
    run: Callable[[str, ProgramStyle], list], prompts: list[tuple[str, ProgramStyle]]
) -> float:
    start = time.perf_counter()
    samples = sum(len(run(prompt, style)) for prompt, style in prompts)
    return samples / (time.perf_counter() - start)


def generate_one_by_one(generator: Generator) -> Callable[[str, ProgramStyle], list]:
    """n calls of `model.generate` per prompt, sampling as the plugin does, seeded per prompt."""
    model, tokenizer, s = generator.model, generator.tokenizer, generator.sampling

    def run(prompt: str, style: ProgramStyle) -> list:
        ids = generator.prompt_ids(prompt)
        torch.manual_seed(s.seed_for(prompt))
        return [
            model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                do_sample=True,
                temperature=s.temperature,
                top_p=s.top_p,
                top_k=0,
                max_new_tokens=s.max_new_tokens,
                stop_strings=list(stop_sequences(style)),
                tokenizer=tokenizer,
                pad_token_id=tokenizer.pad_token_id,
            )
            for _ in range(s.samples)
        ]

    return run


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
    paths = {
        "batched": generator.complete,
        "one by one": generator.complete_one_by_one,
        "generate loop": generate_one_by_one(generator),
    }
    ratios: dict[str, list[float]] = {name: [] for name in list(paths)[1:]}
    for repeat in range(args.repeats):
        rates = {name: rate(run, prompts) for name, run in paths.items()}
        shown = ", ".join(f"{name} {value:.1f}" for name, value in rates.items())
        for name in ratios:
            ratios[name].append(rates["batched"] / rates[name])
        against = ", ".join(f"{values[-1]:.2f}x {name}" for name, values in ratios.items())
        print(f"repeat {repeat + 1}: samples/s {shown}; batched = {against}", flush=True)
    for name, values in ratios.items():
        print(
            f"median ratio batched / {name} over {args.repeats} repeats:"
            f" {statistics.median(values):.2f}x"
        )


if __name__ == "__main__":
    main()
