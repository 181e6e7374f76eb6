"""Hyperparameters the locate-then-edit methods share (EasyEdit's names and meanings)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, ClassVar, Self

import torch

from pytest_apiedit.editing.architecture import Layout
from pytest_apiedit.editing.covariance import Statistics
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.hparams import Hyperparameters, layer_at
from pytest_apiedit.editing.locate import TargetSearch


@dataclasses.dataclass
class LocateParams(Hyperparameters):
    fixed_easyedit_values: ClassVar[dict[str, tuple[Any, ...]]] = {
        "fact_token": ("subject_last", "last")
    }
    """The key is read at the prompt's last token: EasyEdit's `subject_last` with the prompt as
    the subject (as the EasyEdit backend sends it), and its `last`."""
    layers: list[int] = dataclasses.field(default_factory=lambda: [0])
    rewrite_module_tmp: str = ""
    layer_module_tmp: str = ""
    mlp_module_tmp: str = ""
    attn_module_tmp: str = ""
    v_num_grad_steps: int = 25
    v_lr: float = 0.5
    v_loss_layer: int = -1
    """The loss is read from the model's logits: the last layer (-1 or its index), checked."""
    v_weight_decay: float = 1e-3
    clamp_norm_factor: float = 4.0
    kl_factor: float = 0.0625
    mom2_adjustment: bool = True
    mom2_n_samples: int = 1000
    """Texts of the code corpus (EasyEdit: 100,000 Wikipedia texts)."""
    mom2_dtype: str = "float32"
    mom2_update_weight: float = 15000.0

    @classmethod
    def located(cls, layout: Layout, model_fractions: dict[str, list[float]]) -> LocateParams:
        """Defaults from layer fractions per model family (EasyEdit's layers over their depth)."""
        fractions = model_fractions.get(layout.model_type, model_fractions["default"])
        layers = sorted({layer_at(f, layout.depth) for f in fractions})
        return cls(
            layers=layers,
            rewrite_module_tmp=layout.rewrite_module_tmp,
            layer_module_tmp=layout.layer_module_tmp,
            mlp_module_tmp=layout.rewrite_module_tmp,
            attn_module_tmp=layout.attn_out_module_tmp,
            v_loss_layer=layout.depth - 1,
        )

    def module_templates(self) -> list[str]:
        return [t for t in (self.rewrite_module_tmp, self.layer_module_tmp) if t]

    def validate(self, model: Any, layout: Layout) -> None:
        super().validate(model, layout)
        if layout.layer_of(self.v_loss_layer) != layout.depth - 1:
            raise EditConfigError(
                f"v_loss_layer {self.v_loss_layer}: the native methods read the loss from the"
                f" model's logits, after its last layer ({layout.depth - 1}); set it to that"
                " or run EasyEdit's own with --edit-backend easyedit"
            )

    def second_moments(
        self, statistics: Statistics | None, sites: Sequence[tuple[str, int]]
    ) -> dict[tuple[str, int], torch.Tensor]:
        """`E[k kᵀ]` of what each `(template, layer)` reads, the missing ones from one pass over
        the corpus."""
        assert statistics is not None, (
            "the registry gives locate-then-edit editors their statistics"
        )
        names = {site: site[0].format(site[1]) for site in sites}
        moments = statistics.second_moments(
            list(names.values()), self.mom2_n_samples, self.mom2_dtype
        )
        return {site: moments[name] for site, name in names.items()}

    def search(self) -> TargetSearch:
        return TargetSearch(
            self.v_num_grad_steps,
            self.v_lr,
            self.v_weight_decay,
            self.clamp_norm_factor,
            self.kl_factor,
        )

    def scaled_update_weight(self, layout: Layout) -> Self:
        """EasyEdit's 15,000 suits 11,008 key dimensions; other widths get the same ratio.

        A key drawn like the corpus has `E[kᵀC⁻¹k]` = its width, so `λ/width` is what sets how
        much of each layer's residual the `(λC + KKᵀ)⁻¹` solve writes.
        """
        return dataclasses.replace(
            self, mom2_update_weight=round(15000 * layout.key_width / 11008, 1)
        )
