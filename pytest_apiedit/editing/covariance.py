"""Second moments of a module's inputs over a code corpus, computed locally and cached on disk.

ROME's `mom2`, MEMIT's and PMET's `C`, AlphaEdit's null space: all are `E[k k^T]` over the keys a
rewritten projection reads. EasyEdit takes them from Wikipedia on a hub; here the corpus is the
benchmark's original-world solutions plus the Python standard library on this machine, so code
models are measured on code. The cache key is the model's fingerprint, the module, the corpus
hash and the sample count; concurrent xdist workers wait on a file lock and compute once.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from contextlib import ExitStack, suppress
from pathlib import Path
from typing import Any

import torch
from torch import nn
from tqdm import tqdm

from pytest_apiedit.benchmark.corpus import code_corpus, corpus_hash
from pytest_apiedit.diskcache import atomic_write, cache_root, locked
from pytest_apiedit.editing.capture import AllCaptured, capture
from pytest_apiedit.models.weights import fingerprint, max_positions

_MAX_TOKENS = 256


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

    @property
    def corpus_identity(self) -> str:
        """The hash of the whole corpus: the moments of any sample count are drawn from it, so
        an edit made with them is named by it (the standard library differs between Pythons)."""
        return corpus_hash(self.corpus)

    def path(self, module_name: str, samples: int, dtype: str) -> Path:
        texts = self.corpus[:samples]
        return (
            self.root
            / "covariance"
            / self.model_id
            / f"{module_name}-{corpus_hash(texts)}-{len(texts)}-{dtype}.pt"
        )

    def second_moment(self, module_name: str, samples: int, dtype: str = "float32") -> torch.Tensor:
        return self.second_moments([module_name], samples, dtype)[module_name]

    def second_moments(
        self, module_names: Sequence[str], samples: int, dtype: str = "float32"
    ) -> dict[str, torch.Tensor]:
        """Several modules' moments: those neither in memory nor on disk come from one pass over
        the corpus (MEMIT's five layers cost one pass, not five)."""
        paths = {name: self.path(name, samples, dtype) for name in module_names}
        missing = sorted({name for name, path in paths.items() if str(path) not in self._memory})
        if missing:
            for name, moment in self._load_or_compute(missing, paths, samples, dtype).items():
                self._memory[str(paths[name])] = moment
        return {name: self._memory[str(path)] for name, path in paths.items()}

    def _load_or_compute(
        self, names: list[str], paths: dict[str, Path], samples: int, dtype: str
    ) -> dict[str, torch.Tensor]:
        with ExitStack() as held:
            for name in names:  # sorted: two workers never wait on each other's locks
                paths[name].parent.mkdir(parents=True, exist_ok=True)
                held.enter_context(locked(paths[name].with_suffix(".lock")))
            found = {
                name: torch.load(paths[name], map_location="cpu", weights_only=True)
                for name in names
                if paths[name].exists()
            }
            fresh = [name for name in names if name not in found]
            if fresh:
                computed = self._compute(fresh, samples, getattr(torch, dtype))
                for name, moment in computed.items():
                    atomic_write(paths[name], functools.partial(torch.save, moment))
                self.computed += len(computed)
                found.update(computed)
            return found

    @torch.no_grad()
    def _compute(
        self, module_names: list[str], samples: int, dtype: torch.dtype
    ) -> dict[str, torch.Tensor]:
        """One forward pass per text, stopped once every module has read its keys: the layers
        above the deepest one are never run (a ROME layer a sixth of the way up costs a sixth of
        the model)."""
        device = next(self.model.parameters()).device
        modules = [self.model.get_submodule(name) for name in module_names]
        totals: dict[str, torch.Tensor] = {}
        counts = dict.fromkeys(module_names, 0)
        length = max_positions(self.model, _MAX_TOKENS)
        was_training = self.model.training
        self.model.eval()
        try:
            texts = self.corpus[:samples]
            for text in tqdm(
                texts,
                desc=f"covariance {', '.join(module_names)}",
                file=sys.stderr,
                leave=False,
                disable=not sys.stderr.isatty(),
            ):
                ids = self.tokenizer(text, return_tensors="pt", truncation=True, max_length=length)
                with suppress(AllCaptured), capture(*modules, stop=True) as seen:
                    self.model(input_ids=ids["input_ids"].to(device))
                for name, activations in zip(module_names, seen, strict=True):
                    inputs = activations.inputs  # [1, T, in]
                    keys = inputs.reshape(-1, inputs.shape[-1]).to(dtype)  # [T, in]
                    product = keys.T @ keys  # [in, in]
                    totals[name] = totals[name] + product if name in totals else product
                    counts[name] += keys.shape[0]
        finally:
            self.model.train(was_training)
        assert totals, "the corpus is empty"
        return {name: (totals[name] / counts[name]).cpu() for name in module_names}

