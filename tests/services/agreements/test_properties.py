"""Properties that hold for every amount: the parts add up to the total, nothing negative."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from conciliador.criteria import load_profile
from conciliador.documents.amounts import currency_unit, round_money
from conciliador.domain.agreement_terms import Periodicity, SupportBasis
from conciliador.domain.enums import Outcome
from conciliador.services.agreements import Draft, evaluate, work_guideline
from conciliador.services.agreements.money import (
    instalments,
    monthly_equivalent,
    per_period,
    split_equally,
)
from conciliador.services.agreements.terms import AgreementTerms, ChildAmount, Income
from tests.support.agreements import pure_context, support

CURRENCIES = st.sampled_from(["NIO", "CLP", "COP"])
PROFILES = st.sampled_from(["NI", "CL", "CO"])


def amounts(currency: str, high: int = 10**9) -> st.SearchStrategy[Decimal]:
    unit = currency_unit(currency)
    return st.integers(min_value=0, max_value=int(high / unit)).map(lambda n: n * unit)


@given(data=st.data(), currency=CURRENCIES, parts=st.integers(1, 12))
def test_equal_shares_add_up_and_differ_by_at_most_one_unit(
    data: st.DataObject, currency: str, parts: int
) -> None:
    total = data.draw(amounts(currency))
    shares = split_equally(total, parts, currency)
    assert sum(shares) == total
    assert all(s >= 0 for s in shares)
    assert max(shares) - min(shares) <= currency_unit(currency)
    assert list(shares) == sorted(shares, reverse=True)


@given(data=st.data(), currency=CURRENCIES, count=st.integers(1, 240))
def test_instalments_settle_the_debt_exactly(
    data: st.DataObject, currency: str, count: int
) -> None:
    total = data.draw(amounts(currency))
    each, last = instalments(total, count, currency)
    assert each * (count - 1) + last == total
    assert 0 <= each <= last


@given(data=st.data(), currency=CURRENCIES, periodicity=st.sampled_from(list(Periodicity)))
def test_per_period_and_monthly_equivalent_agree_to_rounding(
    data: st.DataObject, currency: str, periodicity: Periodicity
) -> None:
    monthly = data.draw(amounts(currency, 10**8))
    payment = per_period(monthly, periodicity, currency)
    back = monthly_equivalent(payment, periodicity, currency)
    assert payment >= 0 and back >= 0
    # one payment's rounding, times the payments in a month (at most 52/12 < 5)
    assert abs(back - monthly) <= 5 * currency_unit(currency)


@settings(max_examples=300)
@given(
    data=st.data(),
    code=PROFILES,
    children=st.integers(1, 10),
    thirteenth=st.booleans(),
)
def test_the_guideline_per_child_adds_up_and_is_never_negative(
    data: st.DataObject, code: str, children: int, thirteenth: bool
) -> None:
    profile = load_profile(code)
    currency = profile.regional.currency
    gross = data.draw(amounts(currency, 10**8))
    social = data.draw(amounts(currency, 10**7))
    tax = data.draw(amounts(currency, 10**7))
    income = data.draw(
        st.sampled_from(
            [
                None,
                Income(
                    gross=gross,
                    social_security=social,
                    income_tax=tax,
                    thirteenth_month=gross if thirteenth else None,
                ),
            ]
        )
    )
    w = work_guideline(profile, children, income)
    if w.total is not None:
        assert w.total >= 0
        assert len(w.per_child) == children
        assert sum(w.per_child) == w.total
        assert all(p >= 0 for p in w.per_child)
        assert w.total == round_money(w.total, currency)
    if w.cap is not None and w.total is not None:
        assert w.total <= w.cap or not w.is_floor
    if w.thirteenth_month is not None:
        assert w.thirteenth_month >= 0
    for line in w.lines:
        assert line.concept and line.result


@settings(max_examples=200)
@given(
    data=st.data(),
    children=st.integers(1, 6),
    percentage=st.integers(1, 100).map(Decimal),
    periodicity=st.sampled_from(list(Periodicity)),
)
def test_agreed_share_is_split_into_parts_that_add_up(
    data: st.DataObject, children: int, percentage: Decimal, periodicity: Periodicity
) -> None:
    ctx = pure_context(children)
    gross = data.draw(amounts("NIO", 10**7).filter(lambda g: g > 0))
    terms = AgreementTerms(
        support=support(
            ctx,
            basis=SupportBasis.NET_INCOME_SHARE,
            percentage=percentage,
            income=Income(gross=gross, social_security=round_money(gross * Decimal("0.07"), "NIO")),
            periodicity=periodicity,
            children=tuple(ChildAmount(child=c.uid, amount=Decimal(0)) for c in ctx.children),
        )
    )
    result = evaluate(ctx, Draft(Outcome.ACUERDO_TOTAL, terms))
    s = result.terms.support
    assert s is not None
    net = gross - round_money(gross * Decimal("0.07"), "NIO")
    expected = per_period(round_money(net * percentage / 100, "NIO"), periodicity, "NIO")
    assert s.total == expected
    assert all(c.amount >= 0 for c in s.children)
    assert result.monthly_support is None or result.monthly_support > 0
