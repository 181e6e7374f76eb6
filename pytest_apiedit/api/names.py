"""Resolve what the names in a program refer to, so detectors match APIs and not spellings.

`import math as m; m.sqrt(2)` and `from math import sqrt; sqrt(2)` both call `math.sqrt`;
a program that defines its own `len` does not call `builtins.len`. Every detector and
rewrite of the catalogue asks this module, so the rules live in one place.
"""

from __future__ import annotations

import ast
import importlib
import sys
from dataclasses import dataclass, field

_UNSAFE_TO_IMPORT = frozenset({"antigravity", "this", "__hello__", "__phello__", "idlelib"})
"""Standard-library modules whose import has visible side effects (a browser, a printout)."""


@dataclass
class ProgramIndex:
    """The imports and module-level bindings of one parsed program."""

    tree: ast.Module
    imported: dict[str, str] = field(default_factory=dict)
    """local name -> qualified name it was imported as (`m` -> `math`, `s` -> `math.sqrt`)."""
    bound: set[str] = field(default_factory=set)
    """names the program assigns or defines anywhere (they shadow builtins)."""
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    nodes: list[ast.AST] = field(default_factory=list)
    """Every node, walked once: a judge asks up to 140 detectors about the same program."""

    @classmethod
    def of(cls, tree: ast.Module) -> ProgramIndex:
        index = cls(tree)
        for node in ast.walk(tree):
            index.nodes.append(node)
            for child in ast.iter_child_nodes(node):
                index.parents[child] = node
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        index.imported[alias.asname] = alias.name
                    else:
                        top = alias.name.partition(".")[0]
                        index.imported[top] = top
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    if alias.name != "*":
                        index.imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
                index.bound.add(node.id)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                index.bound.add(node.name)
            elif isinstance(node, ast.arg):
                index.bound.add(node.arg)
        return index

    @classmethod
    def parse(cls, source: str) -> ProgramIndex:
        return cls.of(ast.parse(source))

    def qualname(self, node: ast.AST) -> str | None:
        """The qualified name an expression refers to, or None if it is not a plain reference."""
        if isinstance(node, ast.Name):
            if node.id in self.imported:
                return self.imported[node.id]
            # A free name is looked up in builtins, whether or not today's builtins have it
            # (`length` after `len` was renamed).
            return None if node.id in self.bound else f"builtins.{node.id}"
        if isinstance(node, ast.Attribute):
            base = self.qualname(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def references(self, qualname: str) -> list[ast.AST]:
        """Every expression or import that names `qualname` (a module, function or class)."""
        found: list[ast.AST] = []
        module, _, name = qualname.rpartition(".")
        for node in self.nodes:
            if isinstance(node, ast.Name | ast.Attribute):
                if self.qualname(node) == qualname:
                    found.append(node)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if _within(node.module, qualname) or (
                    node.module == module and any(a.name == name for a in node.names)
                ):
                    found.append(node)
            elif isinstance(node, ast.Import) and any(
                _within(alias.name, qualname) for alias in node.names
            ):
                found.append(node)
        return found

    def calls_to(self, qualname: str) -> list[ast.Call]:
        return [
            node
            for node in self.nodes
            if isinstance(node, ast.Call) and self.qualname(node.func) == qualname
        ]

    def parent(self, node: ast.AST) -> ast.AST | None:
        return self.parents.get(node)

    def replace(self, node: ast.AST, new: ast.AST) -> None:
        """Put `new` where `node` is in the tree (rewrites that change a node's type need this)."""
        parent = self.parents[node]
        for name, value in ast.iter_fields(parent):
            if value is node:
                setattr(parent, name, new)
            elif isinstance(value, list):
                value[:] = [new if item is node else item for item in value]
        ast.copy_location(new, node)
        self.parents[new] = parent


def resolve(qualname: str) -> object | None:
    """The object a qualified name denotes, for builtins and the standard library only.

    Detectors use it to read real signatures and to tell callables from data; it never imports
    a third-party module or a standard one whose import does something visible.
    """
    top, *attrs = qualname.split(".")
    if top != "builtins" and (top not in sys.stdlib_module_names or top in _UNSAFE_TO_IMPORT):
        return None
    try:
        obj: object = importlib.import_module(top)
        for depth, attr in enumerate(attrs, start=1):
            if not hasattr(obj, attr) and isinstance(obj, type(sys)):
                importlib.import_module(".".join([top, *attrs[:depth]]))
            obj = getattr(obj, attr)
    except (ImportError, AttributeError):
        return None
    return obj


def _within(module: str, qualname: str) -> bool:
    return module == qualname or module.startswith(qualname + ".")
