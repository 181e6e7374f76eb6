"""Loading the model under test: a hub id, a local folder, or the default built here."""

from pytest_apiedit.models.loading import (
    DEFAULT_MODEL,
    LoadedModel,
    ModelLoadError,
    load_model,
    worker_device,
)

__all__ = ["DEFAULT_MODEL", "LoadedModel", "ModelLoadError", "load_model", "worker_device"]
