"""User accounts after creation: edit, deactivate, temporary passwords, own password."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conciliador.domain.enums import Role
from conciliador.models import AuditEvent, User
from conciliador.services.accounts import (
    change_own_password,
    create_account,
    list_accounts,
    password_change_required,
    reset_password,
    set_account_active,
    update_account,
)
from conciliador.services.errors import (
    PermissionDenied,
    StaleData,
    ValidationFailed,
)
from conciliador.services.fields import UserFields
from conciliador.services.users import SignInFailed, sign_in
from tests.support.world import NOW, PASSWORD, World


def _account(w: World, login: str):  # type: ignore[no-untyped-def]
    return next(a for a in list_accounts(w.db, w.admin, w.office_id, now=NOW) if a.login == login)


def test_a_new_account_must_choose_its_own_password(world: World) -> None:
    w = world
    created = create_account(
        w.db,
        w.admin,
        login="Marta.Obando",
        full_name="Marta Obando",
        role=Role.CONCILIADOR,
        office_id=w.office_id,
        password="temporal-2026",
        post="Conciliadora",
        legal_capacity="Acuerdo Ministerial 15-2026",
    )
    assert created.login == "marta.obando"
    actor = sign_in(w.db, "marta.obando", "temporal-2026")
    assert password_change_required(w.db, actor)
    with pytest.raises(ValidationFailed) as same:
        change_own_password(w.db, actor, "temporal-2026", "temporal-2026")
    assert [p.field for p in same.value.problems] == [UserFields.NEW_PASSWORD]
    with pytest.raises(ValidationFailed) as wrong:
        change_own_password(w.db, actor, "no-es-esta-1", "propia-clave-99")
    assert wrong.value.problems[0].field == UserFields.CURRENT_PASSWORD
    change_own_password(w.db, actor, "temporal-2026", "propia-clave-99")
    assert not password_change_required(w.db, actor)
    sign_in(w.db, "marta.obando", "propia-clave-99")


def test_editing_changes_role_post_and_capacity_with_an_audit_trail(world: World) -> None:
    w = world
    luis = _account(w, "luis.conciliador")
    update_account(
        w.db,
        w.admin,
        luis.id,
        full_name="Luis Gómez Téllez",
        role=Role.SUPERVISOR,
        post="Delegado",
        legal_capacity="Acuerdo Ministerial 20-2026",
        expected_version=luis.version,
    )
    again = _account(w, "luis.conciliador")
    assert (again.full_name, again.role, again.post) == (
        "Luis Gómez Téllez",
        Role.SUPERVISOR,
        "Delegado",
    )
    with pytest.raises(StaleData):
        update_account(
            w.db,
            w.admin,
            luis.id,
            full_name="Otro",
            role=Role.CONCILIADOR,
            expected_version=luis.version,
        )
    with w.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "modificar", AuditEvent.entity == "usuario"
            )
        ).one()
    assert event.before is not None and event.before["role"] == "conciliador"


def test_an_administrator_cannot_lock_themselves_out(world: World) -> None:
    w = world
    me = _account(w, "carla.admin")
    with pytest.raises(PermissionDenied):
        set_account_active(w.db, w.admin, me.id, False, reason="prueba")
    with pytest.raises(PermissionDenied):
        update_account(w.db, w.admin, me.id, full_name="Carla Ruiz", role=Role.CONCILIADOR)


def test_a_deactivated_account_cannot_sign_in_until_reactivated(world: World) -> None:
    w = world
    luis = _account(w, "luis.conciliador")
    with pytest.raises(ValidationFailed):
        set_account_active(w.db, w.admin, luis.id, False)
    set_account_active(w.db, w.admin, luis.id, False, reason="Dejó la oficina")
    with pytest.raises(SignInFailed, match="desactivada"):
        sign_in(w.db, "luis.conciliador", PASSWORD)
    assert not _account(w, "luis.conciliador").active
    set_account_active(w.db, w.admin, luis.id, True)
    sign_in(w.db, "luis.conciliador", PASSWORD)


def test_a_temporary_password_lifts_a_lockout(world: World) -> None:
    w = world
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(w.db, "luis.conciliador", "equivocada-1")
    assert _account(w, "luis.conciliador").locked
    luis = _account(w, "luis.conciliador")
    with pytest.raises(PermissionDenied):
        reset_password(w.db, w.officer, luis.id, "nueva-temporal-1")
    reset_password(w.db, w.admin, luis.id, "nueva-temporal-1")
    again = _account(w, "luis.conciliador")
    assert not again.locked and again.must_change_password
    actor = sign_in(w.db, "luis.conciliador", "nueva-temporal-1")
    assert password_change_required(w.db, actor)
    with w.db.read() as session:
        user = session.scalars(select(User).where(User.login == "luis.conciliador")).one()
        assert "nueva-temporal-1" not in user.password_hash
