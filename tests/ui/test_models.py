"""Every item model of the desktop passes Qt's model tester, filled with real service data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytestqt.modeltest import ModelTester

from conciliador.services.accounts import list_accounts
from conciliador.services.case_list import case_hearings, list_cases
from conciliador.services.offices import add_closure_day, list_rooms
from conciliador.services.people import search_people
from conciliador.services.premises import list_closure_days
from conciliador.services.reminders import reminder_calls
from conciliador.services.scheduling import propose_slots
from conciliador.ui.admin.closures import closure_columns
from conciliador.ui.admin.rooms import room_columns
from conciliador.ui.admin.users import account_columns
from conciliador.ui.agenda.reminders import reminder_columns
from conciliador.ui.cases.case_page import hearing_columns
from conciliador.ui.cases.list_page import case_columns
from conciliador.ui.cases.person_form import person_line
from conciliador.ui.widgets.table_model import ROW_ROLE, Column, RowsModel
from tests.support.booking import book
from tests.support.world import NOW, World, local


def check(tester: ModelTester, columns: list[Column[Any]], rows: list[Any]) -> RowsModel[Any]:
    assert rows, "the model must be tested with rows in it"
    model: RowsModel[Any] = RowsModel(columns)
    model.set_rows(rows)
    tester.check(model)
    assert model.rowCount() == len(rows)
    assert model.index(0, 0).data(ROW_ROLE) == rows[0]
    model.set_rows([])
    tester.check(model)
    return model


def test_every_table_of_the_desktop_is_a_sound_model(
    qtmodeltester: ModelTester, sqlite_world: World
) -> None:
    w = sqlite_world
    case = w.case()
    hearing = book(w, case.id, local(2026, 11, 30, 9))
    add_closure_day(w.db, w.admin, w.office_id, dt.date(2026, 12, 24), "Nochebuena")
    calls = reminder_calls(w.db, w.clerk, w.office_id, now=local(2026, 11, 27, 9)).calls
    model = check(qtmodeltester, reminder_columns(), calls)
    assert model.columnCount() == 8
    check(qtmodeltester, case_columns(), list_cases(w.db, w.officer, w.office_id).rows)
    check(qtmodeltester, hearing_columns(), case_hearings(w.db, w.officer, case.id))
    check(qtmodeltester, account_columns(), list_accounts(w.db, w.admin, w.office_id))
    check(qtmodeltester, room_columns(), list_rooms(w.db, w.admin, w.office_id))
    check(qtmodeltester, closure_columns(), list_closure_days(w.db, w.admin, w.office_id))
    people = search_people(w.db, w.officer, "maria")
    check(qtmodeltester, [Column("Persona", person_line)], people)
    slots = propose_slots(
        w.db,
        w.officer,
        case_id=w.case().id,
        officer_id=w.officer.user_id or 0,
        room_id=w.room_ids[0],
        now=NOW,
    )
    check(qtmodeltester, [Column("Horario", lambda s: s.label("es_NI"))], slots)
    assert hearing.id


def test_the_actas_list_the_findings_and_the_documents_are_sound_models(
    qtmodeltester: ModelTester, sqlite_world: World
) -> None:
    from conciliador.domain.enums import Outcome
    from conciliador.services.actas import list_actas
    from conciliador.services.agreements import Draft, evaluate
    from conciliador.services.agreements.editor import editor_start
    from conciliador.ui.actas.columns import acta_columns
    from conciliador.ui.agreement.marks import Mark
    from conciliador.ui.agreement.preview import MARK_ROLE, FindingsModel
    from conciliador.ui.documents.viewer import DocumentSource, source_columns
    from tests.support.actas import concluded
    from tests.support.agreements import family_case, held_hearing

    w = sqlite_world
    concluded(w, Outcome.ACUERDO_TOTAL, hour=8)
    concluded(w, Outcome.INASISTENCIA_SOLICITANTE, hour=7, room=1)
    rows = list_actas(w.db, w.officer)
    model = check(qtmodeltester, acta_columns(), rows)
    assert model.columnCount() == 7
    model.set_rows(rows)
    assert model.index(0, 0).data() == "sin número"
    start = editor_start(w.db, w.officer, held_hearing(w, family_case(w, 2).id, hour=12).id)
    found = evaluate(start.context, Draft(Outcome.ACUERDO_TOTAL, start.terms)).findings
    findings = FindingsModel()
    findings.set_marks([Mark.of(f) for f in found] + [Mark("Resultado", "elija", True)])
    qtmodeltester.check(findings)
    assert findings.rowCount() == len(found) + 1
    first = findings.index(0, 0)
    assert first.data(MARK_ROLE).error
    findings.set_marks([])
    qtmodeltester.check(findings)
    check(
        qtmodeltester,
        source_columns(),
        [DocumentSource("Citación n.º 1", lambda: None)],  # type: ignore[arg-type,return-value]
    )
