"""Loading the model under test: a hub id, a local folder, the embedded default or an alias.

`loading` (and with it torch) is imported on first use of these names: the aliases, the
packaged sources and the conversion lock import without it, so a process that waits for
another's conversion starts in a fraction of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pytest_apiedit.models.loading import (
        DEFAULT_MODEL,
        LoadedModel,
        ModelLoadError,
        load_model,
        worker_device,
    )

__all__ = ["DEFAULT_MODEL", "LoadedModel", "ModelLoadError", "load_model", "worker_device"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from pytest_apiedit.models import loading

        return getattr(loading, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
