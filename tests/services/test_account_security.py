"""Account security: lockout, temporary passwords that block every change until replaced,
deactivation that stops a desk still signed in, nobody locked out, no default password."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from conciliador.domain.enums import Role
from conciliador.models import AuditEvent, User
from conciliador.services import accounts, users
from conciliador.services.errors import PermissionDenied, StaleData, ValidationFailed
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import import_records
from conciliador.services.users import SignInFailed, sign_in
from tests.support.world import NOW, PASSWORD, World

WRONG = "no-es-la-clave-1"


def _events(world: World, user_id: int, action: str) -> list[AuditEvent]:
    with world.db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "usuario",
                    AuditEvent.entity_id == str(user_id),
                    AuditEvent.action == action,
                )
            )
        )


def test_five_failures_lock_the_account_for_fifteen_minutes(world: World) -> None:
    login = "juan.secretario"
    for _ in range(4):
        with pytest.raises(SignInFailed, match="Usuario o contraseña incorrectos"):
            sign_in(world.db, login, WRONG, now=NOW)
    with pytest.raises(SignInFailed, match="incorrectos"):
        sign_in(world.db, login, WRONG, now=NOW)
    # Locked: even the right password is refused, saying for how long.
    with pytest.raises(SignInFailed, match=r"bloqueada .* 15 min"):
        sign_in(world.db, login, PASSWORD, now=NOW + dt.timedelta(seconds=30))
    with pytest.raises(SignInFailed, match="en 6 min"):
        sign_in(world.db, login, PASSWORD, now=NOW + dt.timedelta(minutes=9, seconds=30))
    actor = sign_in(world.db, login, PASSWORD, now=NOW + dt.timedelta(minutes=15, seconds=1))
    assert actor.login == login
    clerk_id = world.clerk.user_id
    assert len(_events(world, clerk_id, "inicio_fallido")) == 5
    (locked,) = _events(world, clerk_id, "bloquear")
    assert locked.reason == "intentos fallidos"


def test_an_unknown_login_and_a_wrong_password_read_the_same(world: World) -> None:
    messages = set()
    for login, password in (("nadie.existe", PASSWORD), ("ana.conciliadora", WRONG)):
        with pytest.raises(SignInFailed) as refused:
            sign_in(world.db, login, password)
        messages.add(refused.value.message)
    assert messages == {"Usuario o contraseña incorrectos."}
    for hostile in ("ana\x00conciliadora", "ána", "x" * 500, 42):
        with pytest.raises(SignInFailed, match="incorrectos"):
            sign_in(world.db, hostile, PASSWORD)  # type: ignore[arg-type]


def test_an_administrator_unlocks_without_touching_the_password(world: World) -> None:
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(world.db, "juan.secretario", WRONG, now=NOW)
    accounts.unlock(world.db, world.admin, world.clerk.user_id)
    assert sign_in(world.db, "juan.secretario", PASSWORD, now=NOW).login == "juan.secretario"


def test_temporary_password_must_be_changed_before_anything_else(world: World) -> None:
    accounts.reset_password(world.db, world.admin, world.officer.user_id, "temporal-2026")
    view = accounts.account_by_login(world.db, world.admin, "ana.conciliadora")
    assert view.must_change_password and view.state == "contraseña temporal"
    with pytest.raises(SignInFailed):
        sign_in(world.db, "ana.conciliadora", PASSWORD)
    temporary = sign_in(world.db, "ana.conciliadora", "temporal-2026")
    assert accounts.password_change_required(world.db, temporary)
    # The desktop asks for a new password first; the services refuse changes meanwhile.
    with pytest.raises(PermissionDenied, match="Debe cambiar la contraseña temporal"):
        world.case(actor=temporary)
    with pytest.raises(ValidationFailed, match="Nueva contraseña: debe ser distinta"):
        accounts.change_own_password(world.db, temporary, "temporal-2026", "temporal-2026")
    with pytest.raises(ValidationFailed, match="Nueva contraseña: debe tener al menos 10"):
        accounts.change_own_password(world.db, temporary, "temporal-2026", "corta1")
    accounts.change_own_password(world.db, temporary, "temporal-2026", "mi-clave-nueva-7")
    assert not accounts.password_change_required(world.db, temporary)
    assert world.case(actor=temporary).status.value == "solicitada"
    assert sign_in(world.db, "ana.conciliadora", "mi-clave-nueva-7").login == "ana.conciliadora"
    with pytest.raises(SignInFailed):
        sign_in(world.db, "ana.conciliadora", "temporal-2026")


def test_a_wrong_current_password_counts_as_a_failed_attempt(world: World) -> None:
    with pytest.raises(ValidationFailed, match="Contraseña actual: no es correcta"):
        accounts.change_own_password(world.db, world.officer, WRONG, "mi-clave-nueva-7")
    assert len(_events(world, world.officer.user_id, "inicio_fallido")) == 1
    with pytest.raises(PermissionDenied, match="línea de comandos no tiene contraseña"):
        accounts.change_own_password(world.db, world.system, "x", "mi-clave-nueva-7")


def test_a_deactivated_account_can_neither_sign_in_nor_change_anything(world: World) -> None:
    still_signed_in = world.officer
    accounts.set_account_active(
        world.db, world.admin, world.officer.user_id, False, reason="Traslado a León"
    )
    assert accounts.account_by_login(world.db, world.admin, "ana.conciliadora").state == (
        "desactivada"
    )
    with pytest.raises(SignInFailed, match="desactivada"):
        sign_in(world.db, "ana.conciliadora", PASSWORD)
    with pytest.raises(SignInFailed, match="incorrectos"):  # no hint without the password
        sign_in(world.db, "ana.conciliadora", WRONG)
    with pytest.raises(PermissionDenied, match="desactivada por un administrador"):
        world.case(actor=still_signed_in)
    (event,) = _events(world, world.officer.user_id, "desactivar")
    assert (event.before, event.after, event.reason) == (
        {"active": True},
        {"active": False},
        "Traslado a León",
    )
    accounts.set_account_active(world.db, world.admin, world.officer.user_id, True)
    assert world.case(actor=still_signed_in).id


def test_nobody_locks_the_system_out(world: World) -> None:
    with pytest.raises(PermissionDenied, match="propia cuenta"):
        accounts.set_account_active(world.db, world.admin, world.admin.user_id, False, reason="x")
    with pytest.raises(PermissionDenied, match="última cuenta de administración"):
        accounts.set_account_active(world.db, world.system, world.admin.user_id, False, reason="x")
    with pytest.raises(PermissionDenied, match="última cuenta de administración"):
        accounts.update_account(
            world.db,
            world.system,
            world.admin.user_id,
            full_name="Carla Ruiz",
            role=Role.SECRETARIO,
        )
    second = users.create_user(
        world.db,
        world.system,
        login="otra.admin",
        full_name="Otra Administradora",
        role=Role.ADMINISTRADOR,
        office_id=world.office_id,
        password=PASSWORD,
    )
    accounts.set_account_active(world.db, world.system, world.admin.user_id, False, reason="x")
    assert not accounts.account_by_login(world.db, world.system, "carla.admin").active
    assert accounts.account_by_login(world.db, world.system, second.login).active


def test_a_stale_screen_does_not_overwrite_a_newer_change(world: World) -> None:
    seen = accounts.account_by_login(world.db, world.admin, "luis.conciliador")
    accounts.reset_password(world.db, world.admin, seen.id, "temporal-2026")
    with pytest.raises(StaleData, match="Otra persona modificó esta cuenta"):
        accounts.set_account_active(
            world.db, world.admin, seen.id, False, reason="x", expected_version=seen.version
        )


def test_no_default_password_anywhere(world: World, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """Imported users arrive without a password: nobody signs in until an administrator sets a
    temporary one, which its owner then replaces."""
    data, _ = export_records(world.db, world.system)
    import_records(sqlite_db, world.system, data)
    with sqlite_db.read() as s:
        assert s.scalars(select(User.password_hash)).all() == [None] * 5
    with pytest.raises(SignInFailed, match="incorrectos"):
        sign_in(sqlite_db, "carla.admin", PASSWORD)
    listed = {a.login: a.state for a in accounts.accounts_in_reach(sqlite_db, world.system)}
    assert set(listed.values()) == {"sin contraseña"}
    admin = accounts.account_by_login(sqlite_db, world.system, "carla.admin")
    accounts.reset_password(sqlite_db, world.system, admin.id, "temporal-2026")
    newcomer = sign_in(sqlite_db, "carla.admin", "temporal-2026")
    assert accounts.password_change_required(sqlite_db, newcomer)


def test_passwords_are_argon2_and_never_reach_the_audit_trail(world: World) -> None:
    accounts.reset_password(world.db, world.admin, world.clerk.user_id, "temporal-2026")
    temporary = sign_in(world.db, "juan.secretario", "temporal-2026")
    accounts.change_own_password(world.db, temporary, "temporal-2026", "mi-clave-nueva-7")
    with world.db.read() as s:
        hashes = s.scalars(select(User.password_hash)).all()
        trail = json.dumps(
            [[e.before, e.after, e.reason] for e in s.scalars(select(AuditEvent))],
            ensure_ascii=False,
        )
    assert all(h.startswith("$argon2id$") for h in hashes)
    for secret in (PASSWORD, "temporal-2026", "mi-clave-nueva-7", "argon2"):
        assert secret not in trail
