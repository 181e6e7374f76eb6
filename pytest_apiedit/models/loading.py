"""The model under test, from a hub id, a local folder, an alias or the embedded default, on the
right device.

With pytest-xdist each worker is one process holding one model; on a machine with several GPUs,
worker `gwI` takes GPU `I mod count`, so `-n 4` on a 4-GPU box uses them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import transformers

from pytest_apiedit.models.aliases import ALIASES, DEFAULT_MODEL
from pytest_apiedit.models.default import EMBEDDED
from pytest_apiedit.models.gguf import converted_folder
from pytest_apiedit.models.packaged import MissingWeights
from pytest_apiedit.models.weights import fingerprint


class ModelLoadError(RuntimeError):
    """The model or its tokenizer could not be loaded; the message names the fix."""


@dataclass
class LoadedModel:
    model: transformers.PreTrainedModel
    tokenizer: Any
    name: str
    """What the user asked for (`default`, an alias, a hub id, a folder)."""
    revision: str | None
    """The hub commit the weights came from, when known."""
    weights: str
    """The fingerprint of every byte of the weights, taken as loaded: caches are keyed on it,
    not on the name."""

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device


def worker_device(requested: str, worker: str | None, gpus: int) -> str:
    """`auto`: xdist worker `gwI` takes GPU `I mod gpus`; the controller or no worker GPU 0."""
    if requested != "auto":
        return requested
    if gpus == 0:
        return "cpu"
    index = int(worker.removeprefix("gw")) if worker and worker.startswith("gw") else 0
    return f"cuda:{index % gpus}"


def worker_threads(workers: str | None, cpus: int) -> int | None:
    """torch threads for a CPU worker: xdist's N workers share the cores, `cpus // N` each.

    torch's default, every core in every process, oversubscribes them and its threads spin:
    `-n 2` on 2 cores ran 4.3x slower than with one thread per worker. None outside xdist.
    """
    if not workers:
        return None
    return max(1, cpus // int(workers))


def load_model(
    name: str = DEFAULT_MODEL,
    dtype: str = "auto",
    device: str = "auto",
    device_map: str | None = None,
) -> LoadedModel:
    """Load the model and tokenizer; any failure is a `ModelLoadError` naming what to do.

    `dtype="auto"` is the alias's dtype for an alias, the weights' own otherwise."""
    source = _source(name)
    if dtype == "auto" and name in ALIASES:
        dtype = ALIASES[name].dtype
    kwargs: dict[str, Any] = {"dtype": dtype if dtype == "auto" else getattr(torch, dtype)}
    if device_map:
        kwargs["device_map"] = device_map
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(source)
        model = transformers.AutoModelForCausalLM.from_pretrained(source, **kwargs)
    except (OSError, ValueError, ImportError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ModelLoadError(
            f"cannot load model {name!r}: {first} (give a local folder with config.json and"
            " weights, or a hub id already in the Hugging Face cache when offline)"
        ) from None
    if not device_map:
        target = worker_device(
            device, os.environ.get("PYTEST_XDIST_WORKER"), torch.cuda.device_count()
        )
        model.to(target)
        threads = worker_threads(os.environ.get("PYTEST_XDIST_WORKER_COUNT"), os.cpu_count() or 1)
        if target == "cpu" and threads and "OMP_NUM_THREADS" not in os.environ:
            torch.set_num_threads(threads)
    model.eval()
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    revision = getattr(model.config, "_commit_hash", None)
    return LoadedModel(model, tokenizer, name, revision, fingerprint(model))


def _source(name: str) -> str:
    """The folder or hub id to load: `default` and the aliases name folders this package
    provides (an alias's is converted on first use)."""
    if name == DEFAULT_MODEL:
        if not (EMBEDDED / "config.json").is_file():
            raise ModelLoadError(
                f"the embedded default model is missing from {EMBEDDED}: reinstall pytest-apiedit"
                " (in a checkout: python benchmarks/train_default_model.py)"
            )
        return str(EMBEDDED)
    if name in ALIASES:
        try:
            return str(converted_folder(ALIASES[name]))
        except MissingWeights as missing:
            raise ModelLoadError(str(missing)) from None
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise ModelLoadError(
                f"model folder {name} has no config.json: point --model at a folder written by"
                " save_pretrained, or at a hub id"
            )
        return str(path)
    if name.startswith((".", "/", "~")):
        raise ModelLoadError(f"model folder {name} does not exist: check the --model path")
    return name
