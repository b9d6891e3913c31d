"""Child processes that never outlive the program that started them.

A conversion batch, a backup's pg_dump or a demo's worker killed along with its parent (a crash,
``kill -9``, the window closed from the task manager) must not go on running and writing into a
hidden folder. On Linux each child asks the kernel to kill it when its parent dies
(``prctl(PR_SET_PDEATHSIG)``) and leads its own process group, so whatever it starts in turn can
be ended together (``end_group``). LibreOffice is started as ``soffice.bin`` itself, not through
the ``soffice`` script and ``oosplash``, whose fork would escape the parent-death signal.

On Windows the equivalent is a job object with ``JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE``: before
its first child, the program puts itself in such a job (``contain_on_windows``); every process
it starts afterwards is born in the job, and when the program dies the system closes the job's
only handle, which kills every process still in it. (Jobs nest since Windows 8, so this works
when a launcher already put the program in a job of its own.)
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """In the child, before exec: a new process group, and death when the parent dies."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent died before the signal was armed
        os._exit(1)


_JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
_JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9


class _BasicLimits(ctypes.Structure):
    """JOBOBJECT_BASIC_LIMIT_INFORMATION, with Windows' type widths spelled out (DWORD is 32
    bits, SIZE_T and ULONG_PTR pointer-sized), so the layout is the same on every platform."""

    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class _IoCounters(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_uint64)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    ]


class _ExtendedLimits(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION."""

    _fields_ = [
        ("BasicLimitInformation", _BasicLimits),
        ("IoInfo", _IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def _declared(k: Any) -> Any:
    """kernel32 with the signatures of the calls used: handles are pointer-sized, which
    ctypes' default (a C int) would cut in half on 64-bit Windows."""
    handle, dword, bool_ = ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int
    k.CreateJobObjectW.restype = handle
    k.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
    k.SetInformationJobObject.restype = bool_
    k.SetInformationJobObject.argtypes = [handle, ctypes.c_int, ctypes.c_void_p, dword]
    k.GetCurrentProcess.restype = handle
    k.GetCurrentProcess.argtypes = []
    k.AssignProcessToJobObject.restype = bool_
    k.AssignProcessToJobObject.argtypes = [handle, handle]
    k.CloseHandle.restype = bool_
    k.CloseHandle.argtypes = [handle]
    return k


_job: list[object] = []  # the job's handle, kept open for the program's whole life


def contain_on_windows(kernel32: Any = None) -> bool:
    """Put this program in a job that kills its processes when the program dies (Windows;
    once; True when the program is in such a job). ``kernel32`` is the Windows API, given
    only by the tests that check the calls on another system."""
    if _job:
        return True
    if kernel32 is None:
        if sys.platform != "win32":
            return False
        kernel32 = _declared(getattr(ctypes, "WinDLL")("kernel32", use_last_error=True))  # noqa: B009
    k = kernel32
    job = k.CreateJobObjectW(None, None)
    if not job:
        return False
    limits = _ExtendedLimits()
    limits.BasicLimitInformation.LimitFlags = _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    configured = k.SetInformationJobObject(
        job,
        _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
        ctypes.byref(limits),
        ctypes.sizeof(limits),
    )
    if not configured or not k.AssignProcessToJobObject(
        job,
        k.GetCurrentProcess(),
    ):
        k.CloseHandle(job)
        return False
    _job.append(job)
    return True


def preexec() -> Callable[[], None] | None:
    """The ``preexec_fn`` for ``subprocess`` on Linux (None elsewhere). On Windows, called
    before a child is started, it first puts the program in its killing job."""
    if sys.platform == "win32":
        contain_on_windows()
    return die_with_parent if sys.platform.startswith("linux") else None


def end_group(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """Kill a child still running and everything it started (its process group), then reap
    it. A child already reaped is left alone: its number may belong to another process now."""
    if process.poll() is None:
        with contextlib.suppress(OSError):
            if sys.platform.startswith("linux"):
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        process.wait(timeout=10)


def direct_soffice(program: str) -> str:
    """``soffice.bin`` beside the ``soffice`` script when there is one (Linux), so the
    converting process itself is our child; the program as given otherwise."""
    if not sys.platform.startswith("linux"):
        return program
    real = Path(program).resolve()
    binary = real.with_name("soffice.bin")
    return str(binary) if real.name == "soffice" and binary.exists() else program
