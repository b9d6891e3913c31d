"""Scheduling rules, each alone, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from conciliador.domain.enums import HearingMode, HearingStatus, Matter, OverrideKind, Sex
from conciliador.models import Citation, Hearing, Override
from conciliador.services import offices
from conciliador.services.errors import (
    InvalidTransition,
    PermissionDenied,
    SchedulingConflict,
    ValidationFailed,
)
from conciliador.services.scheduling import (
    BookingRequest,
    book_hearing,
    check_booking,
    check_reschedule,
    propose_slots,
    reschedule,
    reschedule_hearing,
)
from tests.support.world import NOW, World, local

MONDAY = (2026, 11, 30)  # a working Monday, a week after NOW


def request(
    world: World,
    case_id: int,
    start: dt.datetime,
    *,
    officer=None,
    room: int | None = 0,
    minutes: int | None = None,
    mode: HearingMode = HearingMode.PRESENCIAL,
) -> BookingRequest:
    return BookingRequest(
        case_id=case_id,
        officer_id=(officer or world.officer).user_id,
        start=start,
        room_id=None if room is None else world.room_ids[room],
        minutes=minutes,
        mode=mode,
    )


def book(world: World, case_id: int, start: dt.datetime, **kw):
    override = kw.pop("override_reason", "")
    actor = kw.pop("actor", world.officer)
    return book_hearing(
        world.db, actor, request(world, case_id, start, **kw), override_reason=override, now=NOW
    )


def hearing_count(world: World) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count(Hearing.id))) or 0


def test_booking_stores_instant_and_issues_one_citation_per_party(world: World) -> None:
    case = world.case()
    h = book(world, case.id, local(*MONDAY, 9))
    assert h.status == HearingStatus.PROGRAMADA
    assert (h.starts_at.hour, h.ends_at.hour) == (9, 10)  # profile default: 60 minutes
    with world.db.read() as s:
        stored = s.get(Hearing, h.id)
        assert stored.starts_at == dt.datetime(2026, 11, 30, 15, 0, tzinfo=dt.UTC)
        parties = s.scalars(select(Citation.party).where(Citation.hearing_id == h.id)).all()
    assert sorted(parties) == ["citado", "solicitante"]


def test_naive_start_is_read_in_the_office_time_zone(world: World) -> None:
    case = world.case()
    h = book(world, case.id, dt.datetime(*MONDAY, 8, 0))
    assert h.starts_at.utcoffset() == dt.timedelta(hours=-6)
    assert h.starts_at.hour == 8


def test_officer_double_booking_is_refused_naming_the_case(world: World) -> None:
    first = world.case()
    book(world, first.id, local(*MONDAY, 9))
    second = world.case()
    with pytest.raises(SchedulingConflict) as err:
        book(world, second.id, local(*MONDAY, 9, 30), room=1)
    assert "Ana Martínez ya tiene la audiencia del caso" in err.value.message
    assert first.number in err.value.message
    assert "09:00 a 10:00" in err.value.message
    assert not err.value.overridable


def test_room_double_booking_is_refused(world: World) -> None:
    book(world, world.case().id, local(*MONDAY, 9))
    with pytest.raises(SchedulingConflict, match="la sala «Sala 1» está ocupada"):
        book(world, world.case().id, local(*MONDAY, 9, 30), officer=world.officer2)


def test_a_party_cannot_be_in_two_hearings_at_once(world: World) -> None:
    shared = world.person("Pedro", "Sánchez Ruiz", sex=Sex.MALE)
    first = world.case(respondent=shared)
    book(world, first.id, local(*MONDAY, 9))
    from conciliador.services.people import PersonInput

    second = world.case(respondent=PersonInput(existing_id=first.respondent.id))
    with pytest.raises(SchedulingConflict, match="Pedro Sánchez Ruiz ya está citada/o"):
        book(world, second.id, local(*MONDAY, 9, 30), officer=world.officer2, room=1)


def test_back_to_back_hearings_do_not_clash(world: World) -> None:
    book(world, world.case().id, local(*MONDAY, 9))
    h = book(world, world.case().id, local(*MONDAY, 10))
    assert h.starts_at.hour == 10


def test_outside_office_hours_is_refused_with_the_hours(world: World) -> None:
    with pytest.raises(SchedulingConflict) as err:
        book(world, world.case().id, local(*MONDAY, 11, 30))  # runs into the 12:00 break
    assert "fuera del horario de atención" in err.value.message
    assert "lunes a viernes 08:00–12:00 y 13:00–17:00" in err.value.message
    assert err.value.overridable
    # one name for the rule: the clash, the override row and the audit all say fuera_de_horario
    assert [c.rule for c in err.value.clashes] == [OverrideKind.FUERA_DE_HORARIO]
    h = book(
        world,
        world.case().id,
        local(*MONDAY, 11, 30),
        actor=world.supervisor,
        override_reason="La citada solo puede a mediodía por su trabajo",
    )
    with world.db.read() as s:
        kinds = s.scalars(select(Override.kind).where(Override.hearing_id == h.id)).all()
    assert (
        kinds == [OverrideKind.FUERA_DE_HORARIO]
        and OverrideKind.FUERA_DE_HORARIO == "fuera_de_horario"
    )


def test_weekend_is_outside_office_hours(world: World) -> None:
    with pytest.raises(SchedulingConflict, match="fuera del horario"):
        book(world, world.case().id, local(2026, 11, 28, 9))


def test_public_holiday_is_refused_by_name(world: World) -> None:
    with pytest.raises(SchedulingConflict, match="es feriado: Concepción de María"):
        book(world, world.case().id, local(2026, 12, 8, 9))


def test_subdivision_holiday_applies_only_where_it_is_kept(world: World) -> None:
    # Santo Domingo (1 August) is a Managua holiday; León keeps no such day.
    august = local(2026, 8, 3, 9)  # Monday 3 August 2026 is not a holiday anywhere
    now = august - dt.timedelta(days=30)
    case = world.case()
    with pytest.raises(SchedulingConflict, match="Santo Domingo"):
        book_hearing(
            world.db, world.officer, request(world, case.id, local(2026, 8, 10, 9)), now=now
        )


def test_closure_day_is_refused_with_its_reason(world: World) -> None:
    offices.add_closure_day(
        world.db, world.admin, world.office_id, dt.date(*MONDAY), "Fumigación del local"
    )
    with pytest.raises(SchedulingConflict, match="cerrada el 30/11/2026: Fumigación del local"):
        book(world, world.case().id, local(*MONDAY, 9))


def test_minimum_notice_counts_working_days(world: World) -> None:
    # Booked on Monday 23 with 3 working days' notice: Thursday 26 is the first possible day.
    with pytest.raises(SchedulingConflict, match="la primera fecha posible es el 26/11/2026"):
        book(world, world.case().id, local(2026, 11, 25, 9))
    assert book(world, world.case().id, local(2026, 11, 26, 9)).starts_at.day == 26


def test_a_time_in_the_past_is_never_bookable(world: World) -> None:
    with pytest.raises(SchedulingConflict, match="ya pasaron") as err:
        book(
            world,
            world.case().id,
            local(2026, 11, 20, 9),
            override_reason="x" * 20,
            actor=world.supervisor,
        )
    assert not err.value.overridable


def test_positive_safeguarding_screen_blocks_a_joint_hearing(world: World) -> None:
    case = world.case(flagged=True)
    with pytest.raises(SchedulingConflict, match="tamizaje de salvaguarda indica violencia"):
        book(world, case.id, local(*MONDAY, 9))


def test_remote_mode_needs_no_room_but_must_be_allowed(world: World) -> None:
    h = book(world, world.case().id, local(*MONDAY, 9), room=None, mode=HearingMode.VIDEO)
    assert h.room_id is None and h.mode == HearingMode.VIDEO
    with pytest.raises(ValidationFailed, match="una audiencia presencial necesita una sala"):
        book(world, world.case().id, local(*MONDAY, 10), room=None)


def test_only_a_supervisor_may_override_and_it_is_audited(world: World) -> None:
    case = world.case(flagged=True)
    with pytest.raises(PermissionDenied, match="Solo un supervisor"):
        book(world, case.id, local(*MONDAY, 9), override_reason="La víctima pidió la audiencia")
    with pytest.raises(SchedulingConflict):  # no reason: still refused
        book(world, case.id, local(*MONDAY, 9), actor=world.supervisor)
    h = book(
        world,
        case.id,
        local(*MONDAY, 9),
        actor=world.supervisor,
        override_reason="Audiencia con acompañamiento psicológico, en salas separadas",
    )
    with world.db.read() as s:
        overrides = s.scalars(select(Override).where(Override.hearing_id == h.id)).all()
    assert [o.kind for o in overrides] == [OverrideKind.SALVAGUARDA]
    assert overrides[0].user_id == world.supervisor.user_id


def test_a_supervisor_cannot_override_a_double_booking(world: World) -> None:
    book(world, world.case().id, local(*MONDAY, 9))
    with pytest.raises(SchedulingConflict, match="ya tiene la audiencia"):
        book(
            world,
            world.case().id,
            local(*MONDAY, 9),
            room=1,
            actor=world.supervisor,
            override_reason="Se necesita hoy sin falta",
        )


def test_refused_booking_leaves_the_database_unchanged(world: World) -> None:
    book(world, world.case().id, local(*MONDAY, 9))
    before = hearing_count(world)
    with pytest.raises(SchedulingConflict):
        book(world, world.case().id, local(*MONDAY, 9))
    assert hearing_count(world) == before


def test_check_booking_lists_every_clash_without_booking(world: World) -> None:
    case = world.case(flagged=True)
    clashes = check_booking(
        world.db, world.officer, request(world, case.id, local(2026, 12, 8, 7)), now=NOW
    )
    assert {c.rule for c in clashes} == {"feriado", "salvaguarda"}
    assert hearing_count(world) == 0


def test_officer_of_another_office_is_refused(world: World) -> None:
    case = world.case()
    with pytest.raises(ValidationFailed, match="elija una persona activa de esta oficina"):
        book(world, case.id, local(*MONDAY, 9), officer=world.supervisor)


def test_clerk_cannot_book(world: World) -> None:
    with pytest.raises(PermissionDenied, match="no permite programar audiencias"):
        book(world, world.case().id, local(*MONDAY, 9), actor=world.clerk)


def test_proposed_slots_skip_busy_times_breaks_and_holidays(world: World) -> None:
    case = world.case()
    book(world, world.case().id, local(2026, 11, 26, 8))  # officer busy Thu 08:00–09:00
    slots = propose_slots(
        world.db,
        world.officer,
        case_id=case.id,
        officer_id=world.officer.user_id,
        room_id=world.room_ids[0],
        count=8,
        now=NOW,
    )
    starts = [s.starts_at.strftime("%a %d %H:%M") for s in slots]
    assert starts[:8] == [
        "Thu 26 09:00",
        "Thu 26 09:30",
        "Thu 26 10:00",
        "Thu 26 10:30",
        "Thu 26 11:00",
        "Thu 26 13:00",
        "Thu 26 13:30",
        "Thu 26 14:00",
    ]
    # Every proposal can actually be booked.
    h = book(world, case.id, slots[0].starts_at)
    assert h.starts_at == slots[0].starts_at


def test_proposed_slots_respect_both_parties(world: World) -> None:
    shared = world.person("Pedro", "Sánchez", sex=Sex.MALE)
    first = world.case(respondent=shared)
    book(world, first.id, local(2026, 11, 26, 9), officer=world.officer2, room=1)
    from conciliador.services.people import PersonInput

    second = world.case(
        respondent=PersonInput(existing_id=first.respondent.id), matters={Matter.CUIDO}
    )
    slots = propose_slots(
        world.db,
        world.officer,
        case_id=second.id,
        officer_id=world.officer.user_id,
        room_id=world.room_ids[0],
        count=3,
        now=NOW,
    )
    assert [s.starts_at.strftime("%H:%M") for s in slots] == ["08:00", "10:00", "10:30"]


def test_reschedule_keeps_history_and_links_the_new_hearing(world: World) -> None:
    case = world.case()
    old = book(world, case.id, local(*MONDAY, 9))
    new = reschedule_hearing(
        world.db,
        world.officer,
        old.id,
        local(*MONDAY, 9, 30),
        reason="La solicitante tiene cita médica",
        now=NOW,
    )
    assert new.replaces_id == old.id and new.id != old.id
    with world.db.read() as s:
        stored_old = s.get(Hearing, old.id)
        assert stored_old.status == HearingStatus.REPROGRAMADA
        assert stored_old.starts_at.astimezone(old.starts_at.tzinfo) == old.starts_at
        assert stored_old.status_reason == "La solicitante tiene cita médica"


def test_reschedule_into_a_busy_slot_changes_nothing(world: World) -> None:
    case = world.case()
    old = book(world, case.id, local(*MONDAY, 9))
    book(world, world.case().id, local(*MONDAY, 10))
    with pytest.raises(SchedulingConflict):
        reschedule_hearing(world.db, world.officer, old.id, local(*MONDAY, 10), reason="x", now=NOW)
    with world.db.read() as s:
        assert s.get(Hearing, old.id).status == HearingStatus.PROGRAMADA


def test_reschedule_takes_the_booking_screens_request_as_it_is(world: World) -> None:
    """The booking dialog hands its request over whole: room, length and officer as chosen,
    never filled in from the old hearing; the case stays the old hearing's."""
    case = world.case()
    old = book(world, case.id, local(*MONDAY, 9))
    moved = request(world, world.case().id, local(*MONDAY, 10), room=1, minutes=90)
    new = reschedule(world.db, world.officer, old.id, moved, reason="Cambio de sala", now=NOW)
    assert new.replaces_id == old.id and new.case_id == case.id
    assert new.room_id == world.room_ids[1]
    assert new.ends_at - new.starts_at == dt.timedelta(minutes=90)
    with world.db.read() as s:
        assert s.get(Hearing, old.id).status == HearingStatus.REPROGRAMADA


def test_only_a_pending_hearing_is_rescheduled_or_checked_for_it(world: World) -> None:
    case = world.case()
    old = book(world, case.id, local(*MONDAY, 9))
    reschedule_hearing(world.db, world.officer, old.id, local(*MONDAY, 10), reason="x", now=NOW)
    again = request(world, case.id, local(*MONDAY, 11))
    for attempt in (
        lambda: check_reschedule(world.db, world.officer, old.id, again, now=NOW),
        lambda: reschedule(world.db, world.officer, old.id, again, reason="x", now=NOW),
    ):
        with pytest.raises(InvalidTransition, match="reprogramada no se puede reprogramar"):
            attempt()


def test_a_case_has_one_pending_hearing_at_a_time(world: World) -> None:
    case = world.case()
    book(world, case.id, local(*MONDAY, 9))
    with pytest.raises(SchedulingConflict, match="ya tiene una audiencia pendiente"):
        book(world, case.id, local(2026, 12, 1, 9))
