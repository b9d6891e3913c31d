"""The million-hearing database on PostgreSQL: a copy of bench/data.py's SQLite file, cached.

    from bench.pgdata import million_hearings_pg
    with million_hearings_pg() as url:   # a server of our own on 127.0.0.1, a fresh database
        ...                              # write freely: the cached copy is never touched

The copy is a whole PostgreSQL cluster (data folder) in the benchmarks' cache folder, named
after the SQLite file it was copied from (so a schema or generator change makes a new one).
Building it, once: initdb, the schema by the migrations (``Database.upgrade``), every secondary
index dropped, each table streamed with ``sqlite3 -csv … | psql -c "COPY … FROM STDIN"`` (both
in C, two processes per table, foreign-key triggers off for the load since the SQLite file
checked them), the indexes rebuilt from their own definitions with a large
``maintenance_work_mem``, the sequences moved past the copied ids, then ``VACUUM ANALYZE`` (the
visibility map makes the summary's index-only scans possible). Each use starts a server on the
cached folder and clones the database (``CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY``, a
file copy), which is dropped at the end.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bench.data import _locked, million_hearings_db

if TYPE_CHECKING:
    from sqlalchemy import Table

TEMPLATE = "million"


class Cluster:
    """A PostgreSQL data folder at a fixed place, started and stopped around a block."""

    def __init__(self, data: Path, *, durable: bool = True) -> None:
        from tests.support.pgserver import _free_port, find_bindir

        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL's server binaries are not installed (docs/developing.md)")
        self.bindir = bindir
        self.data = data
        # Unix socket paths are limited to 107 bytes: a short folder of its own.
        self.socket = Path(tempfile.mkdtemp(prefix="cpg-"))
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        self.durable = durable

    def run(self, *args: str, stdin: object = None) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True)

    def initdb(self) -> None:
        self.data.parent.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.data.parent, "postgres", "postgres")
        self.data.parent.chmod(0o700)
        self.run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        if self.as_postgres:
            shutil.chown(self.socket, "postgres", "postgres")
        # A real server's durability for the measurements; none for the one-off load.
        safety = "on" if self.durable else "off"
        options = (
            f"-p {self.port} -k {self.socket} -c listen_addresses=127.0.0.1 "
            f"-c fsync={safety} -c synchronous_commit={safety} -c full_page_writes={safety} "
            "-c max_connections=120 -c shared_buffers=512MB -c maintenance_work_mem=1GB "
            "-c max_wal_size=4GB -c checkpoint_timeout=30min"
        )
        self.run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.data.parent / "log"),
            "-w", "-t", "120", "start",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "300", "stop")
        shutil.rmtree(self.socket, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def psql(self, database: str, sql: str) -> str:
        return self.run(
            "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
            str(self.port), "-U", "postgres", "-d", database, "-At", "-c", sql,
        ).stdout  # fmt: skip

    @contextlib.contextmanager
    def running(self) -> Iterator[Cluster]:
        self.start()
        try:
            yield self
        finally:
            self.stop()


def pg_path(sqlite_file: Path) -> Path:
    """Beside the SQLite file; as root (the server then runs as ``postgres``, which cannot
    enter root's home) in /var/tmp."""
    folder = Path("/var/tmp/conciliador-bench") if os.geteuid() == 0 else sqlite_file.parent
    return folder / f"pg-{sqlite_file.stem}"


def build_pg_copy(sqlite_file: Path, target: Path) -> dict[str, float]:
    """Copy ``sqlite_file`` into a new cluster at ``target`` (which must not exist)."""
    from conciliador.db import Database
    from conciliador.models import Base

    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o755)
    shutil.rmtree(partial, ignore_errors=True)
    cluster = Cluster(partial / "data", durable=False)
    phases: dict[str, float] = {}
    clock = time.perf_counter()

    def phase(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        phases[name] = round(now - clock, 1)
        clock = now
        print(f"  PostgreSQL copy: {name} {phases[name]:.1f} s", flush=True)

    cluster.initdb()
    with cluster.running():
        cluster.psql("postgres", f"CREATE DATABASE {TEMPLATE}")
        db = Database(cluster.url(TEMPLATE))
        db.upgrade()
        db.dispose()
        phase("schema")
        indexes = cluster.psql(
            TEMPLATE,
            "SELECT indexname || '|' || indexdef FROM pg_indexes i WHERE schemaname = 'public' "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
        ).splitlines()
        for line in indexes:
            cluster.psql(TEMPLATE, f'DROP INDEX "{line.split("|", 1)[0]}"')
        sqlite_tables = set(
            subprocess.run(
                ["sqlite3", str(sqlite_file), "SELECT name FROM sqlite_master WHERE type='table'"],
                check=True, capture_output=True, text=True,
            ).stdout.split()
        )  # fmt: skip
        rows = 0
        for table in Base.metadata.sorted_tables:
            if table.name not in sqlite_tables:
                continue
            names, selects = copy_columns(table)
            query = f'SELECT {", ".join(selects)} FROM "{table.name}"'
            copy = (
                "SET session_replication_role = replica; "
                f'COPY "{table.name}" ({", ".join(names)}) FROM STDIN '
                "WITH (FORMAT csv, NULL '\\N')"
            )
            reader = subprocess.Popen(
                ["sqlite3", "-csv", "-nullvalue", "\\N", str(sqlite_file), query],
                stdout=subprocess.PIPE,
            )
            psql = [
                str(cluster.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h",
                "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", TEMPLATE,
                "-c", "SET TIME ZONE 'UTC'", "-c", copy,
            ]  # fmt: skip
            writer = subprocess.run(psql, stdin=reader.stdout, capture_output=True, text=True)
            assert reader.stdout is not None
            reader.stdout.close()
            if reader.wait() != 0 or writer.returncode != 0:
                raise RuntimeError(f"copying {table.name}: {writer.stderr.strip()}")
            rows += int(
                subprocess.run(
                    ["sqlite3", str(sqlite_file), f'SELECT count(*) FROM "{table.name}"'],
                    check=True, capture_output=True, text=True,
                ).stdout
            )  # fmt: skip
        phase("copy")
        for line in indexes:
            cluster.psql(TEMPLATE, line.split("|", 1)[1])
        phase("indexes")
        for table in Base.metadata.sorted_tables:
            for column in table.primary_key.columns:
                if column.autoincrement is not False and column.type.python_type is int:
                    cluster.psql(
                        TEMPLATE,
                        f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', "
                        f"'{column.name}'), coalesce(max(\"{column.name}\"), 0) + 1, false) "
                        f'FROM "{table.name}" '
                        f"WHERE pg_get_serial_sequence('\"{table.name}\"', '{column.name}') "
                        "IS NOT NULL",
                    )
        cluster.psql(TEMPLATE, "VACUUM (ANALYZE)")
        phase("vacuum_analyze")
        phases["rows"] = rows
    subprocess.run(["sync"], check=False)
    os.replace(partial, target)
    return phases


def cached_pg_copy(sqlite_file: Path) -> Path:
    """The cluster folder copied from ``sqlite_file``, built first if it is not there."""
    target = pg_path(sqlite_file)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o755)
    with _locked(target.with_suffix(".lock")):
        if not target.exists():
            started = time.perf_counter()
            print(f"Copying {sqlite_file.name} into PostgreSQL (once) …", flush=True)
            try:
                phases = build_pg_copy(sqlite_file, target)
            finally:
                for partial in target.parent.glob(f".{target.name}.*.partial"):
                    shutil.rmtree(partial, ignore_errors=True)
            record = {"seconds": round(time.perf_counter() - started, 1), "phases": phases}
            target.with_suffix(".json").write_text(json.dumps(record, indent=2), "utf-8")
    return target


def build_record(target: Path) -> dict[str, object] | None:
    record = target.with_suffix(".json")
    return json.loads(record.read_text("utf-8")) if record.exists() else None


def copy_columns(table: Table) -> tuple[list[str], list[str]]:
    """A table's column names for ``COPY … FROM STDIN`` and what to select from its SQLite copy
    for each: binary columns as ``\\x``-prefixed hex, which is how COPY's CSV reads bytea."""
    from sqlalchemy import LargeBinary

    names, selects = [], []
    for column in table.columns:
        names.append(f'"{column.name}"')
        if isinstance(column.type, LargeBinary):
            selects.append(f"CASE WHEN \"{column.name}\" IS NULL THEN NULL ELSE "
                           f"'\\x' || hex(\"{column.name}\") END")  # fmt: skip
        else:
            selects.append(f'"{column.name}"')
    return names, selects


@contextlib.contextmanager
def million_hearings_pg() -> Iterator[str]:
    """A server on the cached copy and a throw-away clone of the million-hearing database."""
    folder = cached_pg_copy(million_hearings_db())
    cluster = Cluster(folder / "data")
    with cluster.running():
        name = f"run{os.getpid()}"
        cluster.psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # Clones left behind by a killed run would fill the disk: drop them first.
        for old in cluster.psql(
            "postgres", "SELECT datname FROM pg_database WHERE datname LIKE 'run%'"
        ).split():
            cluster.psql("postgres", f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
        cluster.psql("postgres", f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE} STRATEGY FILE_COPY')
        try:
            yield cluster.url(name)
        finally:
            cluster.psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
