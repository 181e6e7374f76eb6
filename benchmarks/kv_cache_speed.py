"""One decoding step with transformers' `DynamicCache` against the generator's roomy cache.

At `--rows` rows over `--cached` tokens (a prompt's length: HumanEval and MBPP prompts in chat
format run to a few hundred tokens, APPS prompts to a few thousand), both caches are filled with
the same keys and values, then decode `--steps` greedy steps side by side, alternating which goes
first, `--repeats` times; it prints each one's seconds per step, their median and the median
ratio, and whether the two gave the same logits bit for bit. One torch thread, as each xdist
worker decodes.

    .venv/bin/python benchmarks/kv_cache_speed.py --model qwen2.5-coder-0.5b --cached 400 1200
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
from transformers import DynamicCache

from pytest_apiedit.generation.kvcache import roomy_cache
from pytest_apiedit.models.loading import load_model


def decode(
    model: torch.nn.Module, cache: DynamicCache, rows: int, cached: int, steps: int
) -> tuple[float, torch.Tensor]:
    """Seconds per step over `steps` greedy steps after `cached` random keys and values (seeded,
    so both caches hold the same), and the last step's logits."""
    config = model.config
    heads = config.num_key_value_heads
    width = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    seeded = torch.Generator().manual_seed(0)
    for layer in range(config.num_hidden_layers):
        keys = torch.randn(rows, heads, cached, width, generator=seeded)  # [rows, heads, T, d]
        cache.update(keys, torch.randn(rows, heads, cached, width, generator=seeded), layer)
    tokens = torch.randint(100, 1000, (rows, 1), generator=seeded)
    mask = torch.ones(rows, cached, dtype=torch.long)
    position = torch.full((rows, 1), cached - 1)
    start = time.perf_counter()
    with torch.no_grad():
        for _ in range(steps):
            mask = torch.cat([mask, mask.new_ones(rows, 1)], 1)  # [rows, T + 1]
            position = position + 1
            logits = model(
                input_ids=tokens,
                past_key_values=cache,
                attention_mask=mask,
                position_ids=position,
                use_cache=True,
                logits_to_keep=1,
            ).logits[:, -1]  # [rows, vocab]
            tokens = logits.argmax(-1, keepdim=True)
    return (time.perf_counter() - start) / steps, logits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--rows", type=int, default=64)
    parser.add_argument("--cached", type=int, nargs="+", default=[400, 1200])
    parser.add_argument("--steps", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(1)
    model = load_model(args.model).model
    for cached in args.cached:
        times: dict[str, list[float]] = {"DynamicCache": [], "roomy": []}
        same = True
        for repeat in range(args.repeats):
            order = ["DynamicCache", "roomy"][:: 1 if repeat % 2 == 0 else -1]
            logits = {}
            for name in order:
                cache = (
                    DynamicCache(config=model.config)
                    if name == "DynamicCache"
                    else roomy_cache(model.config)
                )
                seconds, logits[name] = decode(model, cache, args.rows, cached, args.steps)
                times[name].append(seconds)
            same = same and torch.equal(logits["DynamicCache"], logits["roomy"])
        ratios = [a / b for a, b in zip(times["DynamicCache"], times["roomy"], strict=True)]
        print(
            f"{args.rows} rows over {cached} cached tokens, {args.steps} steps, s/step:"
            f" DynamicCache {[round(t, 3) for t in times['DynamicCache']]}"
            f" (median {statistics.median(times['DynamicCache']):.3f}),"
            f" roomy {[round(t, 3) for t in times['roomy']]}"
            f" (median {statistics.median(times['roomy']):.3f});"
            f" ratio median {statistics.median(ratios):.2f}x {[round(r, 2) for r in ratios]};"
            f" same logits: {same}"
        )


if __name__ == "__main__":
    main()
