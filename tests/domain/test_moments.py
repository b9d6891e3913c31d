"""When an outcome happened: one definition for values and SQL (domain/moments.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func
from sqlalchemy.dialects import sqlite

from conciliador.domain.moments import outcome_moment
from conciliador.models import Case, Hearing

BOOKED = dt.datetime(2026, 11, 23, 15, tzinfo=dt.UTC)
BEGAN = BOOKED - dt.timedelta(minutes=20)
CLOSED = BOOKED + dt.timedelta(days=3)


def test_the_real_start_then_the_booked_start_then_the_closure() -> None:
    assert outcome_moment(BEGAN, BOOKED, CLOSED) == BEGAN
    assert outcome_moment(None, BOOKED, CLOSED) == BOOKED  # a no-show never began
    assert outcome_moment(None, None, CLOSED) == CLOSED  # withdrawn without a hearing
    assert outcome_moment(None, None, None) is None


def test_sql_reads_the_same_order() -> None:
    column = outcome_moment(
        Hearing.started_at, Hearing.starts_at, Case.closed_at, pick=func.coalesce
    )
    sql = str(column.compile(dialect=sqlite.dialect()))
    assert sql == "coalesce(hearings.started_at, hearings.starts_at, cases.closed_at)"
