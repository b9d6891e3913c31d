"""Write units take turns on both engines, as SQLite's BEGIN IMMEDIATE makes them: a desk never
holds the audit trail's turn while waiting for a row another desk has locked (on PostgreSQL
that order deadlocked two desks concluding a hearing and editing its case at once)."""

from __future__ import annotations

import threading

from conciliador.db import Database


def test_a_second_write_unit_waits_for_the_first_to_commit(db: Database) -> None:
    order: list[str] = []
    first_in = threading.Event()
    release = threading.Event()

    def first() -> None:
        with db.write():
            order.append("first begins")
            first_in.set()
            release.wait(timeout=30)
            order.append("first commits")

    def second() -> None:
        first_in.wait(timeout=30)
        with db.write():
            order.append("second begins")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_in.wait(timeout=30)
    # Give the second unit every chance to start while the first is open: it must not.
    threads[1].join(timeout=1.0)
    assert threads[1].is_alive() and order == ["first begins"]
    release.set()
    for thread in threads:
        thread.join(timeout=30)
    assert order == ["first begins", "first commits", "second begins"]
