"""Samples per second of batched decoding against naive loops, on the plugin's own batches.

The prompts of the first `--groups` edit groups (every problem of a group, as a full run selects
them, or those `--problems FILE` lists), n and the plugin's default sampling settings on the same
model (the default one unless `--model` says otherwise), four ways: the plugin's batched path
(each decoding unit, a group's problems or with `--shared` a run of groups, at most
`--batch-rows` rows decoding at once, each row leaving the batch when it stops and the next
prompts joining), one prompt's n samples at a time, the same
sampler one sample at a time, and a per-sample `model.generate` loop with the same stop strings
(what one writes first). The paths alternate in each repeat so all see the same machine load.
Prints each repeat's rates and ratios, then the median ratios and completion tokens per second.
`--against` times only some of the naive paths (on a real model the slowest take minutes).

    .venv/bin/python benchmarks/generation_speed.py --groups 1 --samples 5 --repeats 3
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

from pytest_apiedit.benchmark.extract import ProgramStyle, stop_sequences
from pytest_apiedit.benchmark.store import Benchmark, read_problem_list
from pytest_apiedit.evaluation.runner import RunSettings, decoding_units
from pytest_apiedit.generation.framing import AUTO, Framing, PromptFormat
from pytest_apiedit.generation.generator import Completion, Generator
from pytest_apiedit.generation.sampling import Sampling
from pytest_apiedit.models.aliases import DEFAULT_MODEL
from pytest_apiedit.models.loading import load_model

Prompts = list[tuple[str, ProgramStyle]]
NAIVE = ["one prompt at a time", "one by one", "generate loop"]


def rate(
    run: Callable[[Prompts], list[list]], batched: list[Prompts], tokenizer: Any
) -> tuple[float, float | None]:
    """Samples per second, and completion tokens per second where the path returns text (the
    completions re-tokenized: stop strings cut, so a slight undercount)."""
    start = time.perf_counter()
    drawn = [sample for prompts in batched for one in run(prompts) for sample in one]
    elapsed = time.perf_counter() - start
    if not all(isinstance(sample, Completion) for sample in drawn):
        return len(drawn) / elapsed, None
    tokens = sum(len(tokenizer(c.text, add_special_tokens=False).input_ids) for c in drawn)
    return len(drawn) / elapsed, tokens / elapsed


def each(run: Callable[[str, ProgramStyle], list]) -> Callable[[Prompts], list[list]]:
    """A path that takes one prompt, over a batch's prompts in turn."""
    return lambda prompts: [run(prompt, style) for prompt, style in prompts]


def generate_one_by_one(generator: Generator) -> Callable[[str, ProgramStyle], list]:
    """n calls of `model.generate` per prompt, sampling as the plugin does, seeded per prompt."""
    model, tokenizer, s = generator.model, generator.tokenizer, generator.sampling

    def run(prompt: str, style: ProgramStyle) -> list:
        prompt_ids = generator.prompt_ids(prompt)
        ids = torch.tensor([prompt_ids])
        torch.manual_seed(s.seed_for(prompt))
        return [
            model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                do_sample=True,
                temperature=s.temperature,
                top_p=s.top_p,
                top_k=0,
                max_new_tokens=generator.new_tokens(prompt_ids),  # as the batched path
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
    parser.add_argument("--groups", type=int, default=1)
    parser.add_argument("--problems", type=Path, help="only the problems this list names")
    parser.add_argument("--prompt-format", default=AUTO, choices=[AUTO, *PromptFormat])
    parser.add_argument(
        "--against",
        nargs="+",
        default=NAIVE,
        choices=NAIVE,
        help="the naive paths to time beside the batched one (default: all)",
    )
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--temperature", type=float, default=Sampling.temperature)
    parser.add_argument("--batch-rows", type=int, default=RunSettings.batch_rows)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--shared",
        action="store_true",
        help="pack groups into units as for the unedited model (--edit-method=none)",
    )
    args = parser.parse_args()
    loaded = load_model(args.model)
    benchmark = Benchmark.load()
    problems = sorted(benchmark.problems, key=lambda p: (p.group, p.split, p.id))
    if args.problems:
        listed = read_problem_list(args.problems)
        benchmark.require(listed)
        problems = [p for p in problems if p.id in listed]
    groups = sorted({p.group for p in problems})[: args.groups]
    sampling = Sampling(samples=args.samples, temperature=args.temperature)
    settings = RunSettings(sampling=sampling, batch_rows=args.batch_rows)
    framing = Framing(PromptFormat.resolve(args.prompt_format, args.model), loaded.tokenizer)
    chosen = [p for p in problems if p.group in groups]
    batched = [
        [(framing.prompt_of(p), ProgramStyle.of(p)) for p in unit]
        for unit in decoding_units(chosen, settings, args.shared)
    ]
    print(
        f"{sum(map(len, batched))} prompts of {len(groups)} groups in {len(batched)} units,"
        f" n = {sampling.samples}, temperature {sampling.temperature}, top-p {sampling.top_p},"
        f" {sampling.max_new_tokens} new tokens at most, {framing.format} prompts",
        flush=True,
    )
    generator = Generator(loaded.model, loaded.tokenizer, sampling, capacity=args.batch_rows)
    generator.complete(*batched[0][0])  # first-call allocations out of the timing
    paths = {
        "batched": generator.complete_many,
        "one prompt at a time": each(generator.complete),
        "one by one": each(generator.complete_one_by_one),
        "generate loop": each(generate_one_by_one(generator)),
    }
    paths = {name: run for name, run in paths.items() if name == "batched" or name in args.against}
    ratios: dict[str, list[float]] = {name: [] for name in list(paths)[1:]}
    tokens_per_s: dict[str, list[float]] = {}
    for repeat in range(args.repeats):
        measured = {name: rate(run, batched, loaded.tokenizer) for name, run in paths.items()}
        rates = {name: samples for name, (samples, _) in measured.items()}
        for name, (_, tokens) in measured.items():
            if tokens is not None:
                tokens_per_s.setdefault(name, []).append(tokens)
        shown = ", ".join(f"{name} {value:.2f}" for name, value in rates.items())
        for name in ratios:
            ratios[name].append(rates["batched"] / rates[name])
        against = ", ".join(f"{values[-1]:.2f}x {name}" for name, values in ratios.items())
        print(f"repeat {repeat + 1}: samples/s {shown}; batched = {against}", flush=True)
    for name, values in ratios.items():
        print(
            f"median ratio batched / {name} over {args.repeats} repeats:"
            f" {statistics.median(values):.2f}x"
        )
    for name, values in tokens_per_s.items():
        print(f"median completion tokens/s, {name}: {statistics.median(values):.1f}")


if __name__ == "__main__":
    main()
