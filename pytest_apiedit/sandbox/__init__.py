"""The API-update sandbox: run a program against its tests in a world of modified APIs.

Process tree: caller -> zygote (clean, pre-warmed) -> one judge per sample (trusted, runs the
tests) -> program process (untrusted, confined). See each module's docstring.
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
