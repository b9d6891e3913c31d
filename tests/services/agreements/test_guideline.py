"""The guideline calculator against cases worked by hand, for each profile.

Nicaragua (Código de la Familia, art. 324): 25 / 35 / 50 % of net income for one / two / three
or more children, shared equally; the same share of the 13th month in December.
Chile (Ley 14.908): floors of 40 % of the minimum wage ($539.000 since 1 January 2026) for one
child, 30 % each for two or more, never above 50 % of the payer's net income.
Colombia (Ley 1098): no fixed share; the cap of 50 % and the yearly CPI adjustment.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from conciliador.criteria import load_profile
from conciliador.domain.agreement_terms import Periodicity
from conciliador.services.agreements import work_guideline
from conciliador.services.agreements.terms import Income

NI, CL, CO = load_profile("NI"), load_profile("CL"), load_profile("CO")
NBSP = "\u00a0"

# A Managua payslip worked by hand: gross C$20,000.00; INSS 7 % = C$1,400.00; IR on
# (20,000 − 1,400) × 12 = 223,200 a year: 15,000 + 20 % × 23,200 = 19,640, or C$1,636.67 a
# month; net C$16,963.33.
PAYSLIP = Income(
    gross=D("20000.00"),
    social_security=D("1400.00"),
    income_tax=D("1636.67"),
    thirteenth_month=D("20000.00"),
)


def lines(working) -> dict[str, tuple[str, str]]:
    return {line.concept: (line.calculation, line.result) for line in working.lines}


@pytest.mark.parametrize(
    ("children", "share", "total", "parts"),
    [
        # 16,963.33 × 25 % = 4,240.8325 → 4,240.83
        (1, "25", "4240.83", ["4240.83"]),
        # × 35 % = 5,937.1655 → 5,937.17 → 2,968.59 + 2,968.58
        (2, "35", "5937.17", ["2968.59", "2968.58"]),
        # × 50 % = 8,481.665 → 8,481.67 → 848,167 cents ÷ 3 = 282,722 r 1
        (3, "50", "8481.67", ["2827.23", "2827.22", "2827.22"]),
        # three or more: still 50 %; 848,167 cents ÷ 5 = 169,633 r 2
        (5, "50", "8481.67", ["1696.34", "1696.34", "1696.33", "1696.33", "1696.33"]),
    ],
)
def test_nicaragua_share_of_net_income(
    children: int, share: str, total: str, parts: list[str]
) -> None:
    w = work_guideline(NI, children, PAYSLIP)
    assert w.net_income == D("16963.33")
    assert w.share == D(share)
    assert w.total == D(total)
    assert list(w.per_child) == [D(p) for p in parts]
    assert sum(w.per_child) == w.total
    shown = lines(w)
    assert shown["Ingreso neto mensual"] == (
        "C$20,000.00 − C$1,400.00 − C$1,636.67",
        "C$16,963.33",
    )
    assert shown["Pensión mensual según la pauta"] == (
        f"C$16,963.33 × {share}{NBSP}%",
        f"C${D(total):,}",
    )
    assert "art. 324" in w.legal_basis


def test_nicaragua_thirteenth_month_in_december_and_the_year() -> None:
    w = work_guideline(NI, 2, PAYSLIP)
    # 20,000 × 35 % = 7,000; the year: 12 × 5,937.17 + 7,000 = 78,246.04
    assert w.thirteenth_month == D("7000.00")
    shown = lines(w)
    assert shown["Décimo tercer mes, en diciembre"] == (f"C$20,000.00 × 35{NBSP}%", "C$7,000.00")
    assert shown["Total en el año"] == ("12 × C$5,937.17 + C$7,000.00", "C$78,246.04")


def test_nicaragua_per_period_for_weekly_and_fortnightly_payments() -> None:
    w = work_guideline(NI, 1, PAYSLIP)
    assert w.per_period(Periodicity.MENSUAL) == D("4240.83")
    assert w.per_period(Periodicity.QUINCENAL) == D("2120.42")  # 4,240.83 ÷ 2 = 2,120.415
    assert w.per_period(Periodicity.SEMANAL) == D("978.65")  # 4,240.83 × 12 ÷ 52 = 978.653


def test_nicaragua_without_income_says_what_is_missing() -> None:
    w = work_guideline(NI, 2, None)
    assert w.total is None and w.per_child == ()
    assert w.share == D("35")
    assert any("Sin el ingreso neto del alimentante" in n for n in w.notes)


def test_nicaragua_asks_for_the_13th_month_when_the_payslip_omits_it() -> None:
    w = work_guideline(NI, 1, PAYSLIP.model_copy(update={"thirteenth_month": None}))
    assert w.thirteenth_month is None
    assert any("décimo tercer mes" in n for n in w.notes)


def test_deductions_above_income_give_no_guideline() -> None:
    w = work_guideline(NI, 1, Income(gross=D("5000"), social_security=D("6000")))
    assert w.net_income == D("-1000") and w.total is None
    assert any("no es positivo" in n for n in w.notes)


@pytest.mark.parametrize(
    ("children", "income", "total", "parts", "capped"),
    [
        # 539,000 × 40 % = 215,600; the cap (50 % of 1,000,000) does not bite
        (1, D("1000000"), "215600", ["215600"], False),
        # 539,000 × 30 % = 161,700 each; 323,400 for two
        (2, D("1000000"), "323400", ["161700", "161700"], False),
        # 485,100 for three, above the cap of 50 % × 800,000 = 400,000; 400,000 ÷ 3
        (3, D("800000"), "400000", ["133334", "133333", "133333"], True),
        # 808,500 for five, above 50 % × 1,200,000 = 600,000; 120,000 each
        (5, D("1200000"), "600000", ["120000"] * 5, True),
    ],
)
def test_chile_minimum_wage_floors_under_the_cap(
    children: int, income: D, total: str, parts: list[str], capped: bool
) -> None:
    w = work_guideline(CL, children, Income(gross=income))
    assert w.total == D(total)
    assert list(w.per_child) == [D(p) for p in parts]
    assert w.capped is capped
    assert w.cap == income / 2
    assert w.is_floor
    concepts = [line.concept for line in w.lines]
    assert "Ingreso mínimo mensual (vigente desde el 1 de enero de 2026)" in concepts
    assert lines(w)["Tope: 50\u00a0% del ingreso neto"][1] == f"${income / 2:,.0f}".replace(
        ",", "."
    )


def test_chile_floor_shown_step_by_step_with_deductions() -> None:
    w = work_guideline(CL, 3, Income(gross=D("950000"), social_security=D("150000")))
    shown = lines(w)
    assert shown["Ingreso neto mensual"] == ("$950.000 − $150.000", "$800.000")
    assert shown["Piso por cada hija o hijo, cuando son dos o más"] == (
        f"$539.000 × 30{NBSP}%",
        "$161.700",
    )
    assert shown["Piso total para 3 hijas e hijos"] == ("$161.700 × 3", "$485.100")
    assert shown["Pauta: el piso no puede superar el tope"][1] == "$400.000"
    assert shown["Por cada hija o hijo, en partes iguales"] == (
        "$400.000 ÷ 3",
        "$133.334, $133.333 y $133.333",
    )


def test_chile_without_income_keeps_the_floor_and_warns_about_the_cap() -> None:
    w = work_guideline(CL, 5, None)
    assert w.total == D("808500") and w.cap is None
    assert any("tope del 50" in n for n in w.notes)


@pytest.mark.parametrize("children", [1, 2, 3, 5])
def test_colombia_has_no_amount_but_a_cap_and_the_cpi_adjustment(children: int) -> None:
    # gross 3,000,000 less 8 % (health and pension, 240,000) = 2,760,000; cap 1,380,000
    w = work_guideline(CO, children, Income(gross=D("3000000.00"), social_security=D("240000")))
    assert w.total is None and w.per_child == ()
    assert w.net_income == D("2760000.00") and w.cap == D("1380000.00")
    assert any("no fija un porcentaje" in n for n in w.notes)
    assert any("La pauta exige un reajuste anual" in n and "IPC" in n for n in w.notes)
    assert lines(w)["Tope: 50\u00a0% del ingreso neto"] == (
        f"$2.760.000,00 × 50{NBSP}%",
        "$1.380.000,00",
    )


# Ley 14.908, art. 7: the pension «no podrá exceder del 50 % de las rentas del alimentante».
# Worked by hand: 350,001 × 50 % = 175,000.5; a cap rounded up (175,001) would exceed it.
@pytest.mark.parametrize(
    ("income", "cap"),
    [(D("350001"), D("175000")), (D("350000"), D("175000")), (D("1"), D("0"))],
)
def test_chile_cap_is_rounded_down(income: D, cap: D) -> None:
    w = work_guideline(CL, 1, Income(gross=income))
    assert w.cap == cap
    assert w.total is not None and w.total <= income / 2


# Ley 14.908, art. 3: the floor is a share of «el ingreso mínimo remuneracional que
# corresponda según la edad del alimentante». Ley 21.751, from 1 January 2026: $539.000 for
# 18 to 65 years, $402.082 under 18 and over 65. Worked by hand:
# 402,082 × 40 % = 160,832.8 → 160,833 (a floor rounds up: «no podrá ser inferior»);
# 402,082 × 30 % = 120,624.6 → 120,625 each for two.
@pytest.mark.parametrize(
    ("age", "children", "parts"),
    [
        (17, 1, ["160833"]),
        (40, 1, ["215600"]),
        (65, 1, ["215600"]),
        (66, 1, ["160833"]),
        (70, 2, ["120625", "120625"]),
    ],
)
def test_chile_floor_follows_the_minimum_wage_of_the_payers_age(
    age: int, children: int, parts: list[str]
) -> None:
    w = work_guideline(CL, children, Income(gross=D("2000000")), payer_age=age)
    assert list(w.per_child) == [D(p) for p in parts]
    assert not any("edad del alimentante" in n for n in w.notes)


def test_chile_without_the_payers_age_says_which_minimum_wage_it_used() -> None:
    w = work_guideline(CL, 1, Income(gross=D("2000000")))
    assert w.total == D("215600")
    assert any("edad del alimentante" in n and "general" in n for n in w.notes)


def test_chile_pesos_take_no_cents() -> None:
    w = work_guideline(CL, 1, Income(gross=D("350001.50")))
    assert w.net_income is None and w.cap is None
    assert any("no llevan decimales" in n and "ingreso bruto" in n for n in w.notes)


@pytest.mark.parametrize("code", ["PE", "GT"])
def test_where_the_law_sets_no_share_there_is_no_amount_and_the_law_says_why(code: str) -> None:
    """Perú (Código Civil, art. 481) and Guatemala (Código Civil, art. 279): the pension is
    proportioned to the child's needs and the payer's means; no percentage."""
    profile = load_profile(code)
    w = work_guideline(profile, 2, Income(gross=D("4000.00")))
    assert w.total is None and w.per_child == () and w.cap is None
    assert "no fija un porcentaje" in w.legal_basis
    assert any("capacidad económica" in n and "necesidades" in n for n in w.notes)
