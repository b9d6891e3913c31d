"""Properties that hold for every amount: the parts add up to the total, nothing negative."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from conciliador.criteria import load_profile
from conciliador.documents.amounts import currency_unit, round_money
from conciliador.domain.agreement_terms import (
    Party,
    Periodicity,
    Split,
    SupportBasis,
    VisitFrequency,
    Weekday,
)
from conciliador.domain.enums import Outcome
from conciliador.services.agreements import Draft, evaluate, work_guideline
from conciliador.services.agreements.money import (
    instalments,
    monthly_equivalent,
    per_period,
    split_equally,
)
from conciliador.services.agreements.terms import (
    Addition,
    AgreementTerms,
    Arrears,
    ChildAmount,
    HolidayRule,
    Income,
    Support,
    Visitation,
    VisitBlock,
)
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
            basis=SupportBasis.PORCENTAJE_INGRESO,
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


def model(cls: Any, **fields: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A pydantic model built from a strategy per field (by attribute name)."""
    return st.fixed_dictionaries(fields).map(lambda values: cls(**values))


UIDS = st.sampled_from([f"0190a6a0-0000-7000-8000-{i:012d}" for i in range(1, 5)])
#: What can be typed into an agreement: no control characters, no invisible direction marks
#: (services/validation.py refuses them).
TEXT = st.text(
    st.characters(
        blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        "\u200e\u200f\u061c\u2028\u2029",
        blacklist_categories=("Cs", "Cc"),
    ),
    max_size=40,
)
MONEY = st.decimals(
    min_value=-(10**6), max_value=10**9, places=2, allow_nan=False, allow_infinity=False
)
DATES = st.dates(dt.date(2020, 1, 1), dt.date(2040, 12, 31))
TIMES = st.times()
WEEKDAYS = st.sampled_from(list(Weekday))

SUPPORTS = model(
    Support,
    payer=st.sampled_from(list(Party)),
    basis=st.sampled_from(list(SupportBasis)),
    income=st.none() | model(Income, gross=MONEY, social_security=MONEY, income_tax=MONEY),
    percentage=st.none() | st.decimals(0, 100, places=2),
    children=st.lists(model(ChildAmount, child=UIDS, amount=MONEY), max_size=3).map(tuple),
    currency=st.sampled_from(["NIO", "USD"]),
    periodicity=st.sampled_from(list(Periodicity)),
    due_days=st.lists(st.integers(1, 31), max_size=2).map(tuple),
    due_weekday=st.none() | WEEKDAYS,
    first_payment=st.none() | DATES,
    arrears=st.none()
    | model(Arrears, total=MONEY, instalments=st.integers(1, 240), first_due=DATES),
)
VISITS = model(
    Visitation,
    children=st.lists(UIDS, max_size=3).map(tuple),
    schedule=st.lists(
        model(
            VisitBlock,
            frequency=st.sampled_from(list(VisitFrequency)),
            from_day=WEEKDAYS,
            from_time=TIMES,
            to_day=WEEKDAYS,
            to_time=TIMES,
            first_date=st.none() | DATES,
        ),
        max_size=3,
    ).map(tuple),
    pickup_place=TEXT.map(str.strip),
    holidays=st.lists(
        model(HolidayRule, occasion=TEXT.map(str.strip), split=st.sampled_from(list(Split))),
        max_size=2,
    ).map(tuple),
    restrictions=st.lists(TEXT.map(str.strip), max_size=2).map(tuple),
)


@settings(max_examples=150)
@given(support_=st.none() | SUPPORTS, visits=st.none() | VISITS, text=TEXT.map(str.strip))
def test_terms_come_back_from_their_json_unchanged(
    support_: Support | None, visits: Visitation | None, text: str
) -> None:
    terms = AgreementTerms(
        support=support_,
        visitation=visits,
        additions=(Addition(text=text),) if text else (),
    )
    stored = terms.stored()
    again = AgreementTerms.model_validate(json.loads(json.dumps(stored)))
    assert again == terms
    assert again.stored() == stored
