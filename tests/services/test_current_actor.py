"""Powers come from the database at the moment of acting, not from the signed-in ``Actor``.

A desk keeps its ``Actor`` while someone stays signed in; an administrator may demote or
deactivate that person meanwhile, and an ``Actor`` built by hand proves nothing.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from conciliador.domain.enums import OfficeLevel, Role
from conciliador.services import accounts, offices, users
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied
from conciliador.services.reports.case_list import export_case_list
from conciliador.services.reports.periods import Month
from tests.support.world import NOW, World

NOVEMBER = Month(2026, 11)


def test_a_demoted_supervisor_cannot_export_personal_data_while_still_signed_in(
    world: World, tmp_path: Path
) -> None:
    w = world
    assert w.supervisor.user_id is not None
    accounts.update_account(
        w.db, w.system, w.supervisor.user_id, full_name="Rosa Téllez", role=Role.SECRETARIO
    )
    out = tmp_path / "casos.csv"
    with pytest.raises(PermissionDenied, match="Secretario"):
        export_case_list(w.db, w.supervisor, NOVEMBER, w.office_id, out, now=NOW)
    assert not out.exists()


def test_a_deactivated_supervisor_leaves_no_personal_data_file_behind(
    world: World, tmp_path: Path
) -> None:
    w = world
    assert w.supervisor.user_id is not None
    accounts.set_account_active(w.db, w.system, w.supervisor.user_id, False, reason="baja")
    folder = tmp_path / "salida"
    folder.mkdir()
    with pytest.raises(PermissionDenied, match="desactivada"):
        export_case_list(w.db, w.supervisor, NOVEMBER, w.office_id, folder / "c.csv", now=NOW)
    assert list(folder.iterdir()) == []


def test_an_actor_built_by_hand_gains_nothing(world: World) -> None:
    w = world
    forged = dataclasses.replace(w.clerk, role=Role.ADMINISTRADOR, office_ids=None)
    with pytest.raises(PermissionDenied):
        users.create_user(
            w.db,
            forged,
            login="intruso",
            full_name="Intruso",
            role=Role.ADMINISTRADOR,
            office_id=w.office_id,
            password="clave-segura-123",
        )
    nobody = Actor(None, "x", "Nadie", Role.ADMINISTRADOR, None, None)
    with pytest.raises(PermissionDenied):
        offices.create_office(
            w.db,
            nobody,
            code="X1",
            name="Oficina falsa",
            level=OfficeLevel.MUNICIPAL,
            profile_code="NI",
            parent_code="MN",
        )


def test_a_municipal_administrator_cannot_create_an_office_outside_their_reach(
    world: World,
) -> None:
    w = world
    with pytest.raises(PermissionDenied, match="oficina"):
        offices.create_office(
            w.db,
            w.admin,
            code="NAC2",
            name="Otra sede",
            level=OfficeLevel.NACIONAL,
            profile_code="NI",
        )
    assert "NAC2" not in {o.code for o in offices.list_offices(w.db, w.system)}
