"""A test process killed with its PostgreSQL cluster still running (in /dev/shm, memory until
the machine restarts): the next test process stops that server and removes its folder."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conciliador.documents.portable import process_alive
from tests.support.pgserver import PgServer, find_bindir

ROOT = Path(__file__).resolve().parents[1]

_KILLED = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tests.support.pgserver import PgServer, find_bindir

    server = PgServer(find_bindir(), folder=sys.argv[1])
    server.start()
    print(server.data, flush=True)
    time.sleep(600)
    """
)


def _postmaster(data: Path) -> int | None:
    try:
        return int((data / "postmaster.pid").read_text().split()[0])
    except (FileNotFoundError, ValueError, IndexError):
        return None


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder the postgres user can reach (initdb runs as it when the tests run as root;
    pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="clusters-"))
    path.chmod(0o777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.slow
def test_a_killed_test_process_s_cluster_is_stopped_and_removed_by_the_next(
    folder: Path,
) -> None:
    tmp_path = folder
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL no está instalado")
    with subprocess.Popen(
        [sys.executable, "-c", _KILLED, str(tmp_path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as test_process:
        assert test_process.stdout is not None
        data = Path(test_process.stdout.readline().strip())
        test_process.send_signal(signal.SIGKILL)
    postmaster = _postmaster(data)
    assert postmaster is not None and process_alive(postmaster)  # an orphan server, left running

    next_one = PgServer(bindir, folder=str(tmp_path))
    try:
        deadline = time.monotonic() + 30
        while process_alive(postmaster) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not process_alive(postmaster)
        assert [p for p in tmp_path.iterdir() if p != next_one.root] == []
    finally:
        next_one.stop()
