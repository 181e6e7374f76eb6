"""Hypothesis properties of the migration rewrite, for every modification of the catalogue:
a program written against the old API, in any of the ways Python lets one spell it, migrates
to one with no old use left and the new API present; migrating again changes nothing."""

from __future__ import annotations

import ast
import functools
import keyword

from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_apiedit.api import CATALOGUE, Modification, ProgramIndex
from pytest_apiedit.api.module_move import ModuleMove
from pytest_apiedit.api.rename import FunctionRename, MethodRename
from pytest_apiedit.api.return_shape import ReturnShapeChange
from pytest_apiedit.api.signature import ArgumentReorder, SignatureChange, _positional_parameters

RESERVED = {*keyword.kwlist, *dir(__builtins__), "math", "re", "heaps", "result"}
identifiers = st.from_regex(r"[a-z][a-z_]{2,7}", fullmatch=True).filter(
    lambda name: name not in RESERVED and not any(
        name in (getattr(m, "new", ""), getattr(m, "new_module", "")) for m in CATALOGUE))


def named(draw: st.DrawFn, module: str, name: str,
              taken: tuple[str, ...] = ()) -> tuple[str, str]:
    """(import lines, expression) naming `module.name` in one of the ways Python allows; an
    alias is none of the names `taken` (a parameter of that name would shadow it)."""
    if module == "builtins":
        return "", name
    alias = draw(identifiers.filter(lambda candidate: candidate not in taken))
    return draw(st.sampled_from([
        (f"import {module}\n", f"{module}.{name}"),
        (f"import {module} as {alias}\n", f"{alias}.{name}"),
        (f"from {module} import {name}\n", name),
        (f"from {module} import {name} as {alias}\n", alias),
    ]))


@st.composite
def old_use(draw: st.DrawFn, modification: Modification) -> str:
    """A small program that uses the API as it was before `modification`."""
    data = draw(identifiers)
    value = draw(identifiers.filter(lambda name: name != data))  # two parameters of `solve`
    reference = functools.partial(named, taken=(data, value))
    match modification:
        case FunctionRename(module=module, old=old):
            imports, callee = reference(draw, module, old)
            body = f"result = {callee}({data})"
        case MethodRename(old=old):
            imports, body = "", f"result = {data}.{old}({value})"
        case SignatureChange(renamed=renamed, keyword_only=keyword_only):
            imports, callee = reference(draw, modification.module, modification.function)
            if renamed:
                arguments = f"{data}, {renamed[0][0]}={value}"
            else:
                positional = _positional_parameters(modification.qualname)
                arguments = ", ".join([data] * (positional.index(keyword_only[0]) + 1))
            body = f"result = {callee}({arguments})"
        case ArgumentReorder():
            imports, callee = reference(draw, modification.module, modification.function)
            body = f"result = {callee}(lambda {value}: {value}, {data})"
        case ModuleMove(old_module=old, names=names) if names:
            imports, callee = reference(draw, old, names[0])
            body = f"result = {callee}({data})"
        case ModuleMove(old_module=old):
            imports, body = f"import {old}\n", f"result = {old}.__name__"
        case ReturnShapeChange():
            imports, callee = reference(draw, modification.module, modification.function)
            body = draw(st.sampled_from([f"{value}, {data} = {callee}(3)",
                                         f"result = {callee}(3)[0]"]))
        case _:
            raise AssertionError(f"no generator for {type(modification).__name__}")
    return f"{imports}\n\ndef solve({data}, {value}):\n    {body}\n    return locals()\n"


@st.composite
def modification_and_program(draw: st.DrawFn) -> tuple[Modification, str]:
    modification = draw(st.sampled_from(CATALOGUE))
    return modification, draw(old_use(modification))


@settings(max_examples=400, deadline=None)
@given(modification_and_program())
def test_migration_leaves_no_old_use_and_shows_the_new(case: tuple[Modification, str]) -> None:
    modification, program = case
    assert modification.uses_old(ProgramIndex.parse(program)), program
    migrated = modification.migrate_source(program)
    after = ProgramIndex.parse(migrated)
    assert not modification.uses_old(after), migrated
    assert modification.uses_new(after), migrated
    assert modification.migrate_source(migrated) == migrated


@settings(max_examples=200, deadline=None)
@given(modification_and_program(), st.sampled_from(CATALOGUE))
def test_other_modifications_leave_a_program_alone(case: tuple[Modification, str],
                                                  other: Modification) -> None:
    """A program that does not use an API is not touched by that API's migration."""
    _, program = case
    if not other.uses_old(ProgramIndex.parse(program)):
        assert other.migrate_source(program) == ast.unparse(ast.parse(program))
