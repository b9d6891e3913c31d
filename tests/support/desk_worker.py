"""One desk of the eight-desks test: an office's whole day of writing, as fast as it can.

Run as ``python -m tests.support.desk_worker URL OFFICE_CODE COUNT START_AT DESK LOG``. It waits
until ``START_AT`` (so every desk begins together), then ``COUNT`` times registers a case, books
its hearing, holds it, concludes it with an agreement and issues the acta — every kind of write
unit that numbers, books or chains — and appends one JSON line per round to ``LOG`` (an
«error» line with the traceback when anything fails).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
import time
import traceback

from sqlalchemy import select

from conciliador.db import Database
from conciliador.domain.enums import Matter, Outcome
from conciliador.models import Office, Room, User
from conciliador.services import hearing_flow
from conciliador.services.actas import acta_of_hearing, issue_acta
from conciliador.services.actor import Actor
from conciliador.services.agreements import agreement_context
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support import world as world_module
from tests.support.agreements import complete_terms
from tests.support.world import NOW, World, local, pinned_clock

SYSTEM = Actor.command_line("escritorio de la prueba de ocho mesas")
DAYS = (dt.date(2026, 11, 30), dt.date(2026, 12, 1), dt.date(2026, 12, 2))
HOURS = (8, 10, 13)


def main(url: str, code: str, count: int, start_at: float, desk: int, log_path: str) -> int:
    db = Database(url, clock=pinned_clock())
    # People of different desks never share an identity number (they would share a calendar).
    world_module._serial = itertools.count(desk * 10_000 + 1)
    with db.read() as s:
        office_id = s.scalar(select(Office.id).where(Office.code == code))
        assert office_id is not None
        officer = s.scalar(select(User.id).where(User.office_id == office_id))
        rooms = list(s.scalars(select(Room.id).where(Room.office_id == office_id)))
    assert officer is not None
    world = World(db, SYSTEM, 0, office_id, 0, rooms, *([SYSTEM] * 5))
    with open(log_path, "a", encoding="utf-8") as log:
        time.sleep(max(0.0, start_at - time.time()))
        for n in range(count):
            started = time.monotonic()
            try:
                case = world.case(matters={Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO})
                day = DAYS[n % len(DAYS)]
                request = BookingRequest(
                    case_id=case.id,
                    officer_id=officer,
                    start=local(day.year, day.month, day.day, HOURS[n // len(DAYS)]),
                    room_id=rooms[0],
                )
                hearing = book_hearing(db, SYSTEM, request, now=NOW)
                hearing_flow.start_hearing(
                    db, SYSTEM, hearing.id, reason="Ambas partes acudieron por su cuenta."
                )
                ctx = agreement_context(db, SYSTEM, hearing.id)
                hearing_flow.conclude_hearing(
                    db, SYSTEM, hearing.id, Outcome.ACUERDO_TOTAL, terms=complete_terms(ctx)
                )
                acta = acta_of_hearing(db, SYSTEM, hearing.id)
                assert acta.acta_id is not None
                issued = issue_acta(db, SYSTEM, acta.acta_id, now=NOW)
                line = {"case": case.number, "acta": issued.number}
            except Exception:
                line = {"error": traceback.format_exc()}
            line["seconds"] = round(time.monotonic() - started, 3)
            log.write(json.dumps(line, ensure_ascii=False) + "\n")
            log.flush()
    db.dispose()
    return 0


if __name__ == "__main__":
    url, code, count, start_at, desk, log_path = sys.argv[1:7]
    sys.exit(main(url, code, int(count), float(start_at), int(desk), log_path))
