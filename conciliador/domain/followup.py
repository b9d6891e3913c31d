"""The closed vocabularies of acompañamiento: what a family reports and which alerts exist.

Each member's value is a stable Spanish code (stored, and carried by the interchange format);
``label`` is what a person reads.
"""

from __future__ import annotations

from enum import StrEnum


class IncidentKind(StrEnum):
    VISIT_NOT_HELD = "visita_no_realizada"
    LATE_PAYMENT = "pago_tardio"
    ADDRESS_CHANGE = "cambio_domicilio"
    INCOME_CHANGE = "cambio_ingresos"
    OTHER = "otro"

    @property
    def label(self) -> str:
        return _INCIDENT_LABELS[self]


_INCIDENT_LABELS = {
    IncidentKind.VISIT_NOT_HELD: "Visita no realizada",
    IncidentKind.LATE_PAYMENT: "Pago tardío",
    IncidentKind.ADDRESS_CHANGE: "Cambio de domicilio",
    IncidentKind.INCOME_CHANGE: "Cambio de ingresos",
    IncidentKind.OTHER: "Otra incidencia",
}

#: Incidents that say an agreement was not kept (a change of address or income is news, not a
#: breach, and does not count towards «incidentes repetidos»).
BREACHES = frozenset({IncidentKind.VISIT_NOT_HELD, IncidentKind.LATE_PAYMENT, IncidentKind.OTHER})


class AlertKind(StrEnum):
    """One per rule of the profile's ``[alertas]``; the value is the rule's key there."""

    DELINQUENCY = "morosidad"
    PROCEDURE_OVERDUE = "plazo_procedimiento"
    UNDELIVERED_CITATION = "citacion_sin_entregar"
    UNSIGNED_ACTA = "acta_sin_firmar"
    PENDING_MATTERS = "materias_pendientes"
    YEARLY_ADJUSTMENT = "reajuste_anual"
    REPEATED_INCIDENTS = "incidentes_repetidos"
    SAFEGUARDING_OVERRIDE = "salvaguarda_excepcion"

    @property
    def label(self) -> str:
        return _ALERT_LABELS[self]


_ALERT_LABELS = {
    AlertKind.DELINQUENCY: "Pensión en mora",
    AlertKind.PROCEDURE_OVERDUE: "Procedimiento fuera de plazo",
    AlertKind.UNDELIVERED_CITATION: "Citación sin entregar",
    AlertKind.UNSIGNED_ACTA: "Acta emitida sin firmar",
    AlertKind.PENDING_MATTERS: "Materias pendientes sin audiencia",
    AlertKind.YEARLY_ADJUSTMENT: "Reajuste anual este mes",
    AlertKind.REPEATED_INCIDENTS: "Incidencias repetidas",
    AlertKind.SAFEGUARDING_OVERRIDE: "Audiencia conjunta con tamizaje positivo",
}


class HearingPurpose(StrEnum):
    """Why a hearing is held: to conciliate (the procedure, until the case concludes), or to
    follow a signed agreement (a follow-up hearing on the concluded case, which can reach a
    new agreement that supersedes the schedule from its own date)."""

    CONCILIACION = "conciliacion"
    SEGUIMIENTO = "seguimiento"

    @property
    def label(self) -> str:
        return _PURPOSE_LABELS[self]


_PURPOSE_LABELS = {
    HearingPurpose.CONCILIACION: "Audiencia de conciliación",
    HearingPurpose.SEGUIMIENTO: "Audiencia de seguimiento",
}
