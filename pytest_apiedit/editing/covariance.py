"""Second moments of a module's inputs over a code corpus, computed locally and cached on disk.

ROME's `mom2`, MEMIT's and PMET's `C`, AlphaEdit's null space: all are `E[k k^T]` over the keys a
rewritten projection reads. EasyEdit takes them from Wikipedia on a hub; here the corpus is the
benchmark's original-world solutions plus the Python standard library on this machine, so code
models are measured on code. The cache key is the model's fingerprint, the module, the corpus
hash and the sample count; concurrent xdist workers wait on a file lock and compute once.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

import torch
from torch import nn
from tqdm import tqdm

from pytest_apiedit.benchmark.corpus import code_corpus, corpus_hash
from pytest_apiedit.diskcache import cache_root, locked
from pytest_apiedit.editing.architecture import max_positions

_MAX_TOKENS = 256


def fingerprint(model: nn.Module) -> str:
    """Identifies weights cheaply: names, shapes and a strided sample of every parameter; not
    where they were loaded from, so a copied or moved model keeps its caches."""
    digest = hashlib.sha256()
    for name, param in model.named_parameters():
        flat = param.detach().reshape(-1)
        sample = flat[:: max(1, flat.numel() // 4096)].float().cpu()
        digest.update(f"{name}{tuple(param.shape)}{param.dtype}".encode())
        digest.update(sample.numpy().tobytes())
    return digest.hexdigest()[:20]


class Statistics:
    """Serves `E[k k^T]` for any projection of one model, from memory, disk, or a fresh pass."""

    def __init__(
        self,
        model: nn.Module,
        tokenizer: Any,
        corpus: tuple[str, ...] | None = None,
        root: Path | str | None = None,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self._corpus = corpus
        self.root = Path(root) if root is not None else cache_root()
        self.model_id = fingerprint(model)  # taken now, from the pristine weights
        self._memory: dict[str, torch.Tensor] = {}
        self.computed = 0
        """Second moments this object computed (not loaded): a cache hit leaves it alone."""

    @property
    def corpus(self) -> tuple[str, ...]:
        if self._corpus is None:
            self._corpus = code_corpus()
        return self._corpus

    def path(self, module_name: str, samples: int, dtype: str) -> Path:
        texts = self.corpus[:samples]
        return (
            self.root
            / "covariance"
            / self.model_id
            / f"{module_name}-{corpus_hash(texts)}-{len(texts)}-{dtype}.pt"
        )

    def second_moment(self, module_name: str, samples: int, dtype: str = "float32") -> torch.Tensor:
        path = self.path(module_name, samples, dtype)
        key = str(path)
        if key not in self._memory:
            self._memory[key] = self._load_or_compute(path, module_name, samples, dtype)
        return self._memory[key]

    def _load_or_compute(
        self, path: Path, module_name: str, samples: int, dtype: str
    ) -> torch.Tensor:
        path.parent.mkdir(parents=True, exist_ok=True)
        with locked(path.with_suffix(".lock")):
            if path.exists():
                return torch.load(path, map_location="cpu", weights_only=True)
            moment = self._compute(module_name, samples, getattr(torch, dtype))
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            torch.save(moment, partial)
            os.replace(partial, path)
            self.computed += 1
            return moment

    @torch.no_grad()
    def _compute(self, module_name: str, samples: int, dtype: torch.dtype) -> torch.Tensor:
        module = self.model.get_submodule(module_name)
        device = next(self.model.parameters()).device
        total: torch.Tensor | None = None
        count = 0

        def accumulate(_: nn.Module, args: tuple[torch.Tensor, ...]) -> None:
            nonlocal total, count
            keys = args[0].reshape(-1, args[0].shape[-1]).to(dtype)
            total = keys.T @ keys if total is None else total + keys.T @ keys
            count += keys.shape[0]

        length = max_positions(self.model, _MAX_TOKENS)
        handle = module.register_forward_pre_hook(accumulate)
        was_training = self.model.training
        self.model.eval()
        try:
            texts = self.corpus[:samples]
            for text in tqdm(
                texts,
                desc=f"covariance {module_name}",
                file=sys.stderr,
                leave=False,
                disable=not sys.stderr.isatty(),
            ):
                ids = self.tokenizer(text, return_tensors="pt", truncation=True, max_length=length)
                self.model(input_ids=ids["input_ids"].to(device))
        finally:
            handle.remove()
            self.model.train(was_training)
        assert total is not None, "the corpus is empty"
        return (total / count).cpu()
