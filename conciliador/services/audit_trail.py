"""Reading the audit trail: filtered, newest first, a page at a time, in Spanish.

For administrators and supervisors (``Permission.VIEW_AUDIT``), within the offices they reach.
Events that belong to no office (the command line's imports, backups, verifications) are shown
only to those who reach every office. Pages are read by id (keyset), so the thousandth page of
a million events costs what the first one does.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.record_numbers import NumberKind, number_text
from conciliador.models import AuditEvent, Case, Citation, Hearing, Office, User
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, ValidationFailed
from conciliador.services.fields import AuditFields
from conciliador.services.permissions import Permission, require
from conciliador.services.validation import known_id, text_problem

#: What each recorded action is called on screen. Unknown codes show as written.
ACTION_LABELS: dict[str, str] = {
    AuditAction.CREAR: "Creación",
    AuditAction.MODIFICAR: "Modificación",
    AuditAction.CONSULTAR: "Consulta de expediente",
    AuditAction.DERIVAR: "Derivación",
    AuditAction.PROGRAMAR: "Programación de audiencia",
    AuditAction.REPROGRAMAR: "Reprogramación",
    AuditAction.EXCEPCION: "Excepción autorizada",
    AuditAction.ENTREGAR_CITACION: "Entrega de citación",
    AuditAction.CITACIONES_ENTREGADAS: "Citaciones entregadas",
    AuditAction.INICIAR: "Inicio de audiencia",
    AuditAction.SUSPENDER: "Suspensión",
    AuditAction.INASISTENCIA: "Inasistencia",
    AuditAction.CANCELAR: "Cancelación",
    AuditAction.ANULAR: "Anulación",
    AuditAction.CONCLUIR: "Conclusión de audiencia",
    AuditAction.CONCLUIR_SEGUIMIENTO: "Conclusión de audiencia de seguimiento",
    AuditAction.CERRAR: "Cierre del caso",
    AuditAction.EMITIR: "Emisión",
    AuditAction.FIRMAR: "Firma",
    AuditAction.REGISTRAR_ACUERDO: "Registro del acuerdo",
    AuditAction.MODIFICAR_ACUERDO: "Corrección del acuerdo",
    AuditAction.APARTARSE_PAUTA: "Apartamiento de la pauta alimentaria",
    AuditAction.CONGELAR: "Acuerdo cerrado (acta emitida)",
    AuditAction.EXPORTAR_REPORTE: "Exportación del resumen mensual",
    AuditAction.EXPORTAR_DATOS_PERSONALES: "Exportación de datos personales",
    AuditAction.INICIAR_SESION: "Inicio de sesión",
    AuditAction.INICIO_FALLIDO: "Intento de sesión fallido",
    AuditAction.BLOQUEAR: "Bloqueo de cuenta",
    AuditAction.DESBLOQUEAR: "Desbloqueo de cuenta",
    AuditAction.RESTABLECER_CONTRASENA: "Contraseña temporal asignada",
    AuditAction.CAMBIAR_CONTRASENA: "Cambio de contraseña",
    AuditAction.ACTIVAR: "Activación de cuenta",
    AuditAction.REACTIVAR: "Reactivación de cuenta",
    AuditAction.DESACTIVAR: "Desactivación de cuenta",
    AuditAction.IMPORTAR: "Importación",
    AuditAction.EXPORTAR: "Exportación",
    AuditAction.RESPALDAR: "Copia de seguridad",
    AuditAction.RESTAURAR: "Restauración de copia",
    AuditAction.VERIFICAR: "Verificación de integridad",
    AuditAction.CARGAR_DEMO: "Carga de datos de demostración",
    AuditAction.MOVER_OFICINA: "Cambio de oficina superior",
    AuditAction.CERRAR_OFICINA: "Cierre de la oficina",
    AuditAction.REABRIR_OFICINA: "Reapertura de la oficina",
    AuditAction.PUBLICAR_PLANTILLA: "Publicación de una plantilla",
    AuditAction.REVERTIR_PLANTILLA: "Vuelta a una versión anterior de una plantilla",
    AuditAction.PUBLICAR_PERFIL: "Publicación de una versión de los criterios",
    AuditAction.CONFIAR_CLAVE: "Clave de criterios instalada",
    AuditAction.EXPORTAR_CRITERIOS: "Exportación de un paquete de criterios",
    AuditAction.IMPORTAR_CRITERIOS: "Importación de un paquete de criterios",
    AuditAction.VERIFICAR_LEGALIDAD: "Control de legalidad del acta",
    AuditAction.ENVIAR_AL_TRIBUNAL: "Envío del acuerdo al tribunal",
    AuditAction.RESOLUCION_DEL_TRIBUNAL: "Resolución del tribunal",
    AuditAction.CAMBIAR_INSTITUCION_EMISORA: "Cambio de la institución que emite las actas",
    AuditAction.ADJUNTAR: "Documento adjuntado al expediente",
    AuditAction.ABRIR_ADJUNTO: "Consulta de un documento adjunto",
    AuditAction.QUITAR_ADJUNTO: "Documento adjunto quitado del expediente",
}
ENTITY_LABELS: dict[str, str] = {
    "caso": "Caso",
    "persona": "Persona",
    "hijo": "Hija o hijo",
    "audiencia": "Audiencia",
    "citacion": "Citación",
    "acta": "Acta",
    "acuerdo": "Acuerdo",
    "usuario": "Cuenta de usuario",
    "oficina": "Oficina",
    "sala": "Sala",
    "dia_cierre": "Día de cierre",
    "intercambio": "Archivo de intercambio",
    "copia": "Copia de seguridad",
    "base_de_datos": "Base de datos",
    "derivacion": "Derivación",
    "reporte_mensual": "Resumen mensual",
    "listado_casos": "Listado de casos",
}
FIELD_LABELS: dict[str, str] = {
    "status": "Estado",
    "outcome": "Resultado",
    "closed_at": "Cerrado el",
    "starts_at": "Inicio",
    "ends_at": "Fin",
    "officer_id": "Conciliador/a (n.º)",
    "room_id": "Sala (n.º)",
    "mode": "Modalidad",
    "status_reason": "Motivo del estado",
    "cancel_reason": "Motivo de cancelación",
    "absence": "Inasistencia",
    "replaces_id": "Reemplaza a (n.º)",
    "session_number": "Sesión",
    "citation_round": "Citación",
    "case_id": "Caso (n.º)",
    "office_id": "Oficina (n.º)",
    "account": "Relato",
    "first_names": "Nombres",
    "last_names": "Apellidos",
    "id_type": "Tipo de documento",
    "id_number": "Número de documento",
    "birth_date": "Fecha de nacimiento",
    "birth_certificate": "Partida de nacimiento",
    "address": "Dirección",
    "phone": "Teléfono",
    "email": "Correo",
    "occupation": "Ocupación",
    "employer": "Empleador",
    "monthly_income": "Ingreso mensual",
    "nationality": "Nacionalidad",
    "sex": "Sexo",
    "active": "Activa",
    "must_change_password": "Debe cambiar la contraseña",
    "failed_logins": "Intentos fallidos",
    "locked_until": "Bloqueada hasta",
    "delivered_at": "Entregada el",
    "delivered_by": "Entregada por",
    "method": "Medio",
    "pending_matters": "Materias pendientes",
    "login": "Usuario",
    "full_name": "Nombre completo",
    "role": "Rol",
    "name": "Nombre",
    "code": "Código",
}

PAGE = 200


def action_label(code: str) -> str:
    return ACTION_LABELS.get(code, code.replace("_", " ").capitalize())


def entity_label(code: str) -> str:
    return ENTITY_LABELS.get(code, code.replace("_", " ").capitalize())


@dataclass(frozen=True)
class AuditFilter:
    """What to show; every criterion is optional. Days are in the office's calendar."""

    first_day: dt.date | None = None
    last_day: dt.date | None = None
    user_id: int | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    office_id: int | None = None


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditRow:
    id: int
    #: When, in the time zone of the event's office (or of the reader's office).
    at: dt.datetime
    actor: str
    user_id: int | None
    office_id: int | None
    office_code: str
    action: str
    entity: str
    entity_id: str
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    #: The record as people know it: «Caso MN-D2-2026-00006», «Cuenta juan.secretario».
    record: str = ""

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)

    def changes(self) -> list[FieldChange]:
        """Every field the event records, before and after, changed ones first."""
        before, after = self.before or {}, self.after or {}
        names = list(dict.fromkeys([*after, *before]))
        names.sort(key=lambda n: before.get(n) == after.get(n) and n in before)
        return [
            FieldChange(
                n,
                FIELD_LABELS.get(n, n.replace("_", " ")),
                _shown(before[n], self.at.tzinfo) if n in before else "",
                _shown(after[n], self.at.tzinfo) if n in after else "",
            )
            for n in names
        ]


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    has_more: bool

    @property
    def last_id(self) -> int | None:
        return self.rows[-1].id if self.rows else None


@dataclass(frozen=True)
class AuditChoices:
    """What the viewer's filter lists offer: (value, label) pairs, sorted by label."""

    users: list[tuple[int, str]]
    offices: list[tuple[int, str]]
    actions: list[tuple[str, str]]
    entities: list[tuple[str, str]]


_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _shown(value: Any, zone: dt.tzinfo | None = None) -> str:
    """A recorded value as people read it: instants in the office's time, dates d/m/Y."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    if isinstance(value, str) and _INSTANT.match(text):
        instant = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return f"{instant.astimezone(zone) if zone else instant:%d/%m/%Y %H:%M}"
    if isinstance(value, str) and _DAY.match(text):
        return f"{dt.date.fromisoformat(text):%d/%m/%Y}"
    return text


def _reach(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """The events this actor may read (None: all of them)."""
    if actor.office_ids is None:
        return None
    total = session.scalar(select(func.count(Office.id))) or 0
    own = AuditEvent.office_id.in_(actor.office_ids)
    if len(actor.office_ids) >= total:
        return or_(own, AuditEvent.office_id.is_(None))
    return own


def _zone_of(session: Session, *office_ids: int | None) -> ZoneInfo:
    """The time zone of the first of these offices that exists (else of the first office)."""
    for candidate in office_ids:
        if candidate is not None:
            tz = session.scalar(select(Office.timezone).where(Office.id == candidate))
            if tz:
                return ZoneInfo(tz)
    first = session.scalar(select(Office.timezone).order_by(Office.id).limit(1))
    return ZoneInfo(first or "UTC")


def reader_today(db: Database, office_id: int | None) -> dt.date:
    """Today in an office's calendar (the first office's without one), by the database's
    clock: where the audit viewer's date filters start. It reads no audit event."""
    with db.read() as session:
        zone = _zone_of(session, office_id)
        return db.now().astimezone(zone).date()


def audit_events(
    db: Database,
    actor: Actor,
    criteria: AuditFilter | None = None,
    *,
    before_id: int | None = None,
    limit: int = PAGE,
) -> AuditPage:
    """One page of events matching ``criteria``, newest first; the next page starts
    ``before_id=page.last_id``."""
    criteria = criteria or AuditFilter()
    if (
        criteria.first_day is not None
        and criteria.last_day is not None
        and criteria.first_day > criteria.last_day
    ):
        raise ValidationFailed(FieldProblem(AuditFields.LAST_DAY, "es anterior a «Desde»"))
    actor = require(db, actor, Permission.VIEW_AUDIT, criteria.office_id)
    limit = max(1, min(limit, 1000))
    if any(
        value is not None and not known_id(value)
        for value in (criteria.user_id, criteria.office_id, before_id)
    ) or any(
        value is not None and (text_problem(value) or len(value) > 60)
        for value in (criteria.action, criteria.entity, criteria.entity_id)
    ):
        return AuditPage([], has_more=False)  # no event has such an id or such a text
    with db.read() as session:
        conditions: list[ColumnElement[bool]] = []
        reach = _reach(session, actor)
        if reach is not None:
            conditions.append(reach)
        zone = _zone_of(session, criteria.office_id, actor.office_id)
        if criteria.first_day is not None:
            start = dt.datetime.combine(criteria.first_day, dt.time(0), tzinfo=zone)
            conditions.append(AuditEvent.at >= start.astimezone(dt.UTC))
        if criteria.last_day is not None:
            end = dt.datetime.combine(
                criteria.last_day + dt.timedelta(days=1), dt.time(0), tzinfo=zone
            )
            conditions.append(AuditEvent.at < end.astimezone(dt.UTC))
        if criteria.user_id is not None:
            conditions.append(AuditEvent.user_id == criteria.user_id)
        if criteria.action:
            conditions.append(AuditEvent.action == criteria.action)
        if criteria.entity:
            conditions.append(AuditEvent.entity == criteria.entity)
        if criteria.entity_id:
            entity_id = _entity_id(session, criteria.entity, criteria.entity_id.strip())
            conditions.append(AuditEvent.entity_id == entity_id)
        if criteria.office_id is not None:
            conditions.append(AuditEvent.office_id == criteria.office_id)
        if before_id is not None:
            conditions.append(AuditEvent.id < before_id)
        events = session.scalars(
            select(AuditEvent).where(*conditions).order_by(AuditEvent.id.desc()).limit(limit + 1)
        ).all()
        offices = dict(session.execute(select(Office.id, Office.code)).all())
        zones = dict(session.execute(select(Office.id, Office.timezone)).all())
        records = _record_labels(session, events[:limit], offices)
        rows = [
            AuditRow(
                id=e.id,
                at=e.at.astimezone(ZoneInfo(zones[e.office_id]) if e.office_id else zone),
                actor=e.actor,
                user_id=e.user_id,
                office_id=e.office_id,
                office_code=offices.get(e.office_id, "") if e.office_id else "",
                action=e.action,
                entity=e.entity,
                entity_id=e.entity_id,
                reason=e.reason,
                before=e.before,
                after=e.after,
                record=records.get((e.entity, e.entity_id))
                or f"{entity_label(e.entity)} {e.entity_id}",
            )
            for e in events[:limit]
        ]
        return AuditPage(rows, has_more=len(events) > limit)


_CASE_NUMBER = re.compile(r"^(?P<office>.+)-(?P<year>\d{4})-(?P<number>\d+)$")


def _entity_id(session: Session, entity: str | None, text: str) -> str:
    """A case may be looked up by its number (MN-D2-2026-00006) as well as by its id."""
    match = _CASE_NUMBER.match(text.upper())
    if entity in (None, "caso") and match:
        found = session.scalar(
            select(Case.id)
            .join(Office, Office.id == Case.office_id)
            .where(
                Office.code == match["office"],
                Case.year == int(match["year"]),
                Case.number == int(match["number"]),
            )
        )
        if found is not None:
            return str(found)
    return text


def _ids(events: Sequence[AuditEvent], entity: str) -> list[int]:
    return [int(e.entity_id) for e in events if e.entity == entity and e.entity_id.isdigit()]


def _record_labels(
    session: Session, events: Sequence[AuditEvent], offices: dict[int, str]
) -> dict[tuple[str, str], str]:
    """How people name the records of a page of events (a few queries per page)."""
    labels: dict[tuple[str, str], str] = {}

    def number(office_id: int, year: int, n: int) -> str:
        return number_text(NumberKind.CASO, offices.get(office_id, "?"), year, n)

    case_ids = _ids(events, "caso")
    for i, office_id, year, n in session.execute(
        select(Case.id, Case.office_id, Case.year, Case.number).where(Case.id.in_(case_ids))
    ):
        labels[("caso", str(i))] = f"Caso {number(office_id, year, n)}"
    hearing_ids = _ids(events, "audiencia")
    for i, office_id, year, n in session.execute(
        select(Hearing.id, Case.office_id, Case.year, Case.number)
        .join(Case, Case.id == Hearing.case_id)
        .where(Hearing.id.in_(hearing_ids))
    ):
        labels[("audiencia", str(i))] = f"Audiencia n.º {i} · caso {number(office_id, year, n)}"
    citation_ids = _ids(events, "citacion")
    for i, office_id, year, n in session.execute(
        select(Citation.id, Case.office_id, Case.year, Case.number)
        .join(Hearing, Hearing.id == Citation.hearing_id)
        .join(Case, Case.id == Hearing.case_id)
        .where(Citation.id.in_(citation_ids))
    ):
        labels[("citacion", str(i))] = f"Citación n.º {i} · caso {number(office_id, year, n)}"
    for i, login in session.execute(
        select(User.id, User.login).where(User.id.in_(_ids(events, "usuario")))
    ):
        labels[("usuario", str(i))] = f"Cuenta {login}"
    for i in _ids(events, "oficina"):
        labels[("oficina", str(i))] = f"Oficina {offices.get(i, i)}"
    return labels


def audit_filter_choices(db: Database, actor: Actor) -> AuditChoices:
    """The users, offices, actions and kinds of record the viewer's filters list."""
    actor = require(db, actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        office_query = select(Office.id, Office.code, Office.name)
        user_query = select(User.id, User.full_name, User.login)
        if actor.office_ids is not None:
            office_query = office_query.where(Office.id.in_(actor.office_ids))
            user_query = user_query.where(User.office_id.in_(actor.office_ids))
        offices = [(i, f"{code} — {name}") for i, code, name in session.execute(office_query)]
        users = [(i, f"{name} ({login})") for i, name, login in session.execute(user_query)]
        actions = set(session.scalars(select(AuditEvent.action).distinct()))
        entities = set(session.scalars(select(AuditEvent.entity).distinct()))
    return AuditChoices(
        users=sorted(users, key=lambda u: u[1].casefold()),
        offices=sorted(offices, key=lambda o: o[1]),
        actions=sorted(((a, action_label(a)) for a in actions), key=lambda a: a[1]),
        entities=sorted(((e, entity_label(e)) for e in entities), key=lambda e: e[1]),
    )
