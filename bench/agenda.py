"""One office's week agenda: ``services.agenda.agenda(..., days=7)``.

An officer of one of the 100 delegations opens a week: this week, or any week of the ten
years. The service runs one query over the (office, start) index with the joins the screen
needs (case, officer, room, both parties) and returns plain rows in the office's time zone.

Naive: the same service on a copy of the hearings table without its secondary indexes, so
the (office_id, starts_at) range becomes a scan of a million rows.
"""

from __future__ import annotations

import datetime as dt
import random
import time

from sqlalchemy import select

from bench.context import Context
from bench.data import MILLION
from bench.figures import Figure, Timing, ms
from bench.shadow import without_indexes
from conciliador.db import Database
from conciliador.domain.enums import Role
from conciliador.models import User
from conciliador.services.actor import Actor
from conciliador.services.agenda import agenda

WEEKS = 300
NAIVE_WEEKS = 5


def week_requests(
    db: Database, today: dt.date, count: int, seed: int = 11
) -> list[tuple[Actor, dt.date]]:
    """(an officer of the office, a Monday): this week for every office first, then random
    weeks of the ten years."""
    rng = random.Random(seed)
    with db.read() as session:
        officers = {
            office_id: Actor(
                user_id, login, name, Role.CONCILIADOR, office_id, frozenset({office_id})
            )
            for user_id, login, name, office_id in session.execute(
                select(User.id, User.login, User.full_name, User.office_id)
                .where(User.role == Role.CONCILIADOR)
                .order_by(User.id.desc())
            )
        }
    this_monday = today - dt.timedelta(days=today.weekday())
    first_monday = this_monday - dt.timedelta(weeks=52 * MILLION.months // 12)
    weeks = [(actor, this_monday) for actor in officers.values()]
    actors = list(officers.values())
    while len(weeks) < count:
        monday = first_monday + dt.timedelta(weeks=rng.randrange(52 * MILLION.months // 12))
        weeks.append((rng.choice(actors), monday))
    rng.shuffle(weeks)
    return weeks[:count]


def _time_weeks(db: Database, weeks: list[tuple[Actor, dt.date]]) -> tuple[Timing, int]:
    seconds, rows = [], 0
    for actor, monday in weeks:
        assert actor.office_id is not None
        start = time.perf_counter()
        found = agenda(db, actor, actor.office_id, monday, days=7)
        seconds.append(time.perf_counter() - start)
        rows += len(found)
    return Timing(tuple(seconds)), rows


def run(context: Context) -> list[Figure]:
    db = Database(f"sqlite:///{context.database}")
    try:
        weeks = week_requests(db, context.now.date(), WEEKS)
        _time_weeks(db, weeks[:50])  # warm-up
        timing, rows = _time_weeks(db, weeks)
    finally:
        db.dispose()
    naive_db = without_indexes(context.database, "hearings")
    try:
        _time_weeks(naive_db, weeks[:1])  # builds the copy, warms it
        naive, _ = _time_weeks(naive_db, weeks[:NAIVE_WEEKS])
    finally:
        naive_db.dispose()
    return [
        Figure(
            key="agenda",
            title="One office's week agenda (agenda, days=7)",
            unit="ms",
            value=ms(timing.median),
            target=20.0,
            naive=ms(naive.median),
            naive_how="same service, hearings copied without their secondary indexes "
            f"(median of {naive.count})",
            detail=f"median of {timing.count} weeks of the 99 delegations (this week and any "
            f"of ten years), p90 {ms(timing.p90):.2f} ms; "
            f"{rows / timing.count:.1f} hearings a week",
        )
    ]
