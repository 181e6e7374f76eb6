"""Choices memory editors (GRACE, WISE) make once per sequence: on the prompt, held while decoding.

`generate` runs the whole prompt in one forward (the prefill) and then one forward per new token
against a KV cache. GRACE's key and WISE's activation score are read from the prompt, so the
choice is made on the prefill forward and kept for the tokens generated after it; re-deciding on
each new token would compare a generated token's activation with keys made from prompts. A forward
with no cache, or an empty one, starts a new sequence. A decoder that rearranges its batch after the
prefill (repeating the prompt's row for n samples, dropping rows that finished) says how
(`select`), so each row keeps its own prompt's choice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from pytest_apiedit.editing.editor import Editor

_CACHE_KWARGS = ("past_key_values", "cache")
"""What the model's forward calls its KV cache (transformers 4.x; 5.x)."""


@dataclass(frozen=True)
class Prompt:
    """Where the prompt is in a forward's input: the edit is keyed on it."""

    last: torch.Tensor
    """`[B]` each row's last prompt token: GRACE's key token."""
    tokens: torch.Tensor
    """`[B, T]` true on each row's prompt tokens (padding excluded): what WISE scores."""

    @classmethod
    def of(cls, attention_mask: torch.Tensor, last: torch.Tensor) -> Prompt:
        positions = torch.arange(attention_mask.shape[1], device=attention_mask.device)
        return cls(last, attention_mask.bool() & (positions[None] <= last[:, None]))


class Router:
    """One choice per batch row (an entry, a memory; -1: none), made on the prompt and held."""

    def __init__(self, editor: Editor) -> None:
        self._past = 0
        self._mask: torch.Tensor | None = None
        self._held: torch.Tensor | None = None
        self._last = torch.zeros(0, dtype=torch.long)
        editor.hook(editor.model.register_forward_pre_hook(self._starting, with_kwargs=True))
        editor.follow_rows(self.select)

    def _starting(self, _: nn.Module, __: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        cache = next((kwargs[name] for name in _CACHE_KWARGS if kwargs.get(name) is not None), None)
        self._past = 0 if cache is None else _cached_tokens(cache)
        self._mask = kwargs.get("attention_mask")

    def route(
        self, inputs: torch.Tensor, decide: Callable[[Prompt], torch.Tensor]
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """The rows' choices, and `[B, T]` each input token's position after its row's key token."""
        rows, width = inputs.shape[:2]
        positions = self._past + torch.arange(width, device=inputs.device)
        decoding = self._past > 0 and self._held is not None and len(self._held) == rows
        if not decoding:
            mask = self._mask
            if mask is None or mask.shape != (rows, width):
                mask = torch.ones(rows, width, dtype=torch.long, device=inputs.device)
            prompt = Prompt.of(mask, width - 1 - mask.flip(1).int().argmax(1))  # any padding side
            self._held = decide(prompt)
            self._last = self._past + prompt.last
        assert self._held is not None
        return self._held, positions[None] - self._last[:, None]

    def select(self, rows: torch.Tensor) -> None:
        """The batch is now these rows of the one before (repeated, or finished ones dropped)."""
        if self._held is not None:
            self._held = self._held[rows.to(self._held.device)]
            self._last = self._last[rows.to(self._last.device)]


def _cached_tokens(cache: Any) -> int:
    if hasattr(cache, "get_seq_length"):
        return int(cache.get_seq_length())
    return int(cache[0][0].shape[-2]) if len(cache) else 0  # the legacy tuple of (key, value)
