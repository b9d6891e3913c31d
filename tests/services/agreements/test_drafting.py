"""The editor's first draft follows the profile; amounts are read as the office types them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from conciliador.domain.agreement_terms import AdjustmentKind, SupportBasis
from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements import Draft, evaluate, parse_amount, starting_terms
from conciliador.services.errors import ValidationFailed
from tests.support.agreements import pure_context

#: What only the parties can say; a first draft leaves it to them.
ASK_THE_PARTIES = {
    "falta_dia_pago",
    "falta_primer_pago",
    "falta_forma_pago",
    "visitas_sin_horario",
    "falta_lugar_entrega",
    "falta_persona_entrega",
    "falta_lugar_devolucion",
    "falta_persona_devolucion",
    "falta_residencia",
    # The draft starts from the party's declared gross income: the officer must declare its
    # deductions (or that it has none) and the documents seen before the acta can be issued.
    "deducciones_no_declaradas",
    "falta_fuente_ingreso",
}


def test_nicaragua_draft_proposes_the_guideline_and_asks_only_what_the_parties_decide() -> None:
    ctx = pure_context(2)
    terms = starting_terms(ctx)
    s = terms.support
    assert s is not None
    assert (s.basis, s.percentage, s.thirteenth_month_share) == (
        SupportBasis.PORCENTAJE_INGRESO,
        D(35),
        D(35),
    )
    assert s.income is not None and s.income.gross == D("30000.00")
    assert s.adjustment is not None and s.adjustment.first_date == dt.date(2027, 1, 1)
    evaluation = evaluate(ctx, Draft(Outcome.ACUERDO_TOTAL, terms))
    assert {f.code for f in evaluation.errors} == ASK_THE_PARTIES
    assert evaluation.warnings == ()
    # 35 % of the declared 30,000.00 (before the deductions the officer will type)
    assert evaluation.terms.support is not None
    assert evaluation.terms.support.total == D("10500.00")


def test_chile_draft_starts_at_the_floor_and_colombia_with_the_cpi_clause() -> None:
    chile = pure_context(2, profile="CL")
    s = starting_terms(chile).support
    assert s is not None and s.basis == SupportBasis.MONTO_FIJO
    # declared 30,000 (pesos): the cap of 15,000 lowers the floor of 323,400
    assert [c.amount for c in s.children] == [D(7500), D(7500)]
    colombia = pure_context(1, profile="CO")
    s = starting_terms(colombia).support
    assert s is not None and s.adjustment is not None
    assert s.adjustment.kind == AdjustmentKind.INDICE and "IPC" in s.adjustment.index
    codes = {
        f.code
        for f in evaluate(colombia, Draft(Outcome.ACUERDO_TOTAL, starting_terms(colombia))).findings
    }
    assert "falta_reajuste" not in codes


def test_a_partial_agreement_draft_leaves_out_the_pending_matters() -> None:
    ctx = pure_context(1)
    terms = starting_terms(ctx, pending=[Matter.VISITAS])
    assert terms.matters == [Matter.ALIMENTOS, Matter.CUIDO]


@pytest.mark.parametrize(
    ("text", "currency", "locale", "value"),
    [
        ("1,500.50", "NIO", "es_NI", "1500.50"),
        ("C$ 1,500.50", "NIO", "es_NI", "1500.50"),
        ("215.600", "CLP", "es_CL", "215600"),
        ("$ 1.500.000,50", "COP", "es_CO", "1500000.50"),
    ],
)
def test_amounts_are_read_as_the_office_writes_them(
    text: str, currency: str, locale: str, value: str
) -> None:
    assert parse_amount(text, "Monto", currency, locale) == D(value)


@pytest.mark.parametrize(
    ("text", "currency", "locale", "message"),
    [
        ("", "NIO", "es_NI", "Monto: escriba un monto"),
        ("mil", "NIO", "es_NI", "Monto: «mil» no es un monto (por ejemplo 1,500.50)"),
        ("1,5", "NIO", "es_NI", "Monto: «1,5» no es un monto (por ejemplo 1,500.50)"),
        ("10.005", "NIO", "es_NI", "Monto: use como máximo 2 decimales"),
        ("1.500,5", "CLP", "es_CL", "Monto: no lleva decimales"),
    ],
)
def test_a_mistyped_amount_names_the_field(
    text: str, currency: str, locale: str, message: str
) -> None:
    with pytest.raises(ValidationFailed) as err:
        parse_amount(text, "Monto", currency, locale)
    assert str(err.value) == message
