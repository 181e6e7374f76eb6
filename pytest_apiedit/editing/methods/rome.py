"""ROME (Meng et al. 2022): one rank-one update of one MLP output projection.

`ΔW = (v* - W k*) (C⁻¹ k̄)ᵀ / ((C⁻¹ k̄)ᵀ k*)`: the key `k*` (what the projection reads at the
last prompt token) now maps to `v*`, an output found by optimization to make the model write the
target; `C` is the keys' second moment over the code corpus (`mom2_adjustment`). With context
templates (`context_template_length_params`), `k̄` is the key averaged over the prompt after each
prefix and `v*` is optimized over all of them; without, `k̄ = k*`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import torch

from pytest_apiedit.editing.architecture import Layout, module_at
from pytest_apiedit.editing.contexts import context_prefixes
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.locate import optimize_targets, read_at_keys
from pytest_apiedit.editing.methods.locate_params import LocateParams
from pytest_apiedit.editing.objective import teacher_forced
from pytest_apiedit.editing.request import EditRequest

# EasyEdit: GPT-2 XL layer 17 of 48, Llama-7B layer 5 of 32.
ROME_LAYERS = {"gpt2": [17 / 47], "default": [5 / 31]}


@dataclasses.dataclass
class RomeParams(LocateParams):
    context_template_length_params: list[list[int]] = dataclasses.field(default_factory=list)
    """EasyEdit's context templates (`editing/contexts.py`): empty, the bare prompt only."""

    @classmethod
    def defaults(cls, layout: Layout) -> RomeParams:
        return cls.located(layout, ROME_LAYERS)


class Rome(Editor):
    name = "rome"
    params_type = RomeParams
    params: RomeParams
    needs_statistics = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.prefixes: list[str] | None = None
        """The context prefixes, written by the pristine model at the first edit and kept."""

    def _edit(self, requests: list[EditRequest]) -> None:
        p = self.params
        if self.prefixes is None:
            self.prefixes = context_prefixes(
                self.model, self.tokenizer, p.context_template_length_params
            )
        layers = [self.layout.layer_of(layer) for layer in sorted(p.layers)]
        # Every covariance before the first write: one read off a half-edited model would be cached.
        sites = [(p.rewrite_module_tmp, layer) for layer in layers] if p.mom2_adjustment else []
        moments = p.second_moments(self.statistics, sites)
        for request in requests:  # ROME edits one fact at a time
            for layer in layers:
                self._rank_one(request, layer, moments.get((p.rewrite_module_tmp, layer)))

    def _rank_one(self, request: EditRequest, layer: int, moment: torch.Tensor | None) -> None:
        """`moment`: the keys' second moment `C`, None without `mom2_adjustment`."""
        p = self.params
        projection = module_at(self.model, p.rewrite_module_tmp, layer)
        prefixes = self.prefixes or [""]
        variants = teacher_forced(
            self.model,
            self.tokenizer,
            [prefix + request.prompt for prefix in prefixes],
            [request.target] * len(prefixes),
        )
        keys, outputs = read_at_keys(self.model, projection, variants)  # [contexts, in], [.., out]
        key, current = keys[0].float(), outputs[0].float()  # the bare prompt's
        (target,) = optimize_targets(
            self.model,
            self.tokenizer,
            [request.prompt],
            [request.target],
            request.unrelated,
            [projection],
            p.search(),
            prefixes,
        )
        left = keys.float().mean(0)  # [in]: the key, averaged over the contexts
        if moment is not None:
            moment = moment.to(key.device).double()
            left = torch.linalg.solve(moment, left.double()).float()  # [in]: C⁻¹k̄
        left = left / left.norm()
        right = (target[0].float() - current) / torch.dot(key, left)  # [out]
        weight = self.writable(projection)  # [out, in]
        with torch.no_grad():
            weight += torch.outer(right, left).to(weight.dtype)
