"""Confine the process that runs an untrusted program. Linux only; runs right after fork.

Layers, each enforced by the kernel so that nothing the program does in Python can undo it:

- its own session and process group, killed whole by its judge;
- resource limits: address space, CPU time, file size, open files, no core dumps;
- no privileges: as root, drop to `nobody` (when `nobody` can read the interpreter), else keep
  uid 0 but drop every capability, so it can neither read another process's memory
  (`/proc/PID/mem`) nor override file permissions;
- parent-death signal: it dies with the forker;
- landlock: writes only beneath its working directory, no TCP, no signals outside itself;
- seccomp: no sockets, no new processes (threads are fine), no exec, no ptrace, no signals to
  other processes.

Seccomp is required (`ConfinementError` without it); landlock is applied where the kernel has it.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import platform
import resource
import signal
import stat
import struct
import sysconfig
from dataclasses import dataclass
from pathlib import Path

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long
NOBODY = 65534

PR_SET_PDEATHSIG = 1
PR_SET_NAME = 15
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2


@dataclass(frozen=True)
class ResourceLimits:
    memory_bytes: int
    cpu_seconds: int
    file_bytes: int = 16 << 20
    open_files: int = 64


def _traversable_by_all(path: str) -> bool:
    resolved = Path(path).resolve()
    return all(os.stat(d).st_mode & stat.S_IXOTH for d in (resolved, *resolved.parents))


# `nobody` must still be able to import the standard library and installed packages; an
# interpreter under a private home (pyenv in /root) would make every import fail.
CAN_DROP_PRIVILEGES = all(
    _traversable_by_all(sysconfig.get_path(kind)) for kind in ("stdlib", "platstdlib", "purelib")
)


class ConfinementError(OSError):
    """A layer the sandbox cannot do without could not be applied."""


SANDBOX_UID = NOBODY if os.getuid() == 0 and CAN_DROP_PRIVILEGES else None
"""The user programs run as, where it is not ours: their working directory must be theirs."""


def confine(workdir: str, limits: ResourceLimits, parent_pid: int) -> None:
    os.setsid()
    os.chdir(workdir)
    _set_limits(limits)
    if SANDBOX_UID is not None:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    elif os.getuid() == 0:
        _drop_capabilities()
    die_with_parent(parent_pid)
    _prctl(PR_SET_NO_NEW_PRIVS, 1)
    _landlock(workdir)
    if not _seccomp(os.getpid()):
        raise ConfinementError("seccomp is not available: the sandbox needs it (Linux >= 3.5 "
                               "on x86_64 or aarch64)")


def name_process(name: str) -> None:
    """What `ps`, `top` and `perf` show for this process (at most 15 bytes)."""
    _libc.prctl(PR_SET_NAME, name.encode()[:15], 0, 0, 0)


def kill_process_group(leader: int) -> None:
    """SIGKILL a process and its group; also the process alone, in case it was killed before it
    made its own group."""
    for kill in (os.killpg, os.kill):
        with contextlib.suppress(ProcessLookupError):
            kill(leader, signal.SIGKILL)


def close_fds_except(keep: set[int]) -> None:
    """Close every descriptor from 3 up but those in `keep`: a forked child keeps only its own."""
    low = 3
    for fd in sorted(keep | {os.sysconf("SC_OPEN_MAX")}):
        if fd >= low:
            os.closerange(low, fd)
            low = fd + 1


def die_with_parent(parent_pid: int) -> None:
    """Get SIGKILL when the parent dies; exit now if it died before that was armed."""
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:
        os._exit(1)


def _set_limits(limits: ResourceLimits) -> None:
    for kind, value in (
        (resource.RLIMIT_AS, limits.memory_bytes),
        (resource.RLIMIT_CPU, limits.cpu_seconds),
        (resource.RLIMIT_FSIZE, limits.file_bytes),
        (resource.RLIMIT_NOFILE, limits.open_files),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(kind, (value, value))
    # Past the file size limit, writes fail with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _prctl(option: int, value: int) -> None:
    if _libc.prctl(option, value, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), f"prctl({option}) failed")


class _CapHeader(ctypes.Structure):
    _fields_ = (("version", ctypes.c_uint32), ("pid", ctypes.c_int))


class _CapData(ctypes.Structure):
    _fields_ = (("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32))


_CAPSET = {"x86_64": 126, "aarch64": 91}
_CAPABILITY_VERSION_3 = 0x20080522


def _drop_capabilities() -> None:
    """Empty the effective, permitted and inheritable sets (no exec follows to regain any)."""
    header, data = _CapHeader(_CAPABILITY_VERSION_3, 0), (_CapData * 2)()
    number = _CAPSET.get(platform.machine())
    if number is None or _libc.syscall(number, ctypes.byref(header), data) != 0:
        raise ConfinementError(ctypes.get_errno(), "could not drop capabilities")


# -- landlock ---------------------------------------------------------------------------------

_LANDLOCK_CREATE_RULESET, _LANDLOCK_ADD_RULE, _LANDLOCK_RESTRICT_SELF = 444, 445, 446
_LANDLOCK_CREATE_RULESET_VERSION = 1
_LANDLOCK_RULE_PATH_BENEATH = 1
# Rights that change the file system (read and execute stay allowed everywhere), by ABI.
_FS_WRITE = sum(1 << bit for bit in (1, 4, 5, 6, 7, 8, 9, 10, 11, 12))
_FS_REFER, _FS_TRUNCATE = 1 << 13, 1 << 14
_NET_BIND_TCP, _NET_CONNECT_TCP = 1, 2
_SCOPE_ABSTRACT_UNIX_SOCKET, _SCOPE_SIGNAL = 1, 2


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = (("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32))


def _landlock(workdir: str) -> None:
    """Best effort: kernels before 5.13 have no landlock, and the other layers still hold."""
    abi = _libc.syscall(_LANDLOCK_CREATE_RULESET, None, 0, _LANDLOCK_CREATE_RULESET_VERSION)
    if abi < 1:
        return
    fs = _FS_WRITE | (_FS_REFER if abi >= 2 else 0) | (_FS_TRUNCATE if abi >= 3 else 0)
    net = _NET_BIND_TCP | _NET_CONNECT_TCP
    scope = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL
    attr = struct.pack("QQQ", fs, net, scope)
    size = 8 if abi < 4 else 16 if abi < 6 else 24
    buffer = ctypes.create_string_buffer(attr[:size], size)
    ruleset = _libc.syscall(_LANDLOCK_CREATE_RULESET, buffer, size, 0)
    if ruleset < 0:
        return
    directory = os.open(workdir, os.O_PATH | os.O_CLOEXEC)
    try:
        rule = _PathBeneath(fs, directory)
        if _libc.syscall(_LANDLOCK_ADD_RULE, ruleset, _LANDLOCK_RULE_PATH_BENEATH,
                         ctypes.byref(rule), 0) == 0:
            _libc.syscall(_LANDLOCK_RESTRICT_SELF, ruleset, 0)
    finally:
        os.close(directory)
        os.close(ruleset)


# -- seccomp ------------------------------------------------------------------------------------

_ARCHES = {
    # machine: (AUDIT_ARCH, syscall numbers)
    "x86_64": (0xC000003E, {
        "socket": 41, "socketpair": 53, "clone": 56, "fork": 57, "vfork": 58, "execve": 59,
        "kill": 62, "ptrace": 101, "tkill": 200, "tgkill": 234, "execveat": 322,
        "process_vm_readv": 310, "process_vm_writev": 311, "clone3": 435,
    }),
    "aarch64": (0xC00000B7, {
        "socket": 198, "socketpair": 199, "clone": 220, "execve": 221, "kill": 129,
        "ptrace": 117, "tkill": 130, "tgkill": 131, "execveat": 281,
        "process_vm_readv": 270, "process_vm_writev": 271, "clone3": 435,
    }),
}
_X32_SYSCALL_BIT = 0x40000000
_CLONE_THREAD = 0x00010000
_RET_ALLOW, _RET_ERRNO, _RET_KILL = 0x7FFF0000, 0x00050000, 0x80000000
_LD_W_ABS, _JEQ, _JGE, _JSET, _RET = 0x20, 0x15, 0x35, 0x45, 0x06
_NR, _ARCH, _ARG0 = 0, 4, 16


def _insn(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def _deny(errno: int) -> bytes:
    return _insn(_RET, _RET_ERRNO | errno)


def seccomp_filter(pid: int, machine: str | None = None) -> bytes | None:
    """The BPF program of the seccomp layer for process `pid`, or None on an unknown machine."""
    arch, numbers = _ARCHES.get(machine or platform.machine(), (None, {}))
    if arch is None:
        return None
    own = [pid, 0, (-pid) & 0xFFFFFFFF]  # kill(self), kill(own group), kill(-own group)
    program = [
        _insn(_LD_W_ABS, _ARCH), _insn(_JEQ, arch, 1, 0), _insn(_RET, _RET_KILL),
        _insn(_LD_W_ABS, _NR), _insn(_JGE, _X32_SYSCALL_BIT, 0, 1), _deny(errno.EPERM),
    ]
    for name in ("socket", "socketpair"):
        program += [_insn(_JEQ, numbers[name], 0, 1), _deny(errno.EACCES)]
    for name in ("fork", "vfork", "execve", "execveat", "ptrace", "tkill",
                 "process_vm_readv", "process_vm_writev"):
        if name in numbers:
            program += [_insn(_JEQ, numbers[name], 0, 1), _deny(errno.EPERM)]
    # glibc falls back from clone3 (flags out of reach of BPF) to clone on ENOSYS.
    program += [_insn(_JEQ, numbers["clone3"], 0, 1), _deny(errno.ENOSYS)]
    program += [  # clone: threads only
        _insn(_JEQ, numbers["clone"], 0, 4), _insn(_LD_W_ABS, _ARG0),
        _insn(_JSET, _CLONE_THREAD, 0, 1), _insn(_RET, _RET_ALLOW), _deny(errno.EPERM),
    ]
    program += [_insn(_JEQ, numbers["kill"], 0, 3 + len(own)), _insn(_LD_W_ABS, _ARG0)]
    program += [_insn(_JEQ, target, len(own) - i, 0) for i, target in enumerate(own)]
    program += [_deny(errno.EPERM), _insn(_RET, _RET_ALLOW)]
    program += [  # tgkill: only threads of this process
        _insn(_LD_W_ABS, _NR), _insn(_JEQ, numbers["tgkill"], 0, 4), _insn(_LD_W_ABS, _ARG0),
        _insn(_JEQ, pid, 0, 1), _insn(_RET, _RET_ALLOW), _deny(errno.EPERM),
    ]
    program.append(_insn(_RET, _RET_ALLOW))
    return b"".join(program)


class _SockFprog(ctypes.Structure):
    _fields_ = (("len", ctypes.c_ushort), ("filter", ctypes.c_void_p))


def _seccomp(pid: int) -> bool:
    program = seccomp_filter(pid)
    if program is None:
        return False
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.addressof(buffer))
    return _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) == 0
