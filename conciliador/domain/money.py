"""How a currency's amounts are written and rounded: a legal rule, carried by the criteria
profile (``[moneda]``) with its source, never taken from a library's locale data."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from enum import StrEnum


class Rounding(StrEnum):
    """The rounding of a computed amount (a percentage of an income, a share per child)."""

    #: Half away from zero: 0.005 → 0.01 (the rounding people expect).
    MITAD_ARRIBA = "mitad_arriba"
    #: Half to even (banker's rounding).
    MITAD_PAR = "mitad_par"

    @property
    def decimal_mode(self) -> str:
        return ROUND_HALF_UP if self is Rounding.MITAD_ARRIBA else ROUND_HALF_EVEN


@dataclass(frozen=True)
class CurrencyRule:
    """A currency's digits and roundings, as the profile that uses it states them."""

    code: str
    #: Decimals an amount may carry (NIO 2, CLP 0).
    digits: int
    rounding: Rounding
    #: Cash payments are rounded to a multiple of this (Chile: 10 pesos, Ley 20.956 art. 13);
    #: 0 where no cash rounding applies.
    cash_step: Decimal = Decimal(0)

    @property
    def unit(self) -> Decimal:
        """The smallest amount: 0.01 for NIO, 1 for CLP."""
        return Decimal(1).scaleb(-self.digits)

    def round(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.unit, rounding=self.rounding.decimal_mode)

    def is_exact(self, amount: Decimal) -> bool:
        """Whether the amount has no more decimals than the currency uses."""
        return self.round(amount) == amount

    def cash(self, amount: Decimal) -> Decimal:
        """What is handed over in cash for ``amount``: to the nearest multiple of the cash step,
        a half step going down (Chile: «iguales o inferiores a $5 … a la decena inferior»)."""
        if not self.cash_step:
            return self.round(amount)
        steps = (amount / self.cash_step).quantize(Decimal(1), rounding=ROUND_HALF_DOWN)
        return self.round(steps * self.cash_step)
