"""The code corpus: the benchmark's original-world solutions and the standard library's sources.

Covariance statistics, the default tokenizer and the embedded model's training all read it, so
code models are measured and trained on code, locally, in a fixed order.
"""

from __future__ import annotations

import functools
import hashlib
import sysconfig
from collections.abc import Iterable
from pathlib import Path

CHUNK_CHARS = 2000


@functools.cache
def stdlib_chunks() -> tuple[str, ...]:
    """This interpreter's standard-library modules, cut into chunks of `CHUNK_CHARS`, in order."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    return tuple(
        text[start : start + CHUNK_CHARS]
        for path in sorted(stdlib.glob("*.py"))
        for text in [path.read_text(errors="replace")]
        for start in range(0, len(text), CHUNK_CHARS)
    )


@functools.cache
def code_corpus() -> tuple[str, ...]:
    """Benchmark solutions (original world) interleaved with standard-library chunks, in order."""
    from pytest_apiedit.benchmark.store import Benchmark

    solutions = sorted({problem.original for problem in Benchmark.load().problems})
    chunks = stdlib_chunks()
    mixed = [text for pair in zip(solutions, chunks, strict=False) for text in pair]
    shorter = min(len(solutions), len(chunks))
    return tuple(mixed + solutions[shorter:] + list(chunks[shorter:]))


def corpus_hash(texts: Iterable[str]) -> str:
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]
