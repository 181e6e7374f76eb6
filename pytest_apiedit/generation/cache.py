"""Generations on disk, so a rerun or a resumed run does not generate again.

One JSON file per key under `<cache>/generations/`, written atomically (a temporary file renamed
into place), so concurrent xdist workers and an interrupted run never leave a half-written entry.
The key covers everything the text depends on: the weights, the edit in force, the prompt as the
model sees it, the sampling settings and stop sequences, the batch it was decoded in, and this
module's format version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pytest_apiedit.diskcache import atomic_write
from pytest_apiedit.generation.sampling import Sampling

FORMAT = 4
"""2: memory editors keep their choice for every sampled row (1 lost it past the prefill); the
prompts of one batch are decoded together. 3: the weights are named by every byte (2 by a sample
of each tensor, which two layers differing in most entries could share) and the edit state by
its requests, corpus, benchmark and seed (2 by method, settings and group alone): a format-2
entry may hold another model's or another edit's text. 4: a unit's prompts are decoded longest
first, at most `rows` rows at a time, refilled as rows end, and a sample also ends on the model's
own end tokens: a format-3 entry was decoded in other company."""


def generation_key(
    weights: str,
    edit_state: str,
    prompt: str,
    sampling: Sampling,
    stops: tuple[str, ...],
    batch: str = "",
    rows: int = 0,
) -> str:
    """`batch`: what names the prompts decoded together (the caller's key of the whole list);
    `rows`: how many rows decode at once (the generator's capacity)."""
    material = {
        "format": FORMAT,
        "weights": weights,
        "edit": edit_state,
        "prompt": prompt,
        "sampling": sampling.to_dict(),
        "stops": list(stops),
        "batch": batch,
        "rows": rows,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def batch_key(prompts: Sequence[tuple[str, tuple[str, ...]]]) -> str:
    """The name of a batch: its prompts, with their stop sequences, in decoding order."""
    return hashlib.sha256(json.dumps([[p, list(s)] for p, s in prompts]).encode()).hexdigest()


class GenerationCache:
    def __init__(self, root: Path) -> None:
        self.root = Path(root) / "generations"

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[dict[str, Any]] | None:
        try:
            return json.loads(self._path(key).read_text())["completions"]
        except (OSError, ValueError, KeyError):
            return None  # absent, or unreadable: generate again and overwrite

    def put(self, key: str, completions: list[dict[str, Any]]) -> None:
        atomic_write(self._path(key), json.dumps({"completions": completions}))
