"""Model editing: one interface, native methods, exact restore."""

from pytest_apiedit.editing.editor import EditHandle, Editor, RestoreError
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.editing.registry import METHODS, make_editor
from pytest_apiedit.editing.request import EditRequest

__all__ = [
    "METHODS",
    "EditConfigError",
    "EditHandle",
    "EditRequest",
    "Editor",
    "RestoreError",
    "make_editor",
]
