"""Declarative base and the column types every model shares."""

from __future__ import annotations

import datetime as dt
import os
import time
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Dialect, Enum, MetaData, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from conciliador.domain.clock import Clock

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant, stored in UTC and always returned timezone-aware.

    Naive datetimes are refused: every instant must say where it was taken, so that
    08:00 in Managua is 08:00 on every desk of that office.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("instante sin zona horaria: use datetimes con tzinfo")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text, e.g. from a core select
            value = dt.datetime.fromisoformat(value)
        instant: dt.datetime = value
        if instant.tzinfo is None:
            return instant.replace(tzinfo=dt.UTC)
        return instant.astimezone(dt.UTC)


CENT = Decimal("0.01")


class Money(TypeDecorator[Decimal]):
    """An exact amount, stored as whole hundredths (cents) in a BIGINT.

    Integers keep amounts exact on SQLite (whose NUMERIC is a float) and let the monthly
    summary add them up in SQL on both engines.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError("los montos se guardan como Decimal, nunca como float")
        return int((value.quantize(CENT, rounding=ROUND_HALF_EVEN) * 100).to_integral_value())

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(CENT)


JSONType = JSON().with_variant(JSONB(), "postgresql")


def enum_column(enum: type[StrEnum]) -> Enum:
    """Store a StrEnum by its value (a stable Spanish code), portable across engines."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def uid_text(value: int) -> str:
    """A 128-bit integer in the canonical 8-4-4-4-12 UUID spelling."""
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def time_ordered_uid(millis: int, tail: int) -> str:
    """A version-7 UUID: 48 bits of Unix milliseconds, then 74 bits of ``tail``.

    Time-ordered identifiers land at the end of their unique index instead of at random
    places in it, which keeps inserts fast on both engines at millions of rows.
    """
    rand_a = (tail >> 62) & 0xFFF
    rand_b = tail & ((1 << 62) - 1)
    return uid_text(
        (millis & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    )


def new_uid() -> str:
    return time_ordered_uid(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big"))


def uid_column() -> Mapped[str]:
    """A stable public identifier, the one the JSON interchange format uses between offices."""
    return mapped_column(String(36), unique=True, default=new_uid)


#: The execution option by which the database handle hands its clock to the column defaults.
CLOCK_OPTION = "conciliador_clock"


def stamp_now(context: Any) -> dt.datetime:
    """A column default: "now" by the clock of the database the row is written to.

    Every engine the application builds carries its clock (``conciliador.db.Database``);
    a row written through anything else is a defect, said at once.
    """
    clock: Clock | None = context.execution_options.get(CLOCK_OPTION) if context else None
    if clock is None:
        raise RuntimeError("the engine carries no clock: build it through conciliador.db")
    return clock.now()


def session_now(session: Session) -> dt.datetime:
    """ "Now" by the clock of the database a unit of work runs on."""
    clock: Clock | None = session.get_bind().get_execution_options().get(CLOCK_OPTION)
    if clock is None:
        raise RuntimeError("the engine carries no clock: build it through conciliador.db")
    return clock.now()
