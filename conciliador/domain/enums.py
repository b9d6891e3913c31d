"""The domain's closed vocabularies.

The stored value of each member is a stable Spanish code (it travels in the JSON interchange
format and in the database), and ``label`` is what a person reads.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    """A StrEnum whose members carry a Spanish label for people."""

    @property
    def label(self) -> str:
        return _LABELS_BY_ENUM.get((type(self), self.value), self.value)


class OfficeLevel(_Labelled):
    NACIONAL = "nacional"
    DEPARTAMENTAL = "departamental"
    MUNICIPAL = "municipal"


class Role(_Labelled):
    CONCILIADOR = "conciliador"
    SECRETARIO = "secretario"
    SUPERVISOR = "supervisor"
    ADMINISTRADOR = "administrador"


class Sex(_Labelled):
    FEMALE = "F"
    MALE = "M"
    UNSPECIFIED = "X"


class IdType(_Labelled):
    CEDULA = "cedula"
    PASAPORTE = "pasaporte"
    CEDULA_RESIDENCIA = "cedula_residencia"
    OTRO = "otro"
    SIN_DOCUMENTO = "sin_documento"


class Matter(_Labelled):
    """The three matters a family agrees on."""

    ALIMENTOS = "alimentos"
    VISITAS = "visitas"
    CUIDO = "cuido"


class CaseStatus(_Labelled):
    SOLICITADA = "solicitada"
    DERIVADA = "derivada"
    EN_TRAMITE = "en_tramite"
    CONCLUIDA = "concluida"
    ANULADA = "anulada"


class HearingMode(_Labelled):
    PRESENCIAL = "presencial"
    VIDEO = "video"
    TELEFONO = "telefono"


class HearingStatus(_Labelled):
    PROGRAMADA = "programada"
    CITACION_ENTREGADA = "citacion_entregada"
    EN_CURSO = "en_curso"
    CONCLUIDA = "concluida"
    REPROGRAMADA = "reprogramada"
    SUSPENDIDA = "suspendida"
    INASISTENCIA = "inasistencia"
    CANCELADA = "cancelada"
    ANULADA = "anulada"


class CancelReason(_Labelled):
    """Classified reasons for cancelling a hearing (for the monthly summary)."""

    DESISTIMIENTO_PREVIO = "desistimiento_previo"
    ACUERDO_EXTRAJUDICIAL = "acuerdo_extrajudicial"
    ERROR_REGISTRO = "error_registro"
    FUERZA_MAYOR = "fuerza_mayor"
    CIERRE_OFICINA = "cierre_oficina"
    DERIVACION = "derivacion"
    OTRO = "otro"


class Absence(_Labelled):
    """Who did not attend a hearing."""

    CITADO = "citado"
    SOLICITANTE = "solicitante"
    AMBAS = "ambas"


class Outcome(_Labelled):
    """How a conciliation process ends; each one picks an acta type."""

    ACUERDO_TOTAL = "acuerdo_total"
    ACUERDO_PARCIAL = "acuerdo_parcial"
    FALTA_DE_ACUERDO = "falta_de_acuerdo"
    INASISTENCIA_CITADO = "inasistencia_citado"
    INASISTENCIA_SOLICITANTE = "inasistencia_solicitante"
    INASISTENCIA_AMBAS = "inasistencia_ambas"
    CONCLUSION_MOTIVADA = "conclusion_motivada"
    DOMICILIO_DESCONOCIDO = "domicilio_desconocido"
    NO_CONCILIABLE = "no_conciliable"
    DESISTIMIENTO = "desistimiento"


class CitationMethod(_Labelled):
    PERSONAL = "personal"
    DOMICILIO = "domicilio"
    TELEFONO = "telefono"
    MENSAJERIA = "mensajeria"
    CORREO = "correo"


class OverrideKind(_Labelled):
    """The scheduling rules a supervisor may set aside, with a written reason."""

    FUERA_DE_HORARIO = "fuera_de_horario"
    FERIADO = "feriado"
    CIERRE_OFICINA = "cierre_oficina"
    AVISO_MINIMO = "aviso_minimo"
    SALVAGUARDA = "salvaguarda"
    PAUTA_ALIMENTARIA = "pauta_alimentaria"


_LABELS: dict[StrEnum, str] = {
    OfficeLevel.NACIONAL: "Oficina nacional",
    OfficeLevel.DEPARTAMENTAL: "Delegación departamental",
    OfficeLevel.MUNICIPAL: "Delegación municipal o distrital",
    Role.CONCILIADOR: "Conciliador/a",
    Role.SECRETARIO: "Secretario/a",
    Role.SUPERVISOR: "Supervisor/a (delegado/a)",
    Role.ADMINISTRADOR: "Administrador/a",
    Sex.FEMALE: "Femenino",
    Sex.MALE: "Masculino",
    Sex.UNSPECIFIED: "No indicado",
    IdType.CEDULA: "Cédula de identidad",
    IdType.PASAPORTE: "Pasaporte",
    IdType.CEDULA_RESIDENCIA: "Cédula de residencia",
    IdType.OTRO: "Otro documento",
    IdType.SIN_DOCUMENTO: "Sin documento",
    Matter.ALIMENTOS: "Pensión alimenticia",
    Matter.VISITAS: "Régimen de comunicación y visitas",
    Matter.CUIDO: "Cuido y crianza",
    CaseStatus.SOLICITADA: "Solicitada",
    CaseStatus.DERIVADA: "Derivada",
    CaseStatus.EN_TRAMITE: "En trámite",
    CaseStatus.CONCLUIDA: "Concluida",
    CaseStatus.ANULADA: "Anulada",
    HearingMode.PRESENCIAL: "Presencial",
    HearingMode.VIDEO: "Por videollamada",
    HearingMode.TELEFONO: "Por teléfono",
    HearingStatus.PROGRAMADA: "Programada",
    HearingStatus.CITACION_ENTREGADA: "Citación entregada",
    HearingStatus.EN_CURSO: "En curso",
    HearingStatus.CONCLUIDA: "Concluida",
    HearingStatus.REPROGRAMADA: "Reprogramada",
    HearingStatus.SUSPENDIDA: "Suspendida",
    HearingStatus.INASISTENCIA: "Inasistencia",
    HearingStatus.CANCELADA: "Cancelada",
    HearingStatus.ANULADA: "Anulada",
    CancelReason.DESISTIMIENTO_PREVIO: "Desistimiento antes de la audiencia",
    CancelReason.ACUERDO_EXTRAJUDICIAL: "Las partes acordaron fuera del proceso",
    CancelReason.ERROR_REGISTRO: "Error de registro",
    CancelReason.FUERZA_MAYOR: "Fuerza mayor",
    CancelReason.CIERRE_OFICINA: "Cierre imprevisto de la oficina",
    CancelReason.DERIVACION: "Caso derivado a otra institución",
    CancelReason.OTRO: "Otro motivo",
    Absence.CITADO: "No asistió la parte citada",
    Absence.SOLICITANTE: "No asistió la parte solicitante",
    Absence.AMBAS: "No asistió ninguna de las partes",
    Outcome.ACUERDO_TOTAL: "Acuerdo total",
    Outcome.ACUERDO_PARCIAL: "Acuerdo parcial",
    Outcome.FALTA_DE_ACUERDO: "Falta de acuerdo",
    Outcome.INASISTENCIA_CITADO: "Inasistencia del citado",
    Outcome.INASISTENCIA_SOLICITANTE: "Inasistencia del solicitante",
    Outcome.INASISTENCIA_AMBAS: "Inasistencia de ambas partes",
    Outcome.CONCLUSION_MOTIVADA: "Conclusión motivada",
    Outcome.DOMICILIO_DESCONOCIDO: "Domicilio desconocido",
    Outcome.NO_CONCILIABLE: "No conciliable",
    Outcome.DESISTIMIENTO: "Desistimiento",
    CitationMethod.PERSONAL: "Entrega personal",
    CitationMethod.DOMICILIO: "Dejada en el domicilio",
    CitationMethod.TELEFONO: "Por teléfono",
    CitationMethod.MENSAJERIA: "Por mensajería",
    CitationMethod.CORREO: "Por correo electrónico",
    OverrideKind.FUERA_DE_HORARIO: "Fuera del horario de atención",
    OverrideKind.FERIADO: "Día feriado",
    OverrideKind.CIERRE_OFICINA: "Día de cierre de la oficina",
    OverrideKind.AVISO_MINIMO: "Menos días de aviso que el mínimo",
    OverrideKind.SALVAGUARDA: "Audiencia conjunta con tamizaje de violencia positivo",
    OverrideKind.PAUTA_ALIMENTARIA: "Monto distinto de la pauta alimentaria",
}

# Members of different enums with the same value are equal dict keys (IdType.OTRO ==
# CancelReason.OTRO == "otro"), so ``_LABELS`` above keeps one label for both; labels are
# looked up by (enum, value) instead, with the clashing ones restated here.
_LABELS_BY_ENUM: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _LABELS.items()}
_LABELS_BY_ENUM.update(
    {
        (IdType, "otro"): "Otro documento",
        (CancelReason, "otro"): "Otro motivo",
        (CancelReason, "cierre_oficina"): "Cierre imprevisto de la oficina",
        (OverrideKind, "cierre_oficina"): "Día de cierre de la oficina",
        (CitationMethod, "telefono"): "Por teléfono",
        (HearingStatus, "concluida"): "Concluida",
        (HearingStatus, "anulada"): "Anulada",
    }
)
