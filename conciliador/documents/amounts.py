"""Amounts as an acta writes them: rounded by the currency's rules, in figures, in words, and
percentages.

num2words spells Spanish cardinals but not as they read before a noun: it writes «veintiuno
mil» and «ciento uno pesos» where a document says «veintiún mil» and «ciento un pesos», and it
does not add the «de» of «un millón de pesos». Those fixes live here, so every document says it
the same way.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import format_decimal
from num2words import num2words

from conciliador.criteria import currency_rule

#: A non-breaking space keeps «25 %» together at the end of a line.
NBSP = "\u00a0"


def currency_digits(currency: str) -> int:
    """How many decimals the currency uses (CLP none, NIO and COP two), as the criteria
    profile states it with its legal source (``[moneda]``), not as a library's locale says."""
    return currency_rule(currency).digits


def currency_unit(currency: str) -> Decimal:
    """The smallest amount of the currency: 0.01 for NIO, 1 for CLP."""
    return currency_rule(currency).unit


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Rounded to the currency's digits by the profile's rounding rule."""
    return currency_rule(currency).round(amount)


def is_exact_for(amount: Decimal, currency: str) -> bool:
    """Whether the amount has no more decimals than the currency uses."""
    return currency_rule(currency).is_exact(amount)


def cash_amount(amount: Decimal, currency: str) -> Decimal:
    """What changes hands in cash for ``amount`` (Chile rounds to 10 pesos; others do not)."""
    return currency_rule(currency).cash(amount)


def percent_text(value: Decimal, locale: str) -> str:
    """«25 %», «12,5 %» — the locale's decimal mark, a non-breaking space before the sign."""
    return f"{format_decimal(value.normalize(), locale=locale)}{NBSP}%"


_ONE_BEFORE_NOUN = re.compile(r"\b(veinti)?uno\b(?= (mil|millón|millones|billón|billones)\b|$)")


def cardinal_before_noun(number: int) -> str:
    """A whole number in Spanish words as it reads before a masculine noun: «veintiún»,
    «ciento un», «treinta y un mil»."""
    if number < 0:
        return f"menos {cardinal_before_noun(-number)}"
    words: str = num2words(number, lang="es")
    return _ONE_BEFORE_NOUN.sub(lambda m: "veintiún" if m.group(1) else "un", words)


def cardinal_feminine(number: int) -> str:
    """A whole number in words before a feminine noun: «una», «veintiuna», «doscientas»."""
    words = cardinal_before_noun(number)
    words = re.sub(r"\bveintiún\b", "veintiuna", words)
    words = re.sub(r"\bun\b(?! millón| millones)", "una", words)
    return re.sub(r"ientos\b", "ientas", words)


def _singular(currency_name: str) -> str:
    """«córdobas» → «córdoba», «pesos chilenos» → «peso chileno»."""
    words = []
    for word in currency_name.split():
        if word.endswith("es") and word[:-2].endswith(("l", "n", "r")):
            words.append(word[:-2])
        elif word.endswith("s"):
            words.append(word[:-1])
        else:
            words.append(word)
    return " ".join(words)


def amount_in_words(amount: Decimal, currency: str, currency_name: str) -> str:
    """«mil quinientos córdobas con cincuenta centavos», «un millón de pesos chilenos».

    ``currency_name`` is the plural the profile gives (``regional.moneda_nombre``). The amount
    is first rounded by the currency's rules; cents are spelled out when the currency has them.
    """
    rounded = round_money(amount, currency)
    negative = rounded < 0
    rounded = abs(rounded)
    whole = int(rounded)
    digits = currency_digits(currency)
    cents = int((rounded - whole).scaleb(digits)) if digits else 0
    words = cardinal_before_noun(whole)
    if words.endswith(("millón", "millones", "billón", "billones")):
        words += " de"
    noun = _singular(currency_name) if whole == 1 else currency_name
    text = f"{words} {noun}"
    if cents:
        if digits != 2:
            text += f" con {cents}/{10**digits}"
        else:
            text += f" con {cardinal_before_noun(cents)} centavo{'' if cents == 1 else 's'}"
    return f"menos {text}" if negative else text
