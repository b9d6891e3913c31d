"""The audit trail: who did what, when, to which record, with before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from conciliador.domain.enums import OverrideKind
from conciliador.models.base import Base, JSONType, UTCDateTime, enum_column, stamp_now


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_chain", "chain", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    #: Who acted, as text, so the trail reads even for the command line or a deleted user.
    actor: Mapped[str] = mapped_column(String(200))
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), index=True)
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(60))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    reason: Mapped[str] = mapped_column(Text, default="")
    #: Hash chain: each event's hash covers its content and the previous event's hash.
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: Which chain the event belongs to: the office's id for an office's work, 0 for the
    #: database-wide chain (events of no office, and every event written before chains were
    #: kept per office). Offices append to their own chains without waiting for each other.
    chain: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Override(Base):
    """A supervisor setting a rule aside, with the written reason (also in the audit trail)."""

    __tablename__ = "overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now, index=True)
    kind: Mapped[OverrideKind] = mapped_column(enum_column(OverrideKind))
    reason: Mapped[str] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    #: Indexed: the safeguarding alert joins a hearing's overrides (found by profiling the
    #: alerts on the million-hearing database, where the join scanned every override).
    hearing_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id"), index=True)
