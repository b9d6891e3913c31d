"""The acta panel says where an acta stands in the steps its country's law adds, and offers
them only where the office's profile has them: Peru's legality check before the signatures,
Chile's sending to the family court and the court's decision."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conciliador.models import ActaCourtReview, ActaLegalityCheck, AuditEvent
from conciliador.services.actas import issue_acta, sign_acta
from conciliador.services.actas.desk import ActaAction
from conciliador.services.actor import Actor
from conciliador.services.fields import ActaFields
from conciliador.ui.actas.step_dialogs import (
    CourtDecisionDialog,
    LegalityCheckDialog,
    SendToCourtDialog,
)
from conciliador.ui.actas.view import ActasView
from tests.services.actas.test_country_steps import _as, _issued_mediation
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.typing import type_text
from tests.support.world import NOW, World
from tests.ui.conftest import MakeContext, actas_view_on_first

pytestmark = pytest.mark.slow


def test_a_peruvian_acta_shows_the_missing_legality_check(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World, tmp_path: Path
) -> None:
    world = sqlite_world
    _as(world, "PE", "Lima", "San Juan de Lurigancho")
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    view = actas_view_on_first(qtbot, make_context(world.officer), tmp_path)
    facts = view.detail.facts.text()
    assert "Falta la verificación de legalidad (antes de las firmas)" in facts
    if os.environ.get("CONCILIADOR_SCREENSHOTS"):
        for w, h in ((1024, 600), (1280, 800), (1920, 1080)):
            view.resize(w, h)
            qtbot.wait(300)
            view.grab().save(f"/tmp/15-actas-pe-{w}x{h}.png")


STEPS = (ActaAction.VERIFY_LEGALITY, ActaAction.SEND_TO_COURT, ActaAction.RECORD_COURT_DECISION)


def _view(
    qtbot: QtBot, make_context: MakeContext, actor: Actor, tmp_path: Path, size=(1280, 800)
) -> ActasView:  # type: ignore[no-untyped-def]
    return actas_view_on_first(qtbot, make_context(actor), tmp_path, size)


def _shown(view: ActasView, action: ActaAction) -> bool:
    button = view.detail.buttons[action]
    return button.isVisibleTo(view.detail)


def _screens(view: ActasView, qtbot: QtBot, name: str) -> None:
    if os.environ.get("CONCILIADOR_SCREENSHOTS"):
        for w, h in ((1024, 600), (1280, 800), (1920, 1080)):
            view.resize(w, h)
            qtbot.wait(300)
            view.grab().save(f"/tmp/15-{name}-{w}x{h}.png")


def _problem(dialog: QDialog, field: str) -> str:
    """The problem shown under ``field`` (empty when none)."""
    _widget, problem = dialog.errors._fields[field]  # type: ignore[attr-defined]
    return problem.text() if problem.isVisibleTo(dialog) else ""


def _audited(world: World, action: str) -> int:
    with world.db.read() as s:
        return len(s.scalars(select(AuditEvent).where(AuditEvent.action == action)).all())


def test_a_peruvian_acta_is_verified_from_its_panel_before_the_signatures(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World, tmp_path: Path
) -> None:
    world = sqlite_world
    _as(world, "PE", "Lima", "San Juan de Lurigancho")
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    view = _view(qtbot, make_context, world.officer, tmp_path)
    assert _shown(view, ActaAction.VERIFY_LEGALITY)
    assert not _shown(view, ActaAction.SIGN)  # the lawyer's check comes first
    assert not _shown(view, ActaAction.SEND_TO_COURT)
    _screens(view, qtbot, "actas-pe-verificar")
    view.detail.buttons[ActaAction.VERIFY_LEGALITY].click()
    dialog = view.dialog
    assert isinstance(dialog, LegalityCheckDialog)
    dialog.ok.click()  # nothing typed: refused next to the fields, nothing recorded
    assert dialog.isVisible()
    assert "es obligatorio" in _problem(dialog, ActaFields.LAWYER)
    type_text(dialog.lawyer, "Dra. Rosa Quispe Huamán")
    type_text(dialog.registration, "CAL 45678")
    dialog.ok.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "Legalidad verificada" in view.detail.facts.text(), timeout=5000)
    assert "Dra. Rosa Quispe Huamán" in view.detail.facts.text()
    assert _shown(view, ActaAction.SIGN) and not _shown(view, ActaAction.VERIFY_LEGALITY)
    with world.db.read() as s:
        check = s.scalars(select(ActaLegalityCheck)).one()
        assert (check.lawyer_name, check.lawyer_registration) == (
            "Dra. Rosa Quispe Huamán",
            "CAL 45678",
        )
    assert _audited(world, "verificar_legalidad") == 1


def test_a_clerk_and_a_nicaraguan_office_see_no_country_step(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World, tmp_path: Path
) -> None:
    world = sqlite_world
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    view = _view(qtbot, make_context, world.officer, tmp_path)
    assert _shown(view, ActaAction.SIGN)
    assert not any(_shown(view, a) for a in STEPS)
    _as(world, "PE", "Lima", "San Juan de Lurigancho")
    clerk_view = _view(qtbot, make_context, world.clerk, tmp_path)
    assert "Falta la verificación de legalidad" in clerk_view.detail.facts.text()
    assert not any(_shown(clerk_view, a) for a in STEPS)


def test_a_chilean_acta_is_sent_to_the_court_and_its_approval_recorded(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World, tmp_path: Path
) -> None:
    world = sqlite_world
    _as(world, "CL", "Región Metropolitana de Santiago", "Santiago")
    acta_id = _issued_mediation(world)
    view = _view(qtbot, make_context, world.officer, tmp_path)
    assert not any(_shown(view, a) for a in STEPS)  # issued, not signed: nothing to send
    sign_acta(world.db, world.officer, acta_id, all_sign(), now=SIGNED_AT)
    view.show_acta(acta_id)
    qtbot.waitUntil(lambda: _shown(view, ActaAction.SEND_TO_COURT), timeout=5000)
    assert "Pendiente de envío al tribunal de familia" in view.detail.facts.text()
    assert not _shown(view, ActaAction.RECORD_COURT_DECISION)
    _screens(view, qtbot, "actas-cl-enviar")
    view.detail.buttons[ActaAction.SEND_TO_COURT].click()
    send = view.dialog
    assert isinstance(send, SendToCourtDialog)
    send.ok.click()
    assert send.isVisible() and "es obligatorio" in _problem(send, ActaFields.COURT)
    type_text(send.court, "2.º Juzgado de Familia de Santiago")
    send.ok.click()
    assert not send.isVisible()
    qtbot.waitUntil(lambda: _shown(view, ActaAction.RECORD_COURT_DECISION), timeout=5000)
    assert "Enviada al tribunal" in view.detail.facts.text()
    view.detail.buttons[ActaAction.RECORD_COURT_DECISION].click()
    decision = view.dialog
    assert isinstance(decision, CourtDecisionDialog)
    _screens_dialog(decision, qtbot)
    type_text(decision.reference, "C-1234-2026")
    type_text(decision.decision, "Se aprueba el acuerdo.")
    decision.ok.click()  # neither approved nor observed chosen
    assert decision.isVisible()
    assert "aprobó" in _problem(decision, ActaFields.DECISION)
    decision.approved.setChecked(True)
    decision.ok.click()
    assert not decision.isVisible()
    qtbot.waitUntil(lambda: "Aprobada por el tribunal" in view.detail.facts.text(), timeout=5000)
    assert not any(_shown(view, a) for a in STEPS)
    with world.db.read() as s:
        review = s.scalars(select(ActaCourtReview)).one()
        assert (review.court, review.case_reference, review.status.value) == (
            "2.º Juzgado de Familia de Santiago",
            "C-1234-2026",
            "aprobada",
        )
    assert _audited(world, "enviar_al_tribunal") == 1
    assert _audited(world, "resolucion_del_tribunal") == 1
    _screens(view, qtbot, "actas-cl-aprobada")


def _screens_dialog(dialog: CourtDecisionDialog, qtbot: QtBot) -> None:
    if os.environ.get("CONCILIADOR_SCREENSHOTS"):
        qtbot.wait(200)
        dialog.grab().save("/tmp/15-dialogo-resolucion.png")
