"""n samples of one prompt in one batched `generate` call, with the KV cache and stop strings.

The prompt is encoded once and expanded to n rows inside `generate` (`num_return_sequences`),
so the prefill and each decoding step serve all samples together. The RNG is seeded from the
prompt (`Sampling.seed_for`), so a sample does not depend on which worker drew it or what it
drew before. A prompt longer than the model's window keeps its end (where the signature is).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import torch
from torch import nn

from pytest_apiedit.editing.architecture import max_positions
from pytest_apiedit.generation.extract import ProgramStyle, stop_sequences
from pytest_apiedit.generation.sampling import Sampling


@dataclass(frozen=True)
class Completion:
    text: str
    finished: bool
    """Ended on EOS or a stop sequence rather than on `max_new_tokens`."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Completion:
        return cls(**data)


class Generator:
    def __init__(self, model: nn.Module, tokenizer: Any, sampling: Sampling) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.sampling = sampling

    @torch.no_grad()
    def complete(self, prompt: str, style: ProgramStyle) -> list[Completion]:
        """`sampling.samples` completions of `prompt` from one call."""
        s = self.sampling
        torch.manual_seed(s.seed_for(prompt))
        rows = 1 if s.greedy else s.samples  # greedy samples are all the same
        completions = self._generate(prompt, style, rows)
        return completions * s.samples if s.greedy else completions

    @torch.no_grad()
    def complete_one_by_one(self, prompt: str, style: ProgramStyle) -> list[Completion]:
        """The naive loop, one `generate` per sample: what `benchmarks/generation_speed.py`
        compares `complete` against."""
        torch.manual_seed(self.sampling.seed_for(prompt))
        return [self._generate(prompt, style, 1)[0] for _ in range(self.sampling.samples)]

    def _generate(self, prompt: str, style: ProgramStyle, rows: int) -> list[Completion]:
        s, tokenizer = self.sampling, self.tokenizer
        ids = tokenizer(prompt, return_tensors="pt")["input_ids"]
        window = max_positions(self.model, 1 << 30) - s.max_new_tokens
        ids = ids[:, -max(1, window) :].to(next(self.model.parameters()).device)
        stops = stop_sequences(style)
        sampled = (
            {"do_sample": False}
            if s.greedy
            else {"do_sample": True, "temperature": s.temperature, "top_p": s.top_p, "top_k": 0}
        )
        out = self.model.generate(
            input_ids=ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=s.max_new_tokens,
            num_return_sequences=rows,
            stop_strings=list(stops),
            tokenizer=tokenizer,
            pad_token_id=tokenizer.pad_token_id,
            eos_token_id=tokenizer.eos_token_id,
            **sampled,
        )
        completions = []
        for row in out[:, ids.shape[1] :].tolist():
            ended = tokenizer.eos_token_id in row
            if ended:
                row = row[: row.index(tokenizer.eos_token_id)]
            text = tokenizer.decode(row, skip_special_tokens=True)
            stopped = ended or any(stop in text for stop in stops)
            completions.append(Completion(text, stopped or len(row) < s.max_new_tokens))
        return completions
