"""The plain-data codec: what a program can hand its judge, and nothing more."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pytest_apiedit.sandbox.wire import Unencodable, dumps, encode, loads

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
hashables = st.recursive(scalars | st.binary(), lambda inner: st.tuples(inner, inner), max_leaves=8)
plain = st.recursive(
    scalars | st.binary() | st.complex_numbers(allow_nan=False),
    lambda inner: st.lists(inner, max_size=4)
    | st.tuples(inner, inner)
    | st.dictionaries(hashables, inner, max_size=4)
    | st.sets(hashables, max_size=4)
    | st.frozensets(hashables, max_size=4),
    max_leaves=20,
)


def same(a: object, b: object) -> bool:
    """Equal and of exactly the same types all the way down (1 == 1.0 == True is not enough)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


@given(plain)
def test_plain_values_round_trip_with_their_exact_types(value: object) -> None:
    assert same(loads(dumps(encode(value))), value)


def test_nan_and_infinity_survive() -> None:
    back = loads(dumps(encode([math.nan, math.inf, -math.inf])))
    assert math.isnan(back[0]) and back[1:] == [math.inf, -math.inf]


class Liar(str):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = str.__hash__


@pytest.mark.parametrize(
    "value",
    [Liar("x"), [1, Liar("x")], {"k": object()}, lambda: 0, type("Int", (int,), {})(3), range(3)],
)
def test_anything_but_plain_data_is_refused(value: object) -> None:
    with pytest.raises(Unencodable):
        encode(value)


def test_deep_nesting_is_refused_not_a_crash() -> None:
    value: list = []
    for _ in range(1000):
        value = [value]
    with pytest.raises(Unencodable):
        encode(value)
