"""Does a ROME edit survive bfloat16 rounding? One real edit on Qwen2.5-Coder-0.5B, measured.

bfloat16 keeps 8 significant bits, so adding an update smaller than half a unit in the last place
(ulp) of a weight entry leaves that entry unchanged once rounded. This loads the model in float32,
makes one real ROME edit (`make_editor("rome", ...)`, the project's editor) with the benchmark's
reliability request of one modification in chat framing, and compares the update
`Δ = W_edited - W_original` of every parameter the edit changed with what survives in bfloat16:

- weights, per changed matrix: `‖Δ‖/‖W‖`; `‖bf16(W) - W‖/‖W‖`, the rounding noise itself; the
  share of Δ's entries below half a bfloat16 ulp of their W entry; the share of entries where
  rounding loses the update (`bf16(W+Δ) == bf16(W)`); and for the update that survives,
  `D = bf16(W+Δ) - bf16(W)`, `‖D‖/‖Δ‖` and cos(D, Δ). The row `bf16 += Δ` is what the editor
  does to a model held in bfloat16 (`weight += Δ.to(weight.dtype)`: `bf16(bf16(W) + bf16(Δ))`).
- behaviour: the target's mean log-probability per token and the share of target tokens that
  are the greedy choice (teacher-forced after the request's prompt), for float32 unedited and
  edited, the float32 weights cast to bfloat16 (unedited, edited, and `bf16 += Δ`), and, with
  `--bf16-edit`, the edit made by the editor directly on the bfloat16 model (its own
  covariance pass and target search in bfloat16: 4-8x slower on a CPU without bfloat16 units).

The covariance pass is timed apart from the edit (it is cached in `$PYTEST_APIEDIT_CACHE` per
model, module and sample count); `--mom2-samples` sets ROME's `mom2_n_samples` through a
hyperparameter YAML file, the way the project takes hyperparameters.

    PYTEST_APIEDIT_CACHE=/work/qwencache HF_HUB_OFFLINE=1 \
        nice -n 10 .venv/bin/python benchmarks/bfloat16_edit.py --mom2-samples 200
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

import torch
import yaml

from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.editing.objective import teacher_forced
from pytest_apiedit.editing.registry import make_editor
from pytest_apiedit.editing.request import EditRequest
from pytest_apiedit.evaluation.edits import edit_requests
from pytest_apiedit.generation.framing import Framing, PromptFormat
from pytest_apiedit.models.loading import load_model

MODEL = "qwen2.5-coder-0.5b"
GROUP = "math_sqrt_to_square_root"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def digests(model: torch.nn.Module) -> dict[str, str]:
    return {
        name: hashlib.sha256(param.detach().contiguous().view(torch.uint8).numpy()).hexdigest()
        for name, param in model.named_parameters()
    }


@torch.no_grad()
def behaviour(model: torch.nn.Module, tokenizer: object, request: EditRequest) -> dict[str, float]:
    """The target's mean log-probability per token and greedy share, teacher-forced."""
    batch = teacher_forced(model, tokenizer, [request.prompt], [request.target])
    start = time.perf_counter()
    logits = model(**batch.model_inputs()).logits.float()
    seconds = time.perf_counter() - start
    mask = batch.labels != -100
    log_probs = torch.log_softmax(logits, dim=-1)
    picked = log_probs.gather(-1, batch.labels.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    greedy = logits.argmax(-1) == batch.labels
    return {
        "logp": float(picked[mask].mean()),
        "greedy": float(greedy[mask].float().mean()),
        "tokens": int(mask.sum()),
        "seconds": seconds,
    }


def half_ulp(weight: torch.Tensor) -> torch.Tensor:
    """Half a bfloat16 ulp at each entry: `|w| = m 2^e`, m in [0.5, 1), 8 significant bits."""
    _, exponent = torch.frexp(weight)
    half = torch.ldexp(torch.ones_like(weight), exponent - 9)
    return torch.where(weight == 0, torch.zeros_like(weight), half)


def survival(original: torch.Tensor, update: torch.Tensor, kept: torch.Tensor) -> dict[str, float]:
    """How much of `update` (float32) the bfloat16 difference `kept` carries."""
    rounded = original.to(torch.bfloat16)
    flat_kept, flat_update = kept.double().flatten(), update.double().flatten()
    return {
        "rel": float(update.norm() / original.norm()),
        "noise": float((rounded.float() - original).norm() / original.norm()),
        "below": float((update.abs() < half_ulp(original)).float().mean()),
        "lost": float((kept == 0).float().mean()),
        "kept": float(flat_kept.norm() / flat_update.norm()),
        "cos": float(flat_kept @ flat_update / (flat_kept.norm() * flat_update.norm())),
    }


def edited_by_rome(
    model: torch.nn.Module, tokenizer: object, request: EditRequest, hparams: Path
) -> tuple[object, float, float]:
    """(handle, covariance seconds, edit seconds) of one ROME edit."""
    editor = make_editor("rome", model, tokenizer, hparams)
    start = time.perf_counter()
    layers = [editor.layout.layer_of(layer) for layer in editor.params.layers]
    sites = [(editor.params.rewrite_module_tmp, layer) for layer in layers]
    editor.params.second_moments(editor.statistics, sites)
    covariance = time.perf_counter() - start
    log(f"covariance ready in {covariance:.1f} s; editing")
    start = time.perf_counter()
    handle = editor.apply([request])
    return handle, covariance, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--group", default=GROUP, help="whose reliability request is the edit")
    parser.add_argument("--prompt-format", default="chat", choices=[f.value for f in PromptFormat])
    parser.add_argument("--mom2-samples", type=int, default=200, help="ROME's mom2_n_samples")
    parser.add_argument(
        "--bf16-edit", action="store_true", help="also edit the bfloat16 model directly"
    )
    args = parser.parse_args()
    torch.manual_seed(0)

    loaded = load_model(args.model, dtype="float32")
    model, tokenizer = loaded.model, loaded.tokenizer
    problems = Benchmark.load().problems
    request = edit_requests(problems, Framing(PromptFormat(args.prompt_format), tokenizer))[
        args.group
    ]
    folder = tempfile.TemporaryDirectory()
    hparams = Path(folder.name) / "rome.yaml"
    hparams.write_text(yaml.safe_dump({"mom2_n_samples": args.mom2_samples}))
    log(f"loaded {args.model} ({torch.get_num_threads()} threads); request {args.group}")

    rows: dict[str, dict[str, float]] = {}
    before = digests(model)
    rows["float32 unedited"] = behaviour(model, tokenizer, request)
    handle, covariance_s, edit_s = edited_by_rome(model, tokenizer, request, hparams)
    log(f"edit took {edit_s:.1f} s")
    rows["float32 edited"] = behaviour(model, tokenizer, request)
    after = digests(model)
    changed = [name for name in before if before[name] != after[name]]
    params = dict(model.named_parameters())
    edited = {name: params[name].detach().clone() for name in changed}
    handle.restore()  # bitwise back to the pristine weights, checked by the editor
    original = {name: params[name].detach().clone() for name in changed}

    weights: list[tuple[str, str, dict[str, float]]] = []
    for name in changed:
        w, delta = original[name], edited[name] - original[name]
        base = w.to(torch.bfloat16)
        kept = edited[name].to(torch.bfloat16).float() - base.float()
        weights.append((name, "bf16(W+Δ)", survival(w, delta, kept)))
        added = (base + delta.to(torch.bfloat16)).float() - base.float()
        weights.append((name, "bf16 += Δ", survival(w, delta, added)))

    model.to(torch.bfloat16)  # the pristine float32 weights, rounded
    params = dict(model.named_parameters())
    rows["bfloat16 unedited"] = behaviour(model, tokenizer, request)
    with torch.no_grad():
        for name in changed:
            params[name].copy_(edited[name].to(torch.bfloat16))
    rows["bfloat16 edited: bf16(W+Δ)"] = behaviour(model, tokenizer, request)
    with torch.no_grad():
        for name in changed:
            base = original[name].to(torch.bfloat16)
            params[name].copy_(base + (edited[name] - original[name]).to(torch.bfloat16))
    rows["bfloat16 edited: bf16 += Δ"] = behaviour(model, tokenizer, request)
    with torch.no_grad():
        for name in changed:
            params[name].copy_(original[name].to(torch.bfloat16))

    direct = "not run (--bf16-edit)"
    if args.bf16_edit:
        log("editing the bfloat16 model directly")
        try:
            handle, bf16_cov_s, bf16_edit_s = edited_by_rome(model, tokenizer, request, hparams)
        except Exception as error:  # reported as one line
            direct = f"failed: {type(error).__name__}: {str(error).splitlines()[0]}"
        else:
            rows["bfloat16, edited in bfloat16"] = behaviour(model, tokenizer, request)
            for name in changed:
                base = original[name].to(torch.bfloat16).float()
                own = params[name].detach().float() - base
                delta = edited[name] - original[name]
                weights.append((name, "bf16 edit's own Δ", survival(original[name], delta, own)))
            direct = f"covariance {bf16_cov_s:.0f} s, edit {bf16_edit_s:.0f} s"
            handle.restore()

    print(f"model {args.model}, group {args.group}, ROME hyperparameters: layers and defaults")
    print(f"of the project, mom2_n_samples={args.mom2_samples} (YAML), mom2_adjustment=True")
    print(f"covariance pass {covariance_s:.1f} s; float32 edit (apply) {edit_s:.1f} s wall")
    print(f"parameters changed by the edit: {', '.join(changed) or 'none'}")
    print()
    print(
        "| matrix | rounded | ‖Δ‖/‖W‖ | ‖bf16(W)-W‖/‖W‖ | abs(Δ)<½ulp | lost | ‖D‖/‖Δ‖ | cos(D,Δ) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, how, s in weights:
        print(
            f"| {name} | {how} | {s['rel']:.2e} | {s['noise']:.2e} | {s['below']:.1%}"
            f" | {s['lost']:.1%} | {s['kept']:.3f} | {s['cos']:.4f} |"
        )
    print()
    tokens = rows["float32 unedited"]["tokens"]
    print(f"| model ({tokens} target tokens) | mean log p(target) | greedy share | forward s |")
    print("|---|---|---|---|")
    for label, row in rows.items():
        print(f"| {label} | {row['logp']:.4f} | {row['greedy']:.1%} | {row['seconds']:.2f} |")
    print(f"bfloat16 edited directly: {direct}")
    folder.cleanup()


if __name__ == "__main__":
    main()
