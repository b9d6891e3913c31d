"""Values that change by decree or statistics during the year, kept as versioned criteria
data: a public holiday added by decree (the office closes; scheduling refuses the day) and the
yearly variation of the consumer price index (IPC) that index adjustments of child support
apply from its date. The national office records each one with its source; it is saved as a
draft version of the profile (audited with the value and its source) and takes effect once
published, like any other version.

A decreed holiday counts on its day when the version in force on that day lists it; a CPI
figure applies to the adjustments that fall due from its own «desde» date (for a year).
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.criteria.versioned import profile_from_text, toml_literal, with_value
from conciliador.db import Database
from conciliador.domain.versions import VersionStatus
from conciliador.models import ProfileVersion
from conciliador.services.actor import Actor
from conciliador.services.criteria_versions import (
    ProfileVersionView,
    new_draft,
    newest_text,
    view_of,
)
from conciliador.services.errors import FieldProblem, ValidationFailed
from conciliador.services.fields import DecreedFields
from conciliador.services.national import require_national
from conciliador.services.permissions import Permission, require
from conciliador.services.validation import checked_text


@dataclass(frozen=True)
class DecreedValue:
    """One recorded value, as the newest version lists it."""

    day: dt.date
    text: str
    source: str


def _inline(items: list[dict[str, Any]]) -> str:
    """A TOML array of inline tables on one line (as ``with_value`` edits one line)."""
    out = []
    for item in items:
        pairs = []
        for key, value in item.items():
            literal = toml_literal(value) if not isinstance(value, str) else json.dumps(value)
            pairs.append(f"{key} = {literal}")
        out.append("{ " + ", ".join(pairs) + " }")
    return "[" + ", ".join(out) + "]"


def _listed(text: str, section: str, key: str) -> list[dict[str, Any]]:
    table: Any = tomllib.loads(text)
    for part in section.split("."):
        table = table.get(part, {})
    return [dict(item) for item in table.get(key, [])]


def _save(
    db: Database,
    actor: Actor,
    code: str,
    *,
    section: str,
    key: str,
    entry: dict[str, Any],
    sort_key: str,
    effective_from: dt.date,
    note: str,
    source: str,
) -> ProfileVersionView:
    with db.write() as session:
        actor = require_national(session, require(session, actor, Permission.PUBLISH_CRITERIA))
        text = newest_text(session, code)
        items = [i for i in _listed(text, section, key) if i[sort_key] != entry[sort_key]]
        items = sorted([*items, entry], key=lambda i: i[sort_key])
        text = with_value(text, section, key, _inline(items))
        version = new_draft(
            session,
            actor,
            code,
            text,
            effective_from=effective_from,
            note=note,
            source=source,
            recorded={key: {k: str(v) for k, v in entry.items()}},
        )
        return view_of(version, actor.name)


def draft_decreed_holiday(
    db: Database,
    actor: Actor,
    code: str,
    *,
    day: dt.date | None,
    name: str,
    source: str,
    effective_from: dt.date | None,
) -> ProfileVersionView:
    """A draft of profile ``code`` with ``day`` added as a holiday by decree (the same day
    recorded again replaces its name and source)."""
    problems: list[FieldProblem] = []
    if day is None:
        problems.append(FieldProblem(DecreedFields.HOLIDAY_DAY, "elija la fecha"))
    if effective_from is None:
        problems.append(FieldProblem(DecreedFields.EFFECTIVE_FROM, "elija la fecha"))
    if problems:
        raise ValidationFailed(problems)
    assert day is not None and effective_from is not None
    if day < effective_from:
        raise ValidationFailed(
            FieldProblem(
                DecreedFields.EFFECTIVE_FROM,
                f"debe ser anterior o igual al feriado ({day:%d/%m/%Y}): la versión que lo "
                "declara tiene que regir ese día",
            )
        )
    name = checked_text(name, DecreedFields.HOLIDAY_NAME, limit=200, required=True)
    source = checked_text(source, DecreedFields.SOURCE, limit=1000, required=True)
    return _save(
        db,
        actor,
        code,
        section="agenda",
        key="feriados_decretados",
        entry={"fecha": day, "nombre": name, "fuente": source},
        sort_key="fecha",
        effective_from=effective_from,
        note=f"Feriado por decreto: {day:%d/%m/%Y}, {name}",
        source=source,
    )


def draft_price_index(
    db: Database,
    actor: Actor,
    code: str,
    *,
    percentage: str,
    applies_from: dt.date | None,
    source: str,
    effective_from: dt.date | None,
) -> ProfileVersionView:
    """A draft of profile ``code`` with the CPI's yearly variation (``percentage``, e.g.
    «4,5») for the index adjustments due from ``applies_from``."""
    problems: list[FieldProblem] = []
    raw = (
        percentage.strip().replace(",", ".").rstrip("%").strip()
        if isinstance(percentage, str)
        else ""
    )
    figure: Decimal | None = None
    try:
        figure = Decimal(raw)
    except InvalidOperation:
        problems.append(
            FieldProblem(DecreedFields.PRICE_INDEX, "escriba un porcentaje, p. ej. 4,5")
        )
    if figure is not None and (not figure.is_finite() or not Decimal(-100) < figure <= 1000):
        problems.append(FieldProblem(DecreedFields.PRICE_INDEX, "debe estar entre -100 y 1000 %"))
        figure = None
    if figure is not None and figure.as_tuple().exponent < -4:  # type: ignore[operator]
        problems.append(FieldProblem(DecreedFields.PRICE_INDEX, "use a lo sumo cuatro decimales"))
    if applies_from is None:
        problems.append(FieldProblem(DecreedFields.PRICE_INDEX_FROM, "elija la fecha"))
    if effective_from is None:
        problems.append(FieldProblem(DecreedFields.EFFECTIVE_FROM, "elija la fecha"))
    if problems:
        raise ValidationFailed(problems)
    assert figure is not None and applies_from is not None and effective_from is not None
    source = checked_text(source, DecreedFields.SOURCE, limit=1000, required=True)
    return _save(
        db,
        actor,
        code,
        section="seguimiento",
        key="variaciones_ipc",
        entry={"desde": applies_from, "porcentaje": str(figure), "fuente": source},
        sort_key="desde",
        effective_from=effective_from,
        note=f"Variación del IPC: {figure} % desde el {applies_from:%d/%m/%Y}",
        source=source,
    )


def decreed_holidays(
    session: Session, code: str, shipped: list[tuple[dt.date, str]]
) -> list[tuple[dt.date, str]]:
    """The holidays added by decree that count: each on its day, when the version in force
    that day lists it. ``shipped``: the profile's own while no version is stored."""
    versions = session.execute(
        select(ProfileVersion.effective_from, ProfileVersion.number, ProfileVersion.toml_text)
        .where(
            ProfileVersion.profile_code == code,
            ProfileVersion.status == VersionStatus.PUBLICADA,
        )
        .order_by(ProfileVersion.effective_from, ProfileVersion.number)
    ).all()
    if not versions:
        return shipped
    listed = [
        (since, {h.day: h.name for h in profile_from_text(text, code).scheduling.decreed_holidays})
        for since, _number, text in versions
    ]
    days = {day for _since, holidays in listed for day in holidays}
    found = []
    for day in sorted(days):
        in_force = [holidays for since, holidays in listed if since <= day]
        if in_force and day in in_force[-1]:
            found.append((day, in_force[-1][day]))
    return found


def recorded_values(
    db: Database, actor: Actor, code: str
) -> tuple[list[DecreedValue], list[DecreedValue]]:
    """The holidays by decree and the CPI figures the newest version lists (for the screen)."""
    with db.read() as session:
        require(session, actor, Permission.PUBLISH_CRITERIA)
        text = session.scalars(
            select(ProfileVersion.toml_text)
            .where(ProfileVersion.profile_code == code)
            .order_by(ProfileVersion.number.desc())
            .limit(1)
        ).first()
    if text is None:
        return [], []
    profile = profile_from_text(text, code)
    holidays = [DecreedValue(h.day, h.name, h.source) for h in profile.scheduling.decreed_holidays]
    figures = [
        DecreedValue(f.applies_from, f"{f.percentage} %", f.source)
        for f in profile.follow_up.price_index
    ]
    return holidays, figures
