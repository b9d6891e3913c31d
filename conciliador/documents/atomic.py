"""Write a file so that a crash leaves either the old file or the new one, never half of one.

The new content goes to a file without a name (Linux ``O_TMPFILE``) in the target's folder; only
once it is complete and on disk does it get a name, then replace the target in one rename. A
process killed half-way (even with SIGKILL) leaves nothing behind: the kernel frees the unnamed
file. Where unnamed files are not available, a hidden temporary name carrying the writer's
process id is used, and any such file whose writer is dead is swept away by the next write in
that folder.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from conciliador.documents.portable import O_BINARY, fchmod, process_alive

_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000
_TEMP = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$")


def _temp_name(path: Path) -> Path:
    return path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"


def _link_unnamed(fd: int, target: Path) -> bool:
    """Give the unnamed file behind ``fd`` the name ``target``; False if the system refuses."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.linkat(fd, b"", _AT_FDCWD, os.fsencode(target), _AT_EMPTY_PATH) == 0:
            return True
    except (OSError, AttributeError):
        pass
    try:
        os.link(f"/proc/self/fd/{fd}", target, follow_symlinks=True)
        return True
    except OSError:
        return False


def _copy_fd(fd: int, target: Path, mode: int) -> None:
    out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_BINARY, mode)
    try:
        offset = 0
        while chunk := os.pread(fd, 1 << 20, offset):
            os.write(out, chunk)
            offset += len(chunk)
        os.fsync(out)
    finally:
        os.close(out)


def _fsync_dir(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def sweep_stale_temporaries(folder: Path) -> list[Path]:
    """Remove hidden temporary files left by writers that died (their process is gone)."""
    removed: list[Path] = []
    try:
        # Names only (``os.listdir``): a path object per entry cost 25 µs each, and the
        # audit anchors' folder, swept on every audited commit, holds one file per database
        # and chain.
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _TEMP.match(name)
        if not match:
            continue
        pid = int(match.group(1))
        if pid == os.getpid() or process_alive(pid):
            continue  # ours (another thread may be writing it), or its writer is at work
        entry = Path(folder) / name
        with contextlib.suppress(FileNotFoundError):
            entry.unlink()
            removed.append(entry)
    return removed


class NotARegularFile(OSError):
    """The target exists and is not a plain file: a folder, a device, a link, a pipe…"""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EEXIST, f"«{path}» es {kind}, no un archivo", str(path))
        self.kind = kind


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "una carpeta"
    if stat.S_ISLNK(mode):
        return "un enlace simbólico"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "un dispositivo"
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return "una tubería o un socket"
    return "un archivo especial"


def refuse_unless_regular(path: Path) -> None:
    """Only plain files are replaced: never a folder, a device node (``/dev/full`` written as
    root would be replaced by a file of personal data), a symbolic link or a pipe."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFile(path, _kind(info.st_mode))


@contextlib.contextmanager
def atomic_output(path: Path, *, mode: int = 0o600) -> Iterator[BinaryIO]:
    """A binary file to write the new content into; ``path`` is replaced only when the block
    ends without an exception (and the data is on disk). Created with ``mode`` (default: only
    the user may read it)."""
    path = Path(path)
    refuse_unless_regular(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    sweep_stale_temporaries(path.parent)
    unnamed = hasattr(os, "O_TMPFILE")
    fd = -1
    if unnamed:
        try:
            fd = os.open(path.parent, os.O_TMPFILE | os.O_RDWR, mode)
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
                raise
            unnamed = False
    temp = _temp_name(path)
    if not unnamed:
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | O_BINARY, mode)
    try:
        try:
            fchmod(fd, mode)
            with os.fdopen(fd, "w+b", closefd=False) as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            if unnamed and not _link_unnamed(fd, temp):
                _copy_fd(fd, temp, mode)
            refuse_unless_regular(path)  # the target may have changed while we wrote
        finally:
            os.close(fd)  # before renaming or removing: Windows does neither to an open file
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _fsync_dir(path.parent)


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one."""
    with atomic_output(path, mode=mode) as fh:
        fh.write(data)


def sweep_dead_work_dirs(folder: Path, prefix: str) -> list[Path]:
    """Remove the work folders ``{prefix}{pid}-…`` whose process died (killed half-way)."""
    removed: list[Path] = []
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)-")
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = pattern.match(entry.name)
        if match and entry.is_dir() and not process_alive(int(match.group(1))):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def work_dir(folder: Path, prefix: str) -> tempfile.TemporaryDirectory[str]:
    """A private temporary folder inside ``folder`` (same disk, so its files can be renamed
    into place), named after this process; those left by a dead process are swept first."""
    sweep_dead_work_dirs(folder, prefix)
    return tempfile.TemporaryDirectory(prefix=f"{prefix}{os.getpid()}-", dir=folder)
