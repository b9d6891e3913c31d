"""A conciliation case (solicitud): who asks, who is cited, for which children and matters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conciliador.domain.enums import CaseStatus, Matter, Outcome
from conciliador.models.base import Base, JSONType, UTCDateTime, enum_column, stamp_now, uid_column
from conciliador.models.office import Office
from conciliador.models.person import Child, Person

case_children = Table(
    "case_children",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("child_id", ForeignKey("children.id"), primary_key=True, index=True),
)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("office_id", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    respondent_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    claimant_representative_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    respondent_representative_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    matter_alimentos: Mapped[bool] = mapped_column(Boolean, default=False)
    matter_visitas: Mapped[bool] = mapped_column(Boolean, default=False)
    matter_cuido: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The requester's account of the situation, in their words.
    account: Mapped[str] = mapped_column(Text, default="")
    #: Answers to the profile's safeguarding questions: {question code: true/false}.
    safeguarding_answers: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    safeguarding_flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus), index=True)
    outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome))
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    #: The request's date in the office's calendar (for numbering and the monthly summary).
    request_date: Mapped[dt.date] = mapped_column(Date, index=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    office: Mapped[Office] = relationship()
    claimant: Mapped[Person] = relationship(foreign_keys=[claimant_id])
    respondent: Mapped[Person] = relationship(foreign_keys=[respondent_id])
    claimant_representative: Mapped[Person | None] = relationship(
        foreign_keys=[claimant_representative_id]
    )
    respondent_representative: Mapped[Person | None] = relationship(
        foreign_keys=[respondent_representative_id]
    )
    children: Mapped[list[Child]] = relationship(secondary=case_children, order_by=Child.birth_date)

    __mapper_args__ = {"version_id_col": version}

    @property
    def matters(self) -> list[Matter]:
        flags = (
            (Matter.ALIMENTOS, self.matter_alimentos),
            (Matter.VISITAS, self.matter_visitas),
            (Matter.CUIDO, self.matter_cuido),
        )
        return [m for m, on in flags if on]

    def set_matters(self, matters: set[Matter] | list[Matter]) -> None:
        chosen = set(matters)
        self.matter_alimentos = Matter.ALIMENTOS in chosen
        self.matter_visitas = Matter.VISITAS in chosen
        self.matter_cuido = Matter.CUIDO in chosen

    def number_text(self, office_code: str) -> str:
        return case_number_text(office_code, self.year, self.number)


def case_number_text(office_code: str, year: int, number: int) -> str:
    """A case's number as the office writes it: «MN-01-2026-00042»."""
    return f"{office_code}-{year}-{number:05d}"


class Referral(Base):
    """A derivación along the inter-institutional route of care, after a positive screen."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    institution_code: Mapped[str] = mapped_column(String(60))
    institution_name: Mapped[str] = mapped_column(String(300))
    referred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship()
