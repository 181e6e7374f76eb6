"""One benchmark problem evaluated: edit state, generation, judging, and the record it leaves.

Plain code the pytest glue calls into; nothing here imports pytest.

Names are imported from their modules, not from the package (docs/architecture.md):
importing one part never loads the others.
"""
