"""The steps a country's law adds to an acta (see ``conciliador.domain.acta_steps``): the
lawyer's check of the agreement's legality before signatures (Peru) and the family court's
review of a signed mediated agreement (Chile). One row per acta, apart from ``actas``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from conciliador.domain.acta_steps import CourtReview
from conciliador.models.base import Base, UTCDateTime, enum_column, stamp_now


class ActaLegalityCheck(Base):
    """Peru (Ley 26872, art. 16): the lawyer who checked the agreement's legality."""

    __tablename__ = "acta_legality_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    acta_id: Mapped[int] = mapped_column(ForeignKey("actas.id"), unique=True)
    lawyer_name: Mapped[str] = mapped_column(Text)
    #: The lawyer's bar registration (colegiatura) as written on the acta.
    lawyer_registration: Mapped[str] = mapped_column(String(60))
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ActaCourtReview(Base):
    """Chile (Ley 19.968, art. 111): a signed mediated agreement sent to the family court,
    and the court's decision once recorded."""

    __tablename__ = "acta_court_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    acta_id: Mapped[int] = mapped_column(ForeignKey("actas.id"), unique=True)
    status: Mapped[CourtReview] = mapped_column(enum_column(CourtReview))
    court: Mapped[str] = mapped_column(Text)
    sent_on: Mapped[dt.date] = mapped_column(Date)
    #: The court's case number (RIT) and the day and words of its decision.
    case_reference: Mapped[str] = mapped_column(String(60), default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
