"""Parties to a case (mothers, fathers, representatives) and the children."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from conciliador.domain.enums import IdType, Sex
from conciliador.models.base import Base, Money, UTCDateTime, enum_column, stamp_now, uid_column


class Person(Base):
    __tablename__ = "persons"
    __table_args__ = (UniqueConstraint("id_type", "id_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    first_names: Mapped[str] = mapped_column(Text)
    last_names: Mapped[str] = mapped_column(Text)
    id_type: Mapped[IdType] = mapped_column(enum_column(IdType))
    id_number: Mapped[str | None] = mapped_column(String(40))
    sex: Mapped[Sex] = mapped_column(enum_column(Sex))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    #: Declared monthly income, in the office's currency.
    monthly_income: Mapped[Decimal | None] = mapped_column(Money)
    #: Lower-case, accent-free "names last names id-number", for search as you type. Searched
    #: through its word index (services/person_search.py: SQLite FTS5, a PostgreSQL GIN index of
    #: word prefixes), so it has no b-tree index of its own.
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    @property
    def full_name(self) -> str:
        return f"{self.first_names} {self.last_names}".strip()


class Child(Base):
    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    first_names: Mapped[str] = mapped_column(Text)
    last_names: Mapped[str] = mapped_column(Text)
    sex: Mapped[Sex] = mapped_column(enum_column(Sex))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Birth-certificate number (partida de nacimiento), unique where known.
    birth_certificate: Mapped[str | None] = mapped_column(String(60), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)

    @property
    def full_name(self) -> str:
        return f"{self.first_names} {self.last_names}".strip()
