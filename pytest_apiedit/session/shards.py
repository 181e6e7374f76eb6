"""Shards of a selection: the K-th of N parts of a session's problems, whole edit groups each,
balanced by cost, the same wherever and in whatever order the selection is computed.

A CI matrix, or several machines, run one shard each (`--apiedit-shard K/N`); `report merge`
puts their reports back together into the report one unsplit session would have written. A
group is never split: its edit is made once, by one shard, and in the successive regime every
shard applies the selection's whole sequence before judging its own groups.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


class ShardError(ValueError):
    """A shard that cannot be run: one line naming the fix."""


@dataclass(frozen=True)
class Shard:
    index: int
    """1-based: `--apiedit-shard 1/2` and `2/2` are the two halves."""
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        matched = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if matched is None:
            raise ShardError(f"--apiedit-shard {text!r} is not K/N (e.g. 1/4)")
        index, count = int(matched[1]), int(matched[2])
        if not 1 <= index <= count:
            raise ShardError(f"--apiedit-shard {text}: K must be between 1 and N")
        return cls(index, count)

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def assign(costs: Mapping[str, int], count: int) -> list[list[str]]:
    """The groups dealt into `count` shards: heaviest first, each to the lightest shard so far
    (ties: the lower shard, then the group's name), so that the heaviest shard exceeds the
    lightest by at most the heaviest group. Each shard's groups sorted by name."""
    loads = [0] * count
    shards: list[list[str]] = [[] for _ in range(count)]
    for group in sorted(costs, key=lambda g: (-costs[g], g)):
        lightest = min(range(count), key=lambda i: (loads[i], i))
        shards[lightest].append(group)
        loads[lightest] += costs[group]
    return [sorted(groups) for groups in shards]
