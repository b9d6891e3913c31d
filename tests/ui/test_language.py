"""Spanish through Qt's translation system, English as the second catalogue; labels tied to
their fields for screen readers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from conciliador.domain.enums import HearingStatus, IdType
from conciliador.ui.agenda.palette import Legend
from conciliador.ui.cases.view import CasesView
from conciliador.ui.i18n import current_language, install_language
from conciliador.ui.labels import label
from conciliador.ui.shell.main_window import MainWindow
from conciliador.ui.shell.sign_in import SignInDialog
from conciliador.ui.tasks import SyncTaskRunner
from tests.support.world import World
from tests.ui.conftest import MakeContext

ROOT = Path(__file__).resolve().parents[2]


def test_switching_to_english_shows_english(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    assert install_language("en") == "en" and current_language() == "en"
    window = MainWindow(make_context(sqlite_world.officer))
    qtbot.addWidget(window)
    assert [a.text() for a in window.area_actions.values()] == [
        "Agenda",
        "Cases",
        "Actas",
        "Pending",
    ]
    assert [m.text() for m in window.menuBar().actions()] == ["&Session", "&View", "&Help"]
    assert window.windowTitle().endswith("Ana Martínez (Officer)")
    agenda = window.area("agenda")
    assert agenda.title.text() == "Nov 23\u2009–\u200927, 2026"  # type: ignore[attr-defined]
    assert agenda.tabs.tabText(1) == "Reminder calls"  # type: ignore[attr-defined]
    assert label(HearingStatus.CITACION_ENTREGADA) == "Citation delivered"
    assert label(IdType.OTRO) == "Other document"
    legend = Legend()
    qtbot.addWidget(legend)
    texts = [w.text() for w in legend.findChildren(QLabel)]
    assert "Rescheduled" in texts and "Reprogramada" not in texts
    dialog = SignInDialog(sqlite_world.db, SyncTaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.enter.text() == "&Sign in"
    install_language("es")
    assert label(HearingStatus.CITACION_ENTREGADA) == "Citación entregada"


def test_an_unknown_language_falls_back_to_spanish(qapp) -> None:  # type: ignore[no-untyped-def]
    assert install_language("fr") == "es"


def test_the_english_catalogue_covers_every_string_of_the_desktop() -> None:
    """Run ``make translations`` after changing a visible string, and translate it."""
    check = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_every_field_of_the_intake_has_a_label_tied_to_it(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    view = CasesView(make_context(sqlite_world.officer))
    qtbot.addWidget(view)
    view.new_request()
    intake = view.intake
    assert intake is not None
    fields = [
        f for f in intake.findChildren(QLineEdit) if f.objectName() != "qt_spinbox_lineedit"
    ] + intake.findChildren(QDateEdit)  # a date's inner line edit speaks through its date field
    assert len(fields) > 20
    unnamed = [f for f in fields if f.isVisibleTo(intake) and not f.accessibleName()]
    assert unnamed == []
    buddies = {lbl.buddy() for lbl in intake.findChildren(QLabel) if lbl.buddy() is not None}
    assert intake.claimant.first_names in buddies
    assert intake.claimant.first_names.accessibleName() == "Solicitante — Nombres"


def test_the_reports_and_actas_areas_speak_english_too(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    from conciliador.ui.actas import ActasView
    from conciliador.ui.reports import ReportsView

    install_language("en")
    try:
        reports = ReportsView(make_context(sqlite_world.supervisor))
        qtbot.addWidget(reports)
        buttons = [b.text() for b in reports.export_buttons.values()]
        assert buttons == ["Export to &Excel…", "Export to &CSV…", "Export to &PDF…"]
        assert reports.refresh_button.text() == "&Refresh"
        assert reports.month_box.itemText(0) == "November 2026"
        assert "Charts" in [reports.tabs.tabText(i) for i in range(reports.tabs.count())]
        actas = ActasView(make_context(sqlite_world.officer))
        qtbot.addWidget(actas)
        texts = {w.text() for w in actas.findChildren(QLabel)}
        assert "&Type:" in texts and "&Tipo:" not in texts
    finally:
        install_language("es")


def test_qt_speaks_spanish_even_where_qt_looks_elsewhere_for_its_catalogues(
    qtbot: QtBot,
    monkeypatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Issue 18.6: the file dialogs say «Ver en:», not «Look in:», also when the Qt a bundle
    reports has no catalogues of its own (they come from PySide6's folder)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from conciliador.ui import i18n

    monkeypatch.setattr(i18n, "qt_reported_dir", lambda: tmp_path)
    install_language("es")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"
    from conciliador.ui.documents.files import file_dialog

    dialog = file_dialog(None, "Guardar", str(tmp_path), "Documento PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Buscar en:", "Archivos de &tipo:", "&Nombre del archivo:"} <= texts
    assert not any("Look in" in t or "Files of" in t for t in texts)


def test_numbers_follow_the_offices_locale(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Issue 18.6: Nicaragua writes «35.00 %» beside «15,000.00», not Spain's «35,00 %»."""
    from PySide6.QtWidgets import QDoubleSpinBox

    window = MainWindow(make_context(sqlite_world.officer))
    qtbot.addWidget(window)
    share = QDoubleSpinBox()
    qtbot.addWidget(share)
    share.setDecimals(2)
    share.setValue(35)
    assert share.text() == "35.00"


def test_printing_to_a_file_offers_the_documents_whole_title(qtbot: QtBot) -> None:
    """Issue 18.6: Qt reads what follows a title's last dot as an extension («Citación n.pdf»)."""
    import re

    from PySide6.QtWidgets import QWidget

    from conciliador.ui.documents.printing import QtPrinters

    parent = QWidget()
    qtbot.addWidget(parent)
    printers = QtPrinters()
    printers.choose(parent, "Citación n.º 1 — Solicitante: María López", 1, lambda _p: None)
    assert printers.printer is not None and printers.dialog is not None
    name = printers.printer.docName()
    assert name == "Citación nº 1 — Solicitante María López"
    assert re.match(r"(.*)\.\S+", name) is None  # how Qt's dialog finds an «extension»
    printers.dialog.reject()
