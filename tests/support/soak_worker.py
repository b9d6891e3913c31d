"""One desk of the concurrency soak: books, edits, numbers and records at random for a while.

Run as ``python -m tests.support.soak_worker URL SECONDS START_AT SEED LOG``. It waits until
``START_AT`` (so both desks begin together), then for ``SECONDS`` runs ``ACTIONS`` at random
on a small, shared set of cases, officers, rooms and slots — so the two desks collide often —
and appends one JSON line per outcome to ``LOG``. Before the random part, both desks save the
same request from the same version, met at a barrier of files beside ``LOG`` (``collide``): so
the two always collide at least once, however slow the machine. A refusal the user would read
(ServiceError) is an outcome; anything else is written as an «error» line with its traceback.

To soak a new use case, add an action here and its invariant to the test.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from conciliador.db import Database
from conciliador.domain.enums import (
    CancelReason,
    CitationMethod,
    HearingStatus,
    Matter,
    Outcome,
    Role,
    Sex,
)
from conciliador.domain.hearing_states import PENDING
from conciliador.models import Case, Citation, Hearing, Office, Room, User
from conciliador.services import case_edits, cases, hearing_flow
from conciliador.services.actas import acta_of_hearing, issue_acta
from conciliador.services.actor import Actor
from conciliador.services.agreements import agreement_context
from conciliador.services.errors import ServiceError, StaleData
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.agreements import complete_terms
from tests.support.world import NOW, World, local, pinned_clock

SYSTEM = Actor.command_line("escritorio de la prueba de carga")
#: The first cases of the world: the ones both desks keep editing.
EDITED_CASES = 4
SLOT_DAYS = (dt.date(2026, 11, 30), dt.date(2026, 12, 1), dt.date(2026, 12, 2))
SLOT_HOURS = (8, 9, 10, 11, 13, 14)


class Desk:
    def __init__(self, url: str, rng: random.Random, log: Any) -> None:
        self.db = Database(url, clock=pinned_clock())
        self.rng = rng
        self.log = log
        with self.db.read() as s:
            office_id = s.scalar(select(Office.id).where(Office.code == "MN-D2"))
            assert office_id is not None
            self.office_id = office_id
            self.officers = list(
                s.scalars(
                    select(User.id).where(
                        User.office_id == office_id, User.role == Role.CONCILIADOR
                    )
                )
            )
            self.rooms = list(s.scalars(select(Room.id).where(Room.office_id == office_id)))
            self.edited = list(s.scalars(select(Case.id).order_by(Case.id).limit(EDITED_CASES)))
        self.world = World(self.db, SYSTEM, 0, office_id, 0, self.rooms, *([SYSTEM] * 5))

    def write(self, **line: Any) -> None:
        self.log.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
        self.log.flush()

    def pause(self) -> None:
        """The time a person takes between reading a screen and saving it."""
        time.sleep(self.rng.uniform(0, 0.02))

    # -- actions -------------------------------------------------------------------------------
    def number(self) -> None:
        parties = []
        for first, sex in (("Lucía", Sex.FEMALE), ("Pedro", Sex.MALE)):
            person = self.world.person(first, sex=sex)
            person.id_number = f"002-{self.rng.randrange(10**12):012d}Y"
            parties.append(person)
        case = self.world.case(actor=SYSTEM, claimant=parties[0], respondent=parties[1])
        self.write(action="numerar", case=case.id, number=case.number)

    def book(self) -> None:
        with self.db.read() as s:
            waiting = s.scalars(
                select(Case.id).where(Case.status.in_(("solicitada", "en_tramite"))).limit(40)
            ).all()
        day = self.rng.choice(SLOT_DAYS)
        request = BookingRequest(
            case_id=self.rng.choice(waiting),
            officer_id=self.rng.choice(self.officers),
            start=local(day.year, day.month, day.day, self.rng.choice(SLOT_HOURS)),
            room_id=self.rng.choice(self.rooms),
        )
        hearing = book_hearing(self.db, SYSTEM, request, now=NOW)
        self.write(action="reservar", hearing=hearing.id)

    def edit_party(self) -> None:
        case_id = self.rng.choice(self.edited)
        party = self.rng.choice(("solicitante", "citado"))
        version = case_edits.party_version(self.db, SYSTEM, case_id, party)  # type: ignore[arg-type]
        value = f"{self.rng.randrange(10**8):08d}"
        self.pause()
        view = case_edits.update_party_contact(
            self.db,
            SYSTEM,
            case_id,
            party,
            expected_version=version,
            phone=value,  # type: ignore[arg-type]
        )
        self.write(action="editar_parte", person=view.id, version=version, value=value)

    def edit_request(self) -> None:
        case_id = self.rng.choice(self.edited)
        version = cases.get_case(self.db, SYSTEM, case_id).version
        value = f"Relato revisado {self.rng.randrange(10**8):08d}"
        self.pause()
        case_edits.update_request(self.db, SYSTEM, case_id, expected_version=version, account=value)
        self.write(action="editar_solicitud", case=case_id, version=version, value=value)

    def deliver(self) -> None:
        with self.db.read() as s:
            waiting = s.scalars(
                select(Citation.id)
                .join(Hearing, Hearing.id == Citation.hearing_id)
                .where(Citation.delivered_at.is_(None), Hearing.status.in_(PENDING))
                .limit(30)
            ).all()
        if not waiting:
            return
        hearing_flow.record_citation_delivery(
            self.db,
            SYSTEM,
            self.rng.choice(waiting),
            delivered_at=NOW,
            method=CitationMethod.PERSONAL,
            delivered_by="Notificador",
        )
        self.write(action="citar")

    def issue(self) -> None:
        """Hold a hearing, conclude it in total agreement and issue its acta (numbered)."""
        parties = []
        for first, sex in (("Rosa", Sex.FEMALE), ("Juan", Sex.MALE)):
            person = self.world.person(first, sex=sex)
            person.id_number = f"004-{self.rng.randrange(10**12):012d}W"
            parties.append(person)
        case = self.world.case(
            actor=SYSTEM,
            claimant=parties[0],
            respondent=parties[1],
            matters={Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO},
        )
        day = self.rng.choice(SLOT_DAYS)
        request = BookingRequest(
            case_id=case.id,
            officer_id=self.rng.choice(self.officers),
            start=local(day.year, day.month, day.day, self.rng.choice(SLOT_HOURS)),
            room_id=self.rng.choice(self.rooms),
        )
        hearing = book_hearing(self.db, SYSTEM, request, now=NOW)
        hearing_flow.start_hearing(
            self.db, SYSTEM, hearing.id, reason="Ambas partes acudieron por su cuenta."
        )
        ctx = agreement_context(self.db, SYSTEM, hearing.id)
        hearing_flow.conclude_hearing(
            self.db, SYSTEM, hearing.id, Outcome.ACUERDO_TOTAL, terms=complete_terms(ctx)
        )
        acta = acta_of_hearing(self.db, SYSTEM, hearing.id)
        assert acta.acta_id is not None
        issued = issue_acta(self.db, SYSTEM, acta.acta_id, now=NOW)
        self.write(action="emitir", acta=issued.acta_id, number=issued.number)

    def cancel(self) -> None:
        with self.db.read() as s:
            rows = s.execute(
                select(Hearing.id, Hearing.version)
                .where(Hearing.status == HearingStatus.PROGRAMADA)
                .limit(20)
            ).all()
        if not rows:
            return
        hearing_id, version = self.rng.choice(rows)
        self.pause()
        hearing_flow.cancel_hearing(
            self.db, SYSTEM, hearing_id, CancelReason.FUERZA_MAYOR, expected_version=version
        )
        self.write(action="cancelar", hearing=hearing_id)


def collide(desk: Desk, barrier: Path, seed: int) -> None:
    """Both desks read the first shared request, wait until the other has read it too, and
    save: one save wins, the other is told someone else changed it (a «stale» line)."""
    case_id = desk.edited[0]
    version = cases.get_case(desk.db, SYSTEM, case_id).version
    barrier.mkdir(exist_ok=True)
    (barrier / f"{seed}.leido").touch()
    deadline = time.monotonic() + 120
    while len(list(barrier.glob("*.leido"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    value = f"Relato revisado a la vez por la mesa {seed}"
    try:
        case_edits.update_request(desk.db, SYSTEM, case_id, expected_version=version, account=value)
    except StaleData as exc:
        desk.write(action="editar_solicitud", stale=exc.message)
        return
    desk.write(action="editar_solicitud", case=case_id, version=version, value=value)


ACTIONS: dict[str, tuple[Callable[[Desk], None], int]] = {
    "numerar": (Desk.number, 3),
    "reservar": (Desk.book, 4),
    "editar_parte": (Desk.edit_party, 4),
    "editar_solicitud": (Desk.edit_request, 3),
    "citar": (Desk.deliver, 3),
    "cancelar": (Desk.cancel, 1),
    "emitir": (Desk.issue, 2),
}


def main(url: str, seconds: float, start_at: float, seed: int, log_path: str) -> None:
    rng = random.Random(seed)
    with open(log_path, "a", encoding="utf-8") as log:
        desk = Desk(url, rng, log)
        collide(desk, Path(log_path).parent / "barrera", seed)
        names = list(ACTIONS)
        weights = [ACTIONS[n][1] for n in names]
        time.sleep(max(0.0, start_at - time.time()))
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            name = rng.choices(names, weights)[0]
            try:
                ACTIONS[name][0](desk)
            except StaleData as exc:
                desk.write(action=name, stale=exc.message)
            except ServiceError as exc:
                desk.write(action=name, refused=exc.message)
            except Exception:
                desk.write(action=name, error=traceback.format_exc())
        desk.write(action="fin")
        desk.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
