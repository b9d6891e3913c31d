"""Import an interchange file: all or nothing.

Order of checks: JSON syntax → the schema (types, required and unknown fields, known values,
lengths) → references between records → records already present (same uid: identical is
skipped, different is an error) → the rules a booking must keep (no overlapping hearings of
an officer, a room or a person). The first problem found stops the import; its message names
the record (collection, position and uid) and the field. Nothing is written unless everything
passes: the whole import is one unit of work.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.criteria import ProfileError, load_profile
from conciliador.criteria.messages import error_text, location_text
from conciliador.db import Database
from conciliador.domain.agreement_terms import Party
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import Matter
from conciliador.domain.hearing_states import OCCUPYING
from conciliador.domain.intervals import overlap_terms
from conciliador.models import (
    Agreement,
    AlertDismissal,
    Case,
    Child,
    Citation,
    ClosureDay,
    Counter,
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
from conciliador.services.agreements.checks import AGREEMENT_OUTCOMES
from conciliador.services.errors import ServiceError
from conciliador.services.interchange import export as ex
from conciliador.services.interchange import schema as s
from conciliador.services.interchange.anchor import received_text
from conciliador.services.offices import DEPARTMENT, place_problems
from conciliador.services.permissions import Permission, require
from conciliador.services.retry import once_more_on_conflict
from conciliador.services.scheduling import MAX_MINUTES
from conciliador.services.text import search_key
from conciliador.services.validation import holidays_problem, timezone_problem


class ImportRejected(ServiceError):
    """The file cannot be imported; nothing was written."""


@dataclass(frozen=True)
class ImportResult:
    created: dict[str, int]
    skipped: dict[str, int]


#: How the audit trail names the records of each table.
_ENTITIES: dict[type, str] = {
    Office: "oficina",
    Room: "sala",
    ClosureDay: "dia_cierre",
    User: "usuario",
    Person: "persona",
    Child: "hijo",
    Case: "caso",
    Referral: "derivacion",
    Hearing: "audiencia",
    Citation: "citacion",
    Agreement: "acuerdo",
    SupportPayment: "pago",
    FollowUpIncident: "incidencia",
    AlertDismissal: "alerta",
}


def _where(collection: str, index: int, record: Any = None) -> str:
    uid = getattr(record, "uid", None) if record is not None else None
    return f"{collection}[{index + 1}]" + (f" (uid {uid})" if uid else "")


def parse(raw: bytes) -> s.Documento:
    """Decode and validate the file, or raise ImportRejected naming record and field."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(f"El archivo no está en UTF-8 (byte {exc.start}).") from exc
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            f"El archivo no es JSON válido: línea {exc.lineno}, columna {exc.colno}: {exc.msg}."
        ) from exc
    except RecursionError as exc:
        raise ImportRejected(
            "El archivo anida listas o tablas a demasiada profundidad: no es un archivo de "
            "intercambio."
        ) from exc
    if not isinstance(data, dict) or data.get("formato") != s.FORMAT:
        raise ImportRejected(f"El archivo no es de formato «{s.FORMAT}».")
    version = data.get("version")
    if type(version) is not int or version not in s.READABLE_VERSIONS:  # true == 1: not here
        readable = " y ".join(str(v) for v in s.READABLE_VERSIONS)
        raise ImportRejected(
            f"Versión del formato no admitida: {version!r} (se admiten {readable})."
        )
    try:
        return s.Documento.model_validate(data)
    except ValidationError as exc:
        raise ImportRejected(_describe(exc, data)) from exc
    except RecursionError as exc:
        raise ImportRejected("El archivo anida datos a demasiada profundidad.") from exc


#: No whole number in the file may be larger than either database can store.
_LARGEST = 2**63 - 1


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A table that names the same key twice is ambiguous (which value counts?): refused."""
    table: dict[str, Any] = {}
    for key, value in pairs:
        if key in table:
            raise ImportRejected(f"El archivo repite la clave «{key}» dentro de una misma tabla.")
        table[key] = value
    return table


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 19 or abs(value := int(text)) > _LARGEST:
        raise ImportRejected(
            f"El archivo tiene un número entero demasiado grande ({text[:30]}"
            f"{'…' if len(text) > 30 else ''})."
        )
    return value


def _describe(exc: ValidationError, data: dict[str, Any]) -> str:
    error = exc.errors()[0]
    loc = list(error["loc"])
    if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
        collection, index = loc[0], loc[1]
        record = data.get(collection, [])[index] if isinstance(data.get(collection), list) else None
        uid = record.get("uid") if isinstance(record, dict) else None
        field = location_text(loc[2:]) or "(registro)"
        where = f"{collection}[{index + 1}]" + (f" (uid {uid})" if isinstance(uid, str) else "")
        return f"Registro {where}, campo «{field}»: {error_text(error)}."
    return f"Campo «{location_text(loc)}»: {error_text(error)}."


class _Importer:
    def __init__(self, session: Session, document: s.Documento) -> None:
        self.session = session
        self.doc = document
        self.ids: dict[type, dict[str, int]] = {}
        self.created: dict[str, int] = {}
        self.skipped: dict[str, int] = {}
        #: (entity, id, uid, office) of every record created, for the audit trail.
        self.new_records: list[tuple[str, int, str | None, int | None]] = []
        self.uid = ex._Uids(session)

    # -- references ---------------------------------------------------------------------------
    def known(self, model: type) -> dict[str, int]:
        if model not in self.ids:
            rows = self.session.execute(select(model.uid, model.id))  # type: ignore[attr-defined]
            self.ids[model] = {u: i for u, i in rows}
        return self.ids[model]

    def ref(self, model: type, uid: str | None, where: str, field: str) -> int | None:
        if uid is None:
            return None
        found = self.known(model).get(uid)
        if found is None:
            raise ImportRejected(
                f"Registro {where}, campo «{field}»: no existe el registro {uid} "
                "ni en el archivo ni en la base de datos."
            )
        return found

    # -- one collection -----------------------------------------------------------------------
    def load(
        self,
        name: str,
        model: type,
        records: Iterable[Any],
        build: Callable[[Any, str], Any],
        export: Callable[[Any, ex._Uids], Any] | None,
        uniques: Iterable[tuple[str, Callable[[Any], Any], Any]] = (),
        *,
        flush_each: bool = False,
    ) -> None:
        """Add a collection's new records; identical ones already present are skipped.

        ``uniques`` are (what, key of a record, SQL selecting the existing keys): a clash is
        reported by record before anything reaches the database's own constraints.
        """
        existing = self.known(model) if hasattr(model, "uid") else {}
        taken = [
            (what, key, {tuple(row) for row in self.session.execute(query)})
            for what, key, query in uniques
        ]
        pending: list[tuple[str | None, Any]] = []
        in_file: set[str] = set()
        for index, record in enumerate(records):
            where = _where(name, index, record)
            record_uid = getattr(record, "uid", None)
            if record_uid is not None:
                if record_uid in in_file:
                    raise ImportRejected(
                        f"Registro {where}: el identificador {record_uid} ya aparece antes en "
                        f"«{name}»; cada registro del archivo necesita el suyo."
                    )
                in_file.add(record_uid)
            if record_uid is not None and record_uid in existing:
                current = self.session.get(model, existing[record_uid])
                if export is not None and export(current, self.uid) != record:
                    raise ImportRejected(
                        f"Registro {where}: ya existe en la base de datos con otros datos."
                    )
                self.skipped[name] = self.skipped.get(name, 0) + 1
                continue
            for what, key, seen in taken:
                value = key(record)
                if value is None:
                    continue
                if value in seen:
                    raise ImportRejected(f"Registro {where}: ya hay otro registro con {what}.")
                seen.add(value)
            row = build(record, where)
            if row is None:
                self.skipped[name] = self.skipped.get(name, 0) + 1
                continue
            self.session.add(row)
            pending.append((record_uid, row))
            if flush_each:
                self.session.flush()
                if record_uid is not None:
                    existing[record_uid] = row.id
            self.created[name] = self.created.get(name, 0) + 1
        self.session.flush()
        entity = _ENTITIES[model]
        for record_uid, row in pending:
            if record_uid is not None:
                existing[record_uid] = row.id
            office = row.id if isinstance(row, Office) else getattr(row, "office_id", None)
            self.new_records.append((entity, row.id, record_uid, office))

    # -- builders ----------------------------------------------------------------------------
    def office(self, r: s.Oficina, where: str) -> Office:
        try:
            profile = load_profile(r.perfil)
        except ProfileError as exc:
            raise ImportRejected(f"Registro {where}, campo «perfil»: {exc}") from exc
        try:
            profile.institution_for(r.institucion_emisora)
        except ValueError as exc:
            raise ImportRejected(f"Registro {where}, campo «institucion_emisora»: {exc}.") from exc
        zone = timezone_problem(r.zona_horaria)
        if zone:
            raise ImportRejected(f"Registro {where}, campo «zona_horaria»: {zone}.")
        calendar = holidays_problem(r.pais, r.subdivision)
        if calendar:
            field = "subdivision" if r.subdivision else "pais"
            raise ImportRejected(f"Registro {where}, campo «{field}»: {calendar}.")
        place = place_problems(r.perfil, r.departamento, r.municipio)
        if place:
            field = "departamento" if place[0].field == DEPARTMENT else "municipio"
            raise ImportRejected(f"Registro {where}, campo «{field}»: {place[0].message}.")
        return Office(
            uid=r.uid,
            code=r.codigo,
            name=r.nombre,
            level=r.nivel,
            parent_id=self.ref(Office, r.oficina_superior_uid, where, "oficina_superior_uid"),
            address=r.direccion,
            phone=r.telefono,
            country=r.pais,
            subdivision=r.subdivision,
            timezone=r.zona_horaria,
            profile_code=r.perfil,
            department=r.departamento,
            municipality=r.municipio,
            name_article=r.articulo,
            issuing_institution=r.institucion_emisora,
        )

    def room(self, r: s.Sala, where: str) -> Room:
        return Room(
            uid=r.uid,
            office_id=self.ref(Office, r.oficina_uid, where, "oficina_uid"),
            name=r.nombre,
            capacity=r.capacidad,
            active=r.activa,
        )

    def closure(self, r: s.DiaCierre, where: str) -> ClosureDay | None:
        office_id = self.ref(Office, r.oficina_uid, where, "oficina_uid")
        same = self.session.scalar(
            select(ClosureDay).where(ClosureDay.office_id == office_id, ClosureDay.day == r.fecha)
        )
        if same is not None:
            if same.reason != r.motivo:
                raise ImportRejected(f"Registro {where}: ese día ya está cerrado por otro motivo.")
            return None
        return ClosureDay(
            office_id=self.ref(Office, r.oficina_uid, where, "oficina_uid"),
            day=r.fecha,
            reason=r.motivo,
        )

    def user(self, r: s.Funcionario, where: str) -> User:
        return User(
            uid=r.uid,
            login=r.usuario,
            full_name=r.nombre,
            id_number=r.documento,
            role=r.rol,
            office_id=self.ref(Office, r.oficina_uid, where, "oficina_uid"),
            post=r.cargo,
            sex=r.sexo,
            legal_capacity=r.capacidad_legal,
            email=r.correo,
            active=r.activo,
            registry_number=r.registro_conciliador,
            password_hash=None,
        )

    def person(self, r: s.Persona, where: str) -> Person:
        return Person(
            uid=r.uid,
            first_names=r.nombres,
            last_names=r.apellidos,
            id_type=r.tipo_documento,
            id_number=r.numero_documento,
            sex=r.sexo,
            birth_date=r.fecha_nacimiento,
            nationality=r.nacionalidad,
            address=r.direccion,
            phone=r.telefono,
            email=r.correo,
            occupation=r.ocupacion,
            employer=r.empleador,
            monthly_income=r.ingreso_mensual,
            search_key=search_key(r.nombres, r.apellidos, r.numero_documento),
        )

    def child(self, r: s.Hijo, where: str) -> Child:
        return Child(
            uid=r.uid,
            first_names=r.nombres,
            last_names=r.apellidos,
            sex=r.sexo,
            birth_date=r.fecha_nacimiento,
            birth_certificate=r.partida_nacimiento,
        )

    def case(self, r: s.Caso, where: str) -> Case:
        if r.solicitante_uid == r.citado_uid:
            raise ImportRejected(
                f"Registro {where}, campo «citado_uid»: es la misma persona que solicita."
            )
        children = [
            self.session.get(Child, self.ref(Child, u, where, "hijos_uid")) for u in r.hijos_uid
        ]
        case = Case(
            uid=r.uid,
            office_id=self.ref(Office, r.oficina_uid, where, "oficina_uid"),
            year=r.anio,
            number=r.numero,
            claimant_id=self.ref(Person, r.solicitante_uid, where, "solicitante_uid"),
            respondent_id=self.ref(Person, r.citado_uid, where, "citado_uid"),
            claimant_representative_id=self.ref(
                Person, r.representante_solicitante_uid, where, "representante_solicitante_uid"
            ),
            respondent_representative_id=self.ref(
                Person, r.representante_citado_uid, where, "representante_citado_uid"
            ),
            children=children,
            account=r.relato,
            safeguarding_answers=dict(r.tamizaje),
            safeguarding_flagged=r.tamizaje_positivo,
            status=r.estado,
            outcome=r.resultado,
            requested_at=r.solicitado_en,
            request_date=r.fecha_solicitud,
            closed_at=r.cerrado_en,
        )
        case.set_matters(r.materias)
        return case

    def referral(self, r: s.Derivacion, where: str) -> Referral:
        return Referral(
            uid=r.uid,
            case_id=self.ref(Case, r.caso_uid, where, "caso_uid"),
            institution_code=r.institucion_codigo,
            institution_name=r.institucion,
            referred_at=r.derivado_en,
            referred_by_id=self.ref(User, r.derivado_por_uid, where, "derivado_por_uid"),
            notes=r.notas,
        )

    def hearing(self, r: s.Audiencia, where: str) -> Hearing:
        minutes = (r.fin - r.inicio).total_seconds() / 60
        if not 0 < minutes <= MAX_MINUTES:
            raise ImportRejected(
                f"Registro {where}, campo «fin»: la audiencia debe durar entre "
                f"1 y {MAX_MINUTES} minutos."
            )
        case_id = self.ref(Case, r.caso_uid, where, "caso_uid")
        office_id = self.ref(Office, r.oficina_uid, where, "oficina_uid")
        officer_id = self.ref(User, r.conciliador_uid, where, "conciliador_uid")
        room_id = self.ref(Room, r.sala_uid, where, "sala_uid")
        self._same_office(where, office_id, "caso_uid", "el caso", Case, case_id)
        self._same_office(where, office_id, "conciliador_uid", "el conciliador", User, officer_id)
        self._same_office(where, office_id, "sala_uid", "la sala", Room, room_id)
        return Hearing(
            uid=r.uid,
            case_id=case_id,
            office_id=office_id,
            officer_id=officer_id,
            room_id=room_id,
            mode=r.modalidad,
            starts_at=r.inicio,
            ends_at=r.fin,
            session_number=r.sesion,
            citation_round=r.citacion,
            status=r.estado,
            status_reason=r.motivo_estado,
            cancel_reason=r.motivo_cancelacion,
            absence=r.inasistencia,
            started_at=r.inicio_real,
            concluded_at=r.fin_real,
            start_reason=r.motivo_inicio,
            purpose=r.proposito,
        )

    def link_replaced(self) -> None:
        """Second pass: a hearing may name the one it replaced anywhere in the file."""
        for index, r in enumerate(self.doc.audiencias):
            if r.reemplaza_uid is None:
                continue
            where = _where("audiencias", index, r)
            hearing = self.session.get(Hearing, self.known(Hearing)[r.uid])
            assert hearing is not None
            target = self.ref(Hearing, r.reemplaza_uid, where, "reemplaza_uid")
            if hearing.replaces_id is None:
                if target == hearing.id:
                    raise ImportRejected(
                        f"Registro {where}, campo «reemplaza_uid»: "
                        "una audiencia no se reemplaza a sí misma."
                    )
                hearing.replaces_id = target
        self.session.flush()

    def _same_office(
        self,
        where: str,
        office_id: int | None,
        field: str,
        what: str,
        model: type,
        row_id: int | None,
    ) -> None:
        """A hearing's case, officer and room belong to the hearing's own office."""
        if office_id is None or row_id is None:
            return
        theirs = self.session.scalar(select(model.office_id).where(model.id == row_id))  # type: ignore[attr-defined]
        if theirs != office_id:
            raise ImportRejected(
                f"Registro {where}, campo «{field}»: {what} pertenece a otra oficina que la "
                "audiencia."
            )

    def citation(self, r: s.Citacion, where: str) -> Citation:
        hearing_id = self.ref(Hearing, r.audiencia_uid, where, "audiencia_uid")
        person_id = self.ref(Person, r.persona_uid, where, "persona_uid")
        parties = self.session.execute(
            select(Case.claimant_id, Case.respondent_id)
            .join(Hearing, Hearing.case_id == Case.id)
            .where(Hearing.id == hearing_id)
        ).first()
        if parties is not None:
            expected = parties[0] if Party(r.parte) == Party.SOLICITANTE else parties[1]
            if person_id != expected:
                raise ImportRejected(
                    f"Registro {where}, campo «persona_uid»: esa persona no es la parte "
                    f"«{r.parte}» del caso de la audiencia."
                )
        return Citation(
            uid=r.uid,
            hearing_id=hearing_id,
            person_id=person_id,
            party=r.parte,
            number=r.numero,
            issued_at=r.emitida_en,
            delivered_at=r.entregada_en,
            method=r.metodo,
            delivered_by=r.entregada_por,
            notes=r.notas,
        )

    def agreement(self, r: s.Acuerdo, where: str) -> Agreement:
        case_id = self.ref(Case, r.caso_uid, where, "caso_uid")
        check_imported_terms(self.session.get(Case, case_id), r, where)
        return Agreement(
            uid=r.uid,
            case_id=case_id,
            hearing_id=self.ref(Hearing, r.audiencia_uid, where, "audiencia_uid"),
            outcome=r.resultado,
            pending_matters=[Matter(m).value for m in r.materias_pendientes],
            clauses=r.clausulas.stored(),
            monthly_support=r.pension_mensual,
            currency=r.moneda,
            guideline_departure_reason=r.motivo_apartarse_pauta,
            notes=r.notas,
            created_at=r.registrado_en,
            frozen_at=r.congelado_en,
        )

    def payment(self, r: s.Pago, where: str) -> SupportPayment:
        return SupportPayment(
            uid=r.uid,
            case_id=self.ref(Case, r.caso_uid, where, "caso_uid"),
            office_id=self.ref(Office, r.oficina_uid, where, "oficina_uid"),
            paid_on=r.fecha,
            amount=r.monto,
            currency=r.moneda,
            method=r.forma,
            receipt=r.recibo,
            reported_by=r.informado_por,
            notes=r.notas,
            recorded_at=r.registrado_en,
        )

    def incident(self, r: s.Incidencia, where: str) -> FollowUpIncident:
        return FollowUpIncident(
            uid=r.uid,
            case_id=self.ref(Case, r.caso_uid, where, "caso_uid"),
            office_id=self.ref(Office, r.oficina_uid, where, "oficina_uid"),
            kind=r.tipo,
            occurred_on=r.fecha,
            description=r.descripcion,
            reported_by=r.informado_por,
            recorded_at=r.registrado_en,
        )

    def dismissal(self, r: s.AlertaDescartada, where: str) -> AlertDismissal:
        return AlertDismissal(
            uid=r.uid,
            key=r.clave,
            kind=r.tipo,
            case_id=self.ref(Case, r.caso_uid, where, "caso_uid"),
            office_id=self.ref(Office, r.oficina_uid, where, "oficina_uid"),
            reason=r.motivo,
            dismissed_at=r.descartada_en,
        )

    # -- rules across records -----------------------------------------------------------------
    def check_overlaps(self) -> None:
        """No imported hearing may overlap another of the same officer, room or person."""
        fresh = [
            (i, h)
            for i, h in enumerate(self.doc.audiencias)
            if h.estado in OCCUPYING and h.uid in self.known(Hearing)
        ]
        for index, record in fresh:
            hearing_id = self.known(Hearing)[record.uid]
            hearing = self.session.get(Hearing, hearing_id)
            assert hearing is not None
            overlap = (
                Hearing.id != hearing.id,
                Hearing.status.in_(OCCUPYING),
                *overlap_terms(
                    Hearing.starts_at, Hearing.ends_at, hearing.starts_at, hearing.ends_at
                ),
            )
            checks: list[tuple[str, Any]] = [
                ("del mismo conciliador", Hearing.officer_id == hearing.officer_id)
            ]
            if hearing.room_id is not None:
                checks.append(("en la misma sala", Hearing.room_id == hearing.room_id))
            case = self.session.get(Case, hearing.case_id)
            assert case is not None
            parties = (case.claimant_id, case.respondent_id)
            party_cases = select(Case.id).where(
                Case.claimant_id.in_(parties) | Case.respondent_id.in_(parties)
            )
            checks.append(("con una de las mismas partes", Hearing.case_id.in_(party_cases)))
            for what, condition in checks:
                other = self.session.scalar(select(Hearing.uid).where(condition, *overlap).limit(1))
                if other is not None:
                    raise ImportRejected(
                        f"Registro {_where('audiencias', index, record)}: se superpone con la "
                        f"audiencia {other} {what}."
                    )

    def raise_counters(self) -> None:
        highest = self.session.execute(
            select(Case.office_id, Case.year, func.max(Case.number)).group_by(
                Case.office_id, Case.year
            )
        ).all()
        for office_id, year, number in highest:
            counter = self.session.get(Counter, (office_id, year, "caso"))
            if counter is None:
                self.session.add(
                    Counter(office_id=office_id, year=year, kind="caso", last_value=number)
                )
            elif counter.last_value < number:
                counter.last_value = number
        self.session.flush()


def check_imported_terms(case: Case | None, r: s.Acuerdo, where: str) -> None:
    """An agreement's clauses must name the case's own children, agree with the reporting
    columns, and exist only for an agreement."""
    assert case is not None
    terms = r.clausulas
    if not terms.is_empty and r.resultado not in AGREEMENT_OUTCOMES:
        raise ImportRejected(
            f"Registro {where}, campo «clausulas»: un resultado «{r.resultado.label}» "
            "no lleva cláusulas."
        )
    children = {child.uid for child in case.children}
    for path, uid in terms.child_uids():
        if uid not in children:
            raise ImportRejected(
                f"Registro {where}, campo «clausulas.{path}»: {uid} no es una hija o hijo del caso."
            )
    support = terms.support
    if support is not None and r.moneda is not None and support.currency != r.moneda:
        raise ImportRejected(
            f"Registro {where}, campo «clausulas.pension.moneda»: {support.currency} no "
            f"coincide con «moneda» ({r.moneda})."
        )


def _constraint_hint(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).splitlines()[0]
    return text[:200]


def import_records(db: Database, actor: Actor, raw: bytes, *, source: str = "") -> ImportResult:
    """Import an interchange file in one unit of work; any problem leaves the database as it was."""
    actor = require(db, actor, Permission.IMPORT_DATA)
    document = parse(raw)
    return once_more_on_conflict(lambda: _import(db, actor, document, source))


def _import(db: Database, actor: Actor, document: s.Documento, source: str) -> ImportResult:
    with db.write() as session:
        imp = _Importer(session, document)
        d = document
        imp.load(
            "oficinas",
            Office,
            d.oficinas,
            imp.office,
            ex.office_record,
            [("el mismo código de oficina", lambda r: (r.codigo,), select(Office.code))],
            flush_each=True,
        )
        imp.load(
            "salas",
            Room,
            d.salas,
            imp.room,
            ex.room_record,
            [
                (
                    "el mismo nombre de sala en esa oficina",
                    lambda r: (imp.known(Office).get(r.oficina_uid), r.nombre),
                    select(Room.office_id, Room.name),
                )
            ],
        )
        imp.load("dias_cierre", ClosureDay, d.dias_cierre, imp.closure, None)
        imp.load(
            "funcionarios",
            User,
            d.funcionarios,
            imp.user,
            ex.user_record,
            [("el mismo nombre de usuario", lambda r: (r.usuario,), select(User.login))],
        )
        imp.load(
            "personas",
            Person,
            d.personas,
            imp.person,
            ex.person_record,
            [
                (
                    "el mismo documento de identidad",
                    lambda r: (
                        (r.tipo_documento.value, r.numero_documento) if r.numero_documento else None
                    ),
                    select(Person.id_type, Person.id_number).where(Person.id_number.is_not(None)),
                )
            ],
        )
        imp.load(
            "hijos",
            Child,
            d.hijos,
            imp.child,
            ex.child_record,
            [
                (
                    "la misma partida de nacimiento",
                    lambda r: (r.partida_nacimiento,) if r.partida_nacimiento else None,
                    select(Child.birth_certificate).where(Child.birth_certificate.is_not(None)),
                )
            ],
        )
        imp.load(
            "casos",
            Case,
            d.casos,
            imp.case,
            ex.case_record,
            [
                (
                    "el mismo número de caso en esa oficina y año",
                    lambda r: (imp.known(Office).get(r.oficina_uid), r.anio, r.numero),
                    select(Case.office_id, Case.year, Case.number),
                )
            ],
        )
        imp.load("derivaciones", Referral, d.derivaciones, imp.referral, ex.referral_record)
        imp.load("audiencias", Hearing, d.audiencias, imp.hearing, ex.hearing_record)
        imp.link_replaced()
        imp.load(
            "citaciones",
            Citation,
            d.citaciones,
            imp.citation,
            ex.citation_record,
            [
                (
                    "la misma persona citada a la misma audiencia",
                    lambda r: (
                        imp.known(Hearing).get(r.audiencia_uid),
                        imp.known(Person).get(r.persona_uid),
                    ),
                    select(Citation.hearing_id, Citation.person_id),
                )
            ],
        )
        imp.load("acuerdos", Agreement, d.acuerdos, imp.agreement, ex.agreement_record)
        imp.load(
            "pagos",
            SupportPayment,
            d.pagos,
            imp.payment,
            ex.payment_record,
            [
                (
                    "el mismo recibo en ese caso",
                    lambda r: (imp.known(Case).get(r.caso_uid), r.recibo) if r.recibo else None,
                    select(SupportPayment.case_id, SupportPayment.receipt).where(
                        SupportPayment.receipt != ""
                    ),
                )
            ],
        )
        imp.load("incidencias", FollowUpIncident, d.incidencias, imp.incident, ex.incident_record)
        imp.load(
            "alertas_descartadas",
            AlertDismissal,
            d.alertas_descartadas,
            imp.dismissal,
            ex.dismissal_record,
            [("la misma clave de alerta", lambda r: (r.clave,), select(AlertDismissal.key))],
        )
        imp.check_overlaps()
        imp.raise_counters()
        origin = f"importado de {source or 'un archivo de intercambio'}"
        audit.record_many(
            session,
            actor,
            AuditAction.IMPORTAR,
            (
                (entity, row_id, {"uid": uid} if uid else None, office_id)
                for entity, row_id, uid, office_id in imp.new_records
            ),
            reason=origin,
        )
        audit.record(
            session,
            actor,
            AuditAction.IMPORTAR,
            "intercambio",
            source or "archivo",
            after={
                "creados": imp.created,
                "omitidos": imp.skipped,
                **(
                    {"anclas_recibidas": received_text(d.anclas_bitacora)}
                    if d.anclas_bitacora
                    else {}
                ),
            },
            office_id=actor.office_id,
        )
        return ImportResult(imp.created, imp.skipped)
