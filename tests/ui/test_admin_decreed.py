"""The national administrator records a holiday added by decree and the CPI's yearly
variation from the Criterios tab, each with its source, as drafts published like any version."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from conciliador.models import Office
from conciliador.services.criteria_versions import profile_in_force
from conciliador.services.fields import DecreedFields
from conciliador.services.offices import calendar_of
from conciliador.ui.admin.decreed import DecreedValueDialog
from tests.support.typing import type_text
from tests.support.world import NOW, World, national_admin
from tests.ui.conftest import MakeContext, admin_view


def test_a_holiday_by_decree_is_drafted_with_its_source_and_published(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    tab = admin_view(qtbot, make_context(national_admin(w))).criteria
    assert tab is not None
    tab.profile.setCurrentIndex(tab.profile.findData("NI"))
    tab.holiday_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, DecreedValueDialog) and dialog.isVisible()
    assert dialog.recorded.text() == "Ninguno registrado todavía."
    day = dt.date(2026, 12, 16)
    dialog.day.set_value(day)
    type_text(dialog.text, "Día de duelo nacional")
    dialog.save()
    assert dialog.errors._fields[DecreedFields.SOURCE][1].text() == "no puede quedar vacío"
    assert dialog.isVisible()  # nothing lost
    assert dialog.text.text() == "Día de duelo nacional"
    type_text(dialog.source, "Decreto presidencial 15-2026 (valor de prueba)")
    dialog.save()
    assert not dialog.isVisible()
    assert tab.model.index(0, 1).data() == "Borrador"
    assert "Feriado por decreto: 16/12/2026" in tab.model.index(0, 5).data()
    assert tab.model.index(0, 4).data() == "Decreto presidencial 15-2026 (valor de prueba)"
    tab.table.selectRow(0)
    tab.publish_button.click()
    assert tab.model.index(0, 1).data() == "Publicada"
    with w.db.read() as session:
        office = session.get(Office, w.office_id)
        assert office is not None
        assert calendar_of(session, office).holiday(day) == "Día de duelo nacional"


def test_the_cpi_variation_is_drafted_with_its_source(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    tab = admin_view(qtbot, make_context(national_admin(w))).criteria
    assert tab is not None
    tab.profile.setCurrentIndex(tab.profile.findData("CL"))
    tab.index_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, DecreedValueDialog)
    assert dialog.day.value() == dt.date(NOW.year + 1, 1, 1)
    type_text(dialog.text, "cuatro")
    type_text(dialog.source, "INE, boletín del IPC (valor de prueba)")
    dialog.save()
    assert "porcentaje" in dialog.errors._fields[DecreedFields.PRICE_INDEX][1].text()
    dialog.text.clear()
    type_text(dialog.text, "4,5")
    dialog.save()
    assert not dialog.isVisible()
    tab.table.selectRow(0)
    tab.publish_button.click()
    with w.db.read() as session:
        figures = profile_in_force(session, "CL", NOW.date()).follow_up.price_index
    assert [(f.applies_from, str(f.percentage), f.source) for f in figures] == [
        (dt.date(NOW.year + 1, 1, 1), "4.5", "INE, boletín del IPC (valor de prueba)")
    ]
    tab.index_button.click()
    again = tab.dialog
    assert isinstance(again, DecreedValueDialog)
    assert "4.5 %" in again.recorded.text()
