"""The judge: runs one sample's tests and decides its verdict.

The judge is trusted code in the original world. Test code runs here, in the judge; the
program runs in a confined process (`program.py`) that the tests reach through `RemoteFunction`
proxies. Returned values arrive as plain data, so assertions, comparisons and the verdict are
all computed where the program cannot touch them. Judges are long-lived workers of the zygote,
one sample at a time; every program process comes fresh from the forker, never from a judge,
so no test or expected output is ever in a program's memory.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import ctypes
import functools
import math
import os
import resource
import shutil
import signal
import tempfile
import time
import types
import warnings
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

from pytest_apiedit.api.catalogue import get_modification
from pytest_apiedit.api.names import ProgramIndex
from pytest_apiedit.sandbox.forker import ForkerConnection
from pytest_apiedit.sandbox.isolation import SANDBOX_UID, ResourceLimits
from pytest_apiedit.sandbox.program import MESSAGE_LIMIT, ProgramSpec
from pytest_apiedit.sandbox.request import SampleRequest
from pytest_apiedit.sandbox.suite import CANDIDATE
from pytest_apiedit.sandbox.verdict import (
    API_ERRORS,
    PASS,
    ErrorClass,
    Verdict,
    classify_adoption,
)
from pytest_apiedit.sandbox.wire import Channel, ChannelClosed, Unencodable, encode

PR_SET_DUMPABLE = 4
REQUEST_LIMIT = 1 << 30


class TestTimeout(BaseException):
    """A BaseException, so that a test's own `except Exception` cannot swallow it."""

    __test__ = False


class ProgramExited(Exception):
    """The program process ended while the judge waited for it (exit, crash, kill)."""


class ProgramError(Exception):
    """Raised in the judge for an exception the program raised; also an instance of its type."""

    info: dict[str, Any]

    @property
    def error_class(self) -> ErrorClass:
        return error_class_of(self.info)


_ERROR_TYPES: dict[type, type] = {}


def error_info(raw: Any) -> dict[str, Any]:
    """The program's account of an exception, reduced to well-formed fields. It may lie in them,
    but only to its own harm: no account of an error makes a test pass."""
    info = raw if isinstance(raw, dict) else {}
    api = info.get("api")
    well_formed_api = (isinstance(api, list) and len(api) == 3 and api[0] in API_ERRORS
                       and isinstance(api[1], str) and isinstance(api[2], bool))
    return {
        "type": str(info.get("type"))[:100],
        "message": str(info.get("message"))[:300],
        "api": api if well_formed_api else None,
        "memory": info.get("memory") is True,
    }


def program_error(raw: Any) -> ProgramError:
    """An exception of the program's (builtin) type, so tests that expect it can catch it."""
    info = error_info(raw)
    base = getattr(builtins, str(info.get("type")), None)
    if not (isinstance(base, type) and issubclass(base, Exception)):
        base = Exception
    if base not in _ERROR_TYPES:
        # (Exception, ProgramError) has no consistent MRO: ProgramError already is an Exception.
        _ERROR_TYPES[base] = (ProgramError if base is Exception
                              else type(base.__name__, (base, ProgramError), {}))
    error = _ERROR_TYPES[base](info.get("message", ""))
    error.info = info
    return error


def error_class_of(info: dict[str, Any]) -> ErrorClass:
    if info.get("api"):
        return ErrorClass(info["api"][0])
    return ErrorClass.MEMORY if info.get("memory") else ErrorClass.RUNTIME


MIN_CHECK_S = 0.005


def _process_cpu_clock(pid: int) -> int:
    """Linux's clock of a process's CPU time, all its threads (`MAKE_PROCESS_CPUCLOCK`)."""
    return (~pid << 3) | 2


class CpuMeter:
    """The CPU time that program processes use during one stretch of the judge's waiting.

    The program of a stretch may change (a call server stopped by a timeout is started again
    by the next call): a process already running when the stretch begins counts from there, one
    started later from its birth. A process that has ended keeps its last reading.
    """

    def __init__(self, current_pid: Callable[[], int]) -> None:
        self.current_pid = current_pid
        self.readings: dict[int, list[float]] = {}
        """pid -> [CPU seconds at the start of the stretch, at the latest reading]."""
        if (pid := current_pid()) and (now := _cpu_seconds(pid)) is not None:
            self.readings[pid] = [now, now]

    def used(self) -> float:
        if (pid := self.current_pid()) and (now := _cpu_seconds(pid)) is not None:
            self.readings.setdefault(pid, [0.0, 0.0])[1] = now
        return sum(latest - start for start, latest in self.readings.values())


def _cpu_seconds(pid: int) -> float | None:
    try:
        return time.clock_gettime(_process_cpu_clock(pid))
    except OSError:  # it has ended and been reaped
        return None


@contextlib.contextmanager
def deadline(wall_s: float, cpu_s: float = math.inf,
             meter: CpuMeter | None = None) -> Iterator[None]:
    """Raise TestTimeout in the judge once the program's CPU time in the block reaches `cpu_s`
    (so a verdict does not depend on the machine's load), or after `wall_s` of wall-clock time
    (the backstop for a program that sleeps or blocks)."""
    wall_end = time.monotonic() + wall_s

    def left() -> float:
        cpu_left = cpu_s - meter.used() if meter else math.inf
        return min(cpu_left, wall_end - time.monotonic())

    def check(signum: int, frame: Any) -> None:
        if (remaining := left()) <= 0:
            raise TestTimeout
        # CPU time grows no faster than the wall clock per thread: look again when it could
        # be spent.
        signal.setitimer(signal.ITIMER_REAL, max(remaining, MIN_CHECK_S))

    if min(wall_s, cpu_s) <= 0:
        raise TestTimeout
    previous = signal.signal(signal.SIGALRM, check)
    signal.setitimer(signal.ITIMER_REAL, min(wall_s, cpu_s))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if meter and meter.used() > cpu_s:  # threads can spend it faster than we look
        raise TestTimeout


class Outcome:
    """What happened to one test case (or to the module body)."""

    def __init__(self, error_class: ErrorClass | None = None, message: str = "",
                 api_owner: str | None = None, stale: bool = False) -> None:
        self.error_class, self.message = error_class, message
        self.api_owner = api_owner
        """The modification whose API surface raised the error, if one did."""
        self.stale = stale
        """That error came from using the API as it was (not from misusing it as it is)."""

    @property
    def passed(self) -> bool:
        return self.error_class is None

    @classmethod
    def of_error(cls, raw: Any) -> Outcome:
        info = error_info(raw)
        owner, stale = info["api"][1:] if info.get("api") else (None, False)
        return cls(error_class_of(info), f"{info.get('type')}: {info.get('message')}", owner,
                   stale)


class ProgramProcess:
    """The judge's handle on one confined program process and its channel."""

    def __init__(self, spec: ProgramSpec, forker: ForkerConnection) -> None:
        self.spec, self.forker = spec, forker
        self.pid = 0
        self.channel: Channel | None = None
        self.status: int | None = None

    def start(self, stdio_fds: tuple[int, int] | ()) -> Channel:
        """Fork it (its stdin and stdout are `stdio_fds`, else /dev/null) and send its spec."""
        program_in, judge_out = os.pipe()
        judge_in, program_out = os.pipe()
        try:
            self.pid = self.forker.spawn([program_in, program_out, *stdio_fds])
        finally:
            os.close(program_in)
            os.close(program_out)
        self.channel = Channel(judge_in, judge_out)
        with contextlib.suppress(BrokenPipeError):  # it died: the first receive reports it
            self.channel.send(self.spec.to_dict())
        return self.channel

    def receive(self) -> dict[str, Any]:
        """The next message of the program; a dict, else the program is stopped."""
        assert self.channel is not None
        try:
            reply = self.channel.receive(MESSAGE_LIMIT)
        except ChannelClosed:
            self.stop()
            raise ProgramExited("the program exited") from None
        except ValueError as exc:  # oversized or garbled: the program wrote on our channel
            self.stop()
            raise ProgramExited(f"the program broke its channel: {exc}") from None
        if not isinstance(reply, dict):
            self.stop()
            raise ProgramExited("the program broke its channel")
        return reply

    def stop(self) -> None:
        """Kill it (whole group) and wait until it is gone; keeps its wait status."""
        if self.pid:
            self.status = self.forker.kill_and_reap(self.pid)
            self.pid = 0
        if self.channel is not None:
            self.channel.close()
            self.channel = None


class CallServer(ProgramProcess):
    """A program process that ran the module body and answers calls to its functions."""

    def open(self) -> Outcome:
        self.start(())
        reply = self.receive()
        return Outcome.of_error(reply["error"]) if "error" in reply else Outcome()

    def call(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if self.channel is None:
            started = self.open()
            if not started.passed:
                raise program_error({"type": "RuntimeError", "message": started.message})
        try:
            message = {"call": name, "args": encode(list(args)), "kwargs": encode(kwargs)}
        except Unencodable as exc:
            message = f"the tests passed an argument that is not plain data: {exc}"
            raise RuntimeError(message) from None
        assert self.channel is not None
        try:
            self.channel.send(message)
        except BrokenPipeError:
            self.stop()
            raise ProgramExited("the program exited") from None
        reply = self.receive()
        if "value" in reply:
            return reply["value"]
        if "unencodable" in reply:
            raise AssertionError(f"the program returned something else than plain data: "
                                 f"{reply['unencodable']}")
        raise program_error(reply.get("error"))


class RemoteFunction:
    """Stands in the tests' namespace for a function of the program."""

    def __init__(self, server: CallServer, name: str) -> None:
        self._server, self.__name__ = server, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._server.call(self.__name__, args, kwargs)


class Judge:
    def __init__(self, request: SampleRequest, workdir: str, forker: ForkerConnection) -> None:
        self.request = request
        self.limits = request.limits
        self.forker = forker
        self.spec = ProgramSpec(
            source=request.program,
            world=request.world,
            workdir=workdir,
            limits=ResourceLimits(
                memory_bytes=request.limits.memory_mb << 20,
                cpu_seconds=int(request.limits.sample_timeout_s) + 2,
            ),
            stdio=request.suite.is_stdio,
        )
        self.sample_deadline = time.monotonic() + request.limits.wall_backstop(
            request.limits.sample_timeout_s)
        """The wall-clock backstop of the whole sample."""
        self.cpu_used = 0.0
        """CPU seconds the sample's program processes used so far."""

    def verdict(self) -> Verdict:
        started = time.monotonic()
        verdict = self._verdict()
        verdict.wall_s = round(time.monotonic() - started, 6)
        return verdict

    def _verdict(self) -> Verdict:
        request, total = self.request, self.request.suite.total
        for modification_id in request.world:  # an unknown id fails here, not in the program
            get_modification(modification_id)
        focus = [get_modification(i) for i in request.focus_ids]
        if len(request.program.encode()) > self.limits.program_bytes:
            message = f"the program is larger than {self.limits.program_bytes} bytes"
            return self._assemble([Outcome(ErrorClass.RUNTIME, message)] * total,
                                  compiled=False, uses_old=False, uses_new=False)
        try:  # under the sample's deadline: a large program must not hold the judge
            with deadline(self.sample_deadline - time.monotonic()):
                with warnings.catch_warnings():  # a sample's odd literal is not our warning
                    warnings.simplefilter("ignore", SyntaxWarning)
                    tree = ast.parse(request.program)
                index = ProgramIndex.of(tree) if focus else None
                uses_old = any(m.uses_old(index) for m in focus if index)
                uses_new = any(m.uses_new(index) for m in focus if index)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
            # CPython cannot compile what its parser or our walk of the tree cannot handle.
            return self._assemble(
                [Outcome(ErrorClass.SYNTAX, f"{type(exc).__name__}: {exc}")] * total,
                compiled=False, uses_old=False, uses_new=False)
        except TestTimeout:
            return self._assemble(
                [Outcome(ErrorClass.TIMEOUT, "the program is too large to analyse in time")]
                * total, compiled=False, uses_old=False, uses_new=False)
        # Python decides: the detectors only label the program; running it judges it.
        outcomes = self._run_stdio() if request.suite.is_stdio else self._run_calls()
        compiled = not any(o.api_owner for o in outcomes)
        return self._assemble(outcomes, compiled=compiled, uses_old=uses_old, uses_new=uses_new)

    def _assemble(self, outcomes: list[Outcome], *, compiled: bool, uses_old: bool,
                  uses_new: bool) -> Verdict:
        focus = set(self.request.focus_ids)
        failures = [o for o in outcomes if not o.passed]
        passed = compiled and not failures
        surface = [o for o in failures if o.api_owner in focus]
        adoption = classify_adoption(
            passed=passed, uses_old=uses_old, uses_new=uses_new,
            reached_old=any(o.stale for o in surface),
            misused_new=any(not o.stale for o in surface),
        ) if focus else None
        return Verdict(
            compiled=compiled,
            passed=passed,
            # Levels are nested: a sample that does not compile passes nothing.
            tests_passed=len(outcomes) - len(failures) if compiled else 0,
            tests_total=len(outcomes),
            adoption=adoption,
            error_class=failures[0].error_class if failures else None,
            error=failures[0].message if failures else None,
            uses_old=uses_old,
            uses_new=uses_new,
            outcomes=[PASS if o.passed else str(o.error_class) for o in outcomes],
        )

    @contextlib.contextmanager
    def _limited(self, process: ProgramProcess) -> Iterator[None]:
        """One test case (or the module body): its own limit on the program's CPU time, within
        what is left of the sample's, and their wall-clock backstops."""
        limits = self.limits
        cpu_s = min(limits.test_timeout_s, limits.sample_timeout_s - self.cpu_used)
        wall_s = min(limits.wall_backstop(limits.test_timeout_s),
                     self.sample_deadline - time.monotonic())
        meter = CpuMeter(lambda: process.pid)
        try:
            with deadline(wall_s, cpu_s, meter):
                yield
        finally:
            self.cpu_used += meter.used()

    # -- call-based tests ------------------------------------------------------------------

    def _run_calls(self) -> list[Outcome]:
        suite = self.request.suite
        server = CallServer(self.spec, self.forker)
        try:
            try:
                with self._limited(server):
                    body = server.open()
            except TestTimeout:
                body = Outcome(ErrorClass.TIMEOUT, "the module body timed out")
            except ProgramExited as exc:
                body = Outcome(ErrorClass.RUNTIME, str(exc))
            if not body.passed:
                return [body] * suite.total
            namespace: dict[str, Any] = {"__name__": "tests"}
            for name in suite.program_names:
                namespace[name] = RemoteFunction(server, name)
            assert suite.entry_point is not None
            namespace[CANDIDATE] = namespace[suite.entry_point]
            outcomes = []
            for step in suite.steps:
                outcome = self._run_step(step.source, namespace, server)
                if step.is_case:
                    outcomes.append(outcome)
            return outcomes
        finally:
            server.stop()

    def _run_step(self, source: str, namespace: dict[str, Any], server: CallServer) -> Outcome:
        try:
            with self._limited(server):
                exec(_compiled_step(source), namespace)
        except TestTimeout:
            server.stop()
            return Outcome(ErrorClass.TIMEOUT, "timed out")
        except ProgramError as exc:
            return Outcome.of_error(exc.info)
        except ProgramExited as exc:
            return Outcome(ErrorClass.RUNTIME, str(exc))
        except AssertionError as exc:
            return Outcome(ErrorClass.WRONG_ANSWER, f"AssertionError: {exc}".rstrip(": "))
        except Exception as exc:  # the tests failed on what the program returned
            return Outcome(ErrorClass.WRONG_ANSWER, f"{type(exc).__name__}: {exc}")
        return Outcome()

    # -- stdin/stdout tests ----------------------------------------------------------------

    def _run_stdio(self) -> list[Outcome]:
        return [self._run_stdio_case(stdin, expected) for stdin, expected in
                self.request.suite.stdio]

    def _run_stdio_case(self, stdin: str, expected: str) -> Outcome:
        stdin_fd = os.memfd_create("stdin")
        os.write(stdin_fd, stdin.encode())
        os.lseek(stdin_fd, 0, os.SEEK_SET)
        out_read, out_write = os.pipe()
        program = ProgramProcess(self.spec, self.forker)
        try:
            with self._limited(program):
                try:
                    program.start((stdin_fd, out_write))
                finally:
                    os.close(stdin_fd)
                    os.close(out_write)
                output = bytearray()
                while chunk := os.read(out_read, 1 << 16):
                    output += chunk
                    if len(output) > self.limits.output_bytes:
                        return Outcome(ErrorClass.RUNTIME, "output limit exceeded")
                report = program.receive()  # sent last, just before it exits
        except TestTimeout:
            return Outcome(ErrorClass.TIMEOUT, "timed out")
        except ProgramExited:
            report = None
        finally:
            os.close(out_read)
            program.stop()
        if report is None:
            status = program.status or 0
            return Outcome(ErrorClass.RUNTIME, f"the program died ({_describe_status(status)})")
        if "error" in report:
            return Outcome.of_error(report["error"])
        if report.get("exit") != 0:
            return Outcome(ErrorClass.RUNTIME, f"the program exited with {report.get('exit')}")
        if not same_output(output.decode(errors="replace"), expected):
            return Outcome(ErrorClass.WRONG_ANSWER, "wrong output")
        return Outcome()


@functools.lru_cache(maxsize=4096)
def _compiled_step(source: str) -> types.CodeType:
    """Samples of one problem share its tests: compile each step once per judge."""
    return compile(source, "<tests>", "exec")


def _describe_status(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.WEXITSTATUS(status)}"


def same_output(actual: str, expected: str) -> bool:
    """APPS-style comparison: equal lines, else equal tokens, else equal numbers (1e-6)."""
    if actual.split("\n") == expected.split("\n") or actual.strip() == expected.strip():
        return True
    got, want = actual.split(), expected.split()
    if got == want:
        return True
    if len(got) != len(want):
        return False
    try:
        return all(abs(float(g) - float(w)) <= 1e-6 * max(1.0, abs(float(w)))
                   for g, w in zip(got, want, strict=True))
    except ValueError:
        return False


JUDGE_MEMORY_BYTES = 4 << 30


def judge_main(requests: Channel, verdicts: Channel, forker: ForkerConnection,
               workroot: str) -> NoReturn:
    """Entry point of a judge worker forked by the zygote: judge requests until they stop."""
    os.setpgid(0, 0)
    ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # nobody may read our memory
    # A program can make us decode a message up to MESSAGE_LIMIT: that may fail, not swap.
    resource.setrlimit(resource.RLIMIT_AS, (JUDGE_MEMORY_BYTES, JUDGE_MEMORY_BYTES))
    while True:
        try:
            request = SampleRequest.from_dict(requests.receive(REQUEST_LIMIT))
        except ChannelClosed:
            os._exit(0)
        workdir = tempfile.mkdtemp(prefix="sample-", dir=workroot)
        if SANDBOX_UID is not None:
            os.chown(workdir, SANDBOX_UID, -1)
        try:
            verdict = Judge(request, workdir, forker).verdict()
        except (Exception, TestTimeout) as exc:  # a bug of ours; never a pass
            verdict = Verdict.failure(
                ErrorClass.RUNTIME, f"the judge failed: {type(exc).__name__}: {exc}",
                request.suite.total, focused=bool(request.focus_ids))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        verdicts.send(verdict.to_dict())
