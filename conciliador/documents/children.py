"""Child processes that never outlive the program that started them.

A conversion batch, a backup's pg_dump or a demo's worker killed along with its parent (a crash,
``kill -9``, the window closed from the task manager) must not go on running and writing into a
hidden folder. On Linux each child asks the kernel to kill it when its parent dies
(``prctl(PR_SET_PDEATHSIG)``) and leads its own process group, so whatever it starts in turn can
be ended together (``end_group``). LibreOffice is started as ``soffice.bin`` itself, not through
the ``soffice`` script and ``oosplash``, whose fork would escape the parent-death signal.

On Windows the equivalent is a job object with ``JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE``: every
process assigned to it dies when the job's last handle closes, which the system does when the
program dies. Not done yet (the offices run Linux); see docs/confianza.md.
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


def preexec() -> Callable[[], None] | None:
    """The ``preexec_fn`` for ``subprocess`` on Linux (None elsewhere)."""
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
