"""The one date field, typed as a person types (issue 18.2): the date typed is the date kept,
Tab goes on to the next field, what is not a date is said and not thrown away, and the
calendar opens where the date is expected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from conciliador.services.cases import get_case
from conciliador.services.errors import FieldId, FieldProblem
from conciliador.services.fields import Intake, PersonPart, person_field
from conciliador.ui.cases.view import CasesView
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.widgets.date_field import DateField, parse_date
from conciliador.ui.widgets.forms import Form, error_label
from tests.support.world import World
from tests.ui.conftest import MakeContext
from tests.ui.test_cases import _fill


def _active(qtbot: QtBot, window: QWidget) -> None:
    """Shown and active, so that the keyboard focus is real (Tab moves it)."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _typed(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_the_ways_a_date_is_written_are_read_day_first() -> None:
    christmas = dt.date(2026, 12, 25)
    for text in ("25/12/2026", "25122026", "25-12-26", "25.12.2026", "2026-12-25", " 25/12/2026 "):
        assert parse_date(text, pivot=2026) == christmas, text
    assert parse_date("05/12/90", pivot=1991) == dt.date(1990, 12, 5)
    for text in ("31/02/2026", "25/13/2026", "hoy", "25/12", "1/1/1", ""):
        assert parse_date(text, pivot=2026) is None, text


def test_typing_a_full_date_gives_that_date_and_tab_goes_to_the_next_field(
    qtbot: QtBot,
) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    day = DateField(optional=False, parent=form)
    after = DateField(parent=form)
    day.set_value(dt.date(2026, 11, 23))
    day.set_default_page(dt.date(2026, 11, 23))
    _active(qtbot, form)
    changes: list[dt.date | None] = []
    day.dateChanged.connect(changes.append)
    day.setFocus()
    day.selectAll()
    qtbot.keyClicks(day, "25/12/2026")
    assert day.value() == dt.date(2026, 12, 25)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert _focused() is after
    assert day.text() == "25/12/2026"
    assert changes == [dt.date(2026, 12, 25)]
    # An optional field starts empty («sin indicar»), takes a typed date and keeps it on leaving.
    assert after.text() == "" and after.placeholderText() == "sin indicar"
    qtbot.keyClicks(after, "5122026")
    assert after.value() is None  # seven digits are not a date yet …
    after.home(False)
    qtbot.keyClicks(after, "0")
    qtbot.keyClick(after, Qt.Key.Key_Return)
    assert after.text() == "05/12/2026" and after.value() == dt.date(2026, 12, 5)


def test_an_optional_date_typed_in_the_request_is_saved_and_tab_reaches_the_next_fields(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    view = CasesView(make_context(w.officer))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    _active(qtbot, view)
    view.list_page.new_button.click()
    intake = view.intake
    assert intake is not None
    _fill(intake)
    claimant = intake.claimant
    _typed(qtbot, claimant.birth_date, "15/05/1995")
    qtbot.keyClick(claimant.birth_date, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "costarricense")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "8855-7777")
    # The typist's next answers land where the eye reads them: Nacionalidad, then Teléfono.
    assert claimant.nationality.text() == "costarricense"
    assert claimant.phone.text() == "8855-7777"
    assert claimant.birth_date.text() == "15/05/1995"
    child = intake.children_editor.rows[0]
    child.birth_date.set_value(None)
    _typed(qtbot, child.birth_date, "14032019")
    qtbot.keyClick(child.birth_date, Qt.Key.Key_Tab)
    assert _focused() is child.certificate
    assert child.birth_date.text() == "14/03/2019"
    case = intake.save()
    assert case is not None
    detail = get_case(w.db, w.officer, case.id)
    assert detail.claimant.birth_date == dt.date(1995, 5, 15)
    assert detail.children[0].birth_date == dt.date(2019, 3, 14)


def test_what_is_not_a_date_is_kept_said_and_not_saved(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    view = CasesView(make_context(w.officer))
    qtbot.addWidget(view)
    _active(qtbot, view)
    view.list_page.new_button.click()
    intake = view.intake
    assert intake is not None
    _fill(intake)
    field = intake.claimant.birth_date
    _typed(qtbot, field, "31/02/1995")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "31/02/1995"  # nothing thrown away
    assert "no es una fecha" in field.accessibleDescription()
    assert intake.save() is None
    problem = intake.errors._fields[person_field(Intake.CLAIMANT, PersonPart.BIRTH_DATE)][1]
    assert problem.text().startswith("«31/02/1995» no es una fecha")
    assert intake.claimant.birth_date.text() == "31/02/1995"
    field.selectAll()
    qtbot.keyClicks(field, "28/02/1995")
    assert intake.save() is not None


def test_the_calendar_opens_at_the_typed_date_or_the_expected_years(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    view = CasesView(make_context(sqlite_world.officer))
    qtbot.addWidget(view)
    _active(qtbot, view)
    view.list_page.new_button.click()
    intake = view.intake
    assert intake is not None
    adult = intake.claimant.birth_date
    adult.setFocus()
    qtbot.keyClick(adult, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert adult.popup is not None and adult.popup.isVisible()
    calendar = adult.popup.calendar
    assert calendar.yearShown() == 2026 - 35  # among adults' birth years, not this month
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    child = intake.children_editor.rows[0].birth_date
    child.open_calendar()
    assert child.popup is not None and child.popup.calendar.yearShown() == 2026 - 6
    child.popup.hide()
    _typed(qtbot, adult, "05/12/1990")
    adult.open_calendar()
    assert (calendar.yearShown(), calendar.monthShown()) == (1990, 12)
    # Picking a day writes it into the field.
    picked = calendar.selectedDate().addDays(3)
    calendar.setSelectedDate(picked)
    calendar.activated.emit(picked)
    assert not adult.popup.isVisible()
    assert adult.value() == dt.date(1990, 12, 8)


def _reddish(image: QImage) -> int:
    red = QColor("#c0392b")
    hits = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            pairs = ((c.red(), red.red()), (c.green(), red.green()), (c.blue(), red.blue()))
            hits += all(abs(a - b) < 30 for a, b in pairs)
    return hits


def test_the_calendar_of_a_field_in_error_keeps_its_own_colours(qtbot: QtBot) -> None:
    """Issue 18.6: the red of the field's error is the field's, not its calendar's."""
    errors = FieldErrors(error_label())
    form = Form(errors)
    holder = QWidget()
    qtbot.addWidget(holder)
    day = DateField()
    field = FieldId(("prueba", "fecha"), "Fecha")
    form.row("&Fecha:", day, field)
    holder.setLayout(form.layout)
    _active(qtbot, holder)
    day.set_default_page(dt.date(2026, 11, 23))
    errors.show([FieldProblem(field, "no puede quedar vacía")])
    assert _reddish(day.grab().toImage()) > 0  # the field is marked
    day.open_calendar()
    assert day.popup is not None
    assert _reddish(day.popup.grab().toImage()) == 0
