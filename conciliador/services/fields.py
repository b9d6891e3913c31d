"""The typed field identities services report problems under, with their Spanish labels.

This is the one place the services layer makes a field's Spanish name: a screen binds a
widget to the identity (``FieldId``), never to the text, and makes its own label with
``tr``. The identities here are those with a known screen that binds them; a test walks
them (``tests/ui/test_field_bindings.py``).
"""

from __future__ import annotations

from enum import Enum

from conciliador.domain.actas import SignerRole
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import Matter
from conciliador.services.errors import FieldId


class Intake:
    """The request form (``ui/cases/intake.py``), apart from its parties and children."""

    REQUESTED_AT = FieldId(("solicitud", "fecha"), "Fecha de la solicitud")
    CHILDREN = FieldId(("solicitud", "hijos"), "Hijas e hijos")
    MATTERS = FieldId(("solicitud", "materias"), "Materias")
    ACCOUNT = FieldId(("solicitud", "relato"), "Relato")
    SAFEGUARDING = FieldId(("solicitud", "tamizaje"), "Tamizaje de salvaguarda")
    REFERRAL = FieldId(("solicitud", "derivacion"), "Derivación")
    #: A party of the request as a whole («no puede ser la misma persona que solicita»).
    CLAIMANT = FieldId((Party.SOLICITANTE.value,), "Solicitante")
    RESPONDENT = FieldId((Party.CITADO.value,), "Citado/a")
    #: The party a correction is for (``case_edits.update_party_contact``).
    PARTY = FieldId(("solicitud", "parte"), "Parte")

    ALL = (REQUESTED_AT, CHILDREN, MATTERS, ACCOUNT, SAFEGUARDING, REFERRAL, CLAIMANT, RESPONDENT)


class PersonPart(Enum):
    """A field of a party's form (``ui/cases/person_form.py``); the value is its label."""

    FIRST_NAMES = "Nombres"
    LAST_NAMES = "Apellidos"
    ID_TYPE = "Tipo de documento"
    ID_NUMBER = "Número de documento"
    SEX = "Sexo"
    BIRTH_DATE = "Fecha de nacimiento"
    NATIONALITY = "Nacionalidad"
    PHONE = "Teléfono"
    EMAIL = "Correo"
    ADDRESS = "Dirección"
    OCCUPATION = "Ocupación"
    EMPLOYER = "Empleador"
    MONTHLY_INCOME = "Ingreso mensual"


def person_field(party: FieldId, part: PersonPart) -> FieldId:
    """One field of a party («Solicitante — Nombres»); ``party`` is ``Intake.CLAIMANT`` or
    ``Intake.RESPONDENT``."""
    return FieldId((*party.parts, part.name.lower()), f"{party} — {part.value}")


class ChildPart(Enum):
    """A field of a child's row (``ui/cases/children.py``); the value is its label."""

    FIRST_NAMES = "Nombres"
    LAST_NAMES = "Apellidos"
    BIRTH_DATE = "Fecha de nacimiento"
    BIRTH_CERTIFICATE = "Partida de nacimiento"


def child_field(number: int, part: ChildPart) -> FieldId:
    """One field of the ``number``-th child of the request, counted from 1 as sent
    («Hija/o 2 — Fecha de nacimiento»)."""
    return FieldId(("hijo", str(number), part.name.lower()), f"Hija/o {number} — {part.value}")


class ReferralFields:
    """Referring a case along the route of care (``ui/cases/referral.py``)."""

    INSTITUTION = FieldId(("derivacion", "institucion"), "Institución")
    NOTES = FieldId(("derivacion", "observaciones"), "Observaciones")
    REFERRED_AT = FieldId(("derivacion", "fecha"), "Fecha de la derivación")


class Booking:
    """The booking (and rescheduling) of a hearing: ``ui/booking/dialog.py``."""

    OFFICER = FieldId(("audiencia", "conciliador"), "Conciliador/a")
    MODE = FieldId(("audiencia", "modalidad"), "Modalidad")
    ROOM = FieldId(("audiencia", "sala"), "Sala")
    MINUTES = FieldId(("audiencia", "duracion"), "Duración")
    START = FieldId(("audiencia", "inicio"), "Fecha y hora")
    RESCHEDULE_REASON = FieldId(("audiencia", "motivo_reprogramacion"), "Motivo")
    OVERRIDE_REASON = FieldId(("audiencia", "motivo_excepcion"), "Motivo de la excepción")

    ALL = (OFFICER, MODE, ROOM, MINUTES, START, RESCHEDULE_REASON, OVERRIDE_REASON)


class UserFields:
    """A user's account: ``ui/admin/users.py`` (create, edit, deactivate), the first start's
    administrator page (``ui/shell/first_run.py``), signing in and changing one's password
    (``ui/shell/sign_in.py``)."""

    LOGIN = FieldId(("usuario", "login"), "Usuario")
    FULL_NAME = FieldId(("usuario", "nombre"), "Nombre completo")
    ID_NUMBER = FieldId(("usuario", "cedula"), "Cédula")
    ROLE = FieldId(("usuario", "rol"), "Rol")
    SEX = FieldId(("usuario", "sexo"), "Sexo")
    POST = FieldId(("usuario", "cargo"), "Cargo")
    LEGAL_CAPACITY = FieldId(("usuario", "capacidad_legal"), "Capacidad legal")
    #: The officer's registry number, where the profile asks for it (Peru).
    REGISTRY_NUMBER = FieldId(("usuario", "registro"), "Registro de conciliador/a")
    EMAIL = FieldId(("usuario", "correo"), "Correo")
    PASSWORD = FieldId(("usuario", "contrasena"), "Contraseña")
    REPEAT_PASSWORD = FieldId(("usuario", "repetir_contrasena"), "Repita la contraseña")
    CURRENT_PASSWORD = FieldId(("usuario", "contrasena_actual"), "Contraseña actual")
    NEW_PASSWORD = FieldId(("usuario", "contrasena_nueva"), "Nueva contraseña")
    DEACTIVATION_REASON = FieldId(("usuario", "motivo_desactivacion"), "Motivo")


class OfficeFields:
    """An office: the first start's office page (``ui/shell/first_run.py``), the offices'
    administration (``ui/admin/offices.py``: edit, move, close)."""

    CODE = FieldId(("oficina", "codigo"), "Código de la oficina")
    NAME = FieldId(("oficina", "nombre"), "Nombre de la oficina")
    ARTICLE = FieldId(("oficina", "articulo"), "Artículo del nombre")
    LEVEL = FieldId(("oficina", "nivel"), "Nivel")
    PROFILE = FieldId(("oficina", "perfil"), "Perfil de criterios")
    TIMEZONE = FieldId(("oficina", "zona_horaria"), "Zona horaria")
    DEPARTMENT = FieldId(("oficina", "departamento"), "Departamento")
    MUNICIPALITY = FieldId(("oficina", "municipio"), "Municipio")
    SUBDIVISION = FieldId(("oficina", "subdivision"), "Subdivisión")
    COUNTRY = FieldId(("oficina", "pais"), "País")
    ADDRESS = FieldId(("oficina", "direccion"), "Dirección")
    PHONE = FieldId(("oficina", "telefono"), "Teléfono")
    PARENT = FieldId(("oficina", "superior"), "Oficina superior")
    #: Which of the profile's institutions issues the office's actas (Colombia: ICBF or a
    #: comisaría); set from the command line (``office_issuer``).
    ISSUER = FieldId(("oficina", "institucion_emisora"), "Institución que emite las actas")
    CLOSE_REASON = FieldId(("oficina", "motivo_cierre"), "Motivo")


class RoomFields:
    """A hearing room (``ui/admin/rooms.py``)."""

    NAME = FieldId(("sala", "nombre"), "Nombre de la sala")
    CAPACITY = FieldId(("sala", "capacidad"), "Capacidad")


class ClosureFields:
    """A day the office is closed (``ui/admin/closures.py``)."""

    DAY = FieldId(("cierre", "fecha"), "Fecha")
    REASON = FieldId(("cierre", "motivo"), "Motivo del cierre")


class HearingFields:
    """The hearing's dialogs in the agenda (``ui/agenda/dialogs.py``): the citation's
    delivery, the start, the correction of the times, suspension, annulment, no-show and
    cancellation."""

    DELIVERED_AT = FieldId(("citacion", "fecha_entrega"), "Fecha de entrega")
    DELIVERY_METHOD = FieldId(("citacion", "forma_entrega"), "Forma de entrega")
    DELIVERED_BY = FieldId(("citacion", "entregada_por"), "Entregada por")
    DELIVERY_NOTES = FieldId(("citacion", "observaciones"), "Observaciones")
    STARTED_AT = FieldId(("audiencia", "hora_inicio"), "Hora de inicio")
    START_REASON = FieldId(("audiencia", "motivo_inicio"), "Motivo del inicio")
    CONCLUDED_AT = FieldId(("audiencia", "hora_conclusion"), "Hora de conclusión")
    CORRECTION_REASON = FieldId(("audiencia", "motivo_correccion"), "Motivo de la corrección")
    SUSPENSION_REASON = FieldId(("audiencia", "motivo_suspension"), "Motivo de la suspensión")
    ANNULMENT_REASON = FieldId(("audiencia", "motivo_anulacion"), "Motivo de la anulación")
    NO_SHOW_NOTES = FieldId(("inasistencia", "observaciones"), "Observaciones")
    CANCEL_REASON = FieldId(("cancelacion", "motivo"), "Motivo")
    CANCEL_NOTES = FieldId(("cancelacion", "observaciones"), "Observaciones")
    #: Closing a case before any hearing (``hearing_flow.close_without_hearing``).
    CLOSE_REASON = FieldId(("cierre_sin_audiencia", "motivo"), "Motivo")
    CLOSE_OUTCOME = FieldId(("cierre_sin_audiencia", "resultado"), "Resultado")


class AgreementFields:
    """The agreement editor (``ui/agreement/``)."""

    #: The outcome tab: how the hearing ended, what stays pending, the officer's notes
    #: (reported by the live checks and by ``hearing_flow.conclude_hearing``).
    OUTCOME = FieldId(("resultado", "resultado"), "Resultado")
    PENDING_MATTERS = FieldId(("resultado", "materias_pendientes"), "Materias pendientes")
    NOTES = FieldId(("resultado", "observaciones"), "Observaciones")
    #: When the hearing ended, as ``conclude_hearing`` records it (now, from the editor).
    CONCLUDED_AT = FieldId(("resultado", "hora_conclusion"), "Hora de conclusión")

    DEPARTURE_REASON = FieldId(
        ("acuerdo", "motivo_apartarse_pauta"), "Motivo para apartarse de la pauta"
    )
    #: The officer's post and capacity (and registry number where the profile asks for it):
    #: the acta is not enforceable without them; shown on the outcome tab's general line.
    OFFICER = FieldId(("acuerdo", "conciliador"), "Conciliador/a")
    #: The safeguarding screen's consequences for the agreement (outcome tab).
    SAFEGUARDING = FieldId(("acuerdo", "salvaguarda"), "Salvaguarda")
    #: The hearing's real start and end, which the acta states: recorded from the agenda
    #: («Corregir las horas reales…»), so no widget of the editor holds them; listed.
    HEARING_TIMES = FieldId(("acuerdo", "horas_audiencia"), "Horas de la audiencia")


def support_child(child_uid: str, name: str = "") -> FieldId:
    """A child's line of the support clause (``ui/agreement/support_tab.py``)."""
    return FieldId(("alimentos", "hijo", child_uid), f"{Matter.ALIMENTOS.label} — {name}")


def support_child_amount(child_uid: str, name: str = "") -> FieldId:
    """The amount of the support for one child (``ui/agreement/support_tab.py``)."""
    return FieldId(
        ("alimentos", "monto", child_uid), f"{Matter.ALIMENTOS.label} — Monto para {name}"
    )


def care_child(child_uid: str, name: str = "") -> FieldId:
    """A child's care clause as a whole: «Vive con» (``ui/agreement/care_tab.py``)."""
    return FieldId(("cuido", "hijo", child_uid), f"{Matter.CUIDO.label} — {name}")


def care_residence(child_uid: str, name: str = "") -> FieldId:
    """Where the child will live (``ui/agreement/care_tab.py``)."""
    return FieldId(("cuido", "residencia", child_uid), f"{Matter.CUIDO.label} — {name}")


def care_other_person(child_uid: str, name: str = "") -> FieldId:
    """The other person a child lives with, and their relationship (``care_tab.py``)."""
    return FieldId(("cuido", "otra_persona", child_uid), f"{Matter.CUIDO.label} — {name}")


def _support(*parts: str, label: str) -> FieldId:
    return FieldId(("alimentos", *parts), f"{Matter.ALIMENTOS.label} — {label}")


class SupportFields:
    """The support tab of the agreement editor (``ui/agreement/support_tab.py``); the first
    part of each is the matter's value, which names the tab it is on."""

    CURRENCY = _support("moneda", label="Moneda")
    CHILDREN = _support("hijos", label="Hijas e hijos")
    #: The agreed amount as a whole, against the guideline.
    AMOUNT = _support("monto", label="Monto")
    PERCENTAGE = _support("porcentaje", label="Porcentaje")
    INCOME = _support("ingreso", label="Ingresos del alimentante")
    #: The amounts of the income, as typed (an amount that cannot be read, too many decimals).
    GROSS = _support("ingreso", "bruto", label="Ingreso bruto")
    SOCIAL_SECURITY = _support("ingreso", "seguridad_social", label="Seguridad social")
    INCOME_TAX = _support("ingreso", "impuesto", label="Impuesto sobre la renta")
    INCOME_13TH = _support("ingreso", "aguinaldo", label="Décimo tercer mes")
    DEDUCTIONS = _support("deducciones", label="Deducciones")
    SOURCE = _support("fuente", label="Fuente de los datos")
    DUE_DAY = _support("dia_pago", label="Día de pago")
    FIRST_PAYMENT = _support("primer_pago", label="Primer pago")
    PAYMENT_METHOD = _support("forma_pago", label="Forma de pago")
    #: The share of the 13th month the agreement gives.
    SHARE_13TH = _support("aguinaldo", label="Décimo tercer mes")
    #: The in-kind rows as a list (``support_in_kind`` is one row).
    IN_KIND = _support("especie", label="En especie")
    ARREARS = _support("atrasos", label="Pensiones atrasadas")
    ARREARS_FIRST_DUE = _support(
        "atrasos", "primera_cuota", label="Pensiones atrasadas — Primera cuota"
    )
    ADJUSTMENT = _support("reajuste", label="Reajuste")

    ALL = (
        CURRENCY,
        CHILDREN,
        AMOUNT,
        PERCENTAGE,
        INCOME,
        GROSS,
        SOCIAL_SECURITY,
        INCOME_TAX,
        INCOME_13TH,
        DEDUCTIONS,
        SOURCE,
        DUE_DAY,
        FIRST_PAYMENT,
        PAYMENT_METHOD,
        SHARE_13TH,
        IN_KIND,
        ARREARS,
        ARREARS_FIRST_DUE,
        ADJUSTMENT,
    )


def support_in_kind(number: int, kind: str = "") -> FieldId:
    """The ``number``-th thing given in kind, counted from 1 («En especie 2 (útiles)»)."""
    shown = f"En especie {number}" + (f" ({kind})" if kind else "")
    return _support("especie", str(number), label=shown)


def _visits(*parts: str, label: str) -> FieldId:
    return FieldId(("visitas", *parts), f"{Matter.VISITAS.label} — {label}")


class VisitFields:
    """The visitation tab of the agreement editor (``ui/agreement/visits_tab.py``)."""

    VISITOR = _visits("visitante", label="Quién visita")
    CHILDREN = _visits("hijos", label="Hijas e hijos")
    SCHEDULE = _visits("horario", label="Horario")
    PICKUP_PLACE = _visits("lugar_entrega", label="Lugar de entrega")
    PICKUP_PERSON = _visits("quien_entrega", label="Quién entrega")
    RETURN_PLACE = _visits("lugar_devolucion", label="Lugar de devolución")
    RETURN_PERSON = _visits("quien_recibe", label="A quién se devuelve")
    #: The holiday rows as a list (``visit_holiday`` is one row).
    HOLIDAYS = _visits("feriados", label="Días festivos")
    BIRTHDAYS = _visits("cumpleanos", label="Cumpleaños")
    VACATIONS = _visits("vacaciones", label="Vacaciones escolares")
    REMOTE = _visits("distancia", label="Comunicación a distancia")
    SUPERVISION = _visits("supervision", label="Supervisión")
    #: The condition rows as a list (``visit_condition`` is one row).
    CONDITIONS = _visits("condiciones", label="Condiciones")

    ALL = (
        VISITOR,
        CHILDREN,
        SCHEDULE,
        PICKUP_PLACE,
        PICKUP_PERSON,
        RETURN_PLACE,
        RETURN_PERSON,
        HOLIDAYS,
        BIRTHDAYS,
        VACATIONS,
        REMOTE,
        SUPERVISION,
        CONDITIONS,
    )


def visit_block(number: int) -> FieldId:
    """The ``number``-th block of the visiting schedule, counted from 1."""
    return _visits("bloque", str(number), label=f"Horario, bloque {number}")


def visit_holiday(number: int) -> FieldId:
    """The ``number``-th holiday row, counted from 1."""
    return _visits("feriados", str(number), label=f"Días festivos, fila {number}")


def visit_condition(number: int) -> FieldId:
    """The ``number``-th condition row, counted from 1."""
    return _visits("condiciones", str(number), label=f"Condiciones, fila {number}")


def matter_field(matter: Matter) -> FieldId:
    """A matter of the agreement as a whole: its tab («Cuido y crianza»)."""
    return FieldId((matter.value,), matter.label)


def matter_of(field: str) -> Matter | None:
    """The matter whose tab holds ``field``: the first part of its identity (a plain text
    names no matter, whatever it reads)."""
    if isinstance(field, FieldId) and field.parts:
        return next((m for m in Matter if m.value == field.parts[0]), None)
    return None


class PaymentFields:
    """A support payment the family reports: the account's form (``ui/followup/account.py``);
    the batch import names each by its column (``services/followup/batch.py``)."""

    PAID_ON = FieldId(("pago", "fecha"), "Fecha del pago")
    AMOUNT = FieldId(("pago", "monto"), "Monto")
    METHOD = FieldId(("pago", "forma"), "Forma de pago")
    RECEIPT = FieldId(("pago", "recibo"), "N.º de recibo")
    REPORTED_BY = FieldId(("pago", "informado_por"), "Informado por")
    NOTES = FieldId(("pago", "observaciones"), "Observaciones")

    ALL = (PAID_ON, AMOUNT, METHOD, RECEIPT, REPORTED_BY, NOTES)


class IncidentFields:
    """Something that happened to a signed agreement (``followup.ledger.record_incident``;
    only the demonstration data records incidents yet: no screen binds these)."""

    KIND = FieldId(("incidencia", "tipo"), "Tipo de incidencia")
    OCCURRED_ON = FieldId(("incidencia", "fecha"), "Fecha")
    DESCRIPTION = FieldId(("incidencia", "descripcion"), "Descripción")
    REPORTED_BY = FieldId(("incidencia", "informado_por"), "Informado por")


# --- follow-up, backups, agenda export, reports, shell (f14b)


class BatchColumn(Enum):
    """A column of a batch of payments (``services/followup/batch.py``), as the file's header
    names it; the last three name no column but the part of the file a problem is in."""

    EXPEDIENTE = "expediente"
    FECHA = "fecha"
    MONTO = "monto"
    FORMA = "forma"
    RECIBO = "recibo"
    INFORMADO_POR = "informado_por"
    OBSERVACIONES = "observaciones"
    #: The header line as a whole (columns missing or unknown).
    ENCABEZADO = "encabezado"
    #: A line with more or fewer columns than the header.
    COLUMNAS = "columnas"
    #: A line that is not CSV at all.
    ARCHIVO = "archivo"


class PaymentBatchFields:
    """A batch of payments read from a file (``conciliador payments import``): each problem
    is named by its line and column (``payment_batch_cell``). No screen imports a batch yet:
    the command line prints the identity as «línea 3, monto»."""

    #: The file as a whole (empty, too long, not UTF-8, unreadable, without payments): said
    #: in the message area, no line or column is at fault.
    FILE = FieldId(("lote_pagos", "archivo"), "archivo")


def payment_batch_line(line: int) -> FieldId:
    """A line of the batch as a whole («línea 1»: a header that cannot be read)."""
    return FieldId(("lote_pagos", "linea", str(line)), f"línea {line}")


def payment_batch_cell(line: int, column: BatchColumn) -> FieldId:
    """The ``column`` of the ``line``-th line of the batch, counted from 1 as an editor shows
    it (the header is line 1): «línea 3, monto»."""
    return FieldId(
        ("lote_pagos", "linea", str(line), column.value), f"línea {line}, {column.value}"
    )


def batch_place(field: str) -> tuple[int, BatchColumn] | None:
    """The line and column a batch identity names (None for the file or a whole line)."""
    if isinstance(field, FieldId) and len(field.parts) == 4:
        kind, _line, number, column = field.parts
        if (kind, _line) == ("lote_pagos", "linea"):
            return int(number), BatchColumn(column)
    return None


class DismissalFields:
    """Setting an alert aside (``followup.alerts.dismiss_alert``; ``ui/followup/pending.py``)."""

    REASON = FieldId(("alerta", "motivo_descarte"), "Motivo")


class BackupFields:
    """Where backups go and how many the rotation keeps (``services/backup_desk.py``;
    ``ui/admin/backups.py``)."""

    #: Also a backup made now into a folder that cannot be written (``backup_now``): the
    #: list of backups has no folder field, so it is said in the message area.
    FOLDER = FieldId(("copias", "carpeta"), "Carpeta")
    DAYS = FieldId(("copias", "diarias"), "Copias diarias")
    WEEKS = FieldId(("copias", "semanales"), "Copias semanales")
    MONTHS = FieldId(("copias", "mensuales"), "Copias mensuales")

    ALL = (FOLDER, DAYS, WEEKS, MONTHS)


class AgendaExportFields:
    """An officer's hearings exported to a calendar file (``services/agenda_export.py``;
    ``ui/agenda/export.py``)."""

    OFFICER = FieldId(("agenda_ics", "conciliador"), "Conciliador/a")
    FIRST_DAY = FieldId(("agenda_ics", "desde"), "Desde")
    LAST_DAY = FieldId(("agenda_ics", "hasta"), "Hasta")
    #: Where the file goes (checked by the dialog itself: the service takes any path).
    FILE = FieldId(("agenda_ics", "archivo"), "Archivo")

    ALL = (OFFICER, FIRST_DAY, LAST_DAY, FILE)


class CitationChoice:
    """The citations the delivery dialog records (``ui/agenda/dialogs.py``): at least one
    is ticked (checked by the dialog: the service records one citation at a time)."""

    CITATIONS = FieldId(("citacion", "elegidas"), "Citaciones entregadas")


class ReportFields:
    """The month's reports from the command line (``conciliador report``; the desktop's
    reports page picks the month from a list and names the file itself)."""

    MONTH = FieldId(("reporte", "mes"), "Mes")
    OUTPUT = FieldId(("reporte", "archivo"), "Archivo de salida")
    OFFICE = FieldId(("reporte", "oficina"), "Oficina")

    ALL = (MONTH, OUTPUT, OFFICE)


class DemoFields:
    """The demonstration data's size (``conciliador demo``; the first start's demonstration
    page loads a fixed size and binds only the password, ``UserFields.PASSWORD``). Named as
    the command line's options, which check the same bounds first."""

    CASES = FieldId(("demo", "casos"), "--cases")
    MONTHS = FieldId(("demo", "meses"), "Meses")


class AttachmentFields:
    """A document attached to a case, and its removal (``services/attachments.py``;
    ``ui/cases/attachments.py``)."""

    KIND = FieldId(("adjunto", "tipo"), "Tipo de documento")
    DATE = FieldId(("adjunto", "fecha"), "Fecha del documento")
    FILE = FieldId(("adjunto", "archivo"), "Archivo")
    DESCRIPTION = FieldId(("adjunto", "descripcion"), "Descripción")
    REMOVAL_REASON = FieldId(("adjunto", "motivo_retiro"), "Motivo")

    ALL = (KIND, DATE, FILE, DESCRIPTION, REMOVAL_REASON)


# --- criteria, actas, agreements (f14a)


class CriteriaFields:
    """The criteria profiles' versions: next year's values (``ui/admin/criteria.py``) and
    the whole text edited beside the version in force (``ui/admin/profile_editor.py``)."""

    MINIMUM_WAGE = FieldId(("criterios", "salario_minimo"), "Ingreso mínimo")
    MINIMUM_WAGE_SINCE = FieldId(("criterios", "salario_minimo_desde"), "Ingreso mínimo desde")
    EFFECTIVE_FROM = FieldId(("criterios", "vigente_desde"), "Vigente desde")
    SOURCE = FieldId(("criterios", "fuente"), "Fuente del nuevo valor")
    NOTE = FieldId(("criterios", "que_cambia"), "Qué cambia")
    #: The profile's whole text, named by the key the loader refused.
    TEXT = FieldId(("criterios", "texto"), "Perfil de criterios")
    #: Publishing a draft chosen in the list of versions: its date, which no widget edits
    #: (the draft's row as a whole); said in the message bar.
    PUBLISHED_FROM = FieldId(("criterios", "version", "vigente_desde"), "Vigente desde")

    ALL = (MINIMUM_WAGE, MINIMUM_WAGE_SINCE, EFFECTIVE_FROM, SOURCE, NOTE, TEXT, PUBLISHED_FROM)


class DecreedFields:
    """A holiday added by decree or the CPI's yearly variation (``ui/admin/decreed.py``)."""

    HOLIDAY_DAY = FieldId(("decreto", "feriado", "fecha"), "Fecha del feriado")
    HOLIDAY_NAME = FieldId(("decreto", "feriado", "nombre"), "Nombre del feriado")
    PRICE_INDEX = FieldId(("decreto", "ipc", "variacion"), "Variación del IPC")
    PRICE_INDEX_FROM = FieldId(("decreto", "ipc", "desde"), "Se aplica desde")
    SOURCE = FieldId(("decreto", "fuente"), "Fuente")
    #: The version that records the value rules from this day.
    EFFECTIVE_FROM = CriteriaFields.EFFECTIVE_FROM

    HOLIDAY = (HOLIDAY_DAY, HOLIDAY_NAME, SOURCE, EFFECTIVE_FROM)
    INDEX = (PRICE_INDEX, PRICE_INDEX_FROM, SOURCE, EFFECTIVE_FROM)


class ActaFields:
    """An acta's moves on the Actas screen (``ui/actas/``): replacing it, the steps a
    country's law adds (``step_dialogs.py``), and what issuing or printing it refuses."""

    REPLACE_REASON = FieldId(("acta", "motivo_reemplazo"), "Motivo del reemplazo")
    #: Peru: the lawyer who checks the agreement's legality before the signatures.
    LAWYER = FieldId(("acta", "legalidad", "abogado"), "Abogado/a verificador/a")
    LAWYER_REGISTRATION = FieldId(
        ("acta", "legalidad", "registro"), "Registro del colegio de abogados"
    )
    #: Chile: the signed acta sent to the family court, and the court's decision.
    COURT = FieldId(("acta", "tribunal", "nombre"), "Tribunal de familia")
    SENT_ON = FieldId(("acta", "tribunal", "fecha_envio"), "Fecha de envío")
    DECISION = FieldId(("acta", "tribunal", "decision"), "Decisión")
    DECIDED_ON = FieldId(("acta", "tribunal", "fecha_resolucion"), "Fecha de la resolución")
    CASE_REFERENCE = FieldId(("acta", "tribunal", "rit"), "RIT de la causa")
    DECISION_TEXT = FieldId(("acta", "tribunal", "resolucion"), "Resolución del tribunal")
    #: Issuing: the officer's post and delegation, recorded on their account. It concerns
    #: the whole document, no field of the Actas screen edits it: listed in the dialog of
    #: the problems that keep the acta from being issued (``ui/actas/dialogs.py``).
    OFFICER = FieldId(("acta", "conciliador"), "Conciliador/a")
    #: Issuing: the office's municipality the acta names («En …»); the whole document, as
    #: ``OFFICER`` (set with «conciliador office place»).
    OFFICE_PLACE = FieldId(("acta", "oficina", "municipio"), "Oficina — Municipio")
    #: A copy asked for by its recipient: the screen offers only the profile's copies,
    #: the command line types it; no widget, said in the message bar.
    COPY = FieldId(("acta", "copia"), "Copia")
    #: The month of a batch of actas (the command line only: no screen asks for it).
    MONTH = FieldId(("acta", "lote", "mes"), "Mes")

    STEPS = (
        LAWYER,
        LAWYER_REGISTRATION,
        COURT,
        SENT_ON,
        DECISION,
        DECIDED_ON,
        CASE_REFERENCE,
        DECISION_TEXT,
    )
    #: Findings about the whole document: no widget edits them.
    WHOLE_DOCUMENT = (OFFICER, OFFICE_PLACE, COPY, MONTH)


def signature_field(role: SignerRole, name: str = "") -> FieldId:
    """How one signer signed (``ui/actas/sign_dialog.py``: that signer's box), «Firma —
    Parte citada (Ana Ruiz)»; its witness is within it (``signature_witness``)."""
    shown = f"Firma — {role.label}" + (f" ({name})" if name else "")
    return FieldId(("firma", role.value), shown)


def signature_witness(role: SignerRole, name: str = "") -> FieldId:
    """The witness who signs at the request of a signer who printed a fingerprint."""
    return FieldId(
        ("firma", role.value, "testigo"), f"{signature_field(role, name)} — testigo a ruego"
    )


def signature_fingerprint(role: SignerRole, name: str = "") -> FieldId:
    """Whether a signer stamped their fingerprint, or why not (a profile that asks for it:
    Peru); within the signer's box like the witness."""
    return FieldId(
        ("firma", role.value, "huella"), f"{signature_field(role, name)} — huella digital"
    )


def clause_field(where: str) -> FieldId:
    """A place in the clauses as their file names it («cuido.hijos[1].hijo_uid»: a terms
    file read by ``parse_terms``, a child who is not the case's). The first part is the
    matter whose tab holds it (``matter_of``): the editor shows it in its list of findings
    and goes to that tab, since the file's place is no single widget; the additions and
    the terms as a whole name no matter."""
    head = where.split(".", 1)[0].split("[", 1)[0]
    matter = _CLAUSE_MATTERS.get(head)
    parts = ("clausulas", where) if matter is None else (matter.value, "clausulas", where)
    return FieldId(parts, f"Cláusulas — {where}")


#: The terms file's keys of each matter (``AgreementTerms``' aliases).
_CLAUSE_MATTERS = {"pension": Matter.ALIMENTOS, "visitas": Matter.VISITAS, "cuido": Matter.CUIDO}


class AuditFields:
    """The audit trail's filters (``ui/audit/viewer.py``)."""

    LAST_DAY = FieldId(("bitacora", "hasta"), "Hasta")


class TemplateFields:
    """Publishing an edited acta template (``ui/admin/templates.py``, ``PublishDialog``)."""

    #: What the new version changes (its note in the history and the audit trail).
    NOTE = FieldId(("plantilla", "que_cambia"), "Qué cambia")
    #: The uploaded .docx (its size, its tags, its fonts).
    FILE = FieldId(("plantilla", "archivo"), "Plantilla")
