"""The safeguarding screen and its route: the questions of the office's profile, what a
positive screen blocks, the referral (derivación) to an institution of the route of care, and
the supervisors' overrides that allowed a joint hearing anyway.

Registering a request records the answers (``cases.register_case``); a positive screen may
refer the case in the same step or later (``cases.refer_case``). Scheduling refuses a joint
hearing for the blocked matters unless a supervisor overrides with a written reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.criteria import Profile
from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import CaseStatus, Matter, OverrideKind
from conciliador.models import Case, Override, Referral, User
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, NotFound, ValidationFailed
from conciliador.services.fields import ReferralFields
from conciliador.services.offices import get_office, profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.sensitive import restricted_note, sees_in_full
from conciliador.services.text import TEXT_MAX, clean
from conciliador.services.validation import text_problems


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    flags_violence: bool


@dataclass(frozen=True)
class Institution:
    code: str
    name: str


@dataclass(frozen=True)
class Screen:
    """What the intake form shows: the profile's questions and route of care."""

    questions: tuple[Question, ...]
    institutions: tuple[Institution, ...]
    #: The matters a positive screen keeps from a joint hearing.
    blocked_matters: tuple[Matter, ...]


@dataclass(frozen=True)
class ReferralView:
    id: int
    uid: str
    case_id: int
    institution_code: str
    institution_name: str
    referred_at: dt.datetime
    referred_by: str
    notes: str


@dataclass(frozen=True)
class OverrideView:
    at: dt.datetime
    by: str
    reason: str


@dataclass(frozen=True)
class SafeguardingView:
    case_id: int
    flagged: bool
    #: The questions answered «sí» that signal violence, in the profile's words.
    positive_answers: tuple[str, ...]
    #: The case's matters for which the profile forbids a joint hearing.
    blocked_matters: tuple[Matter, ...]
    joint_hearing_blocked: bool
    referrals: tuple[ReferralView, ...]
    overrides: tuple[OverrideView, ...]
    #: Read by someone who does not handle this case with signs of violence: the answers and
    #: the referrals' notes are left out; ``restricted_note`` says whom to ask.
    restricted: bool = False
    restricted_note: str = ""


def screen_of(profile: Profile) -> Screen:
    sg = profile.safeguarding
    return Screen(
        questions=tuple(Question(q.code, q.text, q.flags_violence) for q in sg.questions),
        institutions=tuple(Institution(i.code, i.name) for i in sg.institutions),
        blocked_matters=tuple(sg.blocked_matters),
    )


def screen_questions(db: Database, actor: Actor, office_id: int) -> Screen:
    """The screen for a new request in this office."""
    with db.read() as session:
        actor = require(session, actor, Permission.REGISTER_CASE, office_id)
        return screen_of(profile_of(get_office(session, office_id)))


def referral_view(session: Session, referral: Referral, *, full: bool = True) -> ReferralView:
    """The referral; without its notes for whoever may not read the case in full."""
    user = session.get(User, referral.referred_by_id) if referral.referred_by_id else None
    return ReferralView(
        id=referral.id,
        uid=referral.uid,
        case_id=referral.case_id,
        institution_code=referral.institution_code,
        institution_name=referral.institution_name,
        referred_at=referral.referred_at,
        referred_by=user.full_name if user else "",
        notes=referral.notes if full else "",
    )


def record_referral(
    session: Session,
    actor: Actor,
    case: Case,
    profile: Profile,
    institution_code: str,
    notes: str = "",
    *,
    referred_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> Referral:
    """Refer the case along the route of care, inside the caller's unit of work: to which
    institution, when (now, or the moment it was done) and by whom. The case leaves
    conciliation (status «derivada»)."""
    institutions = {i.code: i.name for i in profile.safeguarding.institutions}
    problems: list[FieldProblem] = []
    if institution_code not in institutions:
        problems.append(
            FieldProblem(ReferralFields.INSTITUTION, "elija una de la ruta de atención del perfil")
        )
    notes = clean(notes)
    problems += text_problems(notes, ReferralFields.NOTES, limit=TEXT_MAX)
    moment = referred_at or now or session_now(session)
    if moment.tzinfo is None:
        problems.append(FieldProblem(ReferralFields.REFERRED_AT, "indique la zona horaria"))
    elif moment > (now or session_now(session)) + dt.timedelta(minutes=5):
        problems.append(FieldProblem(ReferralFields.REFERRED_AT, "no puede ser futura"))
    elif moment < case.requested_at:
        problems.append(
            FieldProblem(ReferralFields.REFERRED_AT, "es anterior a la solicitud del caso")
        )
    if problems:
        raise ValidationFailed(problems)
    before = audit.snapshot(case, ("status",))
    referral = Referral(
        case_id=case.id,
        institution_code=institution_code,
        institution_name=institutions[institution_code],
        referred_at=moment,
        referred_by_id=actor.user_id,
        notes=notes,
    )
    session.add(referral)
    case.status = CaseStatus.DERIVADA
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.DERIVAR,
        "caso",
        case.id,
        before=before,
        after={
            "status": case.status,
            "institution": institution_code,
            "referred_at": moment,
        },
        reason=notes,
        office_id=case.office_id,
    )
    return referral


def safeguarding_of_case(db: Database, actor: Actor, case_id: int) -> SafeguardingView:
    """The case's screen, what it blocks, its referrals and the overrides granted."""
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"No existe el caso n.º {case_id}.")
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        full = sees_in_full(session, actor, case)
        profile = profile_of(case.office)
        answers = case.safeguarding_answers if full else {}
        positive = tuple(
            q.text
            for q in profile.safeguarding.questions
            if q.flags_violence and answers.get(q.code)
        )
        blocked = (
            tuple(m for m in case.matters if m in profile.safeguarding.blocked_matters)
            if case.safeguarding_flagged
            else ()
        )
        referrals = session.scalars(
            select(Referral).where(Referral.case_id == case.id).order_by(Referral.referred_at)
        ).all()
        overrides = session.scalars(
            select(Override)
            .where(Override.case_id == case.id, Override.kind == OverrideKind.SALVAGUARDA)
            .order_by(Override.at)
        ).all()
        return SafeguardingView(
            case_id=case.id,
            flagged=case.safeguarding_flagged,
            positive_answers=positive,
            blocked_matters=blocked,
            joint_hearing_blocked=bool(blocked) or case.status == CaseStatus.DERIVADA,
            referrals=tuple(referral_view(session, r, full=full) for r in referrals),
            overrides=tuple(OverrideView(o.at, o.actor, o.reason) for o in overrides),
            restricted=not full,
            restricted_note="" if full else restricted_note(session, case),
        )
