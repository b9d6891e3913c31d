"""Conflict check for one booking: what ``book_hearing`` asks before it books.

``find_clashes`` for a realistic plan — an open case of one of the 99 delegations, one of its
officers and rooms, a slot in the next three weeks, its pending hearing being the one moved (as
``reschedule_hearing`` asks) — on the million-hearing database: the officer's, the room's and
both parties' hearings around that time, the case's other pending hearing, then the calendar
rules. Each check gets a fresh unit of work, as a booking does; only
``find_clashes`` is timed (the plan is built before the clock starts). The whole
``check_booking`` service (plan, permission, check) is timed too, for the booking screen.

Naive: the same code on a copy of the hearings table without its secondary indexes (the
officer, room and case ones these queries use), so every lookup scans a million rows.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from bench.context import Context
from bench.figures import Figure, Timing, ms
from bench.shadow import without_indexes
from conciliador.db import Database
from conciliador.domain.enums import CaseStatus, Role
from conciliador.domain.hearing_states import PENDING
from conciliador.models import Case, Hearing, Room, User
from conciliador.services.actor import Actor
from conciliador.services.scheduling import (
    BookingRequest,
    _plan,  # the plan book_hearing builds; only find_clashes is under the clock
    check_booking,
    find_clashes,
)

CHECKS = 400
NAIVE_CHECKS = 5


@dataclass(frozen=True)
class Booking:
    request: BookingRequest
    #: The case's pending hearing, which the booking moves (as ``reschedule_hearing`` does).
    moving: tuple[int, ...]


def bookings(db: Database, today: dt.date, count: int, seed: int = 7) -> list[Booking]:
    """Open cases across the offices, each with an officer and a room of its office and a
    working-day slot 3 to 21 days ahead; a case's pending hearing is the one being moved."""
    rng = random.Random(seed)
    with db.read() as session:
        cases = list(
            session.execute(
                select(Case.id, Case.office_id)
                .where(Case.status.in_((CaseStatus.SOLICITADA, CaseStatus.EN_TRAMITE)))
                .order_by(Case.id)
            )
        )
        chosen = rng.sample(cases, min(count, len(cases)))
        pending: dict[int, list[int]] = {}
        for hearing_id, case_id in session.execute(
            select(Hearing.id, Hearing.case_id).where(
                Hearing.case_id.in_([c for c, _o in chosen]), Hearing.status.in_(PENDING)
            )
        ):
            pending.setdefault(case_id, []).append(hearing_id)
        officers: dict[int, list[int]] = {}
        for user_id, office_id in session.execute(
            select(User.id, User.office_id).where(User.role == Role.CONCILIADOR, User.active)
        ):
            officers.setdefault(office_id, []).append(user_id)
        rooms: dict[int, list[int]] = {}
        for room_id, office_id in session.execute(select(Room.id, Room.office_id)):
            rooms.setdefault(office_id, []).append(room_id)
    found = []
    for case_id, office_id in chosen:
        day = today + dt.timedelta(days=rng.randint(3, 21))
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        start = dt.datetime.combine(day, dt.time(rng.choice((8, 9, 10, 11, 13, 14, 15))))
        request = BookingRequest(
            case_id=case_id,
            officer_id=rng.choice(officers[office_id]),
            start=start,
            room_id=rng.choice(rooms[office_id]),
        )
        found.append(Booking(request, tuple(pending.get(case_id, ()))))
    return found


def _time_checks(
    db: Database, bookings: list[Booking], now: dt.datetime
) -> tuple[Timing, Counter[str]]:
    seconds, rules = [], Counter[str]()
    for booking in bookings:
        with db.read() as session:
            plan = _plan(session, booking.request)
            start = time.perf_counter()
            found = find_clashes(session, plan, now=now, exclude=booking.moving)
            seconds.append(time.perf_counter() - start)
            rules.update(c.rule for c in found)
    return Timing(tuple(seconds)), rules


def _rules(rules: Counter[str]) -> str:
    return ", ".join(f"{rule} {n}" for rule, n in rules.most_common()) or "none"


def run(context: Context) -> list[Figure]:
    now = context.now
    db = Database(f"sqlite:///{context.database}")
    try:
        planned = bookings(db, now.date(), CHECKS)
        requests = [b.request for b in planned]
        _time_checks(db, planned[:50], now)  # warm-up
        checks, rules = _time_checks(db, planned, now)
        actor = Actor.command_line("bench")
        for request in requests[:50]:
            check_booking(db, actor, request, now=now)
        whole_seconds = []
        for request in requests:
            start = time.perf_counter()
            check_booking(db, actor, request, now=now)
            whole_seconds.append(time.perf_counter() - start)
        whole = Timing(tuple(whole_seconds))
    finally:
        db.dispose()
    naive_db = without_indexes(context.database, "hearings")
    try:
        _time_checks(naive_db, planned[:1], now)  # builds the copy, warms it
        naive, _ = _time_checks(naive_db, planned[:NAIVE_CHECKS], now)
    finally:
        naive_db.dispose()
    return [
        Figure(
            key="conflicts",
            title="Conflict check for one booking (find_clashes)",
            unit="ms",
            value=ms(checks.median),
            target=2.0,
            naive=ms(naive.median),
            naive_how="same code, hearings copied without their secondary indexes "
            f"(median of {naive.count})",
            detail=f"median of {checks.count} bookings (open cases of 99 delegations, their "
            f"pending hearing moved to a slot 3–21 days ahead), p90 {ms(checks.p90):.2f} ms; "
            f"clashes found: {_rules(rules)}",
        ),
        Figure(
            key="check_booking",
            title="Whole check_booking service (plan, permission, check)",
            unit="ms",
            value=ms(whole.median),
            target=None,
            naive=None,
            naive_how="",
            detail=f"median of {whole.count}, p90 {ms(whole.p90):.2f} ms; what the booking "
            "screen calls on every change (for a new booking, so it also names the case's "
            "pending hearing)",
        ),
    ]
