"""Acompañamiento: what families report after the signature, and the alerts set aside.

The obligations themselves are not stored: they follow from the signed agreements' terms
(``domain.obligations``), and so do the arrears. Only what happened is recorded here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.followup import AlertKind, IncidentKind
from conciliador.models.base import Base, Money, UTCDateTime, enum_column, stamp_now, uid_column


class SupportPayment(Base):
    """A child-support payment the family reported (or a bank or payroll listing showed)."""

    __tablename__ = "support_payments"
    __table_args__ = (Index("ix_support_payments_case_paid", "case_id", "paid_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod))
    receipt: Mapped[str] = mapped_column(String(80), default="")
    #: Who told the office (the receiving parent, the payer, the bank's listing …).
    reported_by: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)


class FollowUpIncident(Base):
    """Something that happened to an agreement: a visit not held, a late payment, a change."""

    __tablename__ = "followup_incidents"
    __table_args__ = (Index("ix_followup_incidents_case_on", "case_id", "occurred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    kind: Mapped[IncidentKind] = mapped_column(enum_column(IncidentKind))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(String(200))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)


class AlertDismissal(Base):
    """An alert set aside, with the reason. ``key`` names the alert (its kind, its subject and
    the fact that raised it), so a new fact raises a new alert."""

    __tablename__ = "alert_dismissals"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[AlertKind] = mapped_column(enum_column(AlertKind))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    dismissed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    dismissed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    #: The alert's key date when it was set aside (a due date, a hearing's day, a deadline),
    #: for the monthly summary's days to resolution; unknown for dismissals made before it
    #: was kept, or received by interchange.
    key_date: Mapped[dt.date | None] = mapped_column(Date)
