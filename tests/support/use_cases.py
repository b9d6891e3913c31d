"""Every use case of the services, runnable by any actor: the permissions matrix walked for real.

``USE_CASES`` maps each ``Permission`` to the service calls that need it. Each call prepares
what it needs as the command line (``world.system``) and then runs the one service call under
test as the given actor, so every cell of the matrix is checked through the real door.

When a new service checks a permission, add its call here (the matrix test fails until every
permission the services check has at least one call). Acta issue, signature, printing and the
monthly reports will add theirs when those services exist.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from conciliador.domain.agreement_terms import SupportBasis
from conciliador.domain.enums import Absence, CancelReason, Matter, OfficeLevel, Outcome, Role
from conciliador.services import (
    accounts,
    actas,
    agenda,
    agreements,
    audit_trail,
    backups,
    case_edits,
    cases,
    hearing_flow,
    offices,
    people,
    scheduling,
    users,
    verification,
)
from conciliador.services.actas.citations import citation_document, referral_letter
from conciliador.services.actor import Actor
from conciliador.services.agenda_export import export_agenda_ics
from conciliador.services.agreements import agreement_context
from conciliador.services.agreements.terms import AgreementTerms, ChildAmount
from conciliador.services.cases import CaseView
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import import_records
from conciliador.services.permissions import Permission
from conciliador.services.reports.case_list import export_case_list
from conciliador.services.reports.export import export_monthly_report
from conciliador.services.reports.periods import Month
from conciliador.services.reports.summary import monthly_summary
from conciliador.services.scheduling import BookingRequest, HearingView
from tests.support.actas import SIGNED_AT, all_sign
from tests.support.agreements import complete_terms, support
from tests.support.world import NOW, PASSWORD, World, local

P = Permission
_serial = itertools.count(1)


def _working_slots() -> Iterator[dt.datetime]:
    """Free office-hours slots from Monday 30 November 2026 on (weekdays, no holidays)."""
    day = dt.date(2026, 11, 30)
    holidays = {dt.date(2026, 12, 8), dt.date(2026, 12, 25)}
    while True:
        if day.weekday() < 5 and day not in holidays:
            for hour in (8, 9, 10, 11, 13, 14, 15):
                yield local(day.year, day.month, day.day, hour)
        day += dt.timedelta(days=1)


class Scene:
    """Builds what a use case needs, as the command line, in the world's office."""

    def __init__(self, world: World, tmp: Path) -> None:
        self.w = world
        self.tmp = tmp
        self._slots = _working_slots()
        #: A case whose acta was signed, made once per scene (``_signed_case``).
        self.signed_case_id: int | None = None

    @property
    def system(self) -> Actor:
        return self.w.system

    def case(self) -> CaseView:
        return self.w.case(actor=self.system)

    def request(self, case_id: int | None = None) -> BookingRequest:
        return BookingRequest(
            case_id=case_id if case_id is not None else self.case().id,
            officer_id=self.w.officer.user_id or 0,
            start=next(self._slots),
            room_id=self.w.room_ids[0],
        )

    def hearing(self) -> HearingView:
        return scheduling.book_hearing(self.w.db, self.system, self.request(), now=NOW)

    def running(self) -> HearingView:
        h = self.hearing()
        return hearing_flow.start_hearing(
            self.w.db, self.system, h.id, reason="Ambas partes acudieron por su cuenta."
        )

    def citation_id(self) -> int:
        from sqlalchemy import select

        from conciliador.models import Citation

        h = self.hearing()
        with self.w.db.read() as s:
            return int(s.scalars(select(Citation.id).where(Citation.hearing_id == h.id)).first())

    def user(self, role: Role = Role.CONCILIADOR) -> int:
        n = next(_serial)
        made = users.create_user(
            self.w.db,
            self.system,
            login=f"persona.{n}",
            full_name=f"Persona de prueba {n}",
            role=role,
            office_id=self.w.office_id,
            password=PASSWORD,
        )
        return made.id


@dataclass(frozen=True)
class UseCase:
    permission: Permission
    name: str
    run: Callable[[Scene, Actor], object]


def _uc(permission: Permission, name: str) -> Callable[[Callable[[Scene, Actor], object]], None]:
    def add(run: Callable[[Scene, Actor], object]) -> None:
        USE_CASES.append(UseCase(permission, name, run))

    return add


USE_CASES: list[UseCase] = []


# ---------------------------------------------------------------- agenda and case files
@_uc(P.VIEW_AGENDA, "ver la agenda del día")
def _(s: Scene, a: Actor) -> object:
    return agenda.agenda(s.w.db, a, s.w.office_id, dt.date(2026, 11, 30))


@_uc(P.EXPORT_AGENDA, "exportar la agenda de un conciliador a iCalendar")
def _(s: Scene, a: Actor) -> object:
    s.hearing()
    out = s.tmp / f"agenda-{next(_serial)}.ics"
    return export_agenda_ics(
        s.w.db,
        a,
        s.w.office_id,
        s.w.officer.user_id or 0,
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 31),
        out,
        now=NOW,
    )


@_uc(P.VIEW_AGENDA, "listar las salas")
def _(s: Scene, a: Actor) -> object:
    return offices.list_rooms(s.w.db, a, s.w.office_id)


@_uc(P.VIEW_AGENDA, "listar el personal de la oficina")
def _(s: Scene, a: Actor) -> object:
    return users.list_users(s.w.db, a, s.w.office_id)


@_uc(P.VIEW_CASE, "abrir un expediente")
def _(s: Scene, a: Actor) -> object:
    return cases.get_case(s.w.db, a, s.case().id)


@_uc(P.VIEW_CASE, "buscar personas")
def _(s: Scene, a: Actor) -> object:
    s.case()
    return people.search_people(s.w.db, a, "María")


@_uc(P.VIEW_CASE, "leer la versión de una parte")
def _(s: Scene, a: Actor) -> object:
    return case_edits.party_version(s.w.db, a, s.case().id, "solicitante")


@_uc(P.REGISTER_CASE, "registrar una solicitud")
def _(s: Scene, a: Actor) -> object:
    return s.w.case(actor=a)


@_uc(P.EDIT_CASE, "corregir el relato de una solicitud")
def _(s: Scene, a: Actor) -> object:
    case = s.case()
    return case_edits.update_request(
        s.w.db, a, case.id, expected_version=case.version, account="Relato corregido."
    )


@_uc(P.EDIT_CASE, "corregir el teléfono de una parte")
def _(s: Scene, a: Actor) -> object:
    case = s.case()
    version = case_edits.party_version(s.w.db, s.system, case.id, "citado")
    return case_edits.update_party_contact(
        s.w.db, a, case.id, "citado", expected_version=version, phone="8888-1234"
    )


@_uc(P.REFER_CASE, "derivar un caso")
def _(s: Scene, a: Actor) -> object:
    return cases.refer_case(s.w.db, a, s.case().id, "comisaria_mujer", "Tamizaje positivo.")


@_uc(P.VIEW_SENSITIVE_CASE, "imprimir la carta de derivación de un caso que lleva otra persona")
def _(s: Scene, a: Actor) -> object:
    # Registered and referred by Luis: the signs of violence it names are for him and the
    # supervision; the office's other officer and its clerk are told whom to ask.
    case = s.w.case(flagged=True, actor=s.w.officer2)
    referral = cases.refer_case(s.w.db, s.w.officer2, case.id, "comisaria_mujer")
    return referral_letter(s.w.db, a, referral.id)


# ---------------------------------------------------------------- scheduling
@_uc(P.SCHEDULE_HEARING, "programar una audiencia")
def _(s: Scene, a: Actor) -> object:
    return scheduling.book_hearing(s.w.db, a, s.request(), now=NOW)


@_uc(P.SCHEDULE_HEARING, "revisar choques de un horario")
def _(s: Scene, a: Actor) -> object:
    return scheduling.check_booking(s.w.db, a, s.request(), now=NOW)


@_uc(P.SCHEDULE_HEARING, "proponer horarios libres")
def _(s: Scene, a: Actor) -> object:
    return scheduling.propose_slots(
        s.w.db,
        a,
        case_id=s.case().id,
        officer_id=s.w.officer.user_id or 0,
        room_id=s.w.room_ids[1],
        count=2,
        now=NOW,
    )


@_uc(P.SCHEDULE_HEARING, "reprogramar una audiencia")
def _(s: Scene, a: Actor) -> object:
    h = s.hearing()
    return scheduling.reschedule_hearing(
        s.w.db, a, h.id, next(s._slots), reason="Lo pide la parte citada.", now=NOW
    )


@_uc(P.OVERRIDE_RULE, "autorizar una audiencia en día feriado")
def _(s: Scene, a: Actor) -> object:
    request = BookingRequest(
        case_id=s.case().id,
        officer_id=s.w.officer.user_id or 0,
        start=local(2026, 12, 8, 10, next(_serial) % 4 * 15),
        room_id=s.w.room_ids[1],
    )
    return scheduling.book_hearing(
        s.w.db, a, request, override_reason="Audiencia urgente acordada con ambas partes.", now=NOW
    )


# ---------------------------------------------------------------- the hearing
@_uc(P.RECORD_CITATION, "registrar la entrega de una citación")
def _(s: Scene, a: Actor) -> object:
    from conciliador.domain.enums import CitationMethod

    return hearing_flow.record_citation_delivery(
        s.w.db,
        a,
        s.citation_id(),
        delivered_at=NOW,
        method=CitationMethod.PERSONAL,
        delivered_by="Notificador de turno",
    )


@_uc(P.CONDUCT_HEARING, "iniciar una audiencia")
def _(s: Scene, a: Actor) -> object:
    return hearing_flow.start_hearing(
        s.w.db, a, s.hearing().id, reason="Ambas partes acudieron por su cuenta."
    )


@_uc(P.CONDUCT_HEARING, "suspender una audiencia")
def _(s: Scene, a: Actor) -> object:
    return hearing_flow.suspend_hearing(s.w.db, a, s.running().id, "Receso pedido por las partes.")


@_uc(P.CONDUCT_HEARING, "registrar una inasistencia")
def _(s: Scene, a: Actor) -> object:
    h = s.hearing()
    later = h.ends_at + dt.timedelta(hours=1)
    return hearing_flow.record_no_show(s.w.db, a, h.id, Absence.CITADO, now=later)


@_uc(P.CANCEL_HEARING, "cancelar una audiencia")
def _(s: Scene, a: Actor) -> object:
    return hearing_flow.cancel_hearing(s.w.db, a, s.hearing().id, CancelReason.FUERZA_MAYOR)


@_uc(P.ANNUL_HEARING, "anular una audiencia")
def _(s: Scene, a: Actor) -> object:
    return hearing_flow.annul_hearing(s.w.db, a, s.hearing().id, "Registrada por error.")


@_uc(P.RECORD_AGREEMENT, "concluir una audiencia con su resultado")
def _(s: Scene, a: Actor) -> object:
    return hearing_flow.conclude_hearing(s.w.db, a, s.running().id, Outcome.FALTA_DE_ACUERDO)


@_uc(P.RECORD_AGREEMENT, "cerrar un caso sin audiencia")
def _(s: Scene, a: Actor) -> object:
    return hearing_flow.close_without_hearing(
        s.w.db, a, s.case().id, Outcome.DESISTIMIENTO, "La solicitante desiste."
    )


# ---------------------------------------------------------------- interchange
@_uc(P.EXPORT_DATA, "exportar registros de la oficina")
def _(s: Scene, a: Actor) -> object:
    return export_records(s.w.db, a, "MN-D2")


@_uc(P.IMPORT_DATA, "importar un archivo de intercambio")
def _(s: Scene, a: Actor) -> object:
    raw = json.dumps({"formato": "conciliador-intercambio", "version": 1}).encode()
    return import_records(s.w.db, a, raw)


# ---------------------------------------------------------------- administration
@_uc(P.MANAGE_OFFICES, "crear una oficina")
def _(s: Scene, a: Actor) -> object:
    return offices.create_office(
        s.w.db,
        a,
        code=f"MN-D2-{next(_serial)}",
        name="Punto de atención del mercado",
        level=OfficeLevel.MUNICIPAL,
        profile_code="NI",
        parent_code="MN-D2",
    )


@_uc(P.MANAGE_ROOMS, "crear una sala")
def _(s: Scene, a: Actor) -> object:
    return offices.add_room(s.w.db, a, s.w.office_id, f"Sala anexa {next(_serial)}")


@_uc(P.MANAGE_ROOMS, "cerrar la oficina un día")
def _(s: Scene, a: Actor) -> object:
    day = dt.date(2027, 1, 4) + dt.timedelta(days=next(_serial))
    return offices.add_closure_day(s.w.db, a, s.w.office_id, day, "Inventario anual")


@_uc(P.MANAGE_USERS, "crear una cuenta")
def _(s: Scene, a: Actor) -> object:
    n = next(_serial)
    return users.create_user(
        s.w.db,
        a,
        login=f"nueva.{n}",
        full_name=f"Cuenta nueva {n}",
        role=Role.SECRETARIO,
        office_id=s.w.office_id,
        password=PASSWORD,
    )


@_uc(P.MANAGE_USERS, "listar las cuentas")
def _(s: Scene, a: Actor) -> object:
    return accounts.list_accounts(s.w.db, a, s.w.office_id)


@_uc(P.MANAGE_USERS, "asignar una contraseña temporal")
def _(s: Scene, a: Actor) -> object:
    return accounts.reset_password(s.w.db, a, s.user(), "temporal-2026")


@_uc(P.MANAGE_USERS, "desbloquear una cuenta")
def _(s: Scene, a: Actor) -> object:
    return accounts.unlock(s.w.db, a, s.user())


@_uc(P.MANAGE_USERS, "desactivar una cuenta")
def _(s: Scene, a: Actor) -> object:
    return accounts.set_account_active(s.w.db, a, s.user(), False, reason="Dejó la institución.")


@_uc(P.VIEW_AUDIT, "consultar la bitácora")
def _(s: Scene, a: Actor) -> object:
    return audit_trail.audit_events(s.w.db, a)


@_uc(P.VIEW_AUDIT, "ver los filtros de la bitácora")
def _(s: Scene, a: Actor) -> object:
    return audit_trail.audit_filter_choices(s.w.db, a)


@_uc(P.VIEW_AUDIT, "verificar la integridad")
def _(s: Scene, a: Actor) -> object:
    return verification.verify(s.w.db, a)


@_uc(P.BACKUP, "hacer una copia de seguridad")
def _(s: Scene, a: Actor) -> object:
    out = s.tmp / f"copia-{next(_serial)}.tar.gz"
    return backups.create_backup(s.w.db, a, out, documents=s.tmp / "sin-documentos")


@_uc(P.BACKUP, "verificar una copia de seguridad")
def _(s: Scene, a: Actor) -> object:
    out = s.tmp / f"copia-{next(_serial)}.tar.gz"
    backups.create_backup(s.w.db, s.system, out, documents=s.tmp / "sin-documentos")
    return backups.inspect_backup(s.w.db, a, out)


@_uc(P.PUBLISH_CRITERIA, "consultar las versiones de una plantilla")
def _(s: Scene, a: Actor) -> object:
    from conciliador.services.template_versions import template_history

    return template_history(s.w.db, a, "NI", "acta_acuerdo_total")


# ---------------------------------------------------------------- agreements
def _concluded(s: Scene, *, low: bool) -> tuple[int, AgreementTerms]:
    """A hearing concluded in total agreement on child support (below the guideline when
    ``low``), as the command line; returns the agreement's id and its terms."""
    hearing = s.running()
    ctx = agreement_context(s.w.db, s.system, hearing.id)
    changes: dict[str, object] = {}
    if low:
        changes = {
            "basis": SupportBasis.MONTO_FIJO,
            "percentage": None,
            "children": tuple(
                ChildAmount(child=c.uid, amount=Decimal("900.00")) for c in ctx.children
            ),
        }
    terms = AgreementTerms(support=support(ctx, **changes))
    agreement_id = hearing_flow.conclude_hearing(
        s.w.db, s.system, hearing.id, Outcome.ACUERDO_TOTAL, terms=terms
    )
    return agreement_id, terms


@_uc(P.VIEW_CASE, "abrir un acuerdo")
def _(s: Scene, a: Actor) -> object:
    agreement_id, _ = _concluded(s, low=False)
    return agreements.get_agreement(s.w.db, a, agreement_id)


@_uc(P.RECORD_AGREEMENT, "corregir lo acordado")
def _(s: Scene, a: Actor) -> object:
    agreement_id, terms = _concluded(s, low=False)
    return agreements.update_agreement(s.w.db, a, agreement_id, terms)


@_uc(P.DEPART_FROM_GUIDELINE, "apartarse de la pauta alimentaria con motivo")
def _(s: Scene, a: Actor) -> object:
    agreement_id, terms = _concluded(s, low=True)
    reason = "El alimentante mantiene a otros dos hijos con sentencia judicial"
    return agreements.update_agreement(s.w.db, a, agreement_id, terms, departure_reason=reason)


# ---------------------------------------------------------------- reports
@_uc(P.VIEW_REPORTS, "ver el resumen mensual")
def _(s: Scene, a: Actor) -> object:
    return monthly_summary(s.w.db, a, Month(2026, 11), s.w.office_id, now=NOW)


@_uc(P.EXPORT_REPORTS, "exportar el resumen mensual")
def _(s: Scene, a: Actor) -> object:
    out = s.tmp / f"resumen-{next(_serial)}.csv"
    return export_monthly_report(s.w.db, a, Month(2026, 11), s.w.office_id, out, now=NOW)


@_uc(P.EXPORT_PERSONAL_DATA, "exportar el listado de casos con nombres")
def _(s: Scene, a: Actor) -> object:
    out = s.tmp / f"casos-{next(_serial)}.csv"
    return export_case_list(s.w.db, a, Month(2026, 11), s.w.office_id, out, now=NOW)


# ---------------------------------------------------------------- actas
def _acta(s: Scene, *, issued: bool) -> int:
    """The acta (a borrador, or emitida) of a hearing concluded in total agreement on the
    three matters, as the command line."""
    case = s.w.case(actor=s.system, matters={Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO})
    hearing = scheduling.book_hearing(s.w.db, s.system, s.request(case.id), now=NOW)
    hearing_flow.start_hearing(
        s.w.db, s.system, hearing.id, reason="Ambas partes acudieron por su cuenta."
    )
    ctx = agreement_context(s.w.db, s.system, hearing.id)
    hearing_flow.conclude_hearing(
        s.w.db, s.system, hearing.id, Outcome.ACUERDO_TOTAL, terms=complete_terms(ctx)
    )
    acta = actas.acta_of_hearing(s.w.db, s.system, hearing.id)
    assert acta.acta_id is not None
    if issued:
        actas.issue_acta(s.w.db, s.system, acta.acta_id, now=NOW)
    return acta.acta_id


@_uc(P.ISSUE_ACTA, "emitir un acta")
def _(s: Scene, a: Actor) -> object:
    return actas.issue_acta(s.w.db, a, _acta(s, issued=False), now=NOW)


@_uc(P.SIGN_ACTA, "registrar las firmas de un acta")
def _(s: Scene, a: Actor) -> object:
    acta_id = _acta(s, issued=True)
    signed = actas.sign_acta(s.w.db, a, acta_id, all_sign(), now=SIGNED_AT)
    # Whoever may sign has just made a signed case: the follow-up's calls use it rather than
    # sealing another PDF/A (LibreOffice, a second and a half each).
    s.signed_case_id = signed.case_id
    return signed


@_uc(P.REPLACE_ACTA, "reemplazar un acta emitida con un defecto")
def _(s: Scene, a: Actor) -> object:
    return actas.replace_acta(
        s.w.db, a, _acta(s, issued=True), "El número de cédula del citado quedó mal escrito."
    )


@_uc(P.PRINT_DOCUMENTS, "imprimir las copias de un acta")
def _(s: Scene, a: Actor) -> object:
    return actas.acta_copies(s.w.db, a, _acta(s, issued=True))


@_uc(P.PRINT_DOCUMENTS, "imprimir una citación")
def _(s: Scene, a: Actor) -> object:
    return citation_document(s.w.db, a, s.citation_id())


# ---------------------------------------------------------------- acompañamiento
def _signed_case(s: Scene) -> int:
    """A case whose agreement was signed (once per scene: signing runs LibreOffice), by the
    actor when the signing use case let them sign, else now by the command line."""
    if s.signed_case_id is None:
        acta_id = _acta(s, issued=True)
        signed = actas.sign_acta(s.w.db, s.system, acta_id, all_sign(), now=SIGNED_AT)
        s.signed_case_id = signed.case_id
    return s.signed_case_id


@_uc(P.RECORD_FOLLOWUP, "registrar un pago de pensión")
def _(s: Scene, a: Actor) -> object:
    from conciliador.domain.agreement_terms import PaymentMethod
    from conciliador.services.followup.ledger import PaymentInput, record_payment

    payment = PaymentInput(
        paid_on=dt.date(2026, 12, 15),
        amount=Decimal("100.00"),
        method=PaymentMethod.EFECTIVO_OFICINA,
        reported_by="la madre",
    )
    return record_payment(s.w.db, a, _signed_case(s), payment, now=local(2027, 1, 4))


@_uc(P.DISMISS_ALERT, "descartar una alerta temprana con un motivo")
def _(s: Scene, a: Actor) -> object:
    from conciliador.services.followup.alerts import dismiss_alert

    case = s.case()  # open, and past the profile's maximum days by 2030
    return dismiss_alert(
        s.w.db,
        a,
        f"plazo_procedimiento:{case.id}",
        "Las partes pidieron más tiempo por escrito.",
        as_of=dt.date(2030, 1, 1),
    )


#: Permissions no service checks yet.
def _attach(s: Scene, a: Actor, case_id: int) -> object:
    """Attach a one-line PDF, the documents folder in the scene's temporary folder (the
    PostgreSQL world has no SQLite file to sit beside)."""
    import os

    from conciliador.domain.attachments import AttachmentKind
    from conciliador.services.attachments import add_attachment
    from conciliador.services.storage import DOCUMENTS_ENV

    before = os.environ.get(DOCUMENTS_ENV)
    os.environ[DOCUMENTS_ENV] = str(s.tmp / "documentos")
    try:
        return add_attachment(
            s.w.db,
            a,
            case_id,
            kind=AttachmentKind.CONSTANCIA_INGRESOS,
            document_date=dt.date(2026, 11, 2),
            file_name="colilla.pdf",
            content=b"%PDF-1.4\n%%EOF\n",
        )
    finally:
        if before is None:
            os.environ.pop(DOCUMENTS_ENV, None)
        else:
            os.environ[DOCUMENTS_ENV] = before


@_uc(P.ATTACH_DOCUMENT, "adjuntar un documento al expediente")
def _(s: Scene, a: Actor) -> object:
    return _attach(s, a, s.case().id)


@_uc(P.REMOVE_ATTACHMENT, "quitar un documento adjunto, con un motivo")
def _(s: Scene, a: Actor) -> object:
    from conciliador.services.attachments import remove_attachment

    added = _attach(s, s.system, s.case().id)
    return remove_attachment(s.w.db, a, added.id, "Se adjuntó al caso equivocado.")  # type: ignore[attr-defined]


NOT_YET_SERVED: frozenset[Permission] = frozenset()
