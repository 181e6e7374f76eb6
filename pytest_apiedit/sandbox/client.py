"""`Sandbox`: the caller's handle on the zygote. Safe to use from a process that loaded torch.

The zygote is started with fork+exec of a fresh interpreter, so nothing of the caller (CUDA
state, model weights, pytest) reaches the processes that run programs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

from pytest_apiedit.sandbox.request import SampleRequest
from pytest_apiedit.sandbox.verdict import Verdict

_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
_BOOTSTRAP = (
    "import sys; sys.path.insert(0, {root!r}); "
    "from pytest_apiedit.sandbox.zygote import main; main()"
)


class SandboxError(RuntimeError):
    pass


def scrubbed_environment() -> dict[str, str]:
    """Programs see no secrets, proxies or caller settings; hashing is seeded for determinism."""
    return {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": "/nonexistent",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


class Sandbox:
    """Runs samples in parallel, each in a fresh confined process, and returns their verdicts.

    >>> with Sandbox() as sandbox:
    ...     verdicts = sandbox.run_many(requests)
    """

    def __init__(self, parallelism: int | None = None) -> None:
        if sys.platform != "linux":
            raise SandboxError("the sandbox needs Linux (fork, prctl, seccomp, landlock)")
        self.parallelism = parallelism or os.cpu_count() or 1
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._next_id = 0

    def start(self) -> Sandbox:
        if self._process is None:
            self._process = subprocess.Popen(
                [sys.executable, "-s", "-P", "-c", _BOOTSTRAP.format(root=_PACKAGE_ROOT),
                 str(self.parallelism)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=scrubbed_environment(),
                cwd="/",
                close_fds=True,
                start_new_session=True,
            )
        return self

    def close(self) -> None:
        if self._process is not None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def run(self, request: SampleRequest) -> Verdict:
        return self.run_many([request])[0]

    def run_many(self, requests: Sequence[SampleRequest]) -> list[Verdict]:
        """Verdicts in the order of `requests`; the zygote runs them `parallelism` at a time."""
        with self._lock:
            process = self.start()._process
            assert process is not None and process.stdin and process.stdout
            first = self._next_id
            self._next_id += len(requests)
            lines = b"".join(
                json.dumps({"id": first + i, "request": r.to_dict()}).encode() + b"\n"
                for i, r in enumerate(requests)
            )
            # Write from a thread: the zygote answers while we are still sending.
            writer = threading.Thread(target=_write, args=(process.stdin, lines), daemon=True)
            writer.start()
            verdicts: dict[int, Verdict] = {}
            while len(verdicts) < len(requests):
                line = process.stdout.readline()
                if not line:
                    raise SandboxError(f"the sandbox process died (exit {process.poll()})")
                reply = json.loads(line)
                verdicts[reply["id"] - first] = Verdict.from_dict(reply["verdict"])
            writer.join()
            return [verdicts[i] for i in range(len(requests))]


def _write(stream: IO[bytes], data: bytes) -> None:
    stream.write(data)
    stream.flush()
