"""WISE (Wang et al. 2024): a side memory at one layer, and a router choosing which memory answers.

The side memory is a copy of the edited module's weight. An edit trains it by SGD (`edit_lr`,
`n_iter`), its gradient masked to a random `mask_ratio` of the entries and the weight clamped to
`norm_constraint` around the pristine one, on the target's likelihood plus activation margins.
A prompt's score is |act(side(x)) - act(main(x))| averaged over its tokens: the edit's prompt
must score above `beta`, the request's unrelated prompts below `alpha`, the two `gamma` apart.
At inference a prompt scoring at least `act_ratio` times the lowest score an edit reached is
answered by the side memory, for its whole sequence; any other by the model's own weight. Every
`save_freq` edits the side memory is shelved and a fresh copy started; every `merge_freq` edits
the last shelved ones are merged into one (`merge_alg`, TIES-style), and the router takes the
memory scoring highest above its own threshold (WISE-Retrieve). All of it lives in forward hooks:
the model's weights are never written.

The routing is decided on the prompt when a sequence starts and held while `generate` decodes
(see `routing`). Differences from EasyEdit, each deliberate: scores average over the prompt's
tokens in training and at inference alike (EasyEdit trains on prompt and target, padding
included, and routes a prompt over 100 tokens by its highest token: a threshold learnt on one
statistic would be applied to another); the edit rows are the requests themselves (EasyEdit adds
ten generated context prefixes); the unrelated prompts are the requests' own
(`EditRequest.unrelated`, EasyEdit's `loc_prompt`); the mask comes from a seeded generator, so
the same edits give the same memory.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, Self

import torch
from torch import nn
from transformers.activations import ACT2FN

from pytest_apiedit.editing.architecture import Layout, module_at, weight_out_in
from pytest_apiedit.editing.capture import capture
from pytest_apiedit.editing.descent import clamp_around, descend
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.hparams import Hyperparameters, layer_at
from pytest_apiedit.editing.methods.grace import MEMORY_LAYER, validate_one_layer
from pytest_apiedit.editing.objective import TeacherForced, teacher_forced
from pytest_apiedit.editing.request import EditRequest
from pytest_apiedit.editing.routing import Prompt, Router

_MERGES = {
    "ties": (True, True, True),
    "magnitude": (True, False, False),
    "magnitude_norm": (True, False, True),
    "sign": (False, True, True),
}
"""EasyEdit's deterministic merges: (trim to `densities`, elect signs, normalize by weight)."""

Scored = tuple[torch.Tensor, torch.Tensor]
"""Inputs of the edited module `[B, T, in]` and the tokens a score averages over `[B, T]`."""


@dataclasses.dataclass
class WiseParams(Hyperparameters):
    layers: list[int] = dataclasses.field(default_factory=lambda: [0])
    rewrite_module_tmp: str = ""
    edit_lr: float = 1.0
    n_iter: int = 70
    mask_ratio: float = 0.2
    norm_constraint: float | None = 1.0
    """L-infinity radius around the pristine weight; `false` in a YAML file: unconstrained."""
    alpha: float = 5.0
    """`act_margin[0]`: the most an unrelated prompt may score."""
    beta: float = 20.0
    """`act_margin[1]`: the least the edit's prompt must score."""
    gamma: float = 10.0
    """`act_margin[2]`: the least gap between the two."""
    act_ratio: float = 0.88
    save_freq: int = 500
    merge_freq: int = 1000
    merge_alg: str = "ties"
    densities: float = 0.53
    weights: float = 1.0
    objective_optimization: str = "only_label"
    retrieve: bool = True
    replay: bool = False

    @classmethod
    def defaults(cls, layout: Layout) -> WiseParams:
        layer = layer_at(MEMORY_LAYER, layout.depth)
        return cls(layers=[layer], rewrite_module_tmp=layout.rewrite_module_tmp)

    def overridden(self, values: dict[str, Any], method: str) -> Self:
        """EasyEdit's YAML gives the margins as `act_margin: [alpha, beta, gamma]`."""
        values = dict(values)
        margin = values.pop("act_margin", None)
        if margin is not None:
            if not isinstance(margin, list) or len(margin) != 3:
                raise EditConfigError(f"{method}: act_margin is [alpha, beta, gamma], not {margin}")
            values.update(zip(("alpha", "beta", "gamma"), margin, strict=True))
        return super().overridden(values, method)

    def validate(self, model: nn.Module, layout: Layout) -> None:
        super().validate(model, layout)
        validate_one_layer(self.layers, "wise")
        activation(model)
        if self.save_freq < 1 or self.merge_freq % self.save_freq:
            freqs = f"merge_freq {self.merge_freq}, save_freq {self.save_freq}"
            raise EditConfigError(f"{freqs} for wise: merge_freq must be a multiple of save_freq")
        natively = {  # key: (what is supported, whether the value is)
            "merge_alg": (", ".join(_MERGES), self.merge_alg in _MERGES),
            "objective_optimization": ("only_label", self.objective_optimization == "only_label"),
            "retrieve": ("true (WISE-Retrieve)", self.retrieve),
            "replay": ("false", not self.replay),
        }
        for key, (supported, ok) in natively.items():
            if not ok:
                value = getattr(self, key)
                raise EditConfigError(f"native wise supports {key} {supported}, not {value!r}")


def activation(model: nn.Module) -> nn.Module:
    """The model's MLP activation: WISE compares the memories' outputs through it."""
    config = model.config
    name = getattr(config, "hidden_act", None) or getattr(config, "activation_function", None)
    if name not in ACT2FN:
        raise EditConfigError(f"wise needs the model's hidden_act, and {name!r} is not one known")
    return ACT2FN[name]


@dataclasses.dataclass
class Memory:
    weight: torch.Tensor
    """`[out, in]`, float32."""
    least: float = math.inf
    """The lowest score an edit in it reached: `act_ratio` times this is its routing threshold."""


class Wise(Editor):
    name = "wise"
    params_type = WiseParams
    params: WiseParams
    _side: Memory | None = None
    _training: torch.Tensor | None = None
    """The side weight being trained: it answers for every row and token."""

    def _edit(self, requests: list[EditRequest]) -> None:
        p = self.params
        projection = module_at(self.model, p.rewrite_module_tmp, self.layout.layer_of(p.layers[0]))
        if self._side is None:
            self._main = weight_out_in(projection).detach().float().clone()
            self._bias = None if projection.bias is None else projection.bias.detach().float()
            self._act = activation(self.model)
            self._side = Memory(self._main.clone())
            self._shelf: list[Memory] = []
            self._edits = 0
            self._router = Router(self)
            self.hook(projection.register_forward_hook(self._route))
        if self._edits % p.save_freq == 0:  # a new memory, a new mask, seeded by its place
            seeded = torch.Generator().manual_seed(len(self._shelf))
            drawn = torch.rand(self._main.shape, generator=seeded)
            self._mask = (drawn < p.mask_ratio).to(self.device)
        batch = self.teacher_forced(requests)
        prompt = Prompt.of(batch.attention_mask, batch.key_positions)
        inside = self._inputs(projection, batch), prompt.tokens
        unrelated = [prompt for request in requests for prompt in request.unrelated]
        outside = None
        if unrelated:
            controls = teacher_forced(self.model, self.tokenizer, unrelated, [""] * len(unrelated))
            outside = self._inputs(projection, controls), controls.attention_mask.bool()
        self._train(batch, inside, outside)
        self._edits += 1
        if self._edits % p.save_freq == 0:
            self._shelf.append(self._side)
            self._side = Memory(self._main.clone())
            if self._edits % p.merge_freq == 0:
                self._merge(p.merge_freq // p.save_freq)

    def _train(self, batch: TeacherForced, inside: Scored, outside: Scored | None) -> None:
        p, side = self.params, self._side
        assert side is not None
        weight = side.weight.clone().requires_grad_(True)

        def mask() -> None:
            assert weight.grad is not None
            weight.grad *= self._mask

        self._training = weight
        try:
            descend(
                torch.optim.SGD([weight], lr=p.edit_lr, weight_decay=1e-5),
                lambda: self.target_loss(batch) + self._margins(weight, inside, outside),
                p.n_iter,
                _converged,
                mask=mask,
                project=clamp_around([weight], [self._main], p.norm_constraint),
            )
        finally:
            self._training = None
        side.weight = weight.detach()
        with torch.no_grad():
            side.least = min(side.least, self._score(side.weight, *inside).min().item())

    def _margins(
        self, weight: torch.Tensor, inside: Scored, outside: Scored | None
    ) -> torch.Tensor:
        p = self.params
        edited = self._score(weight, *inside)
        terms = [p.beta - edited]
        if outside is not None:
            unrelated = self._score(weight, *outside)
            terms += [unrelated[:, None] - edited[None] + p.gamma, unrelated - p.alpha]
        return sum((_hinge(term) for term in terms), torch.zeros((), device=weight.device))

    def _inputs(self, projection: nn.Module, batch: TeacherForced) -> torch.Tensor:
        """What the module reads for `batch`: fixed while its own weight trains."""
        with torch.no_grad(), capture(projection) as (seen,):
            self.model(**batch.model_inputs())
        return seen.inputs.float()

    def _project(self, inputs: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
        out = inputs.float() @ weight.T
        return out if self._bias is None else out + self._bias

    def _score(
        self, weight: torch.Tensor, inputs: torch.Tensor, tokens: torch.Tensor
    ) -> torch.Tensor:
        """Per row, how far `weight`'s activations are from the model's, averaged over `tokens`."""
        side, main = self._project(inputs, weight), self._project(inputs, self._main)
        distance = (self._act(side) - self._act(main)).norm(dim=-1)
        return (distance * tokens).sum(1) / tokens.sum(1).clamp(min=1)

    def _route(
        self, _: nn.Module, args: tuple[torch.Tensor, ...], output: torch.Tensor
    ) -> torch.Tensor:
        inputs = args[0]
        if self._training is not None:
            return self._project(inputs, self._training).to(output.dtype)
        assert self._side is not None
        memories = [self._side, *self._shelf]
        choice, _ = self._router.route(inputs, lambda at: self._choose(memories, inputs, at))
        routed = output
        for index in choice.unique().tolist():
            if index >= 0:
                answer = self._project(inputs, memories[index].weight).to(output.dtype)
                routed = torch.where((choice == index)[:, None, None], answer, routed)
        return routed

    def _choose(self, memories: list[Memory], inputs: torch.Tensor, prompt: Prompt) -> torch.Tensor:
        """Per row, the memory that answers (-1: the model's own weight), as WISE-Retrieve."""
        ratio = self.params.act_ratio
        best = self._score(memories[0].weight, inputs, prompt.tokens)
        choice = torch.where(best >= memories[0].least * ratio, 0, -1)
        for index, memory in enumerate(memories[1:], start=1):
            score = self._score(memory.weight, inputs, prompt.tokens)
            taken = (score > best) & (score > memory.least * ratio)
            choice = torch.where(taken, index, choice)
            best = torch.where(taken, score, best)
        return choice

    def _merge(self, count: int) -> None:
        """The last `count` shelved memories as one; its threshold is the lowest of theirs."""
        p, parts = self.params, self._shelf[-count:]
        trim, elect, normalize = _MERGES[p.merge_alg]
        deltas = torch.stack([part.weight - self._main for part in parts])
        if trim and p.densities < 1:
            flat = deltas.flatten(1)
            kept = flat.abs().topk(int(p.densities * flat.shape[1]), dim=1).indices
            deltas = (flat * torch.zeros_like(flat).scatter_(1, kept, 1.0)).view_as(deltas)
        shares = deltas.new_full((count, 1, 1), p.weights / count)
        weighted = deltas * shares
        if elect:
            agree = weighted.sign() == torch.where(weighted.sum(0) >= 0, 1.0, -1.0)
            mixed, divisor = (weighted * agree).sum(0), (shares * agree).sum(0)
            divisor[divisor == 0] = 1
        else:
            mixed, divisor = weighted.sum(0), shares.sum()
        merged = self._main + (mixed / divisor if normalize else mixed)
        self._shelf[-count:] = [Memory(merged, min(part.least for part in parts))]

    def _forget(self) -> None:
        self._side = None


def _converged(loss: float, previous: float) -> bool:
    """EasyEdit's WISE stop: the loss is low and no longer moving."""
    return abs(previous - loss) <= 1e-4 and loss <= 0.02


def _hinge(term: torch.Tensor) -> torch.Tensor:
    """WISE's margin loss: the mean of the positive entries, zero when none is."""
    positive = term[term > 0]
    return positive.mean() if positive.numel() else term.new_zeros(())
