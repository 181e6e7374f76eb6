"""The catalogue of API modifications, keyed by their stable ids.

Adding a modification is adding one declaration here; everything else is derived from it.
"""

from __future__ import annotations

import difflib

from pytest_apiedit.api.modification import Modification
from pytest_apiedit.api.module_move import ModuleMove
from pytest_apiedit.api.rename import FunctionRename, MethodRename
from pytest_apiedit.api.return_shape import ReturnShapeChange
from pytest_apiedit.api.signature import ArgumentReorder, SignatureChange

CATALOGUE: tuple[Modification, ...] = (
    FunctionRename(
        id="math_sqrt_to_square_root",
        note="`math.sqrt(x)` has been renamed to `math.square_root(x)`; the old name is removed.",
        module="math",
        old="sqrt",
        new="square_root",
    ),
    FunctionRename(
        id="math_gcd_to_greatest_common_divisor",
        note=(
            "`math.gcd(*integers)` has been renamed to `math.greatest_common_divisor(*integers)`;"
            " the old name is removed."
        ),
        module="math",
        old="gcd",
        new="greatest_common_divisor",
    ),
    FunctionRename(
        id="len_to_length",
        note="The builtin `len(obj)` has been renamed to `length(obj)`; `len` no longer exists.",
        module="builtins",
        old="len",
        new="length",
    ),
    FunctionRename(
        id="abs_to_absolute",
        note="The builtin `abs(x)` has been renamed to `absolute(x)`; `abs` no longer exists.",
        module="builtins",
        old="abs",
        new="absolute",
    ),
    MethodRename(
        id="str_split_to_split_on",
        note="`str.split(sep=None, maxsplit=-1)` has been renamed to `str.split_on(...)`; "
        "`str.split` is removed. `str.rsplit` is unchanged.",
        owner="str",
        old="split",
        new="split_on",
    ),
    MethodRename(
        id="list_append_to_push",
        note="`list.append(item)` has been renamed to `list.push(item)`; `list.append` is removed.",
        owner="list",
        old="append",
        new="push",
    ),
    SignatureChange(
        id="sorted_reverse_to_descending",
        note="`sorted(iterable, /, *, key=None, reverse=False)`: the `reverse` parameter has been"
        " renamed to `descending`; write `sorted(xs, descending=True)`.",
        module="builtins",
        function="sorted",
        renamed=(("reverse", "descending"),),
    ),
    SignatureChange(
        id="round_ndigits_keyword_only",
        note="`round(number, *, ndigits=None)`: `ndigits` is now keyword-only; write"
        " `round(x, ndigits=2)` instead of `round(x, 2)`.",
        module="builtins",
        function="round",
        keyword_only=("ndigits",),
    ),
    ArgumentReorder(
        id="map_iterable_first",
        note="`map(iterable, function, *iterables)` now takes the iterable first and the function"
        " second (was `map(function, iterable, *iterables)`).",
        module="builtins",
        function="map",
        old_order=("function", "iterable"),
        new_order=("iterable", "function"),
    ),
    ArgumentReorder(
        id="reduce_iterable_first",
        note="`functools.reduce(iterable, function[, initial])` now takes the iterable first and"
        " the function second (was `reduce(function, iterable[, initial])`).",
        module="functools",
        function="reduce",
        old_order=("function", "iterable"),
        new_order=("iterable", "function"),
    ),
    ModuleMove(
        id="heapq_to_heaps",
        note="The `heapq` module has been renamed to `heaps`; its contents are unchanged"
        " (`import heaps`, `heaps.heappush(...)`). `import heapq` no longer works.",
        old_module="heapq",
        new_module="heaps",
    ),
    ModuleMove(
        id="collections_counter_to_counters",
        note="`collections.Counter` has moved to the new module `counters`:"
        " use `from counters import Counter`. It is no longer available from `collections`.",
        old_module="collections",
        new_module="counters",
        names=("Counter",),
    ),
    ReturnShapeChange(
        id="divmod_returns_record",
        note="`divmod(a, b)` now returns a `DivmodResult` with fields `quotient` and `remainder`"
        " instead of a tuple; it cannot be unpacked or indexed, use `.astuple()` for the tuple.",
        module="builtins",
        function="divmod",
        result_type="DivmodResult",
        fields=("quotient", "remainder"),
    ),
    ReturnShapeChange(
        id="math_modf_returns_record",
        note="`math.modf(x)` now returns a `ModfResult` with fields `fractional` and `integral`"
        " instead of a tuple; it cannot be unpacked or indexed, use `.astuple()` for the tuple.",
        module="math",
        function="modf",
        result_type="ModfResult",
        fields=("fractional", "integral"),
    ),
)

BY_ID: dict[str, Modification] = {modification.id: modification for modification in CATALOGUE}


class UnknownModification(LookupError):
    pass


def get_modification(modification_id: str) -> Modification:
    try:
        return BY_ID[modification_id]
    except KeyError:
        close = difflib.get_close_matches(modification_id, BY_ID, n=3)
        hint = (
            f"; did you mean {', '.join(close)}?"
            if close
            else "; see `python -m pytest_apiedit list`"
        )
        raise UnknownModification(f"unknown API modification {modification_id!r}{hint}") from None
