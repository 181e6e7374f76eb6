"""The benchmark: 2,040 problems from HumanEval, MBPP and APPS over the catalogue's modifications.

Built by `benchmarks/build_benchmark.py` from the raw data and shipped as package data.

Names are imported from their modules, not from the package (docs/architecture.md):
importing one part never loads the others.
"""
