"""Splitting tests into individually timed cases."""

import json

import pytest

from pytest_apiedit.sandbox.suite import MalformedTests, TestSuite

HUMANEVAL = '''
METADATA = {"author": "jt"}


def check(candidate):
    assert candidate("abc") == "bca"
    x = "hello"
    assert candidate(x) == "elloh", "with a message"
    assert True, "does not call the candidate"
    for s in ["ab", "ba"]:
        assert decode_cyclic(candidate(s)) == s

check(encode_cyclic)
'''


def test_humaneval_check_becomes_one_case_per_asserting_statement() -> None:
    suite = TestSuite.from_python(HUMANEVAL, "encode_cyclic")
    assert suite.total == 3
    assert [step.is_case for step in suite.steps] == [False, True, False, True, False, True]
    assert suite.program_names == ("decode_cyclic", "encode_cyclic")


def test_mbpp_assert_lines_are_cases() -> None:
    suite = TestSuite.from_python(
        "import math\nassert f(1) == 2\nassert math.isclose(f(2), 3)\n", "f"
    )
    assert suite.total == 2 and not suite.is_stdio


def test_round_trip_through_dict() -> None:
    suite = TestSuite.from_python(HUMANEVAL, "encode_cyclic")
    assert TestSuite.from_dict(json.loads(json.dumps(suite.to_dict()))) == suite


@pytest.mark.parametrize(
    ("source", "message"),
    [("def check(:\n", "do not parse"), ("x = 1\n", "no assertion that calls 'f'")],
)
def test_malformed_python_tests(source: str, message: str) -> None:
    with pytest.raises(MalformedTests, match=message):
        TestSuite.from_python(source, "f")


@pytest.mark.parametrize("text", ["[]", '{"inputs": ["1"]}', '{"inputs": [1], "outputs": [2]}',
                                  '{"inputs": ["1"], "outputs": []}', "not json"])
def test_malformed_stdio_tests(text: str) -> None:
    with pytest.raises(MalformedTests):
        TestSuite.from_stdio_json(text)
