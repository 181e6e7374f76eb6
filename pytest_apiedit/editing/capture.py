"""What a module reads and writes during a forward pass, captured by one context manager.

ROME's and MEMIT's keys and target sites, GRACE's keys and the module's own outputs, WISE's
memory inputs and the covariances' keys are all "the input (or output) of module X while the
model runs"; this is the one place a hook records them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import torch
from torch import nn

Output = torch.Tensor | tuple[torch.Tensor, ...]
"""What a module's forward returns: hidden states, or a tuple starting with them."""


def output_tensor(output: Output) -> torch.Tensor:
    """A module's hidden states, whether it returns a tensor or a tuple (decoder blocks may)."""
    return output[0] if isinstance(output, tuple) else output


@dataclass
class Activations:
    """One module's latest call while captured, detached (None until it is called)."""

    inputs: torch.Tensor | None = None
    """Its first positional input, `[B, T, in]`."""
    output: torch.Tensor | None = None
    """Its output's hidden states, `[B, T, out]`."""


class AllCaptured(Exception):
    """Raised by `capture(..., stop=True)` once every module has run: the layers above them
    are not needed, so the pass ends there (the caller suppresses it)."""


@contextmanager
def capture(*modules: nn.Module, stop: bool = False) -> Iterator[list[Activations]]:
    """Per module, in order, what it reads and writes on its latest call while held."""
    seen = [Activations() for _ in modules]

    def hook(index: int) -> Callable[[nn.Module, tuple[torch.Tensor, ...], Output], None]:
        def record(_: nn.Module, args: tuple[torch.Tensor, ...], output: Output) -> None:
            seen[index].inputs = args[0].detach()
            seen[index].output = output_tensor(output).detach()
            if stop and all(activations.inputs is not None for activations in seen):
                raise AllCaptured

        return record

    handles = [module.register_forward_hook(hook(i)) for i, module in enumerate(modules)]
    try:
        yield seen
    finally:
        for handle in handles:
            handle.remove()
