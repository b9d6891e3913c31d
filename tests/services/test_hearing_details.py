"""A hearing's panel: parties, citations and the moves each role may make."""

from __future__ import annotations

import datetime as dt

from conciliador.domain.enums import CitationMethod, HearingStatus
from conciliador.services import hearing_flow as flow
from conciliador.services.hearing_details import HearingAction, hearing_detail
from tests.support.booking import book, past_hearing
from tests.support.world import NOW, World, local

A = HearingAction


def test_a_booked_hearing_shows_both_citations_and_its_moves(world: World) -> None:
    h = book(world, world.case().id, local(2026, 11, 30, 9))
    detail = hearing_detail(world.db, world.officer, h.id, now=NOW)
    assert [c.party for c in detail.citations] == ["solicitante", "citado"]
    assert all(c.delivered_at is None for c in detail.citations)
    assert detail.claimant_phone == "8888-0000"
    # Not yet time for a no-show; the officer may do everything else.
    assert detail.actions == {
        A.DELIVER_CITATION,
        A.START,
        A.RESCHEDULE,
        A.CANCEL,
        A.PRINT_CITATIONS,
    }
    clerk = hearing_detail(world.db, world.clerk, h.id, now=NOW)
    assert clerk.actions == {A.DELIVER_CITATION, A.PRINT_CITATIONS}
    supervisor = hearing_detail(world.db, world.supervisor, h.id, now=NOW)
    assert A.ANNUL in supervisor.actions
    admin = hearing_detail(world.db, world.admin, h.id, now=NOW)
    assert admin.actions == frozenset()


def test_moves_follow_the_status(world: World) -> None:
    h = past_hearing(world)
    detail = hearing_detail(world.db, world.officer, h.id, now=NOW)
    assert A.NO_SHOW in detail.actions
    for citation in detail.citations:
        flow.record_citation_delivery(
            world.db,
            world.clerk,
            citation.id,
            delivered_at=NOW - dt.timedelta(days=3),
            method=CitationMethod.PERSONAL,
            delivered_by="Juan Pérez",
            now=NOW,
        )
    delivered = hearing_detail(world.db, world.officer, h.id, now=NOW)
    assert delivered.hearing.status == HearingStatus.CITACION_ENTREGADA
    assert A.DELIVER_CITATION not in delivered.actions
    assert delivered.citations[0].method == CitationMethod.PERSONAL
    assert delivered.citations[0].delivered_at is not None
    assert delivered.citations[0].delivered_at.utcoffset() == dt.timedelta(hours=-6)
    # delivered and on time: it starts without a reason, and the record keeps the instant
    assert delivered.start_problems == ()
    flow.start_hearing(world.db, world.officer, h.id, now=NOW)
    running = hearing_detail(world.db, world.officer, h.id, now=NOW)
    assert running.actions == {A.SUSPEND, A.RECORD_OUTCOME, A.PRINT_CITATIONS, A.CORRECT_TIMES}
    assert running.started_at == NOW and running.start_reason == ""
