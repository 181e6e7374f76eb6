"""What an edit is asked to teach: built from a modification and its reliability problem."""

from __future__ import annotations

from dataclasses import dataclass

from pytest_apiedit.benchmark.problem import Problem, Split


@dataclass(frozen=True)
class EditRequest:
    prompt: str
    """The reliability problem's prompt: where the edit is made."""
    target: str
    """The migrated reference solution: what the model should write after the prompt."""
    note: str
    """The update note, for methods that put it in context (`prompt`)."""
    modification: str
    """Id of the modification, for reports and caches."""
    unrelated: tuple[str, ...] = ()
    """Prompts the edit must leave alone (WISE's routing margin trains on them)."""

    @classmethod
    def for_group(
        cls,
        reliability: Problem,
        unrelated: tuple[str, ...] = (),
        prompt: str | None = None,
        target: str | None = None,
    ) -> EditRequest:
        """`prompt` and `target` as the model is asked (a chat turn and the whole solution, see
        `generation.framing`); by default the bare prompt and what continues it."""
        if reliability.split is not Split.RELIABILITY:
            raise ValueError(
                f"{reliability.id} is a {reliability.split} problem,"
                " not the group's reliability one"
            )
        return cls(
            prompt=reliability.prompt if prompt is None else prompt,
            target=reliability.completion(reliability.migrated) if target is None else target,
            note=reliability.modification.note,
            modification=reliability.group,
            unrelated=unrelated,
        )
