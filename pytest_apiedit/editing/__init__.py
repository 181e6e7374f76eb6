"""Model editing: one interface, native methods, exact restore.

Names are imported from their modules, not from the package (docs/architecture.md):
importing one part never loads the others.
"""
