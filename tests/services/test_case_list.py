"""The case list: by number, by a party's name or ID, by status; a case's history."""

from __future__ import annotations

from sqlalchemy import func, select

from conciliador.domain.enums import CaseStatus
from conciliador.models import AuditEvent
from conciliador.services.case_list import case_hearings, case_summary, list_cases
from conciliador.services.cases import refer_case
from tests.support.booking import book
from tests.support.world import NOW, World, local


def test_cases_are_found_by_number_name_or_id(world: World) -> None:
    w = world
    first = w.case(claimant=w.person("Xiomara", "Urbina Sevilla"))
    second = w.case()
    everything = list_cases(w.db, w.officer, w.office_id)
    assert [c.id for c in everything.rows] == [second.id, first.id]
    assert not everything.more
    assert [c.id for c in list_cases(w.db, w.officer, w.office_id, query="xio urb").rows] == [
        first.id
    ]
    assert [c.id for c in list_cases(w.db, w.officer, w.office_id, query=first.number).rows] == [
        first.id
    ]
    number_only = first.number.rsplit("-", 1)[1]
    assert [c.id for c in list_cases(w.db, w.officer, w.office_id, query=number_only).rows] == [
        first.id
    ]
    page = list_cases(w.db, w.officer, w.office_id, limit=1)
    assert page.more and len(page.rows) == 1


def test_listing_is_not_opening_the_file(world: World) -> None:
    w = world
    w.case()
    with w.db.read() as session:
        before = session.scalar(select(func.count(AuditEvent.id)))
    list_cases(w.db, w.officer, w.office_id)
    with w.db.read() as session:
        assert session.scalar(select(func.count(AuditEvent.id))) == before


def test_the_next_hearing_status_and_the_hearings_are_shown(world: World) -> None:
    w = world
    booked = w.case()
    hearing = book(w, booked.id, local(2026, 11, 30, 9))
    flagged = w.case(flagged=True)
    refer_case(w.db, w.officer, flagged.id, "comisaria_mujer", "Atendida el mismo día", now=NOW)
    summary = case_summary(w.db, w.officer, booked.id)
    assert summary.next_hearing == hearing.starts_at
    assert summary.status == CaseStatus.EN_TRAMITE
    assert [
        c.id
        for c in list_cases(
            w.db, w.officer, w.office_id, statuses=frozenset({CaseStatus.DERIVADA})
        ).rows
    ] == [flagged.id]
    assert case_hearings(w.db, w.officer, flagged.id) == []
    assert [h.id for h in case_hearings(w.db, w.officer, booked.id)] == [hearing.id]


def test_a_case_number_copied_from_a_list_with_its_tag_finds_the_case(world: World) -> None:
    w = world
    first = w.case()
    w.case()
    for typed in (f"EXP {first.number}", f"Expediente n.º {first.number}"):
        found = list_cases(w.db, w.officer, w.office_id, query=typed).rows
        assert [c.id for c in found] == [first.id], typed
