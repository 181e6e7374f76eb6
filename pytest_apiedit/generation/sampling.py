"""How samples are drawn: one frozen record, part of every cache key and report manifest."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Sampling:
    samples: int = 5
    """n: samples per problem (pass@k needs n >= k)."""
    temperature: float = 0.2
    """0: greedy (then every sample is the same). 0.2 is the temperature Chen et al. (2021) found
    best for pass@1 (0.8 is theirs for pass@100); k here is at most n = 5 by default."""
    top_p: float = 0.95
    max_new_tokens: int = 256
    seed: int = 0

    @property
    def greedy(self) -> bool:
        return self.temperature == 0

    def seed_for(self, prompt: str) -> int:
        """The RNG seed of one prompt: independent of item order, worker and earlier prompts."""
        digest = hashlib.sha256(f"{self.seed}\0{prompt}".encode()).digest()
        return int.from_bytes(digest[:4], "little")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
