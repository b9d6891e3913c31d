"""The closed vocabularies of an agreement's clauses: who pays, how often, how, with whom.

Like ``domain.enums``, each member's value is a stable Spanish code (stored in the agreement's
JSON and carried by the interchange format) and ``label`` is what a person reads.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value)


class Party(_Labelled):
    """A side of the case (the person is the case's claimant or respondent)."""

    SOLICITANTE = "solicitante"
    CITADO = "citado"

    @property
    def other(self) -> Party:
        return Party.CITADO if self == Party.SOLICITANTE else Party.SOLICITANTE


class SupportBasis(_Labelled):
    PORCENTAJE_INGRESO = "porcentaje_ingreso"
    MONTO_FIJO = "monto_fijo"


class Periodicity(_Labelled):
    SEMANAL = "semanal"
    QUINCENAL = "quincenal"
    MENSUAL = "mensual"


class PaymentMethod(_Labelled):
    EFECTIVO_OFICINA = "efectivo_oficina"
    DEPOSITO_BANCARIO = "deposito_bancario"
    DEDUCCION_PLANILLA = "deduccion_planilla"


class InKindKind(_Labelled):
    UTILES_ESCOLARES = "utiles_escolares"
    VESTUARIO = "vestuario"
    SALUD = "salud"
    OTRO = "otro"


class AdjustmentKind(_Labelled):
    INDICE = "indice"
    PORCENTAJE = "porcentaje"


class Weekday(_Labelled):
    """Values match the criteria profiles' weekday names (``criteria.schema.WEEKDAYS``)."""

    LUNES = "lunes"
    MARTES = "martes"
    MIERCOLES = "miercoles"
    JUEVES = "jueves"
    VIERNES = "viernes"
    SABADO = "sabado"
    DOMINGO = "domingo"

    @property
    def position(self) -> int:
        """0 = Monday, as ``datetime.date.weekday()``."""
        return list(Weekday).index(self)


class VisitFrequency(_Labelled):
    CADA_SEMANA = "cada_semana"
    SEMANAS_ALTERNAS = "semanas_alternas"


class Split(_Labelled):
    """How a holiday, the birthdays or the school vacations are shared."""

    CON_VISITANTE = "con_visitante"
    CON_CUSTODIO = "con_custodio"
    ANIOS_ALTERNOS = "anios_alternos"
    COMPARTIDO = "compartido"


class RemoteMeans(_Labelled):
    TELEFONO = "telefono"
    VIDEOLLAMADA = "videollamada"


class LivesWith(_Labelled):
    SOLICITANTE = "solicitante"
    CITADO = "citado"
    OTRA_PERSONA = "otra_persona"


class Decider(_Labelled):
    AMBOS = "ambos"
    SOLICITANTE = "solicitante"
    CITADO = "citado"


class Severity(_Labelled):
    ERROR = "error"
    ADVERTENCIA = "advertencia"


_LABELS: dict[StrEnum, str] = {
    Party.SOLICITANTE: "Parte solicitante",
    Party.CITADO: "Parte citada",
    SupportBasis.PORCENTAJE_INGRESO: "Porcentaje del ingreso neto",
    SupportBasis.MONTO_FIJO: "Monto fijo",
    Periodicity.SEMANAL: "Semanal",
    Periodicity.QUINCENAL: "Quincenal",
    Periodicity.MENSUAL: "Mensual",
    PaymentMethod.EFECTIVO_OFICINA: "En efectivo, en la oficina",
    PaymentMethod.DEPOSITO_BANCARIO: "Depósito bancario",
    PaymentMethod.DEDUCCION_PLANILLA: "Deducción de planilla",
    InKindKind.UTILES_ESCOLARES: "Útiles escolares",
    InKindKind.VESTUARIO: "Vestuario",
    InKindKind.SALUD: "Salud",
    InKindKind.OTRO: "Otro",
    AdjustmentKind.INDICE: "Según un índice",
    AdjustmentKind.PORCENTAJE: "Porcentaje fijo",
    Weekday.LUNES: "lunes",
    Weekday.MARTES: "martes",
    Weekday.MIERCOLES: "miércoles",
    Weekday.JUEVES: "jueves",
    Weekday.VIERNES: "viernes",
    Weekday.SABADO: "sábado",
    Weekday.DOMINGO: "domingo",
    VisitFrequency.CADA_SEMANA: "Cada semana",
    VisitFrequency.SEMANAS_ALTERNAS: "Semanas alternas",
    Split.CON_VISITANTE: "Con quien visita",
    Split.CON_CUSTODIO: "Con quien tiene el cuido",
    Split.ANIOS_ALTERNOS: "En años alternos",
    Split.COMPARTIDO: "Compartido",
    RemoteMeans.TELEFONO: "teléfono",
    RemoteMeans.VIDEOLLAMADA: "videollamada",
    LivesWith.SOLICITANTE: "Parte solicitante",
    LivesWith.CITADO: "Parte citada",
    LivesWith.OTRA_PERSONA: "Otra persona",
    Decider.AMBOS: "Ambos progenitores, de común acuerdo",
    Decider.SOLICITANTE: "Parte solicitante",
    Decider.CITADO: "Parte citada",
    Severity.ERROR: "Error",
    Severity.ADVERTENCIA: "Advertencia",
}


class GuidelineKind(StrEnum):
    """The kind of child-support guideline a criteria profile sets (``pauta_alimentaria.tipo``)."""

    PORCENTAJE_INGRESO_NETO = "porcentaje_ingreso_neto"
    PISO_SALARIO_MINIMO = "piso_salario_minimo"
    LIBRE = "libre"
