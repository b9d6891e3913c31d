"""Offices kept by their administrators: edited, moved, closed and reopened, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conciliador.models import AuditEvent, Office, User
from conciliador.services.actor import Actor
from conciliador.services.errors import InvalidTransition, PermissionDenied, ValidationFailed
from conciliador.services.fields import OfficeFields, UserFields
from conciliador.services.office_admin import (
    move_office,
    office_detail,
    set_legal_capacity,
    set_office_open,
    update_office,
)
from tests.support.booking import book
from tests.support.world import World, local, national_admin


def _edit(w: World, actor: Actor, office_id: int, **changes: object):  # type: ignore[no-untyped-def]
    current = office_detail(w.db, w.system, office_id)
    fields = {
        "name": current.name,
        "level": current.level,
        "address": current.address,
        "phone": current.phone,
        "timezone": current.timezone,
        "profile_code": current.profile_code,
        "department": current.department,
        "municipality": current.municipality,
        "name_article": current.name_article,
    }
    fields.update(changes)
    return update_office(w.db, actor, office_id, **fields)  # type: ignore[arg-type]


def test_an_office_is_edited_by_its_administrator_and_audited(world: World) -> None:
    w = world
    edited = _edit(
        w,
        w.admin,
        w.office_id,
        address="Del parque Las Palmas 2 c. al sur",
        municipality="Ciudad Sandino",
    )
    assert edited.address == "Del parque Las Palmas 2 c. al sur"
    assert edited.municipality == "Ciudad Sandino"
    assert [o.full_name for o in edited.officers] == ["Ana Martínez", "Luis Gómez"]
    with w.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "oficina").order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None and event.action == "modificar"
    assert event.before["municipality"] == "Managua"
    assert event.after["municipality"] == "Ciudad Sandino"


def test_a_municipality_outside_the_department_names_the_field(world: World) -> None:
    w = world
    with pytest.raises(ValidationFailed) as refused:
        _edit(w, w.admin, w.office_id, municipality="Chinandega")
    assert refused.value.problems[0].field == OfficeFields.MUNICIPALITY
    assert "no es un municipio de Managua" in refused.value.problems[0].message


def test_only_administrators_of_the_office_or_above(world: World) -> None:
    w = world
    # The delegation's administrator does not reach the departmental office above it …
    with w.db.read() as session:
        dept_id = session.scalars(select(Office.id).where(Office.code == "MN")).one()
    with pytest.raises(PermissionDenied):
        _edit(w, w.admin, dept_id, address="Otra dirección")
    # … nor does an officer reach any office's settings.
    with pytest.raises(PermissionDenied):
        _edit(w, w.officer, w.office_id, address="Otra dirección")
    # The national administrator reaches every office below.
    nora = national_admin(w)
    assert _edit(w, nora, dept_id, address="Otra dirección").address == "Otra dirección"


def test_an_office_moves_only_where_both_ends_are_reached_and_never_under_itself(
    world: World,
) -> None:
    w = world
    with pytest.raises(PermissionDenied):  # the delegation's admin does not reach León
        move_office(w.db, w.admin, w.office_id, "LE")
    nora = national_admin(w)
    with pytest.raises(ValidationFailed, match="depende de ella"):
        move_office(w.db, nora, w.national_id, "MN-D2")
    with pytest.raises(ValidationFailed, match="no puede depender de una oficina departamental"):
        move_office(w.db, nora, w.other_office_id, "MN")
    moved = move_office(w.db, nora, w.office_id, "LE")
    assert moved.parent_code == "LE"
    with w.db.read() as session:
        events = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "oficina")
        ).all()
    assert "mover_oficina" in events


def test_closing_is_refused_while_work_remains_and_reopening_brings_it_back(
    world: World,
) -> None:
    w = world
    nora = national_admin(w)
    book(w, w.case().id, local(2026, 11, 30, 9))
    with pytest.raises(InvalidTransition, match="1 audiencia"):
        set_office_open(w.db, nora, w.office_id, False, reason="Traslado")
    with pytest.raises(InvalidTransition, match="dependen oficinas abiertas"):
        set_office_open(w.db, nora, w.national_id, False, reason="Cierre")
    # León has no hearings nor people: it closes, with a reason.
    with pytest.raises(ValidationFailed) as no_reason:
        set_office_open(w.db, nora, w.other_office_id, False)
    assert no_reason.value.problems[0].field == OfficeFields.CLOSE_REASON
    closed = set_office_open(w.db, nora, w.other_office_id, False, reason="Fusión con Chinandega")
    assert not closed.active
    with pytest.raises(InvalidTransition, match="ya está cerrada"):
        set_office_open(w.db, nora, w.other_office_id, False, reason="Otra vez")
    with pytest.raises(ValidationFailed, match="está cerrada"):
        move_office(w.db, nora, w.office_id, "LE")
    assert set_office_open(w.db, nora, w.other_office_id, True).active
    with w.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "cerrar_oficina")
        ).one()
    assert event.reason == "Fusión con Chinandega"


def test_the_time_zone_does_not_change_under_booked_hearings(world: World) -> None:
    w = world
    book(w, w.case().id, local(2026, 11, 30, 9))
    with pytest.raises(ValidationFailed) as refused:
        _edit(w, w.admin, w.office_id, timezone="America/Guatemala")
    assert refused.value.problems[0].field == OfficeFields.TIMEZONE
    with pytest.raises(ValidationFailed) as unknown:
        _edit(w, w.admin, w.office_id, timezone="America/Nowhere")
    assert unknown.value.problems[0].field == OfficeFields.TIMEZONE


def test_an_officers_legal_capacity_is_recorded_and_required(world: World) -> None:
    w = world
    with pytest.raises(ValidationFailed) as empty:
        set_legal_capacity(w.db, w.admin, w.officer.user_id or 0, "  ")
    assert empty.value.problems[0].field == UserFields.LEGAL_CAPACITY
    set_legal_capacity(w.db, w.admin, w.officer.user_id or 0, "Acuerdo ministerial 40-2026")
    with w.db.read() as session:
        user = session.get(User, w.officer.user_id)
        assert user is not None and user.legal_capacity == "Acuerdo ministerial 40-2026"
    with pytest.raises(PermissionDenied):
        set_legal_capacity(w.db, w.officer, w.officer.user_id or 0, "Por mí mismo")
