"""Which editor a run asks for: method, backend and hyperparameter file, checked in one place.

Imports neither torch nor an editor: the plugin checks a run's choice when pytest is configured,
before any model loads, and `make_editor` checks it the same way for callers without the plugin.
Whether the values fit the model (layers, module templates) can only be checked by
`make_editor`, once the model is there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pytest_apiedit.choices import choose
from pytest_apiedit.editing.errors import EditConfigError

METHODS: dict[str, tuple[str, ...]] = {
    "none": (),
    "prompt": (),
    "ft": ("FT", "FT-L", "FT-M"),
    "lora": ("LoRA", "QLoRA"),
    "rome": ("ROME",),
    "memit": ("MEMIT",),
    "pmet": ("PMET",),
    "alphaedit": ("AlphaEdit",),
    "grace": ("GRACE",),
    "wise": ("WISE",),
}
"""The native methods, each with the `alg_name` values of the EasyEdit files it reads."""
WEIGHTLESS = ("none", "prompt")
"""Methods that write no weight: the same under either backend."""
BACKENDS = ("native", "easyedit")
EASYEDIT_ENTRY_POINTS: dict[str, tuple[str, str]] = {
    "rome": ("ROMEHyperParams", "apply_rome_to_model"),
    "memit": ("MEMITHyperParams", "apply_memit_to_model"),
    "pmet": ("PMETHyperParams", "apply_pmet_to_model"),
    "alphaedit": ("AlphaEditHyperParams", "apply_AlphaEdit_to_model"),
    "grace": ("GraceHyperParams", "apply_grace_to_model"),
    "wise": ("WISEHyperParams", "apply_wise_to_model"),
    "ft": ("FTHyperParams", "apply_ft_to_model"),
    "lora": ("LoRAHyperParams", "apply_lora_to_model"),
}
"""EasyEdit's hyperparameter class and edit function for each method it runs for us."""


@dataclass(frozen=True)
class EditConfig:
    method: str
    backend: str
    """`native`, or `easyedit` for a method that writes weights."""
    hparams: Path | None
    values: dict[str, Any] = field(default_factory=dict)
    """The file's hyperparameters (native backend; EasyEdit reads its files itself)."""


def methods_of(backend: str) -> tuple[str, ...]:
    """The methods a backend runs."""
    return tuple(METHODS) if backend == "native" else (*WEIGHTLESS, *EASYEDIT_ENTRY_POINTS)


def check_edit_config(
    method: str, backend: str = "native", hparams: Path | None = None
) -> EditConfig:
    """The run's editing choice, checked; every problem is one `EditConfigError` line, naming
    the option (`--edit-method`, ...) that `make_editor`'s argument of the same name is."""
    choose(backend, BACKENDS, "--edit-backend", EditConfigError)
    choose(method, methods_of(backend), "--edit-method", EditConfigError)
    if backend == "easyedit" and method not in WEIGHTLESS:
        if hparams is None:
            raise EditConfigError(
                "--edit-backend=easyedit needs --edit-hparams pointing at an EasyEdit YAML"
            )
        if not Path(hparams).is_file():
            raise EditConfigError(f"hyperparameter file {hparams} does not exist")
        return EditConfig(method, backend, hparams)
    values = {} if hparams is None else read_yaml(Path(hparams), method)
    return EditConfig(method, "native", hparams, values)


def read_yaml(path: Path, method: str) -> dict[str, Any]:
    """The file's mapping; a file written for another method (its `alg_name`) is an error."""
    import yaml  # only runs that give a file pay for the parser

    try:
        values = yaml.safe_load(path.read_text())
    except OSError as error:
        raise EditConfigError(f"cannot read hyperparameter file {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" line {where.line + 1}" if where else ""
        raise EditConfigError(f"malformed YAML in {path}{line}: fix its syntax") from None
    if values is None:
        return {}
    if not isinstance(values, dict):
        raise EditConfigError(
            f"{path} must hold a mapping of hyperparameters, not a {type(values).__name__}"
        )
    declared = values.get("alg_name")
    accepted = {name.upper() for name in (method, *METHODS[method])}
    if declared is not None and str(declared).upper() not in accepted:
        raise EditConfigError(f"{path} is for {declared}, not {method}: pass a {method} file")
    return values
