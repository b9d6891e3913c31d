"""Which institution of its profile an office issues its actas as.

Where a country has several institutions that conciliate (Colombia: the ICBF's centros
zonales and the municipalities' comisarías de familia), the profile lists the others in
``[[emisoras]]`` and each office records its own; its actas then carry that institution's
name, legal basis and enforceability note. Empty: the profile's own ``[institucion]``.
"""

from __future__ import annotations

from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import Office
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, NotFound, ValidationFailed
from conciliador.services.fields import OfficeFields
from conciliador.services.offices import profile_of
from conciliador.services.permissions import Permission, require

FIELD = OfficeFields.ISSUER


def issuing_choices(db: Database, actor: Actor, office_id: int) -> list[tuple[str, str]]:
    """(code, name) of the institutions the office may issue as; the first is the profile's
    own (code "")."""
    with db.read() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise NotFound("La oficina no existe.")
        require(session, actor, Permission.MANAGE_OFFICES, office.id)
        profile = profile_of(office)
        return [("", profile.institution.name)] + [(i.code, i.name) for i in profile.issuers]


def set_issuing_institution(db: Database, actor: Actor, office_id: int, code: str) -> str:
    """Record which institution the office issues its actas as; returns its name. Actas
    already issued keep the institution frozen in their text."""
    with db.write() as session:
        office = session.get(Office, office_id, with_for_update=True)
        if office is None:
            raise NotFound("La oficina no existe.")
        actor = require(session, actor, Permission.MANAGE_OFFICES, office.id)
        profile = profile_of(office)
        known = {i.code for i in profile.issuers}
        if code and code not in known:
            choices = ", ".join(sorted(known)) or "ninguna otra"
            raise ValidationFailed(
                FieldProblem(FIELD, f"«{code}» no es una institución del perfil ({choices})")
            )
        before = {"institucion_emisora": office.issuing_institution}
        office.issuing_institution = code
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CAMBIAR_INSTITUCION_EMISORA,
            "oficina",
            office.id,
            before=before,
            after={"institucion_emisora": code},
            office_id=office.id,
        )
        return profile.institution_for(code).name
