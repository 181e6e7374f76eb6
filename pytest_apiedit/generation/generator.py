"""n samples of one prompt decoded together, with the KV cache and stop strings.

The prompt is run through the model once; its cache is then repeated to n rows, so each decoding
step serves all samples with one forward pass. A row leaves the batch (and the cache) as soon as
it ends on EOS or a stop string, so the batch does not wait for its longest sample. Both moves
are told to `select_rows`: an editor that holds a choice per row (GRACE, WISE) follows. The RNG is a
generator seeded from the prompt (`Sampling.seed_for`), so a sample does not depend on which
worker drew it or what it drew before. A prompt that leaves too little of the model's window
for `max_new_tokens` keeps its end (where the signature is), at least half the window, and the
samples stop where the window does.

The loop is written here rather than left to `generate` because its per-step overhead and its
sorted top-p dominated on small models (see `nucleus.py` and `benchmarks/generation_speed.py`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import torch
from torch import nn
from transformers import DynamicCache

from pytest_apiedit.editing.architecture import max_positions
from pytest_apiedit.generation.extract import ProgramStyle, stop_sequences
from pytest_apiedit.generation.nucleus import nucleus_sample
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
    def __init__(
        self,
        model: nn.Module,
        tokenizer: Any,
        sampling: Sampling,
        select_rows: Callable[[torch.Tensor], None] = lambda rows: None,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.sampling = sampling
        self.select_rows = select_rows
        parameters = inspect.signature(model.forward).parameters
        # transformers 5 renamed `past_key_values` to `cache`.
        self._cache_argument = "cache" if "cache" in parameters else "past_key_values"
        self._last_logits_only = {"logits_to_keep": 1} if "logits_to_keep" in parameters else {}

    def complete(self, prompt: str, style: ProgramStyle) -> list[Completion]:
        """`sampling.samples` completions of `prompt`, decoded together."""
        s = self.sampling
        rows = 1 if s.greedy else s.samples  # greedy samples are all the same
        completions = self._completions(self.sample(prompt, style, rows, self._rng(prompt)))
        return completions * s.samples if s.greedy else completions

    def complete_one_by_one(self, prompt: str, style: ProgramStyle) -> list[Completion]:
        """The naive loop, one decoding per sample: what `benchmarks/generation_speed.py`
        compares `complete` against."""
        rng = self._rng(prompt)
        samples = [self.sample(prompt, style, 1, rng)[0] for _ in range(self.sampling.samples)]
        return self._completions(samples)

    @torch.no_grad()
    def sample(
        self, prompt: str, style: ProgramStyle, rows: int, rng: torch.Generator
    ) -> list[tuple[list[int], bool]]:
        """`rows` samples of `prompt` decoded together: each one's new tokens and whether it
        ended on EOS or a stop string."""
        s, eos = self.sampling, self.tokenizer.eos_token_id
        ids = self.prompt_ids(prompt)
        new_tokens = min(s.max_new_tokens, max_positions(self.model, 1 << 30) - ids.shape[1])
        stops = _StopStrings(self.tokenizer, stop_sequences(style), prompt)
        cache = DynamicCache(config=self.model.config)
        logits = self._forward(ids, cache)
        cache.batch_repeat_interleave(rows)
        self.select_rows(torch.zeros(rows, dtype=torch.long, device=self._device))
        logits = logits.expand(rows, -1)
        tokens: list[list[int]] = [[] for _ in range(rows)]
        finished = [False] * rows
        active = list(range(rows))  # the sample behind each row of the batch
        for step in range(1, new_tokens + 1):
            picked = self._pick(logits, rng)
            staying = []
            for position, (sample, token) in enumerate(zip(active, picked.tolist(), strict=True)):
                if token != eos:
                    tokens[sample].append(token)
                if token == eos or stops.reached(tokens[sample]):
                    finished[sample] = True
                else:
                    staying.append(position)
            if not staying or step == new_tokens:
                break
            if len(staying) < len(active):
                index = torch.tensor(staying, device=self._device)
                cache.batch_select_indices(index)
                self.select_rows(index)
                picked = picked[index]
                active = [active[position] for position in staying]
            logits = self._forward(picked[:, None], cache)
        return list(zip(tokens, finished, strict=True))

    def prompt_ids(self, prompt: str) -> torch.Tensor:
        """The prompt's tokens (1 x length, on the model's device) that leave room for
        `max_new_tokens` in the window: its end, at least half the window."""
        ids = self.tokenizer(prompt, return_tensors="pt")["input_ids"]
        window = max_positions(self.model, 1 << 30)
        return ids[:, -max(window - self.sampling.max_new_tokens, window // 2) :].to(self._device)

    def _rng(self, prompt: str) -> torch.Generator:
        """On the CPU whatever the model's device, so the draws are the same everywhere."""
        return torch.Generator().manual_seed(self.sampling.seed_for(prompt))

    @property
    def _device(self) -> torch.device:
        return next(self.model.parameters()).device

    def _completions(self, samples: list[tuple[list[int], bool]]) -> list[Completion]:
        decode = self.tokenizer.decode
        return [Completion(decode(row, skip_special_tokens=True), done) for row, done in samples]

    def _forward(self, ids: torch.Tensor, cache: DynamicCache) -> torch.Tensor:
        arguments = {self._cache_argument: cache, **self._last_logits_only}
        return self.model(input_ids=ids, use_cache=True, **arguments).logits[:, -1].float()

    def _pick(self, logits: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        s = self.sampling
        if s.greedy:
            return logits.argmax(-1)
        return nucleus_sample(torch.softmax(logits / s.temperature, -1), s.top_p, rng)


class _StopStrings:
    """Whether a sample's tokens end in one of the stop strings, looking only at their tail."""

    def __init__(self, tokenizer: Any, stops: tuple[str, ...], prompt: str) -> None:
        self.tokenizer = tokenizer
        self.stops = stops
        # A stop string is at most one token per character, plus one for a split character.
        self.window = max(map(len, stops)) + 1
        self.lead = prompt[-1:]  # a stop string may begin with the prompt's last character

    def reached(self, tokens: list[int]) -> bool:
        tail = self.tokenizer.decode(tokens[-self.window :], skip_special_tokens=True)
        if len(tokens) <= self.window:
            tail = self.lead + tail
        return any(stop in tail for stop in self.stops)
