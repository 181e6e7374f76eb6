"""`--edit-backend=easyedit`: EasyEdit's own editors, behind the same interface and exact restore.

EasyEdit's `apply_*_to_model` functions edit in place (ROME, MEMIT, PMET, AlphaEdit, FT), swap a
layer for an adapter (GRACE, WISE) or inject LoRA layers (peft). Whatever they do, restore puts
back every parameter value and every module object that was there before, and checks it.
"""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path
from typing import Any

from torch import nn

from pytest_apiedit.editing.config import EASYEDIT_ENTRY_POINTS
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.hparams import Hyperparameters, json_plain
from pytest_apiedit.editing.request import EditRequest

INSTALL_HINT = (
    "EasyEdit is not importable: git clone https://github.com/zjunlp/EasyEdit, pip install its"
    " requirements.txt and put the clone on PYTHONPATH (PyPI's easyeditor is a 2023 snapshot)"
)

@dataclasses.dataclass
class EasyEditParams(Hyperparameters):
    """EasyEdit's own hyperparameter object, loaded by EasyEdit from the user's YAML."""

    method: str = ""
    native: Any = None

    def resolved(self) -> dict[str, Any]:
        native = self.native
        values = dataclasses.asdict(native) if dataclasses.is_dataclass(native) else vars(native)
        return json_plain({"method": self.method, "easyedit": values})


def easyedit_params(method: str, path: Path) -> EasyEditParams:
    """Load the YAML (checked by `check_edit_config`) with EasyEdit's class for `method`; every
    failure is a configuration error."""
    params_class = getattr(_easyeditor(), EASYEDIT_ENTRY_POINTS[method][0])
    try:
        native = params_class.from_hparams(str(path))
    except Exception as error:  # EasyEdit raises whatever its dataclass raises on a bad file
        first_line = (
            str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        )
        raise EditConfigError(f"EasyEdit rejected {path}: {first_line}") from None
    return EasyEditParams(method=method, native=native)


def _easyeditor() -> Any:
    try:
        return importlib.import_module("easyeditor")
    except ImportError:
        raise EditConfigError(INSTALL_HINT) from None


class EasyEditEditor(Editor):
    name = "easyedit"
    params: EasyEditParams

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._modules_before: dict[str, nn.Module] = {}
        """The module objects before the first edit since the last restore."""
        self._resets: list[Any] = []

    def _edit(self, requests: list[EditRequest]) -> None:
        if not self._modules_before:
            self._modules_before = dict(self.model.named_modules())
        for param in self.model.parameters():
            self.save(param)
        apply = getattr(_easyeditor(), EASYEDIT_ENTRY_POINTS[self.params.method][1])
        for request in requests:
            result = apply(
                self.model,
                self.tokenizer,
                [easyedit_request(request)],
                self.params.native,
                copy=False,
                return_orig_weights=False,
            )
            # GRACE/WISE return `reset_layer`, which puts the original layer back.
            if isinstance(result, tuple) and len(result) > 1 and callable(result[1]):
                self._resets.append(result[1])

    def _forget(self) -> None:
        """Undo module swaps: EasyEdit's own resets, then any module not yet the original."""
        for reset in reversed(self._resets):
            reset()
        for name, module in self._modules_before.items():
            if name and self.model.get_submodule(name) is not module:
                parent_name, _, child = name.rpartition(".")
                parent = self.model.get_submodule(parent_name) if parent_name else self.model
                setattr(parent, child, module)
        if hasattr(self.model, "peft_config"):
            del self.model.peft_config
        self._modules_before = {}
        self._resets = []


def easyedit_request(request: EditRequest) -> dict[str, Any]:
    """EasyEdit's request dict. Its locate-then-edit methods need a `subject` inside the prompt:
    the prompt's last line, whose last token is the key position our native methods use too."""
    lines = [line for line in request.prompt.splitlines() if line.strip()]
    subject = lines[-1].strip() if lines else request.prompt
    return {
        "prompt": request.prompt,
        "target_new": request.target,
        "ground_truth": "",
        "subject": subject,
        "loc_prompt": request.unrelated[0] if request.unrelated else "",
        "portability": {},
        "locality": {},
    }
