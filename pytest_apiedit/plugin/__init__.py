"""The pytest glue, registered through the `pytest11` entry point.

Kept thin: options are read and checked in `options`, the items are built in `items`, and the
benchmark's state lives on the plugin object of `benchmark`, registered only when
`--edit-method` is given; the fixtures here (pytest wants them at module level) ask it for the
runner. Without it, this plugin only offers the `apiedit_sandbox` fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pytest_apiedit.plugin.options import BenchmarkOptions, add_options
from pytest_apiedit.sandbox import Sandbox

PLUGIN_NAME = "apiedit-benchmark"


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    options = BenchmarkOptions.from_config(config)
    if options is None:
        return
    from pytest_apiedit.plugin.benchmark import ApiEditPlugin

    if config.args_source is not pytest.Config.ArgsSource.ARGS:
        config.args = []  # `pytest --edit-method=...` runs the benchmark, not the testpaths
    config.pluginmanager.register(ApiEditPlugin(config, options), PLUGIN_NAME)


@pytest.fixture(scope="session")
def apiedit_runner(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The benchmark's per-worker runner: model, edits, sandbox, caches (made on first use)."""
    yield from request.config.pluginmanager.get_plugin(PLUGIN_NAME).runner(request.session)


@pytest.fixture(scope="session")
def apiedit_sandbox() -> Iterator[Sandbox]:
    """A started sandbox; every sample it runs gets a fresh confined process."""
    with Sandbox() as sandbox:
        yield sandbox
