"""A weekly pension agreed as a share of net income: the acta states one monthly amount (the
share of the income) and says how the weekly payment follows from it, rounded — never a second
monthly figure a few cents away (issue 12 §5)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from conciliador.domain.agreement_terms import Periodicity, Weekday
from conciliador.domain.enums import Outcome
from conciliador.services import hearing_flow as flow
from conciliador.services.actas import acta_document, acta_of_hearing
from conciliador.services.agreements import agreement_context
from conciliador.services.agreements.terms import AgreementTerms
from tests.support.agreements import family_case, held_hearing, support
from tests.support.docx_text import document_text
from tests.support.world import World

FIGURE = r"C\$([\d,]+\.\d{2})"


def _amount(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def test_a_weekly_share_states_one_monthly_amount_and_how_the_week_follows(
    sqlite_world: World,
) -> None:
    w = sqlite_world
    case = family_case(w, 1)
    hearing = held_hearing(w, case.id)
    ctx = agreement_context(w.db, w.officer, hearing.id)
    weekly = support(
        ctx,
        periodicity=Periodicity.SEMANAL,
        due_days=(),
        due_weekday=Weekday.VIERNES,
        first_payment=dt.date(2026, 12, 4),
    )
    flow.conclude_hearing(
        w.db,
        w.officer,
        hearing.id,
        Outcome.ACUERDO_TOTAL,
        terms=AgreementTerms(support=weekly),
        now=hearing.starts_at + dt.timedelta(hours=1),
    )
    acta = acta_of_hearing(w.db, w.officer, hearing.id)
    text = document_text(acta_document(w.db, w.officer, acta.acta_id).data)

    # 25 % of a net income of C$24,715.00 is C$6,178.75 a month; a week is that × 12 ÷ 52.
    share = re.search(r"La pensión mensual de " + FIGURE, text)
    total = re.search(r"Total mensual [^:]*: " + FIGURE, text)
    weekly_sum = re.search(r"la suma total de " + FIGURE, text)
    assert share and total and weekly_sum, text
    assert _amount(share.group(1)) == _amount(total.group(1)) == Decimal("6178.75")
    assert _amount(weekly_sum.group(1)) == Decimal("1425.87")  # 6,178.75 × 12 ÷ 52
    assert (
        "que resulta de aplicar el 25\u00a0% al ingreso neto mensual de C$24,715.00; cada pago "
        "semanal de C$1,425.87 es ese monto × 12 ÷ 52, redondeado al centavo."
    ) in text
    # No other monthly pension figure (the old acta also said C$6,178.77 = 1,425.87 × 52 ÷ 12).
    assert "C$6,178.77" not in text
