"""The figures of the monthly summary: keys, the words people read, and what each counts.

Every figure is defined once here; the queries, the tables, the screen and the exports all
read these definitions, and the cover of every export prints them, so that a supervisor
knows exactly what «celebradas» or «mediana de días» means in the office's report.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from conciliador.domain.enums import Outcome


class Kind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    DAYS = "days"
    #: A share, as a fraction (0.25 is 25 %).
    PERCENT = "percent"


class Section(StrEnum):
    REQUESTS = "Solicitudes"
    HEARINGS = "Audiencias"
    OUTCOMES = "Resultados"
    SUPPORT = "Pensión alimenticia"
    TIMES = "Tiempos"
    FOLLOW_UP = "Citaciones, salvaguarda y excepciones"
    COMPLIANCE = "Cumplimiento de los acuerdos"


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    section: Section
    kind: Kind
    #: What is counted, in one sentence, for the cover of the exports.
    definition: str
    #: Short header for narrow table columns.
    short: str = ""
    currency: str | None = None

    @property
    def header(self) -> str:
        return self.short or self.label


def _count(key: str, label: str, section: Section, definition: str, short: str = "") -> Indicator:
    return Indicator(key, label, section, Kind.COUNT, definition, short)


REQUESTS = _count(
    "requests",
    "Solicitudes recibidas",
    Section.REQUESTS,
    "Solicitudes registradas con fecha de solicitud en el mes (calendario local de la oficina).",
    "Solicitudes",
)
CLAIMANT_F = _count(
    "claimant_f",
    "Solicitante mujer",
    Section.REQUESTS,
    "Solicitudes cuya parte solicitante es una mujer.",
    "Mujeres",
)
CLAIMANT_M = _count(
    "claimant_m",
    "Solicitante hombre",
    Section.REQUESTS,
    "Solicitudes cuya parte solicitante es un hombre.",
    "Hombres",
)
CLAIMANT_X = _count(
    "claimant_x",
    "Sexo de solicitante no indicado",
    Section.REQUESTS,
    "Solicitudes sin el sexo de la parte solicitante.",
    "Sin indicar",
)
MATTER_ALIMENTOS = _count(
    "matter_alimentos",
    "Materia: pensión alimenticia",
    Section.REQUESTS,
    "Solicitudes del mes "
    "que piden pensión alimenticia (una solicitud puede tener varias materias).",
    "Alimentos",
)
MATTER_VISITAS = _count(
    "matter_visitas",
    "Materia: régimen de comunicación y visitas",
    Section.REQUESTS,
    "Solicitudes del mes que piden régimen de comunicación y visitas.",
    "Visitas",
)
MATTER_CUIDO = _count(
    "matter_cuido",
    "Materia: cuido y crianza",
    Section.REQUESTS,
    "Solicitudes del mes que piden cuido y crianza.",
    "Cuido",
)
CHILDREN_REQUESTED = _count(
    "children_requested",
    "Niñas, niños y adolescentes en las solicitudes",
    Section.REQUESTS,
    "Hijas e hijos incluidos en las solicitudes del mes.",
    "NNA solicitudes",
)

HEARINGS_SCHEDULED = _count(
    "hearings_scheduled",
    "Audiencias programadas",
    Section.HEARINGS,
    "Audiencias con fecha en el mes, en cualquier estado salvo anuladas (registradas por error).",
    "Programadas",
)
HEARINGS_HELD = _count(
    "hearings_held",
    "Audiencias celebradas",
    Section.HEARINGS,
    "Audiencias del mes que se "
    "llevaron a cabo: concluidas, suspendidas para continuar otro día o en curso.",
    "Celebradas",
)
HEARINGS_SUSPENDED = _count(
    "hearings_suspended",
    "Audiencias suspendidas",
    Section.HEARINGS,
    "Audiencias del mes suspendidas o interrumpidas, que continúan en una nueva sesión.",
    "Suspendidas",
)
HEARINGS_RESCHEDULED = _count(
    "hearings_rescheduled",
    "Audiencias reprogramadas",
    Section.HEARINGS,
    "Audiencias que estaban fijadas en el mes y se movieron a otra fecha.",
    "Reprogramadas",
)
HEARINGS_NO_SHOW = _count(
    "hearings_no_show",
    "Audiencias con inasistencia",
    Section.HEARINGS,
    "Audiencias del mes a las que no asistió una o ambas partes.",
    "Inasistencia",
)
HEARINGS_CANCELLED = _count(
    "hearings_cancelled",
    "Audiencias canceladas",
    Section.HEARINGS,
    "Audiencias del mes canceladas con motivo clasificado.",
    "Canceladas",
)
HEARINGS_PENDING = _count(
    "hearings_pending",
    "Audiencias por celebrarse",
    Section.HEARINGS,
    "Audiencias del mes que siguen programadas (con o sin citación entregada).",
    "Pendientes",
)

CLOSED = _count(
    "closed",
    "Casos concluidos",
    Section.OUTCOMES,
    "Casos cerrados en el mes con un resultado, que determina el tipo de acta.",
    "Concluidos",
)
_OUTCOME_SHORT = {
    Outcome.ACUERDO_TOTAL: "Acuerdo total",
    Outcome.ACUERDO_PARCIAL: "Acuerdo parcial",
    Outcome.FALTA_DE_ACUERDO: "Sin acuerdo",
    Outcome.INASISTENCIA_CITADO: "Inasist. citado",
    Outcome.INASISTENCIA_SOLICITANTE: "Inasist. solicitante",
    Outcome.INASISTENCIA_AMBAS: "Inasist. ambas",
    Outcome.CONCLUSION_MOTIVADA: "Concl. motivada",
    Outcome.DOMICILIO_DESCONOCIDO: "Domicilio descon.",
    Outcome.NO_CONCILIABLE: "No conciliable",
    Outcome.DESISTIMIENTO: "Desistimiento",
}
OUTCOMES: dict[Outcome, Indicator] = {
    outcome: _count(
        f"outcome_{outcome.value}",
        f"Resultado: {outcome.label.lower()}",
        Section.OUTCOMES,
        f"Casos concluidos en el mes con resultado «{outcome.label.lower()}».",
        _OUTCOME_SHORT[outcome],
    )
    for outcome in Outcome
}
CHILDREN_COVERED = _count(
    "children_covered",
    "Niñas, niños y adolescentes cubiertos por acuerdos",
    Section.OUTCOMES,
    "Hijas e hijos de los casos concluidos en el mes con acuerdo total o parcial.",
    "NNA con acuerdo",
)

MEDIAN_FIRST_HEARING = Indicator(
    "median_days_first_hearing",
    "Mediana de días de la solicitud a la primera audiencia",
    Section.TIMES,
    Kind.DAYS,
    "Para los casos cuya primera audiencia celebrada cayó en el mes: días de calendario "
    "desde la fecha de solicitud; la mitad de los casos esperó eso o menos.",
    "Días a 1.ª audiencia",
)
MEDIAN_CLOSURE = Indicator(
    "median_days_closure",
    "Mediana de días de la solicitud al cierre",
    Section.TIMES,
    Kind.DAYS,
    "Para los casos concluidos en el mes: días de calendario desde la fecha de solicitud "
    "hasta el cierre.",
    "Días al cierre",
)

CITATIONS_DELIVERED = _count(
    "citations_delivered",
    "Citaciones entregadas",
    Section.FOLLOW_UP,
    "Citaciones cuya entrega a la parte se registró con fecha en el mes.",
    "Citaciones",
)
REQUESTS_FLAGGED = _count(
    "requests_flagged",
    "Solicitudes con tamizaje de violencia positivo",
    Section.FOLLOW_UP,
    "Solicitudes del mes en las que el tamizaje de salvaguarda mostró señales de violencia.",
    "Tamizaje positivo",
)
REFERRALS = _count(
    "referrals",
    "Derivaciones por salvaguarda",
    Section.FOLLOW_UP,
    "Casos derivados en el mes a una institución de la ruta de atención.",
    "Derivaciones",
)
OVERRIDES = _count(
    "overrides",
    "Excepciones autorizadas",
    Section.FOLLOW_UP,
    "Reglas de agenda o de la pauta "
    "dejadas de lado en el mes con autorización de supervisión y motivo escrito.",
    "Excepciones",
)


AGREEMENTS_FOLLOWED = _count(
    "agreements_followed",
    "Acuerdos en seguimiento",
    Section.COMPLIANCE,
    "Casos con un acta de acuerdo firmada que fija una pensión, vigente al último día del mes "
    "(cuenta para quien condujo la última audiencia del caso).",
    "En seguimiento",
)
AGREEMENTS_FULLY_PAID = _count(
    "agreements_fully_paid",
    "Acuerdos al día",
    Section.COMPLIANCE,
    "Acuerdos en seguimiento cuyo saldo al último día del mes es cero o a favor: lo pagado "
    "cubre todas las cuotas vencidas.",
    "Al día",
)
SHARE_FULLY_PAID = Indicator(
    "agreements_share_paid",
    "Porcentaje de acuerdos al día",
    Section.COMPLIANCE,
    Kind.PERCENT,
    "Acuerdos al día entre acuerdos en seguimiento.",
    "% al día",
)
AGREEMENTS_IN_ARREARS = _count(
    "agreements_in_arrears",
    "Acuerdos en mora",
    Section.COMPLIANCE,
    "Acuerdos en seguimiento con una cuota que sigue sin pagarse el plazo de la regla de "
    "morosidad del perfil (un mes) después de vencer.",
    "En mora",
)
ALERTS_RAISED = _count(
    "alerts_raised",
    "Alertas levantadas",
    Section.COMPLIANCE,
    "Alertas tempranas cuya fecha clave (el vencimiento de la cuota, el día de la audiencia, "
    "el plazo) cae en el mes, pendientes al cierre o ya descartadas. Solo para el mes del "
    "reporte: las alertas se calculan con los datos, no se guardan.",
    "Alertas levantadas",
)
ALERTS_RESOLVED = _count(
    "alerts_resolved",
    "Alertas resueltas",
    Section.COMPLIANCE,
    "Alertas descartadas en el mes con un motivo escrito (las que desaparecen porque se "
    "corrigió el hecho, p. ej. llegó el pago, no se cuentan aquí).",
    "Alertas resueltas",
)
MEDIAN_ALERT_RESOLUTION = Indicator(
    "median_days_alert_resolution",
    "Mediana de días hasta resolver una alerta",
    Section.COMPLIANCE,
    Kind.DAYS,
    "Para las alertas descartadas en el mes: días de calendario desde su fecha clave hasta el "
    "descarte.",
    "Días a resolver",
)


def arrears_indicator(currency: str, symbol: str) -> Indicator:
    """What the delinquent instalments owe at the month's end, in one currency."""
    return Indicator(
        f"arrears_total:{currency}",
        f"Monto en mora ({symbol})",
        Section.COMPLIANCE,
        Kind.MONEY,
        f"Lo que aún deben, al último día del mes, las cuotas en mora de los acuerdos en "
        f"{currency}.",
        f"En mora ({symbol})",
        currency,
    )


def support_indicators(currency: str, symbol: str) -> tuple[Indicator, Indicator, Indicator]:
    """Count, total and average of the monthly support agreed in one currency."""
    return (
        Indicator(
            f"support_count:{currency}",
            f"Acuerdos con pensión alimenticia ({currency})",
            Section.SUPPORT,
            Kind.COUNT,
            f"Acuerdos del mes que fijan una pensión mensual en {currency}.",
            f"Acuerdos con pensión ({currency})",
            currency,
        ),
        Indicator(
            f"support_total:{currency}",
            f"Pensión mensual acordada, total ({symbol})",
            Section.SUPPORT,
            Kind.MONEY,
            f"Suma de las pensiones mensuales acordadas en el mes, en {currency}.",
            f"Total mensual ({symbol})",
            currency,
        ),
        Indicator(
            f"support_average:{currency}",
            f"Pensión mensual acordada, promedio ({symbol})",
            Section.SUPPORT,
            Kind.MONEY,
            f"Total acordado dividido entre los acuerdos con pensión en {currency}.",
            f"Promedio mensual ({symbol})",
            currency,
        ),
    )


REQUEST_INDICATORS = (
    REQUESTS,
    CLAIMANT_F,
    CLAIMANT_M,
    CLAIMANT_X,
    MATTER_ALIMENTOS,
    MATTER_VISITAS,
    MATTER_CUIDO,
    CHILDREN_REQUESTED,
)
HEARING_INDICATORS = (
    HEARINGS_SCHEDULED,
    HEARINGS_HELD,
    HEARINGS_SUSPENDED,
    HEARINGS_RESCHEDULED,
    HEARINGS_NO_SHOW,
    HEARINGS_CANCELLED,
    HEARINGS_PENDING,
)
OUTCOME_INDICATORS = (CLOSED, *OUTCOMES.values(), CHILDREN_COVERED)
TIME_INDICATORS = (MEDIAN_FIRST_HEARING, MEDIAN_CLOSURE)
FOLLOW_UP_INDICATORS = (CITATIONS_DELIVERED, REQUESTS_FLAGGED, REFERRALS, OVERRIDES)
COMPLIANCE_INDICATORS = (
    AGREEMENTS_FOLLOWED,
    AGREEMENTS_FULLY_PAID,
    SHARE_FULLY_PAID,
    AGREEMENTS_IN_ARREARS,
)
ALERT_INDICATORS = (ALERTS_RAISED, ALERTS_RESOLVED, MEDIAN_ALERT_RESOLUTION)
#: Figures computed for the report's month only (the comparison months show «—»).
CURRENT_MONTH_ONLY = frozenset({ALERTS_RAISED.key})


def catalogue(currencies: list[tuple[str, str]]) -> list[Indicator]:
    """Every figure, in report order; the support figures once per (currency, symbol)."""
    support = [ind for code, symbol in currencies for ind in support_indicators(code, symbol)]
    arrears = [arrears_indicator(code, symbol) for code, symbol in currencies]
    return [
        *REQUEST_INDICATORS,
        *HEARING_INDICATORS,
        *OUTCOME_INDICATORS,
        *support,
        *TIME_INDICATORS,
        *FOLLOW_UP_INDICATORS,
        *COMPLIANCE_INDICATORS,
        *arrears,
        *ALERT_INDICATORS,
    ]
