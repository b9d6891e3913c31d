"""Amounts in figures and in words, as an acta writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conciliador.documents.amounts import (
    amount_in_words,
    cardinal_feminine,
    currency_digits,
    percent_text,
    round_money,
)


@pytest.mark.parametrize(
    ("amount", "currency", "name", "words"),
    [
        ("1", "NIO", "córdobas", "un córdoba"),
        ("21", "NIO", "córdobas", "veintiún córdobas"),
        ("101", "NIO", "córdobas", "ciento un córdobas"),
        ("21000", "NIO", "córdobas", "veintiún mil córdobas"),
        ("31000", "NIO", "córdobas", "treinta y un mil córdobas"),
        ("1500.50", "NIO", "córdobas", "mil quinientos córdobas con cincuenta centavos"),
        (
            "4240.83",
            "NIO",
            "córdobas",
            "cuatro mil doscientos cuarenta córdobas con ochenta y tres centavos",
        ),
        ("0.01", "NIO", "córdobas", "cero córdobas con un centavo"),
        ("0.21", "NIO", "córdobas", "cero córdobas con veintiún centavos"),
        ("1000000", "CLP", "pesos", "un millón de pesos"),
        ("21000000", "CLP", "pesos", "veintiún millones de pesos"),
        ("1500000", "CLP", "pesos", "un millón quinientos mil pesos"),
        ("539000", "CLP", "pesos", "quinientos treinta y nueve mil pesos"),
        ("1", "COP", "pesos colombianos", "un peso colombiano"),
        ("2000000.00", "COP", "pesos colombianos", "dos millones de pesos colombianos"),
    ],
)
def test_amounts_in_words(amount: str, currency: str, name: str, words: str) -> None:
    assert amount_in_words(Decimal(amount), currency, name) == words


def test_words_follow_the_currency_rounding() -> None:
    # Chilean pesos have no cents: 133333.5 is written as the 133334 the acta shows.
    assert amount_in_words(Decimal("133333.5"), "CLP", "pesos") == (
        "ciento treinta y tres mil trescientos treinta y cuatro pesos"
    )


def test_currency_digits_and_rounding_half_up() -> None:
    assert (currency_digits("NIO"), currency_digits("CLP"), currency_digits("COP")) == (2, 0, 2)
    assert round_money(Decimal("4240.8325"), "NIO") == Decimal("4240.83")
    assert round_money(Decimal("2.005"), "NIO") == Decimal("2.01")
    assert round_money(Decimal("215599.5"), "CLP") == Decimal("215600")


@pytest.mark.parametrize(
    ("number", "words"), [(1, "una"), (10, "diez"), (21, "veintiuna"), (200, "doscientas")]
)
def test_feminine_cardinals_for_instalments(number: int, words: str) -> None:
    assert cardinal_feminine(number) == words


def test_percentages_use_the_locale_mark_and_keep_the_sign_attached() -> None:
    assert percent_text(Decimal("25"), "es_NI") == "25\u00a0%"
    assert percent_text(Decimal("12.50"), "es_CL") == "12,5\u00a0%"
