"""Identities minted by the generator: explicit primary keys (rows point at each other before
they are written) and the rows' uids.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from conciliador.models.base import time_ordered_uid

if TYPE_CHECKING:
    pass


_LOW_62 = (1 << 62) - 1
_LOW_48 = (1 << 48) - 1


class Ids:
    """Explicit primary keys, so rows can point at each other before they are written."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        value = self._next.get(table, 0) + 1
        self._next[table] = value
        return value


class UidMinter:
    """Deterministic uids for a seed, time-ordered like the application's own: in the order
    rows are written (office after office), so they append to the uid index. Each office mints
    in its own space (``restart``), from its own random stream, so the uids do not depend on
    how the offices were shared among worker processes."""

    def __init__(self, epoch_millis: int, rng: random.Random) -> None:
        self.epoch = epoch_millis
        self.rng = rng
        self.space = 0
        self.serial = 0
        self._renew = 0
        self._head = ""

    def restart(self, space: int, rng: random.Random) -> None:
        """Mint the next uids in ``space`` (an office's position), drawing from ``rng``."""
        self.space, self.serial, self._renew, self.rng = space, 0, 0, rng

    def __call__(self) -> str:
        self.serial += 1
        serial = self.serial
        tail = serial << 20 | self.rng.getrandbits(20)
        if serial >= self._renew:  # the first 19 characters change every 1000 uids
            millis = self.epoch + (self.space << 22) + serial // 1000
            self._head = time_ordered_uid(millis, tail)[:19]
            self._renew = (serial // 1000 + 1) * 1000 if tail >> 62 == 0 else serial + 1
        if tail <= _LOW_48:  # variant bits, then 12 digits: one format for nearly every uid
            return f"{self._head}8000-{tail:012x}"
        low = 0b10 << 62 | tail & _LOW_62
        return f"{self._head}{low >> 48:04x}-{low & _LOW_48:012x}"
