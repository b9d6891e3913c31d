"""Each finding an agreement can have, with its field and its exact words.

Errors block issuing the acta; warnings inform. Built on a complete agreement that has no
finding at all, changing one thing at a time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal as D

import pytest

from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    LivesWith,
    Party,
    PaymentMethod,
    Periodicity,
    Severity,
    Split,
    SupportBasis,
    VisitFrequency,
    Weekday,
)
from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements import AgreementContext, Draft, evaluate
from conciliador.services.agreements.context import OfficerInfo
from conciliador.services.agreements.terms import (
    Adjustment,
    AgreementTerms,
    Arrears,
    CareArrangement,
    ChildAmount,
    HolidayRule,
    Income,
    InKind,
    Payment,
    RemoteContact,
    SplitRule,
    Supervision,
    VisitBlock,
)
from tests.support.agreements import CHILD_UIDS, care, pure_context, support, visitation

ANA, PEDRO = "Ana López Ruiz", "Pedro López Ruiz"
S, V, C = "Pensión alimenticia", "Régimen de comunicación y visitas", "Cuido y crianza"
Change = Callable[[AgreementContext, AgreementTerms], tuple[AgreementContext, Draft]]


def terms_of(ctx: AgreementContext) -> AgreementTerms:
    return AgreementTerms(support=support(ctx), visitation=visitation(ctx), care=care(ctx))


def total(terms: AgreementTerms) -> Draft:
    return Draft(Outcome.ACUERDO_TOTAL, terms)


def on_support(**changes: object) -> Change:
    def change(ctx: AgreementContext, terms: AgreementTerms) -> tuple[AgreementContext, Draft]:
        assert terms.support is not None
        return ctx, total(
            terms.model_copy(update={"support": terms.support.model_copy(update=changes)})
        )

    return change


def on_visits(**changes: object) -> Change:
    def change(ctx: AgreementContext, terms: AgreementTerms) -> tuple[AgreementContext, Draft]:
        assert terms.visitation is not None
        return ctx, total(
            terms.model_copy(update={"visitation": terms.visitation.model_copy(update=changes)})
        )

    return change


def on_terms(**changes: object) -> Change:
    return lambda ctx, terms: (ctx, total(terms.model_copy(update=changes)))


def on_context(**changes: object) -> Change:
    return lambda ctx, terms: (dataclasses.replace(ctx, **changes), total(terms))


def flagged(*overrides: str) -> Change:
    return lambda ctx, terms: (pure_context(2, flagged=True, overrides=overrides), total(terms))


def fixed(amount: str, **more: object) -> Change:
    """Support as a fixed sum of ``amount`` per child."""

    def change(ctx: AgreementContext, terms: AgreementTerms) -> tuple[AgreementContext, Draft]:
        kids = tuple(ChildAmount(child=c.uid, amount=D(amount)) for c in ctx.children)
        changes = {"basis": SupportBasis.MONTO_FIJO, "percentage": None, "children": kids, **more}
        return on_support(**changes)(ctx, terms)

    return change


def with_reason(change: Change, reason: str) -> Change:
    def wrapped(ctx: AgreementContext, terms: AgreementTerms) -> tuple[AgreementContext, Draft]:
        ctx, draft = change(ctx, terms)
        return ctx, dataclasses.replace(draft, departure_reason=reason)

    return wrapped


def block(**fields: object) -> VisitBlock:
    base: dict[str, object] = {
        "from_day": Weekday.MIERCOLES,
        "from_time": dt.time(15),
        "to_day": Weekday.MIERCOLES,
        "to_time": dt.time(18),
    }
    return VisitBlock(**{**base, **fields})


WEEKEND = block(
    frequency=VisitFrequency.SEMANAS_ALTERNAS,
    from_day=Weekday.SABADO,
    from_time=dt.time(9),
    to_day=Weekday.DOMINGO,
    to_time=dt.time(17),
    first_date=dt.date(2026, 11, 28),
)

CASES: list[tuple[str, Change, Severity, str, str, str]] = [
    # ---------------------------------------------------------------- whole agreement
    (
        "officer without capacity",
        on_context(officer=OfficerInfo("Ana Martínez", "Conciliadora", "")),
        Severity.ERROR,
        "capacidad_conciliador",
        "Conciliador/a",
        "no constan el instrumento que le delega la capacidad de conciliar de Ana Martínez; sin"
        " ellos el acta no es ejecutable (regístrelos en Administración → Usuarios)",
    ),
    (
        "officer without post nor capacity",
        on_context(officer=OfficerInfo("Ana Martínez", " ", "")),
        Severity.ERROR,
        "capacidad_conciliador",
        "Conciliador/a",
        "no constan el cargo y el instrumento que le delega la capacidad de conciliar de Ana"
        " Martínez; sin ellos el acta no es ejecutable (regístrelos en Administración → Usuarios)",
    ),
    (
        "agreed matter without clauses",
        on_terms(care=None),
        Severity.ERROR,
        "materia_sin_clausulas",
        C,
        "falta registrar lo acordado",
    ),
    (
        "clauses for a matter not requested",
        on_context(matters=(Matter.ALIMENTOS, Matter.CUIDO)),
        Severity.ERROR,
        "materia_no_solicitada",
        V,
        "no es una materia de la solicitud: agréguela al caso o quite estas cláusulas",
    ),
    (
        "clauses for a pending matter",
        lambda ctx, terms: (ctx, Draft(Outcome.ACUERDO_PARCIAL, terms, (Matter.VISITAS,))),
        Severity.ERROR,
        "materia_pendiente_con_clausulas",
        V,
        "está marcada como pendiente: quite sus cláusulas o la marca de pendiente",
    ),
    (
        "partial agreement without pending matters",
        lambda ctx, terms: (ctx, Draft(Outcome.ACUERDO_PARCIAL, terms)),
        Severity.ERROR,
        "parcial_sin_pendientes",
        "Materias pendientes",
        "un acuerdo parcial debe indicar qué materias quedan pendientes",
    ),
    (
        "clauses for a hearing without agreement",
        lambda ctx, terms: (ctx, Draft(Outcome.FALTA_DE_ACUERDO, terms)),
        Severity.ERROR,
        "clausulas_sin_acuerdo",
        "Resultado",
        "un resultado «Falta de acuerdo» no lleva cláusulas de acuerdo",
    ),
    # ---------------------------------------------------------------- safeguarding
    (
        "positive screen without a supervisor's authorisation",
        flagged(),
        Severity.ERROR,
        "salvaguarda_sin_autorizacion",
        "Salvaguarda",
        "el tamizaje indicó violencia y no consta la autorización de un supervisor para una"
        " audiencia conjunta sobre pensión alimenticia, régimen de comunicación y visitas y cuido"
        " y crianza",
    ),
    (
        "positive screen authorised",
        flagged("Audiencia con salas separadas"),
        Severity.ADVERTENCIA,
        "salvaguarda_autorizada",
        "Salvaguarda",
        "el tamizaje indicó violencia; la audiencia conjunta la autorizó un supervisor"
        " («Audiencia con salas separadas»)",
    ),
    (
        "positive screen without referral",
        flagged(),
        Severity.ADVERTENCIA,
        "salvaguarda_sin_derivacion",
        "Salvaguarda",
        "el tamizaje indicó violencia y no consta la derivación a la ruta de atención",
    ),
    (
        "positive screen, unsupervised visits",
        flagged(),
        Severity.ADVERTENCIA,
        "visitas_sin_supervision",
        f"{V} — Supervisión",
        "el tamizaje indicó violencia: considere visitas supervisadas",
    ),
    # ---------------------------------------------------------------- child support
    (
        "another currency",
        on_support(currency="USD"),
        Severity.ERROR,
        "moneda",
        f"{S} — Moneda",
        "debe ser NIO (córdobas), la de la oficina",
    ),
    (
        "no beneficiaries",
        on_support(children=()),
        Severity.ERROR,
        "pension_sin_hijos",
        f"{S} — Hijas e hijos",
        "indique a favor de qué hijas e hijos se fija la pensión",
    ),
    (
        "a child twice",
        fixed(
            "4400.00",
            children=(
                ChildAmount(child=CHILD_UIDS[0], amount=D("4400")),
                ChildAmount(child=CHILD_UIDS[0], amount=D("4400")),
            ),
        ),
        Severity.ERROR,
        "pension_hijo_repetido",
        f"{S} — {ANA}",
        "aparece más de una vez",
    ),
    (
        "an amount of zero",
        fixed("0"),
        Severity.ERROR,
        "monto_no_positivo",
        f"{S} — Monto para {ANA}",
        "debe ser mayor que cero",
    ),
    (
        "a negative amount",
        fixed("-10.00"),
        Severity.ERROR,
        "monto_no_positivo",
        f"{S} — Monto para {PEDRO}",
        "debe ser mayor que cero",
    ),
    (
        "a share without percentage",
        on_support(percentage=None),
        Severity.ERROR,
        "falta_porcentaje",
        f"{S} — Porcentaje",
        "indique el porcentaje del ingreso neto acordado",
    ),
    (
        "a share without income",
        on_support(income=None),
        Severity.ERROR,
        "faltan_ingresos",
        f"{S} — Ingresos del alimentante",
        "una pensión por porcentaje necesita el ingreso y sus deducciones",
    ),
    (
        "deductions above income",
        fixed(
            "4400.00",
            income=Income(gross=D("5000"), social_security=D("3000"), income_tax=D("2500")),
        ),
        Severity.ERROR,
        "deducciones_superan_ingreso",
        f"{S} — Ingresos del alimentante",
        "las deducciones (C$5,500.00) igualan o superan el ingreso bruto (C$5,000.00)",
    ),
    (
        "income of zero",
        fixed("4400.00", income=Income(gross=D("0"))),
        Severity.ERROR,
        "ingreso_no_positivo",
        f"{S} — Ingresos del alimentante",
        "el ingreso bruto debe ser mayor que cero",
    ),
    (
        "negative deduction",
        fixed("4400.00", income=Income(gross=D("30000"), income_tax=D("-1"))),
        Severity.ERROR,
        "deduccion_negativa",
        f"{S} — Ingresos del alimentante",
        "las deducciones no pueden ser negativas",
    ),
    (
        "no due day",
        on_support(due_days=()),
        Severity.ERROR,
        "falta_dia_pago",
        f"{S} — Día de pago",
        "indique el día del mes en que se paga",
    ),
    (
        "fortnightly with one day",
        on_support(periodicity=Periodicity.QUINCENAL, due_days=(15,)),
        Severity.ERROR,
        "falta_dia_pago",
        f"{S} — Día de pago",
        "indique los dos días del mes en que se paga (por ejemplo 15 y 30)",
    ),
    (
        "weekly without weekday",
        on_support(periodicity=Periodicity.SEMANAL),
        Severity.ERROR,
        "falta_dia_pago",
        f"{S} — Día de pago",
        "indique qué día de la semana se paga",
    ),
    (
        "no first payment",
        on_support(first_payment=None),
        Severity.ERROR,
        "falta_primer_pago",
        f"{S} — Primer pago",
        "indique la fecha del primer pago",
    ),
    (
        "first payment before the hearing",
        on_support(first_payment=dt.date(2026, 11, 20)),
        Severity.ERROR,
        "primer_pago_anterior",
        f"{S} — Primer pago",
        "es anterior a la audiencia (23 de noviembre de 2026)",
    ),
    (
        "no payment method",
        on_support(payment=None),
        Severity.ERROR,
        "falta_forma_pago",
        f"{S} — Forma de pago",
        "indique dónde y cómo se paga",
    ),
    (
        "bank deposit without account",
        on_support(payment=Payment(method=PaymentMethod.DEPOSITO_BANCARIO, bank="Banpro")),
        Severity.ERROR,
        "falta_cuenta",
        f"{S} — Forma de pago",
        "un depósito bancario necesita el banco y el número de cuenta",
    ),
    (
        "payroll deduction without employer",
        on_support(payment=Payment(method=PaymentMethod.DEDUCCION_PLANILLA)),
        Severity.ERROR,
        "falta_empleador",
        f"{S} — Forma de pago",
        "indique el empleador que hará la deducción de planilla",
    ),
    (
        "13th month share of zero",
        on_support(basis=SupportBasis.MONTO_FIJO, percentage=None, thirteenth_month_share=D(0)),
        Severity.ERROR,
        "aguinaldo_cero",
        f"{S} — Décimo tercer mes",
        "el porcentaje debe ser mayor que cero",
    ),
    (
        "in kind without description",
        on_support(in_kind=(InKind(kind="vestuario"),)),
        Severity.ERROR,
        "especie_sin_descripcion",
        f"{S} — En especie 1 (vestuario)",
        "describa qué se entrega",
    ),
    (
        "in kind valued at zero",
        on_support(in_kind=(InKind(kind="salud", description="lentes", estimated_value=D(0)),)),
        Severity.ERROR,
        "especie_valor",
        f"{S} — En especie 1 (salud)",
        "el valor estimado debe ser mayor que cero",
    ),
    (
        "arrears of zero",
        on_support(arrears=Arrears(total=D(0), instalments=2, first_due=dt.date(2026, 12, 15))),
        Severity.ERROR,
        "atrasos_no_positivos",
        f"{S} — Pensiones atrasadas",
        "el monto adeudado debe ser mayor que cero",
    ),
    (
        "arrears without first instalment",
        on_support(arrears=Arrears(total=D(3000), instalments=3)),
        Severity.ERROR,
        "falta_primera_cuota",
        f"{S} — Pensiones atrasadas",
        "indique la fecha de la primera cuota",
    ),
    (
        "arrears starting before the hearing",
        on_support(arrears=Arrears(total=D(3000), instalments=3, first_due=dt.date(2026, 11, 1))),
        Severity.ERROR,
        "primera_cuota_anterior",
        f"{S} — Pensiones atrasadas — Primera cuota",
        "es anterior a la audiencia (23 de noviembre de 2026)",
    ),
    (
        "adjustment index missing",
        on_support(
            adjustment=Adjustment(kind=AdjustmentKind.INDICE, first_date=dt.date(2028, 1, 1))
        ),
        Severity.ERROR,
        "falta_indice",
        f"{S} — Reajuste",
        "indique el índice según el cual se reajusta",
    ),
    (
        "adjustment percentage missing",
        on_support(
            adjustment=Adjustment(kind=AdjustmentKind.PORCENTAJE, first_date=dt.date(2028, 1, 1))
        ),
        Severity.ERROR,
        "falta_porcentaje_reajuste",
        f"{S} — Reajuste",
        "el porcentaje de reajuste debe ser mayor que cero",
    ),
    (
        "adjustment without date",
        on_support(adjustment=Adjustment(kind=AdjustmentKind.INDICE, index="IPC")),
        Severity.ERROR,
        "falta_fecha_reajuste",
        f"{S} — Reajuste",
        "indique la fecha del primer reajuste",
    ),
    (
        "adjustment on the hearing's day",
        on_support(
            adjustment=Adjustment(
                kind=AdjustmentKind.INDICE, index="IPC", first_date=dt.date(2026, 11, 23)
            )
        ),
        Severity.ERROR,
        "reajuste_anterior",
        f"{S} — Reajuste",
        "la fecha del primer reajuste debe ser posterior a la audiencia (23 de noviembre de 2026)",
    ),
    (
        "no adjustment where recommended",
        on_support(adjustment=None),
        Severity.ADVERTENCIA,
        "sin_reajuste",
        f"{S} — Reajuste",
        "no hay cláusula de reajuste; el perfil la recomienda (la variación del salario mínimo"
        " que fije la Comisión Nacional de Salario Mínimo)",
    ),
    (
        "below the guideline without reason",
        fixed("4000.00"),
        Severity.ERROR,
        "debajo_pauta_sin_motivo",
        f"{S} — Monto",
        "C$8,000.00 (mensual) está por debajo de la pauta, C$8,650.25: escriba el motivo para"
        " apartarse de la pauta",
    ),
    (
        "below the guideline with a reason",
        with_reason(fixed("4000.00"), "El alimentante mantiene a otros dos hijos"),
        Severity.ADVERTENCIA,
        "debajo_pauta",
        f"{S} — Monto",
        "C$8,000.00 (mensual) está por debajo de la pauta, C$8,650.25; motivo registrado:"
        " «El alimentante mantiene a otros dos hijos»",
    ),
    (
        "below the guideline, weekly",
        fixed("900.00", periodicity=Periodicity.SEMANAL, due_weekday=Weekday.VIERNES, due_days=()),
        Severity.ERROR,
        "debajo_pauta_sin_motivo",
        f"{S} — Monto",
        # 8,650.25 × 12 ÷ 52 = 1,996.21 a week
        "C$1,800.00 (semanal) está por debajo de la pauta, C$1,996.21: escriba el motivo para"
        " apartarse de la pauta",
    ),
    (
        "13th month left out",
        on_support(thirteenth_month_share=None),
        Severity.ADVERTENCIA,
        "sin_aguinaldo",
        f"{S} — Décimo tercer mes",
        "la pauta incluye el 35\u00a0% del décimo tercer mes (C$10,500.00) y el acuerdo no lo"
        " menciona",
    ),
    (
        "13th month below the guideline, with a reason",
        with_reason(
            on_support(
                basis=SupportBasis.MONTO_FIJO, percentage=None, thirteenth_month_share=D(20)
            ),
            "Acordado así por las partes",
        ),
        Severity.ADVERTENCIA,
        "aguinaldo_debajo",
        f"{S} — Décimo tercer mes",
        "el 20\u00a0% está por debajo del 35\u00a0% de la pauta; motivo registrado: «Acordado así"
        " por las partes»",
    ),
    (
        "13th month pay of zero",
        on_support(income=Income(gross=D("30000"), thirteenth_month=D(0))),
        Severity.ERROR,
        "aguinaldo_ingreso",
        f"{S} — Ingresos del alimentante",
        "el décimo tercer mes debe ser mayor que cero",
    ),
    (
        "13th month below the guideline",
        on_support(basis=SupportBasis.MONTO_FIJO, percentage=None, thirteenth_month_share=D(20)),
        Severity.ERROR,
        "aguinaldo_debajo_sin_motivo",
        f"{S} — Décimo tercer mes",
        "el 20\u00a0% está por debajo del 35\u00a0% de la pauta: escriba el motivo para apartarse"
        " de la pauta",
    ),
    # ---------------------------------------------------------------- visitation
    (
        "visits without children",
        on_visits(children=()),
        Severity.ERROR,
        "visitas_sin_hijos",
        f"{V} — Hijas e hijos",
        "indique con qué hijas e hijos",
    ),
    (
        "visits without schedule",
        on_visits(schedule=()),
        Severity.ERROR,
        "visitas_sin_horario",
        f"{V} — Horario",
        "indique al menos un día y horario de visitas",
    ),
    (
        "a block ending before it starts",
        on_visits(schedule=(block(to_time=dt.time(14)),)),
        Severity.ERROR,
        "bloque_invertido",
        f"{V} — Horario, bloque 1",
        "la hora «hasta» debe ser posterior a la hora «desde»",
    ),
    (
        "alternate weeks without a first date",
        on_visits(schedule=(WEEKEND.model_copy(update={"first_date": None}),)),
        Severity.ERROR,
        "falta_primera_fecha",
        f"{V} — Horario, bloque 1",
        "en semanas alternas indique la primera fecha, para saber qué semanas son",
    ),
    (
        "alternate weeks from the wrong weekday",
        on_visits(schedule=(WEEKEND.model_copy(update={"first_date": dt.date(2026, 11, 27)}),)),
        Severity.ERROR,
        "primera_fecha_otro_dia",
        f"{V} — Horario, bloque 1",
        "el 27 de noviembre de 2026 es viernes, no sábado",
    ),
    (
        "a schedule that overlaps itself",
        on_visits(
            schedule=(
                WEEKEND,
                block(from_day=Weekday.DOMINGO, from_time=dt.time(10), to_day=Weekday.DOMINGO),
            )
        ),
        Severity.ERROR,
        "horario_superpuesto",
        f"{V} — Horario, bloque 2",
        "se superpone con el bloque 1 (sábado 09:00 a domingo 17:00)",
    ),
    (
        "no pick-up place",
        on_visits(pickup_place=""),
        Severity.ERROR,
        "falta_lugar_entrega",
        f"{V} — Lugar de entrega",
        "es obligatorio",
    ),
    (
        "no one to hand over",
        on_visits(pickup_person=""),
        Severity.ERROR,
        "falta_persona_entrega",
        f"{V} — Quién entrega",
        "es obligatorio",
    ),
    (
        "no return place",
        on_visits(return_place=""),
        Severity.ERROR,
        "falta_lugar_devolucion",
        f"{V} — Lugar de devolución",
        "es obligatorio",
    ),
    (
        "no one to return to",
        on_visits(return_person=""),
        Severity.ERROR,
        "falta_persona_devolucion",
        f"{V} — A quién se devuelve",
        "es obligatorio",
    ),
    (
        "holiday without occasion",
        on_visits(holidays=(HolidayRule(occasion="", split=Split.COMPARTIDO),)),
        Severity.ERROR,
        "feriado_sin_ocasion",
        f"{V} — Días festivos, fila 1",
        "indique la ocasión (por ejemplo «Navidad»)",
    ),
    (
        "alternate years without the first year",
        on_visits(holidays=(HolidayRule(occasion="Navidad", split=Split.ANIOS_ALTERNOS),)),
        Severity.ERROR,
        "falta_anio_alterno",
        f"{V} — Días festivos, fila 1",
        "en años alternos indique en qué año empieza quien visita",
    ),
    (
        "birthdays in alternate years without the first year",
        on_visits(birthdays=SplitRule(split=Split.ANIOS_ALTERNOS)),
        Severity.ERROR,
        "falta_anio_alterno",
        f"{V} — Cumpleaños",
        "en años alternos indique en qué año empieza quien visita",
    ),
    (
        "calls without means",
        on_visits(remote=RemoteContact(days=(Weekday.MARTES,))),
        Severity.ERROR,
        "contacto_sin_medio",
        f"{V} — Comunicación a distancia",
        "indique por qué medio (teléfono o videollamada)",
    ),
    (
        "calls ending before they start",
        on_visits(
            remote=RemoteContact(means=("telefono",), from_time=dt.time(19), to_time=dt.time(18))
        ),
        Severity.ERROR,
        "contacto_hora",
        f"{V} — Comunicación a distancia",
        "la hora «hasta» debe ser posterior a la hora «desde»",
    ),
    (
        "supervision without supervisor",
        on_visits(supervision=Supervision(place="Casa Materna de Managua")),
        Severity.ERROR,
        "falta_supervisor",
        f"{V} — Supervisión",
        "indique quién supervisa las visitas",
    ),
    (
        "supervision without place",
        on_visits(supervision=Supervision(supervisor="la abuela materna")),
        Severity.ERROR,
        "falta_lugar_supervision",
        f"{V} — Supervisión",
        "indique dónde se realizan las visitas supervisadas",
    ),
    (
        "an empty condition",
        on_visits(restrictions=("",)),
        Severity.ERROR,
        "condicion_vacia",
        f"{V} — Condiciones, fila 1",
        "está vacía",
    ),
    (
        "the visitor has the care",
        on_visits(visitor=Party.SOLICITANTE),
        Severity.ADVERTENCIA,
        "visitante_con_cuido",
        f"{V} — Quién visita",
        f"María Ruiz Pérez es quien tiene el cuido de {ANA} y {PEDRO}",
    ),
    # ---------------------------------------------------------------- care
    (
        "a child without care clause",
        lambda ctx, terms: (
            ctx,
            total(
                terms.model_copy(
                    update={
                        "care": care(ctx).model_copy(update={"children": care(ctx).children[:1]})
                    }
                )
            ),
        ),
        Severity.ERROR,
        "hijo_sin_cuido",
        f"{C} — {PEDRO}",
        "falta indicar con quién vivirá y quién decide sobre su educación y salud",
    ),
    (
        "a child twice in care",
        lambda ctx, terms: (
            ctx,
            total(
                terms.model_copy(
                    update={
                        "care": care(ctx).model_copy(
                            update={"children": care(ctx).children + care(ctx).children[:1]}
                        )
                    }
                )
            ),
        ),
        Severity.ERROR,
        "cuido_repetido",
        f"{C} — {ANA}",
        "aparece más de una vez",
    ),
    (
        "no residence",
        lambda ctx, terms: (
            ctx,
            total(
                terms.model_copy(
                    update={
                        "care": care(ctx).model_copy(
                            update={
                                "children": (
                                    care(ctx).children[0].model_copy(update={"residence": ""}),
                                    care(ctx).children[1],
                                )
                            }
                        )
                    }
                )
            ),
        ),
        Severity.ERROR,
        "falta_residencia",
        f"{C} — {ANA}",
        "indique la residencia",
    ),
    (
        "living with someone else, unnamed",
        lambda ctx, terms: (
            ctx,
            total(
                terms.model_copy(
                    update={
                        "care": care(ctx).model_copy(
                            update={
                                "children": (
                                    CareArrangement(
                                        child=ctx.children[0].uid,
                                        lives_with=LivesWith.OTRA_PERSONA,
                                        other_person="Rosa Ruiz",
                                        residence="Masaya",
                                    ),
                                    care(ctx).children[1],
                                )
                            }
                        )
                    }
                )
            ),
        ),
        Severity.ERROR,
        "falta_otra_persona",
        f"{C} — {ANA}",
        "indique el nombre y el parentesco de la persona con quien vivirá",
    ),
]


def test_the_complete_agreement_has_no_findings() -> None:
    ctx = pure_context(2)
    assert evaluate(ctx, total(terms_of(ctx))).findings == ()


@pytest.mark.parametrize(
    ("change", "severity", "code", "field", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_finding_names_its_field_in_plain_spanish(
    change: Change, severity: Severity, code: str, field: str, message: str
) -> None:
    ctx = pure_context(2)
    ctx, draft = change(ctx, terms_of(ctx))
    found = [(f.severity, f.code, str(f.field), f.message) for f in evaluate(ctx, draft).findings]
    assert (severity, code, field, message) in found


def test_errors_come_before_warnings() -> None:
    ctx = pure_context(2, flagged=True)
    terms = terms_of(ctx)
    findings = evaluate(ctx, total(terms.model_copy(update={"care": None}))).findings
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=lambda s: s != Severity.ERROR)
    assert Severity.ERROR in severities and Severity.ADVERTENCIA in severities


def test_colombia_requires_the_yearly_adjustment() -> None:
    ctx = pure_context(1, profile="CO")
    terms = AgreementTerms(
        support=support(
            ctx,
            basis=SupportBasis.MONTO_FIJO,
            percentage=None,
            currency="COP",
            thirteenth_month_share=None,
            adjustment=None,
            children=(ChildAmount(child=ctx.children[0].uid, amount=D("600000.00")),),
        ),
        visitation=visitation(ctx),
        care=care(ctx),
    )
    findings = evaluate(ctx, total(terms)).findings
    assert [(f.severity, f.code, f.message) for f in findings if f.code == "falta_reajuste"] == [
        (
            Severity.ERROR,
            "falta_reajuste",
            "el perfil exige una cláusula de reajuste anual (la variación anual del índice de"
            " precios al consumidor (IPC) certificada por el DANE)",
        )
    ]


def test_chile_warns_above_the_cap_and_below_the_floor_needs_a_reason() -> None:
    ctx = pure_context(2, profile="CL")
    base = support(
        ctx,
        basis=SupportBasis.MONTO_FIJO,
        percentage=None,
        currency="CLP",
        income=Income(gross=D("600000")),
        thirteenth_month_share=None,
    )
    # floor 161,700 each = 323,400; cap 50 % × 600,000 = 300,000: the guideline is 300,000
    above = base.model_copy(
        update={"children": tuple(ChildAmount(child=c.uid, amount=D(200000)) for c in ctx.children)}
    )
    found = evaluate(
        ctx, total(AgreementTerms(support=above, visitation=visitation(ctx), care=care(ctx)))
    )
    assert [(f.code, f.message) for f in found.findings if f.code == "sobre_tope"] == [
        ("sobre_tope", "$400.000 al mes supera el tope del 50\u00a0% del ingreso neto ($300.000)")
    ]
    below = base.model_copy(
        update={"children": tuple(ChildAmount(child=c.uid, amount=D(100000)) for c in ctx.children)}
    )
    found = evaluate(
        ctx, total(AgreementTerms(support=below, visitation=visitation(ctx), care=care(ctx)))
    )
    assert [(f.code, f.message) for f in found.errors if f.code == "debajo_pauta_sin_motivo"] == [
        (
            "debajo_pauta_sin_motivo",
            "$200.000 (mensual) está por debajo del piso de la pauta, $300.000: escriba el motivo"
            " para apartarse de la pauta",
        )
    ]


def test_alternate_weekends_on_opposite_weeks_do_not_overlap() -> None:
    ctx = pure_context(1)
    other_weekend = WEEKEND.model_copy(update={"first_date": dt.date(2026, 12, 5)})
    draft = on_visits(schedule=(WEEKEND, other_weekend))(ctx, terms_of(ctx))[1]
    assert "horario_superpuesto" not in [f.code for f in evaluate(ctx, draft).findings]
    same_weeks = WEEKEND.model_copy(update={"first_date": dt.date(2026, 12, 12)})
    draft = on_visits(schedule=(WEEKEND, same_weeks))(ctx, terms_of(ctx))[1]
    assert "horario_superpuesto" in [f.code for f in evaluate(ctx, draft).findings]


def test_blocks_that_touch_or_wrap_the_week_are_judged_right() -> None:
    ctx = pure_context(1)
    sunday_to_monday = block(
        from_day=Weekday.DOMINGO, from_time=dt.time(17), to_day=Weekday.LUNES, to_time=dt.time(7)
    )
    touching = block(
        from_day=Weekday.DOMINGO, from_time=dt.time(9), to_day=Weekday.DOMINGO, to_time=dt.time(17)
    )
    draft = on_visits(schedule=(sunday_to_monday, touching))(ctx, terms_of(ctx))[1]
    assert "horario_superpuesto" not in [f.code for f in evaluate(ctx, draft).findings]
    monday_morning = block(
        from_day=Weekday.LUNES, from_time=dt.time(6), to_day=Weekday.LUNES, to_time=dt.time(8)
    )
    draft = on_visits(schedule=(sunday_to_monday, monday_morning))(ctx, terms_of(ctx))[1]
    assert "horario_superpuesto" in [f.code for f in evaluate(ctx, draft).findings]
