"""Every change writes an audit event — who, when, which record, before and after — and opening
a case file is recorded too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from conciliador.domain.enums import Absence, CancelReason, CitationMethod, Outcome
from conciliador.models import AuditEvent, Citation
from conciliador.services import case_edits, cases, hearing_flow, offices, scheduling
from conciliador.services.actor import Actor
from conciliador.services.interchange.export import export_records
from conciliador.services.scheduling import BookingRequest
from tests.support.world import NOW, World, local


def _last_id(world: World) -> int:
    with world.db.read() as s:
        return s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)) or 0


def _since(world: World, last: int) -> list[AuditEvent]:
    with world.db.read() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.id > last).order_by(AuditEvent.id))
        )


def _recorded(world: World, actor: Actor, change: Callable[[], Any]) -> list[AuditEvent]:
    last = _last_id(world)
    change()
    events = _since(world, last)
    for e in events:
        assert e.user_id == actor.user_id and e.actor == actor.label
        assert abs(e.at - world.db.now()) < dt.timedelta(minutes=1)  # stamped by the one clock
    return events


def _book(world: World, case_id: int, hour: int) -> scheduling.HearingView:
    return scheduling.book_hearing(
        world.db,
        world.officer,
        BookingRequest(
            case_id, world.officer.user_id or 0, local(2026, 11, 30, hour), world.room_ids[0]
        ),
        now=NOW,
    )


def test_the_life_of_a_case_is_in_the_trail(world: World) -> None:
    o = world.officer
    events = _recorded(world, o, lambda: world.case())
    assert [(e.action, e.entity) for e in events] == [
        ("crear", "persona"),
        ("crear", "persona"),
        ("crear", "hijo"),
        ("crear", "caso"),
    ]
    person = events[0]
    assert person.before is None and person.after["first_names"] == "María"
    case_id = int(events[-1].entity_id)
    assert events[-1].after["status"] == "solicitada" and events[-1].office_id == world.office_id

    (opened,) = _recorded(world, o, lambda: cases.get_case(world.db, o, case_id))
    assert (opened.action, opened.entity, opened.entity_id) == ("consultar", "caso", str(case_id))

    version = cases.get_case(world.db, o, case_id).version
    (edited,) = _recorded(
        world,
        o,
        lambda: case_edits.update_request(
            world.db, o, case_id, expected_version=version, account="Relato corregido."
        ),
    )
    assert edited.before == {"account": "Solicita pensión para su hija."}
    assert edited.after == {"account": "Relato corregido."}

    booked = _recorded(world, o, lambda: _book(world, case_id, 9))
    assert [(e.action, e.entity) for e in booked] == [("programar", "audiencia")]
    hearing_id = int(booked[0].entity_id)
    assert booked[0].after["status"] == "programada"

    with world.db.read() as s:
        query = select(Citation.id).where(Citation.hearing_id == hearing_id)
        citation_id = s.scalars(query).first()
    (delivered,) = _recorded(
        world,
        world.clerk,
        lambda: hearing_flow.record_citation_delivery(
            world.db,
            world.clerk,
            citation_id,
            delivered_at=NOW,
            method=CitationMethod.PERSONAL,
            delivered_by="Notificador",
        ),
    )
    assert delivered.before["delivered_at"] is None and delivered.after["method"] == "personal"

    started = _recorded(
        world,
        o,
        lambda: hearing_flow.start_hearing(
            world.db, o, hearing_id, reason="Ambas partes acudieron por su cuenta."
        ),
    )
    assert (started[0].before["status"], started[0].after["status"]) == (
        "programada",
        "en_curso",
    )
    closed = _recorded(
        world,
        o,
        lambda: hearing_flow.conclude_hearing(world.db, o, hearing_id, Outcome.ACUERDO_TOTAL),
    )
    assert [(e.action, e.entity) for e in closed] == [("concluir", "audiencia"), ("cerrar", "caso")]
    assert closed[1].after["outcome"] == "acuerdo_total" and closed[1].before["outcome"] is None


@pytest.mark.parametrize(
    ("action", "change"),
    [
        ("reprogramar", "reschedule"),
        ("cancelar", "cancel"),
        ("anular", "annul"),
        ("inasistencia", "no_show"),
        ("excepcion", "override"),
        ("derivar", "refer"),
    ],
)
def test_status_changes_and_overrides_record_before_after_and_reason(
    world: World, action: str, change: str
) -> None:
    case, other = world.case(), world.case()
    h = _book(world, case.id, 10)
    s, o = world.supervisor, world.officer
    run: dict[str, Callable[[], Any]] = {
        "reschedule": lambda: scheduling.reschedule_hearing(
            world.db, o, h.id, local(2026, 12, 1, 9), reason="La parte pidió otro día", now=NOW
        ),
        "cancel": lambda: hearing_flow.cancel_hearing(
            world.db, o, h.id, CancelReason.OTRO, "La oficina se inundó"
        ),
        "annul": lambda: hearing_flow.annul_hearing(world.db, s, h.id, "Registrada por error"),
        "no_show": lambda: hearing_flow.record_no_show(
            world.db, o, h.id, Absence.CITADO, notes="No llegó", now=h.ends_at
        ),
        "override": lambda: scheduling.book_hearing(
            world.db,
            s,
            BookingRequest(other.id, o.user_id or 0, local(2026, 12, 8, 9), world.room_ids[1]),
            override_reason="Audiencia urgente por salud de la niña",
            now=NOW,
        ),
        "refer": lambda: cases.refer_case(
            world.db, o, case.id, "comisaria_mujer", "Relató agresiones"
        ),
    }
    actor = s if change in ("annul", "override") else o
    events = _recorded(world, actor, run[change])
    (event,) = [e for e in events if e.action == action]
    assert event.reason.strip()
    if action == "excepcion":
        assert event.after == {"regla": "feriado"}
    else:
        assert event.before["status"] != event.after["status"]


def test_administration_and_exports_are_recorded(world: World) -> None:
    a = world.admin
    (room,) = _recorded(world, a, lambda: offices.add_room(world.db, a, world.office_id, "Sala 3"))
    assert (room.action, room.entity, room.after) == (
        "crear",
        "sala",
        {"name": "Sala 3", "capacity": 6},
    )
    (closure,) = _recorded(
        world,
        a,
        lambda: offices.add_closure_day(
            world.db, a, world.office_id, dt.date(2026, 12, 31), "Fin de año"
        ),
    )
    assert closure.after == {"day": "2026-12-31", "reason": "Fin de año"}
    (export,) = _recorded(world, a, lambda: export_records(world.db, a, "MN-D2"))
    assert (export.action, export.entity, export.office_id) == (
        "exportar",
        "intercambio",
        world.office_id,
    )
    assert export.after["oficinas"] == 1
