"""Where the plugin keeps what it computes once (generations, covariances, converted models), the
file lock that lets concurrent xdist workers compute a thing once and share it, and the atomic
write every layer saves a file with."""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def cache_root() -> Path:
    """`$PYTEST_APIEDIT_CACHE`, else the XDG cache directory."""
    explicit = os.environ.get("PYTEST_APIEDIT_CACHE")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pytest-apiedit"


class CacheError(Exception):
    """The cache folder cannot be created or written."""


def check_cache_writable() -> None:
    """Create `cache_root()` and write to it once: a folder that cannot hold the cache fails
    with one line before a model loads, not as an error on every item of every worker."""
    root = cache_root()
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=root):
            pass
    except OSError as error:
        raise CacheError(
            f"cannot write the cache folder {root} ({error.strerror}):"
            " set PYTEST_APIEDIT_CACHE to a writable folder"
        ) from None


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if absent): the others wait, then find the work
    done."""
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def atomic_write(path: Path, content: str | bytes | Callable[[Path], None]) -> None:
    """Write `path` whole or not at all: a reader (another xdist worker, a rerun after an
    interrupt) finds the old file or the new one, never half of one. `content` is the text, the
    bytes, or a function writing the file at the path it is given (`torch.save`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # one per process: no clash
    try:
        if isinstance(content, bytes):
            partial.write_bytes(content)
        elif isinstance(content, str):
            partial.write_text(content)
        else:
            content(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)  # left only by a failed write
