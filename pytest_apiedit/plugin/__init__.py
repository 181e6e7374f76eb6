"""The pytest glue, registered through the `pytest11` entry point.

pytest loads this module in every session of every project where the package is installed, so
it imports only pytest and the option table: the settings, the plugin object of `benchmark` and
with them the model side load in `pytest_configure`, and only when `--edit-method` turns the
benchmark on. The fixtures here (pytest wants them at module level) ask that object for the
runner. Without it, this plugin only offers the `apiedit_sandbox` fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from pytest_apiedit.plugin.options import add_options, benchmark_on, settings

if TYPE_CHECKING:
    from pytest_apiedit.sandbox.client import Sandbox

PLUGIN_NAME = "apiedit-benchmark"


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    if not benchmark_on(config):
        return
    checked = settings(config)  # a bad value stops pytest here, before the model side loads
    from pytest_apiedit.plugin.benchmark import ApiEditPlugin

    if config.args_source is not pytest.Config.ArgsSource.ARGS:
        config.args = []  # `pytest --edit-method=...` runs the benchmark, not the testpaths
    config.pluginmanager.register(ApiEditPlugin(config, checked), PLUGIN_NAME)


@pytest.fixture(scope="session")
def apiedit_runner(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The benchmark's per-worker runner: model, edits, sandbox, caches (made on first use)."""
    yield from request.config.pluginmanager.get_plugin(PLUGIN_NAME).runner(request.session)


@pytest.fixture(scope="session")
def apiedit_sandbox() -> Iterator[Sandbox]:
    """A started sandbox; every sample it runs gets a fresh confined process."""
    from pytest_apiedit.sandbox.client import Sandbox

    with Sandbox() as sandbox:
        yield sandbox
