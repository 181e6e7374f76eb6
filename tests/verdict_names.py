"""Short names for the verdict tables (tests/test_verdict_rules.py, tests/model_written/): the
adoption classes, the error classes, and `src` for programs written as indented blocks."""

from __future__ import annotations

import textwrap

from pytest_apiedit.sandbox import Adoption, ErrorClass

CORRECT = Adoption.CORRECT_ADOPTION
WORKAROUND = Adoption.WORKAROUND
FAULTY = Adoption.FAULTY_ADOPTION
STALE = Adoption.STALE_API
OTHER = Adoption.OTHER_FAILURE

REMOVED = ErrorClass.REMOVED_API
SIGNATURE = ErrorClass.SIGNATURE
RUNTIME = ErrorClass.RUNTIME
WRONG = ErrorClass.WRONG_ANSWER
TIMEOUT = ErrorClass.TIMEOUT


def src(text: str) -> str:
    return textwrap.dedent(text).lstrip()
