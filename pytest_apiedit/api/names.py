"""Resolve what the names in a program refer to, so detectors match APIs and not spellings.

`import math as m; m.sqrt(2)` and `from math import sqrt; sqrt(2)` both call `math.sqrt`;
a program that defines its own `len` does not call `builtins.len`. Every detector and
rewrite of the catalogue asks this module, so the rules live in one place.
"""

from __future__ import annotations

import ast
import importlib
import re
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
    star_imported: list[str] = field(default_factory=list)
    """modules the program imports `*` from, in order (their names become free names)."""
    assigned: dict[str, list[ast.expr | None]] = field(default_factory=dict)
    """name (or `name.attribute`, e.g. `self.items`) -> the value of each of its bindings
    (None: bound otherwise, e.g. as a parameter or a loop variable)."""
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
                    if alias.name == "*":
                        index.star_imported.append(node.module)
                    else:
                        index.imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
                index.bound.add(node.id)
                index.assigned.setdefault(node.id, []).append(None)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store | ast.Del) \
                    and (key := _binding_key(node)):
                index.assigned.setdefault(key, []).append(None)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                index.bound.add(node.name)
                index.assigned.setdefault(node.name, []).append(None)
            elif isinstance(node, ast.arg):
                index.bound.add(node.arg)
                index.assigned.setdefault(node.arg, []).append(None)
        for node in index.nodes:  # plain `name = value` bindings know their value
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                index._bind(node.targets[0], node.value)
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                index._bind(node.target, node.value)
            elif isinstance(node, ast.ClassDef):  # `self` of a method: an instance of the class
                for method in node.body:
                    if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) \
                            and not method.decorator_list and method.args.args:
                        instance = ast.Call(ast.Name(node.name, ast.Load()), [], [])
                        index._bind(ast.Name(method.args.args[0].arg), instance)
        return index

    def _bind(self, target: ast.expr, value: ast.expr) -> None:
        """Give one binding of a name (or of `name.attribute`) its value: which of them does not
        matter, only the values do."""
        key = _binding_key(target)
        if key in self.assigned:
            values = self.assigned[key]
            values[values.index(None)] = value

    @classmethod
    def parse(cls, source: str) -> ProgramIndex:
        return cls.of(ast.parse(source))

    def qualname(self, node: ast.AST) -> str | None:
        """The qualified name an expression refers to, or None if it is not a plain reference."""
        if isinstance(node, ast.Name):
            if node.id in self.imported:
                return self.imported[node.id]
            if node.id in self.bound:
                return None
            # A free name comes from a module imported with `*` that has it (the last one),
            # else from builtins, whether or not today's builtins have it (`length` after
            # `len` was renamed).
            for module in reversed(self.star_imported):
                if resolve(f"{module}.{node.id}") is not None:
                    return f"{module}.{node.id}"
            return f"builtins.{node.id}"
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
                if self.qualname(node) == qualname or self._star_name(node, module, name):
                    found.append(node)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if _within(node.module, qualname) or (
                    node.module == module and any(a.name == name for a in node.names)
                ):
                    found.append(node)
            elif (isinstance(node, ast.Import)
                  and any(_within(alias.name, qualname) for alias in node.names)) or (
                      isinstance(node, ast.Call) and self._getattr_of(node) == qualname):
                found.append(node)
        return found

    def _getattr_of(self, call: ast.Call) -> str | None:
        """`m.name` for `getattr(m, "name"[, default])`: a reference spelled as a string."""
        if self.qualname(call.func) != "builtins.getattr" or len(call.args) < 2:
            return None
        base, attr = self.qualname(call.args[0]), call.args[1]
        if base and isinstance(attr, ast.Constant) and isinstance(attr.value, str):
            return f"{base}.{attr.value}"
        return None

    def _star_name(self, node: ast.AST, module: str, name: str) -> bool:
        """A free name that a `from module import *` provides, though the real module lacks it
        (a new API: `from math import *` then `square_root(2)`)."""
        return (isinstance(node, ast.Name) and node.id == name and module in self.star_imported
                and node.id not in self.bound and node.id not in self.imported)

    def value_type(self, node: ast.expr) -> type | None:
        """The type of an expression's value when the program makes it evident: a literal, a
        display or comprehension, a call of a class (a class of the program counts as its
        first builtin base, else `object`), or a name every binding of which is one of these
        with the same type. None when it is not evident (a parameter, an attribute, ...)."""
        return self._value_type(node, set())

    def _value_type(self, node: ast.expr, seen: set[str]) -> type | None:
        match node:
            case ast.Constant(value=value):
                return type(value)
            case ast.JoinedStr():
                return str
            case ast.List() | ast.ListComp():
                return list
            case ast.Dict() | ast.DictComp():
                return dict
            case ast.Set() | ast.SetComp():
                return set
            case ast.Tuple():
                return tuple
            case ast.Call(func=func):
                return self._class_of(func)
            case ast.Name() | ast.Attribute() if (key := _binding_key(node)) not in seen \
                    and key not in self.imported:
                types = {self._value_type(v, seen | {key}) if v is not None else None
                         for v in self.assigned.get(key, [])}
                return types.pop() if len(types) == 1 else None
        return None

    def _class_of(self, func: ast.expr, seen: frozenset[str] = frozenset()) -> type | None:
        """The class that calling `func` instantiates, if `func` evidently is one (`seen`: the
        program's classes whose bases are being followed, so `class A(A)` ends)."""
        if isinstance(func, ast.Name) and func.id in self.bound:
            defined = [n for n in self.nodes if isinstance(n, ast.ClassDef) and n.name == func.id]
            if func.id in seen or len(defined) != 1 or self.assigned.get(func.id) != [None]:
                return None
            bases = (self._class_of(base, seen | {func.id}) for base in defined[0].bases)
            return next((base for base in bases if base is not None and base is not object),
                        object)
        qualname = self.qualname(func)
        found = resolve(qualname) if qualname else None
        if isinstance(found, type):
            return found
        return _FACTORIES.get(qualname or "")

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


def _binding_key(node: ast.expr) -> str | None:
    """`name` for a name, `name.attribute` for an attribute of a name: what `assigned` keys."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return None


_FACTORIES: dict[str, type] = {
    "re.compile": re.Pattern,
    **{f"re.{name}": re.Match for name in ("match", "search", "fullmatch")},
}
"""Standard-library functions that build an object of a class of their own."""


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
