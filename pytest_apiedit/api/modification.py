"""What an API modification is: one documented change, enforced, detected and migrated.

A modification is a frozen dataclass; its fields are the declaration (which API, what it
becomes) and its methods derive everything else from them, so adding one to the catalogue
is one line. Each category lives in its own module of `pytest_apiedit.api`.

Definitions: docs/definitions.md, "API modification".
"""

from __future__ import annotations

import ast
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from pytest_apiedit.api.names import ProgramIndex

if TYPE_CHECKING:
    from pytest_apiedit.api.world import WorldBuilder


class Category(StrEnum):
    """What kind of change a modification is. Definitions: docs/definitions.md, "API
    modification"."""

    FUNCTION_RENAME = "function_rename"
    METHOD_RENAME = "method_rename"
    SIGNATURE_CHANGE = "signature_change"
    ARGUMENT_REORDER = "argument_reorder"
    MODULE_MOVE = "module_move"
    RETURN_SHAPE = "return_shape"


@dataclass(frozen=True)
class Modification(ABC):
    """One synthetic change to a builtin or standard-library API."""

    id: str
    note: str = field(default="", kw_only=True)
    """The update note, worded as a changelog entry; written from the declaration when omitted."""

    category: ClassVar[Category]
    stale_error: ClassVar[str] = "removed_api"
    """Error class of a program that still uses the old API (`removed_api` or `signature`)."""

    def __post_init__(self) -> None:
        if not self.note:
            object.__setattr__(self, "note", self.describe())

    @abstractmethod
    def describe(self) -> str:
        """The changelog entry for this change, from its declaration."""

    @abstractmethod
    def new_names(self) -> tuple[str, ...]:
        """The identifiers only a program written for the new API spells (none for a reorder)."""

    def named_in(self, text: str) -> str | None:
        """The first of `new_names` that `text` (a prompt) spells as a word, if any."""
        return next((name for name in self.new_names()
                     if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text)), None)

    @abstractmethod
    def apply(self, world: WorldBuilder) -> None:
        """Enforce the change in a program's world. Runs only in a sandbox child."""

    @abstractmethod
    def old_uses(self, program: ProgramIndex) -> list[ast.AST]:
        """Nodes of the program that use the API as it was before the change."""

    @abstractmethod
    def new_uses(self, program: ProgramIndex) -> list[ast.AST]:
        """Nodes of the program that use the API as it is after the change."""

    @abstractmethod
    def migrate(self, tree: ast.Module) -> ast.Module:
        """Rewrite a program written against the old API to use the new one (in place)."""

    def migrate_source(self, source: str) -> str:
        tree = self.migrate(ast.parse(source))
        return ast.unparse(ast.fix_missing_locations(tree))

    def uses_old(self, program: ProgramIndex) -> bool:
        return bool(self.old_uses(program))

    def uses_new(self, program: ProgramIndex) -> bool:
        return bool(self.new_uses(program))


@dataclass(frozen=True)
class FunctionModification(Modification, ABC):
    """A change to one function, `module.function` (`module` is `builtins` for a builtin)."""

    module: str
    function: str

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.function}"

    @property
    def spelled(self) -> str:
        """How a program writes the function: `divmod`, `math.modf`."""
        return api_name(self.module, self.function)


def api_name(module: str, name: str) -> str:
    return name if module == "builtins" else f"{module}.{name}"


def enumerate_names(names: list[str]) -> str:
    """`a`, `a and b`, `a, b and c`: lists in update notes."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
