"""The EasyEdit backend's editor: EasyEdit's `apply_*_to_model` behind the plugin's interface.

EasyEdit's functions edit in place (ROME, MEMIT, PMET, AlphaEdit, FT), swap a layer for an adapter
(GRACE, WISE) or inject LoRA layers (peft). Whatever they do, `restore` puts back every parameter
value, every module object, the config and the gradient-checkpointing switch, and checks the
weights. Each edit runs with this editor's own EasyEdit globals (`state`), in a private working
directory (AlphaEdit saves its null-space projector to the current one), seeded, and, for the
locate-then-edit methods, with covariances of the code corpus put where EasyEdit would otherwise
download Wikipedia statistics.
"""

from __future__ import annotations

import dataclasses
import random
import re
import tempfile
from collections.abc import Iterator
from contextlib import chdir, contextmanager
from pathlib import Path
from typing import Any

import numpy
import torch
from torch import nn

from pytest_apiedit.editing.architecture import Layout, module_at
from pytest_apiedit.editing.easyedit.requests import (
    FORMATS_TARGETS,
    TargetTokenizer,
    easyedit_request,
)
from pytest_apiedit.editing.easyedit.source import entry_points
from pytest_apiedit.editing.easyedit.state import ModuleState
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.hparams import Hyperparameters, json_plain
from pytest_apiedit.editing.request import EditRequest

COVARIANCES = {
    "rome": ("rome.compute_u", "inv_mom2_cache"),
    "memit": ("memit.memit_main", "COV_CACHE"),
    "pmet": ("pmet.pmet_main", "COV_CACHE"),
    "alphaedit": ("alphaedit.AlphaEdit_main", "COV_CACHE"),
}
"""Where each locate-then-edit method caches the keys' second moments (ROME: their inverse)."""
PADDED_RIGHT = frozenset({"rome", "memit", "pmet", "alphaedit"})
"""Methods whose EasyEdit code finds a row's target from the row's length (right padding); the
others read it from the padding before the prompt (left padding, as EasyEdit's own editor gives
GRACE, WISE, FT and LoRA): padded the wrong way, WISE trains on the wrong tokens."""
BATCHED = frozenset({"memit", "pmet", "alphaedit"})
"""Methods whose EasyEdit function edits many requests at once (one solve); EasyEdit's others
take the first request of a list, so they are given one at a time."""


@dataclasses.dataclass
class EasyEditParams(Hyperparameters):
    """EasyEdit's own hyperparameter object, loaded by EasyEdit from the user's YAML."""

    method: str = ""
    native: Any = None
    source: str = ""
    """The file it was read from, for error messages."""

    def resolved(self) -> dict[str, Any]:
        native = self.native
        values = dataclasses.asdict(native) if dataclasses.is_dataclass(native) else vars(native)
        return json_plain({"method": self.method, "easyedit": values})


def easyedit_params(method: str, path: Path) -> EasyEditParams:
    """Load the YAML (checked by `check_edit_config`) with EasyEdit's class for `method`; every
    failure is a configuration error."""
    params_class, _ = entry_points(method)
    try:
        native = params_class.from_hparams(str(path))
    except Exception as error:  # EasyEdit raises whatever its dataclass raises on a bad file
        first_line = (
            str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        )
        raise EditConfigError(f"EasyEdit rejected {path}: {first_line}") from None
    return EasyEditParams(method=method, native=native, source=str(path))


def check_for_model(params: EasyEditParams, model: nn.Module, layout: Layout) -> None:
    """EasyEdit's assumptions about the model, checked before any edit: each failure is one line
    naming the key to change in the file."""
    native, method, source = params.native, params.method, params.source
    for layer in getattr(native, "layers", []):
        if layer < 0:
            raise EditConfigError(f"{source}: EasyEdit counts layers from 0 (layers has {layer})")
        layout.layer_of(layer)
        for key in ("rewrite_module_tmp", "layer_module_tmp", "mlp_module_tmp", "attn_module_tmp"):
            template = getattr(native, key, None)
            if template and method != "lora":
                module_at(model, template, layer)
    for template in getattr(native, "rewrite_module_tmps", None) or []:
        for layer in native.layers:
            module_at(model, template, layer)
    for name in getattr(native, "inner_params", []):
        module_at(model, re.sub(r"\[(\d+)\]", r".\1", name), 0)
    head = getattr(native, "lm_head_module", None)
    weights = dict(model.named_parameters())
    if method in ("memit", "pmet") and head and f"{head}.weight" not in weights:
        raise EditConfigError(
            f"{source}: lm_head_module {head!r} has no weight of its own in this model (an output"
            " layer tied to the input embeddings is named by the embeddings, e.g."
            " model.embed_tokens or transformer.wte)"
        )
    gpt2 = getattr(model.config, "model_type", "") == "gpt2"
    model_name = str(getattr(native, "model_name", "")).lower()
    if method in FORMATS_TARGETS - {"rome"} and getattr(native, "fact_token", "") == "last":
        raise EditConfigError(
            f"{source}: EasyEdit's {method} fails on fact_token 'last' (compute_z: 'This is"
            " definitely bugged'): use subject_last, which is the prompt's last token here too"
        )
    if method == "alphaedit":
        wanted = ("gpt2-xl",) if gpt2 else ("llama", "qwen")
        if not any(name in model_name for name in wanted):
            raise EditConfigError(
                f"{source}: EasyEdit's AlphaEdit sizes its projector by model_name, which must"
                f" contain {' or '.join(repr(n) for n in wanted)} for this {layout.model_type}"
                f" model (it is {native.model_name!r})"
            )
    if method == "wise" and gpt2 and "gpt2" not in model_name:
        raise EditConfigError(
            f"{source}: EasyEdit's WISE treats GPT-2's transposed weights only when model_name"
            f" contains 'gpt2' (it is {native.model_name!r})"
        )
    if method == "lora" and getattr(native, "lora_type", "lora") != "lora":
        raise EditConfigError(
            f"{source}: lora_type {native.lora_type!r} fails under peft's current release"
            " (AdaLoRA needs a total step count EasyEdit never passes): use lora_type: lora"
        )


class EasyEditEditor(Editor):
    name = "easyedit"
    params: EasyEditParams

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        method = self.params.method
        check_for_model(self.params, self.model, self.layout)
        _, self._apply = entry_points(method)
        self._folder = tempfile.TemporaryDirectory(prefix="apiedit-easyedit-")
        """EasyEdit's working directory while it edits: whatever it writes stays in here."""
        self._native = self._configured(Path(self._folder.name))
        self.state = ModuleState(method)
        """This editor's EasyEdit globals (its context templates, caches and edit history)."""
        self._covariances_in_place = False
        self._edited: nn.Module = self.model
        """What the next edit is given: the model, or the peft model a LoRA edit made of it."""
        self._weights = list(self.model.parameters())
        """The model's own weights (adapters EasyEdit adds come and go with their modules)."""
        self._modules_before: dict[str, nn.Module] = {}
        self._config_before: dict[str, Any] = {}
        self._checkpointing_before = False
        self._hooks_before: dict[str, set[int]] = {}

    def _configured(self, folder: Path) -> Any:
        """The user's EasyEdit object, pointed at this model's device and at private paths."""
        changes: dict[str, Any] = {"device": str(self.device)}
        fields = {field.name for field in dataclasses.fields(self.params.native)}
        if "stats_dir" in fields:
            changes["stats_dir"] = str(folder / "stats")
        if "P_loc" in fields:  # saved there on the first edit (cwd), loaded by later ones
            changes["P_loc"] = str(folder / "null_space_project.pt")
        if "model_parallel" in fields:
            changes["model_parallel"] = False
        return dataclasses.replace(self.params.native, **changes)

    def _edit(self, requests: list[EditRequest]) -> None:
        if not self._modules_before:
            self._modules_before = dict(self.model.named_modules())
            self._config_before = dict(vars(self.model.config))
            self._checkpointing_before = _checkpointing(self.model)
            self._hooks_before = _hook_ids(self.model)
        for param in self._weights:
            self.save(param)
        method = self.params.method
        sent = [easyedit_request(request, method) for request in requests]
        tokenizer = TargetTokenizer(
            self.tokenizer, [s["target_new"] for s in sent], escape_braces=method in FORMATS_TARGETS
        )
        with (
            self.state.in_place(),
            chdir(self._folder.name),  # EasyEdit writes relative paths
            _seeded(self.seed + len(self.applied)),
            _padded(self.tokenizer, "right" if method in PADDED_RIGHT else "left"),
        ):
            self._put_covariances()
            for batch in [sent] if method in BATCHED else [[one] for one in sent]:
                result = self._apply(
                    self._edited,
                    tokenizer,
                    batch,
                    self._native,
                    copy=False,
                    return_orig_weights=False,
                )
                if method == "lora":
                    self._edited = result[0]

    def _put_covariances(self) -> None:
        """The code corpus's second moments where EasyEdit looks first, before the first write
        (EasyEdit would compute them lazily, layer by layer, off a half-edited model)."""
        method = self.params.method
        if method not in COVARIANCES or self._covariances_in_place:
            return
        native = self._native
        if method == "rome" and not native.mom2_adjustment:
            return
        assert self.statistics is not None  # make_editor gives the locate methods statistics
        templates = getattr(native, "rewrite_module_tmps", None) or [native.rewrite_module_tmp]
        names = [template.format(layer) for template in templates for layer in native.layers]
        moments = self.statistics.second_moments(names, native.mom2_n_samples, native.mom2_dtype)
        cache = self.state.value(*COVARIANCES[method])
        model_name = self.model.config._name_or_path.replace("/", "_")
        for name, moment in moments.items():
            moment = moment.float().cpu()  # [in, in]
            cache[model_name, name] = torch.inverse(moment) if method == "rome" else moment
        self._covariances_in_place = True

    def _forget(self) -> None:
        """Undo module swaps, LoRA's model changes and EasyEdit's edit history."""
        for name, module in self._modules_before.items():
            if name and self.model.get_submodule(name) is not module:
                parent_name, _, child = name.rpartition(".")
                parent = self.model.get_submodule(parent_name) if parent_name else self.model
                setattr(parent, child, module)
        if self._modules_before:
            for attribute in ("peft_config", "_hf_peft_config_loaded"):
                if hasattr(self.model, attribute) and attribute not in vars(type(self.model)):
                    vars(self.model).pop(attribute, None)
            if _checkpointing(self.model) and not self._checkpointing_before:
                self.model.gradient_checkpointing_disable()
            self.model.disable_input_require_grads()  # its attributes; the hooks go below
            for name, module in self.model.named_modules():
                for registry in _HOOK_REGISTRIES:
                    hooks = getattr(module, registry)
                    for key in set(hooks) - self._hooks_before.get(name, set()):
                        del hooks[key]
            vars(self.model.config).clear()
            vars(self.model.config).update(self._config_before)
        self._modules_before = {}
        self._edited = self.model
        self.state.forget_edits()


_HOOK_REGISTRIES = (
    "_forward_hooks",
    "_forward_hooks_with_kwargs",
    "_forward_hooks_always_called",
    "_forward_pre_hooks",
    "_forward_pre_hooks_with_kwargs",
    "_backward_hooks",
    "_backward_pre_hooks",
)
"""A module's hook dictionaries, all keyed by the hook's handle id."""


def _hook_ids(model: nn.Module) -> dict[str, set[int]]:
    """Per module, the ids of the hooks it has: whatever an edit adds (peft's gradient hooks on
    the embeddings, say) is removed on restore."""
    return {
        name: {key for registry in _HOOK_REGISTRIES for key in getattr(module, registry)}
        for name, module in model.named_modules()
    }


def _checkpointing(model: nn.Module) -> bool:
    return bool(getattr(model, "is_gradient_checkpointing", False))


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """Python's and numpy's global generators seeded too (WISE draws its mask from numpy's), and
    given back afterwards."""
    state, numpy_state = random.getstate(), numpy.random.get_state()
    random.seed(seed)
    numpy.random.seed(seed)
    try:
        yield
    finally:
        random.setstate(state)
        numpy.random.set_state(numpy_state)


@contextmanager
def _padded(tokenizer: Any, side: str) -> Iterator[None]:
    """Rows padded on the `side` EasyEdit's code for the method expects, with a pad token."""
    before, pad = tokenizer.padding_side, tokenizer.pad_token
    tokenizer.padding_side = side
    if pad is None:
        tokenizer.pad_token = tokenizer.eos_token
    try:
        yield
    finally:
        tokenizer.padding_side = before
        if pad is None:
            tokenizer.pad_token = None
