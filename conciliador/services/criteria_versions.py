"""Criteria profiles as versioned data: drafts (borrador) made from the version in force,
published by the national office with the day they take effect; the version in force on a
hearing's day is what that hearing, its agreement and its acta use, and an acta records which.

A version is the profile's whole TOML text, validated as the loader validates a shipped file,
so keys added to the profile's schema pass through unchanged. While a profile has no stored
version the shipped file is its version 1, stored as such (in force since always) when the
first draft is made.

Yearly values — the minimum wage a guideline is built on, and the day it applies from — are
edited here by an authorised person, who must say where the new value comes from.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import event as sa_event
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.criteria import Profile, ProfileError, available_profiles, load_profile
from conciliador.criteria.files import criteria_dir
from conciliador.criteria.versioned import profile_from_text, toml_literal, with_value
from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.versions import VersionStatus
from conciliador.models import ProfileVersion, User
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import (
    FieldId,
    FieldProblem,
    InvalidTransition,
    NotFound,
    ValidationFailed,
)
from conciliador.services.fields import CriteriaFields
from conciliador.services.national import require_national
from conciliador.services.permissions import Permission, require
from conciliador.services.validation import amount_problems, checked_text

QUOTE = '"'
#: In force since always: the shipped file, before any change was published.
SINCE_ALWAYS = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class YearlyValue:
    """A value of the profile that changes by decree or statistics, usually once a year."""

    section: str
    key: str
    #: The field it is typed in; it reads as its label.
    label: FieldId
    kind: str  # "amount" or "date"


YEARLY_VALUES = (
    YearlyValue("pauta_alimentaria", "salario_minimo", CriteriaFields.MINIMUM_WAGE, "amount"),
    YearlyValue(
        "pauta_alimentaria", "salario_minimo_desde", CriteriaFields.MINIMUM_WAGE_SINCE, "date"
    ),
)


@dataclass(frozen=True)
class ProfileVersionView:
    id: int | None
    profile_code: str
    number: int
    status: VersionStatus
    effective_from: dt.date
    note: str
    source: str
    created_by: str
    published_at: dt.datetime | None
    #: The yearly values as this version states them (absent keys left out).
    yearly: tuple[tuple[str, str], ...]
    shipped: bool = False


def _shipped_text(code: str) -> str:
    try:
        return (criteria_dir() / f"{code.lower()}.toml").read_text(encoding="utf-8")
    except OSError as exc:
        raise NotFound(f"No existe el perfil de criterios «{code}».") from exc


def _known(code: str) -> str:
    if not isinstance(code, str) or code not in available_profiles():
        raise NotFound(f"No existe el perfil de criterios «{code}».")
    return code


def _yearly_of(text: str, code: str) -> tuple[tuple[str, str], ...]:
    guideline = profile_from_text(text, code).guideline
    found = []
    if guideline.minimum_wage is not None:
        found.append(("salario_minimo", str(guideline.minimum_wage)))
    if guideline.minimum_wage_since is not None:
        found.append(("salario_minimo_desde", guideline.minimum_wage_since.isoformat()))
    return tuple(found)


def _view(version: ProfileVersion, who: str) -> ProfileVersionView:
    return ProfileVersionView(
        version.id,
        version.profile_code,
        version.number,
        version.status,
        version.effective_from,
        version.note,
        version.source,
        who,
        version.published_at,
        _yearly_of(version.toml_text, version.profile_code),
        shipped=version.effective_from == SINCE_ALWAYS and version.number == 1,
    )


# ------------------------------------------------------------------------------ in force
def version_in_force(session: Session, code: str, day: dt.date) -> ProfileVersion | None:
    """The published version with the latest effective date on or before ``day``."""
    return session.scalars(
        select(ProfileVersion)
        .where(
            ProfileVersion.profile_code == code,
            ProfileVersion.status == VersionStatus.PUBLICADA,
            ProfileVersion.effective_from <= day,
        )
        .order_by(ProfileVersion.effective_from.desc(), ProfileVersion.number.desc())
        .limit(1)
    ).first()


_IN_FORCE = "conciliador_profiles_in_force"


def profile_in_force(session: Session, code: str, day: dt.date | None) -> Profile:
    """The profile a hearing held on ``day`` follows (the shipped one while none is stored;
    today's, by the one clock, when the day is not known yet).

    Remembered for the rest of the unit of work (a booking asks for its office's profile two
    or three times; each answer was a round trip and a TOML parse); a unit that stores a
    profile version forgets them (``_forget_profiles``)."""
    when = day or session_now(session).date()
    known: dict[tuple[str, dt.date], Profile] = session.info.setdefault(_IN_FORCE, {})
    if (code, when) in known:
        return known[(code, when)]
    version = version_in_force(session, code, when)
    if version is None:
        try:
            profile = load_profile(code)
        except ProfileError as exc:
            raise NotFound(str(exc)) from exc
    else:
        profile = profile_from_text(version.toml_text, code)
    known[(code, when)] = profile
    return profile


@sa_event.listens_for(Session, "before_flush")
def _forget_profiles(session: Session, _context: object, _instances: object) -> None:
    if _IN_FORCE in session.info and any(
        isinstance(o, ProfileVersion) for o in (*session.new, *session.dirty, *session.deleted)
    ):
        del session.info[_IN_FORCE]


@sa_event.listens_for(Session, "after_commit")
@sa_event.listens_for(Session, "after_rollback")
def _forget_profiles_at_end(session: Session) -> None:
    session.info.pop(_IN_FORCE, None)


# ------------------------------------------------------------------------------ reading
def profile_versions(db: Database, actor: Actor, code: str) -> list[ProfileVersionView]:
    """Every version of a profile, newest first (the shipped file when none is stored)."""
    with db.read() as session:
        require(session, actor, Permission.PUBLISH_CRITERIA)
        _known(code)
        rows = session.execute(
            select(ProfileVersion, func.coalesce(User.full_name, ""))
            .outerjoin(User, User.id == ProfileVersion.created_by_id)
            .where(ProfileVersion.profile_code == code)
            .order_by(ProfileVersion.number.desc())
        ).all()
        if rows:
            return [_view(version, who) for version, who in rows]
    text = _shipped_text(code)
    return [
        ProfileVersionView(
            None,
            code,
            1,
            VersionStatus.PUBLICADA,
            SINCE_ALWAYS,
            "Perfil de fábrica (el que trae Conciliador)",
            "",
            "",
            None,
            _yearly_of(text, code),
            shipped=True,
        )
    ]


def version_text(db: Database, actor: Actor, code: str, number: int) -> str:
    with db.read() as session:
        require(session, actor, Permission.PUBLISH_CRITERIA)
        _known(code)
        text = session.scalar(
            select(ProfileVersion.toml_text).where(
                ProfileVersion.profile_code == code, ProfileVersion.number == number
            )
        )
    if text is None and number == 1:
        return _shipped_text(code)
    if text is None:
        raise NotFound(f"El perfil {code} no tiene una versión {number}.")
    return text


# ------------------------------------------------------------------------------ changing
def _seed(session: Session, code: str) -> None:
    if session.scalar(select(ProfileVersion.id).where(ProfileVersion.profile_code == code)):
        return
    text = _shipped_text(code)
    session.add(
        ProfileVersion(
            profile_code=code,
            number=1,
            status=VersionStatus.PUBLICADA,
            effective_from=SINCE_ALWAYS,
            toml_text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            note="Perfil de fábrica (el que trae Conciliador)",
            source="",
            created_by_id=None,
            published_at=session_now(session),
        )
    )
    session.flush()


def newest_text(session: Session, code: str) -> str:
    """The text of the profile's newest version, draft or published (the next draft is made
    from it); the shipped file is stored as version 1 first when none is stored."""
    _known(code)
    _seed(session, code)
    return session.scalars(
        select(ProfileVersion.toml_text)
        .where(ProfileVersion.profile_code == code)
        .order_by(ProfileVersion.number.desc())
        .limit(1)
    ).one()


def new_draft(
    session: Session,
    actor: Actor,
    code: str,
    text: str,
    *,
    effective_from: dt.date,
    note: str,
    source: str,
    recorded: Mapping[str, object],
    reason: str = "",
) -> ProfileVersion:
    """A draft (borrador) holding ``text``, numbered after the newest version, once ``text``
    passes the loader's validation (ValidationFailed naming the key otherwise); audited with
    the profile, the number, the date it takes effect, ``recorded`` and the source."""
    check_profile_text(code, text)
    number = 1 + (
        session.scalar(
            select(func.max(ProfileVersion.number)).where(ProfileVersion.profile_code == code)
        )
        or 0
    )
    version = ProfileVersion(
        profile_code=code,
        number=number,
        status=VersionStatus.BORRADOR,
        effective_from=effective_from,
        toml_text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        note=note,
        source=source,
        created_by_id=actor.user_id,
    )
    session.add(version)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREAR,
        "version_perfil",
        version.id,
        after={
            "perfil": code,
            "version": number,
            "vigente_desde": effective_from,
            **recorded,
            "fuente": source,
        },
        reason=reason,
        office_id=actor.office_id,
    )
    return version


def view_of(version: ProfileVersion, who: str) -> ProfileVersionView:
    return _view(version, who)


def _parse_yearly(values: dict[str, str]) -> list[tuple[YearlyValue, str]]:
    by_key = {v.key: v for v in YEARLY_VALUES}
    problems: list[FieldProblem] = []
    literals: list[tuple[YearlyValue, str]] = []
    for key, raw in values.items():
        spec = by_key.get(key)
        if spec is None:
            raise NotFound(f"«{key}» no es un valor anual del perfil.")
        text = raw.strip() if isinstance(raw, str) else ""
        if spec.kind == "amount":
            try:
                amount = Decimal(text.replace(" ", ""))
            except InvalidOperation:
                problems.append(FieldProblem(spec.label, "escriba un monto, p. ej. 560000"))
                continue
            found = amount_problems(amount, spec.label)
            if found or amount <= 0:
                problems += found or [FieldProblem(spec.label, "debe ser mayor que cero")]
                continue
            literals.append((spec, toml_literal(amount)))
        else:
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                problems.append(FieldProblem(spec.label, "escriba la fecha como aaaa-mm-dd"))
                continue
            literals.append((spec, toml_literal(day)))
    if problems:
        raise ValidationFailed(problems)
    return literals


def draft_yearly_values(
    db: Database,
    actor: Actor,
    code: str,
    *,
    values: dict[str, str],
    effective_from: dt.date,
    source: str,
    note: str = "",
) -> ProfileVersionView:
    """A draft made from the newest version with the yearly values changed. ``source`` says
    where the new values come from (a law, a decree, the statistics office) and is required."""
    source = checked_text(source, CriteriaFields.SOURCE, limit=1000, required=True)
    note = checked_text(note, CriteriaFields.NOTE, limit=2000)
    literals = _parse_yearly(values)
    if not literals:
        raise ValidationFailed(FieldProblem(CriteriaFields.MINIMUM_WAGE, "indique el nuevo valor"))
    with db.write() as session:
        actor = require_national(session, require(session, actor, Permission.PUBLISH_CRITERIA))
        text = newest_text(session, code)
        for spec, literal in literals:
            text = with_value(text, spec.section, spec.key, literal)
        version = new_draft(
            session,
            actor,
            code,
            text,
            effective_from=effective_from,
            note=note or ", ".join(f"{s.label}: {lit.strip(QUOTE)}" for s, lit in literals),
            source=source,
            recorded={spec.key: literal for spec, literal in literals},
        )
        return _view(version, actor.name)


def publish_profile_version(
    db: Database, actor: Actor, code: str, number: int, *, effective_from: dt.date | None = None
) -> ProfileVersionView:
    """borrador → publicada. It takes effect on its date, which cannot be in the past (what
    already happened was decided under the version then in force)."""
    with db.write() as session:
        actor = require_national(session, require(session, actor, Permission.PUBLISH_CRITERIA))
        _known(code)
        version = session.scalar(
            select(ProfileVersion).where(
                ProfileVersion.profile_code == code, ProfileVersion.number == number
            )
        )
        if version is None:
            raise NotFound(f"El perfil {code} no tiene una versión {number}.")
        if version.status != VersionStatus.BORRADOR:
            raise InvalidTransition(f"La versión {number} del perfil {code} ya está publicada.")
        when = effective_from or version.effective_from
        today = session_now(session).date()
        if when < today:
            raise ValidationFailed(
                FieldProblem(
                    CriteriaFields.PUBLISHED_FROM,
                    f"no puede ser anterior a hoy ({today:%d/%m/%Y}): lo ya ocurrido se rige "
                    "por la versión que estaba vigente",
                )
            )
        version.effective_from = when
        version.status = VersionStatus.PUBLICADA
        version.published_at = session_now(session)
        version.published_by_id = actor.user_id
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.PUBLICAR_PERFIL,
            "version_perfil",
            version.id,
            after={"perfil": code, "version": number, "vigente_desde": when},
            office_id=actor.office_id,
        )
        who = session.get(User, version.created_by_id) if version.created_by_id else None
        return _view(version, who.full_name if who else "")


# ------------------------------------------------------------------------------ the whole text
def check_profile_text(code: str, text: str) -> Profile:
    """The draft's text validated as the loader validates a shipped file, or
    ``ValidationFailed`` naming the key."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationFailed(FieldProblem(CriteriaFields.TEXT, "no puede quedar vacío"))
    try:
        return profile_from_text(text, code)
    except ProfileError as exc:
        raise ValidationFailed(FieldProblem(CriteriaFields.TEXT, str(exc))) from exc


def text_in_force(db: Database, actor: Actor, code: str, day: dt.date | None = None) -> str:
    """The TOML text of the version in force on ``day`` (today by default)."""
    with db.read() as session:
        require(session, actor, Permission.PUBLISH_CRITERIA)
        _known(code)
        version = version_in_force(session, code, day or session_now(session).date())
        return version.toml_text if version is not None else _shipped_text(code)


def text_difference(old: str, new: str) -> list[tuple[str, str]]:
    """The lines that differ, as (mark, line): «-» only in the version in force, «+» only in
    the draft, « » context around them."""
    out: list[tuple[str, str]] = []
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            out.append(("@", line))
        else:
            out.append((line[:1] or " ", line[1:]))
    return out


def draft_from_text(
    db: Database,
    actor: Actor,
    code: str,
    text: str,
    *,
    effective_from: dt.date,
    source: str,
    note: str,
) -> ProfileVersionView:
    """A draft whose whole text was edited (the editor), validated before it is kept."""
    source = checked_text(source, CriteriaFields.SOURCE, limit=1000, required=True)
    note = checked_text(note, CriteriaFields.NOTE, limit=2000, required=True)
    check_profile_text(code, text)
    with db.write() as session:
        actor = require_national(session, require(session, actor, Permission.PUBLISH_CRITERIA))
        _known(code)
        _seed(session, code)
        version = new_draft(
            session,
            actor,
            code,
            text,
            effective_from=effective_from,
            note=note,
            source=source,
            recorded={"sha256": hashlib.sha256(text.encode()).hexdigest()},
            reason=note,
        )
        return _view(version, actor.name)
