"""Method names to editors, and the one place an editor is configured and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from torch import nn

from pytest_apiedit.editing.architecture import layout_of
from pytest_apiedit.editing.covariance import Statistics
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.hparams import load
from pytest_apiedit.editing.methods.baseline import InContext, NoEdit
from pytest_apiedit.editing.methods.finetune import FineTune, Lora
from pytest_apiedit.editing.methods.rome import Rome

METHODS: dict[str, type[Editor]] = {cls.name: cls for cls in (NoEdit, InContext, FineTune, Lora, Rome)}


def make_editor(method: str, model: nn.Module, tokenizer: Any, hparams: Path | None = None) -> Editor:
    """An editor for `method` on this model; every configuration error is raised here, before editing."""
    if method not in METHODS:
        raise EditConfigError(f"unknown edit method {method!r}: choose one of {', '.join(METHODS)}")
    editor_type = METHODS[method]
    layout = layout_of(model)
    params = load(editor_type.params_type, layout, method, hparams)
    params.validate(model, layout)
    statistics = Statistics(model, tokenizer) if editor_type.needs_statistics else None
    return editor_type(model, tokenizer, params, layout, statistics)
