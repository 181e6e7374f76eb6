"""Where an edit writes, found from the module tree of any common decoder (no per-model tables).

A decoder is a stack of blocks (the `ModuleList` as long as the model is deep); each block has
an attention part and an MLP part, each ending in an output projection that writes to the
residual stream. GPT-2 writes those projections as `Conv1D` (weight stored `[in, out]`), the
others as `nn.Linear` (`[out, in]`); `weight_out_in` hides the difference.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn
from transformers.pytorch_utils import Conv1D

from pytest_apiedit.editing.errors import EditConfigError

PROJECTIONS = (nn.Linear, Conv1D)
_MLP_NAMES = ("mlp", "feed_forward", "ffn")
_ATTENTION_NAMES = ("self_attn", "attn", "attention", "self_attention")
_ATTENTION_OUT_NAMES = ("o_proj", "c_proj", "dense", "out_proj")


def weight_out_in(projection: nn.Module) -> torch.Tensor:
    """The projection's weight as `[out_features, in_features]` (a view: writes reach the model)."""
    weight = projection.weight
    return weight.T if isinstance(projection, Conv1D) else weight


def in_out_features(projection: nn.Module) -> tuple[int, int]:
    out_features, in_features = weight_out_in(projection).shape
    return in_features, out_features


@dataclass(frozen=True)
class Layout:
    """Module-name templates of one model, in EasyEdit's `{}`-for-the-layer spelling."""

    model_type: str
    depth: int
    hidden_size: int
    layer_module_tmp: str
    """A block, e.g. `model.layers.{}`."""
    mlp_module_tmp: str
    attn_module_tmp: str
    rewrite_module_tmp: str
    """The MLP's output projection, e.g. `model.layers.{}.mlp.down_proj`: what ROME rewrites."""
    attn_out_module_tmp: str
    key_width: int
    """Inputs of the MLP output projection: the keys MEMIT's covariance is over."""

    def layer_of(self, index: int) -> int:
        """A layer index, negative counting from the top, checked against the model's depth."""
        resolved = index + self.depth if index < 0 else index
        if not 0 <= resolved < self.depth:
            raise EditConfigError(
                f"layer {index} is past the model's depth"
                f" ({self.depth} layers, 0..{self.depth - 1}):"
                " pick a layer inside it in the hyperparameter file"
            )
        return resolved


def module_at(model: nn.Module, template: str, layer: int) -> nn.Module:
    """The module a template names at one layer; matching nothing is a configuration error."""
    template = template.removesuffix(".weight")
    name = template.format(layer) if "{}" in template else template
    try:
        return model.get_submodule(name)
    except AttributeError:
        raise EditConfigError(
            f"module template {template!r} matches nothing in this {type(model).__name__}"
            f" (no {name!r}): fix rewrite_module_tmp / inner_params in the hyperparameter file"
        ) from None


def layout_of(model: nn.Module) -> Layout:
    """Discover the block stack and the projections in its first block."""
    config = model.config
    depth = config.num_hidden_layers
    hidden = config.hidden_size
    stacks = [
        (name, module)
        for name, module in model.named_modules()
        if isinstance(module, nn.ModuleList) and len(module) == depth
    ]
    if not stacks:
        raise EditConfigError(
            f"cannot find the {depth} decoder blocks of {type(model).__name__}: give"
            " layer_module_tmp and rewrite_module_tmp in a hyperparameter file"
        )
    stack_name, stack = stacks[0]
    block = stack[0]
    mlp_name = _child_named(block, _MLP_NAMES)
    attn_name = _child_named(block, _ATTENTION_NAMES)
    mlp_out = _last_projection(block.get_submodule(mlp_name), writes=hidden)
    attn_out = _attention_out(block.get_submodule(attn_name), hidden)
    blocks = f"{stack_name}.{{}}"
    return Layout(
        model_type=config.model_type,
        depth=depth,
        hidden_size=hidden,
        layer_module_tmp=blocks,
        mlp_module_tmp=f"{blocks}.{mlp_name}",
        attn_module_tmp=f"{blocks}.{attn_name}",
        rewrite_module_tmp=f"{blocks}.{mlp_name}.{mlp_out}",
        attn_out_module_tmp=f"{blocks}.{attn_name}.{attn_out}",
        key_width=in_out_features(block.get_submodule(f"{mlp_name}.{mlp_out}"))[0],
    )


def _child_named(block: nn.Module, candidates: tuple[str, ...]) -> str:
    names = dict(block.named_children())
    for candidate in candidates:
        if candidate in names:
            return candidate
    raise EditConfigError(
        f"{type(block).__name__} has none of {', '.join(candidates)}: give the module templates"
        " in a hyperparameter file"
    )


def _last_projection(part: nn.Module, writes: int) -> str:
    found = [
        name
        for name, module in part.named_modules()
        if isinstance(module, PROJECTIONS) and in_out_features(module)[1] == writes
    ]
    if not found:
        raise EditConfigError(
            f"{type(part).__name__} has no projection back to the residual stream"
        )
    return found[-1]


def _attention_out(attention: nn.Module, hidden: int) -> str:
    for name in _ATTENTION_OUT_NAMES:
        module = getattr(attention, name, None)
        if isinstance(module, PROJECTIONS) and in_out_features(module)[1] == hidden:
            return name
    return _last_projection(attention, writes=hidden)
