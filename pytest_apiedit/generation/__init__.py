"""Turning prompts into programs: sampling settings, batched generation, extraction, the cache.

Names are imported from their modules, not from the package (docs/architecture.md):
importing one part never loads the others.
"""
