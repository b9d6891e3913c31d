"""The permissions matrix: which role may run which use case. Enforced here, in the services.

The desktop hides what a user may not do, but this module is the door every path passes
through: GUI, command line, import and tests.
"""

from __future__ import annotations

from enum import StrEnum

from conciliador.domain.enums import Role
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied


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
    Role.OFFICER: frozenset(_OFFICER),
    Role.CLERK: frozenset({P.VIEW_AGENDA, P.VIEW_CASE, P.RECORD_CITATION, P.PRINT_DOCUMENTS}),
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
    Role.ADMIN: frozenset(
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
for _role in (Role.OFFICER, Role.CLERK, Role.SUPERVISOR):
    MATRIX[_role] = MATRIX[_role] | {P.EXPORT_AGENDA}


# Acompañamiento (issue 16): the clerk records what families report; officers and supervisors
# also set alerts aside, with a reason.
for _role in (Role.OFFICER, Role.CLERK, Role.SUPERVISOR):
    MATRIX[_role] = MATRIX[_role] | {P.RECORD_FOLLOWUP}
for _role in (Role.OFFICER, Role.SUPERVISOR):
    MATRIX[_role] = MATRIX[_role] | {P.DISMISS_ALERT}


def allowed(actor: Actor, permission: Permission) -> bool:
    return actor.is_system or permission in MATRIX[actor.role]


def require(actor: Actor, permission: Permission, office_id: int | None = None) -> None:
    """Refuse, in Spanish, unless the actor's role may do this in this office."""
    if not allowed(actor, permission):
        raise PermissionDenied(f"Su rol ({actor.role.label}) no permite {permission.value}.")
    if office_id is not None and not actor.reaches(office_id):
        raise PermissionDenied(
            f"No tiene acceso a los registros de esa oficina para {permission.value}."
        )
