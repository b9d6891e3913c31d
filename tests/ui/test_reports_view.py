"""The «Reportes» area driven as a supervisor would, with tasks run synchronously."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from conciliador.db import Database
from conciliador.services.reports import Month, monthly_summary, report_document
from conciliador.services.users import sign_in
from conciliador.ui.context import UiContext
from conciliador.ui.reports import ReportsView
from conciliador.ui.reports.table_model import ReportTableModel
from conciliador.ui.tasks import Progress, SyncTaskRunner
from tests.services.test_reports_summary import DEMO_DAY, demo
from tests.support.world import World


class FakeDialogs:
    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, Path]] = []

    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        self.asked.append((title, suggested))
        return self.answer


@pytest.fixture
def supervisor_context(sqlite_db: Database) -> UiContext:
    demo(sqlite_db)
    actor = sign_in(sqlite_db, "supervisor.mn", "clave-demo-2026")
    return UiContext(sqlite_db, actor, SyncTaskRunner())


def test_report_tables_pass_the_model_tester(
    qtmodeltester: ModelTester, sqlite_world: World
) -> None:
    w = sqlite_world
    w.case()
    doc = report_document(monthly_summary(w.db, w.supervisor, Month(2026, 11)))
    for table in doc.tables[:3]:
        model = ReportTableModel()
        model.set_table(table, doc.locale)
        qtmodeltester.check(model)
    model = ReportTableModel()
    model.set_table(doc.tables[0], doc.locale)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "nov. 2026"
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data() == "    Solicitudes recibidas"
    )
    assert model.index(row, 1).data() == "1"
    assert model.index(row, 3).data() == "—"  # nothing to compare with in October


def test_a_supervisor_sees_the_month_and_exports_it(
    qtbot: QtBot, supervisor_context: UiContext, tmp_path: Path
) -> None:
    out = tmp_path / "mi-resumen.xlsx"
    dialogs = FakeDialogs(out)
    view = ReportsView(supervisor_context, dialogs=dialogs, today=DEMO_DAY)
    qtbot.addWidget(view)
    assert view.month_box.currentText() == "Noviembre de 2026"
    assert view.office_name.text().startswith("MN · ")
    view.month_box.setCurrentIndex(1)  # octubre de 2026
    assert view.status.text() == "Delegación Departamental de Managua — octubre de 2026"
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == [
        "Resumen",
        "Gráficos",
        "Solicitudes",
        "Materias y seguimiento",
        "Audiencias",
        "Acuerdos",
        "Inasistencias y otros cierres",
        "Pensión y tiempos",
        "Cumplimiento y alertas",
    ]
    assert len(view.chart_views) == 3
    expected = monthly_summary(
        supervisor_context.db, supervisor_context.actor, Month(2026, 10)
    ).figure("T:" + str(view.office_id), "requests")
    model = view.models["resumen"]
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data().strip() == "Solicitudes recibidas"
    )
    assert model.index(row, 1).data() == str(expected.current)
    assert model.index(row, 4).data() == str(expected.year_before)

    qtbot.mouseClick(
        view.export_buttons[next(iter(view.export_buttons))], Qt.MouseButton.LeftButton
    )
    assert dialogs.asked[0][1].name == "resumen-mensual-MN-2026-10.xlsx"
    assert view.status.text() == f"Reporte guardado en {out}."
    assert view.progress.isHidden()
    assert openpyxl.load_workbook(out).sheetnames[0] == "Portada"


def test_an_empty_month_says_so(qtbot: QtBot, supervisor_context: UiContext) -> None:
    view = ReportsView(supervisor_context, dialogs=FakeDialogs(None), today=DEMO_DAY)
    qtbot.addWidget(view)
    view.month_box.setCurrentIndex(view.month_box.findData("2024-03"))
    assert view.status.text().startswith("Sin actividad registrada en marzo de 2024")
    assert view.tabs.count() == 9  # the tables still show, with zeros


def test_a_failed_export_is_explained_and_saves_nothing(
    qtbot: QtBot, supervisor_context: UiContext, tmp_path: Path
) -> None:
    blocker = tmp_path / "nota.txt"
    blocker.write_text("no es una carpeta")
    view = ReportsView(supervisor_context, dialogs=FakeDialogs(blocker / "r.csv"), today=DEMO_DAY)
    qtbot.addWidget(view)
    view.export_buttons[list(view.export_buttons)[1]].click()
    assert view.status.text().startswith(f"No se pudo guardar «{blocker / 'r.csv'}»")
    assert view.export_buttons[list(view.export_buttons)[1]].isEnabled()


def test_a_clerk_is_told_reports_are_not_for_their_role(qtbot: QtBot, sqlite_world: World) -> None:
    context = UiContext(sqlite_world.db, sqlite_world.clerk, SyncTaskRunner())
    view = ReportsView(context, dialogs=FakeDialogs(None), today=dt.date(2026, 11, 23))
    qtbot.addWidget(view)
    assert view.status.text().startswith("Su rol no permite ver reportes")
    assert not view.month_box.isEnabled()
    assert all(b.isHidden() for b in view.export_buttons.values())
    assert view.cases_button.isHidden()


class DeferredRunner:
    """Holds tasks until the test releases them, in any order (a slow shared server)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Any, Any, Any]] = []

    def run(self, func: Any, on_done: Any, on_error: Any, on_progress: Any = None) -> Progress:
        progress = Progress(on_progress)
        self.jobs.append((func, on_done, on_error))
        return progress

    def release(self, index: int) -> None:
        func, on_done, on_error = self.jobs.pop(index)
        try:
            result = func(Progress())
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)


def test_a_late_answer_for_a_month_already_left_is_dropped(
    qtbot: QtBot, supervisor_context: UiContext
) -> None:
    runner = DeferredRunner()
    context = UiContext(supervisor_context.db, supervisor_context.actor, runner)
    view = ReportsView(context, dialogs=FakeDialogs(None), today=DEMO_DAY)
    qtbot.addWidget(view)
    view.month_box.setCurrentIndex(1)  # octubre, while noviembre is still computing
    assert view.status.text() == "Calculando el resumen…"
    assert not view.export_buttons[next(iter(view.export_buttons))].isEnabled()
    runner.release(1)  # octubre answers first
    runner.release(0)  # … then the stale noviembre
    assert view.status.text().endswith("octubre de 2026")
    assert view.controller.loaded is not None
    assert view.controller.loaded.month == Month(2026, 10)
    assert view.export_buttons[next(iter(view.export_buttons))].isEnabled()


def test_the_month_running_is_said_and_the_office_is_the_main_windows(
    qtbot: QtBot, supervisor_context: UiContext
) -> None:
    """Issue 18.7: a month of a few days is not compared with whole months without saying so,
    and the summary follows the office picked in the main window (one selector)."""
    from conciliador.services.offices import list_offices

    view = ReportsView(supervisor_context, dialogs=FakeDialogs(None), today=DEMO_DAY)
    qtbot.addWidget(view)
    assert view.month_box.currentData() == f"{DEMO_DAY:%Y-%m}"
    assert (
        f"Mes en curso: cifras del 1 al {DEMO_DAY.day} de "
        f"{Month.of(DEMO_DAY).label('es_NI')}" in view.status.text()
    )
    view.month_box.setCurrentIndex(1)
    assert "Mes en curso" not in view.status.text()
    assert not any(
        isinstance(w, QComboBox) and w is not view.month_box for w in view.findChildren(QComboBox)
    )
    other = next(
        o
        for o in list_offices(supervisor_context.db, supervisor_context.actor)
        if o.id != supervisor_context.office.id
    )
    supervisor_context.office.set(other.id)
    assert view.office_name.text().startswith(f"{other.code} · ")
    assert view.status.text().startswith(other.name) or "Sin actividad" in view.status.text()
