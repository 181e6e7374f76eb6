"""The API-update sandbox: run a program against its tests in a world of modified APIs.

Process tree: caller -> zygote (clean, pre-warmed, coordinates) -> long-lived judges (trusted,
run the tests) and the forker (pristine: forked before any request arrived) -> one fresh program
process per sample (untrusted, confined), a child of the forker, talking to its judge over pipes.
See each module's docstring.
"""

from pytest_apiedit.sandbox.client import Sandbox, SandboxError
from pytest_apiedit.sandbox.request import Limits, SampleRequest
from pytest_apiedit.sandbox.suite import MalformedTests, TestSuite
from pytest_apiedit.sandbox.verdict import Adoption, ErrorClass, Verdict

__all__ = [
    "Adoption",
    "ErrorClass",
    "Limits",
    "MalformedTests",
    "SampleRequest",
    "Sandbox",
    "SandboxError",
    "TestSuite",
    "Verdict",
]
