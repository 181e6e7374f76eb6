"""ROME's context templates: short texts the model writes itself, put before the prompt so that
the key and the value found for it hold in more than one context (EasyEdit's
`context_template_length_params`: per `[length, count]`, `count` texts of `length` tokens, a fifth
of them from each of five seed words, sampled from the five likeliest tokens at each step)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import torch
from torch import nn

SEEDS = ("The", "Therefore", "Because", "I", "You")
TOP_K = 5


@torch.no_grad()
def context_prefixes(
    model: nn.Module, tokenizer: Any, length_params: Sequence[Sequence[int]]
) -> list[str]:
    """`""` (the bare prompt) and one `"<text>. "` per generated text, EasyEdit's `"<text>. {}"`
    templates; the caller seeds torch's generator."""
    device = next(model.parameters()).device
    prefixes = [""]
    for length, count in length_params:
        for seed in SEEDS:
            rows = count // len(SEEDS)
            if rows == 0:
                continue
            ids = torch.tensor([tokenizer(seed)["input_ids"]] * rows, device=device)  # [rows, T]
            while ids.shape[1] < length:
                last = model(input_ids=ids).logits[:, -1].float().softmax(-1)  # [rows, vocab]
                top = last.topk(TOP_K, dim=-1)
                chosen = torch.multinomial(top.values / top.values.sum(-1, keepdim=True), 1)
                ids = torch.cat([ids, top.indices.gather(-1, chosen)], dim=1)  # [rows, T + 1]
            for row in ids.tolist():
                text = tokenizer.decode(row, skip_special_tokens=True)
                text = unicodedata.normalize("NFKD", text).replace("\n\n", " ")
                prefixes.append(text.replace("{", "").replace("}", "") + ". ")
    return prefixes
