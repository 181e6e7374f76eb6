"""Turning prompts into programs: sampling settings, batched generation, extraction, the cache."""

from pytest_apiedit.generation.cache import GenerationCache, batch_key, generation_key
from pytest_apiedit.generation.extract import ProgramStyle, extract_program, stop_sequences
from pytest_apiedit.generation.generator import Generator
from pytest_apiedit.generation.sampling import Sampling

__all__ = [
    "GenerationCache",
    "Generator",
    "ProgramStyle",
    "Sampling",
    "batch_key",
    "extract_program",
    "generation_key",
    "stop_sequences",
]
