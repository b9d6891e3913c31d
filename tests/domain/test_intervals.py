"""When hearings clash and when a slot is free: one rule (domain/intervals.py)."""

from __future__ import annotations

import datetime as dt

from conciliador.domain.intervals import is_free, overlap_terms, overlaps, starts_within

DAY = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return DAY.replace(hour=hour, minute=minute)


def test_touching_hearings_do_not_clash() -> None:
    assert not overlaps(at(9), at(10), at(10), at(11))
    assert not overlaps(at(10), at(11), at(9), at(10))


def test_any_shared_minute_is_a_clash() -> None:
    assert overlaps(at(9), at(10), at(9, 59), at(11))
    assert overlaps(at(9), at(12), at(10), at(11))  # one inside the other
    assert overlaps(at(10), at(11), at(9), at(12))
    assert overlaps(at(9), at(10), at(9), at(10))  # the same slot


def test_a_slot_is_free_when_nothing_busy_overlaps_it() -> None:
    busy = [(at(8), at(9)), (at(11), at(12))]
    assert is_free(at(9), at(11), busy)
    assert not is_free(at(9), at(11, 1), busy)
    assert not is_free(at(7), at(8, 30), busy)
    assert is_free(at(9), at(10), [])


def test_slots_fit_inside_the_office_block() -> None:
    hour, half = dt.timedelta(hours=1), dt.timedelta(minutes=30)
    assert list(starts_within(at(8), at(10), hour, half)) == [at(8), at(8, 30), at(9)]
    assert list(starts_within(at(8), at(8, 59), hour, half)) == []


def test_minutes_of_a_cycle_follow_the_same_rule() -> None:
    assert overlaps(600, 720, 700, 800) and not overlaps(600, 720, 720, 800)


def test_sql_takes_the_same_two_comparisons() -> None:
    from sqlalchemy import and_, bindparam
    from sqlalchemy.dialects import sqlite

    from conciliador.models import Hearing

    clause = and_(
        *overlap_terms(Hearing.starts_at, Hearing.ends_at, bindparam("a"), bindparam("b"))
    )
    sql = str(clause.compile(dialect=sqlite.dialect()))
    assert sql == "hearings.starts_at < ? AND ? < hearings.ends_at"
