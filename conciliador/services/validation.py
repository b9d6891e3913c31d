"""Checks for whatever a person types before it reaches the database, with Spanish messages.

Every service that stores text or an amount passes it through here, so a value the database
cannot hold (a NUL character, which PostgreSQL refuses; half of a surrogate pair; a text longer
than its column; an amount that is not a finite number) becomes a message naming the field,
never an error from the driver half-way through a save.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from conciliador.services.errors import FieldProblem, ValidationFailed

#: The largest amount anything may record (a monthly income, a support amount): 10^12 - 0.01.
MAX_AMOUNT = Decimal("999999999999.99")
#: Instants further than this from today are typing mistakes (year 20026, 1926 for 2026).
MAX_YEARS_AWAY = 5


def text_problem(value: str) -> str | None:
    """Why this text cannot be stored as typed, or None."""
    if "\x00" in value:
        return "contiene un carácter nulo (U+0000), que no se puede guardar; vuelva a escribirlo"
    if any("\ud800" <= c <= "\udfff" for c in value):
        return "contiene caracteres no válidos (texto mal codificado); vuelva a escribirlo"
    return None


def text_problems(
    value: str, field: str, *, limit: int, required: bool = False
) -> list[FieldProblem]:
    """Every problem of one text field (``value`` already trimmed by the caller if it should be)."""
    if not isinstance(value, str):
        return [FieldProblem(field, "debe ser un texto")]
    problem = text_problem(value)
    if problem:
        return [FieldProblem(field, problem)]
    if required and not value.strip():
        return [FieldProblem(field, "no puede quedar vacío")]
    if len(value) > limit:
        return [FieldProblem(field, f"es demasiado largo (máximo {limit} caracteres)")]
    return []


def checked_text(value: str, field: str, *, limit: int, required: bool = False) -> str:
    """The trimmed text, or ValidationFailed naming the field."""
    value = value.strip() if isinstance(value, str) else value
    problems = text_problems(value, field, limit=limit, required=required)
    if problems:
        raise ValidationFailed(problems)
    return value


def amount_problems(value: Decimal | None, field: str) -> list[FieldProblem]:
    """A money amount: a finite, non-negative number with at most two decimals."""
    if value is None:
        return []
    if not isinstance(value, Decimal):
        return [FieldProblem(field, "debe ser un monto")]
    try:
        if not value.is_finite():
            return [FieldProblem(field, "debe ser un monto")]
        if value < 0:
            return [FieldProblem(field, "no puede ser negativo")]
        if value > MAX_AMOUNT:
            return [FieldProblem(field, "es demasiado grande")]
        if value != value.quantize(Decimal("0.01")):
            return [FieldProblem(field, "use como máximo dos decimales")]
    except InvalidOperation:
        return [FieldProblem(field, "debe ser un monto")]
    return []


def date_problems(value: dt.date | None, field: str, today: dt.date) -> list[FieldProblem]:
    """A date typed by a person: not in the future, not before 1900."""
    if value is None:
        return []
    if value > today:
        return [FieldProblem(field, "no puede ser futura")]
    if value.year < 1900:
        return [FieldProblem(field, "revise el año")]
    return []


def instant_problems(value: dt.datetime, field: str, now: dt.datetime) -> list[FieldProblem]:
    """An instant within a few years of now (anything else is a typing mistake)."""
    span = dt.timedelta(days=366 * MAX_YEARS_AWAY)
    try:
        if value.tzinfo is not None:
            far = abs(value.astimezone(dt.UTC) - now.astimezone(dt.UTC)) > span
        else:
            far = abs(value - now.replace(tzinfo=None)) > span + dt.timedelta(days=1)
    except OverflowError:
        far = True
    if far:
        return [FieldProblem(field, f"revise la fecha: está a más de {MAX_YEARS_AWAY} años de hoy")]
    return []


def timezone_problem(name: str) -> str | None:
    """Whether ``name`` is a time zone this machine knows (America/Managua…)."""
    problem = text_problem(name)
    if problem:
        return problem
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return f"«{name}» no es una zona horaria conocida (p. ej. America/Managua)"
    return None


def holidays_problem(country: str, subdivision: str | None) -> str | None:
    """Whether the public-holidays library knows this country and subdivision."""
    import holidays

    try:
        holidays.country_holidays(country, subdiv=subdivision, years=2000)
    except (NotImplementedError, KeyError, ValueError):
        where = f"{country}" + (f", subdivisión {subdivision}" if subdivision else "")
        return f"no hay calendario de feriados para {where}"
    return None


def known_id(value: object) -> bool:
    """Whether ``value`` can be a record's id (a positive 32-bit integer); anything else names
    no record, and must not reach the database as a parameter it cannot even compare."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31
