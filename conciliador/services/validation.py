"""Checks for whatever a person types before it reaches the database, with Spanish messages.

Every service that stores text or an amount passes it through here, so a value the database
cannot hold (a NUL character, which PostgreSQL refuses; half of a surrogate pair; a text longer
than its column; an amount that is not a finite number) becomes a message naming the field,
never an error from the driver half-way through a save.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from conciliador.services.errors import FieldId, FieldProblem, ValidationFailed
from conciliador.services.text import TEXT_MAX

#: The largest amount anything may record (a monthly income, a support amount): 10^12 - 0.01.
MAX_AMOUNT = Decimal("999999999999.99")
#: Instants further than this from today are typing mistakes (year 20026, 1926 for 2026).
MAX_YEARS_AWAY = 5


#: Invisible characters that change how the text around them is displayed: the bidirectional
#: embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069), which can make a name
#: read reversed, and the direction marks (U+200E, U+200F, U+061C). No name, address or account
#: in Spanish needs one; an Arabic or Hebrew name displays correctly without them (Unicode's
#: own algorithm orders it). The line and paragraph separators (U+2028, U+2029) are refused
#: too: they break a line that a single-line field promises not to break.
_DIRECTION_MARKS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_SEPARATORS = frozenset("\u2028\u2029")


def _code(c: str) -> str:
    return f"U+{ord(c):04X}"


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why this text cannot be stored as typed, or None.

    Refused: every control character (C0, DEL, C1), except tab and line feed (and the carriage
    return of a Windows line end) where the field holds several lines; the invisible direction
    characters above; NUL and broken surrogates, which no database holds. The message names
    the character, so a person who pasted it knows what to delete."""
    if "\x00" in value:
        return "contiene un carácter nulo (U+0000), que no se puede guardar; vuelva a escribirlo"
    if any("\ud800" <= c <= "\udfff" for c in value):
        return "contiene caracteres no válidos (texto mal codificado); vuelva a escribirlo"
    for c in value:
        code = ord(c)
        if c in "\t\n\r" and multiline:
            continue
        if c in "\t\n\r" or c in _SEPARATORS:
            return "no admite saltos de línea ni tabuladores; escríbalo en una sola línea"
        if code < 0x20 or 0x7F <= code <= 0x9F:
            return (
                f"contiene un carácter de control invisible ({_code(c)}), que no se puede "
                "imprimir; bórrelo y vuelva a escribir el texto"
            )
        if c in _DIRECTION_MARKS:
            return (
                f"contiene una marca invisible de dirección del texto ({_code(c)}), que puede "
                "mostrarlo al revés en el acta; bórrela y vuelva a escribir el texto"
            )
    return None


def normal_text(value: str) -> str:
    """The text as stored: trimmed and in Unicode's composed form (NFC), so «é» typed as
    «e» plus an accent is the same «é» everywhere (search, comparison, documents)."""
    return unicodedata.normalize("NFC", value.strip())


def text_problems(
    value: str,
    field: FieldId,
    *,
    limit: int,
    required: bool = False,
    multiline: bool | None = None,
) -> list[FieldProblem]:
    """Every problem of one text field (``value`` already trimmed by the caller if it should be).
    ``multiline``: the field holds several lines, so tab and line feed are allowed in it; by
    default the long texts (limit ``TEXT_MAX``: an address, an account, a reason) do, and the
    short ones (a name, a number, a phone) do not."""
    if multiline is None:
        multiline = limit >= TEXT_MAX
    if not isinstance(value, str):
        return [FieldProblem(field, "debe ser un texto")]
    problem = text_problem(value, multiline=multiline)
    if problem:
        return [FieldProblem(field, problem)]
    if required and not value.strip():
        return [FieldProblem(field, "no puede quedar vacío")]
    if len(value) > limit:
        return [FieldProblem(field, f"es demasiado largo (máximo {limit} caracteres)")]
    return []


def checked_text(
    value: str, field: FieldId, *, limit: int, required: bool = False, multiline: bool | None = None
) -> str:
    """The trimmed text in NFC, or ValidationFailed naming the field."""
    value = normal_text(value) if isinstance(value, str) else value
    problems = text_problems(value, field, limit=limit, required=required, multiline=multiline)
    if problems:
        raise ValidationFailed(problems)
    return value


def amount_problems(value: Decimal | None, field: FieldId) -> list[FieldProblem]:
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


def date_problems(value: dt.date | None, field: FieldId, today: dt.date) -> list[FieldProblem]:
    """A date typed by a person: not in the future, not before 1900."""
    if value is None:
        return []
    if value > today:
        return [FieldProblem(field, "no puede ser futura")]
    if value.year < 1900:
        return [FieldProblem(field, "revise el año")]
    return []


def instant_problems(value: dt.datetime, field: FieldId, now: dt.datetime) -> list[FieldProblem]:
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
