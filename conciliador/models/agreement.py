"""What a hearing ends with: the outcome and, for an agreement, its clauses.

``clauses`` holds the structured terms of ``services.agreements.terms`` as JSON;
``monthly_support`` and ``currency`` repeat the support's monthly total for the reports and are
kept in step by the agreements service.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conciliador.domain.enums import Outcome
from conciliador.models.base import (
    Base,
    JSONType,
    Money,
    UTCDateTime,
    enum_column,
    stamp_now,
    uid_column,
)
from conciliador.models.case import Case
from conciliador.models.hearing import Hearing


class Agreement(Base):
    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    hearing_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id"), index=True)
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome), index=True)
    #: Matters that stay pending after a partial agreement.
    pending_matters: Mapped[list[str]] = mapped_column(JSONType, default=list)
    #: Structured clauses per matter (see the agreements service).
    clauses: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    #: Total monthly child support agreed, for the monthly summary (None without support).
    monthly_support: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    #: Why the amount departs from the guideline, when it does.
    guideline_departure_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    #: When its acta was issued: from then on what was agreed cannot change.
    frozen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    case: Mapped[Case] = relationship()
    hearing: Mapped[Hearing | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
