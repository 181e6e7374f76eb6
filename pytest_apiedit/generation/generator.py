"""The samples of several prompts decoded together, with the KV cache and stop strings.

The prompts are run through the model in one forward (the prefill, left-padded to the longest);
the cache is then repeated to n rows per prompt, so each decoding step serves every sample of
every prompt with one forward pass. A row leaves the batch (and the cache) as soon as it ends on
EOS or a stop string, so the batch does not wait for its longest sample. Both moves are told to
`select_rows`: an editor that holds a choice per row (GRACE, WISE) follows. Each prompt has its
own RNG, seeded from the prompt (`Sampling.seed_for`) and drawn only for that prompt's rows, so
a sample does not depend on which worker drew it or what it drew before. What it may depend on,
in the last bits of its logits, is the prompts padded beside it: callers decode a fixed batch
(the plugin: one edit group's problems) and name it in their cache key. A prompt that leaves too
little of the model's window for `max_new_tokens` keeps its end (where the signature is), at
least half the window, and its samples stop where the window does.

The loop is written here rather than left to `generate` because its per-step overhead and its
sorted top-p dominated on small models, and `generate` cannot give each prompt of a batch its
own seeded draws (see `nucleus.py` and `benchmarks/generation_speed.py`).
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import torch
from torch import nn
from transformers import DynamicCache

from pytest_apiedit.editing.architecture import max_positions
from pytest_apiedit.generation.extract import ProgramStyle, stop_sequences
from pytest_apiedit.generation.nucleus import nucleus_sample
from pytest_apiedit.generation.sampling import Sampling

Sample = tuple[list[int], bool]
"""One sample's new tokens, and whether it ended on EOS or a stop string."""


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
        return self.complete_many([(prompt, style)])[0]

    def complete_many(self, prompts: Sequence[tuple[str, ProgramStyle]]) -> list[list[Completion]]:
        """`sampling.samples` completions of each prompt, all decoded together."""
        s = self.sampling
        rows = 1 if s.greedy else s.samples  # greedy samples are all the same
        drawn = self.sample(prompts, rows)
        return [self._completions(samples) * (s.samples if s.greedy else 1) for samples in drawn]

    def complete_one_by_one(self, prompt: str, style: ProgramStyle) -> list[Completion]:
        """The naive loop, one decoding per sample: what `benchmarks/generation_speed.py`
        compares `complete_many` against."""
        rng = self._rng(prompt)
        samples = [
            self.sample([(prompt, style)], 1, [rng])[0][0] for _ in range(self.sampling.samples)
        ]
        return self._completions(samples)

    @torch.no_grad()
    def sample(
        self,
        prompts: Sequence[tuple[str, ProgramStyle]],
        rows: int,
        rngs: Sequence[torch.Generator] | None = None,
    ) -> list[list[Sample]]:
        """`rows` samples of each prompt, decoded together (`rngs`: one per prompt, seeded from
        it when not given)."""
        eos = self.tokenizer.eos_token_id
        rngs = rngs or [self._rng(prompt) for prompt, _ in prompts]
        ids = [self.prompt_ids(prompt) for prompt, _ in prompts]
        budget = [self.new_tokens(tokens) for tokens in ids]
        stops = [_StopStrings(self.tokenizer, stop_sequences(style), p) for p, style in prompts]
        input_ids, padding = _Padding.left(ids, self._device)
        cache = DynamicCache(config=self.model.config)
        logits = self._forward(input_ids, cache, padding)
        owners = torch.arange(len(prompts), device=self._device).repeat_interleave(rows)
        cache.batch_repeat_interleave(rows)
        self.select_rows(owners)
        padding = padding.select(owners)
        logits = logits[owners]
        tokens: list[list[list[int]]] = [[[] for _ in range(rows)] for _ in prompts]
        finished = [[False] * rows for _ in prompts]
        active = [(prompt, sample) for prompt in range(len(prompts)) for sample in range(rows)]
        for step in range(1, max(budget) + 1):
            picked = self._pick(logits, [prompt for prompt, _ in active], rngs)
            staying = []
            for position, ((prompt, sample), token) in enumerate(
                zip(active, picked.tolist(), strict=True)
            ):
                row = tokens[prompt][sample]
                if token != eos:
                    row.append(token)
                if token == eos or stops[prompt].reached(row):
                    finished[prompt][sample] = True
                elif step < budget[prompt]:
                    staying.append(position)
            if not staying:
                break
            if len(staying) < len(active):
                index = torch.tensor(staying, device=self._device)
                cache.batch_select_indices(index)
                self.select_rows(index)
                padding = padding.select(index)
                picked = picked[index]
                active = [active[position] for position in staying]
            padding = padding.step()
            logits = self._forward(picked[:, None], cache, padding)
        return [list(zip(t, f, strict=True)) for t, f in zip(tokens, finished, strict=True)]

    def prompt_ids(self, prompt: str) -> list[int]:
        """The prompt's tokens that leave room for `max_new_tokens` in the window: its end, at
        least half the window."""
        ids = self.tokenizer(prompt)["input_ids"]
        window = self._window
        return ids[-max(window - self.sampling.max_new_tokens, window // 2) :]

    def new_tokens(self, prompt_ids: list[int]) -> int:
        """How many tokens a sample of this prompt may have: `max_new_tokens`, or fewer where
        the model's window ends."""
        return min(self.sampling.max_new_tokens, self._window - len(prompt_ids))

    def _rng(self, prompt: str) -> torch.Generator:
        """On the CPU whatever the model's device, so the draws are the same everywhere."""
        return torch.Generator().manual_seed(self.sampling.seed_for(prompt))

    @property
    def _device(self) -> torch.device:
        return next(self.model.parameters()).device

    @property
    def _window(self) -> int:
        return max_positions(self.model, 1 << 30)

    def _completions(self, samples: list[Sample]) -> list[Completion]:
        decode = self.tokenizer.decode
        return [Completion(decode(row, skip_special_tokens=True), done) for row, done in samples]

    def _forward(self, ids: torch.Tensor, cache: DynamicCache, padding: _Padding) -> torch.Tensor:
        arguments = {self._cache_argument: cache, **self._last_logits_only, **padding.arguments()}
        return self.model(input_ids=ids, use_cache=True, **arguments).logits[:, -1].float()

    def _pick(
        self, logits: torch.Tensor, owners: list[int], rngs: Sequence[torch.Generator]
    ) -> torch.Tensor:
        """One token per row; each prompt's rows (consecutive) drawn with that prompt's RNG."""
        s = self.sampling
        if s.greedy:
            return logits.argmax(-1)
        probs = torch.softmax(logits / s.temperature, -1)
        picked, start = [], 0
        for owner, rows in itertools.groupby(owners):
            end = start + len(list(rows))
            picked.append(nucleus_sample(probs[start:end], s.top_p, rngs[owner]))
            start = end
        return torch.cat(picked)


@dataclass(frozen=True)
class _Padding:
    """Left padding of a batch of prompts, as the model's attention mask and positions; a batch
    without padding passes neither, as a single prompt always did."""

    mask: torch.Tensor | None
    """`[rows, cached + new]`: 0 on padding; None when no row has any."""
    positions: torch.Tensor | None
    """`[rows, new]` each new token's position in its own row."""

    @classmethod
    def left(cls, ids: list[list[int]], device: torch.device) -> tuple[torch.Tensor, _Padding]:
        """The prompts' tokens padded on the left to one width, and their padding."""
        width = max(map(len, ids))
        padded = torch.zeros(len(ids), width, dtype=torch.long)
        mask = torch.zeros(len(ids), width, dtype=torch.long)
        for row, tokens in enumerate(ids):
            padded[row, width - len(tokens) :] = torch.tensor(tokens)
            mask[row, width - len(tokens) :] = 1
        if bool(mask.all()):
            return padded.to(device), cls(None, None)
        positions = (mask.cumsum(-1) - 1).clamp_min(0)
        return padded.to(device), cls(mask.to(device), positions.to(device))

    def select(self, rows: torch.Tensor) -> _Padding:
        if self.mask is None or self.positions is None:
            return self
        return _Padding(self.mask[rows], self.positions[rows])

    def step(self) -> _Padding:
        """The padding for one more token per row."""
        if self.mask is None or self.positions is None:
            return self
        mask = torch.cat([self.mask, self.mask.new_ones(len(self.mask), 1)], 1)
        return _Padding(mask, self.positions[:, -1:] + 1)

    def arguments(self) -> dict[str, torch.Tensor]:
        if self.mask is None or self.positions is None:
            return {}
        return {"attention_mask": self.mask, "position_ids": self.positions}


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
