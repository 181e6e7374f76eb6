"""The zygote: a clean, pre-warmed Python process that forks one judge per sample.

Started by `Sandbox` with `python -s -P -c` and a scrubbed environment, it never imports torch or
anything of the caller's. It pre-imports what programs commonly use, so a fork costs about a
millisecond and a sample needs no interpreter start-up. Requests arrive as JSON lines on stdin;
verdicts leave as JSON lines on stdout, each tagged with its request id. At most `parallelism`
judges run at once; one that overruns its sample's budget is killed with its whole group.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import selectors
import shutil
import signal
import struct
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from pytest_apiedit.sandbox.judge import judge_main
from pytest_apiedit.sandbox.request import SampleRequest
from pytest_apiedit.sandbox.verdict import Adoption, ErrorClass, Verdict
from pytest_apiedit.sandbox.wire import unframe

PREWARM = (
    "array", "bisect", "calendar", "cmath", "collections", "copy", "dataclasses", "datetime",
    "decimal", "enum", "fractions", "functools", "hashlib", "heapq", "io", "itertools", "json",
    "math", "numbers", "operator", "random", "re", "statistics", "string", "textwrap", "typing",
    "unicodedata",
)
GRACE_S = 2.0
VERDICT_LIMIT = 16 << 20


@dataclass
class RunningJudge:
    request_id: Any
    request: SampleRequest
    pid: int
    result_fd: int
    workdir: str
    deadline: float
    buffer: bytearray = field(default_factory=bytearray)


class Zygote:
    def __init__(self, parallelism: int, requests_fd: int, replies_fd: int) -> None:
        self.parallelism = parallelism
        self.requests_fd, self.replies_fd = requests_fd, replies_fd
        self.pending: deque[tuple[Any, SampleRequest]] = deque()
        self.running: dict[int, RunningJudge] = {}
        self.selector = selectors.DefaultSelector()
        self.selector.register(requests_fd, selectors.EVENT_READ)
        self.partial_line = b""
        self.accepting = True
        self.sandbox_uid = pwd.getpwnam("nobody").pw_uid if os.getuid() == 0 else None

    def serve(self) -> None:
        while self.accepting or self.pending or self.running:
            while self.pending and len(self.running) < self.parallelism:
                self._start(*self.pending.popleft())
            timeout = None
            if self.running:
                next_deadline = min(j.deadline for j in self.running.values())
                timeout = max(0.0, next_deadline - time.monotonic())
            for key, _ in self.selector.select(timeout):
                if key.fd == self.requests_fd:
                    self._read_requests()
                else:
                    self._read_result(key.data)
            now = time.monotonic()
            for judge in [j for j in self.running.values() if j.deadline <= now]:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(judge.pid, signal.SIGKILL)
                self._finish(judge, overran=True)

    def _read_requests(self) -> None:
        data = os.read(self.requests_fd, 1 << 20)
        if not data:
            self.accepting = False
            self.selector.unregister(self.requests_fd)
            return
        *lines, self.partial_line = (self.partial_line + data).split(b"\n")
        for line in lines:
            message = json.loads(line)
            self.pending.append((message["id"], SampleRequest.from_dict(message["request"])))

    def _start(self, request_id: Any, request: SampleRequest) -> None:
        workdir = tempfile.mkdtemp(prefix="apiedit-")
        if self.sandbox_uid is not None:
            os.chown(workdir, self.sandbox_uid, -1)
        result_read, result_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(result_read)
                null = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(null, fd)
                os.closerange(3, result_write)
                os.closerange(result_write + 1, os.sysconf("SC_OPEN_MAX"))
                judge_main(request, workdir, result_write)
            finally:
                os._exit(0)
        os.close(result_write)
        deadline = time.monotonic() + request.limits.sample_timeout_s + GRACE_S
        judge = RunningJudge(request_id, request, pid, result_read, workdir, deadline)
        self.running[pid] = judge
        self.selector.register(result_read, selectors.EVENT_READ, judge)

    def _read_result(self, judge: RunningJudge) -> None:
        data = os.read(judge.result_fd, 1 << 16)
        if data and len(judge.buffer) < VERDICT_LIMIT:
            judge.buffer += data
        else:
            self._finish(judge, overran=False)

    def _finish(self, judge: RunningJudge, *, overran: bool) -> None:
        self.selector.unregister(judge.result_fd)
        os.close(judge.result_fd)
        os.waitpid(judge.pid, 0)
        del self.running[judge.pid]
        shutil.rmtree(judge.workdir, ignore_errors=True)
        verdict = None if overran else _parse_verdict(judge.buffer)
        if verdict is None:
            total = judge.request.suite.total
            verdict = Verdict.failure(
                ErrorClass.TIMEOUT if overran else ErrorClass.RUNTIME,
                "the sample overran its time budget" if overran else "the judge died",
                total,
            )
            if judge.request.focus_ids:
                verdict.adoption = Adoption.OTHER_FAILURE
        reply = json.dumps({"id": judge.request_id, "verdict": verdict.to_dict()}) + "\n"
        data = memoryview(reply.encode())
        while data:
            data = data[os.write(self.replies_fd, data) :]


def _parse_verdict(buffer: bytearray) -> Verdict | None:
    try:
        return Verdict.from_dict(unframe(bytes(buffer)))
    except (ValueError, TypeError, KeyError, struct.error):
        return None


def main() -> None:
    for module in PREWARM:
        __import__(module)
    # The protocol moves off fds 0 and 1, so nothing forked later can write a fake reply there.
    requests_fd, replies_fd = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.set_inheritable(requests_fd, False)
    os.set_inheritable(replies_fd, False)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the client decides when we stop
    Zygote(int(sys.argv[1]), requests_fd, replies_fd).serve()
