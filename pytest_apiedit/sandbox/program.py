"""The program process: the only place untrusted code runs.

It is forked by the forker (`forker.py`) with a channel to its judge, reads what to run from
that channel, confines itself (`isolation.confine`), builds its world and runs the program.
Then it either answers the judge's calls (call-based tests) or lets the program read stdin and
write stdout (stdio tests). It reports *facts* (returned plain values, raised exception types)
and never anything the judge takes on trust: the judge decides what passed.
"""

from __future__ import annotations

import fcntl
import os
import sys
import threading
from dataclasses import asdict, dataclass
from typing import Any, NoReturn

from pytest_apiedit.api.catalogue import get_modification
from pytest_apiedit.api.world import PROGRAM_FILENAME, WorldBuilder
from pytest_apiedit.sandbox.isolation import (
    ConfinementError,
    ResourceLimits,
    confine,
    name_process,
)
from pytest_apiedit.sandbox.wire import Channel, Unencodable, encode

MESSAGE_LIMIT = 16 << 20
CHANNEL_IN, CHANNEL_OUT = 3, 4
"""Where the program process finds its channel from and to the judge."""


@dataclass(frozen=True)
class ProgramSpec:
    source: str
    world: tuple[str, ...]
    workdir: str
    limits: ResourceLimits
    stdio: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProgramSpec:
        return cls(data["source"], tuple(data["world"]), data["workdir"],
                   ResourceLimits(**data["limits"]), data["stdio"])


def describe(exc: BaseException, world: WorldBuilder | None) -> dict[str, Any]:
    """What the judge needs to know of an exception, without trusting the exception object."""
    try:
        message = str(exc).partition("\n")[0][:300]
    except BaseException:  # a hostile __str__
        message = "<unprintable>"
    try:
        api = world.classify(exc) if world else None
    except BaseException:  # a hostile __getattr__
        api = None
    if world and isinstance(exc, TypeError | ValueError):
        message = world.reword(message)
    return {
        "type": type(exc).__name__,
        "message": message,
        "api": [api.error_class, api.owner, api.stale] if api else None,
        "memory": isinstance(exc, MemoryError),
    }


def program_main(fds: list[int], forker_pid: int) -> NoReturn:
    """Entry of a freshly forked program process. `fds` are the channel's two ends and, for a
    stdio test, the program's stdin and stdout."""
    _arrange_fds(fds)
    name_process("apiedit-program")
    channel = Channel(CHANNEL_IN, CHANNEL_OUT)
    spec = ProgramSpec.from_dict(channel.receive(MESSAGE_LIMIT))
    try:
        confine(spec.workdir, spec.limits, forker_pid)
    except ConfinementError as exc:
        channel.send({"error": describe(exc, None)})
        os._exit(0)
    world = WorldBuilder().apply(get_modification(i) for i in spec.world)
    if spec.stdio:
        run_stdio(spec, channel, world)
    serve_calls(spec, channel, world)


def _arrange_fds(fds: list[int]) -> None:
    """0 stdin, 1 stdout, 2 /dev/null, then the channel; nothing else of the forker stays open."""
    channel_in, channel_out, *stdio = (fcntl.fcntl(fd, fcntl.F_DUPFD, 100) for fd in fds)
    null = os.open(os.devnull, os.O_RDWR)
    stdin, stdout = stdio or (null, null)
    for fd, target in ((stdin, 0), (stdout, 1), (null, 2), (channel_in, CHANNEL_IN),
                       (channel_out, CHANNEL_OUT)):
        os.dup2(fd, target)
    os.closerange(CHANNEL_OUT + 1, os.sysconf("SC_OPEN_MAX"))


def serve_calls(spec: ProgramSpec, channel: Channel, world: WorldBuilder) -> NoReturn:
    """Run the module body, then answer `{"call": name, "args": [...], "kwargs": {...}}`."""
    namespace = world.program_globals("solution")
    try:
        exec(compile(spec.source, PROGRAM_FILENAME, "exec"), namespace)
    except BaseException as exc:
        channel.send({"error": describe(exc, world)})
        os._exit(0)
    channel.send({"ready": True})
    while True:
        request = channel.receive(MESSAGE_LIMIT)
        if request["call"] not in namespace:  # apart: a KeyError of the function is its own
            channel.send({"error": {"type": "NameError", "api": None, "memory": False,
                                    "message": f"name {request['call']!r} is not defined"}})
            continue
        function = namespace[request["call"]]
        try:
            reply = {"value": encode(function(*request["args"], **request["kwargs"]))}
        except Unencodable as exc:
            reply = {"unencodable": str(exc)}
        except BaseException as exc:
            reply = {"error": describe(exc, world)}
        channel.send(reply)


def run_stdio(spec: ProgramSpec, channel: Channel, world: WorldBuilder) -> NoReturn:
    """Run the program as `__main__` on its stdin; report how it ended on the channel."""
    sys.stdin = sys.__stdin__ = open(0, closefd=False)  # noqa: SIM115 - lives as long as we do
    sys.stdout = sys.__stdout__ = open(1, "w", closefd=False)  # noqa: SIM115
    outcome: dict[str, Any] = {"exit": 0}
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
