"""Gap-free, duplicate-free correlative numbers per office, year and kind.

The counter row is locked for the rest of the caller's transaction (SQLite: the write unit
already holds the database's write lock; PostgreSQL: ``SELECT … FOR UPDATE``, the last row
lock in the order of docs/concurrency.md), so a number is taken only by a transaction that
commits; a rollback gives it back. Nothing slow may follow it in the unit (issuing an acta
renders before taking its number).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from conciliador.models import Counter


def next_number(session: Session, office_id: int, year: int, kind: str) -> int:
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(Counter)
        .values(office_id=office_id, year=year, kind=kind, last_value=0)
        .on_conflict_do_nothing()
    )
    counter = session.scalars(
        select(Counter)
        .where(Counter.office_id == office_id, Counter.year == year, Counter.kind == kind)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    counter.last_value += 1
    session.flush()
    return counter.last_value


def ensure_at_least(session: Session, office_id: int, year: int, kind: str, value: int) -> None:
    """Raise a counter to ``value`` (after importing numbered records)."""
    current = next_number(session, office_id, year, kind) - 1
    counter = session.get(Counter, (office_id, year, kind))
    assert counter is not None
    counter.last_value = max(current, value)
    session.flush()
