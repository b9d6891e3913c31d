"""The database: engine, units of work and migrations. Built at start-up, never at import.

How desks writing at once are kept apart (the whole design: docs/concurrency.md):

- SQLite (the embedded default) runs in WAL mode with foreign keys on. Write units start with
  ``BEGIN IMMEDIATE`` so two desks writing at the same moment are serialised by SQLite itself
  (one waits for the other, up to the busy timeout) instead of failing half-way; read units
  stay deferred so readers never wait.
- PostgreSQL runs READ COMMITTED with no global queue: a unit locks the rows a rule depends on
  (``SELECT … FOR UPDATE``), in one order — hearing, case, officer, room, parties, person or
  user, acta, agreement, number counter — and, last, as it commits, the audit chains of the
  offices it wrote to (conciliador.services.audit). Every write unit first takes ``WRITE_LOCK``
  *shared* (units never wait for each other on it); a bulk load takes it exclusively. Waits
  are bounded by ``lock_timeout``.
- No unit of work runs LibreOffice or writes document files: those happen between units.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from conciliador.domain.clock import SYSTEM_CLOCK, Clock
from conciliador.models.base import CLOCK_OPTION

ENV_VAR = "CONCILIADOR_DB"
_WRITE_OPTION = "conciliador_write"
BUSY_TIMEOUT_MS = 30_000
_MIGRATION_LOCK = 7_341_002  # PostgreSQL advisory lock key for schema upgrades
#: PostgreSQL advisory lock key every write unit takes first: shared by ordinary units (they never
#: wait for each other on it), exclusive for a bulk load, which so waits for the units under way
#: and makes new ones wait for it (see the module's docstring).
WRITE_LOCK = 7_341_001


class DatabaseError(Exception):
    """The database cannot be opened or upgraded; the message is for the user."""


class DatabaseBusy(DatabaseError):
    """Another desk held the one-writer lock longer than a desk waits for it."""


def data_dir() -> Path:
    """The user's data folder (created readable by the user only)."""
    path = user_data_path("conciliador", appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'conciliador.sqlite'}"


def resolve_url(explicit: str | None = None) -> str:
    """``--db`` first, then ``CONCILIADOR_DB``, then the embedded default."""
    return explicit or os.environ.get(ENV_VAR) or default_url()


def normalize_url(url: str) -> URL:
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _prepare_sqlite_file(url: URL) -> None:
    """Create the database's folder and file readable by the user only."""
    if not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is too late).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def first_line(exc: BaseException) -> str:
    """The driver's own message, on one line, without SQLAlchemy's background link."""
    origin = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(origin).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


class Database:
    """An engine and its session factory; one per process, made by the composition root."""

    def __init__(self, url: str, *, echo: bool = False, clock: Clock = SYSTEM_CLOCK) -> None:
        try:
            self.url = normalize_url(url)
            self.url.get_dialect()  # an unknown engine or a missing driver fails here
        except (ArgumentError, ImportError) as exc:
            raise DatabaseError(
                f"La dirección de la base de datos «{url}» no es válida ({first_line(exc)}): "
                "use sqlite:///ruta/archivo.sqlite o postgresql://usuario@servidor/base."
            ) from exc
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        #: How long a PostgreSQL write unit waits for another desk's (SQLite: the busy timeout).
        self.lock_timeout_ms = BUSY_TIMEOUT_MS
        #: "Now" for every service working on this database, and for the rows' time stamps
        #: (the engine carries it to the models' column defaults).
        self.clock = clock
        # The engine holds the handle, not the clock, so a clock swapped later (a test moving
        # to another day) is the one every row's time stamp reads too.
        options = {CLOCK_OPTION: self}
        if self.is_sqlite:
            _prepare_sqlite_file(self.url)
            self.engine = create_engine(
                self.url,
                echo=echo,
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                hide_parameters=True,
                execution_options=options,
            )
            _install_sqlite_hooks(self.engine)
        else:
            self.engine = create_engine(
                self.url,
                echo=echo,
                pool_pre_ping=True,
                hide_parameters=True,
                execution_options=options,
            )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def now(self) -> dt.datetime:
        """The present instant (UTC) by this database's clock."""
        return self.clock.now()

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file (None for PostgreSQL or an in-memory database)."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def schema_revisions(self) -> set[str]:
        """The migration revision(s) the database is at (empty when never migrated)."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self, *, exclusive: bool = False) -> Iterator[Session]:
        """A unit of work that commits when the block ends and rolls back on any exception.

        ``exclusive`` (PostgreSQL): no other write unit runs meanwhile — for a bulk load."""
        with self._sessions() as session:
            session.connection(execution_options={_WRITE_OPTION: True})
            try:
                if not self.is_sqlite:
                    self._take_write_lock(session, exclusive=exclusive)
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def _take_write_lock(self, session: Session, *, exclusive: bool) -> None:
        """PostgreSQL: wait for a bulk load's exclusive lock (or, exclusive, for every unit under
        way) at most as long as SQLite's busy timeout, then say in Spanish who holds it instead
        of waiting forever. The timeout also bounds every row lock the unit waits for."""
        function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        try:
            # One round trip: the timeout is set (for this transaction) before the lock is asked.
            session.execute(
                text(f"SELECT set_config('lock_timeout', :t, true), {function}(:k)"),
                {"t": str(int(self.lock_timeout_ms)), "k": WRITE_LOCK},
            )
        except OperationalError as exc:
            if "lock timeout" not in str(exc):
                raise
            raise DatabaseBusy(self._write_lock_holder()) from exc

    def _write_lock_holder(self) -> str:
        """Who has held the write lock, and for how long, as the server tells it."""
        holder = None
        with suppress(SQLAlchemyError), self.engine.connect() as conn:
            holder = conn.execute(
                text(
                    "SELECT a.client_addr, a.client_hostname, a.usename,"
                    " EXTRACT(EPOCH FROM now() - a.xact_start)::int AS seconds"
                    " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                    " WHERE l.locktype = 'advisory' AND l.granted AND l.objid = :k"
                    " AND l.objsubid = 1 ORDER BY l.mode = 'ExclusiveLock' DESC"
                ),
                {"k": WRITE_LOCK},
            ).first()
        seconds = max(1, self.lock_timeout_ms // 1000)
        if holder is None:
            who = "Otro escritorio estaba guardando un cambio"
        else:
            where = holder.client_hostname or holder.client_addr or "este mismo servidor"
            who = (
                f"El escritorio de {holder.usename or 'otro usuario'} ({where}) lleva "
                f"{holder.seconds} s guardando un cambio largo (una importación, una carga de "
                "datos o una restauración)"
            )
        return (
            f"{who}, y esta tarea esperó su turno {seconds} s sin obtenerlo. Vuelva a "
            "intentarlo cuando termine; no se guardó nada."
        )

    @contextmanager
    def bulk_write(self, attach: Mapping[str, Path] | None = None) -> Iterator[Session]:
        """A write unit for loading a great many rows into an empty database.

        On SQLite, for the length of the unit only: a rollback journal instead of the WAL (the
        database starts empty, so the journal stays tiny and the load is still all or nothing),
        no syncing to disk, a large page cache, worker threads for sorting index builds, and
        foreign keys unchecked (the loader keeps them consistent; the tests check them). The
        files in ``attach`` are attached under their names. Afterwards the connection is
        closed and the file is back in WAL mode. Other engines get an ordinary ``write()``.
        """
        if not self.is_sqlite:
            with self.write(exclusive=True) as session:
                yield session
            return
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            try:
                raw.execute("PRAGMA journal_mode = DELETE")  # stays WAL if another desk is in
                raw.execute("PRAGMA synchronous = OFF")
                raw.execute("PRAGMA foreign_keys = OFF")
                raw.execute("PRAGMA cache_size = -1000000")
                raw.execute("PRAGMA threads = 4")
                for name, path in (attach or {}).items():
                    raw.execute(f'ATTACH DATABASE ? AS "{name}"', (str(path),))
                with Session(bind=conn, expire_on_commit=False) as session:
                    try:
                        # Take the write lock on the main file only: BEGIN IMMEDIATE would also
                        # lock the attached files, which worker processes are still writing.
                        version = session.connection().exec_driver_sql("PRAGMA main.user_version")
                        session.connection().exec_driver_sql(
                            f"PRAGMA main.user_version = {int(version.scalar_one())}"
                        )
                        yield session
                        session.commit()
                    except BaseException:
                        session.rollback()
                        raise
            finally:
                with suppress(sqlite3.Error):
                    for name in attach or {}:
                        raw.execute(f'DETACH DATABASE "{name}"')
                with suppress(sqlite3.Error):
                    raw.execute("PRAGMA journal_mode = WAL")
                conn.invalidate()  # never hand these pragmas to the next unit of work

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: never commits; closing it ends the transaction."""
        with self._sessions() as session:
            yield session

    def upgrade(self) -> None:
        """Bring the schema to the newest migration (safe when two desks start together)."""
        from alembic import command
        from alembic.config import Config

        from conciliador import migrations

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
        try:
            current = self.schema_revisions()
        except Exception as exc:
            raise DatabaseError(
                f"No se pudo abrir la base de datos {self.display_url}: {first_line(exc)}"
            ) from exc
        unknown = current - known_revisions()
        if unknown:
            raise DatabaseError(
                f"La base de datos {self.display_url} fue actualizada por una versión más nueva "
                f"de Conciliador (esquema {', '.join(sorted(unknown))}); esta versión no la "
                "conoce y no la toca. Use la versión más nueva."
            )
        if current and current == head_revisions():
            return  # nothing to migrate: no write lock, so opening never waits on other desks
        try:
            with self.engine.connect() as conn:
                if self.is_sqlite:
                    conn = conn.execution_options(**{_WRITE_OPTION: True})
                with conn.begin():
                    if not self.is_sqlite:
                        conn.execute(
                            text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK}
                        )
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
        except Exception as exc:
            if isinstance(exc, DatabaseError):
                raise
            raise DatabaseError(
                f"No se pudo abrir o actualizar la base de datos {self.display_url}: "
                f"{first_line(exc)}"
            ) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def head_revisions() -> set[str]:
    """The newest migration revision(s) this version of the program knows."""
    from alembic.script import ScriptDirectory

    from conciliador import migrations

    return set(ScriptDirectory(str(Path(migrations.__file__).parent)).get_heads())


def known_revisions() -> set[str]:
    """Every migration revision this version of the program knows."""
    from alembic.script import ScriptDirectory

    from conciliador import migrations

    scripts = ScriptDirectory(str(Path(migrations.__file__).parent))
    return {rev.revision for rev in scripts.walk_revisions()}


def open_database(
    url: str | None = None, *, upgrade: bool = True, clock: Clock = SYSTEM_CLOCK
) -> Database:
    """Resolve the URL, open the database and upgrade its schema."""
    db = Database(resolve_url(url), clock=clock)
    if upgrade:
        db.upgrade()
    return db
