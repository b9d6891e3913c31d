"""Cases with signs of violence (issue 18.4): read in full by whoever handles them and by the
supervision; the clerk and the office's other officers see that the case exists, that it is
restricted and whom to ask — the services leave the account and the answers out."""

from __future__ import annotations

import pytest

from conciliador.domain.enums import CaseStatus
from conciliador.services.actas.citations import referral_letter
from conciliador.services.case_edits import update_request
from conciliador.services.cases import get_case, refer_case
from conciliador.services.errors import PermissionDenied
from conciliador.services.safeguarding import safeguarding_of_case
from tests.support.world import World

ACCOUNT = "Solicita pensión para su hija."


def test_a_flagged_case_is_read_in_full_only_by_its_officer_and_the_supervision(
    world: World,
) -> None:
    case = world.case(flagged=True)  # registered by Ana
    for reader in (world.officer, world.supervisor):
        full = get_case(world.db, reader, case.id)
        assert full.account == ACCOUNT and full.safeguarding_answers["violencia_fisica"]
        assert not full.restricted
        guard = safeguarding_of_case(world.db, reader, case.id)
        assert len(guard.positive_answers) == 1 and not guard.restricted
    for reader in (world.clerk, world.officer2):
        shown = get_case(world.db, reader, case.id)
        assert shown.safeguarding_flagged  # that it exists …
        assert shown.account == "" and shown.safeguarding_answers == {}  # … not what was said
        assert shown.restricted
        assert "Consulte a Ana Martínez o la supervisión de la oficina" in shown.restricted_note
        guard = safeguarding_of_case(world.db, reader, case.id)
        assert guard.positive_answers == () and guard.restricted
        assert guard.flagged and guard.joint_hearing_blocked


def test_a_referred_case_keeps_its_account_and_notes_from_the_clerk(world: World) -> None:
    case = world.case()
    assert get_case(world.db, world.clerk, case.id).account == ACCOUNT  # an ordinary case
    referral = refer_case(world.db, world.officer2, case.id, "comisaria_mujer", "Lo dijo en sala.")
    shown = get_case(world.db, world.clerk, case.id)
    assert shown.status == CaseStatus.DERIVADA and shown.restricted and shown.account == ""
    assert "Ana Martínez, Luis Gómez o la supervisión" in shown.restricted_note
    [seen] = safeguarding_of_case(world.db, world.clerk, case.id).referrals
    assert seen.institution_name and seen.notes == ""
    [full] = safeguarding_of_case(world.db, world.officer2, case.id).referrals
    assert full.notes == "Lo dijo en sala."
    # The letter names the signs of violence: printed by those who may read them.
    assert referral_letter(world.db, world.officer2, referral.id).name.endswith(".docx")
    with pytest.raises(PermissionDenied, match="Consulte a Ana Martínez, Luis Gómez"):
        referral_letter(world.db, world.clerk, referral.id)


def test_the_account_of_a_flagged_case_is_corrected_only_by_who_may_read_it(
    world: World,
) -> None:
    case = world.case(flagged=True)
    with pytest.raises(PermissionDenied, match="corregir el relato"):
        update_request(
            world.db, world.officer2, case.id, expected_version=case.version, account="Otro."
        )
    fixed = update_request(
        world.db, world.officer, case.id, expected_version=case.version, account="Corregido."
    )
    assert fixed.account == "Corregido."
