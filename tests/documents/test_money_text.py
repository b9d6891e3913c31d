"""Amounts as the office's locale writes them, with the profile's decimals for the currency."""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import parse_pattern
from hypothesis import given, settings
from hypothesis import strategies as st

from conciliador.documents.formatting import money, money_formatter


def test_amounts_keep_their_currency_decimals_after_another_currency_is_formatted() -> None:
    cordobas = money_formatter("NIO", "es_NI")
    assert cordobas(Decimal("1500.25")) == "C$1,500.25"
    # Chilean pesos have no decimals; formatting them in the same locale must not take the
    # cents off the córdobas (the locale's pattern is shared by every caller).
    assert money(Decimal("1500"), "CLP", "es_NI") == "CLP1,500"
    assert cordobas(Decimal("1500.25")) == "C$1,500.25"
    assert money(Decimal("1500.25"), "NIO", "es_NI") == "C$1,500.25"


def test_the_formatter_writes_what_babel_writes_for_each_amount() -> None:
    amounts = [Decimal(0), Decimal("0.01"), Decimal("-1500.5"), Decimal("1234567.891")]
    for currency, locale, digits in (
        ("NIO", "es_NI", 2),
        ("COP", "es_CO", 2),
        ("CLP", "es_CL", 0),
        ("PEN", "es_PE", 2),
        ("NIO", "fr_FR", 2),
    ):
        parsed = Locale.parse(locale)
        for amount in amounts:
            pattern = parse_pattern(str(parsed.currency_formats["standard"].pattern))
            pattern.frac_prec = (digits, digits)
            expected = pattern.apply(amount, parsed, currency=currency, currency_digits=False)
            assert money_formatter(currency, locale)(amount) == expected, (currency, locale)


_KINDS = (
    ("NIO", "es_NI", 2),
    ("COP", "es_CO", 2),
    ("CLP", "es_CL", 0),
    ("PEN", "es_PE", 2),
    ("NIO", "fr_FR", 2),
    ("NIO", "en_IN", 2),  # grouped 12,34,567.00: two group sizes
)


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=3, max_value=10**12, min_value=-(10**12)
    )
    | st.decimals(allow_nan=False, allow_infinity=False, max_value=10**9, min_value=-(10**9)),
    st.sampled_from(_KINDS),
)
def test_any_amount_is_written_as_babel_writes_it(
    amount: Decimal, kind: tuple[str, str, int]
) -> None:
    """The formatter writes the text itself (Babel's steps, its symbols read once): over any
    amount — negative, zero, half a cent, a long fraction — the text is Babel's own."""
    currency, locale, digits = kind
    parsed = Locale.parse(locale)
    pattern = parse_pattern(str(parsed.currency_formats["standard"].pattern))
    pattern.frac_prec = (digits, digits)
    expected = pattern.apply(amount, parsed, currency=currency, currency_digits=False)
    assert money_formatter(currency, locale)(amount) == expected
