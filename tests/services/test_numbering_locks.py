"""A number is taken by one desk at a time (docs/concurrency.md): the counter row's lock is
what keeps two desks of one office, numbering at the same moment, from both taking the same
number — now that write units no longer queue behind one global lock (issue 19)."""

from __future__ import annotations

import threading
import time

from conciliador.services.numbering import next_number
from tests.support.world import World


def test_two_desks_numbering_at_once_take_consecutive_numbers(world: World) -> None:
    office = world.office_id
    with world.db.write() as s:
        assert next_number(s, office, 2026, "prueba") == 1  # the counter exists
    a_took, b_started = threading.Event(), threading.Event()
    taken: dict[str, int] = {}

    def desk_a() -> None:
        with world.db.write() as s:
            taken["a"] = next_number(s, office, 2026, "prueba")
            a_took.set()
            b_started.wait(30)
            time.sleep(0.5)  # B is now reading the counter

    def desk_b() -> None:
        a_took.wait(30)
        b_started.set()  # on SQLite this unit cannot begin until A commits: set it first
        with world.db.write() as s:
            taken["b"] = next_number(s, office, 2026, "prueba")

    threads = [threading.Thread(target=desk_a), threading.Thread(target=desk_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(taken.values()) == [2, 3]
