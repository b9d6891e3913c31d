"""Clause texts in the profile's standard wording, built from the structured agreement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    Decider,
    InKindKind,
    LivesWith,
    PaymentMethod,
    Periodicity,
    RemoteMeans,
    Split,
    SupportBasis,
    Weekday,
)
from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements import AgreementContext, Draft, evaluate
from conciliador.services.agreements.terms import (
    Addition,
    Adjustment,
    AgreementTerms,
    Arrears,
    Care,
    CareArrangement,
    ChildAmount,
    HolidayRule,
    Income,
    InKind,
    Payment,
    RemoteContact,
    SplitRule,
    Supervision,
)
from tests.support.agreements import care, pure_context, support, visitation

NBSP = "\u00a0"


def texts(ctx: AgreementContext, terms: AgreementTerms, **draft: object) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    outcome = draft.pop("outcome", Outcome.ACUERDO_TOTAL)
    for clause in evaluate(ctx, Draft(outcome, terms, **draft)).clauses:  # type: ignore[arg-type]
        result.setdefault(clause.kind, []).append(clause.text)
    return result


def test_nicaragua_complete_agreement_reads_in_the_standard_words() -> None:
    ctx = pure_context(2)
    words = texts(
        ctx, AgreementTerms(support=support(ctx), visitation=visitation(ctx), care=care(ctx))
    )
    assert words["pension"] == [
        "José López Díaz se obliga a pagar en concepto de pensión alimenticia a favor de Ana"
        " López Ruiz y Pedro López Ruiz la suma total de C$8,650.25 (ocho mil seiscientos"
        " cincuenta córdobas con veinticinco centavos) mensuales, distribuida así: C$4,325.13"
        " (cuatro mil trescientos veinticinco córdobas con trece centavos) para Ana López Ruiz y"
        " C$4,325.12 (cuatro mil trescientos veinticinco córdobas con doce centavos) para Pedro"
        " López Ruiz; pagadera el día 15 de cada mes"
        " a partir del 15 de diciembre de 2026, en efectivo, en las oficinas del MIFAN"
        " (Delegación Distrital II de Managua), donde la recibirá María Ruiz Pérez."
    ]
    assert words["pension_porcentaje"] == [
        "La pensión mensual de C$8,650.25 (ocho mil seiscientos cincuenta córdobas con"
        f" veinticinco centavos) equivale al 35{NBSP}% del ingreso neto mensual de José"
        " López Díaz, que asciende a C$24,715.00 (veinticuatro mil setecientos quince córdobas)"
        " después de deducir de su ingreso bruto de C$30,000.00 (treinta mil córdobas) seguridad"
        " social de C$2,100.00 (dos mil cien córdobas) e impuesto sobre la renta de C$3,185.00"
        " (tres mil ciento ochenta y cinco córdobas), según Colilla de pago de octubre de 2026,"
        " conforme al artículo 324 del Código de la Familia."
    ]
    assert words["aguinaldo"] == [
        "En el mes de diciembre, José López Díaz entregará además a María Ruiz Pérez el"
        f" 35{NBSP}% de su décimo tercer mes, es decir, C$10,500.00 (diez mil quinientos"
        " córdobas), conforme al artículo 324 del Código de la Familia."
    ]
    assert words["reajuste"] == [
        "La pensión se reajustará el 1 de enero de 2028 y en la misma fecha de cada año"
        " siguiente, según la variación del salario mínimo."
    ]
    assert words["visitas"] == [
        "José López Díaz podrá relacionarse con Ana López Ruiz y Pedro López Ruiz cada dos"
        " semanas a partir del sábado 28 de noviembre de 2026, desde el sábado a las 09:00 hasta"
        " el domingo a las 17:00; y cada semana, el miércoles de 15:00 a 18:00. La entrega se"
        " hará en la casa de la madre, Barrio Monseñor Lezcano, a cargo de María Ruiz Pérez, y la"
        " devolución en la casa de la madre, Barrio Monseñor Lezcano, a María Ruiz Pérez."
    ]
    assert words["cuido"] == [
        f"{name} vivirá con María Ruiz Pérez en Barrio Monseñor Lezcano, casa n.º 12, Managua."
        " Las decisiones sobre su educación y su salud corresponden a ambos progenitores, de"
        " común acuerdo."
        for name in ("Ana López Ruiz", "Pedro López Ruiz")
    ]


def test_chile_and_colombia_use_their_own_words() -> None:
    for code, currency, amount, expected in (
        (
            "CL",
            "CLP",
            "215600",
            "José López Díaz se obliga a pagar una pensión de alimentos a favor de Ana López Ruiz"
            " por la suma total de $215.600 (doscientos quince mil seiscientos pesos) mensuales,",
        ),
        (
            "CO",
            "COP",
            "650000.00",
            "José López Díaz se obliga a suministrar una cuota alimentaria a favor de Ana López"
            " Ruiz por valor total de $650.000,00 (seiscientos cincuenta mil pesos colombianos)"
            " mensuales,",
        ),
    ):
        ctx = pure_context(1, profile=code)
        s = support(
            ctx,
            basis=SupportBasis.MONTO_FIJO,
            percentage=None,
            currency=currency,
            thirteenth_month_share=None,
            children=(ChildAmount(child=ctx.children[0].uid, amount=D(amount)),),
        )
        words = texts(ctx, AgreementTerms(support=s, care=care(ctx)))
        assert words["pension"][0].startswith(expected), words["pension"][0]
    ctx = pure_context(1, profile="CL")
    assert texts(ctx, AgreementTerms(care=care(ctx)))["cuido"] == [
        "El cuidado personal de Ana López Ruiz quedará a cargo de María Ruiz Pérez, con domicilio"
        " en Barrio Monseñor Lezcano, casa n.º 12, Managua. Las decisiones sobre su educación y su"
        " salud corresponden a ambos progenitores, de común acuerdo."
    ]


def test_two_offices_recording_the_same_agreement_produce_the_same_words() -> None:
    first = pure_context(2)
    second = pure_context(2)
    second = type(second)(
        **{**second.__dict__, "office_id": 9, "office_name": "Delegación de León"}
    )
    s = support(
        first,
        payment=Payment(method=PaymentMethod.DEPOSITO_BANCARIO, bank="Banpro", account="10010203"),
    )
    terms = AgreementTerms(support=s, visitation=visitation(first), care=care(first))
    assert texts(first, terms) == texts(second, terms)


def test_payment_days_methods_and_periods() -> None:
    ctx = pure_context(1)
    cases = [
        (
            {"periodicity": Periodicity.QUINCENAL, "due_days": (15, 30)},
            "pagadera los días 15 y 30 de cada mes (o el último día del mes, cuando este tenga"
            " menos días) a partir del",
        ),
        (
            {"periodicity": Periodicity.SEMANAL, "due_weekday": Weekday.VIERNES},
            "pagadera cada viernes",
        ),
        (
            {
                "payment": Payment(
                    method=PaymentMethod.DEPOSITO_BANCARIO, bank="Banpro", account="1002003"
                )
            },
            "mediante depósito en la cuenta n.º 1002003 del Banpro, a nombre de María Ruiz Pérez.",
        ),
        (
            {
                "payment": Payment(
                    method=PaymentMethod.DEDUCCION_PLANILLA, employer="Zona Franca Las Mercedes"
                )
            },
            "mediante deducción de planilla que efectuará su empleador, Zona Franca Las Mercedes,"
            " para entregarla a María Ruiz Pérez.",
        ),
    ]
    for changes, fragment in cases:
        words = texts(ctx, AgreementTerms(support=support(ctx, **changes)))
        assert fragment in words["pension"][0], (fragment, words["pension"][0])
    weekly = texts(
        ctx,
        AgreementTerms(
            support=support(ctx, periodicity=Periodicity.SEMANAL, due_weekday=Weekday.VIERNES)
        ),
    )
    # 6,178.75 a month (25 % of 24,715.00) is 1,425.87 a week
    assert (
        "la suma total de C$1,425.87 (mil cuatrocientos veinticinco córdobas con ochenta y"
        " siete centavos) semanales" in weekly["pension"][0]
    )
    assert "La pensión mensual de C$6,178.75 (seis mil" in weekly["pension_porcentaje"][0]


def test_in_kind_arrears_and_adjustment_by_percentage() -> None:
    ctx = pure_context(1)
    s = support(
        ctx,
        in_kind=(
            InKind(
                kind=InKindKind.UTILES_ESCOLARES,
                description="mochila y cuadernos",
                when="en enero",
                estimated_value=D("1500"),
            ),
            InKind(kind=InKindKind.SALUD, description="la mitad de las medicinas"),
        ),
        arrears=Arrears(total=D("3000.00"), instalments=7, first_due=dt.date(2026, 12, 15)),
        adjustment=Adjustment(
            kind=AdjustmentKind.PORCENTAJE, percentage=D("5"), first_date=dt.date(2027, 12, 1)
        ),
    )
    words = texts(ctx, AgreementTerms(support=s))
    assert words["especie"] == [
        "Además de la pensión en dinero, José López Díaz aportará en especie: útiles escolares:"
        " mochila y cuadernos, en enero, por un valor estimado de C$1,500.00; salud: la mitad de"
        " las medicinas."
    ]
    # 3,000 ÷ 7 = 428.57 each, the last one 428.58
    assert words["atrasos"] == [
        "José López Díaz reconoce adeudar por pensiones atrasadas la suma de C$3,000.00 (tres mil"
        " córdobas), que pagará a María Ruiz Pérez en siete (7) cuotas mensuales de C$428.57"
        " (cuatrocientos veintiocho córdobas con cincuenta y siete centavos) cada una, salvo la"
        " última, de C$428.58 (cuatrocientos veintiocho córdobas con cincuenta y ocho centavos),"
        " a partir del 15 de diciembre de 2026."
    ]
    assert words["reajuste_porcentaje"] == [
        f"La pensión se incrementará en un 5{NBSP}% el 1 de diciembre de 2027 y en la misma fecha"
        " de cada año siguiente."
    ]


def test_visitation_details_each_have_their_sentence() -> None:
    ctx = pure_context(1)
    v = visitation(
        ctx,
        holidays=(
            HolidayRule(
                occasion="Navidad",
                split=Split.ANIOS_ALTERNOS,
                visitor_first_year=2026,
                detail="del 24 al 26 de diciembre",
            ),
            HolidayRule(occasion="Semana Santa", split=Split.CON_CUSTODIO),
        ),
        birthdays=SplitRule(split=Split.COMPARTIDO, detail="por la tarde con el padre"),
        parents_days=True,
        vacations=SplitRule(split=Split.CON_VISITANTE, detail="la primera quincena de diciembre"),
        remote=RemoteContact(
            means=(RemoteMeans.TELEFONO, RemoteMeans.VIDEOLLAMADA),
            days=(Weekday.JUEVES, Weekday.MARTES),
            from_time=dt.time(18),
            to_time=dt.time(19),
        ),
        supervision=Supervision(
            supervisor="la abuela materna, Rosa Pérez", place="la casa de la abuela"
        ),
        restrictions=("No consumir bebidas alcohólicas durante las visitas.",),
    )
    words = texts(ctx, AgreementTerms(visitation=v, care=care(ctx)))
    assert words["visitas_feriados"] == [
        "Los días festivos se reparten así: Navidad, en años alternos: con José López Díaz en"
        " 2026, con María Ruiz Pérez en 2027, y así sucesivamente (del 24 al 26 de diciembre);"
        " Semana Santa, con María Ruiz Pérez."
    ]
    assert words["visitas_cumpleanos"] == [
        "Los cumpleaños de Ana López Ruiz se celebrarán por partes iguales con cada progenitor"
        " (por la tarde con el padre)."
    ]
    assert words["visitas_progenitores"] == [
        "El cumpleaños de cada progenitor, así como el Día de la Madre y el Día del Padre, se"
        " pasarán con el progenitor que corresponda."
    ]
    assert words["visitas_vacaciones"] == [
        "Las vacaciones escolares se reparten así: con José López Díaz (la primera quincena de"
        " diciembre)."
    ]
    assert words["visitas_contacto"] == [
        "José López Díaz podrá comunicarse con Ana López Ruiz por teléfono y videollamada los"
        " martes y jueves, de 18:00 a 19:00."
    ]
    assert words["visitas_supervision"] == [
        "Las visitas se realizarán bajo la supervisión de la abuela materna, Rosa Pérez, en la"
        " casa de la abuela."
    ]
    assert words["visitas_restricciones"] == [
        "Durante las visitas se respetarán además estas condiciones: No consumir bebidas"
        " alcohólicas durante las visitas."
    ]


def test_care_with_someone_else_and_split_decisions() -> None:
    ctx = pure_context(1)
    c = Care(
        children=(
            CareArrangement(
                child=ctx.children[0].uid,
                lives_with=LivesWith.OTRA_PERSONA,
                other_person="Rosa Pérez Gaitán",
                relationship="abuela materna",
                residence="Masaya, Barrio San Jerónimo",
                school=Decider.SOLICITANTE,
                health=Decider.AMBOS,
            ),
        )
    )
    assert texts(ctx, AgreementTerms(care=c))["cuido"] == [
        "Ana López Ruiz vivirá con Rosa Pérez Gaitán (abuela materna) en Masaya, Barrio San"
        " Jerónimo. Las decisiones sobre su educación corresponden a María Ruiz Pérez, y las"
        " relativas a su salud, a ambos progenitores, de común acuerdo."
    ]


def test_free_text_is_marked_and_pending_matters_are_named() -> None:
    ctx = pure_context(1)
    terms = AgreementTerms(
        support=support(ctx),
        additions=(
            Addition(matter=Matter.ALIMENTOS, text="El padre pagará también la matrícula."),
        ),
    )
    clauses = evaluate(
        ctx, Draft(Outcome.ACUERDO_PARCIAL, terms, pending=(Matter.VISITAS, Matter.CUIDO))
    ).clauses
    free = [c for c in clauses if c.free_text]
    assert [(c.kind, c.matter, c.text) for c in free] == [
        (
            "adicional",
            Matter.ALIMENTOS,
            "Las partes acuerdan además, en sus propias palabras: «El padre pagará también la"
            " matrícula.»",
        )
    ]
    assert all(not c.free_text for c in clauses if c.kind != "adicional")
    assert clauses[-1].text == (
        "Quedan pendientes de acuerdo las siguientes materias: régimen de comunicación y"
        " visitas y cuido y crianza, que las partes podrán plantear ante la autoridad judicial"
        " competente."
    )


def test_missing_data_shows_as_a_gap_in_the_preview() -> None:
    ctx = pure_context(1)
    s = support(ctx, first_payment=None, payment=None, due_days=())
    text = texts(ctx, AgreementTerms(support=s))["pension"][0]
    assert "pagadera [falta: día de pago] a partir del [falta: fecha del primer pago]," in text
    assert text.endswith("[falta: forma de pago].")


def test_names_and_free_text_come_through_exactly_as_typed() -> None:
    ctx = pure_context(1)
    hostile = 'Calle "El Arco" <n.º 5> & {residencia} 🏠 שלום'
    c = Care(children=(care(ctx).children[0].model_copy(update={"residence": hostile}),))
    assert hostile in texts(ctx, AgreementTerms(care=c))["cuido"][0]


def test_no_clauses_for_outcomes_without_agreement() -> None:
    ctx = pure_context(1)
    assert evaluate(ctx, Draft(Outcome.FALTA_DE_ACUERDO)).clauses == ()


def test_income_shown_in_the_percentage_clause_is_the_net() -> None:
    ctx = pure_context(1)
    s = support(
        ctx, income=Income(gross=D("12000.00"), social_security=D("840.00"), income_tax=D("424.00"))
    )
    words = texts(ctx, AgreementTerms(support=s))
    # 12,000 − 840 − 424 = 10,736.00; 25 % = 2,684.00
    assert (
        "que asciende a C$10,736.00 (diez mil setecientos treinta y seis córdobas)"
        in words["pension_porcentaje"][0]
    )
    assert (
        "la suma total de C$2,684.00 (dos mil seiscientos ochenta y cuatro córdobas) mensuales"
        in words["pension"][0]
    )
