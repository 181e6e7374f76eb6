"""Where a completion ends, and how a prompt plus a completion becomes the program judged.

Prompts come in two styles. A *function* prompt (HumanEval, MBPP, APPS with starter code) ends
inside a definition: the model writes its body and may add helpers, so a new `def` does not end
it; a top-level `print(`, `assert `, `if __name__` or a new docstring (the next problem of a
file) does. A *stdin* prompt is a module docstring: the model writes the whole program, which may
well contain `if __name__`; only a new docstring or a Markdown fence ends it. Both end at EOS.
"""

from __future__ import annotations

from enum import StrEnum

from pytest_apiedit.benchmark.problem import Problem


class ProgramStyle(StrEnum):
    FUNCTION = "function"
    STDIN = "stdin"

    @classmethod
    def of(cls, problem: Problem) -> ProgramStyle:
        return cls.STDIN if problem.suite.is_stdio else cls.FUNCTION


_ENDS_EITHER = ('\n"""', "\n'''", "\n```")
_ENDS_FUNCTION = ("\nif __name__", "\nprint(", "\nassert ", "\n# Test", "\n# test")


def stop_sequences(style: ProgramStyle) -> tuple[str, ...]:
    return _ENDS_EITHER + (_ENDS_FUNCTION if style is ProgramStyle.FUNCTION else ())


def cut(completion: str, style: ProgramStyle, finished: bool, after_newline: bool = True) -> str:
    """The completion up to its first stop sequence; an unfinished one loses its partial line.

    `finished`: generation stopped on EOS or a stop sequence, not on the token limit.
    `after_newline`: the prompt ends a line, so a stop sequence may begin right at the start.
    """
    lead = "\n" if after_newline else ""
    text = lead + completion
    ends = [i for stop in stop_sequences(style) if (i := text.find(stop)) >= 0]
    if ends:
        return completion[: max(0, min(ends) - len(lead))] + "\n"
    if not finished and "\n" in completion:
        return completion[: completion.rindex("\n") + 1]
    return completion


def extract_program(prompt: str, completion: str, style: ProgramStyle, finished: bool) -> str:
    """The program judged: the prompt (it holds the signature) and the cut completion."""
    return prompt + cut(completion, style, finished, prompt.endswith("\n"))
