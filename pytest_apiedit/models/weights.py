"""What a loaded model is, read from it: the exact identity of its weights, its context length.

Caches (generations, covariances) are keyed on the fingerprint; generation and editing cut
prompts to the context length.
"""

from __future__ import annotations

import hashlib

import torch
from torch import nn


def max_positions(model: nn.Module, wanted: int) -> int:
    """`wanted` tokens, or fewer when the model's position table is shorter."""
    config = model.config
    limit = getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None)
    return min(wanted, limit) if limit else wanted


def fingerprint(model: nn.Module) -> str:
    """Identifies weights exactly: every byte of every parameter and buffer, with its name,
    dtype and shape, so two models share caches only when they compute the same thing (a
    strided sample let layers differing in most entries share a key). Not where the weights
    were loaded from, so a copied or moved model keeps its caches. sha256 runs at about
    1.5 GB/s on one idle core: 0.4 s for 135M float32 parameters."""
    digest = hashlib.sha256()
    tensors = [("parameter", model.named_parameters()), ("buffer", model.named_buffers())]
    for kind, named in tensors:
        for name, tensor in named:
            digest.update(f"{kind}\0{name}\0{tensor.dtype}\0{tuple(tensor.shape)}\0".encode())
            digest.update(_raw_bytes(tensor))
    return digest.hexdigest()


def _raw_bytes(tensor: torch.Tensor) -> memoryview:
    """The tensor's memory as bytes, copied only when it is not contiguous or not on the CPU (a
    view as `uint8` works for every dtype, bfloat16 included, which numpy cannot hold)."""
    flat = tensor.detach().contiguous().cpu().reshape(-1)
    return memoryview(flat.view(torch.uint8).numpy())
