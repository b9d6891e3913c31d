"""What differs between Linux and Windows, in one place: a lock that one process at a time
holds, whether a process is still alive, the permissions of an open file.

The desktop's start-up path must not import a POSIX-only module (``fcntl``, ``pwd``…): an
office desk runs Windows. The lock takes what the system offers — ``fcntl.flock`` on Linux and
macOS, ``msvcrt.locking`` on Windows — and, where neither exists, a lock file created
exclusively that names its holder's process (a holder that died leaves a lock the next one
takes over).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

#: ``os.open`` flag for a file read and written as bytes (Windows translates line ends without it).
O_BINARY: int = getattr(os, "O_BINARY", 0)


#: A lock file that names no holder after this long was left by a crash, not being written.
_UNNAMED_STALE_SECONDS = 60


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


if sys.platform == "win32":
    _STILL_ACTIVE = 259
    _QUERY_LIMITED_INFORMATION = 0x1000
    _ACCESS_DENIED = 5

    def process_alive(pid: int) -> bool:
        """Whether process ``pid`` is running (``os.kill(pid, 0)`` would send it a Ctrl+C
        on Windows, so the process is asked for its exit code instead)."""
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return bool(ctypes.get_last_error() == _ACCESS_DENIED)  # another user's process
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return bool(code.value == _STILL_ACTIVE)
        finally:
            kernel32.CloseHandle(handle)

else:

    def process_alive(pid: int) -> bool:
        """Whether process ``pid`` is running (signal 0 checks without disturbing it)."""
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # another user's process, alive
        return True


def fchmod(fd: int, mode: int) -> None:
    """Set an open file's permissions where the system has them (Windows has only the
    read-only flag, given when the file is created)."""
    change = getattr(os, "fchmod", None)
    if change is not None:
        change(fd, mode)


@contextlib.contextmanager
def try_lock(path: Path) -> Iterator[bool]:
    """Hold the lock named by ``path`` while the block runs. Yields True when this process
    got it, False at once when another holder has it (never waits). The lock is released
    when the block ends, or by the system when the process dies."""
    path = Path(path)
    fcntl = _module("fcntl")
    if fcntl is not None:
        with _locked_with(path, fcntl, windows=False) as got:
            yield got
        return
    msvcrt = _module("msvcrt")
    if msvcrt is not None:
        with _locked_with(path, msvcrt, windows=True) as got:
            yield got
        return
    with _locked_by_creation(path) as got:
        yield got


@contextlib.contextmanager
def _locked_with(path: Path, system: ModuleType, *, windows: bool) -> Iterator[bool]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | O_BINARY, 0o600)
    try:
        try:
            if windows:
                system.locking(fd, system.LK_NBLCK, 1)
            else:
                system.flock(fd, system.LOCK_EX | system.LOCK_NB)
        except OSError:  # BlockingIOError (flock) or PermissionError (locking): held
            yield False
            return
        try:
            yield True
        finally:
            if windows:
                with contextlib.suppress(OSError):
                    os.lseek(fd, 0, os.SEEK_SET)
                    system.locking(fd, system.LK_UNLCK, 1)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locked_by_creation(path: Path) -> Iterator[bool]:
    """The last resort: the lock is a file only one process can create; it names its
    holder, so a file left by a holder that died is taken over."""
    fd = _create_exclusively(path)
    if fd is None and _holder_is_dead(path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        fd = _create_exclusively(path)
    if fd is None:
        yield False
        return
    try:
        os.write(fd, str(os.getpid()).encode("ascii"))
        os.close(fd)
        yield True
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _create_exclusively(path: Path) -> int | None:
    try:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_BINARY, 0o600)
    except FileExistsError:
        return None


def _holder_is_dead(path: Path) -> bool:
    try:
        text = path.read_text(encoding="ascii").strip()
        age = time.time() - path.stat().st_mtime
    except (OSError, UnicodeDecodeError):
        return False
    if not text.isdigit():
        # Being written by its holder this instant, or left without a name long ago.
        return age > _UNNAMED_STALE_SECONDS
    pid = int(text)
    return pid != os.getpid() and not process_alive(pid)


def program_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for another program (LibreOffice, pg_dump). Inside a PyInstaller
    bundle on Linux the library path points at the bundle's own libraries; a program of the
    system must get the machine's path back, or it loads the bundle's copies and may crash."""
    env = dict(os.environ if base is None else base)
    if getattr(sys, "frozen", False):
        for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "LIBPATH"):
            original = env.pop(f"{name}_ORIG", None)
            if original is not None:
                env[name] = original
            else:
                env.pop(name, None)
    return env
