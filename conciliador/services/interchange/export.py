"""Export records to the interchange format: deterministic, so export → import → export gives
the same file."""

from __future__ import annotations

import datetime as dt
import json
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from conciliador.db import Database
from conciliador.documents.atomic import write_atomically
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import Matter
from conciliador.models import (
    Agreement,
    AlertDismissal,
    Case,
    Child,
    Citation,
    ClosureDay,
    FollowUpIncident,
    Hearing,
    Office,
    Person,
    Referral,
    Room,
    SupportPayment,
    User,
)
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.agreements.terms import AgreementTerms
from conciliador.services.interchange import schema as s
from conciliador.services.interchange.anchor import sender_anchors
from conciliador.services.offices import office_by_code
from conciliador.services.permissions import Permission, require
from conciliador.services.reach import subtree_ids


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


class _Uids:
    """uid lookups for foreign keys, loaded once per table."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._maps: dict[type, dict[int, str]] = {}

    def __call__(self, model: type, key: int | None) -> str | None:
        if key is None:
            return None
        if model not in self._maps:
            rows = self.session.execute(select(model.id, model.uid))  # type: ignore[attr-defined]
            self._maps[model] = {i: u for i, u in rows}
        return self._maps[model][key]


def office_record(o: Office, uid: _Uids) -> s.Oficina:
    return s.Oficina(
        uid=o.uid,
        codigo=o.code,
        nombre=o.name,
        nivel=o.level,
        oficina_superior_uid=uid(Office, o.parent_id),
        direccion=o.address,
        telefono=o.phone,
        pais=o.country,
        subdivision=o.subdivision,
        zona_horaria=o.timezone,
        perfil=o.profile_code,
        departamento=o.department,
        municipio=o.municipality,
        articulo=o.name_article,
        institucion_emisora=o.issuing_institution,
    )


def room_record(r: Room, uid: _Uids) -> s.Sala:
    return s.Sala(
        uid=r.uid,
        oficina_uid=uid(Office, r.office_id),
        nombre=r.name,
        capacidad=r.capacity,
        activa=r.active,
    )


def closure_record(c: ClosureDay, uid: _Uids) -> s.DiaCierre:
    return s.DiaCierre(oficina_uid=uid(Office, c.office_id), fecha=c.day, motivo=c.reason)


def user_record(u: User, uid: _Uids) -> s.Funcionario:
    return s.Funcionario(
        uid=u.uid,
        usuario=u.login,
        nombre=u.full_name,
        documento=u.id_number,
        rol=u.role,
        oficina_uid=uid(Office, u.office_id),
        cargo=u.post,
        sexo=u.sex,
        capacidad_legal=u.legal_capacity,
        correo=u.email,
        activo=u.active,
        registro_conciliador=u.registry_number,
    )


def person_record(p: Person, uid: _Uids) -> s.Persona:
    return s.Persona(
        uid=p.uid,
        nombres=p.first_names,
        apellidos=p.last_names,
        tipo_documento=p.id_type,
        numero_documento=p.id_number,
        sexo=p.sex,
        fecha_nacimiento=p.birth_date,
        nacionalidad=p.nationality,
        direccion=p.address,
        telefono=p.phone,
        correo=p.email,
        ocupacion=p.occupation,
        empleador=p.employer,
        ingreso_mensual=p.monthly_income,
    )


def child_record(c: Child, uid: _Uids) -> s.Hijo:
    return s.Hijo(
        uid=c.uid,
        nombres=c.first_names,
        apellidos=c.last_names,
        sexo=c.sex,
        fecha_nacimiento=c.birth_date,
        partida_nacimiento=c.birth_certificate,
    )


def case_record(c: Case, uid: _Uids) -> s.Caso:
    return s.Caso(
        uid=c.uid,
        oficina_uid=uid(Office, c.office_id),
        anio=c.year,
        numero=c.number,
        solicitante_uid=uid(Person, c.claimant_id),
        citado_uid=uid(Person, c.respondent_id),
        representante_solicitante_uid=uid(Person, c.claimant_representative_id),
        representante_citado_uid=uid(Person, c.respondent_representative_id),
        hijos_uid=sorted(ch.uid for ch in c.children),
        materias=c.matters,
        relato=c.account,
        tamizaje=dict(sorted(c.safeguarding_answers.items())),
        tamizaje_positivo=c.safeguarding_flagged,
        estado=c.status,
        resultado=c.outcome,
        solicitado_en=_utc(c.requested_at),
        fecha_solicitud=c.request_date,
        cerrado_en=_utc(c.closed_at) if c.closed_at else None,
    )


def referral_record(r: Referral, uid: _Uids) -> s.Derivacion:
    return s.Derivacion(
        uid=r.uid,
        caso_uid=uid(Case, r.case_id),
        institucion_codigo=r.institution_code,
        institucion=r.institution_name,
        derivado_en=_utc(r.referred_at),
        derivado_por_uid=uid(User, r.referred_by_id),
        notas=r.notes,
    )


def hearing_record(h: Hearing, uid: _Uids) -> s.Audiencia:
    return s.Audiencia(
        uid=h.uid,
        caso_uid=uid(Case, h.case_id),
        oficina_uid=uid(Office, h.office_id),
        conciliador_uid=uid(User, h.officer_id),
        sala_uid=uid(Room, h.room_id),
        modalidad=h.mode,
        inicio=_utc(h.starts_at),
        fin=_utc(h.ends_at),
        sesion=h.session_number,
        citacion=h.citation_round,
        estado=h.status,
        motivo_estado=h.status_reason,
        motivo_cancelacion=h.cancel_reason,
        inasistencia=h.absence,
        reemplaza_uid=uid(Hearing, h.replaces_id),
        inicio_real=_utc(h.started_at) if h.started_at else None,
        fin_real=_utc(h.concluded_at) if h.concluded_at else None,
        motivo_inicio=h.start_reason,
        proposito=h.purpose,
    )


def citation_record(c: Citation, uid: _Uids) -> s.Citacion:
    return s.Citacion(
        uid=c.uid,
        audiencia_uid=uid(Hearing, c.hearing_id),
        persona_uid=uid(Person, c.person_id),
        parte=c.party,
        numero=c.number,
        emitida_en=_utc(c.issued_at),
        entregada_en=_utc(c.delivered_at) if c.delivered_at else None,
        metodo=c.method,
        entregada_por=c.delivered_by,
        notas=c.notes,
    )


def agreement_record(a: Agreement, uid: _Uids) -> s.Acuerdo:
    return s.Acuerdo(
        uid=a.uid,
        caso_uid=uid(Case, a.case_id),
        audiencia_uid=uid(Hearing, a.hearing_id),
        resultado=a.outcome,
        materias_pendientes=[Matter(m) for m in a.pending_matters],
        clausulas=AgreementTerms.model_validate(a.clauses or {}),
        pension_mensual=a.monthly_support,
        moneda=a.currency,
        motivo_apartarse_pauta=a.guideline_departure_reason,
        notas=a.notes,
        registrado_en=_utc(a.created_at),
        congelado_en=_utc(a.frozen_at) if a.frozen_at else None,
    )


def payment_record(p: SupportPayment, uid: _Uids) -> s.Pago:
    return s.Pago(
        uid=p.uid,
        caso_uid=uid(Case, p.case_id),
        oficina_uid=uid(Office, p.office_id),
        fecha=p.paid_on,
        monto=p.amount,
        moneda=p.currency,
        forma=p.method,
        recibo=p.receipt,
        informado_por=p.reported_by,
        notas=p.notes,
        registrado_en=_utc(p.recorded_at),
    )


def incident_record(i: FollowUpIncident, uid: _Uids) -> s.Incidencia:
    return s.Incidencia(
        uid=i.uid,
        caso_uid=uid(Case, i.case_id),
        oficina_uid=uid(Office, i.office_id),
        tipo=i.kind,
        fecha=i.occurred_on,
        descripcion=i.description,
        informado_por=i.reported_by,
        registrado_en=_utc(i.recorded_at),
    )


def dismissal_record(a: AlertDismissal, uid: _Uids) -> s.AlertaDescartada:
    return s.AlertaDescartada(
        uid=a.uid,
        clave=a.key,
        tipo=a.kind,
        caso_uid=uid(Case, a.case_id),
        oficina_uid=uid(Office, a.office_id),
        motivo=a.reason,
        descartada_en=_utc(a.dismissed_at),
    )


def build_document(session: Session, office_ids: set[int] | None) -> s.Documento:
    """Every record of these offices (all offices when None), in uid order."""
    uid = _Uids(session)

    def rows(model: Any, *where: Any, options: Any = ()) -> list[Any]:
        order = model.uid if hasattr(model, "uid") else model.id
        stmt = select(model).where(*where).order_by(order).options(*options)
        return list(session.scalars(stmt))

    def in_offices(column: Any) -> list[Any]:
        return [column.in_(office_ids)] if office_ids is not None else []

    cases = rows(Case, *in_offices(Case.office_id), options=[selectinload(Case.children)])
    case_ids = {c.id for c in cases}
    hearings = rows(Hearing, *in_offices(Hearing.office_id))
    hearing_ids = {h.id for h in hearings}
    person_ids = {
        p
        for c in cases
        for p in (
            c.claimant_id,
            c.respondent_id,
            c.claimant_representative_id,
            c.respondent_representative_id,
        )
        if p
    }
    child_ids = {ch.id for c in cases for ch in c.children}
    offices = rows(Office, *in_offices(Office.id))
    return s.Documento(
        formato=s.FORMAT,
        version=s.VERSION,
        oficinas=[office_record(o, uid) for o in offices],
        salas=[room_record(r, uid) for r in rows(Room, *in_offices(Room.office_id))],
        dias_cierre=sorted(
            (closure_record(c, uid) for c in rows(ClosureDay, *in_offices(ClosureDay.office_id))),
            key=lambda c: (c.oficina_uid, c.fecha),
        ),
        funcionarios=[user_record(u, uid) for u in rows(User, *in_offices(User.office_id))],
        personas=[person_record(p, uid) for p in rows(Person, Person.id.in_(person_ids))],
        hijos=[child_record(c, uid) for c in rows(Child, Child.id.in_(child_ids))],
        casos=[case_record(c, uid) for c in cases],
        derivaciones=[
            referral_record(r, uid) for r in rows(Referral, Referral.case_id.in_(case_ids))
        ],
        audiencias=[hearing_record(h, uid) for h in hearings],
        citaciones=[
            citation_record(c, uid) for c in rows(Citation, Citation.hearing_id.in_(hearing_ids))
        ],
        acuerdos=[
            agreement_record(a, uid) for a in rows(Agreement, Agreement.case_id.in_(case_ids))
        ],
        pagos=[
            payment_record(p, uid)
            for p in rows(SupportPayment, SupportPayment.case_id.in_(case_ids))
        ],
        incidencias=[
            incident_record(i, uid)
            for i in rows(FollowUpIncident, FollowUpIncident.case_id.in_(case_ids))
        ],
        alertas_descartadas=[
            dismissal_record(a, uid)
            for a in rows(AlertDismissal, *in_offices(AlertDismissal.office_id))
        ],
    )


def dump(document: s.Documento) -> bytes:
    data = document.model_dump(mode="json")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_records(
    db: Database, actor: Actor, office_code: str | None = None, *, path: Path | None = None
) -> tuple[bytes, dict[str, int]]:
    """The interchange file's bytes and how many records of each kind it holds.

    With ``path`` the file is written first and its audit event after it, in the same unit of
    work: a file that could not be written leaves no event claiming it was, and an event that
    could not be recorded takes its file away again.
    """
    written = False
    try:
        with db.write() as session:
            if office_code:
                root = office_by_code(session, office_code)
                actor = require(session, actor, Permission.EXPORT_DATA, root.id)
                office_ids: set[int] | None = subtree_ids(session, root.id)
            else:
                actor = require(session, actor, Permission.EXPORT_DATA)
                office_ids = None if actor.office_ids is None else set(actor.office_ids)
            document = build_document(session, office_ids).model_copy(
                update={"anclas_bitacora": sender_anchors(session, db.url, db.now())}
            )
            counts = {name: len(getattr(document, name)) for name in s.COLLECTIONS}
            data = dump(document)
            after: dict[str, object] = dict(counts)
            if path is not None:
                write_atomically(path, data)
                written = True
                after["archivo"] = path.name
            audit.record(
                session,
                actor,
                AuditAction.EXPORTAR,
                "intercambio",
                office_code or "todas",
                after=after,
                office_id=root.id if office_code else actor.office_id,
            )
    except BaseException:
        if written and path is not None:
            with suppress(OSError):
                path.unlink()
        raise
    return data, counts
