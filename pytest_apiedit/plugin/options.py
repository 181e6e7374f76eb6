"""The session's options as pytest options: on the command line and in `[tool.pytest.ini_options]`.

Imports only the option table; the settings (and what checking them needs) load when
`--edit-method` turns the benchmark on.
"""

from __future__ import annotations

import itertools
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

    _check_rootdir_kept(config)
    try:
        read = read_settings({option.dest: _raw(config, option.dest) for option in OPTIONS})
    except SettingsError as error:
        raise pytest.UsageError(str(error)) from None
    assert read is not None  # `benchmark_on` was asked first
    return read


def _raw(config: pytest.Config, dest: str) -> object:
    given = config.getoption(dest)
    return given if given is not None else config.getini(dest)


def _check_rootdir_kept(config: pytest.Config) -> None:
    """pytest chooses its rootdir (and with it the cache `--lf` reads, and the ini file) before
    any plugin's options are known, so in `--apiedit-report-dir DIR` it takes DIR for a test
    path: a DIR outside the invocation folder moves the rootdir. The `=` form is read right."""
    here = config.invocation_params.dir
    paths = {f"--{option.name}" for option in OPTIONS if option.path}
    for flag, value in itertools.pairwise(config.invocation_params.args):
        if flag not in paths:
            continue
        where = (here / value).resolve()
        if where.exists() and not where.is_relative_to(here):
            raise pytest.UsageError(
                f"{flag} {value}: write {flag}={value} (pytest read {value} as a test path"
                f" before the plugin's options were known, and took {config.rootpath} for"
                " its rootdir)"
            )
