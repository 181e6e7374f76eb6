"""A problem's tests, split into individually timed cases.

Call-based tests come as Python: HumanEval's `def check(candidate): assert ...` or MBPP's
module-level `assert f(...) == ...` lines. Each top-level statement that asserts something about
the program is one case; the statements between them (imports, helper data) are setup steps
run in order. Stdin/stdout tests come as APPS's `{"inputs": [...], "outputs": [...]}`.
"""

from __future__ import annotations

import ast
import builtins
import json
from dataclasses import dataclass
from typing import Any

CANDIDATE = "candidate"


class MalformedTests(ValueError):
    pass


@dataclass(frozen=True)
class Step:
    source: str
    is_case: bool


@dataclass(frozen=True)
class TestSuite:
    entry_point: str | None = None
    steps: tuple[Step, ...] = ()
    """Call-based: setup steps and cases, in order."""
    program_names: tuple[str, ...] = ()
    """Names the tests take from the program (the entry point, helpers like `encode_cyclic`)."""
    stdio: tuple[tuple[str, str], ...] = ()
    """Stdin/stdout: (input, expected output) per case."""

    __test__ = False  # not a pytest test class

    @property
    def is_stdio(self) -> bool:
        return not self.steps

    @property
    def total(self) -> int:
        return len(self.stdio) if self.is_stdio else sum(step.is_case for step in self.steps)

    @classmethod
    def from_python(cls, source: str, entry_point: str) -> TestSuite:
        try:
            tree = ast.parse(source)
        except SyntaxError as exc:
            raise MalformedTests(f"tests do not parse: {exc.msg} (line {exc.lineno})") from None
        body: list[ast.stmt] = []
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "check":
                body.extend(node.body)
            elif not _is_check_call(node):
                body.append(node)
        program_names = {entry_point, CANDIDATE}
        steps = tuple(
            Step(ast.unparse(node), _is_case(node, program_names)) for node in body
        )
        suite = cls(entry_point, steps, _free_names(tree, entry_point))
        if suite.total == 0:
            raise MalformedTests(f"tests contain no assertion that calls {entry_point!r}")
        return suite

    @classmethod
    def from_stdio_json(cls, text: str) -> TestSuite:
        try:
            data = json.loads(text)
            pairs = tuple(zip(data["inputs"], data["outputs"], strict=True))
        except (ValueError, KeyError, TypeError) as exc:
            raise MalformedTests(
                f'stdio tests must be JSON {{"inputs": [...], "outputs": [...]}}: {exc}'
            ) from None
        if not pairs or not all(isinstance(x, str) and isinstance(y, str) for x, y in pairs):
            raise MalformedTests("stdio tests need at least one pair of input and output strings")
        return cls(stdio=pairs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entry_point": self.entry_point,
            "steps": [[step.source, step.is_case] for step in self.steps],
            "program_names": list(self.program_names),
            "stdio": [list(pair) for pair in self.stdio],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TestSuite:
        return cls(
            entry_point=data["entry_point"],
            steps=tuple(Step(source, is_case) for source, is_case in data["steps"]),
            program_names=tuple(data["program_names"]),
            stdio=tuple((stdin, stdout) for stdin, stdout in data["stdio"]),
        )


def _is_check_call(node: ast.stmt) -> bool:
    """HumanEval appends `check(entry_point)`; we run the body ourselves, case by case."""
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id == "check"
    )


def _is_case(node: ast.stmt, program_names: set[str]) -> bool:
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    return any(isinstance(n, ast.Assert) for n in ast.walk(node)) and bool(names & program_names)


def _free_names(tree: ast.Module, entry_point: str) -> tuple[str, ...]:
    """Names the tests use but never bind: they must come from the program."""
    bound = {CANDIDATE, "check"}
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (used if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).partition(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return tuple(sorted((used - bound - set(dir(builtins))) | {entry_point}))
