"""Keyboard-complete (issue 18): a whole request typed without the mouse, in the order the eye
reads the form — the safeguarding screen first, Tab from field to field, dates typed as
dates — and saved with Ctrl+S; then checked in the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from conciliador.domain.enums import IdType, Matter, Sex
from conciliador.services.case_list import list_cases
from conciliador.services.cases import get_case
from conciliador.ui.cases.view import CasesView
from tests.support.world import World
from tests.ui.conftest import MakeContext

TAB, SPACE = Qt.Key.Key_Tab, Qt.Key.Key_Space


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


class Typist:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(_focus(), text)

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(_focus(), key, modifier)
        QApplication.processEvents()  # what a press sets in motion (a row shown) happens

    def tab_to(self, widget: QWidget, most: int = 40) -> None:
        """Tab until ``widget`` has the focus (it must be in the form's Tab order)."""
        seen = []
        for _ in range(most):
            if _focus() is widget:
                return
            seen.append(_focus().accessibleName() or type(_focus()).__name__)
            self.key(TAB)
        raise AssertionError(f"Tab never reached {widget.accessibleName()!r}: {seen}")

    def field(self, text: str) -> None:
        """Type into the field that has the focus, then Tab to the next one."""
        if text:
            self.type(text)
        self.key(TAB)


def test_a_whole_request_by_keyboard_alone(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    view = CasesView(make_context(w.officer))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list_page.search.setFocus()
    k = Typist(qtbot)
    # Shortcuts go through the window, as a real key press does.
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.intake is not None)  # a button's shortcut clicks it shortly
    intake = view.intake
    assert intake is not None and _focus() is intake.first_field()

    # The screen, first: «No» to each question (→ to «No», Space to mark it), Tab onwards.
    for _code, (_yes, no) in intake.screening.answers.items():
        k.key(Qt.Key.Key_Right)
        assert _focus() is no
        k.key(SPACE)
        assert no.isChecked()
        k.key(TAB)
    c = intake.claimant
    assert _focus() is c.first_names
    k.field("Yessenia")
    k.field("Obando Ruiz")
    k.field("")  # Tipo de documento: cédula
    k.field("001-150595-0009K")
    k.field("F")  # Sexo: the first letter picks «Femenino»
    assert _focus() is c.birth_date
    k.field("15/05/1995")
    k.field("nicaraguense")
    k.field("8855-1020")
    k.field("yessenia@example.com")
    k.field("Reparto Schick, casa 12")
    k.field("comerciante")
    k.field("")
    k.field("12,500.50")
    r = intake.respondent
    assert _focus() is r.first_names
    k.field("Marlon")
    k.field("Castillo Perez")
    k.field("")
    k.field("001-020290-0003M")
    k.field("M")  # «Masculino»
    for _ in range(8):  # birth date … income: left as they are
        k.key(TAB)
    child = intake.children_editor.rows[0]
    assert _focus() is child.first_names, _focus().text()  # type: ignore[attr-defined]
    k.field("Keyla")
    k.field("Castillo Obando")
    k.field("F")  # «Femenino»
    k.field("14032019")
    k.field("PN-000123")
    assert _focus() is intake.children_editor.add_button
    k.key(TAB)
    assert _focus() is intake.matters[Matter.ALIMENTOS]
    k.key(SPACE)
    k.key(TAB)
    k.key(TAB)
    k.key(TAB)
    assert _focus() is intake.account
    k.type("Solicita pension para su hija.")
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [row] = list_cases(w.db, w.officer, w.office_id).rows
    case = get_case(w.db, w.officer, row.id)
    assert case.claimant.full_name == "Yessenia Obando Ruiz"
    assert case.claimant.id_type == IdType.CEDULA and case.claimant.sex == Sex.FEMALE
    assert case.claimant.birth_date == dt.date(1995, 5, 15)
    assert case.claimant.phone == "8855-1020" and case.claimant.address.startswith("Reparto")
    assert case.respondent.full_name == "Marlon Castillo Perez"
    assert case.respondent.sex == Sex.MALE
    [kid] = case.children
    assert kid.birth_date == dt.date(2019, 3, 14) and kid.birth_certificate == "PN-000123"
    assert case.matters == [Matter.ALIMENTOS]
    assert case.account == "Solicita pension para su hija."
    assert case.safeguarding_answers and not any(case.safeguarding_answers.values())
    if view.dialog is not None:  # the booking dialog that follows a saved request
        view.dialog.close()


def test_a_whole_agreement_by_keyboard_alone(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Support, visits and care for one child, the outcome, and concluding — keys only."""
    from PySide6.QtWidgets import QMessageBox

    from conciliador.domain.enums import Outcome
    from conciliador.services.agreements import get_agreement
    from conciliador.services.hearing_details import hearing_detail
    from conciliador.ui.agreement import open_agreement_editor
    from conciliador.ui.shell.main_window import MainWindow
    from tests.support.agreements import family_case, held_hearing
    from tests.support.world import NOW

    w = sqlite_world
    case = family_case(w, 1)
    hearing = held_hearing(w, case.id)
    context = make_context(w.officer)
    window = MainWindow(context)  # sets the office's numbers, as at a desk
    qtbot.addWidget(window)
    editor = open_agreement_editor(context, hearing.id, window)
    assert editor is not None
    qtbot.addWidget(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    k = Typist(qtbot)
    next_tab = Qt.KeyboardModifier.ControlModifier

    # Resultado: «Acuerdo total».
    editor.tabs.currentWidget().setFocus()
    k.key(TAB)
    assert _focus() is editor.outcome_tab.buttons[Outcome.ACUERDO_TOTAL]
    k.key(SPACE)
    # Pensión alimenticia: a fixed monthly sum, paid on the 15th from 15/12/2026, in cash.
    k.key(TAB, next_tab)
    s = editor.support_tab
    assert editor.tabs.currentWidget() is s
    s.setFocus()
    k.tab_to(s.child_lines[0].amount)
    k.field("3,000.00")
    k.tab_to(s.day1)
    k.field("15")
    assert _focus() is s.first_payment
    k.field("15/12/2026")
    assert _focus() is s.method
    k.field("E")  # «En efectivo, en la oficina»
    # Régimen de visitas: Saturdays 9:00–17:00, handed over and back at the mother's house.
    k.key(TAB, next_tab)
    v = editor.visits_tab
    assert editor.tabs.currentWidget() is v
    v.setFocus()
    k.tab_to(v.schedule.add_button)
    k.key(SPACE)
    block = v.schedule.rows[0]
    k.tab_to(block.from_day)
    k.field("s")  # «sábado»
    k.key(TAB)  # from 09:00
    k.field("s")
    k.tab_to(v.pickup_place)
    k.field("la casa de la madre")
    k.field("Maria Ruiz Perez")
    k.key(SPACE)  # «La devolución, igual que la entrega»
    # Cuido y crianza: lives with the claimant, at her recorded address (filled in).
    k.key(TAB, next_tab)
    assert editor.tabs.currentWidget() is editor.care_tab
    [child] = editor.care_tab.arrangements
    assert child.residence.text()
    with qtbot.waitSignal(editor.evaluated, timeout=3000):
        pass  # the editor judges what was typed after a pause
    errors = [m for m in editor.findings.marks if m.error]
    assert errors == [], [f"{m.field}: {m.message}" for m in errors]
    # Concluir (Alt+C), and Yes in the question that follows.
    qtbot.keyClick(editor.windowHandle(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: getattr(editor, "confirm", None) is not None)
    box = editor.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # «Sí», the default
    qtbot.waitUntil(
        lambda: hearing_detail(w.db, w.officer, hearing.id, now=NOW).agreement_id is not None
    )
    agreement_id = hearing_detail(w.db, w.officer, hearing.id, now=NOW).agreement_id
    assert agreement_id is not None
    saved = get_agreement(w.db, w.officer, agreement_id)
    assert saved.outcome == Outcome.ACUERDO_TOTAL
