"""Method names to editors: the one place an editor is configured and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from torch import nn

from pytest_apiedit.editing.architecture import layout_of
from pytest_apiedit.editing.config import check_edit_config
from pytest_apiedit.editing.covariance import Statistics
from pytest_apiedit.editing.easyedit.editor import COVARIANCES, EasyEditEditor, easyedit_params
from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.methods.baseline import InContext, NoEdit
from pytest_apiedit.editing.methods.finetune import FineTune, Lora
from pytest_apiedit.editing.methods.grace import Grace
from pytest_apiedit.editing.methods.memit import AlphaEdit, Memit, Pmet
from pytest_apiedit.editing.methods.rome import Rome
from pytest_apiedit.editing.methods.wise import Wise

EDITORS: dict[str, type[Editor]] = {
    cls.name: cls
    for cls in (NoEdit, InContext, FineTune, Lora, Rome, Memit, Pmet, AlphaEdit, Grace, Wise)
}


def make_editor(
    method: str,
    model: nn.Module,
    tokenizer: Any,
    hparams: Path | None = None,
    backend: str = "native",
    seed: int = 0,
) -> Editor:
    """An editor for `method` on this model; every configuration error is raised here."""
    config = check_edit_config(method, backend, hparams)
    layout = layout_of(model)
    if config.backend == "easyedit":
        assert config.hparams is not None  # checked: EasyEdit's editors need their file
        params = easyedit_params(method, config.hparams)
        statistics = Statistics(model, tokenizer) if method in COVARIANCES else None
        return EasyEditEditor(model, tokenizer, params, layout, statistics, seed)
    editor_type = EDITORS[method]
    params = editor_type.params_type.defaults(layout).overridden(config.values, method)
    params.validate(model, layout)
    statistics = Statistics(model, tokenizer) if editor_type.needs_statistics else None
    return editor_type(model, tokenizer, params, layout, statistics, seed)
