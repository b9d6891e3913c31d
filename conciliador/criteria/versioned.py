"""A profile read from its TOML text (a version stored in the database), validated exactly as
the loader validates a shipped file; and the small, exact edit of one value in that text that
yearly changes need (the minimum wage and the day it applies from), leaving every other line,
comment and key as it was (a version is stored as its text, so keys the schema gains later
pass through untouched)."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from decimal import Decimal
from functools import cache

from pydantic import ValidationError

from conciliador.criteria.loader import ProfileError
from conciliador.criteria.messages import first_errors
from conciliador.criteria.schema import Profile


@cache
def profile_from_text(text: str, code: str) -> Profile:
    """The profile ``code`` written as ``text``; ``ProfileError`` names the key."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"El perfil de criterios {code} no es TOML válido: {exc}") from exc
    try:
        profile = Profile.model_validate(raw)
    except ValidationError as exc:
        details = "; ".join(f"clave «{loc}»: {msg}" for loc, msg in first_errors(exc, limit=3))
        raise ProfileError(f"Perfil de criterios {code}: {details}") from exc
    if profile.code != code:
        raise ProfileError(
            f"Perfil de criterios {code}: clave «perfil.codigo» vale «{profile.code}»; "
            f"debe ser {code}"
        )
    return profile


def toml_literal(value: str | Decimal | dt.date | int | bool) -> str:
    """How a value is written in the profile: amounts as quoted decimals (as the shipped
    files write them, so no binary float ever holds money), dates bare."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def with_value(text: str, section: str, key: str, literal: str) -> str:
    """``text`` with ``key`` of table ``[section]`` set to ``literal`` (added at the end of the
    table when it is not there). The table must exist."""
    lines = text.splitlines(keepends=True)
    header = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
    start = next(
        (i for i, line in enumerate(lines) if (m := header.match(line)) and m.group(1) == section),
        None,
    )
    if start is None:
        raise ProfileError(f"El perfil no tiene la sección [{section}]")
    end = next(
        (i for i in range(start + 1, len(lines)) if header.match(lines[i])),
        len(lines),
    )
    assignment = re.compile(rf"^(\s*){re.escape(key)}\s*=")
    for i in range(start + 1, end):
        match = assignment.match(lines[i])
        if match:
            newline = "\n" if lines[i].endswith("\n") else ""
            lines[i] = f"{match.group(1)}{key} = {literal}{newline}"
            return "".join(lines)
    last = end
    while last > start + 1 and not lines[last - 1].strip():
        last -= 1
    if last and not lines[last - 1].endswith("\n"):
        lines[last - 1] += "\n"
    lines.insert(last, f"{key} = {literal}\n")
    return "".join(lines)
