"""Method names to editors, and the one place an editor is configured and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from torch import nn

from pytest_apiedit.editing.architecture import layout_of
from pytest_apiedit.editing.covariance import Statistics
from pytest_apiedit.editing.easyedit import EasyEditEditor, easyedit_params
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.hparams import load
from pytest_apiedit.editing.methods.baseline import InContext, NoEdit
from pytest_apiedit.editing.methods.finetune import FineTune, Lora
from pytest_apiedit.editing.methods.grace import Grace
from pytest_apiedit.editing.methods.memit import AlphaEdit, Memit, Pmet
from pytest_apiedit.editing.methods.rome import Rome
from pytest_apiedit.editing.methods.wise import Wise

METHODS: dict[str, type[Editor]] = {
    cls.name: cls
    for cls in (NoEdit, InContext, FineTune, Lora, Rome, Memit, Pmet, AlphaEdit, Grace, Wise)
}
BACKENDS = ("native", "easyedit")


def make_editor(
    method: str,
    model: nn.Module,
    tokenizer: Any,
    hparams: Path | None = None,
    backend: str = "native",
) -> Editor:
    """An editor for `method` on this model; every configuration error is raised here."""
    if backend not in BACKENDS:
        choices = ", ".join(BACKENDS)
        raise EditConfigError(f"unknown edit backend {backend!r}: choose one of {choices}")
    if backend == "easyedit" and method not in ("none", "prompt"):
        return EasyEditEditor(model, tokenizer, easyedit_params(method, hparams), layout_of(model))
    if method not in METHODS:
        choices = ", ".join(METHODS)
        raise EditConfigError(f"unknown edit method {method!r}: choose one of {choices}")
    editor_type = METHODS[method]
    layout = layout_of(model)
    params = load(editor_type.params_type, layout, method, hparams)
    params.validate(model, layout)
    statistics = Statistics(model, tokenizer) if editor_type.needs_statistics else None
    return editor_type(model, tokenizer, params, layout, statistics)
