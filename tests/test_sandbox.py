"""The sandbox end to end: real zygote, judges and confined program processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_apiedit.api import get_modification
from pytest_apiedit.sandbox import Adoption, Limits, SampleRequest, Sandbox, TestSuite, Verdict
from pytest_apiedit.sandbox.client import scrubbed_environment
from tests.modification_examples import EXAMPLES

IDS = sorted(EXAMPLES)


def example(modification_id: str) -> tuple[str, str, TestSuite]:
    entry_point, program, asserts = EXAMPLES[modification_id]
    return entry_point, program, TestSuite.from_python("\n".join(asserts) + "\n", entry_point)


def comparable(verdict: Verdict) -> dict[str, object]:
    """A verdict without its timing, which alone may differ between runs."""
    data = verdict.to_dict()
    data.pop("wall_s")
    return data


@pytest.mark.parametrize("modification_id", IDS)
def test_modification_is_enforced_and_its_migration_works(
    apiedit_sandbox: Sandbox, modification_id: str
) -> None:
    modification = get_modification(modification_id)
    _, program, suite = example(modification_id)
    edited = (modification_id,)
    migrated = modification.migrate_source(program)
    new_in_edited, old_in_edited, old_in_original = apiedit_sandbox.run_many([
        SampleRequest(migrated, suite, edited),
        SampleRequest(program, suite, edited),
        SampleRequest(program, suite),
    ])
    assert new_in_edited.passed and new_in_edited.adoption == Adoption.CORRECT_ADOPTION
    assert not old_in_edited.compiled and not old_in_edited.passed
    assert old_in_edited.adoption == Adoption.STALE_API
    assert old_in_edited.error_class == modification.stale_error
    assert old_in_original.passed and old_in_original.adoption is None


def test_a_removed_api_reached_dynamically_is_a_compile_failure_at_test_time(
    apiedit_sandbox: Sandbox,
) -> None:
    """Static detection cannot see `getattr(math, "sq" + "rt")`; enforcement still does."""
    program = "import math\n\ndef root(x):\n    return getattr(math, 'sq' + 'rt')(x)\n"
    suite = TestSuite.from_python("assert root(4) == 2.0\n", "root")
    verdict = apiedit_sandbox.run(SampleRequest(program, suite, ("math_sqrt_to_square_root",)))
    assert (verdict.compiled, verdict.error_class, verdict.adoption) == (
        False, "removed_api", Adoption.STALE_API)
    assert not verdict.uses_old  # the detectors did not see it; the sandbox did


def test_workaround_other_failure_and_partial_pass(apiedit_sandbox: Sandbox) -> None:
    suite = TestSuite.from_python(
        "assert root(4) == 2.0\nassert root(9) == 3.0\nassert root(2) == 2 ** 0.5\n", "root")
    world = ("math_sqrt_to_square_root",)
    workaround, partial = apiedit_sandbox.run_many([
        SampleRequest("def root(x):\n    return x ** 0.5\n", suite, world),
        SampleRequest("def root(x):\n    return {4: 2.0, 9: 3.0}.get(x)\n", suite, world),
    ])
    assert workaround.passed and workaround.adoption == Adoption.WORKAROUND
    assert (partial.tests_passed, partial.tests_total, partial.partial) == (2, 3, True)
    assert partial.outcomes == ["pass", "pass", "wrong_answer"]
    assert partial.adoption == Adoption.OTHER_FAILURE and partial.compiled


def test_tests_can_call_other_functions_of_the_program(apiedit_sandbox: Sandbox) -> None:
    """HumanEval's decode_cyclic tests call the prompt's encode_cyclic."""
    program = (
        "def encode(s):\n    return s[1:] + s[:1]\n\n"
        "def decode(s):\n    return s[-1:] + s[:-1]\n"
    )
    tests = "def check(candidate):\n    for s in ['abc', 'xy']:\n" \
            "        assert candidate(encode(s)) == s\n"
    verdict = apiedit_sandbox.run(SampleRequest(program, TestSuite.from_python(tests, "decode")))
    assert verdict.passed


def test_exceptions_keep_their_type_for_tests_that_expect_them(apiedit_sandbox: Sandbox) -> None:
    program = "def parse(s):\n    return int(s)\n"
    tests = "try:\n    parse('x')\n    assert False\nexcept ValueError:\n    pass\n"
    assert apiedit_sandbox.run(SampleRequest(program, TestSuite.from_python(tests, "parse"))).passed


def test_the_program_runs_in_a_clean_process_scrubbed_and_in_a_removed_directory(
    apiedit_sandbox: Sandbox,
) -> None:
    import torch  # noqa: F401 - the caller has torch; the program must not inherit it

    program = (
        "import os, sys\n\n"
        "def probe():\n"
        "    heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('torch', 'transformers', 'pytest', '_pytest', 'numpy'))\n"
        "    return heavy, sorted(os.environ), os.getcwd()\n"
    )
    suite = TestSuite.from_python("assert probe()[0] == []\n", "probe")
    verdict = apiedit_sandbox.run(SampleRequest(program, suite))
    assert verdict.passed, verdict.error
    env_suite = TestSuite.from_python(
        f"assert set(probe()[1]) <= {set(scrubbed_environment())!r}\n", "probe")
    assert apiedit_sandbox.run(SampleRequest(program, env_suite)).passed


def test_nothing_of_a_sample_survives_into_the_next(apiedit_sandbox: Sandbox) -> None:
    """Judges are reused, program processes never: what a sample changes in its interpreter is
    not seen by any sample after it, whichever judge runs it."""
    probe = "import json, math\n\ndef f():\n    return [math.pi, hasattr(json, 'marker')]\n"
    poison = "import json, math\nmath.pi = 3\njson.marker = 1\n" + probe
    slots = apiedit_sandbox.parallelism
    poisoned = TestSuite.from_python("assert f() == [3, True]\n", "f")
    verdicts = apiedit_sandbox.run_many([SampleRequest(poison, poisoned)] * (2 * slots))
    assert all(v.passed for v in verdicts), verdicts
    clean = TestSuite.from_python("assert f() == [3.141592653589793, False]\n", "f")
    verdicts = apiedit_sandbox.run_many([SampleRequest(probe, clean)] * (2 * slots))
    assert all(v.passed for v in verdicts), verdicts


def test_working_directory_is_removed_afterwards(apiedit_sandbox: Sandbox) -> None:
    program = "import os\n\ndef where():\n    open('scratch.txt', 'w').write('x')\n" \
              "    return os.getcwd()\n"
    suite = TestSuite.from_python("assert where() == '/nowhere', where()\n", "where")
    verdict = apiedit_sandbox.run(SampleRequest(program, suite))
    assert verdict.error is not None and verdict.error.startswith("AssertionError: /")
    workdir = Path(verdict.error.removeprefix("AssertionError: "))
    assert workdir.name.startswith("sample-") and not workdir.exists()


def test_same_batch_same_verdicts(apiedit_sandbox: Sandbox) -> None:
    """Determinism: verdicts (all but wall time) do not depend on the run or on scheduling."""
    requests = []
    for modification_id in IDS:
        _, program, suite = example(modification_id)
        requests += [SampleRequest(program, suite, (modification_id,)),
                     SampleRequest(program, suite)]
    requests.append(SampleRequest("def f():\n    return {1, 'a', 2.5, 'b'}\n",
                                  TestSuite.from_python("assert f() != set()\n", "f")))
    first = [comparable(v) for v in apiedit_sandbox.run_many(requests)]
    with Sandbox(parallelism=1) as serial:
        second = [comparable(v) for v in serial.run_many(requests)]
    assert first == second


def test_stdio_program_with_a_world(apiedit_sandbox: Sandbox) -> None:
    root = Path(__file__).resolve().parents[1] / "examples"
    suite = TestSuite.from_stdio_json((root / "sum_stdin_tests.json").read_text())
    program = (root / "sum_stdin.py").read_text()
    world = ("str_split_to_split_on",)
    migrated = get_modification("str_split_to_split_on").migrate_source(program)
    new, old, wrong, exits = apiedit_sandbox.run_many([
        SampleRequest(migrated, suite, world),
        SampleRequest(program, suite, world),
        SampleRequest("print(42)\n", suite, world),
        SampleRequest("import sys\nprint(3)\nsys.exit(3)\n", suite),
    ])
    assert new.passed and new.adoption == Adoption.CORRECT_ADOPTION
    assert old.adoption == Adoption.STALE_API and not old.compiled
    assert wrong.outcomes == ["wrong_answer", "wrong_answer"]
    assert wrong.adoption == Adoption.OTHER_FAILURE
    assert exits.outcomes == ["runtime", "runtime"]


SPIN = ("import time\n\ndef spin(seconds):\n    end = time.process_time() + seconds\n"
        "    while time.process_time() < end:\n        pass\n    return 1\n")
"""Uses `seconds` of CPU time, however long that takes on the wall clock."""


def test_limits_travel_with_the_request(apiedit_sandbox: Sandbox) -> None:
    suite = TestSuite.from_python("assert spin(0.5) == 1\n", "spin")
    quick, patient = apiedit_sandbox.run_many([
        SampleRequest(SPIN, suite, limits=Limits(test_timeout_s=0.2, sample_timeout_s=1)),
        SampleRequest(SPIN, suite, limits=Limits(test_timeout_s=2, sample_timeout_s=3)),
    ])
    assert quick.error_class == "timeout" and patient.passed


def test_a_program_that_sleeps_meets_the_wall_clock_backstop(apiedit_sandbox: Sandbox) -> None:
    program = "import time\n\ndef nap():\n    time.sleep(30)\n"
    suite = TestSuite.from_python("assert nap() is None\n", "nap")
    limits = Limits(test_timeout_s=0.3, sample_timeout_s=1)
    verdict = apiedit_sandbox.run(SampleRequest(program, suite, limits=limits))
    assert verdict.error_class == "timeout"
    assert verdict.wall_s < limits.wall_backstop(limits.sample_timeout_s)


@pytest.mark.slow
def test_a_verdict_near_the_time_limit_does_not_depend_on_the_load() -> None:
    """Limits are on the program's CPU time: a program at 60% of its limit passes, one at 200%
    times out, on an idle machine and beside CPU hogs on every core, where the first one takes
    well over its limit in wall-clock time."""
    near = TestSuite.from_python("assert spin(0.6) == 1\n", "spin")
    over = TestSuite.from_python("assert spin(2.0) == 1\n", "spin")
    stdio = TestSuite.from_stdio_json(json.dumps({"inputs": ["0.6\n"], "outputs": ["done\n"]}))
    spin_stdio = SPIN + "spin(float(input()))\nprint('done')\n"
    limits = Limits(test_timeout_s=1.0, sample_timeout_s=3.0)
    requests = [SampleRequest(SPIN, near, limits=limits), SampleRequest(SPIN, over, limits=limits),
                SampleRequest(spin_stdio, stdio, limits=limits)]
    with Sandbox(parallelism=1) as sandbox:
        idle = sandbox.run_many(requests)
        # Each in a session of its own: with autogroup scheduling a session shares one slice.
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"],
                                 start_new_session=True)
                for _ in range(2 * (os.cpu_count() or 1))]
        try:
            loaded = sandbox.run_many(requests)
        finally:
            for hog in hogs:
                hog.kill()
                hog.wait()
    assert [v.error_class for v in idle] == [None, "timeout", None], idle
    assert [v.error_class for v in loaded] == [None, "timeout", None], loaded
    assert loaded[0].wall_s > limits.test_timeout_s, "the hogs did not slow the program down"

# -- properties --------------------------------------------------------------------------------

VARIANTS = ("original", "migrated", "migrated_broken", "unrelated", "syntax_error")


def variant(modification_id: str, kind: str) -> str:
    entry_point, program, _ = example(modification_id)
    if kind == "original":
        return program
    migrated = get_modification(modification_id).migrate_source(program)
    return {
        "migrated": migrated,
        "migrated_broken": f"{migrated}\n\ndef {entry_point}(*args, **kwargs):\n    return None\n",
        "unrelated": f"def {entry_point}(*args, **kwargs):\n    return None\n",
        "syntax_error": f"def {entry_point}(:\n",
    }[kind]


@settings(max_examples=25)
@given(
    modification_id=st.sampled_from(IDS),
    cases=st.lists(st.integers(0, 2), min_size=1, max_size=3, unique=True),
    add_failing_case=st.booleans(),
)
def test_migrated_in_edited_world_judged_as_original_in_original_world(
    apiedit_sandbox: Sandbox, modification_id: str, cases: list[int], add_failing_case: bool
) -> None:
    entry_point, program, asserts = EXAMPLES[modification_id]
    lines = [asserts[i] for i in cases]
    if add_failing_case:
        call = asserts[cases[0]].removeprefix("assert ").partition(" == ")[0]
        lines.append(f"assert {call} is None")
    suite = TestSuite.from_python("\n".join(lines) + "\n", entry_point)
    migrated = get_modification(modification_id).migrate_source(program)
    edited, original = apiedit_sandbox.run_many([
        SampleRequest(migrated, suite, (modification_id,), focus=()),
        SampleRequest(program, suite),
    ])
    assert comparable(edited) | {"uses_new": False} == comparable(original)


@settings(max_examples=25)
@given(modification_id=st.sampled_from(IDS), kind=st.sampled_from(VARIANTS))
def test_adoption_class_agrees_with_the_detectors(
    apiedit_sandbox: Sandbox, modification_id: str, kind: str
) -> None:
    _, _, suite = example(modification_id)
    verdict = apiedit_sandbox.run(
        SampleRequest(variant(modification_id, kind), suite, (modification_id,)))
    api_failure = verdict.error_class in ("removed_api", "signature")  # the old API, here
    stale = not verdict.passed and (api_failure or (verdict.uses_old and not verdict.uses_new))
    expected = {
        Adoption.CORRECT_ADOPTION: verdict.passed and verdict.uses_new,
        Adoption.WORKAROUND: verdict.passed and not verdict.uses_new,
        Adoption.STALE_API: stale,
        Adoption.FAULTY_ADOPTION: not verdict.passed and not stale and verdict.uses_new,
        Adoption.OTHER_FAILURE: not verdict.passed and not stale and not verdict.uses_new,
    }
    assert verdict.adoption is not None and expected[verdict.adoption], json.dumps(
        verdict.to_dict())
    assert sum(expected.values()) == 1
    assert verdict.compiled or not verdict.passed
    if kind in ("original", "migrated"):
        assert verdict.adoption == (
            Adoption.STALE_API if kind == "original" else Adoption.CORRECT_ADOPTION)


UNREACHABLE = {
    "a function never called": "def _legacy():\n{body}",
    "a branch never taken": "if False:\n{body}",
    "a guard that never holds": "if __name__ == '__never__':\n{body}",
    "an except clause never entered": "try:\n    pass\nexcept ZeroDivisionError:\n{body}",
}


@settings(max_examples=30)
@given(modification_id=st.sampled_from(IDS), where=st.sampled_from(sorted(UNREACHABLE)),
       before=st.booleans())
def test_a_migrated_reference_passes_with_its_old_use_only_in_unreachable_code(
    apiedit_sandbox: Sandbox, modification_id: str, where: str, before: bool
) -> None:
    """Python decides: the old API named where the program never goes is no error, and the
    program, which uses the new API, adopted it."""
    _, program, suite = example(modification_id)
    migrated = get_modification(modification_id).migrate_source(program)
    unreachable = UNREACHABLE[where].format(body=textwrap.indent(program, "    "))
    parts = [unreachable, migrated] if before else [migrated, unreachable]
    verdict = apiedit_sandbox.run(
        SampleRequest("\n\n".join(parts), suite, (modification_id,)))
    assert verdict.passed and verdict.compiled, verdict
    assert verdict.uses_old and verdict.adoption == Adoption.CORRECT_ADOPTION, verdict


def test_an_error_of_the_program_is_reported_as_itself(apiedit_sandbox: Sandbox) -> None:
    """A KeyError inside the entry point is the program's, not a missing entry point."""
    suite = TestSuite.from_python("assert lookup(1) == 1\n", "lookup")
    verdict = apiedit_sandbox.run(SampleRequest("def lookup(x):\n    return {}[x]\n", suite))
    assert (verdict.error_class, verdict.error) == ("runtime", "KeyError: 1")
