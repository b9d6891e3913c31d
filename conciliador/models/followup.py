"""Acompañamiento: what families report after the signature, the alerts set aside, and each
followed family's schedule of instalments.

The schedule follows from the signed agreements' terms (``domain.obligations``); it is written
once when an acta starts to bind (signature, a court's approval) or a later one supersedes it
(``services.followup.schedules``), so the alerts, the arrears and the reports read it with an
indexed query instead of computing it again on every read. The arrears are never stored: they
follow from the stored instalments and the recorded payments.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.followup import AlertKind, IncidentKind
from conciliador.domain.obligations import InstalmentKind
from conciliador.models.base import Base, Money, UTCDateTime, enum_column, stamp_now, uid_column


class SupportPayment(Base):
    """A child-support payment the family reported (or a bank or payroll listing showed)."""

    __tablename__ = "support_payments"
    #: With the amount: a family's payments up to a day are summed from the index alone.
    __table_args__ = (Index("ix_support_payments_case_paid", "case_id", "paid_on", "amount"),)

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


class ObligationSchedule(Base):
    """A followed family: the signed actas that bind it, written out as the instalments below
    up to ``until`` (instalments due later are computed when read, until it is written again
    further ahead)."""

    __tablename__ = "obligation_schedules"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    #: The acta in force (the latest that binds).
    acta_id: Mapped[int] = mapped_column(ForeignKey("actas.id"))
    #: The support's currency; None when the agreements in force set no support.
    currency: Mapped[str | None] = mapped_column(String(3))
    #: The office's day of the first binding signature, and of the latest.
    since: Mapped[dt.date] = mapped_column(Date)
    latest_signed_on: Mapped[dt.date] = mapped_column(Date)
    #: The profile's rules the instalments were computed under (the 13th-month dates): the
    #: readers compute a family's schedule again while its office's profile says otherwise.
    rules: Mapped[str] = mapped_column(String(80))
    #: Every instalment due on or before this day is written below.
    until: Mapped[dt.date] = mapped_column(Date)
    #: Some acta in force adjusts the support yearly (the alert reads its plans).
    has_adjustment: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The months a yearly adjustment of these actas falls in, one bit each (bit 0 January …
    #: bit 11 December; ``schedules.adjustment_months``): the alert reads the plans only of
    #: the families adjusting in its month. None: not known (written before the column
    #: existed), read as before.
    adjustment_months: Mapped[int | None] = mapped_column(Integer)
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)


class ScheduledInstalment(Base):
    """One instalment of a followed family's schedule, as ``domain.obligations.schedule``
    computes it; ``position`` is its place in the family's schedule (due date, kind, number),
    the order in which payments settle them."""

    __tablename__ = "scheduled_instalments"
    __table_args__ = (
        Index("ix_scheduled_instalments_case_position", "case_id", "position", unique=True),
        # What a family's standing on a day reads (``schedules.standings``), from the index
        # alone: its instalments due by then, with what is owed through each.
        Index("ix_scheduled_instalments_case_due", "case_id", "due", "cumulative", "amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("obligation_schedules.case_id"))
    position: Mapped[int] = mapped_column(Integer)
    acta_id: Mapped[int] = mapped_column(ForeignKey("actas.id"))
    kind: Mapped[InstalmentKind] = mapped_column(enum_column(InstalmentKind))
    due: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    #: What the family owes from its first instalment through this one: payments settle the
    #: instalments in ``position`` order, so an instalment is unpaid exactly while this is
    #: more than what was paid.
    cumulative: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    number: Mapped[int] = mapped_column(Integer)
    of_count: Mapped[int | None] = mapped_column(Integer)
    awaiting_index: Mapped[bool] = mapped_column(Boolean, default=False)
