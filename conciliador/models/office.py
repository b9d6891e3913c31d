"""Offices (national, departmental, municipal), their rooms and their closure days."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conciliador.domain.enums import OfficeLevel
from conciliador.models.base import Base, UTCDateTime, enum_column, stamp_now, uid_column


class Office(Base):
    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[OfficeLevel] = mapped_column(enum_column(OfficeLevel))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    #: ISO 3166 country code and subdivision, for public holidays.
    country: Mapped[str] = mapped_column(String(2))
    subdivision: Mapped[str | None] = mapped_column(String(10))
    timezone: Mapped[str] = mapped_column(String(64))
    #: Where the office is, chosen from the profile's list (resources/places/): the
    #: department or region, and the municipality the acta names («En Tipitapa, …»). Empty
    #: on offices created before they were recorded: issuing an acta is blocked until set.
    department: Mapped[str] = mapped_column(String(120), default="")
    municipality: Mapped[str] = mapped_column(String(120), default="")
    #: The article the office's name takes inside a sentence («la» Delegación…, «el» Centro…;
    #: empty for a name that takes none), recorded with the name, never guessed from it.
    name_article: Mapped[str] = mapped_column(String(3), default="")
    profile_code: Mapped[str] = mapped_column(String(10))
    #: Which institution of the profile issues this office's actas (``[[emisoras]]``'s
    #: code: Colombia's comisarías de familia); empty: the profile's own ``[institucion]``.
    issuing_institution: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)

    parent: Mapped[Office | None] = relationship(remote_side=[id])
    rooms: Mapped[list[Room]] = relationship(back_populates="office", order_by="Room.name")


class Room(Base):
    __tablename__ = "rooms"
    __table_args__ = (UniqueConstraint("office_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    capacity: Mapped[int] = mapped_column(Integer, default=6)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    office: Mapped[Office] = relationship(back_populates="rooms")


class ClosureDay(Base):
    """A day the office's administrator closed the office (besides public holidays)."""

    __tablename__ = "closure_days"
    __table_args__ = (UniqueConstraint("office_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
