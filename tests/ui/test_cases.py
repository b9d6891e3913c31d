"""Case intake and the case list, driven as an officer does: type, choose, save; then check
what the database holds and what the screen says."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from conciliador.domain.enums import CaseStatus, IdType, Matter
from conciliador.models import AuditEvent, Case, Person
from conciliador.services.case_list import list_cases
from conciliador.services.fields import (
    ChildPart,
    Intake,
    PersonPart,
    ReferralFields,
    child_field,
    person_field,
)
from conciliador.ui.booking.dialog import BookingDialog
from conciliador.ui.cases.intake import IntakePage
from conciliador.ui.cases.referral import ReferralDialog
from conciliador.ui.cases.view import CasesView
from tests.support.typing import type_text
from tests.support.world import World
from tests.ui.conftest import MakeContext


def _count(w: World, model: type) -> int:
    with w.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _view(qtbot: QtBot, make_context: MakeContext, actor) -> CasesView:  # type: ignore[no-untyped-def]
    view = CasesView(make_context(actor))
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    return view


def _fill(intake: IntakePage, *, flagged: bool = False) -> None:
    c, r = intake.claimant, intake.respondent
    type_text(c.first_names, "Yessenia")
    type_text(c.last_names, "Obando Ruiz")
    type_text(c.id_number, "001-150595-0009K")
    type_text(c.phone, "8855-1020")
    type_text(c.income, "12,500.50")
    type_text(r.first_names, "Marlon")
    type_text(r.last_names, "Castillo Pérez")
    type_text(r.id_number, "001-020290-0003M")
    child = intake.children_editor.rows[0]
    type_text(child.first_names, "Keyla")
    type_text(child.last_names, "Castillo Obando")
    child.birth_date.set_value(dt.date(2019, 3, 14))
    intake.matters[Matter.ALIMENTOS].setChecked(True)
    intake.account.setPlainText("Solicita pensión para su hija.")
    for code, (yes, no) in intake.screening.answers.items():
        (yes if flagged and code == "temor_encuentro" else no).setChecked(True)


def test_an_empty_request_is_refused_field_by_field_and_nothing_is_saved(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    view = _view(qtbot, make_context, w.officer)
    qtbot.mouseClick(view.list_page.new_button, Qt.MouseButton.LeftButton)
    intake = view.intake
    assert intake is not None and view.pages.currentWidget() is intake
    people_before = _count(w, Person)
    intake.save_button.click()
    fields = intake.errors._fields
    assert (
        fields[person_field(Intake.CLAIMANT, PersonPart.FIRST_NAMES)][1].text()
        == "no puede quedar vacío"
    )
    assert fields[person_field(Intake.RESPONDENT, PersonPart.ID_NUMBER)][1].text() == (
        "indique el número o elija «Sin documento»"
    )
    assert "registre al menos una" in fields[Intake.CHILDREN][1].text()
    assert fields[Intake.MATTERS][1].text() == "elija al menos una materia"
    assert "falta responder" in fields[Intake.SAFEGUARDING][1].text()
    assert intake.claimant.first_names.accessibleDescription() == "no puede quedar vacío"
    assert _count(w, Case) == 0 and _count(w, Person) == people_before
    message = view.context.messages.last
    assert message is not None and message.text.startswith("No se guardó")


def test_an_income_that_is_not_an_amount_is_shown_next_to_the_field(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    view = _view(qtbot, make_context, sqlite_world.officer)
    view.new_request()
    intake = view.intake
    assert intake is not None
    _fill(intake)
    intake.claimant.income.setText("doce mil")
    assert intake.save() is None
    assert intake.errors._fields[person_field(Intake.CLAIMANT, PersonPart.MONTHLY_INCOME)][
        1
    ].text() == ("escriba un monto, p. ej. 12,500.00")
    assert _count(sqlite_world, Case) == 0


def test_a_registered_person_is_chosen_from_the_search_not_entered_twice(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    earlier = w.case(claimant=w.person("Yessenia", "Obando Ruiz"))
    view = _view(qtbot, make_context, w.officer)
    view.new_request()
    intake = view.intake
    assert intake is not None
    form = intake.claimant
    type_text(form.first_names, "yess")
    type_text(form.last_names, "Oba")
    qtbot.waitUntil(lambda: form.suggestions.rowCount() == 1)  # search as you type
    assert form.suggestion_box.isVisibleTo(form)
    assert form.suggestions.index(0, 0).data().startswith("Yessenia Obando Ruiz · 001-010190-")
    qtbot.keyClick(form.last_names, Qt.Key.Key_Down)  # down into the suggestions
    assert form.suggestion_list.hasFocus()
    qtbot.keyClick(form.suggestion_list, Qt.Key.Key_Return)
    assert form.existing is not None and form.existing.id == earlier.claimant.id
    assert not form.fields.isVisibleTo(form)
    assert "Persona ya registrada: Yessenia Obando Ruiz" in form.banner_text.text()
    _fill_rest(intake)
    people_before = _count(w, Person)
    case = intake.save()
    assert case is not None and case.claimant.id == earlier.claimant.id
    assert _count(w, Person) == people_before + 1  # only the respondent is new


def _fill_rest(intake: IntakePage) -> None:
    r = intake.respondent
    type_text(r.first_names, "Marlon")
    type_text(r.last_names, "Castillo")
    r.id_type.setCurrentIndex(r.id_type.findData(IdType.SIN_DOCUMENTO))
    child = intake.children_editor.rows[0]
    type_text(child.first_names, "Keyla")
    type_text(child.last_names, "Castillo")
    child.birth_date.set_value(dt.date(2019, 3, 14))
    intake.matters[Matter.VISITAS].setChecked(True)
    for _yes, no in intake.screening.answers.values():
        no.setChecked(True)


def test_a_request_is_saved_and_the_first_hearing_is_booked_next(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    view = _view(qtbot, make_context, w.officer)
    view.new_request()
    intake = view.intake
    assert intake is not None
    _fill(intake)
    intake.children_editor.add_button.click()  # an empty extra row is left out
    intake.save_button.click()
    page = view.case_page
    assert view.pages.currentWidget() is page and page.case is not None
    assert page.case.claimant.full_name == "Yessenia Obando Ruiz"
    assert page.case.matters == [Matter.ALIMENTOS]
    assert page.children_text.text().startswith("Keyla Castillo Obando — 14/03/2019 (7 años)")
    assert not page.alert.isVisibleTo(page)
    booking = view.dialog
    assert isinstance(booking, BookingDialog) and booking.isVisible()
    assert booking.clash_panel.clashes == [] and booking.slots.rowCount() > 0
    booking.ok.click()
    assert page.hearings.rowCount() == 1
    assert not page.book_button.isVisibleTo(page)  # one pending hearing at a time
    with w.db.read() as session:
        saved = session.scalars(select(Case)).one()
        income = session.scalars(
            select(Person.monthly_income).where(Person.first_names == "Yessenia")
        )
        assert str(income.one()) == "12500.50"
    assert saved.status == CaseStatus.EN_TRAMITE


def test_a_positive_screen_leads_to_the_referral_not_to_booking(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    view = _view(qtbot, make_context, w.officer)
    view.new_request()
    intake = view.intake
    assert intake is not None
    _fill(intake, flagged=True)
    assert intake.screening.warning.isVisibleTo(intake.screening)  # flagged as it is answered
    intake.save_button.click()
    page = view.case_page
    assert page.alert.isVisibleTo(page)
    referral = view.dialog
    assert isinstance(referral, ReferralDialog)
    referral.institution.setCurrentIndex(referral.institution.findData("minsa"))
    type_text(referral.notes, "Acompañada por la trabajadora social")
    referral.refer()
    with w.db.read() as session:
        case = session.scalars(select(Case)).one()
    assert case.status == CaseStatus.DERIVADA and case.safeguarding_flagged
    assert "Ministerio de Salud" in page.referrals.text()
    assert not page.refer_button.isVisibleTo(page)
    # Referred: the banner no longer asks to refer it (issue 18.4).
    assert not page.alert.isVisibleTo(page) or "derive el caso" not in page.alert.text()


def test_the_safeguarding_screen_comes_first_on_the_form_and_for_tab(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Issue 18.4: the screen is asked first, not below the fold."""
    view = _view(qtbot, make_context, sqlite_world.officer)
    view.resize(1280, 800)
    view.new_request()
    intake = view.intake
    assert intake is not None
    first_yes = next(iter(intake.screening.answers.values()))[0]
    top_of = lambda w: w.mapTo(intake, w.rect().topLeft()).y()  # noqa: E731
    assert top_of(first_yes) < top_of(intake.claimant.first_names)
    assert first_yes.visibleRegion().isEmpty() is False  # on screen without scrolling
    chain, widget = [], intake.screening
    while len(chain) < 200:
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is intake.claimant.first_names:
            break
    assert intake.claimant.first_names in chain
    last_answer = list(intake.screening.answers.values())[-1][1]
    assert last_answer in chain  # every answer before the first party's name


def test_a_clerk_sees_that_a_flagged_case_exists_and_whom_to_ask_not_its_account(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    case = w.case(flagged=True)
    clerk = _view(qtbot, make_context, w.clerk)
    clerk.open_case(case.id)
    page = clerk.case_page
    assert page.alert.isVisibleTo(page)
    assert "Consulte a Ana Martínez o la supervisión de la oficina" in page.alert.text()
    assert "Solicita pensión" not in page.account.text()
    assert page.account.text() == "(reservado: vea el aviso de arriba)"
    assert "Sí —" not in page.screening.text() and "Reservado" in page.screening.text()
    officer = _view(qtbot, make_context, w.officer)
    officer.open_case(case.id)
    assert officer.case_page.account.text() == "Solicita pensión para su hija."
    assert "⚠ Sí —" in officer.case_page.screening.text()


def test_the_list_finds_a_case_and_opening_it_is_recorded(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    wanted = w.case(claimant=w.person("Xiomara", "Urbina Sevilla"))
    w.case()
    view = _view(qtbot, make_context, w.clerk)
    assert not view.list_page.new_button.isVisibleTo(view)  # clerks do not register requests
    assert view.list_page.model.rowCount() == 2
    type_text(view.list_page.search, "xio urb")
    qtbot.waitUntil(lambda: view.list_page.model.rowCount() == 1)
    assert view.list_page.model.index(0, 2).data() == "Xiomara Urbina Sevilla"
    with w.db.read() as session:
        before = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "consultar")
        )
    qtbot.keyClick(view.list_page.search, Qt.Key.Key_Return)
    assert view.pages.currentWidget() is view.case_page
    assert view.case_page.title.text() == f"Caso {wanted.number}"
    with w.db.read() as session:
        after = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "consultar")
        )
    assert after == (before or 0) + 1
    assert not view.case_page.book_button.isVisibleTo(view)
    assert list_cases(w.db, w.clerk, w.office_id).rows


def test_a_pasted_right_to_left_override_is_refused_next_to_the_field(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """A name copied from elsewhere can carry an invisible U+202E that prints it reversed: the
    form says which field and which character, and nothing is saved."""
    from PySide6.QtGui import QGuiApplication

    view = _view(qtbot, make_context, sqlite_world.officer)
    view.new_request()
    intake = view.intake
    assert intake is not None
    _fill(intake)
    field = intake.respondent.last_names
    field.clear()
    QGuiApplication.clipboard().setText("Castillo \u202ePérez")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "Castillo \u202ePérez"
    assert intake.save() is None
    message = intake.errors._fields[person_field(Intake.RESPONDENT, PersonPart.LAST_NAMES)][
        1
    ].text()
    assert "(U+202E)" in message and "al revés" in message
    assert _count(sqlite_world, Case) == 0


def test_a_problem_in_the_referral_dialog_does_not_move_its_buttons(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Issue 18.3: the dialog keeps room for its problems above the buttons."""
    w = sqlite_world
    view = _view(qtbot, make_context, w.officer)
    case = w.case(flagged=True)
    view.open_case(case.id)
    view.case_page.refer_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitExposed(dialog)
    ok = dialog.findChild(QDialogButtonBox).buttons()[0]

    def where() -> tuple[int, int]:
        spot = ok.mapTo(dialog, ok.rect().topLeft())
        return spot.x(), spot.y()

    before = where()
    dialog.notes.setPlainText("x" * 20_001)  # too long: refused, under the field
    dialog.refer()
    assert dialog.errors._fields[ReferralFields.NOTES][1].isVisibleTo(dialog)
    assert where() == before
    dialog.reject()  # a modal dialog left open would be the next test's


def test_a_childs_birth_date_problem_is_shown_under_the_birth_date(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Issue 18.7: not under the name, at the start of the row."""
    view = _view(qtbot, make_context, sqlite_world.officer)
    view.new_request()
    intake = view.intake
    assert intake is not None
    _fill(intake)
    child = intake.children_editor.rows[0]
    child.birth_date.set_value(dt.date(2031, 1, 1))  # after the request: refused
    assert intake.save() is None
    problem = intake.errors._fields[child_field(1, ChildPart.BIRTH_DATE)][1]
    assert problem.isVisibleTo(intake) and problem.text()
    assert problem.geometry().left() == child.birth_date.geometry().left()
    name_problem = intake.errors._fields[child_field(1, ChildPart.FIRST_NAMES)][1]
    assert not name_problem.isVisibleTo(intake)


def test_the_case_list_shows_each_number_as_a_case_number(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    case = w.case()
    w.case()
    view = _view(qtbot, make_context, w.clerk)
    assert view.list_page.model.headerData(0, Qt.Orientation.Horizontal) == "Caso"
    shown = view.list_page.model.index(1, 0).data()  # newest first
    assert shown == f"EXP {case.number}"
    view.list_page.search.clear()
    type_text(view.list_page.search, shown)
    qtbot.waitUntil(lambda: view.list_page.model.rowCount() == 1)
