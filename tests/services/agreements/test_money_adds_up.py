"""Money that adds up: every total an acta states follows, to the cent, from the parts it
shows, and every amount is written in figures and in words (hypothesis sweeps periodicities,
child counts and amounts)."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conciliador.documents.amounts import round_money
from conciliador.domain.agreement_terms import Periodicity, SupportBasis
from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements.evaluation import Draft, evaluate
from conciliador.services.agreements.terms import AgreementTerms, Arrears, ChildAmount
from tests.support.agreements import pure_context, support

FIGURE = re.compile(r"C\$([\d,]+\.\d{2})")
FACTOR = {
    Periodicity.MENSUAL: Decimal(1),
    Periodicity.QUINCENAL: Decimal(2),
    Periodicity.SEMANAL: Decimal(52) / Decimal(12),
}
CENTS = st.integers(min_value=1, max_value=5_000_000).map(lambda c: Decimal(c) / 100)


def _amount(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    periodicity=st.sampled_from(list(Periodicity)),
    children=st.integers(min_value=1, max_value=6),
    share_of_income=st.booleans(),
    gross=st.integers(min_value=300_000, max_value=50_000_000).map(lambda c: Decimal(c) / 100),
    parts=st.lists(CENTS, min_size=6, max_size=6),
    arrears=st.tuples(CENTS, st.integers(min_value=1, max_value=36)),
)
def test_every_total_follows_from_the_parts_the_acta_shows(
    periodicity: Periodicity,
    children: int,
    share_of_income: bool,
    gross: Decimal,
    parts: list[Decimal],
    arrears: tuple[Decimal, int],
) -> None:
    ctx = pure_context(children, matters=(Matter.ALIMENTOS,))
    base = support(
        ctx, periodicity=periodicity, arrears=Arrears(total=arrears[0], instalments=arrears[1])
    )
    income = base.income.model_copy(  # type: ignore[union-attr]
        update={
            "gross": gross,
            "social_security": Decimal(0),
            "income_tax": Decimal(0),
            "no_deductions": True,
        }
    )
    if share_of_income:
        s = base.model_copy(update={"income": income})
    else:
        s = base.model_copy(
            update={
                "basis": SupportBasis.MONTO_FIJO,
                "percentage": None,
                "children": tuple(
                    ChildAmount(child=c.uid, amount=parts[i]) for i, c in enumerate(ctx.children)
                ),
            }
        )
    evaluation = evaluate(
        ctx, Draft(outcome=Outcome.ACUERDO_TOTAL, terms=AgreementTerms(support=s))
    )
    texts = {c.kind: c.text for c in evaluation.clauses}

    # The amount per period is the sum of the children's parts, as the clause lists them.
    pension = texts["pension"]
    total = _amount(re.search(r"la suma total de C\$([\d,]+\.\d{2})", pension).group(1))  # type: ignore[union-attr]
    shares = [_amount(m) for m in re.findall(r"C\$([\d,]+\.\d{2}) \([^)]*\) para ", pension)]
    assert len(shares) == children and sum(shares) == total
    assert max(shares) - min(shares) <= Decimal("0.01") or not share_of_income

    if share_of_income:
        # A share of the income: the stated monthly amount is the stated share of the stated
        # income, it is the acta's one monthly total, and the amount per period follows from
        # it (÷ the periodicity's factor, rounded to the cent).
        clause = texts["pension_porcentaje"]
        monthly, net = (_amount(m) for m in FIGURE.findall(clause)[:2])
        percent = Decimal(re.search(r"equivale al ([\d.]+)\s%", clause).group(1))  # type: ignore[union-attr]
        assert monthly == round_money(net * percent / 100, "NIO")
        assert evaluation.monthly_support == monthly
        assert total == round_money(monthly / FACTOR[periodicity], "NIO")
    else:
        # A fixed sum: the monthly total is that amount × the periodicity's factor, to the cent.
        assert evaluation.monthly_support == round_money(total * FACTOR[periodicity], "NIO")

    # Arrears: the instalments add up to the debt.
    owed = texts["atrasos"]
    figures = [_amount(m) for m in FIGURE.findall(owed)]
    debt, each = figures[0], figures[1]
    last = figures[2] if len(figures) > 2 else each
    count = arrears[1]
    assert debt == arrears[0]
    assert (each * (count - 1) + last if count > 1 else last) == debt

    # Every amount is written in figures and in words.
    for kind, text in texts.items():
        for match in FIGURE.finditer(text):
            after = text[match.end() : match.end() + 2]
            assert after == " (", (kind, match.group(0), text)
