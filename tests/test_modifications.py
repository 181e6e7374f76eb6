"""The catalogue's modifications: detection of old and new uses, migration, and enforcement.

Detection and migration are pure AST work and run here. Enforcement runs each world in a
subprocess, because `WorldBuilder.rename_method` edits builtin types for the whole process.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from modification_examples import EXAMPLES

from pytest_apiedit.api import CATALOGUE, Modification, ProgramIndex, get_modification
from pytest_apiedit.api.catalogue import BY_ID
from pytest_apiedit.api.modification import Category
from pytest_apiedit.api.module_move import ModuleMove
from pytest_apiedit.api.return_shape import ReturnShapeChange
from pytest_apiedit.api.signature import ArgumentReorder, SignatureChange
from pytest_apiedit.api.world import WorldBuilder

ROOT = Path(__file__).resolve().parents[1]


def uses(modification_id: str, source: str) -> tuple[bool, bool]:
    """(uses the old API, uses the new API) for a program."""
    program = ProgramIndex.parse(textwrap.dedent(source))
    modification = get_modification(modification_id)
    return modification.uses_old(program), modification.uses_new(program)


def migrated(modification_id: str, source: str) -> str:
    return get_modification(modification_id).migrate_source(textwrap.dedent(source))


def same_code(a: str, b: str) -> bool:
    return ast.dump(ast.parse(a)) == ast.dump(ast.parse(textwrap.dedent(b)))


OLD, NEW, NEITHER = (True, False), (False, True), (False, False)

DETECTION = [
    # function renames: imports, aliases and shadowing
    ("math_sqrt_to_square_root", "import math\nmath.sqrt(2)", OLD),
    ("math_sqrt_to_square_root", "import math as m\nm.sqrt(2)", OLD),
    ("math_sqrt_to_square_root", "from math import sqrt as root\nroot(2)", OLD),
    ("math_sqrt_to_square_root", "import cmath\ncmath.sqrt(-1)", NEITHER),
    ("math_sqrt_to_square_root", "def sqrt(x):\n    return x ** 0.5\nsqrt(2)", NEITHER),
    ("math_sqrt_to_square_root", "import math\nmath.square_root(2)", NEW),
    ("min_to_min_of", "min([1])", OLD),
    ("min_to_min_of", "def f(min):\n    return min + 1", NEITHER),
    ("min_to_min_of", "min_of([1])", NEW),
    # method renames: any receiver, but not module functions of the same name
    ("str_split_to_split_on", "'a b'.split()", OLD),
    ("str_split_to_split_on", "def f(line):\n    return line.split(',')", OLD),
    ("str_split_to_split_on", "import re\nre.split(',', 'a,b')", NEITHER),
    ("str_split_to_split_on", "import os.path\nos.path.split('/a/b')", NEITHER),
    ("str_split_to_split_on", "'a b'.rsplit()", NEITHER),
    ("str_split_to_split_on", "'a b'.split_on()", NEW),
    ("list_append_to_push", "xs = []\nxs.append(1)", OLD),
    ("list_append_to_push", "xs = []\nxs.push(1)", NEW),
    # ... but only the builtin types it names: receivers evidently of another class are not uses
    ("list_append_to_push", "from collections import deque\nq = deque()\nq.append(1)", NEITHER),
    ("list_append_to_push", "import collections\ncollections.deque([1]).append(2)", NEITHER),
    (
        "list_append_to_push",
        "class Log:\n    def append(self, x): ...\n    def add(self, x):\n        self.append(x)",
        NEITHER,
    ),
    ("list_append_to_push", "class Log:\n    pass\nlog = Log()\nlog.append(1)", NEITHER),
    ("list_append_to_push", "class Stack(list):\n    pass\nStack().append(1)", OLD),
    # a class whose base is not evident (here: itself, which must not recurse) is a class of
    # the program, not a list
    ("list_append_to_push", "class A(A):\n    pass\nA().append(1)", NEITHER),
    ("list_append_to_push", "xs = []\nxs = list(xs)\nxs.append(1)", OLD),
    ("list_append_to_push", "xs = []\nxs = 0\nxs.append(1)", OLD),  # not evident: a use
    ("str_split_to_split_on", "import re\nre.compile(',').split('a,b')", NEITHER),
    ("str_split_to_split_on", "import re\np = re.compile(',')\np.split('a,b')", NEITHER),
    ("str_split_to_split_on", "str.split('a b')", OLD),
    ("update_method_to_merge_in", "from collections import Counter\nCounter().update('a')",
     NEITHER),
    ("dict_items_to_pairs",
     "from collections import defaultdict\nd = defaultdict(int)\nd.items()", OLD),
    # star imports and names spelled as strings
    ("math_sqrt_to_square_root", "from math import *\nsqrt(2)", OLD),
    ("math_sqrt_to_square_root", "from math import *\nsquare_root(2)", NEW),
    ("math_sqrt_to_square_root", "from math import *\ndef sqrt(x): ...\nsqrt(2)", NEITHER),
    ("math_sqrt_to_square_root", "import math\ngetattr(math, 'square_root')(2)", NEW),
    ("math_pow_to_float_power", "from math import *\npow(2, 3)", OLD),  # math's, not builtins'
    # signature changes
    ("sorted_reverse_to_descending", "sorted([2, 1], reverse=True)", OLD),
    ("sorted_reverse_to_descending", "sorted([2, 1], key=abs)", NEITHER),
    ("sorted_reverse_to_descending", "xs = [2, 1]\nxs.sort(reverse=True)", NEITHER),
    (
        "sorted_reverse_to_descending",
        "def sorted(xs, reverse=False):\n    return xs\nsorted([1], reverse=True)",
        NEITHER,
    ),
    ("sorted_reverse_to_descending", "sorted([2, 1], descending=True)", NEW),
    ("round_ndigits_keyword_only", "round(2.345, 2)", OLD),
    ("round_ndigits_keyword_only", "round(2.5)", NEITHER),
    ("round_ndigits_keyword_only", "args = (2.345, 2)\nround(*args)", NEITHER),
    ("round_ndigits_keyword_only", "round(2.345, ndigits=2)", NEW),
    # argument reorders: told apart by which position holds something evidently callable
    ("map_iterable_first", "map(int, ['1'])", OLD),
    ("map_iterable_first", "map(lambda s: s.strip(), lines)", OLD),
    ("map_iterable_first", "map(str.upper, words)", OLD),
    ("map_iterable_first", "import math\nmap(math.sqrt, [4])", OLD),
    ("map_iterable_first", "def double(x):\n    return 2 * x\nmap(double, xs)", OLD),
    ("map_iterable_first", "map(['1'], int)", NEW),
    ("map_iterable_first", "map(xs, ys)", NEITHER),
    ("map_iterable_first", "import math\nmap(math.pi, xs)", NEITHER),
    ("map_iterable_first", "def f(x): ...\ndef g(x): ...\nmap(f, g)", NEITHER),
    ("reduce_iterable_first", "from functools import reduce\nreduce(max, [1, 2])", OLD),
    ("reduce_iterable_first", "import functools\nfunctools.reduce(lambda a, b: a, xs, 0)", OLD),
    (
        "reduce_iterable_first",
        "import operator as op\nfrom functools import reduce\nreduce(xs, op.mul, 1)",
        NEW,
    ),
    ("reduce_iterable_first", "def reduce(f, xs): ...\nreduce(max, [1, 2])", NEITHER),
    # module moves
    ("heapq_to_heaps", "import heapq\nheapq.heapify([])", OLD),
    ("heapq_to_heaps", "import heapq as hq", OLD),
    ("heapq_to_heaps", "from heapq import heappush", OLD),
    ("heapq_to_heaps", "import queue\nqueue.PriorityQueue()", NEITHER),
    ("heapq_to_heaps", "heapq = []\nheapq.append(1)", NEITHER),
    ("heapq_to_heaps", "import heaps\nheaps.heapify([])", NEW),
    ("heapq_to_heaps", "from heaps import heappop", NEW),
    ("collections_counter_to_counters", "from collections import Counter", OLD),
    ("collections_counter_to_counters", "import collections as c\nc.Counter('ab')", OLD),
    ("collections_counter_to_counters", "from collections import deque", NEITHER),
    ("collections_counter_to_counters", "import collections\ncollections.deque()", NEITHER),
    ("collections_counter_to_counters", "class Counter:\n    pass\nCounter()", NEITHER),
    ("collections_counter_to_counters", "from counters import Counter", NEW),
    ("collections_counter_to_counters", "import counters\ncounters.Counter('ab')", NEW),
    # return shapes
    ("divmod_returns_record", "q, r = divmod(7, 2)", OLD),
    ("divmod_returns_record", "divmod(7, 2)[0]", OLD),
    ("divmod_returns_record", "print(*divmod(7, 2))", OLD),
    ("divmod_returns_record", "for part in divmod(7, 2):\n    print(part)", OLD),
    ("divmod_returns_record", "assert divmod(7, 2) == (3, 1)", OLD),
    ("divmod_returns_record", "list(divmod(7, 2))", OLD),
    ("divmod_returns_record", "def f(a):\n    res = divmod(a, 2)\n    return res[1]", OLD),
    ("divmod_returns_record", "def f(a):\n    res = divmod(a, 2)\n    x, y = res", OLD),
    ("divmod_returns_record", "def f(a):\n    return divmod(a, 2)", NEITHER),
    ("divmod_returns_record", "res = divmod(7, 2)\nprint(res)", NEITHER),
    # a name read in another scope, or bound twice, is not the call's result
    (
        "divmod_returns_record",
        "def f(a):\n    res = divmod(a, 2)\n    return res\ndef g(res):\n    return res[0]",
        NEITHER,
    ),
    ("divmod_returns_record", "res = divmod(7, 2)\nres = (1, 2)\nres[0]", NEITHER),
    ("divmod_returns_record", "def divmod(a, b):\n    return a, b\nq, r = divmod(7, 2)", NEITHER),
    ("divmod_returns_record", "divmod(7, 2).quotient", NEW),
    ("divmod_returns_record", "res = divmod(7, 2)\nres.remainder", NEW),
    ("divmod_returns_record", "q, r = divmod(7, 2).astuple()", NEW),
    ("math_modf_returns_record", "import math as m\nf, i = m.modf(2.5)", OLD),
    ("math_modf_returns_record", "from math import modf\nmodf(2.5)[1]", OLD),
    ("math_modf_returns_record", "import math\nmath.modf(2.5).integral", NEW),
]


@pytest.mark.parametrize(("modification_id", "source", "expected"), DETECTION)
def test_detects_old_and_new_uses(
    modification_id: str, source: str, expected: tuple[bool, bool]
) -> None:
    assert uses(modification_id, source) == expected


MIGRATION = [
    (
        "math_sqrt_to_square_root",
        "from math import sqrt\nsqrt(2)",
        "from math import square_root\nsquare_root(2)",
    ),
    (
        "math_sqrt_to_square_root",
        "import math as m\nm.sqrt(2)",
        "import math as m\nm.square_root(2)",
    ),
    (
        "str_split_to_split_on",
        "import re\nre.split(',', s)\ns.split()",
        "import re\nre.split(',', s)\ns.split_on()",
    ),
    (
        "sorted_reverse_to_descending",
        "sorted(xs, key=abs, reverse=True)",
        "sorted(xs, key=abs, descending=True)",
    ),
    ("round_ndigits_keyword_only", "round(x, 2)", "round(x, ndigits=2)"),
    (
        "round_ndigits_keyword_only",
        "round(round(x, 3), 2)",
        "round(round(x, ndigits=3), ndigits=2)",
    ),
    ("map_iterable_first", "map(int, xs, ys)", "map(xs, int, ys)"),
    ("map_iterable_first", "map(str, map(int, xs))", "map(map(xs, int), str)"),
    (
        "reduce_iterable_first",
        "from functools import reduce\nreduce(max, xs, 0)",
        "from functools import reduce\nreduce(xs, max, 0)",
    ),
    ("heapq_to_heaps", "import heapq\nheapq.heappush(h, 1)", "import heaps\nheaps.heappush(h, 1)"),
    (
        "heapq_to_heaps",
        "import heapq as hq\nhq.heappush(h, 1)",
        "import heaps as hq\nhq.heappush(h, 1)",
    ),
    ("heapq_to_heaps", "from heapq import heappop as pop", "from heaps import heappop as pop"),
    (
        "collections_counter_to_counters",
        "from collections import Counter, deque",
        "from collections import deque\nfrom counters import Counter",
    ),
    (
        "collections_counter_to_counters",
        "from collections import Counter as C",
        "from counters import Counter as C",
    ),
    (
        "collections_counter_to_counters",
        "import collections\ncollections.Counter(s)",
        "import collections\nimport counters\ncounters.Counter(s)",
    ),
    (
        "collections_counter_to_counters",
        """
        def f(s):
            import collections as c
            return c.Counter(s), c.deque(s)
        """,
        """
        def f(s):
            import collections as c
            import counters
            return counters.Counter(s), c.deque(s)
        """,
    ),
    ("divmod_returns_record", "divmod(7, 2)[0]", "divmod(7, 2).quotient"),
    ("divmod_returns_record", "divmod(7, 2)[-1]", "divmod(7, 2).remainder"),
    ("divmod_returns_record", "q, r = divmod(7, 2)", "q, r = divmod(7, 2).astuple()"),
    ("divmod_returns_record", "print(*divmod(7, 2))", "print(*divmod(7, 2).astuple())"),
    (
        "divmod_returns_record",
        """
        def f(a):
            res = divmod(a, 60)
            x, y = res
            return res[1], res
        """,
        """
        def f(a):
            res = divmod(a, 60)
            x, y = res.astuple()
            return res.remainder, res
        """,
    ),
    (
        "math_modf_returns_record",
        "import math\nmath.modf(x)[0]",
        "import math\nmath.modf(x).fractional",
    ),
]


@pytest.mark.parametrize(("modification_id", "source", "expected"), MIGRATION)
def test_migrates(modification_id: str, source: str, expected: str) -> None:
    result = migrated(modification_id, source)
    assert same_code(result, expected), result
    assert uses(modification_id, result) == NEW


def test_examples_cover_every_category() -> None:
    """Each category's machinery is exercised here; every single modification is exercised
    end to end by the benchmark's verification (tests/test_benchmark.py)."""
    assert set(EXAMPLES) <= set(BY_ID)
    assert {BY_ID[i].category for i in EXAMPLES} == set(Category)
    assert len({modification.id for modification in CATALOGUE}) == len(CATALOGUE) == 140


@pytest.mark.parametrize("modification_id", sorted(EXAMPLES))
def test_example_migration(modification_id: str) -> None:
    """Every example uses the old API only; its migration uses the new one only, and migrating
    again changes nothing."""
    entry_point, source, asserts = EXAMPLES[modification_id]
    assert len(asserts) == 3 and all(entry_point in line for line in asserts)
    assert uses(modification_id, source) == OLD
    result = migrated(modification_id, source)
    assert uses(modification_id, result) == NEW
    assert migrated(modification_id, result) == result


@pytest.mark.parametrize("modification", CATALOGUE, ids=lambda m: m.id)
def test_declarations(modification: Modification) -> None:
    assert modification.id.isidentifier() and modification.id.islower()
    assert modification.note and len(modification.note) < 300
    assert modification.stale_error in ("removed_api", "signature")


@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [
        (SignatureChange, {"module": "builtins", "function": "sorted"}),
        (
            ArgumentReorder,
            {
                "module": "builtins",
                "function": "map",
                "old_order": ("function", "iterable"),
                "new_order": ("function", "iterable"),
            },
        ),
        (
            ArgumentReorder,
            {
                "module": "builtins",
                "function": "map",
                "old_order": ("a", "b"),
                "new_order": ("b", "a"),
            },
        ),
        (ModuleMove, {"old_module": "heapq", "new_module": "data.heaps"}),
        (
            ReturnShapeChange,
            {
                "module": "builtins",
                "function": "divmod",
                "result_type": "R",
                "fields": ("astuple", "b"),
            },
        ),
    ],
)
def test_rejects_inconsistent_declarations(cls: type, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        cls(id="x", note="x", **kwargs)


# -- wrappers keep the semantics (worlds without renamed methods are safe in this process) ---


def edited(modification_id: str, name: str) -> Any:
    return WorldBuilder().apply([get_modification(modification_id)]).builtins[name]


@given(
    x=st.floats(allow_nan=False, allow_infinity=False) | st.integers(),
    ndigits=st.none() | st.integers(-5, 5),
)
def test_keyword_only_round_is_round(x: float, ndigits: int | None) -> None:
    new_round = edited("round_ndigits_keyword_only", "round")
    expected = round(x) if ndigits is None else round(x, ndigits)
    actual = new_round(x) if ndigits is None else new_round(x, ndigits=ndigits)
    assert actual == expected and type(actual) is type(expected)


@given(xs=st.lists(st.integers()), descending=st.booleans())
def test_renamed_keyword_sorted_is_sorted(xs: list[int], descending: bool) -> None:
    new_sorted = edited("sorted_reverse_to_descending", "sorted")
    assert new_sorted(xs, key=abs, descending=descending) == sorted(xs, key=abs, reverse=descending)
    assert new_sorted(xs) == sorted(xs)


@given(a=st.integers(), b=st.integers().filter(bool))
def test_divmod_record_holds_the_tuple(a: int, b: int) -> None:
    result = edited("divmod_returns_record", "divmod")(a, b)
    assert result.astuple() == (result.quotient, result.remainder) == divmod(a, b)


# -- enforcement, in subprocesses -----------------------------------------------------------

_RUN_WORLD = """
import json, sys
from pytest_apiedit.api import get_modification
from pytest_apiedit.api.world import PROGRAM_FILENAME, WorldBuilder

def run(world, sources):
    namespace = world.program_globals("solution")
    try:
        for source in sources:
            exec(compile(source, PROGRAM_FILENAME, "exec"), namespace)
    except Exception as exc:
        api = world.classify(exc)
        classified = api and [api.error_class, api.owner, api.stale]
        return {"error": type(exc).__name__, "message": str(exc), "class": classified}
    return {"error": None, "result": repr(namespace.get("result"))}

ids, programs = json.loads(sys.argv[1])
results, world = [], None
for edited, sources in programs:
    if edited and world is None:
        # Built only now: renamed methods would break the plain programs that run first.
        world = WorldBuilder().apply(get_modification(i) for i in ids)
    results.append(run(world if edited else WorldBuilder(), sources))
print(json.dumps(results))
"""


def run_worlds(ids: list[str], programs: list[tuple[bool, list[str]]]) -> list[dict[str, Any]]:
    """Run programs (each a list of sources executed in turn), in the plain world or, when
    flagged, in the world with the modifications `ids`; plain ones must come first."""
    completed = subprocess.run(
        [sys.executable, "-c", _RUN_WORLD, json.dumps([ids, programs])],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


@pytest.mark.parametrize("modification_id", sorted(EXAMPLES))
def test_example_enforcement(modification_id: str) -> None:
    """The old program passes in plain Python and fails with the modification's stale error in
    its world; the migrated program passes there."""
    modification = get_modification(modification_id)
    _, source, asserts = EXAMPLES[modification_id]
    plain, old, new = run_worlds(
        [modification_id],
        [
            (False, [source, *asserts]),
            (True, [source, *asserts]),
            (True, [modification.migrate_source(source), *asserts]),
        ],
    )
    assert plain["error"] is None, plain
    assert old["class"] == [modification.stale_error, modification_id, True], old
    assert new["error"] is None, new


def ok(result: str) -> dict[str, Any]:
    return {"error": None, "result": result}


def fails(error: str, message: str, classified: str | None = None) -> dict[str, Any]:
    """An error, classified (as a use of the old API of the case's own modification) or not."""
    return {"error": error, "message": message, "class": classified}


WORLD_BEHAVIOUR = [
    # an omitted argument stays omitted: round() still returns an int
    ("round_ndigits_keyword_only", "result = round(2.5)", ok("2")),
    ("round_ndigits_keyword_only", "result = round(2.567, ndigits=2)", ok("2.57")),
    (
        "round_ndigits_keyword_only",
        "import inspect\nresult = str(inspect.signature(round))",
        ok("'(number, *, ndigits=None)'"),
    ),
    (
        "round_ndigits_keyword_only",
        "round(2.5, ndigits='x')",
        fails("TypeError", "'str' object cannot be interpreted as an integer"),
    ),
    (
        "sorted_reverse_to_descending",
        "result = sorted([1, 3, 2], descending=True)",
        ok("[3, 2, 1]"),
    ),
    # a keyword of neither signature is the program's own bug, as it is in plain Python
    (
        "sorted_reverse_to_descending",
        "sorted([1], key=abs, reversed=True)",
        fails("TypeError", "sorted() got an unexpected keyword argument 'reversed'"),
    ),
    (
        "sorted_reverse_to_descending",
        "sorted([1], reverse=True)",
        fails("TypeError", "sorted() got an unexpected keyword argument 'reverse'", "signature"),
    ),
    (
        "round_ndigits_keyword_only",
        "round(2.567, 2)",
        fails("TypeError", "round() takes 1 positional argument but 2 were given", "signature"),
    ),
    # the function's own semantics are not the API's: summing strings, empty reduce
    (
        "sum_start_keyword_only",
        "sum(['a', 'b'], start='')",
        fails("TypeError", "sum() can't sum strings [use ''.join(seq) instead]"),
    ),
    (
        "reduce_iterable_first",
        "import functools\nfunctools.reduce([], lambda a, b: a + b)",
        fails("TypeError", "reduce() of empty iterable with no initial value"),
    ),
    ("filter_iterable_first", "result = list(filter([0, 1, 2], None))", ok("[1, 2]")),
    (
        "filter_iterable_first",
        "filter(None, [0, 1])",
        fails("TypeError", "filter() takes its arguments as filter(iterable, function, ...),"
              " not filter(function, iterable, ...)", "signature"),
    ),
    # a bug inside the real function is the program's, not the API's
    (
        "sorted_reverse_to_descending",
        "sorted([1, 'a'])",
        fails("TypeError", "'<' not supported between instances of 'str' and 'int'"),
    ),
    (
        "map_iterable_first",
        "result = list(map([1, 2], lambda a, b: a + b, [10, 20]))",
        ok("[11, 22]"),
    ),
    (
        "map_iterable_first",
        "map(str.upper, 'ab')",
        fails("TypeError", "map() takes its arguments as map(iterable, function, ...),"
              " not map(function, iterable, ...)", "signature"),
    ),
    (
        "reduce_iterable_first",
        "import operator\nfrom functools import reduce\nreduce([1, 'a'], operator.add)",
        fails("TypeError", "unsupported operand type(s) for +: 'int' and 'str'"),
    ),
    (
        "heapq_to_heaps",
        "import heapq as hq",
        fails("ModuleNotFoundError", "No module named 'heapq'", "removed_api"),
    ),
    ("heapq_to_heaps", "import heaps\nresult = heaps.__name__", ok("'heaps'")),
    # the standard library keeps its own heapq
    (
        "heapq_to_heaps",
        "import queue\nq = queue.PriorityQueue()\nq.put(2)\nq.put(1)\nresult = q.get()",
        ok("1"),
    ),
    (
        "collections_counter_to_counters",
        "import collections\ncollections.Counter('ab')",
        fails("AttributeError", "module 'collections' has no attribute 'Counter'", "removed_api"),
    ),
    (
        "collections_counter_to_counters",
        "import counters\nfrom collections import deque\nresult = counters.Counter('aab')['a']",
        ok("2"),
    ),
    ("divmod_returns_record", "result = divmod(7, 2)", ok("DivmodResult(quotient=3, remainder=1)")),
    ("divmod_returns_record", "result = divmod(7, 2) == divmod(7.0, 2)", ok("True")),
    (
        "divmod_returns_record",
        "divmod(7, 2)[0]",
        fails("TypeError", "'DivmodResult' object is not subscriptable: use .quotient or"
              " .remainder", "signature"),
    ),
    (
        "divmod_returns_record",
        "divmod('a', 1)",
        fails("TypeError", "unsupported operand type(s) for divmod(): 'str' and 'int'"),
    ),
    (
        "math_modf_returns_record",
        "import math\nresult = math.modf(2.5).astuple()",
        ok("(0.5, 2.0)"),
    ),
]


def test_world_behaviour() -> None:
    """Details of enforcement beyond the examples, one world per modification."""
    by_id: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for modification_id, source, expected in WORLD_BEHAVIOUR:
        by_id.setdefault(modification_id, []).append((source, expected))
    for modification_id, cases in by_id.items():
        results = run_worlds([modification_id], [(True, [source]) for source, _ in cases])
        for (source, expected), result in zip(cases, results, strict=True):
            if expected.get("class"):
                expected = {**expected, "class": [expected["class"], modification_id, True]}
            assert result == expected, source
