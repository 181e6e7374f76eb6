"""Hyperparameters: defaults scaled to the model's depth, overridable by a YAML file.

Each method declares a dataclass whose field names are EasyEdit's (`layers`, `rewrite_module_tmp`,
`v_lr`, `edit_lr`, `n_iter`, `mom2_n_samples`, ...), so an EasyEdit YAML file is read as it is.
Keys that only matter to EasyEdit's own runner (`model_name`, `device`, ...) are accepted and
ignored; any other unknown key is an error, because a typo would otherwise silently do nothing.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from typing import Any, ClassVar, Self

from pytest_apiedit.editing.architecture import Layout, module_at
from pytest_apiedit.editing.errors import EditConfigError

EASYEDIT_RUNNER_KEYS = frozenset(
    {
        "alg_name",
        "model_name",
        "model_class",
        "tokenizer_class",
        "tokenizer_name",
        "device",
        "stats_dir",
        "model_parallel",
        "fp16",
        "bf16",
        "max_length",
        "batch_size",
        "results_dir",
        "archive",
        "half",
        "load_in_8bit",
        "torch_dtype",
        "save_path",
        "sequential_edit",
        "mom2_dataset",
        "lm_head_module",
        "ln_f_module",
        "layer_selection",
        "objective_optimization_kl",
        "norm_constraint_kl",
        "use_chat_template",
        "layers_to_transform",
    }
)
"""EasyEdit keys about its own runner or data pipeline (models, devices, Wikipedia statistics)."""


def layer_at(fraction: float, depth: int) -> int:
    """A default layer as a fraction of the depth: one table fits 2-layer and 48-layer models."""
    return min(depth - 1, max(0, round(fraction * (depth - 1))))


def split_inner_param(inner: str) -> tuple[str, int]:
    """`model.layers[27].mlp.down_proj.weight` as (`model.layers.{}.mlp.down_proj`, 27)."""
    dotted = re.sub(r"\[(\d+)\]", r".\1", inner).removesuffix(".weight")
    match = re.search(r"\.(\d+)\.", dotted)
    if match is None:
        raise EditConfigError(
            f"inner_params entry {inner!r} names no layer index,"
            " e.g. model.layers[5].mlp.down_proj.weight"
        )
    template = dotted[: match.start()] + ".{}." + dotted[match.end() :]
    return template, int(match.group(1))


@dataclasses.dataclass
class Hyperparameters:
    """Base of every method's hyperparameters; subclasses add fields and depth-scaled defaults."""

    unused_easyedit_keys: ClassVar[frozenset[str]] = frozenset()
    """Keys EasyEdit's own class declares for this method but never reads."""
    fixed_easyedit_values: ClassVar[dict[str, tuple[Any, ...]]] = {}
    """EasyEdit keys whose values this method always acts on as these do: those values are
    accepted, any other (which would change the algorithm) is a configuration error."""

    @classmethod
    def defaults(cls, layout: Layout) -> Self:
        return cls()

    def validate(self, model: Any, layout: Layout) -> None:
        """Check layers and module templates against the model, before anything is computed."""
        for template in self.module_templates():
            for layer in self.edited_layers():
                module_at(model, template, layout.layer_of(layer))

    def resolved(self) -> dict[str, Any]:
        """The values in force, JSON-plain: the edit-state key hashes them, reports record them."""
        return json_plain(dataclasses.asdict(self))

    def edited_layers(self) -> list[int]:
        return list(getattr(self, "layers", []))

    def module_templates(self) -> list[str]:
        return [t for t in (getattr(self, "rewrite_module_tmp", None),) if t]

    def overridden(self, values: dict[str, Any], method: str) -> Self:
        """A copy with the values of a YAML mapping, each coerced to its field's type."""
        fields = {field.name: field for field in dataclasses.fields(self)}
        hints = typing.get_type_hints(type(self))
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if key == "inner_params" and "inner_params" not in fields:
                changes.update(self._from_inner_params(value, method))
            elif key in fields:
                changes[key] = _coerce(value, hints[key], key, method)
            elif key in self.fixed_easyedit_values:
                if value not in self.fixed_easyedit_values[key]:
                    allowed = " or ".join(repr(v) for v in self.fixed_easyedit_values[key])
                    raise EditConfigError(
                        f"{key}: {value!r} is not what the native {method} does ({allowed});"
                        f" run EasyEdit's own with --edit-backend easyedit"
                    )
            elif key not in EASYEDIT_RUNNER_KEYS | self.unused_easyedit_keys:
                known = ", ".join(sorted(fields))
                raise EditConfigError(
                    f"unknown hyperparameter {key!r} for {method} (known: {known})"
                )
        return dataclasses.replace(self, **changes)

    def _from_inner_params(self, value: Any, method: str) -> dict[str, Any]:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise EditConfigError(f"inner_params for {method} must be a list of parameter names")
        pairs = [split_inner_param(entry) for entry in value]
        if len({template for template, _ in pairs}) > 1:
            raise EditConfigError(
                f"inner_params for {method} must name one module kind at several layers"
            )
        return {"rewrite_module_tmp": pairs[0][0], "layers": [layer for _, layer in pairs]}


def json_plain(values: dict[str, Any]) -> dict[str, Any]:
    """`values` through JSON; an object JSON cannot hold becomes its type name, never its repr
    (which may carry a memory address and so differ on every run)."""
    return json.loads(json.dumps(values, sort_keys=True, default=lambda v: f"<{type(v).__name__}>"))


def _coerce(value: Any, hint: Any, key: str, method: str) -> Any:
    """YAML gives `5e-4` as a string and `1` where a float is meant; both are what users write."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        # EasyEdit writes `norm_constraint: false` for "no constraint".
        return None if value is None or value is False else _coerce(value, options[0], key, method)
    if origin is list:
        (item,) = typing.get_args(hint)
        items = value if isinstance(value, list) else [value]
        return [_coerce(v, item, key, method) for v in items]
    try:
        if hint is bool:
            if isinstance(value, bool):
                return value
            raise ValueError
        if hint is float:
            return float(value)
        if hint is int:
            if isinstance(value, bool) or float(value) != int(float(value)):
                raise ValueError
            return int(float(value))
        if hint is str:
            return str(value)
    except (TypeError, ValueError):
        pass
    else:
        return value
    raise EditConfigError(
        f"hyperparameter {key}={value!r} for {method} is not a valid {hint.__name__}"
    )
