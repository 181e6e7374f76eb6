"""Gradient methods on the target: constrained fine-tuning (FT-L, FT-M) and LoRA.

FT follows Zhu et al. and ROME's FT-L baseline: Adam on one MLP output projection, the weights
clamped after every step to an L-infinity ball of radius `norm_constraint` around their pristine
values. `objective_optimization` picks the loss: `target_new` (FT-M: teacher-forced likelihood of
the target tokens, prompt masked) or `prompt_last` (FT-L: every target token scored from the last
prompt position, as in ROME's code). LoRA trains low-rank adapters added to projections' outputs
by hooks, so the model's own weights are never written.
"""

from __future__ import annotations

import dataclasses
import math

import torch
from torch import nn

from pytest_apiedit.choices import choose
from pytest_apiedit.editing.architecture import PROJECTIONS, Layout, in_out_features, module_at
from pytest_apiedit.editing.descent import EARLY_STOP, below, clamp_around, descend
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.hparams import Hyperparameters, layer_at
from pytest_apiedit.editing.objective import TeacherForced, last_prompt_log_probs
from pytest_apiedit.editing.request import EditRequest

_OBJECTIVES = ("target_new", "prompt_last")


@dataclasses.dataclass
class FineTuneParams(Hyperparameters):
    unused_easyedit_keys = frozenset(
        {"kl_factor", "layer_module_tmp", "mlp_module_tmp", "attn_module_tmp"}
    )
    layers: list[int] = dataclasses.field(default_factory=lambda: [0])
    rewrite_module_tmp: str = ""
    lr: float = 5e-4
    weight_decay: float = 0.0
    num_steps: int = 25
    norm_constraint: float | None = 5e-4
    """L-infinity radius around the pristine weights; `false` in a YAML file: unconstrained."""
    objective_optimization: str = "target_new"

    @classmethod
    def defaults(cls, layout: Layout) -> FineTuneParams:
        return cls(
            layers=[layer_at(0.66, layout.depth)], rewrite_module_tmp=layout.rewrite_module_tmp
        )

    def validate(self, model: nn.Module, layout: Layout) -> None:
        super().validate(model, layout)
        choose(self.objective_optimization, _OBJECTIVES, "objective_optimization", EditConfigError)


class FineTune(Editor):
    name = "ft"
    params_type = FineTuneParams
    params: FineTuneParams

    def _edit(self, requests: list[EditRequest]) -> None:
        p = self.params
        batch = self.teacher_forced(requests)
        weights = []
        for layer in p.layers:
            projection = module_at(self.model, p.rewrite_module_tmp, self.layout.layer_of(layer))
            self.writable(projection)
            weights.append(projection.weight)
        start = [w.detach().clone() for w in weights]
        for weight in weights:
            weight.requires_grad_(True)
        loss_of = self._ft_l_loss if p.objective_optimization == "prompt_last" else self.target_loss
        descend(
            torch.optim.Adam(weights, lr=p.lr, weight_decay=p.weight_decay),
            lambda: loss_of(batch),
            p.num_steps,
            below(EARLY_STOP),
            project=clamp_around(weights, start, p.norm_constraint),
        )

    def _ft_l_loss(self, batch: TeacherForced) -> torch.Tensor:
        # Causal attention: the last prompt position sees the prompt only, as in ROME's FT-L.
        log_probs = last_prompt_log_probs(self.model(**batch.model_inputs()).logits, batch)
        wanted = batch.labels != -100
        scores = log_probs.gather(-1, batch.labels.clamp(min=0)) * wanted
        return -(scores.sum(1) / wanted.sum(1)).mean()


@dataclasses.dataclass
class LoraParams(Hyperparameters):
    unused_easyedit_keys = frozenset({"kl_factor", "norm_constraint"})
    layers: list[int] = dataclasses.field(default_factory=list)
    """Empty: every layer."""
    target_modules: list[str] = dataclasses.field(default_factory=list)
    """Suffixes of module names (`q_proj`, `mlp.down_proj`); empty: the MLP output projection."""
    rank: int = 8
    lora_alpha: float = 32.0
    lora_dropout: float = 0.1
    lr: float = 5e-3
    weight_decay: float = 0.0
    num_steps: int = 70
    lora_type: str = "lora"

    @classmethod
    def defaults(cls, layout: Layout) -> LoraParams:
        suffix = layout.rewrite_module_tmp.split("{}.", 1)[1]
        return cls(layers=list(range(layout.depth)), target_modules=[suffix])

    def validate(self, model: nn.Module, layout: Layout) -> None:
        super().validate(model, layout)
        if self.lora_type != "lora":
            raise EditConfigError(
                f"lora_type {self.lora_type!r} is not supported natively: use lora"
            )
        if not lora_targets(model, layout, self):
            raise EditConfigError(
                f"target_modules {self.target_modules} match no projection in the edited layers"
            )


def lora_targets(model: nn.Module, layout: Layout, params: LoraParams) -> list[nn.Module]:
    blocks = [module_at(model, layout.layer_module_tmp, layout.layer_of(i)) for i in params.layers]
    return [
        module
        for block in blocks
        for name, module in block.named_modules()
        if isinstance(module, PROJECTIONS) and any(name.endswith(s) for s in params.target_modules)
    ]


class LowRankAdapter(nn.Module):
    """`B A x * alpha / r`, added to a projection's output; B starts at zero: silent at first."""

    def __init__(
        self, projection: nn.Module, params: LoraParams, generator: torch.Generator
    ) -> None:
        super().__init__()
        in_features, out_features = in_out_features(projection)
        weight = projection.weight
        a = torch.empty(params.rank, in_features, dtype=torch.float32)
        nn.init.kaiming_uniform_(a, a=math.sqrt(5), generator=generator)
        self.a = nn.Parameter(a.to(weight.device))
        self.b = nn.Parameter(torch.zeros(out_features, params.rank, device=weight.device))
        self.scale = params.lora_alpha / params.rank
        self.dropout = nn.Dropout(params.lora_dropout)

    def forward(
        self, module: nn.Module, args: tuple[torch.Tensor, ...], output: torch.Tensor
    ) -> torch.Tensor:
        x = self.dropout(args[0]).to(self.a.dtype)
        return output + ((x @ self.a.T @ self.b.T) * self.scale).to(output.dtype)


class Lora(Editor):
    name = "lora"
    params_type = LoraParams
    params: LoraParams
    _adapters: list[LowRankAdapter] | None = None

    def _edit(self, requests: list[EditRequest]) -> None:
        if self._adapters is None:  # successive edits keep training the same adapters
            generator = torch.Generator().manual_seed(self.seed)
            self._adapters = []
            for projection in lora_targets(self.model, self.layout, self.params):
                adapter = LowRankAdapter(projection, self.params, generator)
                self.hook(projection.register_forward_hook(adapter))
                self._adapters.append(adapter)
        batch = self.teacher_forced(requests)
        parameters = [p for adapter in self._adapters for p in adapter.parameters()]
        for adapter in self._adapters:
            adapter.train()
        descend(
            torch.optim.Adam(parameters, lr=self.params.lr, weight_decay=self.params.weight_decay),
            lambda: self.target_loss(batch),
            self.params.num_steps,
            below(EARLY_STOP),
        )
        for adapter in self._adapters:
            adapter.eval()

    def _forget(self) -> None:
        self._adapters = None
