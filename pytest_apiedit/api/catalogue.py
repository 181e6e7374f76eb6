"""The catalogue of API modifications, keyed by their stable ids.

Adding a modification is adding one declaration here; everything else is derived from it.
"""

from __future__ import annotations

import difflib

from pytest_apiedit.api.modification import Modification
from pytest_apiedit.api.rename import FunctionRename, MethodRename

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
)

BY_ID: dict[str, Modification] = {modification.id: modification for modification in CATALOGUE}


class UnknownModification(LookupError):
    pass


def get_modification(modification_id: str) -> Modification:
    try:
        return BY_ID[modification_id]
    except KeyError:
        close = difflib.get_close_matches(modification_id, BY_ID, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `python -m pytest_apiedit list`"
        raise UnknownModification(f"unknown API modification {modification_id!r}{hint}") from None
