"""The acta panel says where an acta stands in the steps its country's law adds: Peru's
legality check before the signatures, Chile's court approval."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from conciliador.models import Office
from conciliador.services.actas import issue_acta
from conciliador.ui.actas.view import ActasView
from tests.support.actas import concluded
from tests.support.printing import AnswerFiles, PdfPrinters
from tests.support.world import NOW, World
from tests.ui.conftest import MakeContext

pytestmark = pytest.mark.slow


def test_a_peruvian_acta_shows_the_missing_legality_check(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World, tmp_path: Path
) -> None:
    world = sqlite_world
    with world.db.write() as s:
        office = s.get(Office, world.office_id)
        office.profile_code = "PE"
        office.department = "Lima"
        office.municipality = "San Juan de Lurigancho"
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    view = ActasView(
        make_context(world.officer), printers=PdfPrinters(tmp_path), files=AnswerFiles(tmp_path)
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: bool(view.model.rows), timeout=5000)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.panel is not None, timeout=5000)
    facts = view.detail.facts.text()
    assert "Falta la verificación de legalidad (antes de las firmas)" in facts
    if os.environ.get("CONCILIADOR_SCREENSHOTS"):
        for w, h in ((1024, 600), (1280, 800), (1920, 1080)):
            view.resize(w, h)
            qtbot.wait(300)
            view.grab().save(f"/tmp/15-actas-pe-{w}x{h}.png")
