"""Pydantic validation errors in plain Spanish, naming the field.

Shared by the criteria profiles and the JSON interchange import, so both speak the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

_TEMPLATES: dict[str, str] = {
    "missing": "falta este dato obligatorio",
    "extra_forbidden": "clave desconocida (¿error de escritura?)",
    "int_type": "debe ser un número entero",
    "int_parsing": "debe ser un número entero",
    "int_from_float": "debe ser un número entero",
    "float_type": "debe ser un número",
    "float_parsing": "debe ser un número",
    "decimal_type": "debe ser un número",
    "decimal_parsing": "debe ser un número",
    "decimal_max_places": "tiene más decimales de los permitidos ({decimal_places})",
    "decimal_max_digits": "tiene más dígitos de los permitidos ({max_digits})",
    "bool_type": "debe ser verdadero o falso",
    "bool_parsing": "debe ser verdadero o falso",
    "string_type": "debe ser un texto",
    "string_too_short": "no puede estar vacío",
    "string_too_long": "es demasiado largo (máximo {max_length} caracteres)",
    "string_pattern_mismatch": "no tiene el formato esperado",
    "too_short": "debe tener al menos {min_length} elemento(s)",
    "too_long": "tiene demasiados elementos (máximo {max_length})",
    "list_type": "debe ser una lista",
    "dict_type": "debe ser una tabla de claves y valores",
    "model_type": "debe ser una tabla de claves y valores",
    "model_attributes_type": "debe ser una tabla de claves y valores",
    "greater_than": "debe ser mayor que {gt}",
    "greater_than_equal": "debe ser al menos {ge}",
    "less_than": "debe ser menor que {lt}",
    "less_than_equal": "debe ser como máximo {le}",
    "literal_error": "debe ser uno de: {expected}",
    "enum": "debe ser uno de: {expected}",
    "time_type": "debe ser una hora (HH:MM)",
    "time_parsing": "debe ser una hora (HH:MM)",
    "date_type": "debe ser una fecha (AAAA-MM-DD)",
    "date_parsing": "debe ser una fecha (AAAA-MM-DD)",
    "date_from_datetime_parsing": "debe ser una fecha (AAAA-MM-DD)",
    "date_from_datetime_inexact": "debe ser una fecha sin hora (AAAA-MM-DD)",
    "datetime_type": "debe ser una fecha y hora ISO 8601 con zona horaria",
    "datetime_parsing": "debe ser una fecha y hora ISO 8601 con zona horaria",
    "datetime_from_date_parsing": "debe ser una fecha y hora ISO 8601 con zona horaria",
    "timezone_aware": "debe indicar la zona horaria (por ejemplo -06:00)",
    "uuid_type": "debe ser un identificador UUID",
    "uuid_parsing": "debe ser un identificador UUID",
    "union_tag_invalid": "tipo desconocido",
    "none_required": "debe quedar vacío",
    "finite_number": "debe ser un número finito",
    "decimal_whole_digits": "tiene demasiadas cifras enteras",
    "set_type": "debe ser una lista",
    "string_unicode": "debe ser un texto válido",
    "recursion_loop": "anida demasiados niveles",
    "assertion_error": "no es un valor válido",
    "dict_type_strict": "debe ser una tabla de claves y valores",
}


def _expected(ctx: dict[str, Any]) -> str:
    raw = str(ctx.get("expected", ""))
    return raw.replace(" or ", " o ")


def error_text(error: ErrorDetails) -> str:
    """One pydantic error in Spanish (without its location)."""
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "value_error":
        # Our own validators raise ValueError with a Spanish message.
        return str(ctx.get("error", error["msg"]))
    template = _TEMPLATES.get(kind)
    if template is None:
        # never pydantic's English: a Spanish sentence that still names the kind of problem
        return f"no es un valor válido (regla «{kind}»)"
    if "expected" in ctx:
        ctx["expected"] = _expected(ctx)
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template


def location_text(loc: Sequence[str | int]) -> str:
    """``("agenda", "horario", 0, "desde")`` → ``agenda.horario[1].desde`` (1-based for people)."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def first_errors(exc: ValidationError, limit: int = 5) -> list[tuple[str, str]]:
    """(location, message) pairs of a validation error, at most ``limit``."""
    return [(location_text(e["loc"]), error_text(e)) for e in exc.errors()[:limit]]
