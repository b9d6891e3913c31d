"""A throw-away PostgreSQL server for the tests, started from the installed server binaries.

pytest-postgresql cannot start a server as root (PostgreSQL refuses to run as root), and CI
runs as root; so this runs initdb/pg_ctl as the ``postgres`` system user when we are root.
Each test gets its own database cloned from a migrated template (fast: no migrations per test).
The tests' cluster lives in memory (``/dev/shm``) where the machine has it: ``scratch_folder``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from conciliador.documents.portable import process_alive


def find_bindir() -> Path | None:
    explicit = os.environ.get("CONCILIADOR_PG_BINDIR")
    candidates = (
        [explicit]
        if explicit
        else sorted(
            glob.glob("/usr/lib/postgresql/*/bin"),
            key=lambda p: int(p.split("/")[-2]),
            reverse=True,
        )
    )
    for candidate in candidates:
        if candidate and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


#: A cluster's folder: «conciliador-pg-<pid of the test process>-…».
_PREFIX = "conciliador-pg-"
#: Where the clusters go instead of the temporary folder (tests on another machine's tmpfs).
SCRATCH_ENV = "CONCILIADOR_PG_SCRATCH"
#: Memory the cluster may take there: the server, one template or two, one test's database
#: at a time (each is dropped after its test) and at most ``max_wal_size`` of WAL.
_SCRATCH_NEEDED = 1 << 30


def scratch_folder() -> str | None:
    """A memory-backed folder for the cluster (Linux's ``/dev/shm``), or None for the
    temporary folder. Every test creates a database of ~1,000 files and drops it: on the
    disk's ext4 the kernel's search for a free inode (``ext4_create``, skipping the recently
    deleted ones) took most of the server's CPU, 0.3–0.5 s per test; in memory, 0.05 s."""
    explicit = os.environ.get(SCRATCH_ENV)
    if explicit:
        return explicit
    shm = "/dev/shm"
    try:
        stats = os.statvfs(shm)
    except OSError:
        return None
    if not os.access(shm, os.W_OK | os.X_OK) or stats.f_bavail * stats.f_frsize < _SCRATCH_NEEDED:
        return None
    return shm


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self, bindir: Path, folder: str | None = None) -> None:
        """``folder``: where the cluster's own folder is made (the temporary folder when
        None; the tests pass ``scratch_folder()``, the benchmarks, which measure fsync, do
        not)."""
        self.bindir = bindir
        self.as_postgres = os.geteuid() == 0
        self._sweep_dead(Path(folder or tempfile.gettempdir()))
        self.root = Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-", dir=folder))
        self.data = self.root / "data"
        self.port = _free_port()
        self._counter = 0

    def _sweep_dead(self, folder: Path) -> None:
        """Stop and remove the clusters of test processes that died without stopping theirs
        (killed): in ``/dev/shm`` they would hold memory until the machine restarts."""
        for entry in folder.glob(f"{_PREFIX}*-*"):
            owner = entry.name.removeprefix(_PREFIX).split("-", 1)[0]
            if not owner.isdigit() or process_alive(int(owner)):
                continue
            if (entry / "data" / "postmaster.pid").exists():
                with contextlib.suppress(subprocess.CalledProcessError, OSError):
                    self._run("pg_ctl", "-D", str(entry / "data"), "-m", "immediate", "-w", "stop")
            shutil.rmtree(entry, ignore_errors=True)

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> None:
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self.root.chmod(0o700)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c max_wal_size=256MB -c min_wal_size=32MB"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        """A new database, a copy of ``template`` (PostgreSQL's ``template1`` when none).

        Copied file by file (``STRATEGY FILE_COPY``), not page by page through the WAL
        (``WAL_LOG``, PostgreSQL 15's default): FILE_COPY's two checkpoints cost little on a
        server without fsync, and WAL_LOG writes all ~490 relations of the template to the
        WAL (in memory, under ``scratch_folder``). On 92 PostgreSQL tests in one process the
        server's CPU was 6.2 s with FILE_COPY, 7.6 s with WAL_LOG.
        """
        self._counter += 1
        name = f"t{os.getpid()}_{self._counter}"
        source = template or "template1"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{source}" STRATEGY FILE_COPY')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
