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

    CLAIMANT = "solicitante"
    RESPONDENT = "citado"

    @property
    def other(self) -> Party:
        return Party.RESPONDENT if self == Party.CLAIMANT else Party.CLAIMANT


class SupportBasis(_Labelled):
    NET_INCOME_SHARE = "porcentaje_ingreso"
    FIXED_SUM = "monto_fijo"


class Periodicity(_Labelled):
    WEEKLY = "semanal"
    FORTNIGHTLY = "quincenal"
    MONTHLY = "mensual"


class PaymentMethod(_Labelled):
    CASH_AT_OFFICE = "efectivo_oficina"
    BANK_DEPOSIT = "deposito_bancario"
    PAYROLL_DEDUCTION = "deduccion_planilla"


class InKindKind(_Labelled):
    SCHOOL_SUPPLIES = "utiles_escolares"
    CLOTHING = "vestuario"
    HEALTH = "salud"
    OTHER = "otro"


class AdjustmentKind(_Labelled):
    INDEX = "indice"
    PERCENTAGE = "porcentaje"


class Weekday(_Labelled):
    """Values match the criteria profiles' weekday names (``criteria.schema.WEEKDAYS``)."""

    MONDAY = "lunes"
    TUESDAY = "martes"
    WEDNESDAY = "miercoles"
    THURSDAY = "jueves"
    FRIDAY = "viernes"
    SATURDAY = "sabado"
    SUNDAY = "domingo"

    @property
    def position(self) -> int:
        """0 = Monday, as ``datetime.date.weekday()``."""
        return list(Weekday).index(self)


class VisitFrequency(_Labelled):
    EVERY_WEEK = "cada_semana"
    ALTERNATE_WEEKS = "semanas_alternas"


class Split(_Labelled):
    """How a holiday, the birthdays or the school vacations are shared."""

    WITH_VISITOR = "con_visitante"
    WITH_CARER = "con_custodio"
    ALTERNATE_YEARS = "anios_alternos"
    SHARED = "compartido"


class RemoteMeans(_Labelled):
    PHONE = "telefono"
    VIDEO = "videollamada"


class LivesWith(_Labelled):
    CLAIMANT = "solicitante"
    RESPONDENT = "citado"
    OTHER_PERSON = "otra_persona"


class Decider(_Labelled):
    BOTH = "ambos"
    CLAIMANT = "solicitante"
    RESPONDENT = "citado"


class Severity(_Labelled):
    ERROR = "error"
    WARNING = "advertencia"


_LABELS: dict[StrEnum, str] = {
    Party.CLAIMANT: "Parte solicitante",
    Party.RESPONDENT: "Parte citada",
    SupportBasis.NET_INCOME_SHARE: "Porcentaje del ingreso neto",
    SupportBasis.FIXED_SUM: "Monto fijo",
    Periodicity.WEEKLY: "Semanal",
    Periodicity.FORTNIGHTLY: "Quincenal",
    Periodicity.MONTHLY: "Mensual",
    PaymentMethod.CASH_AT_OFFICE: "En efectivo, en la oficina",
    PaymentMethod.BANK_DEPOSIT: "Depósito bancario",
    PaymentMethod.PAYROLL_DEDUCTION: "Deducción de planilla",
    InKindKind.SCHOOL_SUPPLIES: "Útiles escolares",
    InKindKind.CLOTHING: "Vestuario",
    InKindKind.HEALTH: "Salud",
    InKindKind.OTHER: "Otro",
    AdjustmentKind.INDEX: "Según un índice",
    AdjustmentKind.PERCENTAGE: "Porcentaje fijo",
    Weekday.MONDAY: "lunes",
    Weekday.TUESDAY: "martes",
    Weekday.WEDNESDAY: "miércoles",
    Weekday.THURSDAY: "jueves",
    Weekday.FRIDAY: "viernes",
    Weekday.SATURDAY: "sábado",
    Weekday.SUNDAY: "domingo",
    VisitFrequency.EVERY_WEEK: "Cada semana",
    VisitFrequency.ALTERNATE_WEEKS: "Semanas alternas",
    Split.WITH_VISITOR: "Con quien visita",
    Split.WITH_CARER: "Con quien tiene el cuido",
    Split.ALTERNATE_YEARS: "En años alternos",
    Split.SHARED: "Compartido",
    RemoteMeans.PHONE: "teléfono",
    RemoteMeans.VIDEO: "videollamada",
    LivesWith.CLAIMANT: "Parte solicitante",
    LivesWith.RESPONDENT: "Parte citada",
    LivesWith.OTHER_PERSON: "Otra persona",
    Decider.BOTH: "Ambos progenitores, de común acuerdo",
    Decider.CLAIMANT: "Parte solicitante",
    Decider.RESPONDENT: "Parte citada",
    Severity.ERROR: "Error",
    Severity.WARNING: "Advertencia",
}


class GuidelineKind(StrEnum):
    """The kind of child-support guideline a criteria profile sets (``pauta_alimentaria.tipo``)."""

    PORCENTAJE_INGRESO_NETO = "porcentaje_ingreso_neto"
    PISO_SALARIO_MINIMO = "piso_salario_minimo"
    LIBRE = "libre"
