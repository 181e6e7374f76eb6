"""The one optimization loop of the gradient editors, written once.

FT's and LoRA's weights, GRACE's values, WISE's side memory and the target deltas of ROME, MEMIT,
PMET and AlphaEdit (`locate.optimize_targets`) are all trained the same way: clear the
gradients, compute the loss, stop if it is low enough, step back along the gradient, project
back into the allowed set. They differ only in the optimizer, the stopping rule, WISE's mask on
the gradient and the projection; those are arguments here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import torch

EARLY_STOP = 1e-2
"""ROME's FT baseline stops once its loss is under this; FT, LoRA and GRACE do too."""

Stop = Callable[[float, float], bool]
"""Given this step's loss and the previous step's (inf at the first): whether to stop here."""


def below(threshold: float) -> Stop:
    """ROME's early stop: the loss is under `threshold`."""
    return lambda loss, _previous: loss < threshold


def descend(
    optimizer: torch.optim.Optimizer,
    loss_of: Callable[[], torch.Tensor],
    steps: int,
    stop: Stop,
    *,
    mask: Callable[[], None] | None = None,
    project: Callable[[], None] | None = None,
) -> None:
    """At most `steps` steps of `optimizer` on `loss_of()`, checked by `stop` before each step.

    `mask` edits the gradients between backward and step (WISE's random mask); `project` puts
    the parameters back into their allowed set after each step, outside the autograd graph.
    """
    previous = math.inf
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_of()
        value = loss.item()
        if stop(value, previous):
            break
        previous = value
        loss.backward()
        if mask is not None:
            mask()
        optimizer.step()
        if project is not None:
            with torch.no_grad():
                project()


def clamp_around(
    parameters: Sequence[torch.Tensor], centres: Sequence[torch.Tensor], radius: float | None
) -> Callable[[], None] | None:
    """A `project` keeping each parameter in the L-infinity ball of `radius` around its centre
    (FT's and WISE's `norm_constraint`); None, unconstrained, when `radius` is None."""
    if radius is None:
        return None
    bounds = [(centre - radius, centre + radius) for centre in centres]  # each like its parameter

    def project() -> None:
        for parameter, (low, high) in zip(parameters, bounds, strict=True):
            parameter.copy_(parameter.clamp(low, high))

    return project
