"""MEMIT (Meng et al. 2023), PMET (Li et al. 2024) and AlphaEdit (Fang et al. 2025): one loop.

All three find, at the top edited layer, outputs that make the model write each request's
target (`locate.optimize_targets`, one request at a time), then walk the edited layers bottom-up.
At each layer they read the keys the MLP output projection sees at the key positions, measure how
far the target site still is from its target (earlier layers' writes already moved it), give this
layer its share of that residual, and solve once for the weight change that maps all the keys to
it. They differ only in:

* the target site: MEMIT and AlphaEdit the block output; PMET the outputs of the attention and
  MLP output projections, optimized jointly, each rewritten projection (by default the MLP's
  only) moved towards its own site's target;
* the share: `1/(L-i)` of the residual at the i-th of L layers, PMET `1/sqrt(L-i)`;
* the solve: MEMIT and PMET `ΔW = R Kᵀ (λC + K Kᵀ)⁻¹`, `C` the keys' second moment and `λ`
  `mom2_update_weight`; AlphaEdit `ΔWᵀ = (P (K Kᵀ + C_prev) + L2·I)⁻¹ P K Rᵀ`, `P` projecting onto
  the directions the corpus' keys leave (nearly) unused and `C_prev` the keys of earlier edits.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import torch
from torch import Tensor, nn

from pytest_apiedit.editing.architecture import Layout, module_at
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.locate import TargetSearch, optimize_targets, read_at_keys
from pytest_apiedit.editing.methods.locate_params import LocateParams
from pytest_apiedit.editing.objective import TeacherForced
from pytest_apiedit.editing.request import EditRequest

# EasyEdit: GPT-2 XL layers 13..17 of 48, Llama-7B layers 4..8 of 32.
MEMIT_LAYERS = {
    "gpt2": [layer / 47 for layer in range(13, 18)],
    "default": [layer / 31 for layer in range(4, 9)],
}


@dataclasses.dataclass
class MemitParams(LocateParams):

    @classmethod
    def defaults(cls, layout: Layout) -> MemitParams:
        return cls.located(layout, MEMIT_LAYERS).scaled_update_weight(layout)

    def rewritten(self) -> list[str]:
        """Templates of the projections each edited layer writes."""
        return [self.rewrite_module_tmp]


@dataclasses.dataclass
class PmetParams(MemitParams):
    rewrite_module_tmps: list[str] = dataclasses.field(default_factory=list)
    """Empty: the MLP output projection (EasyEdit's files name only it)."""
    nll_loss_factor: float = 1.0
    v_num_grad_steps: int = 20
    v_weight_decay: float = 0.5
    clamp_norm_factor: float = 1.0

    def rewritten(self) -> list[str]:
        return self.rewrite_module_tmps or [self.mlp_module_tmp]

    def module_templates(self) -> list[str]:
        sites = [self.mlp_module_tmp, self.attn_module_tmp]
        return [*super().module_templates(), *sites, *self.rewritten()]

    def validate(self, model: nn.Module, layout: Layout) -> None:
        super().validate(model, layout)
        sites = (self.mlp_module_tmp, self.attn_module_tmp)
        for template in self.rewritten():
            if template not in sites:
                raise EditConfigError(
                    f"rewrite_module_tmps entry {template!r} is neither mlp_module_tmp nor"
                    " attn_module_tmp: PMET finds targets for those two projections only"
                )

    def search(self) -> TargetSearch:
        return dataclasses.replace(super().search(), nll_factor=self.nll_loss_factor)


@dataclasses.dataclass
class AlphaEditParams(MemitParams):
    unused_easyedit_keys = frozenset({"P_loc"})
    """EasyEdit loads `P` from that file; here it is computed from the cached covariance."""
    nullspace_threshold: float = 2e-2
    """Key directions whose second moment is below this (absolute) are free to write."""
    L2: float = 10.0
    v_weight_decay: float = 0.5
    clamp_norm_factor: float = 0.75


class Memit(Editor):
    name = "memit"
    params_type = MemitParams
    params: MemitParams
    needs_statistics = True

    def _edit(self, requests: list[EditRequest]) -> None:
        p = self.params
        layers = sorted(self.layout.layer_of(layer) for layer in p.layers)
        # Every covariance before the first write: one read off a half-edited model would be cached.
        rewritten = [(template, layer) for template in p.rewritten() for layer in layers]
        moments = {
            site: moment.to(self.device)
            for site, moment in p.second_moments(self.statistics, rewritten).items()
        }
        self._prepare(moments)
        sites = self._sites(layers[-1])
        # Each request's target output on its own (as the papers and EasyEdit find them), then
        # one solve for all: per site, one row per request.
        found = [
            optimize_targets(
                self.model,
                self.tokenizer,
                [request.prompt],
                [request.target],
                request.unrelated,
                [*sites.values()],
                p.search(),
            )
            for request in requests
        ]
        wanted = {
            site: torch.cat([outputs[i] for outputs in found])  # [requests, hidden]
            for i, site in enumerate(sites)
        }
        batch = self.teacher_forced(requests)
        for i, layer in enumerate(layers):
            for template in p.rewritten():
                site = template if template in sites else None
                current = read_at_keys(self.model, sites[site], batch)[1].double()
                residual = (wanted[site].double() - current) * self._share(len(layers) - i)
                projection = module_at(self.model, template, layer)
                keys = read_at_keys(self.model, projection, batch)[0].double()
                change = self._solve(layer, keys.T, residual.T, moments[template, layer])
                weight = self.writable(projection)
                with torch.no_grad():
                    weight += change.to(weight.device, weight.dtype)
        self._remember(layers, batch)

    def _sites(self, layer: int) -> dict[str | None, nn.Module]:
        """Where targets are found, by the template they serve (None: every rewritten one)."""
        return {None: module_at(self.model, self.params.layer_module_tmp, layer)}

    def _share(self, remaining: int) -> float:
        """The residual's part a layer takes when `remaining` layers are left, itself included."""
        return 1 / remaining

    def _solve(self, layer: int, keys: Tensor, residual: Tensor, moment: Tensor) -> Tensor:
        """`ΔW` `[out, in]` from keys `[in, n]` and residuals `[out, n]`."""
        system = self.params.mom2_update_weight * moment.double() + keys @ keys.T
        adjusted = torch.linalg.solve(system, keys)
        return residual @ adjusted.T

    def _prepare(self, moments: dict[tuple[str, int], torch.Tensor]) -> None:
        """Anything derived from the pristine covariances, before the first write."""

    def _remember(self, layers: list[int], batch: TeacherForced) -> None:
        """Anything successive edits must know of this one."""


class Pmet(Memit):
    name = "pmet"
    params_type = PmetParams
    params: PmetParams

    def _sites(self, layer: int) -> dict[str | None, nn.Module]:
        p = self.params
        templates = (p.attn_module_tmp, p.mlp_module_tmp)
        return {template: module_at(self.model, template, layer) for template in templates}

    def _share(self, remaining: int) -> float:
        return 1 / math.sqrt(remaining)


class AlphaEdit(Memit):
    name = "alphaedit"
    params_type = AlphaEditParams
    params: AlphaEditParams

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._projectors: dict[int, torch.Tensor] = {}
        """Per layer, from the pristine covariance: kept across restores."""
        self._previous: dict[int, torch.Tensor] = {}
        """Per layer, `Σ K Kᵀ` of the edits in force."""

    def _prepare(self, moments: dict[tuple[str, int], torch.Tensor]) -> None:
        threshold = self.params.nullspace_threshold
        for (template, layer), moment in moments.items():
            if layer in self._projectors:
                continue
            values, vectors = torch.linalg.eigh(moment.double())  # C is symmetric: its SVD
            free = vectors[:, values < threshold]
            if free.shape[1] == 0:
                raise EditConfigError(
                    f"nullspace_threshold {threshold:g} keeps no key direction of"
                    f" {template.format(layer)} (its smallest second-moment eigenvalue is"
                    f" {values.min().item():.3g}): raise nullspace_threshold in the hyperparameters"
                )
            self._projectors[layer] = free @ free.T

    def _solve(self, layer: int, keys: Tensor, residual: Tensor, moment: Tensor) -> Tensor:
        projector = self._projectors[layer]
        previous = self._previous.get(layer, torch.zeros_like(projector))
        identity = torch.eye(len(projector), dtype=projector.dtype, device=projector.device)
        system = projector @ (keys @ keys.T + previous) + self.params.L2 * identity
        return torch.linalg.solve(system, projector @ keys @ residual.T).T

    def _remember(self, layers: list[int], batch: TeacherForced) -> None:
        for layer in layers:
            projection = module_at(self.model, self.params.rewrite_module_tmp, layer)
            keys = read_at_keys(self.model, projection, batch)[0].double()
            self._previous[layer] = self._previous.get(layer, 0) + keys.T @ keys

    def _forget(self) -> None:
        self._previous = {}
