"""The pytest glue, registered through the `pytest11` entry point.

Kept thin: hooks and fixtures hand over to plain modules. For now it offers the sandbox as a
session fixture, started once per session (and per xdist worker) and shut down at its end.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pytest_apiedit.sandbox import Sandbox


@pytest.fixture(scope="session")
def apiedit_sandbox() -> Iterator[Sandbox]:
    """A started sandbox; every sample it runs gets a fresh confined process."""
    with Sandbox() as sandbox:
        yield sandbox
