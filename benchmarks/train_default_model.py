"""Train the embedded default model and write it, with its tokenizer, where the package ships it.

Seeded, on the CPU, on a fixed thread count: the same command gives the same weights hash (it is
printed, and written to `training.json` beside the weights with the settings, the corpus hash,
the loss per epoch and the wall time). See `pytest_apiedit/models/training.py` for what it learns.

    .venv/bin/python benchmarks/train_default_model.py            # about 50 minutes on 2 cores
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from tqdm import tqdm

from pytest_apiedit.benchmark.corpus import corpus_hash
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.models.default import EMBEDDED
from pytest_apiedit.models.training import (
    TrainingSettings,
    build_model,
    corpus_tokenizer,
    reference_examples,
    stdlib_examples,
    train,
    weights_hash,
)


def main() -> int:
    defaults = TrainingSettings()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=EMBEDDED, help="folder to write")
    for field in dataclasses.fields(TrainingSettings):
        name = f"--{field.name.replace('_', '-')}"
        parser.add_argument(name, type=type(getattr(defaults, field.name)), default=None)
    args = parser.parse_args()
    chosen = {f.name: getattr(args, f.name) for f in dataclasses.fields(TrainingSettings)}
    settings = TrainingSettings(**{k: v for k, v in chosen.items() if v is not None})

    started = time.time()
    tokenizer = corpus_tokenizer()
    problems = Benchmark.load().problems
    references = reference_examples(problems, tokenizer, settings)
    model = build_model(tokenizer, settings)
    bar = tqdm(desc="training", unit="step", file=sys.stderr)

    def progress(step: int, total: int, loss: float) -> None:
        bar.total = total
        bar.set_postfix(loss=f"{loss:.3f}", refresh=False)
        bar.update(1)

    losses = train(
        model,
        lambda epoch: references + stdlib_examples(tokenizer, settings, epoch),
        tokenizer.pad_token_id,
        settings,
        progress,
    )
    bar.close()
    args.out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(args.out)
    tokenizer.save_pretrained(args.out)
    facts = {
        "settings": settings.to_dict(),
        "parameters": sum(p.numel() for p in model.parameters()),
        "vocab": len(tokenizer),
        "corpus": {
            "problems": len(references),
            "benchmark_hash": corpus_hash(p.prompt + p.original for p in problems),
            "stdlib_texts_per_epoch": settings.stdlib_texts,
            "python": sys.version.split()[0],
        },
        "loss_per_epoch": [round(loss, 4) for loss in losses],
        "weights_sha256": weights_hash(model),
        "wall_s": round(time.time() - started),
    }
    (args.out / "training.json").write_text(json.dumps(facts, indent=2) + "\n")
    print(json.dumps(facts, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
