"""Loading the model under test: a hub id, a local folder, the embedded default, SmolLM2-135M."""

from pytest_apiedit.models.loading import (
    DEFAULT_MODEL,
    LoadedModel,
    ModelLoadError,
    load_model,
    worker_device,
)

__all__ = ["DEFAULT_MODEL", "LoadedModel", "ModelLoadError", "load_model", "worker_device"]
