"""Two desks (two processes) booking the same slot at the same moment: exactly one wins."""

from __future__ import annotations

import multiprocessing as mp
from typing import Any

import pytest
from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.domain.enums import HearingStatus
from conciliador.domain.hearing_states import OCCUPYING
from conciliador.models import Hearing
from conciliador.services.actor import Actor
from conciliador.services.errors import SchedulingConflict
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.world import NOW, World, local, pinned_clock

# Processes that race or are killed: run alone, after the parallel part (make test).
pytestmark = pytest.mark.serial

ROUNDS = 4


def _desk(url: str, actor: Actor, request: BookingRequest, barrier: Any, out: Any) -> None:
    db = Database(url, clock=pinned_clock())
    try:
        barrier.wait(timeout=30)
        book_hearing(db, actor, request, now=NOW)
        out.put("ganó")
    except SchedulingConflict as exc:
        out.put(f"rechazada: {exc.message}")
    except Exception as exc:  # anything else is a failure the test must show
        out.put(f"error: {type(exc).__name__}: {exc}")
    finally:
        db.dispose()


@pytest.mark.slow
def test_two_processes_booking_the_same_slot(world: World) -> None:
    url = world.db.url.render_as_string(hide_password=False)
    ctx = mp.get_context("spawn")
    for round_no in range(ROUNDS):
        start = local(2026, 11, 30, 8 + round_no)
        cases = [world.case().id, world.case().id]
        requests = [
            BookingRequest(
                case_id=c, officer_id=world.officer.user_id, start=start, room_id=world.room_ids[0]
            )
            for c in cases
        ]
        barrier, out = ctx.Barrier(2), ctx.Queue()
        desks = [
            ctx.Process(target=_desk, args=(url, world.officer, r, barrier, out)) for r in requests
        ]
        for d in desks:
            d.start()
        results = sorted(out.get(timeout=120) for _ in desks)
        for d in desks:
            d.join(timeout=60)
        assert results[0] == "ganó", results
        assert results[1].startswith("rechazada: No se puede programar"), results
        with world.db.read() as s:
            booked = s.scalar(
                select(func.count(Hearing.id)).where(
                    Hearing.starts_at == start, Hearing.status.in_(OCCUPYING)
                )
            )
        assert booked == 1
    with world.db.read() as s:
        assert (
            s.scalar(
                select(func.count(Hearing.id)).where(Hearing.status == HearingStatus.PROGRAMADA)
            )
            == ROUNDS
        )
