"""Write the embedded default model's card from its training facts and a measured reference run.

The run is `pytest --edit-method=none --apiedit-reference -n 2` (the whole benchmark): with no
edit, the run itself is the unedited model in the edited worlds, and `--apiedit-reference` adds
`base` and `oracle` (the original world). The card states what was measured there, per split.

    .venv/bin/python benchmarks/model_card.py reports/none/report.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.models.default import EMBEDDED
from pytest_apiedit.reporting import Report, load_report
from pytest_apiedit.sandbox import Adoption

SCOPES = [*(str(split) for split in Split), "overall"]


def card(facts: dict[str, Any], report: Report, command: str) -> str:
    settings, corpus = facts["settings"], facts["corpus"]
    metrics = report.flat()
    sampling = report.manifest.sampling
    lines = [
        "# The embedded default model",
        "",
        "A small code model trained by this project as the benchmark's controlled organism: it"
        " knows the original (pre-update) world, so before an edit it writes the old APIs.",
        "",
        "| | |",
        "|---|---|",
        f"| architecture | Llama ({settings['layers']} layers, hidden {settings['hidden_size']},"
        f" MLP {settings['intermediate_size']}, {settings['heads']} heads,"
        f" context {settings['window']}, tied embeddings) |",
        f"| parameters | {facts['parameters']:,} |",
        f"| tokenizer | byte-level BPE, {facts['vocab']} tokens, trained on the code corpus |",
        f"| corpus | {corpus['problems']} benchmark prompts with their original-world references"
        f" (hash {corpus['benchmark_hash']}), plus {corpus['stdlib_texts_per_epoch']}"
        f" standard-library chunks per epoch (Python {corpus['python']}) |",
        f"| training | {settings['epochs']} epochs, AdamW, lr {settings['learning_rate']} to"
        f" {settings['final_learning_rate']} (cosine, {settings['warmup_steps']} warmup steps),"
        f" {settings['batch_tokens']} tokens per batch, seed {settings['seed']},"
        f" {settings['threads']} CPU threads, {facts['wall_s'] / 60:.0f} min |",
        f"| loss per epoch | {', '.join(map(str, facts['loss_per_epoch']))} |",
        f"| weights sha256 | `{facts['weights_sha256']}` |",
        "",
        "Retrain: `python benchmarks/train_default_model.py`. The same seed and thread count give"
        " the same weights hash on this CPU build of torch (tests/test_training.py checks it on a"
        " model small enough to train twice in a test).",
        "",
        f"## Measured (n = {sampling['samples']}, temperature {sampling['temperature']},"
        f" top-p {sampling['top_p']}, seed {sampling['seed']})",
        "",
        f"`{command}`",
        "",
        "| split | oracle pass@1 | oracle compile@1 | base pass@1 | base compile@1 |"
        " base adopt@1 | most frequent class (base) |",
        "|---|---|---|---|---|---|---|",
    ]
    for scope in SCOPES:
        shares = {a: metrics.get(f"adoption.{scope}.{a}", 0.0) for a in Adoption}
        frequent = max(shares, key=shares.get) if scope != str(Split.SPECIFICITY) else None
        cells = [
            metrics.get(f"oracle.{scope}.pass@1"),
            metrics.get(f"oracle.{scope}.compile@1"),
            metrics.get(f"base.{scope}.pass@1"),
            metrics.get(f"base.{scope}.compile@1"),
            metrics.get(f"base.{scope}.adopt@1"),
        ]
        shown = ["-" if v is None else f"{v:.3f}" for v in cells]
        shown.append(f"{frequent} ({shares[frequent]:.2f})" if frequent else "-")
        lines.append(f"| {scope} | " + " | ".join(shown) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", type=Path, help="report.json of the reference run")
    parser.add_argument("--model", type=Path, default=EMBEDDED, help="the model folder")
    parser.add_argument(
        "--command",
        default="pytest --edit-method=none --apiedit-reference -n 2",
        help="the command that produced the report, as the card should state it",
    )
    args = parser.parse_args()
    facts = json.loads((args.model / "training.json").read_text())
    text = card(facts, load_report(args.report), args.command)
    (args.model / "MODEL_CARD.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
