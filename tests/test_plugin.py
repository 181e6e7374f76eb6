"""The plugin loads through its entry point and its sandbox fixture works in a real session."""

import pytest


def test_sandbox_fixture_in_a_pytest_session(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from pytest_apiedit.sandbox import SampleRequest, TestSuite

        def test_double(apiedit_sandbox):
            suite = TestSuite.from_python("assert double(2) == 4\\n", "double")
            verdict = apiedit_sandbox.run(
                SampleRequest("def double(x):\\n    return 2 * x\\n", suite))
            assert verdict.passed
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_plugin_is_registered_by_entry_point(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--fixtures")
    result.stdout.fnmatch_lines(["*apiedit_sandbox*"])
