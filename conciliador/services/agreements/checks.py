"""The agreement checked against the office's criteria profile.

Each finding names the field as the agreement editor labels it and says in plain Spanish what
is wrong. Errors block issuing the acta (mandatory data missing, amounts of zero or less, a
first payment before the hearing, a schedule that overlaps itself, a child without a care
clause, an officer without a recorded legal capacity …); warnings inform (below the guideline
with a written reason, no adjustment clause where the profile recommends one …).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    LivesWith,
    PaymentMethod,
    Periodicity,
    Severity,
    Split,
    SupportBasis,
    VisitFrequency,
    Weekday,
)
from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements import phrases as ph
from conciliador.services.agreements.context import AgreementContext
from conciliador.services.agreements.guideline import GuidelineWorking
from conciliador.services.agreements.money import monthly_equivalent
from conciliador.services.agreements.schedule import duration, overlapping_pairs
from conciliador.services.agreements.terms import (
    AgreementTerms,
    Care,
    HolidayRule,
    SplitRule,
    Support,
    Visitation,
    VisitBlock,
)
from conciliador.services.errors import FieldId
from conciliador.services.fields import (
    ActaFields,
    AgreementFields,
    SupportFields,
    VisitFields,
    care_child,
    care_other_person,
    care_residence,
    matter_field,
    support_child,
    support_child_amount,
    support_in_kind,
    visit_block,
    visit_condition,
    visit_holiday,
)

AGREEMENT_OUTCOMES = frozenset({Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL})


class Departure(StrEnum):
    """The finding codes of an agreement below the guideline: with a written reason (a
    warning, recorded as an override when stored) or still without one (an error)."""

    DEBAJO_PAUTA = "debajo_pauta"
    DEBAJO_PAUTA_SIN_MOTIVO = "debajo_pauta_sin_motivo"
    AGUINALDO_DEBAJO = "aguinaldo_debajo"
    AGUINALDO_DEBAJO_SIN_MOTIVO = "aguinaldo_debajo_sin_motivo"


#: Findings that ask for (or carry) the reason to depart from the guideline.
DEPARTURE_CODES: frozenset[str] = frozenset(Departure)
#: Departures stored with their reason: each is recorded as an override.
RECORDED_DEPARTURES: frozenset[str] = frozenset(
    {Departure.DEBAJO_PAUTA, Departure.AGUINALDO_DEBAJO}
)


@dataclass(frozen=True)
class Finding:
    """One problem: ``field`` as the screen names it, ``message`` in plain Spanish, and a
    stable ``code`` for screens that jump to the field (and for tests)."""

    severity: Severity
    field: FieldId
    message: str
    code: str

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR

    def __str__(self) -> str:
        return f"{self.severity.label} — {self.field}: {self.message}"


class _Findings:
    def __init__(self, ctx: AgreementContext) -> None:
        self.ctx = ctx
        self.items: list[Finding] = []

    def error(self, field: FieldId, message: str, code: str) -> None:
        self.items.append(Finding(Severity.ERROR, field, message, code))

    def warning(self, field: FieldId, message: str, code: str) -> None:
        self.items.append(Finding(Severity.ADVERTENCIA, field, message, code))

    def money(self, amount: Decimal) -> str:
        return ph.money(amount, self.ctx.currency, self.ctx.locale)

    def date(self, day: dt.date) -> str:
        return ph.date_text(day, self.ctx.locale)

    def not_before_hearing(self, day: dt.date | None, field: FieldId, code: str) -> None:
        hearing = self.ctx.hearing_date
        if day is not None and hearing is not None and day < hearing:
            self.error(field, f"es anterior a la audiencia ({self.date(hearing)})", code)


def check(
    ctx: AgreementContext,
    outcome: Outcome,
    pending: tuple[Matter, ...],
    terms: AgreementTerms,
    departure_reason: str,
    guideline: GuidelineWorking | None,
    *,
    notes: str = "",
) -> tuple[Finding, ...]:
    """Every finding for this draft, errors first, in the order of the editor's tabs."""
    f = _Findings(ctx)
    _officer(f)
    _hearing_record(f)
    _stated_cause(f, outcome, notes)
    _office_place(f)
    if outcome not in AGREEMENT_OUTCOMES:
        if not terms.is_empty:
            f.error(
                AgreementFields.OUTCOME,
                f"un resultado «{outcome.label}» no lleva cláusulas de acuerdo",
                "clausulas_sin_acuerdo",
            )
        return _ordered(f.items)
    agreed = _matters(f, outcome, pending, terms)
    _safeguarding(f, agreed, terms)
    if terms.support is not None and Matter.ALIMENTOS in agreed:
        _support(f, terms.support, departure_reason, guideline)
    if terms.visitation is not None and Matter.VISITAS in agreed:
        _visitation(f, terms.visitation, terms.care)
    if terms.care is not None and Matter.CUIDO in agreed:
        _care(f, terms.care)
    return _ordered(f.items)


def _ordered(items: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(items, key=lambda x: 0 if x.is_error else 1))


# ------------------------------------------------------------------------------ whole agreement
def _officer(f: _Findings) -> None:
    officer = f.ctx.officer
    missing = []
    if officer is None or not officer.post.strip():
        missing.append("el cargo")
    if officer is None or not officer.legal_capacity.strip():
        missing.append("el instrumento que le delega la capacidad de conciliar")
    registry = f.ctx.profile.actas.officer_registry
    if registry is not None and (officer is None or not officer.registry_number.strip()):
        missing.append(registry.missing)
    if missing:
        who = f" de {officer.name}" if officer else ""
        f.error(
            AgreementFields.OFFICER,
            f"no constan {ph.join(missing)}{who}; sin ellos el acta no es ejecutable"
            " (regístrelos en Administración → Usuarios)",
            "capacidad_conciliador",
        )


#: Outcomes whose acta says the cause «consta en las observaciones de esta acta».
CAUSE_OUTCOMES = {
    Outcome.CONCLUSION_MOTIVADA: "la causa de la conclusión",
    Outcome.DESISTIMIENTO: "el motivo del desistimiento",
    Outcome.DOMICILIO_DESCONOCIDO: "cómo se intentó localizar a la parte citada",
    Outcome.NO_CONCILIABLE: "por qué el asunto no es conciliable",
}


def _stated_cause(f: _Findings, outcome: Outcome, notes: str) -> None:
    """The acta of these outcomes refers to its cause: without it, it would refer to nothing."""
    what = CAUSE_OUTCOMES.get(outcome)
    if what is not None and not notes.strip():
        f.error(
            AgreementFields.NOTES,
            f"escriba {what}: el acta de «{outcome.label}» la expone en sus observaciones",
            "causa_sin_observaciones",
        )


def _hearing_record(f: _Findings) -> None:
    """An acta of a held hearing states when it really started and ended."""
    ctx = f.ctx
    if ctx.hearing_held and (ctx.started_at is None or ctx.concluded_at is None):
        f.error(
            AgreementFields.HEARING_TIMES,
            "no constan la hora real de inicio y de conclusión de la audiencia; regístrelas "
            "en la agenda («Corregir las horas reales…») antes de emitir el acta",
            "horas_sin_registrar",
        )


def _office_place(f: _Findings) -> None:
    if not f.ctx.office_municipality.strip():
        f.error(
            ActaFields.OFFICE_PLACE,
            f"no consta el municipio de {f.ctx.office_name}, que el acta nombra («En …, a "
            "los …»); regístrelo con «conciliador office place»",
            "lugar_oficina",
        )


def _matters(
    f: _Findings, outcome: Outcome, pending: tuple[Matter, ...], terms: AgreementTerms
) -> list[Matter]:
    requested = list(f.ctx.matters)
    if outcome == Outcome.ACUERDO_PARCIAL and not pending:
        f.error(
            AgreementFields.PENDING_MATTERS,
            "un acuerdo parcial debe indicar qué materias quedan pendientes",
            "parcial_sin_pendientes",
        )
    agreed = [m for m in requested if m not in pending]
    for matter in agreed:
        if terms.for_matter(matter) is None:
            f.error(matter_field(matter), "falta registrar lo acordado", "materia_sin_clausulas")
    for matter in terms.matters:
        if matter in pending:
            f.error(
                matter_field(matter),
                "está marcada como pendiente: quite sus cláusulas o la marca de pendiente",
                "materia_pendiente_con_clausulas",
            )
        elif matter not in requested:
            f.error(
                matter_field(matter),
                "no es una materia de la solicitud: agréguela al caso o quite estas cláusulas",
                "materia_no_solicitada",
            )
    return agreed


def _safeguarding(f: _Findings, agreed: list[Matter], terms: AgreementTerms) -> None:
    sg = f.ctx.safeguarding
    if not sg.flagged:
        return
    blocked = [m for m in agreed if m in sg.blocked_matters]
    if blocked:
        if sg.override_reasons:
            f.warning(
                AgreementFields.SAFEGUARDING,
                "el tamizaje indicó violencia; la audiencia conjunta la autorizó un supervisor"
                f" («{sg.override_reasons[-1]}»)",
                "salvaguarda_autorizada",
            )
        else:
            f.error(
                AgreementFields.SAFEGUARDING,
                "el tamizaje indicó violencia y no consta la autorización de un supervisor para"
                f" una audiencia conjunta sobre {ph.join([m.label.lower() for m in blocked])}",
                "salvaguarda_sin_autorizacion",
            )
    if not sg.referrals:
        f.warning(
            AgreementFields.SAFEGUARDING,
            "el tamizaje indicó violencia y no consta la derivación a la ruta de atención",
            "salvaguarda_sin_derivacion",
        )
    v = terms.visitation
    if v is not None and Matter.VISITAS in agreed and v.supervision is None:
        f.warning(
            VisitFields.SUPERVISION,
            "el tamizaje indicó violencia: considere visitas supervisadas",
            "visitas_sin_supervision",
        )


# ------------------------------------------------------------------------------ child support
def _support(f: _Findings, s: Support, reason: str, guideline: GuidelineWorking | None) -> None:
    ctx = f.ctx
    if s.currency != ctx.currency:
        f.error(
            SupportFields.CURRENCY,
            f"debe ser {ctx.currency} ({ctx.profile.regional.currency_name}), la de la oficina",
            "moneda",
        )
    if not s.children:
        f.error(
            SupportFields.CHILDREN,
            "indique a favor de qué hijas e hijos se fija la pensión",
            "pension_sin_hijos",
        )
    for uid, n in Counter(c.child for c in s.children).items():
        if n > 1:
            f.error(
                support_child(uid, ctx.child_name(uid)),
                "aparece más de una vez",
                "pension_hijo_repetido",
            )
    for child in s.children:
        if child.amount <= 0:
            f.error(
                support_child_amount(child.child, ctx.child_name(child.child)),
                "debe ser mayor que cero",
                "monto_no_positivo",
            )
    _income(f, s)
    _due(f, s)
    if s.first_payment is None:
        f.error(
            SupportFields.FIRST_PAYMENT, "indique la fecha del primer pago", "falta_primer_pago"
        )
    f.not_before_hearing(s.first_payment, SupportFields.FIRST_PAYMENT, "primer_pago_anterior")
    _payment(f, s)
    if s.thirteenth_month_share is not None and s.thirteenth_month_share <= 0:
        f.error(
            SupportFields.SHARE_13TH,
            "el porcentaje debe ser mayor que cero",
            "aguinaldo_cero",
        )
    for i, item in enumerate(s.in_kind, start=1):
        where = support_in_kind(i, item.kind.label.lower())
        if not item.description:
            f.error(where, "describa qué se entrega", "especie_sin_descripcion")
        if item.estimated_value is not None and item.estimated_value <= 0:
            f.error(where, "el valor estimado debe ser mayor que cero", "especie_valor")
    _arrears(f, s)
    _adjustment(f, s)
    if guideline is not None:
        _against_guideline(f, s, reason, guideline)


def _income(f: _Findings, s: Support) -> None:
    field = SupportFields.INCOME
    income = s.income
    if s.basis == SupportBasis.PORCENTAJE_INGRESO:
        if s.percentage is None or s.percentage <= 0:
            f.error(
                SupportFields.PERCENTAGE,
                "indique el porcentaje del ingreso neto acordado",
                "falta_porcentaje",
            )
        if income is None:
            f.error(
                field,
                "una pensión por porcentaje necesita el ingreso y sus deducciones",
                "faltan_ingresos",
            )
    if income is None:
        return
    if income.gross <= 0:
        f.error(field, "el ingreso bruto debe ser mayor que cero", "ingreso_no_positivo")
    if income.social_security < 0 or income.income_tax < 0:
        f.error(field, "las deducciones no pueden ser negativas", "deduccion_negativa")
    elif income.gross > 0 and income.deductions >= income.gross:
        f.error(
            field,
            f"las deducciones ({f.money(income.deductions)}) igualan o superan el ingreso bruto"
            f" ({f.money(income.gross)})",
            "deducciones_superan_ingreso",
        )
    if income.thirteenth_month is not None and income.thirteenth_month <= 0:
        f.error(field, "el décimo tercer mes debe ser mayor que cero", "aguinaldo_ingreso")
    # Net income is declared, never assumed: the deductions of law, or that there are none.
    if income.no_deductions and income.deductions > 0:
        f.error(
            SupportFields.DEDUCTIONS,
            "marcó que el ingreso no tiene deducciones, pero registró deducciones: corrija una"
            " de las dos",
            "deducciones_contradictorias",
        )
    elif not income.no_deductions and income.deductions == 0:
        f.error(
            SupportFields.DEDUCTIONS,
            "declare las deducciones de ley (seguridad social, impuesto sobre la renta) o marque"
            " que el ingreso no tiene deducciones: sin ello el ingreso bruto no es el neto",
            "deducciones_no_declaradas",
        )
    if not income.source.strip():
        f.error(
            SupportFields.SOURCE,
            "indique los documentos vistos (colilla de pago, constancia salarial, declaración…)",
            "falta_fuente_ingreso",
        )


def _due(f: _Findings, s: Support) -> None:
    field = SupportFields.DUE_DAY
    if s.periodicity == Periodicity.SEMANAL:
        if s.due_weekday is None:
            f.error(field, "indique qué día de la semana se paga", "falta_dia_pago")
        return
    wanted = 2 if s.periodicity == Periodicity.QUINCENAL else 1
    if len(s.due_days) != wanted or len(set(s.due_days)) != wanted:
        f.error(
            field,
            "indique el día del mes en que se paga"
            if wanted == 1
            else "indique los dos días del mes en que se paga (por ejemplo 15 y 30)",
            "falta_dia_pago",
        )


def _payment(f: _Findings, s: Support) -> None:
    field = SupportFields.PAYMENT_METHOD
    p = s.payment
    if p is None:
        f.error(field, "indique dónde y cómo se paga", "falta_forma_pago")
    elif p.method == PaymentMethod.DEPOSITO_BANCARIO and not (p.bank and p.account):
        f.error(
            field, "un depósito bancario necesita el banco y el número de cuenta", "falta_cuenta"
        )
    elif p.method == PaymentMethod.DEDUCCION_PLANILLA and not p.employer:
        f.error(field, "indique el empleador que hará la deducción de planilla", "falta_empleador")


def _arrears(f: _Findings, s: Support) -> None:
    a = s.arrears
    if a is None:
        return
    field = SupportFields.ARREARS
    if a.total <= 0:
        f.error(field, "el monto adeudado debe ser mayor que cero", "atrasos_no_positivos")
    if a.first_due is None:
        f.error(field, "indique la fecha de la primera cuota", "falta_primera_cuota")
    f.not_before_hearing(a.first_due, SupportFields.ARREARS_FIRST_DUE, "primera_cuota_anterior")


def _adjustment(f: _Findings, s: Support) -> None:
    g = f.ctx.profile.guideline
    adj = s.adjustment
    field = SupportFields.ADJUSTMENT
    if adj is None:
        index = g.adjustment_index or ""
        if g.adjustment == "obligatorio":
            f.error(
                field,
                f"el perfil exige una cláusula de reajuste anual ({index})",
                "falta_reajuste",
            )
        elif g.adjustment == "recomendado":
            f.warning(
                field,
                f"no hay cláusula de reajuste; el perfil la recomienda ({index})",
                "sin_reajuste",
            )
        return
    if adj.kind == AdjustmentKind.INDICE and not adj.index:
        f.error(field, "indique el índice según el cual se reajusta", "falta_indice")
    if adj.kind == AdjustmentKind.PORCENTAJE and (adj.percentage is None or adj.percentage <= 0):
        f.error(
            field, "el porcentaje de reajuste debe ser mayor que cero", "falta_porcentaje_reajuste"
        )
    if adj.first_date is None:
        f.error(field, "indique la fecha del primer reajuste", "falta_fecha_reajuste")
    elif f.ctx.hearing_date is not None and adj.first_date <= f.ctx.hearing_date:
        f.error(
            field,
            f"la fecha del primer reajuste debe ser posterior a la audiencia"
            f" ({f.date(f.ctx.hearing_date)})",
            "reajuste_anterior",
        )


def _against_guideline(f: _Findings, s: Support, reason: str, g: GuidelineWorking) -> None:
    ctx = f.ctx
    field = SupportFields.AMOUNT
    agreed = s.total
    expected = g.per_period(s.periodicity)
    period = s.periodicity.label.lower()
    if expected is not None and 0 < agreed < expected:
        what = "del piso de la pauta" if g.is_floor else "de la pauta"
        text = f"{f.money(agreed)} ({period}) está por debajo {what}, {f.money(expected)}"
        if reason:
            f.warning(field, f"{text}; motivo registrado: «{reason}»", Departure.DEBAJO_PAUTA)
        else:
            f.error(
                field,
                f"{text}: escriba el motivo para apartarse de la pauta",
                Departure.DEBAJO_PAUTA_SIN_MOTIVO,
            )
    if g.cap is not None and agreed > 0:
        monthly = monthly_equivalent(agreed, s.periodicity, ctx.currency)
        if monthly > g.cap:
            cap_share = ctx.profile.guideline.cap_share or Decimal(0)
            f.warning(
                field,
                f"{f.money(monthly)} al mes supera el tope del"
                f" {ph.percent(cap_share, ctx.locale)} del ingreso neto ({f.money(g.cap)})",
                "sobre_tope",
            )
    if g.share is not None and ctx.profile.guideline.includes_13th_month and g.thirteenth_month:
        share = s.thirteenth_month_share
        field13 = SupportFields.SHARE_13TH
        if share is None:
            f.warning(
                field13,
                f"la pauta incluye el {ph.percent(g.share, ctx.locale)} del décimo tercer mes"
                f" ({f.money(g.thirteenth_month)}) y el acuerdo no lo menciona",
                "sin_aguinaldo",
            )
        elif 0 < share < g.share:
            text = (
                f"el {ph.percent(share, ctx.locale)} está por debajo del"
                f" {ph.percent(g.share, ctx.locale)} de la pauta"
            )
            if reason:
                f.warning(
                    field13, f"{text}; motivo registrado: «{reason}»", Departure.AGUINALDO_DEBAJO
                )
            else:
                f.error(
                    field13,
                    f"{text}: escriba el motivo para apartarse de la pauta",
                    Departure.AGUINALDO_DEBAJO_SIN_MOTIVO,
                )


# ------------------------------------------------------------------------------ visitation
def _visitation(f: _Findings, v: Visitation, care: Care | None) -> None:
    ctx = f.ctx
    if not v.children:
        f.error(VisitFields.CHILDREN, "indique con qué hijas e hijos", "visitas_sin_hijos")
    if not v.schedule:
        f.error(
            VisitFields.SCHEDULE,
            "indique al menos un día y horario de visitas",
            "visitas_sin_horario",
        )
    for i, block in enumerate(v.schedule, start=1):
        where = visit_block(i)
        if duration(block) == 0:
            f.error(
                where, "la hora «hasta» debe ser posterior a la hora «desde»", "bloque_invertido"
            )
        if block.frequency == VisitFrequency.SEMANAS_ALTERNAS:
            if block.first_date is None:
                f.error(
                    where,
                    "en semanas alternas indique la primera fecha, para saber qué semanas son",
                    "falta_primera_fecha",
                )
            elif block.first_date.weekday() != block.from_day.position:
                f.error(
                    where,
                    f"el {f.date(block.first_date)} es {_weekday(block.first_date)},"
                    f" no {block.from_day.label}",
                    "primera_fecha_otro_dia",
                )
    for i, j in overlapping_pairs(v.schedule):
        f.error(
            visit_block(j + 1),
            f"se superpone con el bloque {i + 1} ({_block_text(f, v.schedule[i])})",
            "horario_superpuesto",
        )
    for value, where_missing, code in (
        (v.pickup_place, VisitFields.PICKUP_PLACE, "falta_lugar_entrega"),
        (v.pickup_person, VisitFields.PICKUP_PERSON, "falta_persona_entrega"),
        (v.return_place, VisitFields.RETURN_PLACE, "falta_lugar_devolucion"),
        (v.return_person, VisitFields.RETURN_PERSON, "falta_persona_devolucion"),
    ):
        if not value:
            f.error(where_missing, "es obligatorio", code)
    for i, h in enumerate(v.holidays, start=1):
        where = visit_holiday(i)
        if not h.occasion:
            f.error(where, "indique la ocasión (por ejemplo «Navidad»)", "feriado_sin_ocasion")
        _split_rule(f, h, where)
    if v.birthdays is not None:
        _split_rule(f, v.birthdays, VisitFields.BIRTHDAYS)
    if v.vacations is not None:
        _split_rule(f, v.vacations, VisitFields.VACATIONS)
    if v.remote is not None:
        where = VisitFields.REMOTE
        if not v.remote.means:
            f.error(where, "indique por qué medio (teléfono o videollamada)", "contacto_sin_medio")
        r = v.remote
        if (r.from_time is None) != (r.to_time is None):
            f.error(where, "indique la hora «desde» y la hora «hasta»", "contacto_hora")
        elif r.from_time is not None and r.to_time is not None and r.to_time <= r.from_time:
            f.error(where, "la hora «hasta» debe ser posterior a la hora «desde»", "contacto_hora")
    if v.supervision is not None:
        where = VisitFields.SUPERVISION
        if not v.supervision.supervisor:
            f.error(where, "indique quién supervisa las visitas", "falta_supervisor")
        if not v.supervision.place:
            f.error(
                where,
                "indique dónde se realizan las visitas supervisadas",
                "falta_lugar_supervision",
            )
    for i, text in enumerate(v.restrictions, start=1):
        if not text:
            f.error(visit_condition(i), "está vacía", "condicion_vacia")
    if care is not None:
        living = {a.child for a in care.children if a.lives_with.value == v.visitor.value}
        if living & set(v.children):
            names = ph.join([ctx.child_name(u) for u in v.children if u in living])
            f.warning(
                VisitFields.VISITOR,
                f"{ctx.party(v.visitor).full_name} es quien tiene el cuido de {names}",
                "visitante_con_cuido",
            )


def _split_rule(f: _Findings, rule: SplitRule | HolidayRule, where: FieldId) -> None:
    if rule.split == Split.ANIOS_ALTERNOS and rule.visitor_first_year is None:
        f.error(
            where,
            "en años alternos indique en qué año empieza quien visita",
            "falta_anio_alterno",
        )


def _weekday(day: dt.date) -> str:
    return list(Weekday)[day.weekday()].label


def _block_text(f: _Findings, b: VisitBlock) -> str:
    t1 = ph.time_text(b.from_time, f.ctx.locale)
    t2 = ph.time_text(b.to_time, f.ctx.locale)
    if b.from_day == b.to_day:
        return f"{b.from_day.label} de {t1} a {t2}"
    return f"{b.from_day.label} {t1} a {b.to_day.label} {t2}"


# ------------------------------------------------------------------------------ care
def _care(f: _Findings, c: Care) -> None:
    ctx = f.ctx
    arranged = Counter(a.child for a in c.children)
    for child in ctx.children:
        if arranged[child.uid] == 0:
            f.error(
                care_child(child.uid, child.full_name),
                "falta indicar con quién vivirá y quién decide sobre su educación y salud",
                "hijo_sin_cuido",
            )
        elif arranged[child.uid] > 1:
            f.error(
                care_child(child.uid, child.full_name), "aparece más de una vez", "cuido_repetido"
            )
    for a in c.children:
        name = ctx.child_name(a.child)
        if not a.residence:
            f.error(care_residence(a.child, name), "indique la residencia", "falta_residencia")
        if a.lives_with == LivesWith.OTRA_PERSONA and not (a.other_person and a.relationship):
            f.error(
                care_other_person(a.child, name),
                "indique el nombre y el parentesco de la persona con quien vivirá",
                "falta_otra_persona",
            )
