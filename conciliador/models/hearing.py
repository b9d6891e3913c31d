"""Hearings (audiencias) and the citations that summon each party to them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conciliador.domain.enums import (
    Absence,
    CancelReason,
    CitationMethod,
    HearingMode,
    HearingStatus,
)
from conciliador.domain.followup import HearingPurpose
from conciliador.models.base import Base, UTCDateTime, enum_column, stamp_now, uid_column
from conciliador.models.case import Case
from conciliador.models.office import Room
from conciliador.models.person import Person
from conciliador.models.user import User


class Hearing(Base):
    __tablename__ = "hearings"
    __table_args__ = (
        # Conflict checks and agenda views are range scans on these.
        Index("ix_hearings_officer_start", "officer_id", "starts_at"),
        Index("ix_hearings_room_start", "room_id", "starts_at"),
        Index("ix_hearings_office_start", "office_id", "starts_at"),
        Index("ix_hearings_case_start", "case_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"))
    mode: Mapped[HearingMode] = mapped_column(enum_column(HearingMode))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    #: 1 for the first session; a suspended hearing continues in session 2, 3 …
    session_number: Mapped[int] = mapped_column(Integer, default=1)
    #: Which citation summons the parties: 1 = first, 2 = second (and last, by default).
    citation_round: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[HearingStatus] = mapped_column(enum_column(HearingStatus))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[CancelReason | None] = mapped_column(enum_column(CancelReason))
    absence: Mapped[Absence | None] = mapped_column(enum_column(Absence))
    #: The hearing's own record: when it really started and ended (the booked slot is
    #: ``starts_at``/``ends_at``); recorded by the officer, corrected only with a reason.
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    concluded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: Why it started early or with a citation undelivered (empty when neither happened).
    start_reason: Mapped[str] = mapped_column(Text, default="")
    #: The hearing this one replaced (rescheduled, continued after suspension, next citation).
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id"), index=True)
    #: A conciliation hearing, or a follow-up hearing on a concluded case with a signed
    #: agreement (``services.followup.hearing``).
    purpose: Mapped[HearingPurpose] = mapped_column(
        enum_column(HearingPurpose), default=HearingPurpose.CONCILIACION
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    case: Mapped[Case] = relationship()
    officer: Mapped[User] = relationship(foreign_keys=[officer_id])
    room: Mapped[Room | None] = relationship()
    replaces: Mapped[Hearing | None] = relationship(remote_side=[id])
    citations: Mapped[list[Citation]] = relationship(
        back_populates="hearing", order_by="Citation.id"
    )

    __mapper_args__ = {"version_id_col": version}


class Citation(Base):
    """One party's summons to one hearing, and the record of its delivery."""

    __tablename__ = "citations"
    __table_args__ = (UniqueConstraint("hearing_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearings.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    #: The party's side in the case: a ``domain.agreement_terms.Party`` value.
    party: Mapped[str] = mapped_column(String(20))
    number: Mapped[int] = mapped_column(Integer, default=1)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    method: Mapped[CitationMethod | None] = mapped_column(enum_column(CitationMethod))
    #: Who delivered it (a notifier's name, which may not be a user of the system).
    delivered_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    hearing: Mapped[Hearing] = relationship(back_populates="citations")
    person: Mapped[Person] = relationship()
