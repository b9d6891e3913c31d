"""The lock one process at a time holds, on every system: refused while another process holds
it, free again when that process dies (killed, not tidied up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conciliador.documents.portable import process_alive, try_lock
from tests.support.without_posix import _HOOK

_HOLDER = """
import sys
from pathlib import Path
from conciliador.documents.portable import try_lock

with try_lock(Path(sys.argv[1])) as got:
    print("tengo" if got else "ocupado", flush=True)
    sys.stdin.readline()
"""


def _holder(lock: Path, *, without_posix: bool) -> subprocess.Popen[str]:
    code = (_HOOK if without_posix else "") + _HOLDER
    repo = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(lock)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "tengo"
    return process


@pytest.mark.parametrize("without_posix", [False, True], ids=["flock", "archivo-exclusivo"])
def test_a_lock_held_by_another_process_is_refused_until_that_process_dies(
    tmp_path: Path, without_posix: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if without_posix:  # this process takes the same road as the child: no fcntl, no msvcrt
        from conciliador.documents import portable

        monkeypatch.setattr(portable, "_module", lambda name: None)
    lock = tmp_path / ".copia-diaria.lock"
    holder = _holder(lock, without_posix=without_posix)
    try:
        with try_lock(lock) as got:
            assert not got
    finally:
        holder.kill()
        holder.wait()
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()
    assert not process_alive(holder.pid)
    with try_lock(lock) as got:
        assert got
        with try_lock(lock) as second:
            assert not second  # not twice, not even in the same process


def test_a_process_is_alive_until_it_ends() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    assert process_alive(child.pid) and process_alive(os.getpid())
    child.communicate(b"")
    assert not process_alive(child.pid)


def test_programs_started_from_the_bundle_get_the_machines_library_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from conciliador.documents.portable import program_env

    bundle = {"LD_LIBRARY_PATH": "/opt/conciliador/_internal", "PATH": "/usr/bin"}
    assert program_env(bundle) == bundle  # not frozen: nothing to undo
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert program_env(bundle) == {"PATH": "/usr/bin"}
    with_original = {**bundle, "LD_LIBRARY_PATH_ORIG": "/usr/local/lib"}
    assert program_env(with_original) == {"LD_LIBRARY_PATH": "/usr/local/lib", "PATH": "/usr/bin"}
