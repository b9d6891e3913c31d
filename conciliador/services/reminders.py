"""Reminder calls: who to phone about the next working day's hearings.

The day before a hearing the office phones both parties; on a Friday that means Monday's
hearings (or the next working day after a holiday). Only hearings still to be held are listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from conciliador.db import Database
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import HearingMode
from conciliador.domain.hearing_states import PENDING
from conciliador.services.actor import Actor
from conciliador.services.agenda import agenda
from conciliador.services.office_info import next_working_day, office_settings


@dataclass(frozen=True)
class ReminderCall:
    hearing_id: int
    case_id: int
    case_number: str
    starts_at: dt.datetime  # office-local, aware
    party: Party
    person_name: str
    phone: str
    officer_name: str
    room_name: str | None
    mode: HearingMode
    citation_round: int


@dataclass(frozen=True)
class ReminderList:
    day: dt.date
    calls: list[ReminderCall]

    @property
    def without_phone(self) -> int:
        return sum(1 for c in self.calls if not c.phone.strip())


def reminder_calls(
    db: Database,
    actor: Actor,
    office_id: int,
    *,
    day: dt.date | None = None,
    officer_id: int | None = None,
    now: dt.datetime | None = None,
) -> ReminderList:
    """One line per party of every pending hearing on ``day`` (default: the next working day
    after today in the office's time zone), in hearing order, claimant first."""
    if day is None:
        today = office_settings(db, actor, office_id, now=now or db.now()).today
        day = next_working_day(db, actor, office_id, today)
    entries = agenda(
        db, actor, office_id, day, 1, officer_id=officer_id, statuses=frozenset(PENDING)
    )
    calls: list[ReminderCall] = []
    for e in entries:
        for party, name, phone in (
            (Party.SOLICITANTE, e.claimant_name, e.claimant_phone),
            (Party.CITADO, e.respondent_name, e.respondent_phone),
        ):
            calls.append(
                ReminderCall(
                    hearing_id=e.hearing_id,
                    case_id=e.case_id,
                    case_number=e.case_number,
                    starts_at=e.starts_at,
                    party=party,
                    person_name=name,
                    phone=phone,
                    officer_name=e.officer_name,
                    room_name=e.room_name,
                    mode=e.mode,
                    citation_round=e.citation_round,
                )
            )
    return ReminderList(day, calls)
