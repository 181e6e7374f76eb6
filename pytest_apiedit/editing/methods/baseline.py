"""The two baselines: no edit at all, and the update note put in context (no weight changes)."""

from __future__ import annotations

from pytest_apiedit.editing.editor import Editor
from pytest_apiedit.editing.request import EditRequest


class NoEdit(Editor):
    """The unedited model: what every method is compared against."""

    name = "none"

    def _edit(self, requests: list[EditRequest]) -> None:
        pass


class InContext(Editor):
    """The update notes of the edits in force, as comments before the prompt."""

    name = "prompt"
    edits_prompts = True

    def _edit(self, requests: list[EditRequest]) -> None:
        pass

    def prepare_prompt(self, prompt: str) -> str:
        notes = "".join(
            f"# {line}\n" for request in self.applied for line in request.note.splitlines()
        )
        return f"{notes}\n{prompt}" if notes else prompt
