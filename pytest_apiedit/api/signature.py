"""Signature changes: parameters renamed or made keyword-only, positional arguments reordered.

The function keeps its name and behaviour; only the way it must be called changes. A call
written for the old signature fails exactly as Python reports a bad call, because the new
signature is a real `def` generated in the program's world.
"""

from __future__ import annotations

import ast
import functools
import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from pytest_apiedit.api.modification import Category, FunctionModification, enumerate_names
from pytest_apiedit.api.names import ProgramIndex, resolve

if TYPE_CHECKING:
    from pytest_apiedit.api.world import WorldBuilder

Parameter = inspect.Parameter


class _NotGiven:
    """Default of every optional parameter of a wrapper: the caller left the argument out.

    Forwarding the real default instead would not do: some builtins behave differently when a
    default is passed explicitly, and some defaults have no usable value at all.
    """

    def __repr__(self) -> str:
        return "_apiedit_not_given"


_NOT_GIVEN = _NotGiven()


@dataclass(frozen=True)
class SignatureChange(FunctionModification):
    """Parameters of `module.function` are renamed (`renamed` pairs old -> new name) and/or
    become keyword-only (`keyword_only`, by their old names)."""

    renamed: tuple[tuple[str, str], ...] = ()
    keyword_only: tuple[str, ...] = ()

    category: ClassVar[Category] = Category.SIGNATURE_CHANGE
    stale_error: ClassVar[str] = "signature"

    def __post_init__(self) -> None:
        if not (self.renamed or self.keyword_only):
            raise ValueError(f"{self.id}: a signature change must rename or move a parameter")
        super().__post_init__()

    def describe(self) -> str:
        changes = [f"the `{old}` parameter has been renamed to `{new}`"
                   for old, new in self.renamed]
        changes += [f"`{self.new_name(name)}` is now keyword-only (write"
                    f" `{self.new_name(name)}=...`)" for name in self.keyword_only]
        old = inspect.signature(resolve(self.qualname))  # type: ignore[arg-type]
        signature = inspect.Signature(self._new_parameters(old))
        return f"`{self.spelled}{signature}`: {enumerate_names(changes)}."

    def new_names(self) -> tuple[str, ...]:
        return tuple(new for _, new in self.renamed)

    def new_name(self, name: str) -> str:
        return dict(self.renamed).get(name, name)

    def apply(self, world: WorldBuilder) -> None:
        original = world.namespace(self.module)[self.function]
        old = inspect.signature(original)
        new = inspect.Signature(self._new_parameters(old))
        # The inner function's own defaults are a sentinel; `__signature__` shows the real ones.
        stub = new.replace(
            parameters=[
                p if p.default is Parameter.empty else p.replace(default=_NOT_GIVEN)
                for p in new.parameters.values()
            ]
        )
        values = ", ".join(self.new_name(name) for name in old.parameters)
        source = f"def {self.function}{stub}:\n    return _apiedit_forward(({values},))\n"
        forward = functools.partial(_forward, original, tuple(old.parameters.values()))
        env = world.define(source, _apiedit_not_given=_NOT_GIVEN, _apiedit_forward=forward)
        bind_new = env[self.function]  # CPython binds the arguments to the new signature
        mark = world.marker()

        def checked(*args: Any, **kwargs: Any) -> Any:
            try:
                return bind_new(*args, **kwargs)
            except TypeError as exc:
                raised_by_binding = exc.__traceback__ is None or exc.__traceback__.tb_next is None
                use = self.api_use(old, args, kwargs) if raised_by_binding else None
                if use is None:  # the function's own semantics, or a call of neither form
                    raise
                raise mark(exc, stale=use == "old") from None

        checked.__name__ = checked.__qualname__ = self.function
        checked.__doc__ = original.__doc__
        checked.__signature__ = new  # type: ignore[attr-defined]
        world.replace(self.module, self.function, checked)

    def api_use(self, old: inspect.Signature, args: tuple[Any, ...],
                kwargs: dict[str, Any]) -> str | None:
        """Which form of the API a call that does not fit the new signature uses: `old` (an old
        keyword, or arguments that fit the old signature), `new` (a new keyword beside an
        error), or None."""
        if any(name in kwargs for name, _ in self.renamed):
            return "old"
        try:
            old.bind(*args, **kwargs)
        except TypeError:
            pass
        else:
            return "old"
        new_keywords = {new for _, new in self.renamed} | {
            self.new_name(name) for name in self.keyword_only
        }
        return "new" if new_keywords & kwargs.keys() else None

    def old_uses(self, program: ProgramIndex) -> list[ast.AST]:
        old_keywords = {old for old, _ in self.renamed}
        return [
            call
            for call in program.calls_to(self.qualname)
            if any(k.arg in old_keywords for k in call.keywords) or self._moved_positionals(call)
        ]

    def new_uses(self, program: ProgramIndex) -> list[ast.AST]:
        new_keywords = {new for _, new in self.renamed} | {
            self.new_name(name) for name in self.keyword_only
        }
        return [
            call
            for call in program.calls_to(self.qualname)
            if any(k.arg in new_keywords for k in call.keywords)
        ]

    def migrate(self, tree: ast.Module) -> ast.Module:
        renamed = dict(self.renamed)
        for call in ProgramIndex.of(tree).calls_to(self.qualname):
            for keyword in call.keywords:
                if keyword.arg in renamed:
                    keyword.arg = renamed[keyword.arg]
            moved = self._moved_positionals(call)
            call.keywords[:0] = [
                ast.keyword(arg=self.new_name(name), value=call.args[i]) for i, name in moved
            ]
            moved_indices = {i for i, _ in moved}
            call.args = [arg for i, arg in enumerate(call.args) if i not in moved_indices]
        return tree

    def _new_parameters(self, old: inspect.Signature) -> list[Parameter]:
        parameters = [
            p.replace(
                name=self.new_name(p.name),
                kind=Parameter.KEYWORD_ONLY if p.name in self.keyword_only else p.kind,
                annotation=Parameter.empty,
            )
            for p in old.parameters.values()
        ]
        # A parameter that became keyword-only moves behind the positional ones.
        return sorted(parameters, key=lambda p: p.kind)

    def _moved_positionals(self, call: ast.Call) -> list[tuple[int, str]]:
        """(index, old parameter name) of positional arguments that must become keywords."""
        if not self.keyword_only:
            return []
        positional = _positional_parameters(self.qualname)
        return [
            (i, positional[i])
            for i in range(min(len(leading_positionals(call)), len(positional)))
            if positional[i] in self.keyword_only
        ]


def _forward(original: Callable[..., Any], parameters: Sequence[Parameter], values: tuple) -> Any:
    """Call `original` with exactly the arguments the caller gave, in its own signature's terms
    (an error it raises, such as sorting incomparable items, is the program's, not the API's)."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    after_gap = False
    for parameter, value in zip(parameters, values, strict=True):
        if parameter.kind is Parameter.VAR_POSITIONAL:
            args.extend(value)
        elif parameter.kind is Parameter.VAR_KEYWORD:
            kwargs.update(value)
        elif value is _NOT_GIVEN:
            after_gap = True
        elif parameter.kind is Parameter.KEYWORD_ONLY or (
            after_gap and parameter.kind is Parameter.POSITIONAL_OR_KEYWORD
        ):
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return original(*args, **kwargs)


@functools.cache
def _positional_parameters(qualname: str) -> tuple[str, ...]:
    function = resolve(qualname)
    if not callable(function):
        raise LookupError(f"cannot find the signature of {qualname}")
    return tuple(
        p.name
        for p in inspect.signature(function).parameters.values()
        if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD)
    )


def leading_positionals(call: ast.Call) -> list[ast.expr]:
    """The positional arguments of a call whose position is known (those before any `*args`)."""
    args: list[ast.expr] = []
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            break
        args.append(arg)
    return args


def _iterable(value: Any) -> bool:
    """Whether `iter(value)` would work, decided without calling it (which could consume)."""
    return hasattr(type(value), "__iter__") or hasattr(type(value), "__getitem__")


@dataclass(frozen=True)
class ArgumentReorder(FunctionModification):
    """The leading positional arguments of `module.function` come in `new_order` instead of
    `old_order`; any further arguments (`map`'s extra iterables, `reduce`'s initial value) follow
    unchanged.

    `callable_arg` names the argument that is a function (`none_allowed`: or None, as for
    `filter`). A call is checked where it happens against both orders: arguments that fit only
    the old order (a function where the iterable goes, an iterable where the function goes) are
    a signature error; any other call is forwarded, so the function's own errors stay its own.
    Statically, a call's order is told from which position holds something evidently callable.
    """

    old_order: tuple[str, ...]
    new_order: tuple[str, ...]
    callable_arg: str = "function"
    none_allowed: bool = False

    category: ClassVar[Category] = Category.ARGUMENT_REORDER
    stale_error: ClassVar[str] = "signature"

    def __post_init__(self) -> None:
        if sorted(self.old_order) != sorted(self.new_order) or self.old_order == self.new_order:
            raise ValueError(f"{self.id}: new_order must be a different order of old_order")
        if self.callable_arg not in self.old_order or (
            self._position(self.old_order) == self._position(self.new_order)
        ):
            raise ValueError(f"{self.id}: {self.callable_arg!r} must be one of the moved arguments")
        super().__post_init__()

    def describe(self) -> str:
        new, old = ", ".join(self.new_order), ", ".join(self.old_order)
        return (f"`{self.spelled}()` now takes its arguments in a new order:"
                f" `{self.spelled}({new}, ...)` (was `{self.spelled}({old}, ...)`).")

    def new_names(self) -> tuple[str, ...]:
        return ()  # the same function and parameters, in another order

    def apply(self, world: WorldBuilder) -> None:
        original = world.namespace(self.module)[self.function]
        mark = world.marker()
        count = len(self.new_order)
        as_old = [self.new_order.index(name) for name in self.old_order]
        """Where each argument of the old order stands in the new one."""
        message = (f"{self.spelled}() takes its arguments as {self.spelled}("
                   f"{', '.join(self.new_order)}, ...), not {self.spelled}("
                   f"{', '.join(self.old_order)}, ...)")

        def reordered(*args: Any, **kwargs: Any) -> Any:
            if len(args) >= count:
                leading = args[:count]
                if not self.fits(leading, self.new_order) and self.fits(leading, self.old_order):
                    raise mark(TypeError(message), stale=True)
                args = (*(leading[i] for i in as_old), *args[count:])
            return original(*args, **kwargs)

        reordered.__name__ = reordered.__qualname__ = self.function
        reordered.__doc__ = self.note
        world.replace(self.module, self.function, reordered)

    def fits(self, values: Sequence[Any], order: tuple[str, ...]) -> bool:
        """Whether `values` can be the arguments named `order`: a function (or None where
        allowed) for the callable argument, something iterable for the others."""
        return all(
            callable(value) or (value is None and self.none_allowed)
            if name == self.callable_arg else _iterable(value)
            for name, value in zip(order, values, strict=True)
        )

    def old_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return self._calls_in(program, self.old_order, self.new_order)

    def new_uses(self, program: ProgramIndex) -> list[ast.AST]:
        return self._calls_in(program, self.new_order, self.old_order)

    def migrate(self, tree: ast.Module) -> ast.Module:
        for call in self._calls_in(ProgramIndex.of(tree), self.old_order, self.new_order):
            by_name = dict(zip(self.old_order, call.args, strict=False))
            call.args[: len(self.new_order)] = [by_name[name] for name in self.new_order]
        return tree

    def _position(self, order: tuple[str, ...]) -> int:
        return order.index(self.callable_arg)

    def _calls_in(
        self, program: ProgramIndex, order: tuple[str, ...], other: tuple[str, ...]
    ) -> list[ast.Call]:
        """Calls that evidently follow `order`: a callable where `order` wants the function
        and none where `other` would."""
        here, there = self._position(order), self._position(other)
        return [
            call
            for call in program.calls_to(self.qualname)
            if len(args := leading_positionals(call)) >= len(order)
            and self._looks_function(program, args[here])
            and not self._looks_function(program, args[there])
        ]

    def _looks_function(self, program: ProgramIndex, node: ast.expr) -> bool:
        none = self.none_allowed and isinstance(node, ast.Constant) and node.value is None
        return none or looks_callable(program, node)


def looks_callable(program: ProgramIndex, node: ast.expr) -> bool:
    """Whether an argument is evidently a function: a lambda, a def or class of the program, a
    builtin or standard-library callable, or a method reached through an attribute."""
    if isinstance(node, ast.Lambda):
        return True
    if isinstance(node, ast.Name) and node.id in _defined_names(program):
        return True
    if isinstance(node, ast.Name | ast.Attribute):
        qualname = program.qualname(node)
        if qualname is None:
            return isinstance(node, ast.Attribute)
        return callable(resolve(qualname))
    return False


def _defined_names(program: ProgramIndex) -> set[str]:
    return {
        node.name
        for node in program.nodes
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    }
