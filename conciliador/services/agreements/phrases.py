"""Small pieces of Spanish shared by the calculator, the clause wording and the findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from babel.dates import format_date

from conciliador.documents.amounts import amount_in_words as _amount_in_words
from conciliador.documents.amounts import cardinal_feminine as _cardinal_feminine
from conciliador.documents.amounts import percent_text
from conciliador.documents.formatting import clock_time, medium_date
from conciliador.documents.formatting import money as _money
from conciliador.domain.agreement_terms import Weekday


def _takes_e(word: str) -> bool:
    """«y» becomes «e» before a word that starts with the sound /i/ (Ana e Inés), but not
    before «hie-»/«hia-» (agua y hielo)."""
    low = word.lower()
    return (low.startswith(("i", "í", "hi", "hí"))) and not low.startswith(("hie", "hia"))


def join(items: Sequence[str], conjunction: str = "y") -> str:
    """«a», «a y b», «a, b y c» (and «e» before an /i/ sound)."""
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = items[-1]
    word = "e" if conjunction == "y" and _takes_e(last) else conjunction
    return f"{', '.join(items[:-1])} {word} {last}"


def children_noun(count: int) -> str:
    """«1 hija o hijo», «3 hijas e hijos»."""
    return "1 hija o hijo" if count == 1 else f"{count} hijas e hijos"


def money(amount: Decimal, currency: str, locale: str) -> str:
    return _money(amount, currency, locale)


def amount_in_words(amount: Decimal, currency: str, currency_name: str) -> str:
    """«mil quinientos córdobas»."""
    return _amount_in_words(amount, currency, currency_name)


def cardinal_feminine(number: int) -> str:
    """«diez», «veintiuna», «doscientas» (for «cuotas»)."""
    return _cardinal_feminine(number)


def percent(value: Decimal, locale: str) -> str:
    return percent_text(value, locale)


def date_text(day: dt.date, locale: str) -> str:
    """«1 de diciembre de 2026»."""
    return medium_date(day, locale)


def month_day_text(day: dt.date, locale: str) -> str:
    """«1 de enero»."""
    return format_date(day, format="d 'de' MMMM", locale=locale)


def weekday_date_text(day: dt.date, locale: str) -> str:
    """«sábado 5 de diciembre de 2026»."""
    return format_date(day, format="EEEE d 'de' MMMM 'de' y", locale=locale)


def time_text(moment: dt.time, locale: str) -> str:
    return clock_time(moment, locale)


def weekdays_plural(days: Sequence[Weekday]) -> str:
    """«los martes y jueves», «los sábados»."""
    ordered = sorted(set(days), key=lambda d: d.position)
    names = [d.label + ("s" if d in (Weekday.SABADO, Weekday.DOMINGO) else "") for d in ordered]
    return f"los {join(names)}"


def missing(what: str) -> str:
    """A visible gap in a clause preview; the findings say the same, and block the acta."""
    return f"[falta: {what}]"
