"""The catalogue of API modifications, keyed by their stable ids.

Adding a modification is adding one declaration here; everything else (the update note, the
enforcement, the detectors, the migration) is derived from it. The benchmark builder chooses
its problems from the census of what reference solutions use (`benchmarks/census.py`).
"""

from __future__ import annotations

import difflib
import re

from pytest_apiedit.api.modification import Modification
from pytest_apiedit.api.module_move import ModuleMove
from pytest_apiedit.api.names import ProgramIndex
from pytest_apiedit.api.rename import FunctionRename, MethodRename
from pytest_apiedit.api.return_shape import ReturnShapeChange
from pytest_apiedit.api.signature import ArgumentReorder, SignatureChange


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()


def _pairs(text: str) -> list[tuple[str, str]]:
    """`old:new old:new ...` as (old, new) pairs."""
    return [(old, new) for old, _, new in (pair.partition(":") for pair in text.split())]


def _renames(module: str, pairs: str) -> tuple[FunctionRename, ...]:
    """`old:new` pairs of one module, one function rename each (id `module_old_to_new`)."""
    prefix = "" if module == "builtins" else f"{module}_"
    return tuple(
        FunctionRename(f"{prefix}{_snake(old)}_to_{_snake(new)}", module=module, old=old, new=new)
        for old, new in _pairs(pairs)
    )


def _method_renames(owners: str, pairs: str) -> tuple[MethodRename, ...]:
    """`old:new` pairs of a method of the builtin types `owners` (id `owner_old_to_new`, or
    `old_method_to_new` when several types share the method)."""
    types = tuple(owners.split())
    return tuple(
        MethodRename(
            f"{types[0]}_{old}_to_{new}" if len(types) == 1 else f"{old}_method_to_{new}",
            owners=types, old=old, new=new,
        )
        for old, new in _pairs(pairs)
    )


def _iterable_first(module: str, function: str, callable_arg: str, note: str = "",
                    none_allowed: bool = False) -> ArgumentReorder:
    return ArgumentReorder(
        f"{function}_iterable_first", note=note, module=module, function=function,
        old_order=(callable_arg, "iterable"), new_order=("iterable", callable_arg),
        callable_arg=callable_arg, none_allowed=none_allowed,
    )


CATALOGUE: tuple[Modification, ...] = (
    # -- function renames ---------------------------------------------------------------------
    *_renames("builtins", """
        abs:absolute min:min_of enumerate:indexed reversed:reverse_iter any:any_true
        all:all_true chr:from_codepoint ord:codepoint bin:to_binary hex:to_hex pow:int_power
        next:next_item isinstance:is_instance format:format_value eval:evaluate
    """),
    *_renames("math", """
        sqrt:square_root gcd:greatest_common_divisor floor:round_down ceil:round_up
        factorial:fact comb:choose perm:arrangements log:logarithm log10:log_base10
        log2:log_base2 pow:float_power isqrt:integer_sqrt
        lcm:least_common_multiple hypot:hypotenuse fabs:float_abs trunc:truncate sin:sine
        tan:tangent degrees:to_degrees prod:product
        isclose:approx_equal
    """),
    *_renames("re", """
        search:find_first sub:replace findall:find_all match:match_start split:split_on
        compile:prepare fullmatch:match_whole finditer:iter_matches
    """),
    *_renames("itertools", """
        groupby:group_runs chain:concat zip_longest:zip_fill
        islice:slice_iter cycle:cycle_forever count:count_from
        combinations_with_replacement:multisets pairwise:adjacent_pairs
    """),
    *_renames("collections", "defaultdict:DefaultDict OrderedDict:InsertionOrderedDict"
                             " ChainMap:LayeredDict"),
    *_renames("functools", "cmp_to_key:key_from_comparison lru_cache:memoize"),
    *_renames("bisect", "bisect_left:insertion_point_left bisect_right:insertion_point_right"
                        " insort:insert_sorted bisect:insertion_point"),
    *_renames("statistics", "mean:average mode:most_common_value"),
    *_renames("copy", "deepcopy:deep_copy"),
    *_renames("operator", "itemgetter:item_getter mul:multiply"),
    # -- builtin-type method renames ------------------------------------------------------------
    MethodRename(
        "str_split_to_split_on",
        note="`str.split(sep=None, maxsplit=-1)` has been renamed to `str.split_on(...)`; "
        "`str.split` is removed. `str.rsplit` is unchanged.",
        owners=("str",), old="split", new="split_on",
    ),
    *_method_renames("list", """
        append:push sort:sort_in_place reverse:reverse_in_place insert:insert_at
    """),
    *_method_renames("str", """
        lower:to_lower upper:to_upper isdigit:is_digit isalpha:is_alpha
        isupper:is_upper islower:is_lower isalnum:is_alnum isspace:is_space replace:substitute
        strip:trim rstrip:trim_end lstrip:trim_start format:format_with swapcase:invert_case
        capitalize:capitalize_first title:title_case startswith:starts_with endswith:ends_with
        find:locate zfill:zero_pad ljust:pad_end rjust:pad_start center:centered
        translate:map_chars splitlines:lines
    """),
    *_method_renames("dict", """
        items:pairs values:all_values keys:all_keys get:lookup setdefault:get_or_insert
    """),
    *_method_renames("set", "add:include union:union_with intersection:common difference:minus"),
    *_method_renames("str list tuple", "count:occurrences index:position"),
    *_method_renames("list set", "remove:delete"),
    *_method_renames("dict set", "update:merge_in"),
    *_method_renames("int", "bit_count:popcount bit_length:bit_width"),
    # -- signature changes ----------------------------------------------------------------------
    SignatureChange(
        "sorted_reverse_to_descending",
        note="`sorted(iterable, /, *, key=None, reverse=False)`: the `reverse` parameter has been"
        " renamed to `descending`; write `sorted(xs, descending=True)`.",
        module="builtins", function="sorted", renamed=(("reverse", "descending"),),
    ),
    SignatureChange(
        "round_ndigits_keyword_only",
        note="`round(number, *, ndigits=None)`: `ndigits` is now keyword-only; write"
        " `round(x, ndigits=2)` instead of `round(x, 2)`.",
        module="builtins", function="round", keyword_only=("ndigits",),
    ),
    SignatureChange("print_end_sep_renamed", module="builtins", function="print",
                    renamed=(("end", "terminator"), ("sep", "separator"))),
    SignatureChange("combinations_r_keyword_only", module="itertools", function="combinations",
                    keyword_only=("r",)),
    SignatureChange("sum_start_keyword_only", module="builtins", function="sum",
                    keyword_only=("start",)),
    SignatureChange("accumulate_func_keyword_only", module="itertools", function="accumulate",
                    keyword_only=("func",)),
    # -- argument reorders ----------------------------------------------------------------------
    _iterable_first(
        "builtins", "map", "function",
        note="`map(iterable, function, *iterables)` now takes the iterable first and the function"
        " second (was `map(function, iterable, *iterables)`).",
    ),
    _iterable_first(
        "functools", "reduce", "function",
        note="`functools.reduce(iterable, function[, initial])` now takes the iterable first and"
        " the function second (was `reduce(function, iterable[, initial])`).",
    ),
    _iterable_first("builtins", "filter", "function", none_allowed=True),
    _iterable_first("itertools", "starmap", "function"),
    _iterable_first("itertools", "takewhile", "predicate"),
    _iterable_first("itertools", "filterfalse", "function", none_allowed=True),
    _iterable_first("itertools", "dropwhile", "predicate"),
    # -- module moves ---------------------------------------------------------------------------
    ModuleMove(
        "heapq_to_heaps",
        note="The `heapq` module has been renamed to `heaps`; its contents are unchanged"
        " (`import heaps`, `heaps.heappush(...)`). `import heapq` no longer works.",
        old_module="heapq", new_module="heaps",
    ),
    ModuleMove(
        "collections_counter_to_counters",
        note="`collections.Counter` has moved to the new module `counters`:"
        " use `from counters import Counter`. It is no longer available from `collections`.",
        old_module="collections", new_module="counters", names=("Counter",),
    ),
    ModuleMove("collections_deque_to_queues", old_module="collections", new_module="queues",
               names=("deque",)),
    ModuleMove("itertools_combinatorics_to_combinatorics", old_module="itertools",
               new_module="combinatorics", names=("permutations", "product")),
    ModuleMove("string_to_strtools", old_module="string", new_module="strtools"),
    ModuleMove("fractions_to_rationals", old_module="fractions", new_module="rationals"),
    ModuleMove("cmath_to_complex_math", old_module="cmath", new_module="complex_math"),
    ModuleMove("datetime_to_chrono", old_module="datetime", new_module="chrono"),
    ModuleMove("calendar_to_calendar_tools", old_module="calendar",
               new_module="calendar_tools"),
    ModuleMove("decimal_to_decimal_numbers", old_module="decimal",
               new_module="decimal_numbers"),
    ModuleMove("collections_namedtuple_to_record_types", old_module="collections",
               new_module="record_types", names=("namedtuple",)),
    ModuleMove("array_to_typed_arrays", old_module="array", new_module="typed_arrays"),
    ModuleMove("sys_to_system", old_module="sys", new_module="system"),
    # -- return-shape changes -------------------------------------------------------------------
    ReturnShapeChange(
        "divmod_returns_record",
        note="`divmod(a, b)` now returns a `DivmodResult` with fields `quotient` and `remainder`"
        " instead of a tuple; it cannot be unpacked or indexed, use `.astuple()` for the tuple.",
        module="builtins", function="divmod", result_type="DivmodResult",
        fields=("quotient", "remainder"),
    ),
    ReturnShapeChange("math_modf_returns_record", module="math", function="modf",
                      result_type="ModfResult", fields=("fractional", "integral")),
    ReturnShapeChange("math_frexp_returns_record", module="math", function="frexp",
                      result_type="FrexpResult", fields=("mantissa", "exponent")),
)

BY_ID: dict[str, Modification] = {modification.id: modification for modification in CATALOGUE}


def used_by(program: ProgramIndex) -> list[Modification]:
    """The catalogue's modifications whose old API the program uses."""
    return [modification for modification in CATALOGUE if modification.uses_old(program)]


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
