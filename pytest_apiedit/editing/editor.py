"""The editor interface: one method bound to one model, applying edits and restoring exactly.

An editor saves the pristine value of every weight before its first write and keeps every hook
it installs, so `restore()` brings back the model it was given bitwise (and checks that it did).
Single regime: `apply([request])`, evaluate, `restore()`. Successive regime: `apply` again and
again; methods with a memory (GRACE's codebook, WISE's side memory) grow it across calls.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

import torch
from torch import nn
from torch.utils.hooks import RemovableHandle

from pytest_apiedit.editing.architecture import Layout, weight_out_in
from pytest_apiedit.editing.covariance import Statistics
from pytest_apiedit.editing.hparams import Hyperparameters
from pytest_apiedit.editing.objective import TeacherForced, target_nll, teacher_forced
from pytest_apiedit.editing.request import EditRequest


class RestoreError(RuntimeError):
    """A restored weight differs from its pristine value: the next single edit would be wrong."""


@dataclass(frozen=True)
class EditHandle:
    """What `apply` returns: the way back to the pristine model, and the prompt the edit sees."""

    editor: Editor

    def restore(self) -> None:
        self.editor.restore()

    def prepare_prompt(self, prompt: str) -> str:
        return self.editor.prepare_prompt(prompt)


class Editor(ABC):
    name: ClassVar[str]
    params_type: ClassVar[type[Hyperparameters]] = Hyperparameters
    needs_statistics: ClassVar[bool] = False
    """Reads key second moments (`self.statistics`), computed from the code corpus and cached."""
    edits_prompts: ClassVar[bool] = False
    """The edit shows in the prompt (`prepare_prompt`), not in the weights: a group's prompts
    can only be framed once its edit is in force."""

    def __init__(
        self,
        model: nn.Module,
        tokenizer: Any,
        params: Hyperparameters,
        layout: Layout,
        statistics: Statistics | None = None,
        seed: int = 0,
    ) -> None:
        self.model = model
        self.seed = seed
        """The run's seed: the k-th edit (k from 0) draws its randomness (initial adapters,
        dropout masks) from `seed + k`, so the same edits in the same order repeat exactly."""
        self.statistics = statistics
        self.tokenizer = tokenizer
        self.params = params
        self.layout = layout
        self.applied: list[EditRequest] = []
        self._pristine: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}
        self._hooks: list[RemovableHandle] = []
        self._row_followers: list[Callable[[torch.Tensor], None]] = []
        self._names = {id(p): name for name, p in model.named_parameters()}

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    def apply(self, requests: Sequence[EditRequest]) -> EditHandle:
        """Edit the model in place (on top of earlier edits not yet restored)."""
        requests = list(requests)
        torch.manual_seed(self.seed + len(self.applied))
        with self._editing():
            self._edit(requests)
        self.applied.extend(requests)
        return EditHandle(self)

    @abstractmethod
    def _edit(self, requests: list[EditRequest]) -> None: ...

    def prepare_prompt(self, prompt: str) -> str:
        """The text generation starts from; only in-context methods change it."""
        return prompt

    @property
    def follows_rows(self) -> bool:
        """Whether something is held per decoded row now (a memory editor's choices)."""
        return bool(self._row_followers)

    def select_rows(self, rows: torch.Tensor) -> None:
        """A decoder rearranged its batch: row i is now row `rows[i]` of the batch before (one
        prompt's row repeated for n samples, finished rows dropped). What is held per row (a
        memory editor's choice) follows."""
        for follow in self._row_followers:
            follow(rows)

    def follow_rows(self, follow: Callable[[torch.Tensor], None]) -> None:
        """Have `select_rows` tell `follow` (until `restore`, like a hook)."""
        self._row_followers.append(follow)

    def restore(self) -> None:
        """Back to the model as given: pristine weights, no hooks, empty memories; verified."""
        with torch.no_grad():
            for param, saved in self._pristine.values():
                param.copy_(saved)
        for hook in reversed(self._hooks):
            hook.remove()
        self._hooks.clear()
        self._row_followers.clear()
        self._forget()
        self.applied.clear()
        changed = [
            name for name, (param, saved) in self._pristine.items() if not torch.equal(param, saved)
        ]
        if changed:
            raise RestoreError(f"restore left {', '.join(changed)} different from pristine")

    def _forget(self) -> None:  # noqa: B027 - most methods keep no memory
        """Drop any memory kept between edits (codebooks, side memories)."""

    def save(self, param: torch.Tensor) -> None:
        """Keep the pristine value of a parameter about to be written (once: later edits stack)."""
        name = self._names[id(param)]
        if name not in self._pristine:
            self._pristine[name] = (param, param.detach().clone())

    def writable(self, projection: nn.Module) -> torch.Tensor:
        """The projection's weight as `[out, in]`, saved first so restore can bring it back."""
        self.save(projection.weight)
        return weight_out_in(projection)

    def hook(self, handle: RemovableHandle) -> None:
        self._hooks.append(handle)

    def teacher_forced(self, requests: Sequence[EditRequest]) -> TeacherForced:
        """The requests' prompts followed by their targets, as one batch."""
        prompts = [request.prompt for request in requests]
        return teacher_forced(self.model, self.tokenizer, prompts, [r.target for r in requests])

    def target_loss(self, batch: TeacherForced) -> torch.Tensor:
        """The likelihood loss on the batch's target tokens, hooks included."""
        return target_nll(self.model(**batch.model_inputs()).logits, batch)

    @contextmanager
    def _editing(self) -> Iterator[None]:
        """Eval mode (no dropout) and no gradients for the model's own weights while editing."""
        was_training = self.model.training
        flags = [(p, p.requires_grad) for p in self.model.parameters()]
        self.model.eval()
        self.model.requires_grad_(False)
        try:
            yield
        finally:
            for param, flag in flags:
                param.requires_grad_(flag)
            self.model.train(was_training)
