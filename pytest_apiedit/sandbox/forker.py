"""The forker: the pristine process that every program process is forked from.

The zygote forks it before reading any request, and it never receives tests, expected outputs
or other samples' programs: only the file descriptors a new program process is to get, and pids
to reap. So whatever a program digs out of its own memory (`gc.get_objects`, raw `ctypes` reads)
is this process's state, the standard library and the sandbox's code, and holds no answers.

Each judge has its own SOCK_SEQPACKET connection to it:

    spawn, with the program's fds  ->  pid
    reap pid                       ->  wait status, once the process has ended

A program is reaped only when its judge asks, so the pid a judge kills is never a recycled one.
When a judge's connection closes (the judge died), its programs are killed and reaped.
"""

from __future__ import annotations

import contextlib
import gc
import os
import selectors
import signal
import socket
import struct
from collections.abc import Callable, Iterator
from typing import NoReturn

from pytest_apiedit.sandbox.isolation import kill_process_group

_SPAWN, _REAP = b"s", b"r"
_INT = struct.Struct("=i")
MAX_FDS = 8

ProgramMain = Callable[[list[int], int], NoReturn]
"""Runs in the forked child: (the fds its judge sent, the forker's pid)."""


class Forker:
    def __init__(self, control: socket.socket, program_main: ProgramMain) -> None:
        self.control = control
        self.program_main = program_main
        self.selector = selectors.DefaultSelector()
        self.selector.register(control, selectors.EVENT_READ, self._accept_judge)
        self.programs: dict[socket.socket, dict[int, int]] = {}
        """Per judge connection: pid -> pidfd of each program not yet reaped."""

    def serve(self) -> NoReturn:
        gc.freeze()  # children share these pages: a collection in a child must not touch them
        while True:
            for key, _ in self.selector.select():
                key.data(key.fileobj)

    def _accept_judge(self, control: socket.socket) -> None:
        message, fds, _, _ = socket.recv_fds(control, 16, 1)
        if not message:  # the zygote is gone
            for connection in list(self.programs):
                self._close(connection)
            os._exit(0)
        connection = socket.socket(fileno=fds[0])
        self.programs[connection] = {}
        self.selector.register(connection, selectors.EVENT_READ, self._serve_judge)

    def _serve_judge(self, connection: socket.socket) -> None:
        try:
            message, fds, _, _ = socket.recv_fds(connection, 16, MAX_FDS)
        except OSError:
            message, fds = b"", []
        if not message:
            self._close(connection)
        elif message == _SPAWN:
            connection.send(_INT.pack(self._spawn(connection, fds)))
        elif message[:1] == _REAP:
            (pid,) = _INT.unpack(message[1:])
            pidfd = self.programs[connection].pop(pid)
            self.selector.register(pidfd, selectors.EVENT_READ,
                                   lambda _: self._reaped(pidfd, pid, connection))
        for fd in fds:
            os.close(fd)

    def _spawn(self, connection: socket.socket, fds: list[int]) -> int:
        """The new program's pid, or minus the errno of a failed fork."""
        forker_pid = os.getpid()
        try:
            pid = os.fork()
        except OSError as exc:
            return -(exc.errno or 1)
        if pid == 0:
            try:
                self.program_main(fds, forker_pid)
            finally:
                os._exit(1)
        self.programs[connection][pid] = os.pidfd_open(pid)
        return pid

    def _reaped(self, pidfd: int, pid: int, connection: socket.socket | None) -> None:
        self.selector.unregister(pidfd)
        os.close(pidfd)
        _, status = os.waitpid(pid, 0)
        if connection is not None:
            with contextlib.suppress(OSError):  # the judge died meanwhile
                connection.send(_INT.pack(status))

    def _close(self, connection: socket.socket) -> None:
        """The judge is gone: nobody will kill or reap its programs but us."""
        self.selector.unregister(connection)
        for pid, pidfd in self.programs.pop(connection).items():
            kill_process_group(pid)
            self.selector.register(pidfd, selectors.EVENT_READ,
                                   lambda _, fd=pidfd, pid=pid: self._reaped(fd, pid, None))
        connection.close()


class ForkerConnection:
    """A judge's end of its connection to the forker."""

    def __init__(self, connection: socket.socket) -> None:
        self.connection = connection

    def spawn(self, fds: list[int]) -> int:
        """Fork a program process that gets `fds`; returns its pid."""
        with _alarm_deferred():
            socket.send_fds(self.connection, [_SPAWN], fds)
            (pid,) = _INT.unpack(self._receive())
        if pid < 0:
            raise OSError(-pid, f"the forker could not fork: {os.strerror(-pid)}")
        return pid

    def kill_and_reap(self, pid: int) -> int:
        """Kill the program's whole group; returns its wait status once it has ended."""
        kill_process_group(pid)
        with _alarm_deferred():
            self.connection.send(_REAP + _INT.pack(pid))
            return _INT.unpack(self._receive())[0]

    def _receive(self) -> bytes:
        reply = self.connection.recv(_INT.size)
        if len(reply) != _INT.size:
            raise ConnectionError("the sandbox's forker is gone")
        return reply


@contextlib.contextmanager
def _alarm_deferred() -> Iterator[None]:
    """A test deadline (SIGALRM) must not cut a request from its reply: it fires just after."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
