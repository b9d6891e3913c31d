"""Exact money for agreements: amounts typed in the office's locale, per-period amounts,
monthly equivalents, equal shares.

Everything is ``Decimal`` rounded by the currency's rules (``documents.amounts``); an equal
split hands the indivisible remainder out one smallest unit at a time, so the parts always add
up to the total exactly.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from conciliador.documents.amounts import currency_digits, currency_unit, round_money
from conciliador.domain.agreement_terms import Periodicity, SupportBasis
from conciliador.services.agreements.terms import Support
from conciliador.services.errors import FieldId, FieldProblem, ValidationFailed

#: How many payments of each periodicity make a month («quincenal» is twice a month).
_PER_MONTH: dict[Periodicity, Decimal] = {
    Periodicity.MENSUAL: Decimal(1),
    Periodicity.QUINCENAL: Decimal(2),
    Periodicity.SEMANAL: Decimal(52) / Decimal(12),
}


def split_equally(total: Decimal, parts: int, currency: str) -> tuple[Decimal, ...]:
    """``total`` in ``parts`` shares that differ by at most one smallest unit, larger first.

    >>> split_equally(Decimal("100.00"), 3, "NIO")
    (Decimal('33.34'), Decimal('33.33'), Decimal('33.33'))
    """
    if parts < 1:
        raise ValueError("parts must be at least 1")
    unit = currency_unit(currency)
    rounded = round_money(total, currency)
    if rounded < 0:
        raise ValueError("cannot split a negative amount")
    units = int(rounded / unit)
    base, extra = divmod(units, parts)
    return tuple((base + (1 if i < extra else 0)) * unit for i in range(parts))


def per_period(monthly: Decimal, periodicity: Periodicity, currency: str) -> Decimal:
    """The payment per period that corresponds to a monthly amount."""
    return round_money(monthly / _PER_MONTH[periodicity], currency)


#: How the monthly equivalent is worked out, as the acta shows it («× 52 ÷ 12»).
MONTHLY_FACTOR_TEXT: dict[Periodicity, str] = {
    Periodicity.MENSUAL: "",
    Periodicity.QUINCENAL: "× 2",
    Periodicity.SEMANAL: "× 52 ÷ 12",
}


#: How the amount per period follows from a monthly amount («× 12 ÷ 52»), the inverse.
PERIOD_FACTOR_TEXT: dict[Periodicity, str] = {
    Periodicity.MENSUAL: "",
    Periodicity.QUINCENAL: "÷ 2",
    Periodicity.SEMANAL: "× 12 ÷ 52",
}


def rounded_to_unit(currency: str) -> str:
    """«redondeado al centavo», «redondeado al peso»: how an amount was rounded, in words."""
    return "redondeado al centavo" if currency_digits(currency) == 2 else "redondeado a la unidad"


def monthly_equivalent(amount: Decimal, periodicity: Periodicity, currency: str) -> Decimal:
    """What a payment per period comes to in a month (weekly: × 52 ÷ 12)."""
    return round_money(amount * _PER_MONTH[periodicity], currency)


def share_monthly(s: Support, currency: str) -> Decimal | None:
    """The monthly amount of support agreed as a share of net income: the share of the net
    income, rounded by the currency's rules (None when the support is not such a share)."""
    if (
        s.basis != SupportBasis.PORCENTAJE_INGRESO
        or s.percentage is None
        or s.income is None
        or s.income.net <= 0
    ):
        return None
    return round_money(s.income.net * s.percentage / 100, currency)


def monthly_support(s: Support, currency: str) -> Decimal:
    """The one monthly amount an acta states for its support.

    A share of net income is a monthly amount (the share of the monthly income); the amount
    per period is derived from it (``per_period``), so a weekly payment × 52 ÷ 12 may differ
    from it by the rounding, which the acta says. A fixed sum is agreed per period; its month
    is that amount × the periodicity's factor.
    """
    share = share_monthly(s, currency) if s.currency == currency else None
    if share is not None and s.children:
        return share
    return monthly_equivalent(s.total, s.periodicity, currency)


def instalments(total: Decimal, count: int, currency: str) -> tuple[Decimal, Decimal]:
    """(each instalment, the last one): equal instalments rounded down, the last one settling
    the rest, as arrears are usually written («… de C$333.33 cada una, la última de C$333.34»).
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    unit = currency_unit(currency)
    rounded = round_money(total, currency)
    each = (rounded / count // unit) * unit
    return each, rounded - each * (count - 1)


def parse_amount(text: str, field: FieldId, currency: str, locale: str) -> Decimal:
    """An amount typed the way the office writes it («1,500.50» in Managua, «1.500» in
    Santiago), exact, or ``ValidationFailed`` naming the field. Currency signs and spaces
    around are ignored; more decimals than the currency uses are refused, never rounded."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    for sign in ("C$", "$", currency):
        cleaned = cleaned.removeprefix(sign)
    if not cleaned:
        raise ValidationFailed(FieldProblem(field, "escriba un monto"))
    try:
        value = parse_decimal(cleaned, locale=locale, strict=True)
    except NumberFormatError as exc:
        example = format_decimal(Decimal("1500.5"), format="#,##0.00", locale=locale)
        raise ValidationFailed(
            FieldProblem(field, f"«{text.strip()}» no es un monto (por ejemplo {example})")
        ) from exc
    if not value.is_finite():
        raise ValidationFailed(FieldProblem(field, f"«{text.strip()}» no es un monto"))
    if value != round_money(value, currency):
        digits = currency_digits(currency)
        raise ValidationFailed(
            FieldProblem(
                field,
                "no lleva decimales" if digits == 0 else f"use como máximo {digits} decimales",
            )
        )
    if abs(value) >= Decimal(10) ** 12:
        raise ValidationFailed(FieldProblem(field, "es demasiado grande"))
    return value
