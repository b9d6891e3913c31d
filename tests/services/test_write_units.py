"""Write units on both engines (issue 19, docs/concurrency.md).

SQLite lets one desk write at a time (BEGIN IMMEDIATE): a second unit waits for the first to
commit. PostgreSQL has no such queue, so the audit trail must not bring one back: a unit takes
its chain's turn only as the last thing before committing, never while it still waits for a
row another desk has locked. Taking it at the first audit event instead deadlocked two desks
concluding a hearing and editing its case at once; this test rebuilds that order.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select, text

from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import AuditEvent
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.audit_chain import check_chain

SYSTEM = Actor.command_line("prueba de unidades de escritura")


def test_a_second_sqlite_write_unit_waits_for_the_first_to_commit(sqlite_db: Database) -> None:
    db = sqlite_db
    order: list[str] = []
    first_in = threading.Event()
    release = threading.Event()

    def first() -> None:
        with db.write():
            order.append("first begins")
            first_in.set()
            release.wait(timeout=30)
            order.append("first commits")

    def second() -> None:
        first_in.wait(timeout=30)
        with db.write():
            order.append("second begins")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_in.wait(timeout=30)
    # Give the second unit every chance to start while the first is open: it must not.
    threads[1].join(timeout=1.0)
    assert threads[1].is_alive() and order == ["first begins"]
    release.set()
    for thread in threads:
        thread.join(timeout=30)
    assert order == ["first begins", "first commits", "second begins"]


@pytest.mark.pg
def test_a_desk_waiting_for_a_row_does_not_hold_the_audit_chain(pg_db: Database) -> None:
    """A locks a row, then records; B records, then waits for A's row. Both commit."""
    db = pg_db
    row_locked, b_recorded = threading.Event(), threading.Event()
    failures: list[BaseException] = []
    lock_row = text("SELECT version_num FROM alembic_version FOR UPDATE")

    def desk_a() -> None:
        try:
            with db.write() as session:
                session.execute(lock_row)
                row_locked.set()
                assert b_recorded.wait(30)
                time.sleep(0.5)  # B is now waiting for the row
                audit.record(session, SYSTEM, AuditAction.MODIFICAR, "prueba", "a")
        except BaseException as exc:
            failures.append(exc)

    def desk_b() -> None:
        try:
            assert row_locked.wait(30)
            with db.write() as session:
                audit.record(session, SYSTEM, AuditAction.CONCLUIR, "prueba", "b")
                b_recorded.set()
                session.execute(lock_row)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=desk_a), threading.Thread(target=desk_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    with db.read() as session:
        assert session.scalars(select(AuditEvent.entity_id).order_by(AuditEvent.id)).all() == [
            "a",
            "b",
        ]
        assert check_chain(session).ok
