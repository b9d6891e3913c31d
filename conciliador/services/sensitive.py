"""Cases with signs of violence: who reads them in full.

A case whose safeguarding screen found signs of violence, or that was referred along the route
of care, is sensitive: the requester's account, the screen's answers and the referral's notes
are read only by those who handle the case (who registered it, referred it or conducts its
hearings) and by the supervision (``Permission.VIEW_SENSITIVE_CASE``). Everyone else who may
open the file learns that the case exists, that it is restricted, and whom to ask. The rule
lives here, in the services, so the desktop, the command line and the documents all pass
through it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.domain.enums import CaseStatus, Role
from conciliador.models import Case, Hearing, Referral, User
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied
from conciliador.services.permissions import Permission, allowed


def is_sensitive(case: Case) -> bool:
    """Signs of violence in the screen, or a referral along the route of care."""
    return case.safeguarding_flagged or case.status == CaseStatus.DERIVADA


def handlers(session: Session, case: Case) -> list[int]:
    """Who handles the case, first to last: who registered it, who referred it, who conducts
    its hearings."""
    found: list[int] = []
    referrers = session.scalars(
        select(Referral.referred_by_id)
        .where(Referral.case_id == case.id)
        .order_by(Referral.referred_at)
    )
    officers = session.scalars(
        select(Hearing.officer_id).where(Hearing.case_id == case.id).order_by(Hearing.starts_at)
    )
    for user_id in (case.created_by_id, *referrers, *officers):
        if user_id is not None and user_id not in found:
            found.append(user_id)
    return found


def sees_in_full(session: Session, actor: Actor, case: Case) -> bool:
    """Whether ``actor`` (as ``require`` re-read them) reads the case's account and screen."""
    if not is_sensitive(case) or actor.is_system:
        return True
    if allowed(actor, Permission.VIEW_SENSITIVE_CASE):
        return True
    return actor.user_id is not None and actor.user_id in handlers(session, case)


def who_to_ask(session: Session, case: Case) -> str:
    """In the user's words: the people who handle the case, or the supervision."""
    names = [
        user.full_name
        for user_id in handlers(session, case)
        if (user := session.get(User, user_id)) is not None
        and user.role in (Role.CONCILIADOR, Role.SUPERVISOR)
    ]
    if names:
        return f"{', '.join(names)} o la supervisión de la oficina"
    return "la supervisión de la oficina"


def restricted_note(session: Session, case: Case) -> str:
    return (
        "Caso con señales de violencia: el relato y las respuestas del tamizaje solo los ve "
        f"quien lleva el caso y la supervisión. Consulte a {who_to_ask(session, case)}."
    )


def require_full_view(session: Session, actor: Actor, case: Case, what: str) -> None:
    """Refuse ``what`` (a document, an edit) to whoever may not read the case in full."""
    if not sees_in_full(session, actor, case):
        raise PermissionDenied(
            f"El caso tiene señales de violencia: {what} solo lo hace quien lleva el caso o la "
            f"supervisión. Consulte a {who_to_ask(session, case)}."
        )
