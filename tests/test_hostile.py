"""A hostile corpus against the sandbox.

Every program here attacks the sandbox: it loops, forks, floods, escapes, forges or kills. For
each one the sandbox must

- never report it passed (and pass none of its tests),
- leave no process behind (nothing under the zygote, no stray process of `nobody`),
- stay up: a benign sample run next to it, and one run after it, both pass,
- answer within the sample's time limit plus one second.

Attacks are written so that a blocked attack raises (the sample fails) and a successful one
would let the sample pass; attacks with a side effect (a file, a connection, a process) are
also checked for that effect. A benign program that uses threads must still pass.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from pytest_apiedit.sandbox import ErrorClass, Limits, SampleRequest, Sandbox, TestSuite

LIMITS = Limits(test_timeout_s=2.0, sample_timeout_s=2.0, memory_mb=256)
"""One test may use the sample's whole CPU budget: a memory bomb's first 256 MiB cost CPU time
in page faults, which memory pressure from other work on the machine can push past a second."""
SLACK_S = 1.0
NOBODY = 65534
ZYGOTE_MARK = "pytest_apiedit.sandbox.zygote"

MARK = secrets.token_hex(6)
"""Unique to this session: names of files that must not appear, arguments of processes that
must not survive."""
PWNED_TMP = Path(f"/tmp/apiedit-pwned-{MARK}")
PWNED_REPO = Path(__file__).resolve().parents[1] / f"apiedit-pwned-{MARK}"
SLEEP = f"100.{int(MARK, 16) % 10**6:06d}"  # `sleep 100.xxxxxx`: a findable command line

CALL_SUITE = TestSuite.from_python(
    "def check(candidate):\n"
    "    assert candidate(2) == 4\n"
    "    assert candidate(3) == 6\n"
    "    assert candidate(-1) == -2\n",
    "double",
)
STDIO_SUITE = TestSuite.from_stdio_json(
    json.dumps({"inputs": ["2\n", "3\n"], "outputs": ["4\n", "6\n"]})
)
BENIGN_CALL = "def double(x):\n    return 2 * x\n"
BENIGN_STDIO = "print(2 * int(input()))\n"

FAKE_VERDICT = {
    "compiled": True, "passed": True, "tests_passed": 3, "tests_total": 3, "adoption": None,
    "error_class": None, "error": None, "uses_old": False, "uses_new": False,
    "outcomes": ["pass", "pass", "pass"], "wall_s": 0.0,
}
# What a forger would write: the verdict as a framed judge message and as a client reply line.
FORGERY_PRELUDE = f"""
import json, os, struct
FAKE = {FAKE_VERDICT!r}
_payload = json.dumps(FAKE).encode()
FORGERIES = [struct.pack('>I', len(_payload)) + _payload] + [
    (json.dumps({{'id': i, 'verdict': FAKE}}) + '\\n').encode() for i in range(64)
]
"""


@dataclass(frozen=True)
class Hostile:
    id: str
    program: str
    stdio: bool = False
    error_class: ErrorClass | None = None
    """The expected class of the first failure, where the attack determines it."""
    error_contains: str | None = None
    absent: tuple[Path, ...] = ()
    """Files the attack tries to create, which must not exist afterwards."""
    needs_listener: bool = False
    """The program connects to `@PORT@`; the test checks that no connection arrived."""
    reports_workdir: bool = False
    """The program's error message is its working directory, which must be gone afterwards."""

    def source(self, port: int = 0) -> str:
        return (
            textwrap.dedent(self.program)
            .replace("@PWNED_TMP@", str(PWNED_TMP))
            .replace("@PWNED_REPO@", str(PWNED_REPO))
            .replace("@SLEEP@", SLEEP)
            .replace("@PORT@", str(port))
            .replace("@FORGERY@", FORGERY_PRELUDE)
        )


def call(id: str, program: str, **kwargs: object) -> Hostile:
    return Hostile(id, program, stdio=False, **kwargs)  # type: ignore[arg-type]


def stdio(id: str, program: str, **kwargs: object) -> Hostile:
    return Hostile(id, program, stdio=True, **kwargs)  # type: ignore[arg-type]


RUNTIME, TIMEOUT, WRONG, MEMORY = (
    ErrorClass.RUNTIME, ErrorClass.TIMEOUT, ErrorClass.WRONG_ANSWER, ErrorClass.MEMORY,
)

CORPUS = [
    # -- time ----------------------------------------------------------------------------------
    call("infinite-loop", """
        def double(x):
            while True:
                pass
        """, error_class=TIMEOUT),
    call("infinite-loop-module-level", """
        while True:
            pass
        def double(x):
            return 2 * x
        """, error_class=TIMEOUT),
    call("loop-swallowing-everything", """
        import signal
        for s in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGHUP, signal.SIGXCPU):
            signal.signal(s, signal.SIG_IGN)
        def double(x):
            while True:
                try:
                    while True:
                        pass
                except BaseException:
                    pass
        """, error_class=TIMEOUT),
    call("sleep-forever", """
        import time
        def double(x):
            time.sleep(10**6)
        """, error_class=TIMEOUT),
    stdio("stdio-infinite-loop", """
        while True:
            pass
        """, error_class=TIMEOUT),
    stdio("stdio-close-stdout-and-spin", """
        import os
        print(4)
        os.close(1)
        while True:
            pass
        """, error_class=TIMEOUT),
    # -- processes -----------------------------------------------------------------------------
    call("fork-bomb", """
        import os
        def double(x):
            while True:
                os.fork()
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("fork-bomb-module-level", """
        import os
        while True:
            os.fork()
        def double(x):
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("fork-bomb-subprocess", """
        import subprocess, sys
        def double(x):
            while True:
                subprocess.Popen([sys.executable, '-c', 'import os\\nwhile True: os.fork()'])
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("fork-bomb-shell", """
        import subprocess
        def double(x):
            subprocess.run(':(){ :|:& };:', shell=True, check=True)
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("fork-bomb-os-system", """
        import os
        def double(x):
            if os.system(':(){ :|:& };:') != 0:
                raise RuntimeError('os.system failed')
            return 2 * x
        """, error_class=RUNTIME),
    call("fork-bomb-multiprocessing", """
        import multiprocessing
        def bomb():
            while True:
                multiprocessing.Process(target=bomb).start()
        def double(x):
            bomb()
        """, error_class=RUNTIME),
    call("fork-bomb-libc", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        def double(x):
            while True:
                if libc.fork() == -1:
                    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("fork-bomb-raw-syscall", """
        import ctypes, os, platform
        libc = ctypes.CDLL(None, use_errno=True)
        SYS_FORK = {'x86_64': 57}.get(platform.machine())
        def double(x):
            if SYS_FORK is None:  # no fork syscall here (aarch64): clone is what libc.fork uses
                raise PermissionError('no fork syscall on this machine')
            while True:
                if libc.syscall(SYS_FORK) == -1:
                    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("multiprocessing-pool", """
        import multiprocessing
        def double(x):
            with multiprocessing.Pool(4) as pool:
                return pool.apply(int.__mul__, (2, x))
        """, error_class=RUNTIME),
    call("posix-spawn", """
        import os
        def double(x):
            os.posix_spawn('/bin/sleep', ['sleep', '@SLEEP@'], {})
            return 2 * x
        """, error_class=RUNTIME),
    call("detached-grandchild-fork-setsid", """
        import os, time
        def double(x):
            if os.fork() == 0:
                os.setsid()
                if os.fork() == 0:
                    time.sleep(100)
                os._exit(0)
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("detached-grandchild-popen", """
        import subprocess
        def double(x):
            subprocess.Popen(['sleep', '@SLEEP@'], start_new_session=True)
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    stdio("stdio-detached-grandchild-popen", """
        import subprocess
        subprocess.Popen(['sleep', '@SLEEP@'], start_new_session=True)
        print(2 * int(input()))
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("thread-bomb", """
        import threading
        def spin():
            while True:
                pass
        def double(x):
            while True:
                threading.Thread(target=spin, daemon=True).start()
        """),
    # -- memory and disk -----------------------------------------------------------------------
    call("memory-bomb-one-allocation", """
        def double(x):
            return len(bytearray(1 << 40))
        """, error_class=MEMORY),
    call("memory-bomb-growing", """
        def double(x):
            hog = []
            while True:
                hog.append(bytearray(1 << 20))
        """, error_class=MEMORY),
    call("memory-bomb-module-level", """
        hog = ['x' * (1 << 20) + str(i) for i in range(10**6)]
        def double(x):
            return 2 * x
        """, error_class=MEMORY),
    call("memory-bomb-mmap", """
        import mmap
        def double(x):
            area = mmap.mmap(-1, 1 << 40)
            return 2 * x
        """, error_class=RUNTIME),
    stdio("stdio-memory-bomb", """
        hog = []
        while True:
            hog.append(bytearray(1 << 20))
        """, error_class=MEMORY),
    call("stack-overflow-segfault", """
        import sys
        sys.setrecursionlimit(10**9)
        def down(n):
            return down(n + 1) + 1
        def double(x):
            return down(0)
        """),
    call("null-pointer-segfault", """
        import ctypes
        def double(x):
            return ctypes.string_at(0)
        """, error_class=RUNTIME),
    call("fill-the-disk", """
        def double(x):
            with open('big', 'wb') as f:
                for _ in range(4096):
                    f.write(b'x' * (1 << 20))
            return 2 * x
        """, error_class=RUNTIME),
    call("undeletable-workdir", """
        import os
        def double(x):
            os.makedirs('a/b/c')
            with open('a/b/c/f', 'w') as f:
                f.write('x')
            os.chmod('a/b/c', 0)
            os.chmod('a/b', 0)
            os.chmod('a', 0)
            raise RuntimeError(os.getcwd())
        """, error_class=RUNTIME, reports_workdir=True),
    # -- output --------------------------------------------------------------------------------
    call("print-gigabytes", """
        import sys
        def double(x):
            chunk = 'x' * (1 << 20)
            for _ in range(8 << 10):
                print(chunk)
                sys.stderr.write(chunk)
        """),
    stdio("stdio-output-flood", """
        import sys
        print(2 * int(input()))
        chunk = 'x' * (1 << 20)
        while True:
            sys.stdout.write(chunk)
        """, error_class=RUNTIME, error_contains="output limit"),
    stdio("stdio-output-flood-whitespace", """
        import os
        os.write(1, str(2 * int(input())).encode() + b'\\n')
        while True:
            os.write(1, b' ' * (1 << 20))
        """, error_class=RUNTIME, error_contains="output limit"),
    # -- files ---------------------------------------------------------------------------------
    call("write-to-tmp", """
        def double(x):
            with open('@PWNED_TMP@', 'w') as f:
                f.write('pwned')
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError",
         absent=(PWNED_TMP,)),
    call("write-to-repo", """
        def double(x):
            with open('@PWNED_REPO@', 'w') as f:
                f.write('pwned')
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError",
         absent=(PWNED_REPO,)),
    call("write-through-symlink", """
        import os
        def double(x):
            os.symlink('/tmp', 'escape')
            with open('escape/@PWNED_TMP@'.replace('/tmp/', ''), 'w') as f:
                f.write('pwned')
            return 2 * x
        """, error_class=RUNTIME, absent=(PWNED_TMP,)),
    call("write-through-parent-dir", """
        import os
        def double(x):
            os.chdir('..')
            with open(os.path.basename('@PWNED_TMP@'), 'w') as f:
                f.write('pwned')
            return 2 * x
        """, error_class=RUNTIME, absent=(PWNED_TMP,)),
    call("move-out-of-workdir", """
        import os
        def double(x):
            with open('inside', 'w') as f:
                f.write('pwned')
            os.rename('inside', '@PWNED_TMP@')
            return 2 * x
        """, error_class=RUNTIME, absent=(PWNED_TMP,)),
    call("hard-link-out-of-workdir", """
        import os
        def double(x):
            with open('inside', 'w') as f:
                f.write('pwned')
            os.link('inside', '@PWNED_TMP@')
            return 2 * x
        """, error_class=RUNTIME, absent=(PWNED_TMP,)),
    call("mkdir-outside", """
        import os
        def double(x):
            os.mkdir('@PWNED_TMP@')
            return 2 * x
        """, error_class=RUNTIME, absent=(PWNED_TMP,)),
    stdio("stdio-write-to-tmp", """
        with open('@PWNED_TMP@', 'w') as f:
            f.write('pwned')
        print(2 * int(input()))
        """, error_class=RUNTIME, absent=(PWNED_TMP,)),
    # -- network -------------------------------------------------------------------------------
    call("socket-connect", """
        import socket
        def double(x):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.connect(('127.0.0.1', @PORT@))
            s.sendall(b'pwned')
            return 2 * x
        """, error_class=RUNTIME, needs_listener=True),
    call("socket-connect-libc", """
        import ctypes, os, struct
        libc = ctypes.CDLL(None, use_errno=True)
        def check(result):
            if result == -1:
                raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
            return result
        def double(x):
            fd = check(libc.socket(2, 1, 0))  # AF_INET, SOCK_STREAM
            address = struct.pack('<H', 2) + struct.pack('>H', @PORT@) + bytes([127, 0, 0, 1])
            check(libc.connect(fd, address + bytes(8), 16))
            os.write(fd, b'pwned')
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError", needs_listener=True),
    call("socket-bind-libc", """
        import ctypes, os, struct
        libc = ctypes.CDLL(None, use_errno=True)
        def check(result):
            if result == -1:
                raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
            return result
        def double(x):
            fd = check(libc.socket(2, 1, 0))
            check(libc.bind(fd, struct.pack('<H', 2) + bytes(14), 16))
            check(libc.listen(fd, 1))
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("socket-unix-libc", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        def double(x):
            pair = (ctypes.c_int * 2)()
            for result in (libc.socket(1, 1, 0), libc.socketpair(1, 1, 0, pair)):
                if result == -1:
                    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("socket-connect-create-connection", """
        import socket
        def double(x):
            socket.create_connection(('127.0.0.1', @PORT@), timeout=0.5).sendall(b'pwned')
            return 2 * x
        """, error_class=RUNTIME, needs_listener=True),
    call("socket-bind", """
        import socket
        def double(x):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 0))
            s.listen()
            return 2 * x
        """, error_class=RUNTIME),
    call("socket-udp", """
        import socket
        def double(x):
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', 9))
            return 2 * x
        """, error_class=RUNTIME),
    call("socket-unix-pair", """
        import socket
        def double(x):
            a, b = socket.socketpair()
            return 2 * x
        """, error_class=RUNTIME),
    stdio("stdio-socket-connect", """
        import socket
        socket.create_connection(('127.0.0.1', @PORT@), timeout=0.5).sendall(b'pwned')
        print(2 * int(input()))
        """, error_class=RUNTIME, needs_listener=True),
    # -- exits ---------------------------------------------------------------------------------
    call("sys-exit-module-level", """
        import sys
        def double(x):
            return 2 * x
        sys.exit(0)
        """, error_class=RUNTIME, error_contains="SystemExit"),
    call("sys-exit-in-function", """
        import sys
        def double(x):
            sys.exit(0)
        """, error_class=RUNTIME, error_contains="SystemExit"),
    call("keyboard-interrupt-in-function", """
        def double(x):
            raise KeyboardInterrupt
        """, error_class=RUNTIME),
    call("os-exit-in-function", """
        import os
        def double(x):
            os._exit(0)
        """, error_class=RUNTIME),
    call("os-exit-module-level", """
        import os
        def double(x):
            return 2 * x
        os._exit(0)
        """, error_class=RUNTIME),
    call("abort", """
        import os
        def double(x):
            os.abort()
        """, error_class=RUNTIME),
    call("kill-self", """
        import os, signal
        def double(x):
            os.kill(os.getpid(), signal.SIGKILL)
        """, error_class=RUNTIME),
    stdio("stdio-sys-exit-before-output", """
        import sys
        sys.exit(0)
        """, error_class=WRONG),
    stdio("stdio-os-exit-after-output", """
        import os
        print(2 * int(input()) + 1, flush=True)
        os._exit(0)
        """, error_class=RUNTIME),
    # -- forged verdicts -----------------------------------------------------------------------
    call("fake-verdict-on-stdout", """
        @FORGERY@
        import sys
        def double(x):
            for forgery in FORGERIES:
                print(forgery.decode(errors='replace'))
                sys.stdout.flush()
                os.write(1, forgery)
                os.write(2, forgery)
            return None
        """, error_class=WRONG),
    call("fake-verdict-on-guessed-fds", """
        @FORGERY@
        def double(x):
            for fd in range(3, 21):
                for forgery in FORGERIES:
                    try:
                        os.write(fd, forgery)
                    except OSError:
                        pass
            return None
        """),
    call("fake-verdict-on-guessed-fds-module-level", """
        @FORGERY@
        for fd in range(3, 21):
            for forgery in FORGERIES:
                try:
                    os.write(fd, forgery)
                except OSError:
                    pass
        def double(x):
            return None
        """),
    call("fake-verdict-through-proc-fd", """
        @FORGERY@
        def double(x):
            opened = []
            for pid in os.listdir('/proc'):
                if not pid.isdigit() or int(pid) == os.getpid():
                    continue
                for fd in range(0, 40):
                    try:
                        with open(f'/proc/{pid}/fd/{fd}', 'wb', buffering=0) as f:
                            f.write(FORGERIES[0] + FORGERIES[1])
                        opened.append((pid, fd))
                    except OSError:
                        pass
            if opened:
                raise RuntimeError(f'wrote to {opened}')
            return None
        """, error_class=WRONG),
    call("garbage-on-own-channel", """
        import os
        def double(x):
            for fd in range(3, 21):
                try:
                    os.write(fd, b'\\xff\\xff\\xff\\xfe' + b'garbage' * 1000)
                except OSError:
                    pass
            return 2 * x
        """),
    stdio("stdio-fake-verdict", """
        @FORGERY@
        import sys
        for forgery in FORGERIES:
            sys.stdout.write(forgery.decode(errors='replace'))
        sys.stdout.flush()
        for fd in (2, *range(3, 21)):
            for forgery in FORGERIES:
                try:
                    os.write(fd, forgery)
                except OSError:
                    pass
        """),
    stdio("stdio-fake-exit-report", """
        import json, os, struct
        report = json.dumps({'exit': 0, 'missing': []}).encode()
        for fd in range(3, 21):
            try:
                os.write(fd, struct.pack('>I', len(report)) + report)
            except OSError:
                pass
        print('wrong')
        os._exit(1)
        """),
    # -- forged equality -----------------------------------------------------------------------
    call("eq-override-object", """
        class AlwaysEqual:
            def __eq__(self, other):
                return True
            def __ne__(self, other):
                return False
            __hash__ = object.__hash__
        def double(x):
            return AlwaysEqual()
        """, error_class=WRONG, error_contains="plain data"),
    call("eq-override-int-subclass", """
        class Int(int):
            def __eq__(self, other):
                return True
            __hash__ = int.__hash__
        def double(x):
            return Int(0)
        """, error_class=WRONG, error_contains="plain data"),
    call("eq-override-str-subclass", """
        class Str(str):
            def __eq__(self, other):
                return True
            __hash__ = str.__hash__
        def double(x):
            return Str('nope')
        """, error_class=WRONG, error_contains="plain data"),
    call("eq-override-smuggled-past-encoder", """
        import sys
        class AlwaysEqual:
            def __eq__(self, other):
                return True
        for name, module in list(sys.modules.items()):
            if name.startswith('pytest_apiedit') and hasattr(module, 'encode'):
                module.encode = lambda value, depth=0: value
        def double(x):
            return AlwaysEqual()
        """),
    # -- monkeypatching ------------------------------------------------------------------------
    call("patch-builtins", """
        import builtins
        class Never(BaseException):
            pass
        builtins.AssertionError = Never
        builtins.__dict__['assert'] = lambda *a: None
        builtins.isinstance = lambda *a: True
        builtins.Exception = Never
        def double(x):
            return None
        """),
    call("patch-sandbox-modules", """
        import sys
        for name, module in list(sys.modules.items()):
            if not name.startswith('pytest_apiedit'):
                continue
            for attribute in ('same_output', 'classify_adoption'):
                if hasattr(module, attribute):
                    setattr(module, attribute, lambda *a, **k: True)
            if hasattr(module, 'Outcome'):
                module.Outcome.passed = property(lambda self: True)
            if hasattr(module, 'Verdict'):
                module.Verdict.passed = True
            if hasattr(module, 'Judge'):
                module.Judge._assemble = lambda self, *a, **k: None
        def double(x):
            return None
        """, error_class=WRONG),
    call("patch-found-by-gc", """
        import gc
        def double(x):
            for obj in gc.get_objects():
                name = type(obj).__name__
                try:
                    if name in ('Verdict', 'Outcome'):
                        object.__setattr__(obj, 'passed', True)
                        object.__setattr__(obj, 'error_class', None)
                    elif name == 'Judge':
                        obj.verdict = lambda: None
                    elif isinstance(obj, dict) and 'candidate' in obj:
                        obj['candidate'] = lambda *a: 2 * a[0]
                except Exception:
                    pass
            return None
        """, error_class=WRONG),
    stdio("stdio-patch-sandbox-modules", """
        import gc, sys
        for name, module in list(sys.modules.items()):
            if name.startswith('pytest_apiedit') and hasattr(module, 'same_output'):
                module.same_output = lambda *a: True
        for obj in gc.get_objects():
            if type(obj).__name__ == 'Limits':
                try:
                    object.__setattr__(obj, 'output_bytes', 1 << 40)
                except Exception:
                    pass
        print('wrong')
        """, error_class=WRONG),
    # -- signals -------------------------------------------------------------------------------
    call("kill-parent", """
        import os
        def double(x):
            os.kill(os.getppid(), 9)
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("killpg-parent", """
        import os
        def double(x):
            os.killpg(os.getpgid(os.getppid()), 9)
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("kill-everything", """
        import os
        def double(x):
            os.kill(-1, 9)
            return 2 * x
        """, error_class=RUNTIME, error_contains="PermissionError"),
    call("kill-every-pid", """
        import os
        def double(x):
            killed = []
            for pid in os.listdir('/proc'):
                if pid.isdigit() and int(pid) != os.getpid():
                    try:
                        os.kill(int(pid), 9)
                        killed.append(pid)
                    except OSError:
                        pass
            raise RuntimeError(f'killed {killed}')
        """, error_class=RUNTIME, error_contains="killed []"),
    call("pidfd-kill-every-pid", """
        import os, signal
        def double(x):
            killed = []
            for pid in os.listdir('/proc'):
                if pid.isdigit() and int(pid) != os.getpid():
                    try:
                        fd = os.pidfd_open(int(pid))
                        try:
                            signal.pidfd_send_signal(fd, signal.SIGKILL)
                            killed.append(pid)
                        finally:
                            os.close(fd)
                    except OSError:
                        pass
            raise RuntimeError(f'killed {killed}')
        """, error_class=RUNTIME, error_contains="killed []"),
    stdio("stdio-kill-parent", """
        import os
        os.kill(os.getppid(), 9)
        print(2 * int(input()))
        """, error_class=RUNTIME, error_contains="PermissionError"),
    # -- reading the tests -----------------------------------------------------------------------
    call("read-other-processes-memory", """
        import os
        def double(x):
            read = []
            for pid in os.listdir('/proc'):
                if pid.isdigit() and int(pid) != os.getpid():
                    try:
                        with open(f'/proc/{pid}/maps') as maps:
                            start = int(maps.readline().split('-')[0], 16)
                        with open(f'/proc/{pid}/mem', 'rb') as memory:
                            memory.seek(start)
                            memory.read(1)
                        read.append(pid)
                    except (OSError, ValueError):
                        pass
            raise RuntimeError(f'read memory of {read}')
        """, error_class=RUNTIME, error_contains="read memory of []"),
    call("read-tests-from-memory", """
        import ast, gc
        def double(x):
            for obj in gc.get_objects():
                if type(obj).__name__ == 'TestSuite':
                    for step in obj.steps:
                        test = ast.parse(step.source).body[0].test
                        if ast.literal_eval(test.left.args[0]) == x:
                            return ast.literal_eval(test.comparators[0])
            raise LookupError('no tests found')
        """),
    stdio("stdio-read-expected-output-from-memory", """
        import gc, sys
        given = sys.stdin.read()
        for obj in gc.get_objects():
            if type(obj).__name__ == 'TestSuite':
                for stdin, expected in obj.stdio:
                    if stdin == given:
                        print(expected, end='')
                        sys.exit(0)
        raise LookupError('no tests found')
        """),
    # -- flooding the judge ----------------------------------------------------------------------
    call("deeply-nested-expression", "def double(x):\n    return " + "-" * 200_000 + "x\n"),
    call("long-expression", "def double(x):\n    return 0" + "+x" * 1_000_000 + "\n"),
    call("huge-program", "".join(f"def f{i}(x):\n    return x\n" for i in range(100_000))
         + "def double(x):\n    return None\n", error_contains="larger than"),
    call("largest-program", "".join(f"def f{i}(x):\n    return x\n" for i in range(9_000))
         + "def double(x):\n    return None\n", error_class=WRONG),
    call("channel-json-bomb", """
        import gc, os, struct
        def double(x):
            channel = next(o for o in gc.get_objects() if type(o).__name__ == 'Channel')
            payload = b'{"value":[' + b'[],' * 20_000_000 + b'[]]}'
            data = memoryview(struct.pack('>I', len(payload)) + payload)
            while data:
                data = data[os.write(channel.write_fd, data):]
            while True:
                pass
        """),
    call("channel-deep-nesting", """
        import gc, os, struct
        def double(x):
            channel = next(o for o in gc.get_objects() if type(o).__name__ == 'Channel')
            payload = b'{"value":' + b'[' * 1_000_000 + b']' * 1_000_000 + b'}'
            os.write(channel.write_fd, struct.pack('>I', len(payload)) + payload)
            while True:
                pass
        """),
    call("channel-forged-error-class", """
        import gc, json, os, struct
        def double(x):
            channel = next(o for o in gc.get_objects() if type(o).__name__ == 'Channel')
            payload = json.dumps({'error': {'type': 'SystemExit', 'message': 'x',
                                            'api': ['pass', 'nobody'], 'memory': False}}).encode()
            os.write(channel.write_fd, struct.pack('>I', len(payload)) + payload)
            while True:
                pass
        """),
]


# -- processes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Process:
    pid: int
    ppid: int
    uid: int
    state: str
    cmdline: str
    name: str


def processes() -> dict[int, Process]:
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                name, _, rest = f.read().partition("(")[2].rpartition(")")
                fields = rest.split()
            with open(f"/proc/{entry}/status") as f:
                uid = next(int(line.split()[1]) for line in f if line.startswith("Uid:"))
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, StopIteration):
            continue  # gone meanwhile
        found[int(entry)] = Process(int(entry), int(fields[1]), uid, fields[0], cmdline, name)
    return found


def ancestors(pid: int, table: dict[int, Process]) -> Iterator[Process]:
    seen = set()
    while pid in table and pid not in seen:
        seen.add(pid)
        pid = table[pid].ppid
        if pid in table:
            yield table[pid]


def leftovers(sandbox: Sandbox) -> list[Process]:
    """Processes the sandbox should not have left: anything under our zygote but its own
    long-lived children (the forker and one judge per slot), any process of `nobody` not under
    some other live zygote (another session's), anything named after MARK."""
    assert sandbox._process is not None
    zygote_pid, table = sandbox._process.pid, processes()
    services = [p for p in table.values() if p.ppid == zygote_pid and p.state != "Z"]
    left = [] if len(services) == sandbox.parallelism + 1 else services
    for process in table.values():
        if process.pid == zygote_pid or process in services:
            continue
        chain = list(ancestors(process.pid, table))
        under_zygote = any(p.pid == zygote_pid for p in chain)
        marked = MARK in process.cmdline or SLEEP in process.cmdline
        stray = process.uid == NOBODY and not any(ZYGOTE_MARK in p.cmdline for p in chain)
        if under_zygote or marked or stray:
            left.append(process)
    return left


def assert_no_leftovers(sandbox: Sandbox) -> None:
    assert not (left := wait_for_leftovers(sandbox)), f"processes left behind: {left}"


def wait_for_leftovers(sandbox: Sandbox) -> list[Process]:
    """What is left once live processes had 0.5 s, and zombies 3 s, to go."""
    started = time.monotonic()
    while left := leftovers(sandbox):
        waited = time.monotonic() - started
        if waited > 3.0 or (waited > 0.5 and any(p.state != "Z" for p in left)):
            break
        time.sleep(0.05)
    return left


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def sandbox(apiedit_sandbox: Sandbox) -> Sandbox:
    """The session's sandbox (from the plugin); restarted if an earlier test brought it down, so
    that only the test that did it fails."""
    process = apiedit_sandbox._process
    if process is None or process.poll() is not None:
        apiedit_sandbox.close()
        apiedit_sandbox.start()
    assert_no_leftovers(apiedit_sandbox)
    return apiedit_sandbox


@pytest.fixture(scope="module")
def listener() -> Iterator[socket.socket]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    yield server
    server.close()


def accepted(server: socket.socket) -> list[str]:
    connections = []
    with contextlib.suppress(BlockingIOError):
        while True:
            connection, address = server.accept()
            connections.append(str(address))
            connection.close()
    return connections


def benign(is_stdio: bool) -> SampleRequest:
    if is_stdio:
        return SampleRequest(BENIGN_STDIO, STDIO_SUITE, limits=LIMITS)
    return SampleRequest(BENIGN_CALL, CALL_SUITE, limits=LIMITS)


# -- tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize("hostile", [pytest.param(h, id=h.id) for h in CORPUS])
def test_hostile_program(sandbox: Sandbox, listener: socket.socket, hostile: Hostile) -> None:
    port = listener.getsockname()[1]
    accepted(listener)  # forget connections of earlier tests, if any
    suite = STDIO_SUITE if hostile.stdio else CALL_SUITE
    request = SampleRequest(hostile.source(port), suite, limits=LIMITS)
    started = time.monotonic()
    # A benign sample runs beside it: attacks on other processes must not reach it.
    verdict, neighbour = sandbox.run_many([request, benign(hostile.stdio)])
    elapsed = time.monotonic() - started

    problems = []
    if verdict.passed:
        problems.append("a hostile program passed")
    if verdict.tests_passed != 0 or verdict.tests_total != suite.total:
        problems.append(f"passed {verdict.tests_passed} of {verdict.tests_total} tests")
    if hostile.error_class is not None and verdict.error_class != hostile.error_class:
        problems.append(f"failed with {verdict.error_class}, expected {hostile.error_class}")
    if hostile.error_contains is not None and hostile.error_contains not in (verdict.error or ""):
        problems.append(f"its error does not mention {hostile.error_contains!r}")
    limit = LIMITS.wall_backstop(LIMITS.sample_timeout_s) + SLACK_S
    if verdict.wall_s > limit or elapsed > limit:
        problems.append(f"took {elapsed:.2f}s (judge {verdict.wall_s:.2f}s), limit {limit}s")
    if left := wait_for_leftovers(sandbox):
        problems.append(f"processes left behind: {left}")
    problems += [f"the program created {path}" for path in hostile.absent if path.exists()]
    if hostile.needs_listener and (connections := accepted(listener)):
        problems.append(f"the program connected to the host from {connections}")
    if hostile.reports_workdir:
        workdir = (verdict.error or "").partition(": ")[2]
        if not workdir.startswith("/") or os.path.exists(workdir):
            problems.append(f"its working directory {workdir!r} was left")
    if not neighbour.passed:
        problems.append(f"a benign sample run beside it failed: {neighbour}")
    after = sandbox.run(benign(hostile.stdio))
    if not after.passed:
        problems.append(f"a benign sample run after it failed: {after}")
    assert not problems, f"{problems}\n{verdict}"
    assert_no_leftovers(sandbox)


def programs_under(zygote: int) -> list[Process]:
    table = processes()
    return [p for p in table.values() if p.name == "apiedit-program"
            and any(a.pid == zygote for a in ancestors(p.pid, table))]


def test_a_judge_that_dies_is_replaced_and_its_program_killed(sandbox: Sandbox) -> None:
    program = "import time\n\ndef double(x):\n    time.sleep(60)\n"
    limits = Limits(test_timeout_s=30.0, sample_timeout_s=30.0)
    assert sandbox._process is not None
    zygote = sandbox._process.pid
    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(sandbox.run, SampleRequest(program, CALL_SUITE, limits=limits))
        started = time.monotonic()
        while not programs_under(zygote):
            assert time.monotonic() - started < 10, "the program never started"
            time.sleep(0.02)
        for judge in processes().values():
            if judge.name == "apiedit-judge" and judge.ppid == zygote:
                os.kill(judge.pid, 9)
        verdict = running.result(timeout=10)
    assert not verdict.passed and verdict.error == "the judge died", verdict
    assert time.monotonic() - started < 5
    assert_no_leftovers(sandbox)
    assert sandbox.run(benign(is_stdio=False)).passed


THREADED = [
    pytest.param("stdio", """
        import sys, threading
        sys.setrecursionlimit(10**6)
        threading.stack_size(2**26)
        def depth(n):
            return 0 if n == 0 else 1 + depth(n - 1)
        def main():
            x = int(input())
            print(depth(2 * x * 10000) // 10000)
        thread = threading.Thread(target=main)
        thread.start()
        thread.join()
        """, id="apps-style-stack-size-thread"),
    pytest.param("stdio", """
        import sys, threading
        def main():
            x = int(sys.stdin.readline())
            sys.stdout.write(str(2 * x) + '\\n')
        threading.stack_size(1 << 27)
        sys.setrecursionlimit(1 << 25)
        threading.Thread(target=main).start()
        """, id="apps-style-unjoined-thread"),
    pytest.param("call", """
        from concurrent.futures import ThreadPoolExecutor
        def double(x):
            with ThreadPoolExecutor(4) as pool:
                return sum(pool.map(lambda _: x, range(2)))
        """, id="thread-pool"),
    pytest.param("call", """
        import threading
        def double(x):
            result = []
            lock = threading.Lock()
            def add():
                with lock:
                    result.append(x)
            threads = [threading.Thread(target=add) for _ in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            return sum(result)
        """, id="threads-and-lock"),
]


@pytest.mark.parametrize(("kind", "program"), THREADED)
def test_threaded_program_still_works(sandbox: Sandbox, kind: str, program: str) -> None:
    suite = STDIO_SUITE if kind == "stdio" else CALL_SUITE
    # APPS solutions commonly ask for a 128 MiB thread stack: give them the default memory.
    limits = Limits(test_timeout_s=LIMITS.test_timeout_s,
                    sample_timeout_s=LIMITS.sample_timeout_s)
    verdict = sandbox.run(SampleRequest(textwrap.dedent(program), suite, limits=limits))
    assert verdict.passed, verdict
    assert_no_leftovers(sandbox)


def test_benign_program_imports_stdlib(sandbox: Sandbox) -> None:
    """Programs run as `nobody` (when the sandbox runs as root): the interpreter's standard
    library must still be importable, not only what the zygote pre-imported."""
    program = f"import base64, pickle, queue\n{BENIGN_CALL}"
    verdict = sandbox.run(SampleRequest(program, CALL_SUITE, limits=LIMITS))
    assert verdict.passed, verdict
