"""The program process: the only place untrusted code runs.

It is forked by the judge, confines itself (`isolation.confine`), builds its world, runs the
program, then either answers the judge's calls (call-based tests) or lets the program read stdin
and write stdout (stdio tests). It reports *facts* (returned plain values, raised exception
types) and never anything the judge takes on trust: the judge decides what passed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from dataclasses import dataclass
from typing import Any, NoReturn

from pytest_apiedit.api.catalogue import get_modification
from pytest_apiedit.sandbox.isolation import ResourceLimits, confine
from pytest_apiedit.sandbox.wire import Channel, Unencodable, encode
from pytest_apiedit.sandbox.world import PROGRAM_FILENAME, WorldBuilder

MESSAGE_LIMIT = 64 << 20


@dataclass(frozen=True)
class ProgramSpec:
    source: str
    world: tuple[str, ...]
    workdir: str
    limits: ResourceLimits


def describe(exc: BaseException, world: WorldBuilder) -> dict[str, Any]:
    """What the judge needs to know of an exception, without trusting the exception object."""
    try:
        message = str(exc).partition("\n")[0][:300]
    except BaseException:  # a hostile __str__
        message = "<unprintable>"
    return {
        "type": type(exc).__name__,
        "message": message,
        "api": world.classify(exc),
        "memory": isinstance(exc, MemoryError),
    }


def _start(
    spec: ProgramSpec, judge_pid: int, keep: tuple[int, ...]
) -> tuple[WorldBuilder, list[str]]:
    _close_fds_except(keep)
    missing = confine(spec.workdir, spec.limits, judge_pid)
    world = WorldBuilder().apply(get_modification(i) for i in spec.world)
    return world, missing


def serve_calls(spec: ProgramSpec, channel: Channel, judge_pid: int) -> NoReturn:
    """Run the module body, then answer `{"call": name, "args": [...], "kwargs": {...}}`."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    world, missing = _start(spec, judge_pid, (0, 1, 2, channel.read_fd, channel.write_fd))
    namespace = world.program_globals("solution")
    try:
        exec(compile(spec.source, PROGRAM_FILENAME, "exec"), namespace)
    except BaseException as exc:
        channel.send({"error": describe(exc, world), "missing": missing})
        os._exit(0)
    channel.send({"ready": True, "missing": missing})
    while True:
        request = channel.receive(MESSAGE_LIMIT)
        try:
            function = namespace[request["call"]]
            reply = {"value": encode(function(*request["args"], **request["kwargs"]))}
        except KeyError:
            reply = {"error": {"type": "NameError", "api": None, "memory": False,
                               "message": f"name {request['call']!r} is not defined"}}
        except Unencodable as exc:
            reply = {"unencodable": str(exc)}
        except BaseException as exc:
            reply = {"error": describe(exc, world)}
        channel.send(reply)


def run_stdio(
    spec: ProgramSpec, channel: Channel, stdin_fd: int, stdout_fd: int, judge_pid: int
) -> NoReturn:
    """Run the program as `__main__` on the given stdin; report how it ended on the channel."""
    os.dup2(stdin_fd, 0)
    os.dup2(stdout_fd, 1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    world, missing = _start(spec, judge_pid, (0, 1, 2, channel.write_fd))
    sys.stdin = sys.__stdin__ = open(0, closefd=False)  # noqa: SIM115 - lives as long as we do
    sys.stdout = sys.__stdout__ = open(1, "w", closefd=False)  # noqa: SIM115
    outcome: dict[str, Any] = {"exit": 0, "missing": missing}
    try:
        exec(compile(spec.source, PROGRAM_FILENAME, "exec"), world.program_globals("__main__"))
    except SystemExit as exc:
        outcome["exit"] = 0 if exc.code is None else exc.code if type(exc.code) is int else 1
    except BaseException as exc:
        outcome["error"] = describe(exc, world)
    _join_threads()
    try:
        sys.stdout.flush()
    except BaseException as exc:
        outcome.setdefault("error", describe(exc, world))
    channel.send(outcome)
    os._exit(0)


def _join_threads() -> None:
    """Wait for the program's non-daemon threads, as interpreter shutdown would: APPS solutions
    often run `main` in a thread (for its stack size) and never join it."""
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()


def _close_fds_except(keep: tuple[int, ...]) -> None:
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd not in keep:
            with contextlib.suppress(OSError):  # the listing's own descriptor, already gone
                os.close(fd)
