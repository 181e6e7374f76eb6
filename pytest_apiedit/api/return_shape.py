"""Return-shape changes: a function that returned a tuple now returns a record with named fields.

The record is deliberately not a tuple: old code that unpacks, iterates or indexes the result
fails with a TypeError naming the record and its fields (the record itself raises it, marked as
a use of the old API); `astuple()` gives the old tuple back.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from pytest_apiedit.api.modification import Category, FunctionModification, enumerate_names
from pytest_apiedit.api.names import ProgramIndex

if TYPE_CHECKING:
    from pytest_apiedit.api.world import WorldBuilder

_RECORD = '''
class {name}:
    """The result of `{function}()`: {fields}. `astuple()` returns them as a tuple."""

    __slots__ = __match_args__ = {slots!r}

    def __init__(self, {fields}):
{assignments}

    def astuple(self):
        return tuple(getattr(self, field) for field in self.__slots__)

    def __iter__(self):  # unpacking or iterating it treats it as the old tuple
        raise _apiedit_error(TypeError(
            f"cannot unpack or iterate a {{type(self).__name__}}: use {fields_or} or .astuple()"))

    def __getitem__(self, index):
        raise _apiedit_error(TypeError(
            f"'{{type(self).__name__}}' object is not subscriptable: use {fields_or}"))

    def __getattr__(self, name):  # a field it does not have: a misuse of the new record
        raise _apiedit_error(AttributeError(
            f"'{{type(self).__name__}}' object has no attribute {{name!r}}", name=name, obj=self),
            stale=False)

    def __repr__(self):
        items = ", ".join(f"{{field}}={{getattr(self, field)!r}}" for field in self.__slots__)
        return f"{{type(self).__name__}}({{items}})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.astuple() == other.astuple()

    def __hash__(self):
        return hash(self.astuple())
'''

_CONSUMERS = frozenset(
    f"builtins.{name}"
    for name in ("tuple", "list", "set", "frozenset", "sorted", "sum", "min", "max", "zip", "iter")
)
"""Builtins that iterate their argument: passing the result to them treats it as a tuple."""

_SCOPES = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


@dataclass(frozen=True)
class ReturnShapeChange(FunctionModification):
    """`module.function` returns a `result_type` record with `fields` instead of a tuple."""

    result_type: str
    fields: tuple[str, ...]

    category: ClassVar[Category] = Category.RETURN_SHAPE
    stale_error: ClassVar[str] = "signature"

    def __post_init__(self) -> None:
        names = (self.result_type, *self.fields)
        if not all(n.isidentifier() for n in names) or "astuple" in self.fields:
            raise ValueError(f"{self.id}: result_type and fields must be plain identifiers")
        super().__post_init__()

    def describe(self) -> str:
        fields = enumerate_names([f"`{field}`" for field in self.fields])
        return (f"`{self.spelled}()` now returns a `{self.result_type}` with fields {fields}"
                " instead of a tuple; it cannot be unpacked or indexed, use `.astuple()` for"
                " the tuple.")

    def new_names(self) -> tuple[str, ...]:
        return (self.result_type,)

    def apply(self, world: WorldBuilder) -> None:
        source = _RECORD.format(
            name=self.result_type,
            function=self.function,
            fields=", ".join(self.fields),
            slots=self.fields,
            assignments="\n".join(f"        self.{f} = {f}" for f in self.fields),
            fields_or=" or ".join(f".{f}" for f in self.fields),
        )
        record = world.define(source, __name__=self.module)[self.result_type]
        original = world.namespace(self.module)[self.function]

        # A plain closure, not world code: an error inside `original` is the program's bug.
        @functools.wraps(original)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return record(*original(*args, **kwargs))

        wrapper.__doc__ = f"Return a {self.result_type}({', '.join(self.fields)}) record."
        world.replace(self.module, self.function, wrapper)

    def old_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return [
            call
            for call in program.calls_to(self.qualname)
            if any(_used_as_tuple(program, use) for use in _holders(program, call))
        ]

    def new_uses(self, program: ProgramIndex) -> list[ast.AST]:
        members = {*self.fields, "astuple"}
        return [
            call
            for call in program.calls_to(self.qualname)
            if any(
                isinstance(attribute := program.parent(use), ast.Attribute)
                and attribute.attr in members
                for use in _holders(program, call)
            )
        ]

    def migrate(self, tree: ast.Module) -> ast.Module:
        program = ProgramIndex.of(tree)
        for call in program.calls_to(self.qualname):
            for use in _holders(program, call):
                if not _used_as_tuple(program, use):
                    continue
                parent = program.parents[use]
                index = _constant_index(parent, use)
                if index is not None and -len(self.fields) <= index < len(self.fields):
                    program.replace(parent, ast.Attribute(use, self.fields[index], ast.Load()))
                else:
                    astuple = ast.Attribute(use, "astuple", ast.Load())
                    program.replace(use, ast.Call(astuple, [], []))
        return tree


def _holders(program: ProgramIndex, call: ast.Call) -> list[ast.expr]:
    """The expressions that hold the call's result: the call itself and, when it is assigned to
    a name bound nowhere else in its scope, every read of that name there."""
    statement = program.parent(call)
    if not (
        isinstance(statement, ast.Assign)
        and statement.value is call
        and len(statement.targets) == 1
        and isinstance(target := statement.targets[0], ast.Name)
    ):
        return [call]
    scope = statement
    while not isinstance(scope, _SCOPES):
        scope = program.parents[scope]
    names = [n for n in _scope_nodes(scope) if isinstance(n, ast.Name | ast.arg)]
    bindings = [
        n
        for n in names
        if (isinstance(n, ast.arg) and n.arg == target.id)
        or (isinstance(n, ast.Name) and n.id == target.id and not isinstance(n.ctx, ast.Load))
    ]
    if bindings != [target]:
        return [call]
    reads = [n for n in names if isinstance(n, ast.Name) and n.id == target.id and n is not target]
    return [call, *reads]


def _scope_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of one scope, not descending into the functions and classes defined in it."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, (*_SCOPES, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(node))


def _used_as_tuple(program: ProgramIndex, expr: ast.expr) -> bool:
    """Whether the value of `expr` is indexed, unpacked, iterated or compared with a tuple."""
    parent = program.parent(expr)
    match parent:
        case ast.Subscript(value=value) | ast.Starred(value=value):
            return value is expr
        case ast.Assign(value=value, targets=targets):
            return value is expr and any(isinstance(t, ast.Tuple | ast.List) for t in targets)
        case (
            ast.For(iter=iterable) | ast.AsyncFor(iter=iterable) | ast.comprehension(iter=iterable)
        ):
            return iterable is expr
        case ast.Call(func=func, args=args):
            return program.qualname(func) in _CONSUMERS and any(a is expr for a in args)
        case ast.Compare(left=left, comparators=comparators):
            return any(o is expr for o in (left, *comparators)) and any(
                isinstance(o, ast.Tuple) for o in (left, *comparators)
            )
    return False


def _constant_index(parent: ast.AST, expr: ast.expr) -> int | None:
    """`i` when `parent` is `expr[i]` with a literal integer `i` (negative ones included)."""
    if not (isinstance(parent, ast.Subscript) and parent.value is expr):
        return None
    try:
        index = ast.literal_eval(parent.slice)
    except ValueError:
        return None
    return index if type(index) is int else None
