"""Random draws for the generator, quick enough for tens of millions of rows, and the country's
invented names (resources/demo/<perfil>.toml) they are drawn from.
"""

from __future__ import annotations

import random
import tomllib
from bisect import bisect
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from conciliador.criteria.files import resources_dir

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

from conciliador.demo.spec import OUTCOME_WEIGHTS

_T = TypeVar("_T")


class QuickRandom(random.Random):
    """``random.Random`` with quicker ``choice``, ``randint`` and ``randrange``: one float
    draw each instead of rejection sampling on bits (the generator makes tens of millions)."""

    def choice(self, seq: SupportsLenAndGetItem[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))


def load_names(profile_code: str = "NI") -> dict[str, Any]:
    """The country's invented names, places and formats (resources/demo/<perfil>.toml)."""
    with (resources_dir() / "demo" / f"{profile_code.lower()}.toml").open("rb") as fh:
        return tomllib.load(fh)


def rut_check_digit(body: int) -> str:
    """The check digit of a Chilean RUN/RUT (modulo 11)."""
    total, factor = 0, 2
    for digit in reversed(str(body)):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    rest = 11 - total % 11
    return {11: "0", 10: "K"}.get(rest, str(rest))


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class Weighted(Generic[_T]):
    """A weighted draw with its cumulative table worked out once."""

    def __init__(self, weights: dict[_T, float]) -> None:
        self.items = list(weights)
        self.cumulative = list(accumulate(weights.values()))

    def pick(self, rng: random.Random) -> _T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


OUTCOMES = Weighted(OUTCOME_WEIGHTS)
CHILDREN = Weighted({1: 50.0, 2: 32.0, 3: 13.0, 4: 5.0})


def pick_weighted(rng: random.Random, weights: dict[Any, float]) -> Any:
    if weights is OUTCOME_WEIGHTS:
        return OUTCOMES.pick(rng)
    return Weighted(weights).pick(rng)
