"""The permissions matrix walked for real: every role × every use case, through the services.

A cell is allowed when the call succeeds, refused when it raises PermissionDenied; any other
outcome is a broken walk. Then the office scope: users see their office's records only, unless
they supervise (or administer) the offices below theirs.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conciliador.domain.enums import IdType, Role
from conciliador.services import (
    accounts,
    agenda,
    audit_trail,
    cases,
    offices,
    people,
    scheduling,
    users,
)
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied, ServiceError
from conciliador.services.interchange.export import export_records
from conciliador.services.permission_docs import checked_in
from conciliador.services.permissions import MATRIX, Permission
from conciliador.services.scheduling import BookingRequest
from tests.support.use_cases import NOT_YET_SERVED, USE_CASES, Scene
from tests.support.world import NOW, PASSWORD, World, local


def test_every_permission_a_service_checks_is_walked() -> None:
    walked = {uc.permission for uc in USE_CASES}
    used = {p for p, places in checked_in().items() if places}
    assert used - walked == set(), "permisos comprobados por servicios sin caso en USE_CASES"
    assert walked | NOT_YET_SERVED == set(Permission)
    assert not walked & NOT_YET_SERVED
    # The day a service checks one of these, it must be walked: move it to USE_CASES.
    assert not used & NOT_YET_SERVED


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_can_do_exactly_what_the_matrix_says(
    world: World, role: Role, tmp_path: Path
) -> None:
    actor = world.actors[role]
    scene = Scene(world, tmp_path)
    wrong = []
    for uc in USE_CASES:
        expected = uc.permission in MATRIX[role]
        try:
            uc.run(scene, actor)
            outcome = "permitido"
        except PermissionDenied as exc:
            outcome = "rechazado" if exc.message.strip() else "rechazado sin mensaje"
        except ServiceError as exc:
            outcome = f"error: {exc.message}"
        if outcome != ("permitido" if expected else "rechazado"):
            wrong.append(f"{role.value} × {uc.name} ({uc.permission.name}): {outcome}")
    assert wrong == []


def test_a_refusal_names_the_role_and_the_use_case(world: World) -> None:
    with pytest.raises(PermissionDenied) as refused:
        world.case(actor=world.clerk)
    assert refused.value.message == "Su rol (Secretario/a) no permite registrar solicitudes."


# ------------------------------------------------------------------------------ office scope
def _people_of_leon(world: World) -> tuple[Actor, Actor, Actor]:
    """An officer and a supervisor in León, and a national supervisor."""
    made = {}
    for login, role, office in (
        ("pedro.leon", Role.CONCILIADOR, world.other_office_id),
        ("marta.leon", Role.SUPERVISOR, world.other_office_id),
        ("elena.nacional", Role.SUPERVISOR, world.national_id),
    ):
        users.create_user(
            world.db,
            world.system,
            login=login,
            full_name=login.replace(".", " ").title(),
            role=role,
            office_id=office,
            password=PASSWORD,
        )
        made[login] = users.sign_in(world.db, login, PASSWORD)
    return made["pedro.leon"], made["marta.leon"], made["elena.nacional"]


def test_users_see_only_their_office_unless_they_supervise_it(world: World) -> None:
    leon_officer, leon_supervisor, national = _people_of_leon(world)
    case = world.case()  # in MN-D2, under the Managua department
    day = dt.date(2026, 11, 30)
    scheduling.book_hearing(
        world.db,
        world.officer,
        BookingRequest(
            case.id, world.officer.user_id or 0, local(2026, 11, 30, 9), world.room_ids[0]
        ),
        now=NOW,
    )
    reads = {
        "expediente": lambda a: cases.get_case(world.db, a, case.id),
        "agenda": lambda a: agenda.agenda(world.db, a, world.office_id, day),
        "salas": lambda a: offices.list_rooms(world.db, a, world.office_id),
        "personal": lambda a: users.list_users(world.db, a, world.office_id),
        "horarios": lambda a: scheduling.propose_slots(
            world.db,
            a,
            case_id=case.id,
            officer_id=world.officer.user_id or 0,
            room_id=world.room_ids[0],
            count=1,
            now=NOW,
        ),
    }
    for name, read in reads.items():
        for outsider in (leon_officer, leon_supervisor):
            with pytest.raises(PermissionDenied, match="No tiene acceso"):
                read(outsider)
        # The Managua department's supervisor and the national one reach MN-D2.
        for reader in (world.supervisor, national):
            assert read(reader) is not None, name
    # Supervisors reach only below them: Managua's does not reach León.
    with pytest.raises(PermissionDenied):
        agenda.agenda(world.db, world.supervisor, world.other_office_id, day)
    assert agenda.agenda(world.db, leon_supervisor, world.other_office_id, day) == []


def test_office_list_and_exports_stay_within_reach(world: World) -> None:
    _, leon_supervisor, national = _people_of_leon(world)
    world.case()
    assert [o.code for o in offices.list_offices(world.db, leon_supervisor)] == ["LE"]
    assert {o.code for o in offices.list_offices(world.db, world.supervisor)} == {"MN", "MN-D2"}
    assert len(offices.list_offices(world.db, national)) == 4
    data, counts = export_records(world.db, leon_supervisor)
    assert counts["casos"] == 0 and {o["codigo"] for o in json.loads(data)["oficinas"]} == {"LE"}
    _, counts = export_records(world.db, world.supervisor)
    assert counts["casos"] == 1
    with pytest.raises(PermissionDenied):
        export_records(world.db, leon_supervisor, "MN-D2")


def test_person_search_by_name_stays_in_the_office_but_a_document_number_finds_anyone(
    world: World,
) -> None:
    leon_officer, _, _ = _people_of_leon(world)
    claimant = world.person("Xiomara", "Benavides")
    world.case(claimant=claimant)
    assert [p.full_name for p in people.search_people(world.db, world.officer, "xiomara")] == [
        "Xiomara Benavides"
    ]
    assert people.search_people(world.db, leon_officer, "xiomara") == []
    found = people.search_people(world.db, leon_officer, claimant.id_number.lower())
    assert [(p.full_name, p.id_type) for p in found] == [("Xiomara Benavides", IdType.CEDULA)]


def test_audit_trail_and_accounts_stay_within_reach(world: World) -> None:
    _, leon_supervisor, national = _people_of_leon(world)
    export_records(world.db, world.system)  # the command line's: no office
    case = world.case()
    cases.get_case(world.db, world.officer, case.id)
    seen_by_leon = audit_trail.audit_events(world.db, leon_supervisor).rows
    assert seen_by_leon and all(r.office_id == world.other_office_id for r in seen_by_leon)
    seen_by_managua = audit_trail.audit_events(world.db, world.supervisor).rows
    assert any(r.entity == "caso" and r.entity_id == str(case.id) for r in seen_by_managua)
    with pytest.raises(PermissionDenied):
        audit_trail.audit_events(
            world.db, world.supervisor, audit_trail.AuditFilter(office_id=world.other_office_id)
        )
    # Events of no office (the command line's) are for those who reach every office.
    assert any(r.office_id is None for r in audit_trail.audit_events(world.db, national).rows)
    assert all(r.office_id is not None for r in seen_by_managua)
    logins = {a.login for a in accounts.accounts_in_reach(world.db, world.admin)}
    assert "pedro.leon" not in logins and "ana.conciliadora" in logins


def test_the_matrix_keeps_the_products_rules() -> None:
    """PRODUCT.md's roles, pinned: a change to these is a policy decision, not a refactor."""
    clerk, officer = MATRIX[Role.SECRETARIO], MATRIX[Role.CONCILIADOR]
    supervisor, admin = MATRIX[Role.SUPERVISOR], MATRIX[Role.ADMINISTRADOR]
    # The clerk prints and records deliveries, and must not change what was agreed.
    assert {Permission.RECORD_CITATION, Permission.PRINT_DOCUMENTS} <= clerk
    assert not clerk & {
        Permission.RECORD_AGREEMENT,
        Permission.EDIT_CASE,
        Permission.ISSUE_ACTA,
        Permission.SCHEDULE_HEARING,
    }
    # Only supervisors set a rule aside or annul; officers do the conciliation itself.
    overriders = {r for r, perms in MATRIX.items() if Permission.OVERRIDE_RULE in perms}
    assert overriders == {r for r, p in MATRIX.items() if Permission.ANNUL_HEARING in p}
    assert overriders == {Role.SUPERVISOR}
    assert officer < supervisor
    # Administrators run the system but do not read families' files.
    assert Permission.VIEW_CASE not in admin and Permission.BACKUP in admin
    assert {r for r, p in MATRIX.items() if Permission.VIEW_AUDIT in p} == {
        Role.SUPERVISOR,
        Role.ADMINISTRADOR,
    }
