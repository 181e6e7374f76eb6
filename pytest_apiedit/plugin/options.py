"""The session's options as pytest options: on the command line and in `[tool.pytest.ini_options]`.

Imports only the option table; the settings (and what checking them needs) load when
`--edit-method` turns the benchmark on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from pytest_apiedit.session.options import OPTIONS

if TYPE_CHECKING:
    from pytest_apiedit.session.settings import Settings


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("apiedit", "pytest-apiedit: does model editing teach an API change")
    for option in OPTIONS:
        kind = "bool" if option.flag else "linelist" if option.repeated else "string"
        parser.addini(option.dest, option.help, type=kind, default=option.default)
        if option.flag:
            group.addoption(f"--{option.name}", action="store_true", default=None, help=option.help)
        elif option.repeated:
            group.addoption(f"--{option.name}", dest=option.dest, action="append", help=option.help)
        else:
            default = f" (default {option.default})" if option.default else ""
            group.addoption(f"--{option.name}", dest=option.dest, help=option.help + default)


def benchmark_on(config: pytest.Config) -> bool:
    return bool(_raw(config, "edit_method"))


def settings(config: pytest.Config) -> Settings:
    """The session's settings, checked; a bad value stops pytest with one usage line."""
    from pytest_apiedit.session.settings import SettingsError, read_settings

    try:
        read = read_settings({option.dest: _raw(config, option.dest) for option in OPTIONS})
    except SettingsError as error:
        raise pytest.UsageError(str(error)) from None
    assert read is not None  # `benchmark_on` was asked first
    return read


def _raw(config: pytest.Config, dest: str) -> object:
    given = config.getoption(dest)
    return given if given is not None else config.getini(dest)
