"""The samples of several prompts decoded together, with the KV cache and stop strings.

Prompts are run through the model a batch at a time (the prefill, left-padded to the longest,
longest prompts first); the cache is then repeated to n rows per prompt, so each decoding step
serves every sample of every admitted prompt with one forward pass. A row leaves the batch (and
the cache) as soon as it ends on EOS or a stop string. Rows that leave make room: once a quarter
of `capacity` is free, the next prompts are prefilled and joined to the running cache (left-padded
to a common width, masked), so a long call decodes at full rows until its last prompts rather
than at single-row speed at the end of every batch. Row moves are told to `select_rows`; an
editor that holds a choice per row (GRACE, WISE) follows, and while it does no rows join a
running batch (its choices are made on a batch's own prefill). Each prompt has its own RNG,
seeded from the prompt (`Sampling.seed_for`) and drawn only for that prompt's rows, so a sample
does not depend on which worker drew it or what it drew before. What it may depend on, in the
last bits of its logits, is the prompts decoded beside it: callers decode a fixed list of prompts
(the plugin: one edit group's problems, or a run of groups that share the unedited model) and
name it in their cache key. A prompt that leaves too little of the model's window for
`max_new_tokens` keeps its end (where the signature is), at least half the window, and its samples
stop where the window does.

The cache grows into spare room (`kvcache.py`) rather than being copied whole at every step.

The loop is written here rather than left to `generate` because its per-step overhead and its
sorted top-p dominated on small models, and `generate` cannot give each prompt of a batch its
own seeded draws (see `nucleus.py` and `benchmarks/generation_speed.py`).
"""

from __future__ import annotations

import inspect
import itertools
from collections import deque
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

import torch
from torch import nn
from transformers import DynamicCache

from pytest_apiedit.benchmark.extract import ProgramStyle, stop_sequences
from pytest_apiedit.generation.kvcache import plain_growing, roomy_cache
from pytest_apiedit.generation.nucleus import nucleus_sample
from pytest_apiedit.generation.sampling import Sampling
from pytest_apiedit.models.weights import max_positions

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


class RowFollower(Protocol):
    """What holds a choice per batch row (a memory editor): told how the rows move."""

    @property
    def follows_rows(self) -> bool:
        """Whether anything is held per row now; then no rows join a running batch."""
        ...

    def select_rows(self, rows: torch.Tensor) -> None:
        """Row i of the batch is now row `rows[i]` of the one before."""
        ...


class _NoFollower:
    follows_rows = False

    def select_rows(self, rows: torch.Tensor) -> None:
        pass


class Generator:
    def __init__(
        self,
        model: nn.Module,
        tokenizer: Any,
        sampling: Sampling,
        rows: RowFollower | None = None,
        capacity: int = 64,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.sampling = sampling
        self.rows: RowFollower = rows or _NoFollower()
        self.capacity = capacity
        """Rows decoded together at most (a prompt's samples are never split)."""
        parameters = inspect.signature(model.forward).parameters
        # transformers 5 renamed `past_key_values` to `cache`.
        self._cache_argument = "cache" if "cache" in parameters else "past_key_values"
        self._last_logits_only = {"logits_to_keep": 1} if "logits_to_keep" in parameters else {}
        self._eos = _end_tokens(model, tokenizer)
        # Rows join a running cache only where every layer is a plain growing one.
        self._joinable = plain_growing(model.config)

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
        """`rows` samples of each prompt (`rngs`: one per prompt, seeded from it when not given).

        The longest prompts are admitted first, as many as `capacity` rows hold. While nobody
        follows the rows, a batch that has lost a quarter of its rows takes in the next prompts
        (their own prefill, then joined to the running cache), so the decoder keeps its rows
        full instead of finishing each batch at single-row speed; otherwise the next prompts
        wait for the batch to end."""
        rngs = rngs or [self._rng(prompt) for prompt, _ in prompts]
        ids = [self.prompt_ids(prompt) for prompt, _ in prompts]
        budget = [self.new_tokens(tokens) for tokens in ids]
        stops = [_StopStrings(self.tokenizer, stop_sequences(style), p) for p, style in prompts]
        tokens: list[list[list[int]]] = [[[] for _ in range(rows)] for _ in prompts]
        finished = [[False] * rows for _ in prompts]
        waiting = deque(sorted(range(len(prompts)), key=lambda i: (-len(ids[i]), i)))
        refill = self._joinable and not self.rows.follows_rows
        batch: _Batch | None = None
        while batch is not None or waiting:
            free = self.capacity - (0 if batch is None else len(batch.active))
            if waiting and (batch is None or (refill and free >= max(rows, self.capacity // 4))):
                admitted = [waiting.popleft()]
                while waiting and (len(admitted) + 1) * rows <= free:
                    admitted.append(waiting.popleft())
                fresh = self._prefill(admitted, [ids[i] for i in admitted], rows)
                batch = fresh if batch is None else batch.join(fresh)
            assert batch is not None
            picked = self._pick(batch.logits, [prompt for prompt, _ in batch.active], rngs)
            staying = []
            for position, ((prompt, sample), token) in enumerate(
                zip(batch.active, picked.tolist(), strict=True)
            ):
                row = tokens[prompt][sample]
                if token not in self._eos:
                    row.append(token)
                if token in self._eos or stops[prompt].reached(row):
                    finished[prompt][sample] = True
                elif len(row) < budget[prompt]:
                    staying.append(position)
            if not staying:
                batch = None
                continue
            if len(staying) < len(batch.active):
                index = torch.tensor(staying, device=self._device)
                self.rows.select_rows(index)
                batch = batch.select(index, staying, trim=refill)
                picked = picked[index]
            batch.padding = batch.padding.step()
            batch.logits = self._forward(picked[:, None], batch.cache, batch.padding)
        return [list(zip(t, f, strict=True)) for t, f in zip(tokens, finished, strict=True)]

    def _prefill(self, admitted: list[int], ids: list[list[int]], rows: int) -> _Batch:
        """The admitted prompts run through the model together, each repeated to `rows` rows."""
        input_ids, padding = _Padding.left(ids, self._device)
        cache = roomy_cache(self.model.config)
        logits = self._forward(input_ids, cache, padding)  # [prompts, vocab]
        owners = torch.arange(len(admitted), device=self._device).repeat_interleave(rows)
        cache.batch_repeat_interleave(rows)
        self.rows.select_rows(owners)
        active = [(prompt, sample) for prompt in admitted for sample in range(rows)]
        return _Batch(cache, padding.select(owners), logits[owners], active)

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

    def widened(self, rows: int, width: int, to: int, device: torch.device) -> _Padding:
        """This padding (of `rows` rows over `width` cached tokens) with `to - width` more
        padding on the left, always explicit: rows of unequal length are about to join."""
        mask = self.mask if self.mask is not None else torch.ones(rows, width, dtype=torch.long)
        last = (
            self.positions[:, -1:]
            if self.positions is not None
            else torch.full((rows, 1), width - 1, dtype=torch.long)
        )
        mask = torch.nn.functional.pad(mask.to(device), (to - width, 0))  # [rows, to]
        return _Padding(mask, last.to(device))

    def arguments(self) -> dict[str, torch.Tensor]:
        if self.mask is None or self.positions is None:
            return {}
        return {"attention_mask": self.mask, "position_ids": self.positions}


@dataclass
class _Batch:
    """The rows being decoded: their cache, padding, next-token logits and (prompt, sample)."""

    cache: DynamicCache
    padding: _Padding
    logits: torch.Tensor
    """`[rows, vocab]`"""
    active: list[tuple[int, int]]

    def select(self, index: torch.Tensor, positions: list[int], trim: bool) -> _Batch:
        """Only these rows (`index` and `positions` name the same ones); with `trim`, without
        the columns that are padding in every row that stays (left by longer rows: a refilled
        cache would otherwise only grow). A row follower keys on columns: it gets no trim."""
        self.cache.batch_select_indices(index)
        padding = self.padding.select(index)
        if trim and padding.mask is not None:
            first = int(padding.mask.any(0).int().argmax())  # the first column any row uses
            if first > 0:
                for layer in self.cache.layers:
                    layer.keys = layer.keys[:, :, first:]  # [rows, heads, T - first, d]
                    layer.values = layer.values[:, :, first:]
                padding = _Padding(padding.mask[:, first:], padding.positions)
        active = [self.active[position] for position in positions]
        return _Batch(self.cache, padding, self.logits[index], active)

    def join(self, fresh: _Batch) -> _Batch:
        """These rows, then `fresh`'s, in one cache: the shorter side is padded on the left
        (masked, so no row attends to another's tokens or to padding)."""
        width, fresh_width = self.cache.get_seq_length(), fresh.cache.get_seq_length()
        to = max(width, fresh_width)
        device = self.logits.device
        for layer, other in zip(self.cache.layers, fresh.cache.layers, strict=True):
            for name in ("keys", "values"):
                mine, theirs = getattr(layer, name), getattr(other, name)  # [rows, heads, T, d]
                joined = torch.cat(
                    [
                        torch.nn.functional.pad(mine, (0, 0, to - width, 0)),
                        torch.nn.functional.pad(theirs, (0, 0, to - fresh_width, 0)),
                    ]
                )
                setattr(layer, name, joined)
        mine = self.padding.widened(len(self.active), width, to, device)
        theirs = fresh.padding.widened(len(fresh.active), fresh_width, to, device)
        assert mine.mask is not None and theirs.mask is not None
        assert mine.positions is not None and theirs.positions is not None
        padding = _Padding(
            torch.cat([mine.mask, theirs.mask]), torch.cat([mine.positions, theirs.positions])
        )
        logits = torch.cat([self.logits, fresh.logits])
        return _Batch(self.cache, padding, logits, self.active + fresh.active)


def _end_tokens(model: nn.Module, tokenizer: Any) -> frozenset[int]:
    """The tokens that end a sample: the tokenizer's EOS and every one the model's generation
    config names (an instruct model ends a turn on one and a document on another)."""
    ends = {tokenizer.eos_token_id}
    config = getattr(model, "generation_config", None)
    named = getattr(config, "eos_token_id", None)
    ends.update(named if isinstance(named, list) else [named])
    return frozenset(end for end in ends if end is not None)


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
