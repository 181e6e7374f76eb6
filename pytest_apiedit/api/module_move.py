"""Module moves: a whole module is renamed, or some of its names move to a new module.

The old import fails as Python reports it (ModuleNotFoundError, or ImportError / AttributeError
for a name that left its module); the new module holds the very same objects.
"""

from __future__ import annotations

import ast
import types
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from pytest_apiedit.api.modification import Category, Modification, enumerate_names
from pytest_apiedit.api.names import ProgramIndex

if TYPE_CHECKING:
    from pytest_apiedit.api.world import WorldBuilder


@dataclass(frozen=True)
class ModuleMove(Modification):
    """`old_module` is now `new_module`; with `names`, only those names move there."""

    old_module: str
    new_module: str
    names: tuple[str, ...] = ()

    category: ClassVar[Category] = Category.MODULE_MOVE

    def __post_init__(self) -> None:
        if not self.new_module.isidentifier():
            # The world can only hand out a new top-level module.
            raise ValueError(f"{self.id}: new_module must be a top-level module name")
        super().__post_init__()

    def describe(self) -> str:
        if not self.names:
            return (f"The `{self.old_module}` module has been renamed to `{self.new_module}`;"
                    f" its contents are unchanged. `import {self.old_module}` no longer works.")
        moved = enumerate_names([f"`{self.old_module}.{name}`" for name in self.names])
        verb = "has" if len(self.names) == 1 else "have"
        return (f"{moved} {verb} moved to the new module `{self.new_module}`"
                f" (`from {self.new_module} import {', '.join(self.names)}`);"
                f" {'it is' if len(self.names) == 1 else 'they are'} no longer available"
                f" from `{self.old_module}`.")

    def new_names(self) -> tuple[str, ...]:
        return (self.new_module,)

    def apply(self, world: WorldBuilder) -> None:
        if self.names:
            target = self._target(world)
            for name in self.names:
                setattr(target, name, world.remove(self.old_module, name))
            return
        world.move_module(self.old_module, self.new_module)

    def _target(self, world: WorldBuilder) -> types.ModuleType:
        """The new module: an existing (or already created) one, else a fresh one."""
        try:
            return world.view(self.new_module)
        except ModuleNotFoundError:
            target = types.ModuleType(self.new_module)
            world.add_module(self.new_module, target)
            return target

    def old_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return self._references(program, self.old_module)

    def new_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return self._references(program, self.new_module)

    def _references(self, program: ProgramIndex, module: str) -> list[ast.AST]:
        if not self.names:
            return program.references(module)
        found: dict[int, ast.AST] = {}
        for name in self.names:
            found.update((id(node), node) for node in program.references(f"{module}.{name}"))
        return list(found.values())

    def migrate(self, tree: ast.Module) -> ast.Module:
        program = ProgramIndex.of(tree)
        if self.names:
            self._migrate_names(program)
        else:
            self._migrate_module(program)
        return tree

    def _migrate_module(self, program: ProgramIndex) -> None:
        for node in list(ast.walk(program.tree)):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    moved = _moved_module(alias.name, self.old_module, self.new_module)
                    if moved and alias.asname == moved:
                        alias.asname = None
                    alias.name = moved or alias.name
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                moved = _moved_module(node.module, self.old_module, self.new_module)
                node.module = moved or node.module
            elif _spells(program, node, self.old_module):
                # `heapq` (or `os.path`) bound by a plain import; an alias (`hq`) stays as it is.
                program.replace(node, ast.Name(self.new_module, node.ctx))

    def _migrate_names(self, program: ProgramIndex) -> None:
        moved = {f"{self.old_module}.{name}" for name in self.names}
        rewrote_attribute = False
        for node in list(ast.walk(program.tree)):
            if (
                isinstance(node, ast.ImportFrom)
                and node.level == 0
                and node.module == self.old_module
            ):
                self._split_import(program, node)
            elif isinstance(node, ast.Attribute) and program.qualname(node) in moved:
                program.replace(
                    node, ast.Attribute(ast.Name(self.new_module, ast.Load()), node.attr, node.ctx)
                )
                rewrote_attribute = True
        if rewrote_attribute and self.new_module not in program.imported:
            for node in list(ast.walk(program.tree)):
                if isinstance(node, ast.Import) and any(
                    _provides(alias, self.old_module) for alias in node.names
                ):
                    _insert_after(program, node, ast.Import([ast.alias(self.new_module)]))

    def _split_import(self, program: ProgramIndex, node: ast.ImportFrom) -> None:
        """`from collections import Counter, deque` -> `... import deque` + `from counters ...`."""
        leaving = [alias for alias in node.names if alias.name in self.names]
        if not leaving:
            return
        staying = [alias for alias in node.names if alias.name not in self.names]
        new_import = ast.ImportFrom(self.new_module, leaving, 0)
        if staying:
            node.names = staying
            _insert_after(program, node, new_import)
        else:
            program.replace(node, new_import)


def _moved_module(name: str, old: str, new: str) -> str | None:
    """`name` with its `old` prefix replaced by `new`, or None if it is not (within) `old`."""
    if name == old or name.startswith(old + "."):
        return new + name[len(old) :]
    return None


def _spells(program: ProgramIndex, node: ast.AST, module: str) -> bool:
    """Whether `node` is an expression that names `module` by its own dotted name."""
    return (
        isinstance(node, ast.Name | ast.Attribute)
        and program.qualname(node) == module
        and ast.unparse(node) == module
    )


def _provides(alias: ast.alias, module: str) -> bool:
    """Whether `import <alias>` makes `module` reachable (`import os` provides `os.path`)."""
    bound = alias.name if alias.asname else alias.name.partition(".")[0]
    return module == bound or module.startswith(bound + ".")


def _insert_after(program: ProgramIndex, statement: ast.stmt, new: ast.stmt) -> None:
    parent = program.parents[statement]
    for _, body in ast.iter_fields(parent):
        if isinstance(body, list):
            for index, item in enumerate(body):
                if item is statement:
                    body.insert(index + 1, ast.copy_location(new, statement))
                    program.parents[new] = parent
                    return
