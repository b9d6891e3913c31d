"""The closed vocabularies of acompañamiento: what a family reports and which alerts exist.

Each member's value is a stable Spanish code (stored, and carried by the interchange format);
``label`` is what a person reads.
"""

from __future__ import annotations

from enum import StrEnum


class IncidentKind(StrEnum):
    VISITA_NO_REALIZADA = "visita_no_realizada"
    PAGO_TARDIO = "pago_tardio"
    CAMBIO_DOMICILIO = "cambio_domicilio"
    CAMBIO_INGRESOS = "cambio_ingresos"
    OTRO = "otro"

    @property
    def label(self) -> str:
        return _INCIDENT_LABELS[self]


_INCIDENT_LABELS = {
    IncidentKind.VISITA_NO_REALIZADA: "Visita no realizada",
    IncidentKind.PAGO_TARDIO: "Pago tardío",
    IncidentKind.CAMBIO_DOMICILIO: "Cambio de domicilio",
    IncidentKind.CAMBIO_INGRESOS: "Cambio de ingresos",
    IncidentKind.OTRO: "Otra incidencia",
}

#: Incidents that say an agreement was not kept (a change of address or income is news, not a
#: breach, and does not count towards «incidentes repetidos»).
BREACHES = frozenset(
    {IncidentKind.VISITA_NO_REALIZADA, IncidentKind.PAGO_TARDIO, IncidentKind.OTRO}
)


class AlertKind(StrEnum):
    """One per rule of the profile's ``[alertas]``; the value is the rule's key there."""

    MOROSIDAD = "morosidad"
    PLAZO_PROCEDIMIENTO = "plazo_procedimiento"
    CITACION_SIN_ENTREGAR = "citacion_sin_entregar"
    ACTA_SIN_FIRMAR = "acta_sin_firmar"
    MATERIAS_PENDIENTES = "materias_pendientes"
    REAJUSTE_ANUAL = "reajuste_anual"
    INCIDENTES_REPETIDOS = "incidentes_repetidos"
    SALVAGUARDA_EXCEPCION = "salvaguarda_excepcion"

    @property
    def label(self) -> str:
        return _ALERT_LABELS[self]


_ALERT_LABELS = {
    AlertKind.MOROSIDAD: "Pensión en mora",
    AlertKind.PLAZO_PROCEDIMIENTO: "Procedimiento fuera de plazo",
    AlertKind.CITACION_SIN_ENTREGAR: "Citación sin entregar",
    AlertKind.ACTA_SIN_FIRMAR: "Acta emitida sin firmar",
    AlertKind.MATERIAS_PENDIENTES: "Materias pendientes sin audiencia",
    AlertKind.REAJUSTE_ANUAL: "Reajuste anual este mes",
    AlertKind.INCIDENTES_REPETIDOS: "Incidencias repetidas",
    AlertKind.SALVAGUARDA_EXCEPCION: "Audiencia conjunta con tamizaje positivo",
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
