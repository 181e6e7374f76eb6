"""How a benchmark prompt is put to a model: text to continue, or a turn of its chat template.

Base code models continue a prompt that ends inside a definition. An instruct model given the
same text closes the code block right after the docstring: SmolLM2-135M-Instruct wrote only a
fence in nearly every sample, so nothing it could do was measured. In `chat` format the prompt
becomes the user's turn ("complete this function", the code fenced) and the reply is opened with
a Python fence, so the model writes the whole function. The judged program is still the prompt
followed by what the model wrote (its definition replaces the prompt's stub), and an edit is made
on the same framed prompt with the whole migrated solution as its target: an edit keyed on the
prompt meets the prompt that generation sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pytest_apiedit.benchmark.extract import ProgramStyle
from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.models.aliases import ALIASES

AUTO = "auto"
CHAT_MODELS = frozenset(name for name, alias in ALIASES.items() if alias.prompt_format == "chat")
"""The aliases whose default format is `chat` (instruct models): what `auto` puts in a chat turn."""
FENCE = "```python\n"
INSTRUCTIONS = {
    ProgramStyle.FUNCTION: "Complete the following Python function:",
    ProgramStyle.STDIN: "Complete the following Python program:",
}


class PromptFormat(StrEnum):
    COMPLETION = "completion"
    CHAT = "chat"

    @classmethod
    def resolve(cls, requested: str, model: str) -> PromptFormat:
        """`auto`: `chat` for the known instruct aliases, `completion` for everything else."""
        if requested == AUTO:
            return cls.CHAT if model in CHAT_MODELS else cls.COMPLETION
        return cls(requested)


class FramingError(ValueError):
    """`chat` format for a tokenizer without a chat template."""


@dataclass(frozen=True)
class Framing:
    format: PromptFormat = PromptFormat.COMPLETION
    tokenizer: Any = None

    def __post_init__(self) -> None:
        if self.format is PromptFormat.CHAT and not getattr(self.tokenizer, "chat_template", None):
            raise FramingError(
                "--prompt-format chat: the model's tokenizer has no chat template;"
                " use --prompt-format completion"
            )

    def prompt(self, text: str, style: ProgramStyle) -> str:
        """What the model is given for a prompt `text` (an editor may have prepared it)."""
        if self.format is PromptFormat.COMPLETION:
            return text
        turn = f"{INSTRUCTIONS[style]}\n{FENCE}{text.rstrip()}\n```"
        opened = self.tokenizer.apply_chat_template(
            [{"role": "user", "content": turn}], tokenize=False, add_generation_prompt=True
        )
        return opened + FENCE

    def prompt_of(self, problem: Problem) -> str:
        return self.prompt(problem.prompt, ProgramStyle.of(problem))

    def target_of(self, problem: Problem) -> str | None:
        """What an edit teaches the model to write after `prompt_of(problem)`; None: what
        continues the bare prompt (`EditRequest.for_group`'s default)."""
        return problem.migrated if self.format is PromptFormat.CHAT else None


PLAIN = Framing()
"""Prompts as they are."""
