"""The shared training signal: a prompt followed by its target, teacher-forced, and its loss."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F

from pytest_apiedit.models.weights import max_positions

MAX_TOKENS = 1024
"""Prompt plus target are cut to this many tokens (prompt from the left, target from the right)."""


@dataclass(frozen=True)
class TeacherForced:
    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    labels: torch.Tensor
    """-100 except where the next token is a target token."""
    key_positions: torch.Tensor
    """Per row, the last prompt token: where keys are read and values written."""

    def model_inputs(self) -> dict[str, torch.Tensor]:
        return {"input_ids": self.input_ids, "attention_mask": self.attention_mask}

    def row_mask(self) -> torch.Tensor:
        """`[B, T]` true from each row's key position to its last target-predicting position."""
        positions = torch.arange(self.input_ids.shape[1], device=self.input_ids.device)
        last = self.attention_mask.sum(1) - 2
        return (positions[None] >= self.key_positions[:, None]) & (positions[None] <= last[:, None])


def teacher_forced(
    model: Any, tokenizer: Any, prompts: Sequence[str], targets: Sequence[str]
) -> TeacherForced:
    """Prompt tokenized as generation will see it, target appended without special tokens."""
    device = next(model.parameters()).device
    max_tokens = max_positions(model, MAX_TOKENS)
    rows: list[tuple[list[int], list[int]]] = []
    for prompt, target in zip(prompts, targets, strict=True):
        prompt_ids = tokenizer(prompt)["input_ids"]
        target_ids = tokenizer(target, add_special_tokens=False)["input_ids"]
        target_ids = target_ids[: max(1, max_tokens // 2, max_tokens - len(prompt_ids))]
        prompt_ids = prompt_ids[-(max_tokens - len(target_ids)) :]
        rows.append((prompt_ids, target_ids))
    width = max(len(p) + len(t) for p, t in rows)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    input_ids = torch.full((len(rows), width), pad, dtype=torch.long)
    attention = torch.zeros((len(rows), width), dtype=torch.long)
    labels = torch.full((len(rows), width), -100, dtype=torch.long)
    keys = torch.empty(len(rows), dtype=torch.long)
    for row, (prompt_ids, target_ids) in enumerate(rows):
        ids = prompt_ids + target_ids
        input_ids[row, : len(ids)] = torch.tensor(ids)
        attention[row, : len(ids)] = 1
        # labels[t] is the token predicted at position t: the next one.
        labels[row, len(prompt_ids) - 1 : len(ids) - 1] = torch.tensor(target_ids)
        keys[row] = len(prompt_ids) - 1
    return TeacherForced(
        input_ids.to(device), attention.to(device), labels.to(device), keys.to(device)
    )


def target_nll(logits: torch.Tensor, batch: TeacherForced) -> torch.Tensor:
    """Mean negative log-likelihood of the target tokens, averaged per row then over rows."""
    log_probs = F.log_softmax(logits.float(), dim=-1)
    mask = batch.labels != -100
    picked = log_probs.gather(-1, batch.labels.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    per_row = -(picked * mask).sum(1) / mask.sum(1).clamp(min=1)
    return per_row.mean()


def last_prompt_log_probs(logits: torch.Tensor, batch: TeacherForced) -> torch.Tensor:
    """Log-probabilities at each row's key position: what the model says right after the prompt."""
    rows = torch.arange(logits.shape[0], device=logits.device)
    return F.log_softmax(logits[rows, batch.key_positions].float(), dim=-1)
