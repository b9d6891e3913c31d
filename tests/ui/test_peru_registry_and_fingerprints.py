"""Peru's acta asks for the conciliator's registry number and each signer's fingerprint (Ley
26872, art. 16): the user's form shows the registry field only where the office's profile asks
for it, and the signature step asks, per signer, whether they stamped their fingerprint."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conciliador.domain.actas import ActaStatus, SignerRole
from conciliador.models import ActaSignature, Office, User
from conciliador.services.actas import get_acta, issue_acta
from conciliador.services.actas.desk import ActaAction
from conciliador.services.actas.steps import record_legality_check
from conciliador.services.fields import UserFields
from conciliador.ui.actas.sign_dialog import SignDialog
from conciliador.ui.admin.users import UserDialog
from conciliador.ui.admin.view import AdminView
from tests.services.actas.test_country_steps import _as
from tests.support.actas import concluded
from tests.support.typing import type_text
from tests.support.world import NOW, World
from tests.ui.conftest import MakeContext, actas_view_on_first

pytestmark = pytest.mark.slow

SIZES = ((1024, 600), (1280, 800), (1920, 1080))


def _shots(widget, qtbot: QtBot, name: str) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("CONCILIADOR_SCREENSHOTS"):
        for w, h in SIZES:
            widget.resize(w, h)
            qtbot.wait(200)
            widget.grab().save(f"/tmp/c15-{name}-{w}x{h}.png")


def _edit_officer(qtbot: QtBot, make_context: MakeContext, world: World) -> UserDialog:
    view = AdminView(make_context(world.admin))
    qtbot.addWidget(view)
    view.show()
    users = view.users
    assert users is not None
    model = users.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "ana.conciliadora")
    users.table.selectRow(row)
    users.edit_button.click()
    dialog = users.dialog
    assert isinstance(dialog, UserDialog)
    return dialog


def test_a_peruvian_officers_registry_number_is_typed_in_the_users_form(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World
) -> None:
    world = sqlite_world
    with world.db.write() as s:
        office = s.get(Office, world.office_id)
        office.profile_code = "PE"
        office.department = "Lima"
        office.municipality = "San Juan de Lurigancho"
    dialog = _edit_officer(qtbot, make_context, world)
    assert dialog.registry is not None and dialog.registry.isVisibleTo(dialog)
    assert "Ley n.º 26872, art. 16" in dialog.registry.toolTip()
    type_text(dialog.registry, "12345")
    _shots(dialog, qtbot, "usuario-pe")
    dialog.save()
    assert not dialog.isVisible()
    with world.db.read() as s:
        officer = s.get(User, world.officer.user_id)
        assert officer is not None and officer.registry_number == "12345"


def test_a_nicaraguan_users_form_has_no_registry_field(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World
) -> None:
    dialog = _edit_officer(qtbot, make_context, sqlite_world)
    assert dialog.registry is None
    assert UserFields.REGISTRY_NUMBER not in dialog.errors._fields


def test_each_signer_of_a_peruvian_acta_says_whether_they_stamped_their_fingerprint(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World, tmp_path: Path
) -> None:
    world = sqlite_world
    _as(world, "PE", "Lima", "San Juan de Lurigancho")  # with the officer's registry number
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    record_legality_check(
        world.db, world.officer, acta.acta_id, lawyer_name="Dra. Rosa Quispe", registration="CAL 1"
    )
    view = actas_view_on_first(qtbot, make_context(world.officer), tmp_path)
    view.detail.buttons[ActaAction.SIGN].click()
    sign = view.dialog
    assert isinstance(sign, SignDialog) and sign.isVisible()
    claimant, respondent, officer = (
        sign.box(SignerRole.SOLICITANTE),
        sign.box(SignerRole.CITADO),
        sign.box(SignerRole.CONCILIADOR),
    )
    assert all(b.stamp.isVisibleTo(sign) for b in (claimant, respondent, officer))
    sign.ok.click()  # nothing said of the fingerprints: asked on each line, nothing recorded
    assert "indique si imprimió su huella digital" in claimant.problem.text()
    assert claimant.problem.isVisibleTo(sign)
    assert get_acta(world.db, world.officer, acta.acta_id).status == ActaStatus.EMITIDA
    claimant.stamped.click()
    officer.stamped.click()
    respondent.not_stamped.click()
    assert respondent.why_not.isEnabled()
    _shots(sign, qtbot, "firmas-pe")
    sign.ok.click()
    assert "indique por qué no imprimió su huella digital" in respondent.problem.text()
    type_text(respondent.why_not, "lleva la mano derecha enyesada")
    sign.ok.click()
    qtbot.waitUntil(
        lambda: get_acta(world.db, world.officer, acta.acta_id).status == ActaStatus.FIRMADA,
        timeout=15000,
    )
    with world.db.read() as s:
        rows = {
            r.role: (r.fingerprint, r.no_fingerprint_reason)
            for r in s.scalars(select(ActaSignature).where(ActaSignature.acta_id == acta.acta_id))
        }
    assert rows == {
        SignerRole.SOLICITANTE: (True, ""),
        SignerRole.CITADO: (False, "lleva la mano derecha enyesada"),
        SignerRole.CONCILIADOR: (True, ""),
    }


def test_a_nicaraguan_signature_step_asks_no_fingerprint(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World, tmp_path: Path
) -> None:
    world = sqlite_world
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    view = actas_view_on_first(qtbot, make_context(world.officer), tmp_path)
    view.detail.buttons[ActaAction.SIGN].click()
    sign = view.dialog
    assert isinstance(sign, SignDialog)
    assert not any(b.stamp.isVisibleTo(sign) for b in sign.boxes)
    assert all(b.value().fingerprint is None for b in sign.boxes)
