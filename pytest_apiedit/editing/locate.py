"""The locate-then-edit machinery ROME, MEMIT, PMET and AlphaEdit share, written once.

Keys are what a rewritten projection reads at the edit position (the last prompt token: code
prompts have no subject, so the fact token is the token after which the target is written).
Targets are found by optimizing deltas added to chosen modules' outputs at that position until
the model writes the target (ROME's `compute_v`, MEMIT's `compute_z`, PMET's `compute_zs`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from pytest_apiedit.editing.capture import capture, output_tensor
from pytest_apiedit.editing.descent import below, descend
from pytest_apiedit.editing.objective import TeacherForced, target_nll, teacher_forced

_TARGET_FOUND = 5e-2
"""ROME's `compute_v` stops once its loss is under this."""


def read_at_keys(
    model: nn.Module, module: nn.Module, batch: TeacherForced
) -> tuple[torch.Tensor, torch.Tensor]:
    """(inputs, outputs) of `module` at every row's key position, `[rows, features]` each."""
    with torch.no_grad(), capture(module) as (seen,):
        model(**batch.model_inputs())
    rows = torch.arange(len(batch.key_positions), device=batch.key_positions.device)
    return seen.inputs[rows, batch.key_positions], seen.output[rows, batch.key_positions]


@dataclass
class TargetSearch:
    """ROME's `compute_v` settings: Adam on deltas, weight decay, clamp, KL on unrelated prompts."""

    steps: int
    lr: float
    weight_decay: float
    clamp_norm_factor: float
    kl_factor: float
    nll_factor: float = 1.0
    """PMET's `nll_loss_factor`: the weight of the target's likelihood against the KL and decay."""


def optimize_targets(
    model: nn.Module,
    tokenizer: object,
    prompts: Sequence[str],
    targets: Sequence[str],
    unrelated: Sequence[str],
    sites: Sequence[nn.Module],
    search: TargetSearch,
    prefixes: Sequence[str] = ("",),
) -> list[torch.Tensor]:
    """Per site, `[rows, hidden]` outputs at the key positions that make the model write targets.

    One delta per site and request, added to the site's output at that request's key position;
    unrelated prompts get the same delta at their last token and must keep their distribution.
    With `prefixes` (ROME's context templates; the first is empty), each prompt is also read after
    every prefix, all its variants sharing its delta, which starts from the bare prompt's output.
    """
    device = next(model.parameters()).device
    variants = [prefix + prompt for prompt in prompts for prefix in prefixes]
    batch = teacher_forced(model, tokenizer, variants, [t for t in targets for _ in prefixes])
    rows = len(prompts)
    owner_of_variant = torch.arange(rows, device=device).repeat_interleave(len(prefixes))
    inits = [read_at_keys(model, site, batch)[1][:: len(prefixes)] for site in sites]
    deltas = [torch.zeros_like(init, requires_grad=True) for init in inits]
    controls = (
        teacher_forced(model, tokenizer, list(unrelated), [""] * len(unrelated))
        if unrelated
        else None
    )
    owner = (
        torch.arange(len(unrelated), device=device) % rows
    )  # which request's delta each control gets
    with torch.no_grad():
        reference = _control_log_probs(model, controls) if controls is not None else None

    active: dict[str, torch.Tensor] = {}

    def shift(site_index: int):
        def hook(_: nn.Module, __: tuple[torch.Tensor, ...], output: torch.Tensor) -> torch.Tensor:
            hidden = output_tensor(output)
            positions, which = active["positions"], active["which"]
            added = torch.zeros_like(hidden)
            added[torch.arange(len(positions), device=device), positions] = deltas[site_index][
                which
            ].to(hidden.dtype)
            shifted = hidden + added
            return (shifted, *output[1:]) if isinstance(output, tuple) else shifted

        return hook

    def loss_of() -> torch.Tensor:
        active.update(positions=batch.key_positions, which=owner_of_variant)
        loss = search.nll_factor * target_nll(model(**batch.model_inputs()).logits, batch)
        if controls is not None and search.kl_factor:
            active.update(positions=controls.key_positions, which=owner)
            shifted = _control_log_probs(model, controls)
            loss = loss + search.kl_factor * F.kl_div(
                reference, shifted, log_target=True, reduction="batchmean"
            )
        return loss + search.weight_decay * sum(
            (d.norm() / init.norm() ** 2) for d, init in zip(deltas, inits, strict=True)
        )

    def project() -> None:
        """Each delta row back inside `clamp_norm_factor` times its initial output's norm."""
        for delta, init in zip(deltas, inits, strict=True):
            limit = search.clamp_norm_factor * init.norm(dim=-1, keepdim=True)  # [rows, 1]
            norm = delta.norm(dim=-1, keepdim=True).clamp(min=1e-12)  # [rows, 1]
            delta.mul_(torch.clamp(limit / norm, max=1.0))

    handles = [site.register_forward_hook(shift(i)) for i, site in enumerate(sites)]
    try:
        optimizer = torch.optim.Adam(deltas, lr=search.lr)
        descend(optimizer, loss_of, search.steps, below(_TARGET_FOUND), project=project)
    finally:
        for handle in handles:
            handle.remove()
    return [(init + delta).detach() for init, delta in zip(inits, deltas, strict=True)]


def _control_log_probs(model: nn.Module, controls: TeacherForced) -> torch.Tensor:
    logits = model(**controls.model_inputs()).logits
    rows = torch.arange(logits.shape[0], device=logits.device)
    return F.log_softmax(logits[rows, controls.key_positions].float(), dim=-1)
