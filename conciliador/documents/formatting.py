"""Dates, times and amounts as the office's locale writes them (Babel)."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_interval
from babel.dates import format_time as _babel_time
from babel.numbers import (
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    parse_pattern,
)

from conciliador.criteria import currency_rule

# Babel puts a narrow no-break space inside "a. m."; keep it: it is what the locale prints.


def long_date(day: dt.date, locale: str) -> str:
    """«martes, 24 de noviembre de 2026»."""
    return _babel_date(day, format="full", locale=locale)


def medium_date(day: dt.date, locale: str) -> str:
    """«24 de noviembre de 2026»."""
    return _babel_date(day, format="long", locale=locale)


def short_date(day: dt.date, locale: str) -> str:
    """«24/11/2026»."""
    return _babel_date(day, format="dd/MM/yyyy", locale=locale)


def weekday_date(day: dt.date, locale: str) -> str:
    """«lunes 30/11/2026»."""
    return _babel_date(day, format="EEEE dd/MM/yyyy", locale=locale)


def clock_time(moment: dt.time | dt.datetime, locale: str) -> str:
    """«08:00» — 24-hour clock, unambiguous in a message."""
    return _babel_time(moment, format="HH:mm", locale=locale)


def money(amount: Decimal, currency: str, locale: str) -> str:
    """«C$1,500.00» for NIO in es_NI: the locale's symbol, grouping and pattern (Babel), with
    the decimals the criteria profile states for the currency (a legal rule, not locale data).
    """
    return money_formatter(currency, locale)(amount)


def money_formatter(currency: str, locale: str) -> Callable[[Decimal], str]:
    """``money`` for many amounts of one currency in one locale: the profile's rule and the
    locale's pattern are read once (a list of alerts formats hundreds of amounts)."""
    digits = currency_rule(currency).digits
    parsed = Locale.parse(locale)
    # A copy: Babel hands out the locale's own pattern object, shared by every caller.
    pattern = copy.copy(parse_pattern(parsed.currency_formats["standard"]))
    pattern.frac_prec = (digits, digits)
    marks = "".join(pattern.prefix + pattern.suffix)
    if "¤¤¤" in marks:  # the currency's name, whose plural depends on the amount
        return lambda amount: str(
            pattern.apply(amount, parsed, currency=currency, currency_digits=False)
        )
    # The symbol put in the pattern once, as Babel puts it in each text (it looks up the
    # currency's name for every amount, most of the time a list of alerts took).
    symbol = get_currency_symbol(currency, parsed)

    def mark(side: str) -> str:
        return side.replace("¤¤", currency.upper()).replace("¤", symbol)

    pattern.prefix = (mark(pattern.prefix[0]), mark(pattern.prefix[1]))
    pattern.suffix = (mark(pattern.suffix[0]), mark(pattern.suffix[1]))

    def text(amount: Decimal) -> str:
        formatted: str = pattern.apply(amount, parsed, currency_digits=False)
        return formatted

    sides = pattern.prefix + pattern.suffix
    if (
        pattern.scale
        or pattern.exp_prec
        or "@" in pattern.pattern
        or not pattern.number_pattern
        or any("'" in side for side in sides)
    ):
        return text
    return _plain_money(
        text,
        pattern.prefix,
        pattern.suffix,
        pattern.int_prec[0],
        pattern.grouping,
        digits,
        get_group_symbol(parsed, numbering_system="latn"),
        get_decimal_symbol(parsed, numbering_system="latn"),
    )


def _plain_money(
    babel: Callable[[Decimal], str],
    prefix: tuple[str, str],
    suffix: tuple[str, str],
    min_int: int,
    grouping: tuple[int, int],
    digits: int,
    group: str,
    point: str,
) -> Callable[[Decimal], str]:
    """Babel's ``NumberPattern.apply`` for a plain currency pattern (no scale, exponent,
    significant digits or quoted text), with the locale's symbols looked up once: the same
    steps on the same ``Decimal`` (sign apart, normalized, quantized in the current decimal
    context, grouped), without Babel's lookups of the locale's data for each amount — most of
    a list of alerts' time. ``tests/documents/test_money_text.py`` compares both."""
    quantum = Decimal(10) ** -digits
    first, rest = grouping

    def text(amount: Decimal) -> str:
        if not amount.is_finite():
            return babel(amount)
        negative = int(amount.is_signed())
        whole, _, fraction = f"{abs(amount).normalize().quantize(quantum):f}".partition(".")
        if len(whole) < min_int:
            whole = "0" * (min_int - len(whole)) + whole
        size, grouped = first, ""
        while len(whole) > size:
            grouped = group + whole[-size:] + grouped
            whole = whole[:-size]
            size = rest
        number = whole + grouped + (point + fraction if digits else "")
        return prefix[negative] + number + suffix[negative]

    return text


def date_range(first: dt.date, last: dt.date, locale: str) -> str:
    """«23–27 de noviembre de 2026», «30 de noviembre – 4 de diciembre de 2026»."""
    return format_interval(first, last, "yMMMMd", locale=locale)
