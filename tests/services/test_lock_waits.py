"""Locks held only as long as needed: opening a database that needs no migration takes no
write lock, and on PostgreSQL a desk waiting for another's long write gives up with a Spanish
message saying what it waited for (issue 13)."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import func, select, text

from conciliador.db import WRITE_LOCK, Database, DatabaseBusy, open_database
from conciliador.models import Office
from conciliador.services.failures import environment_problem

# Processes that race or are killed: run alone, after the parallel part (make test).
pytestmark = pytest.mark.serial


def test_opening_an_up_to_date_sqlite_database_does_not_wait_for_a_writer(
    sqlite_url: str,
) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    open_database(sqlite_url).dispose()  # schema current
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another desk in the middle of a long import
    writer.execute("CREATE TABLE ocupado (x)")
    try:
        started = time.monotonic()
        db = open_database(sqlite_url)
        with db.read() as session:
            offices = session.scalar(select(func.count(Office.id)))
        db.dispose()
        assert offices == 0
        assert time.monotonic() - started < 5
    finally:
        writer.execute("ROLLBACK")
        writer.close()


@pytest.mark.pg
def test_a_postgresql_desk_gives_up_waiting_with_a_spanish_message(pg_url: str) -> None:
    holder = Database(pg_url)
    waiting = Database(pg_url)
    waiting.lock_timeout_ms = 1_000
    taken, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with holder.write(exclusive=True) as session:  # a bulk load
            session.execute(text("SELECT 1"))
            taken.set()
            release.wait(30)

    thread = threading.Thread(target=long_write)
    thread.start()
    try:
        assert taken.wait(30)
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as busy, waiting.write():
            pass
        assert time.monotonic() - started < 10
        message = str(busy.value)
        assert "guardando un cambio largo" in message and "esperó su turno 1 s" in message
        assert environment_problem(busy.value) == message
    finally:
        release.set()
        thread.join()
    with waiting.write() as session:  # once the other desk finishes, writing works again
        assert session.scalar(
            text("SELECT pg_try_advisory_xact_lock_shared(:k)"), {"k": WRITE_LOCK}
        )
    holder.dispose()
    waiting.dispose()


@pytest.mark.pg
def test_ordinary_postgresql_write_units_do_not_wait_for_each_other(pg_url: str) -> None:
    """No global queue (issue 19): a unit kept open by one desk does not hold another's."""
    holder = Database(pg_url)
    other = Database(pg_url)
    other.lock_timeout_ms = 1_000
    with holder.write() as session:
        session.execute(text("SELECT 1"))
        started = time.monotonic()
        with other.write() as second:
            second.execute(text("SELECT 1"))
        assert time.monotonic() - started < 1
    holder.dispose()
    other.dispose()
