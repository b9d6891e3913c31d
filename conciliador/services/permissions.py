"""The permissions matrix: which role may run which use case. Enforced here, in the services.

The desktop hides what a user may not do, but this module is the door every path passes
through: GUI, command line, import and tests.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.enums import Role
from conciliador.models import User
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied
from conciliador.services.reach import actor_for


class Permission(StrEnum):
    VIEW_AGENDA = "ver la agenda"
    VIEW_CASE = "ver expedientes"
    REGISTER_CASE = "registrar solicitudes"
    EDIT_CASE = "modificar solicitudes"
    REFER_CASE = "derivar casos"
    SCHEDULE_HEARING = "programar audiencias"
    OVERRIDE_RULE = "autorizar excepciones a las reglas"
    RECORD_CITATION = "registrar la entrega de citaciones"
    CONDUCT_HEARING = "conducir audiencias"
    CANCEL_HEARING = "cancelar audiencias"
    ANNUL_HEARING = "anular audiencias"
    RECORD_AGREEMENT = "registrar acuerdos"
    ISSUE_ACTA = "emitir actas"
    SIGN_ACTA = "registrar firmas de actas"
    PRINT_DOCUMENTS = "imprimir documentos"
    VIEW_REPORTS = "ver reportes"
    EXPORT_REPORTS = "exportar reportes"
    EXPORT_PERSONAL_DATA = "exportar listados con datos personales"
    EXPORT_DATA = "exportar registros (intercambio)"
    IMPORT_DATA = "importar registros (intercambio)"
    MANAGE_OFFICES = "administrar oficinas"
    MANAGE_ROOMS = "administrar salas y días de cierre"
    MANAGE_USERS = "administrar usuarios"
    VIEW_AUDIT = "consultar la bitácora de auditoría"
    BACKUP = "hacer y restaurar copias de seguridad"
    DEPART_FROM_GUIDELINE = "apartarse de la pauta alimentaria con un motivo escrito"
    EXPORT_AGENDA = "exportar la agenda a un calendario (iCalendar)"
    REPLACE_ACTA = "reemplazar un acta emitida o firmada por otra que corrige un defecto"
    RECORD_FOLLOWUP = "registrar pagos e incidencias del seguimiento de un acuerdo"
    DISMISS_ALERT = "descartar una alerta temprana con un motivo escrito"
    VIEW_SENSITIVE_CASE = (
        "leer el relato y el tamizaje de un caso con señales de violencia que lleva otra persona"
    )
    PUBLISH_CRITERIA = "publicar criterios y plantillas"
    ATTACH_DOCUMENT = "adjuntar documentos a un expediente"
    REMOVE_ATTACHMENT = "quitar un documento adjunto de un expediente"


P = Permission

_OFFICER = {
    P.VIEW_AGENDA,
    P.VIEW_CASE,
    P.REGISTER_CASE,
    P.EDIT_CASE,
    P.REFER_CASE,
    P.SCHEDULE_HEARING,
    P.RECORD_CITATION,
    P.CONDUCT_HEARING,
    P.CANCEL_HEARING,
    P.RECORD_AGREEMENT,
    P.ISSUE_ACTA,
    P.SIGN_ACTA,
    P.PRINT_DOCUMENTS,
    P.DEPART_FROM_GUIDELINE,
    P.REPLACE_ACTA,
}

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.CONCILIADOR: frozenset(_OFFICER),
    Role.SECRETARIO: frozenset({P.VIEW_AGENDA, P.VIEW_CASE, P.RECORD_CITATION, P.PRINT_DOCUMENTS}),
    Role.SUPERVISOR: frozenset(
        _OFFICER
        | {
            P.OVERRIDE_RULE,
            P.ANNUL_HEARING,
            P.VIEW_REPORTS,
            P.EXPORT_REPORTS,
            P.EXPORT_PERSONAL_DATA,
            P.EXPORT_DATA,
            P.VIEW_AUDIT,
        }
    ),
    Role.ADMINISTRADOR: frozenset(
        {
            P.VIEW_AGENDA,
            P.MANAGE_OFFICES,
            P.MANAGE_ROOMS,
            P.MANAGE_USERS,
            P.EXPORT_DATA,
            P.IMPORT_DATA,
            P.VIEW_AUDIT,
            P.BACKUP,
        }
    ),
}


# Desktop (issue 5): an officer's agenda exported to a calendar file (no family names in it).
for _role in (Role.CONCILIADOR, Role.SECRETARIO, Role.SUPERVISOR):
    MATRIX[_role] = MATRIX[_role] | {P.EXPORT_AGENDA}


# Acompañamiento (issue 16): the clerk records what families report; officers and supervisors
# also set alerts aside, with a reason.
for _role in (Role.CONCILIADOR, Role.SECRETARIO, Role.SUPERVISOR):
    MATRIX[_role] = MATRIX[_role] | {P.RECORD_FOLLOWUP}
for _role in (Role.CONCILIADOR, Role.SUPERVISOR):
    MATRIX[_role] = MATRIX[_role] | {P.DISMISS_ALERT}


# The desk in daily use (issue 18): a case with signs of violence is read in full by whoever
# handles it and by the supervision, not by everyone who may open files.
MATRIX[Role.SUPERVISOR] = MATRIX[Role.SUPERVISOR] | {P.VIEW_SENSITIVE_CASE}

# Criteria administered (issue 17): administrators publish the unified criteria and templates
# (the services also require the national office).
MATRIX[Role.ADMINISTRADOR] = MATRIX[Role.ADMINISTRADOR] | {P.PUBLISH_CRITERIA}

# Attachments (issue 18): whoever works the case's file attaches a document (a clerk too, at
# the counter); removing one is for those who handle the case.
for _role in (Role.CONCILIADOR, Role.SECRETARIO, Role.SUPERVISOR):
    MATRIX[_role] = MATRIX[_role] | {P.ATTACH_DOCUMENT}
for _role in (Role.CONCILIADOR, Role.SUPERVISOR):
    MATRIX[_role] = MATRIX[_role] | {P.REMOVE_ATTACHMENT}


def allowed(actor: Actor, permission: Permission) -> bool:
    return actor.is_system or permission in MATRIX[actor.role]


_CURRENT = "conciliador_current_actors"


def current_actor(where: Session | Database, actor: Actor) -> Actor:
    """The actor as the database has them now: role, office and reach re-read from their row.

    The ``Actor`` a desk holds was right when its user signed in; an administrator may have
    demoted or deactivated them since, and an ``Actor`` built by hand proves nothing. Only the
    local command line (``is_system``: whoever runs it holds the database itself) is taken as
    it is. Read once per unit of work (cached in the session), so a use case checking several
    permissions pays one query.
    """
    if actor.is_system:
        return actor
    if isinstance(where, Database):
        with where.read() as session:
            return current_actor(session, actor)
    cache: dict[int, Actor] = where.info.setdefault(_CURRENT, {})
    if actor.user_id is not None and actor.user_id in cache:
        return cache[actor.user_id]
    user = where.get(User, actor.user_id) if isinstance(actor.user_id, int) else None
    if user is None or not user.active:
        raise PermissionDenied(
            "Su cuenta fue desactivada por un administrador (o no existe): no puede hacer esto."
        )
    fresh = actor_for(where, user)
    cache[user.id] = fresh
    return fresh


def require(
    where: Session | Database, actor: Actor, permission: Permission, office_id: int | None = None
) -> Actor:
    """Refuse, in Spanish, unless the actor's current role may do this in this office.

    ``where`` is the caller's unit of work (or the database, for a check made before opening
    one). Returns the actor as re-read from the database: callers use it for anything else
    that depends on role or reach (which offices a list shows, for instance).
    """
    current = current_actor(where, actor)
    if not allowed(current, permission):
        raise PermissionDenied(f"Su rol ({current.role.label}) no permite {permission.value}.")
    if office_id is not None and not current.reaches(office_id):
        raise PermissionDenied(
            f"No tiene acceso a los registros de esa oficina para {permission.value}."
        )
    return current
