"""Shared fixtures: real SQLite files, a real PostgreSQL server, and a small office world.

The process runs in a time zone far from the offices' (Pacific/Auckland) so that any code
that reads the machine's local time instead of the office's shows up as a failing test.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Pacific/Auckland"
os.environ.setdefault("LANG", "C.UTF-8")
time.tzset()
# The audit key and latest anchors of the test databases: never the user's own folder.
os.environ["CONCILIADOR_KEY_DIR"] = tempfile.mkdtemp(prefix="conciliador-clave-")

import pytest  # noqa: E402

#: ``make test-shifted``: the whole test process believes the machine's calendar says this
#: instant (ISO 8601 with its offset), running on from there; the suite must not notice.
SHIFTED_TO = os.environ.get("CONCILIADOR_TEST_DATE")
if SHIFTED_TO:
    import datetime as _dt

    import time_machine

    time_machine.travel(_dt.datetime.fromisoformat(SHIFTED_TO), tick=True).start()

from conciliador.db import Database  # noqa: E402
from tests.support.hashing import cheap_password_hashing  # noqa: E402
from tests.support.pgserver import PgServer, find_bindir, scratch_folder  # noqa: E402
from tests.support.world import World, build_world, pinned_clock  # noqa: E402

cheap_password_hashing()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file, copied for each test (migrating once is faster)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = Database(f"sqlite:///{path}", clock=pinned_clock())
    db.upgrade()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    target = tmp_path / "conciliador.sqlite"
    shutil.copyfile(sqlite_template, target)
    target.chmod(0o600)
    return f"sqlite:///{target}"


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    db = Database(sqlite_url, clock=pinned_clock())
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL no está instalado (apt-get install postgresql): "
            "se omiten las pruebas sobre PostgreSQL"
        )
        if os.environ.get("CONCILIADOR_REQUIRE_PG"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = PgServer(bindir, folder=scratch_folder())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    name = pg_server.new_database()
    db = Database(pg_server.url(name), clock=pinned_clock())
    db.upgrade()
    db.dispose()
    return name


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    name = pg_server.new_database(template=pg_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    db = Database(pg_url, clock=pinned_clock())
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A migrated database URL, on SQLite and (marked ``pg``) on PostgreSQL."""
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url, clock=pinned_clock())
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _sqlite_world_template(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> tuple[Path, World]:
    """The office world built once (argon2 hashing is slow on purpose), copied per test."""
    path = tmp_path_factory.mktemp("world") / "world.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}", clock=pinned_clock())
    built = build_world(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path, built


@pytest.fixture(scope="session")
def _pg_world_template(pg_server: PgServer, pg_template: str) -> tuple[str, World]:
    name = pg_server.new_database(template=pg_template)
    db = Database(pg_server.url(name), clock=pinned_clock())
    built = build_world(db)
    db.dispose()
    return name, built


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """An office in Managua with rooms, officers, a supervisor, a clerk and an administrator,
    on SQLite and (marked ``pg``) on PostgreSQL."""
    if request.param == "sqlite":
        yield from _sqlite_world(request, tmp_path)
        return
    server: PgServer = request.getfixturevalue("pg_server")
    template, built = request.getfixturevalue("_pg_world_template")
    name = server.new_database(template=template)
    database = Database(server.url(name), clock=pinned_clock())
    yield dataclasses.replace(built, db=database)
    database.dispose()
    server.drop_database(name)


def _sqlite_world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    template, built = request.getfixturevalue("_sqlite_world_template")
    target = tmp_path / "world.sqlite"
    shutil.copyfile(template, target)
    database = Database(f"sqlite:///{target}", clock=pinned_clock())
    yield dataclasses.replace(built, db=database)
    database.dispose()


@pytest.fixture
def sqlite_world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """The office world on SQLite only (GUI, documents and other single-engine tests)."""
    yield from _sqlite_world(request, tmp_path)
