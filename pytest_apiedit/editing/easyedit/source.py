"""EasyEdit's text-editing methods, imported from its source tree without its package `__init__`s.

`import easyeditor` runs `easyeditor/__init__.py`, which imports EasyEdit's multimodal code (timm,
torchvision, opencv, ...; timm's torchvision replaces a CPU torch with a CUDA build unless installs
are constrained). The eight text methods need much less: `pip install -e '.[easyedit]'`. So the
`easyeditor` folder is found on `sys.path` without being imported, bare package modules stand in
for `easyeditor` and `easyeditor.models`, and only `easyeditor.models.<method>` and what it imports
run. Where the whole package was imported already, it is used as it is.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from pytest_apiedit.editing.config import EASYEDIT_ENTRY_POINTS
from pytest_apiedit.editing.errors import EditConfigError

INSTALL_HINT = (
    "EasyEdit is not importable: git clone https://github.com/zjunlp/EasyEdit, put the clone on"
    " PYTHONPATH and pip install -e '.[easyedit]' here (what its text-editing methods need;"
    " PyPI's easyeditor is a 2023 snapshot)"
)


def easyedit_folder() -> Path:
    """The `easyeditor` package folder on `sys.path`, found without importing it."""
    try:
        spec = importlib.util.find_spec("easyeditor")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EditConfigError(INSTALL_HINT)
    return Path(next(iter(spec.submodule_search_locations)))


def easyedit_module(name: str) -> ModuleType:
    """`easyeditor.models.<name>` (e.g. `rome`, `alphaedit.AlphaEdit_main`), imported past the
    package `__init__`s above it."""
    folder = easyedit_folder()
    for package, path in (("easyeditor", folder), ("easyeditor.models", folder / "models")):
        if package not in sys.modules:
            sys.modules[package] = _bare_package(package, path)
    sys.modules["easyeditor"].models = sys.modules["easyeditor.models"]
    try:
        return importlib.import_module(f"easyeditor.models.{name}")
    except ImportError as error:
        raise EditConfigError(
            f"EasyEdit's {name} cannot be imported ({error}): pip install -e '.[easyedit]'"
            " in pytest-apiedit's folder installs what EasyEdit's text-editing methods need"
        ) from None


def entry_points(method: str) -> tuple[type, Callable[..., Any]]:
    """EasyEdit's hyperparameter class and `apply_*_to_model` function for `method`."""
    params_class, apply = EASYEDIT_ENTRY_POINTS[method]
    module = easyedit_module(method)
    return getattr(module, params_class), getattr(module, apply)


def _bare_package(name: str, path: Path) -> ModuleType:
    """A package module whose `__init__` never runs: its submodules import from `path`."""
    module = ModuleType(name)
    module.__path__ = [str(path)]
    module.__package__ = name
    spec = importlib.util.spec_from_loader(name, loader=None, is_package=True)
    assert spec is not None  # a name and is_package always make a spec
    spec.submodule_search_locations = [str(path)]
    module.__spec__ = spec
    return module
