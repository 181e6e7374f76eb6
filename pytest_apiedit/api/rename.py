"""Renames: a module function or builtin gets a new name; a builtin type's method gets a new name.

The old name is gone (NameError / AttributeError / ImportError, exactly as Python raises them);
the new name is the same object, so semantics are unchanged.
"""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from pytest_apiedit.api.modification import Category, Modification, api_name, enumerate_names
from pytest_apiedit.api.names import ProgramIndex, resolve

if TYPE_CHECKING:
    from pytest_apiedit.api.world import WorldBuilder


@dataclass(frozen=True)
class FunctionRename(Modification):
    """`module.old` becomes `module.new` (`module` is `builtins` for a builtin function)."""

    module: str
    old: str
    new: str

    category: ClassVar[Category] = Category.FUNCTION_RENAME

    @property
    def old_qualname(self) -> str:
        return f"{self.module}.{self.old}"

    @property
    def new_qualname(self) -> str:
        return f"{self.module}.{self.new}"

    def describe(self) -> str:
        api = resolve(self.old_qualname)
        call = "()" if callable(api) and not isinstance(api, type) else ""
        old, new = api_name(self.module, self.old), api_name(self.module, self.new)
        builtin = "The builtin " if self.module == "builtins" else ""
        return (f"{builtin}`{old}{call}` has been renamed to `{new}{call}`;"
                f" `{old}` no longer exists.")

    def new_names(self) -> tuple[str, ...]:
        return (self.new,)

    def apply(self, world: WorldBuilder) -> None:
        world.rename(self.module, self.old, self.new)

    def old_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return program.references(self.old_qualname)

    def new_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return program.references(self.new_qualname)

    def migrate(self, tree: ast.Module) -> ast.Module:
        program = ProgramIndex.of(tree)
        # `from math import sqrt` becomes `from math import square_root`, and the local name
        # `sqrt` follows unless it was aliased (`from math import sqrt as s` keeps `s`).
        renamed_locals = {
            local for local, qualname in program.imported.items()
            if qualname == self.old_qualname and local == self.old
        }
        if self.module == "builtins" and self.old not in program.bound:
            renamed_locals.add(self.old)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == self.module:
                for alias in node.names:
                    if alias.name == self.old:
                        alias.name = self.new
                        if alias.asname == self.new:
                            alias.asname = None
            elif isinstance(node, ast.Attribute) and program.qualname(node) == self.old_qualname:
                node.attr = self.new
            elif isinstance(node, ast.Name) and node.id in renamed_locals:
                node.id = self.new
        return tree


@dataclass(frozen=True)
class MethodRename(Modification):
    """Method `old` of the builtin types `owners` (`str`, `list`, ...) becomes `new`.

    Only the builtin types `owners` (and their subclasses) change: a method of the same name on
    another class (`deque.append`, a compiled pattern's `split`, a class of the program) stays.
    Receivers have no static types in Python, so an attribute `.old` counts as a use of the
    method unless it is a module attribute (`os.path.split`, `re.split`) or its receiver is
    evidently of another type (`ProgramIndex.value_type`); a method name that several builtin
    types share is renamed in all of them.
    """

    owners: tuple[str, ...]
    old: str
    new: str

    category: ClassVar[Category] = Category.METHOD_RENAME

    def describe(self) -> str:
        if len(self.owners) == 1:
            return (f"`{self.owners[0]}.{self.old}()` has been renamed to"
                    f" `{self.owners[0]}.{self.new}()`; `{self.owners[0]}.{self.old}` is removed.")
        owners = enumerate_names([f"`{owner}`" for owner in self.owners])
        return (f"The `{self.old}()` method of {owners} has been renamed to `{self.new}()`;"
                f" `{self.old}` is removed from all of them.")

    def new_names(self) -> tuple[str, ...]:
        return (self.new,)

    def apply(self, world: WorldBuilder) -> None:
        for owner in self.owners:
            world.rename_method(getattr(builtins, owner), self.old, self.new)

    def old_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return self._attributes(program, self.old)

    def new_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return self._attributes(program, self.new)

    def migrate(self, tree: ast.Module) -> ast.Module:
        for node in self._attributes(ProgramIndex.of(tree), self.old):
            node.attr = self.new
        return tree

    def _attributes(self, program: ProgramIndex, attr: str) -> list[ast.Attribute]:
        owners = tuple(getattr(builtins, owner) for owner in self.owners)
        return [
            node
            for node in program.nodes
            if isinstance(node, ast.Attribute)
            and node.attr == attr
            and not _is_module_attribute(program, node)
            and _reaches_owner(program.value_type(node.value), attr, owners)
        ]


def _reaches_owner(evident: type | None, attr: str, owners: tuple[type, ...]) -> bool:
    """Whether `.attr` on a receiver of evident type `evident` (None: not evident) may be the
    method of one of `owners`: the first class of its MRO that defines `attr` is an owner, or
    none does (a renamed method's new name) and it derives from one. A class (`str.split`)
    may be an owner."""
    if evident is None or evident is type:
        return True
    definer = next((cls for cls in evident.__mro__ if attr in vars(cls)), None)
    return definer in owners if definer else issubclass(evident, owners)


def _is_module_attribute(program: ProgramIndex, node: ast.Attribute) -> bool:
    base = program.qualname(node.value)
    return base is not None and not base.startswith("builtins.")
