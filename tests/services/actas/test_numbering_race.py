"""Two desks (two processes) issuing actas at the same moment: consecutive numbers, no gap,
no duplicate — on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing as mp
from typing import Any

import pytest
from sqlalchemy import select

from conciliador.db import Database
from conciliador.domain.enums import Outcome
from conciliador.models import Acta
from conciliador.services.actas import issue_acta
from conciliador.services.actor import Actor
from tests.support.actas import concluded
from tests.support.world import NOW, World, pinned_clock

# Processes that race or are killed: run alone, after the parallel part (make test).
pytestmark = pytest.mark.serial

PER_DESK = 3


def _desk(url: str, actor: Actor, acta_ids: list[int], barrier: Any, out: Any) -> None:
    db = Database(url, clock=pinned_clock())
    try:
        barrier.wait(timeout=60)
        for acta_id in acta_ids:
            out.put(issue_acta(db, actor, acta_id, now=NOW).number)
    except Exception as exc:  # shown by the test
        out.put(f"error: {type(exc).__name__}: {exc}")
    finally:
        db.dispose()


@pytest.mark.slow
def test_two_desks_issuing_together_get_consecutive_numbers(world: World) -> None:
    ids = []
    for i in range(2 * PER_DESK):
        _, acta = concluded(
            world, Outcome.FALTA_DE_ACUERDO, children=1, hour=8 + i % 8, room=i // 8
        )
        assert acta.acta_id is not None
        ids.append(acta.acta_id)
    url = world.db.url.render_as_string(hide_password=False)
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(2), ctx.Queue()
    desks = [
        ctx.Process(target=_desk, args=(url, world.officer, ids[:PER_DESK], barrier, out)),
        ctx.Process(target=_desk, args=(url, world.officer2, ids[PER_DESK:], barrier, out)),
    ]
    for d in desks:
        d.start()
    numbers = [out.get(timeout=180) for _ in range(2 * PER_DESK)]
    for d in desks:
        d.join(timeout=60)
    assert not [n for n in numbers if n.startswith("error")], numbers
    assert sorted(numbers) == [f"MN-D2-2026-{n:04d}" for n in range(1, 2 * PER_DESK + 1)]
    with world.db.read() as s:
        stored = sorted(s.scalars(select(Acta.number).where(Acta.number.is_not(None))))
    assert stored == list(range(1, 2 * PER_DESK + 1))
