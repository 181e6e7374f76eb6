"""The zygote: a clean, pre-warmed Python process that runs samples on long-lived judges.

Started by `Sandbox` with `python -s -P -c` and a scrubbed environment, it never imports torch
or anything of the caller's. Before it reads its first request it forks the forker
(`forker.py`), the pristine parent of every program process; then it starts `parallelism`
judges (`judge.py`) and hands each the next request as soon as it is free. Requests arrive as
JSON lines on stdin; verdicts leave as JSON lines on stdout, tagged with their request id. A
judge that overruns its sample's budget is killed with its whole group and replaced.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import socket
import struct
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, NoReturn

from pytest_apiedit.sandbox.forker import Forker, ForkerConnection
from pytest_apiedit.sandbox.isolation import (
    close_fds_except,
    die_with_parent,
    kill_process_group,
    name_process,
)
from pytest_apiedit.sandbox.judge import judge_main
from pytest_apiedit.sandbox.program import program_main
from pytest_apiedit.sandbox.request import SampleRequest
from pytest_apiedit.sandbox.verdict import ErrorClass, Verdict
from pytest_apiedit.sandbox.wire import Channel, unframe

PREWARM = (
    "array", "bisect", "calendar", "cmath", "collections", "copy", "dataclasses", "datetime",
    "decimal", "enum", "fractions", "functools", "hashlib", "heapq", "io", "itertools", "json",
    "math", "numbers", "operator", "random", "re", "statistics", "string", "textwrap", "typing",
    "unicodedata",
)
GRACE_S = 2.0
_FRAME = struct.Struct(">I")


@dataclass
class Task:
    request_id: Any
    tests_total: int
    focused: bool
    deadline: float


@dataclass
class JudgeWorker:
    """The zygote's handle on one judge process."""

    pid: int
    requests: Channel
    verdict_fd: int
    workroot: str
    task: Task | None = None
    buffer: bytearray = field(default_factory=bytearray)

    def frame_complete(self) -> bool:
        if len(self.buffer) < _FRAME.size:
            return False
        return len(self.buffer) >= _FRAME.size + _FRAME.unpack_from(self.buffer)[0]


class Zygote:
    def __init__(self, parallelism: int, requests_fd: int, replies_fd: int,
                 forker: tuple[int, socket.socket]) -> None:
        self.requests_fd, self.replies_fd = requests_fd, replies_fd
        self.forker_pid, self.forker_control = forker
        self.root = tempfile.mkdtemp(prefix="apiedit-")
        os.chmod(self.root, 0o711)  # programs running as `nobody` reach their workdir below
        self.selector = selectors.DefaultSelector()
        self.selector.register(requests_fd, selectors.EVENT_READ)
        self.selector.register(self.forker_control, selectors.EVENT_READ)
        self.pending: deque[tuple[Any, dict[str, Any]]] = deque()
        self.partial_line = b""
        self.accepting = True
        self.judges = [self._start_judge() for _ in range(parallelism)]

    def serve(self) -> None:
        while self.accepting or self.pending or self._busy():
            for judge in self.judges:
                if judge.task is None and self.pending:
                    self._assign(judge, *self.pending.popleft())
            deadlines = [j.task.deadline for j in self._busy()]
            timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            for key, _ in self.selector.select(timeout):
                if key.fd == self.requests_fd:
                    self._read_requests()
                elif key.fileobj is self.forker_control:
                    sys.exit("the sandbox's forker died")
                else:
                    self._read_verdict(key.data)
            now = time.monotonic()
            for judge in self._busy():
                if judge.task.deadline <= now:
                    self._replace(judge, ErrorClass.TIMEOUT, "the sample overran its time budget")
        self._shut_down()

    def _busy(self) -> list[JudgeWorker]:
        return [j for j in self.judges if j.task is not None]

    def _read_requests(self) -> None:
        data = os.read(self.requests_fd, 1 << 20)
        if not data:
            self.accepting = False
            self.selector.unregister(self.requests_fd)
            return
        *lines, self.partial_line = (self.partial_line + data).split(b"\n")
        for line in lines:
            message = json.loads(line)
            self.pending.append((message["id"], message["request"]))

    def _assign(self, judge: JudgeWorker, request_id: Any, request: dict[str, Any]) -> None:
        sample = SampleRequest.from_dict(request)
        budget = sample.limits.wall_backstop(sample.limits.sample_timeout_s) + GRACE_S
        judge.task = Task(request_id, sample.suite.total, bool(sample.focus_ids),
                          time.monotonic() + budget)
        try:
            judge.requests.send(request)
        except BrokenPipeError:
            self._replace(judge, ErrorClass.RUNTIME, "the judge died")

    def _read_verdict(self, judge: JudgeWorker) -> None:
        data = os.read(judge.verdict_fd, 1 << 16)
        if not data:
            self._replace(judge, ErrorClass.RUNTIME, "the judge died")
            return
        judge.buffer += data
        if judge.frame_complete() and judge.task is not None:
            self._reply(judge.task.request_id, Verdict.from_dict(unframe(bytes(judge.buffer))))
            judge.task = None
            judge.buffer.clear()

    def _replace(self, judge: JudgeWorker, error_class: ErrorClass, message: str) -> None:
        """Kill a judge that died or overran, answer for its sample, start another."""
        kill_process_group(judge.pid)
        os.waitpid(judge.pid, 0)
        self.selector.unregister(judge.verdict_fd)
        os.close(judge.verdict_fd)
        judge.requests.close()
        shutil.rmtree(judge.workroot, ignore_errors=True)
        if judge.task is not None:
            task = judge.task
            self._reply(task.request_id, Verdict.failure(error_class, message, task.tests_total,
                                                         focused=task.focused))
        self.judges[self.judges.index(judge)] = self._start_judge()

    def _reply(self, request_id: Any, verdict: Verdict) -> None:
        reply = json.dumps({"id": request_id, "verdict": verdict.to_dict()}) + "\n"
        data = memoryview(reply.encode())
        while data:
            data = data[os.write(self.replies_fd, data) :]

    def _start_judge(self) -> JudgeWorker:
        judge_end, forker_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        socket.send_fds(self.forker_control, [b"j"], [forker_end.fileno()])
        forker_end.close()
        request_read, request_write = os.pipe()
        verdict_read, verdict_write = os.pipe()
        workroot = tempfile.mkdtemp(prefix="judge-", dir=self.root)
        os.chmod(workroot, 0o711)
        zygote_pid = os.getpid()
        pid = os.fork()
        if pid == 0:
            try:
                close_fds_except({request_read, verdict_write, judge_end.fileno()})
                die_with_parent(zygote_pid)
                name_process("apiedit-judge")
                judge_main(Channel(request_read, -1), Channel(-1, verdict_write),
                           ForkerConnection(judge_end), workroot)
            finally:
                os._exit(1)
        judge_end.close()
        os.close(request_read)
        os.close(verdict_write)
        judge = JudgeWorker(pid, Channel(-1, request_write), verdict_read, workroot)
        self.selector.register(verdict_read, selectors.EVENT_READ, judge)
        return judge

    def _shut_down(self) -> None:
        for judge in self.judges:
            judge.requests.close()  # a judge exits when its requests end
            os.waitpid(judge.pid, 0)
        self.forker_control.close()  # the forker exits when its control ends
        os.waitpid(self.forker_pid, 0)
        shutil.rmtree(self.root, ignore_errors=True)


def _start_forker() -> tuple[int, socket.socket]:
    """Fork the forker now, while this process holds no request."""
    zygote_end, forker_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    zygote_pid = os.getpid()
    pid = os.fork()
    if pid == 0:
        try:
            zygote_end.close()
            close_fds_except({forker_end.fileno()})
            die_with_parent(zygote_pid)
            name_process("apiedit-forker")
            Forker(forker_end, program_main).serve()
        finally:
            os._exit(1)
    forker_end.close()
    return pid, zygote_end


def main() -> NoReturn:
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
    name_process("apiedit-zygote")
    forker = _start_forker()
    Zygote(int(sys.argv[1]), requests_fd, replies_fd, forker).serve()
    sys.exit(0)
