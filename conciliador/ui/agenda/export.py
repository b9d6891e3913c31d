"""Export an officer's hearings to an iCalendar (.ics) file, off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.agenda_export import export_agenda_ics
from conciliador.services.errors import FieldProblem, ValidationFailed
from conciliador.services.fields import AgendaExportFields as F
from conciliador.services.users import UserView
from conciliador.ui.context import UiContext
from conciliador.ui.documents.files import ask_file
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import count as plural
from conciliador.ui.i18n import tr
from conciliador.ui.tasks import Progress
from conciliador.ui.widgets.forms import DateField, Form, error_label, room_for_messages
from conciliador.ui.widgets.progress import run_with_progress


def default_folder() -> Path:
    documents = Path.home() / "Documentos"
    return documents if documents.is_dir() else Path.home()


class IcsExportDialog(QDialog):
    def __init__(
        self,
        context: UiContext,
        officers: list[UserView],
        *,
        officer_id: int | None,
        first_day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Exportar la agenda a un calendario"))
        self.setMinimumWidth(520)
        intro = QLabel(
            tr(
                "Crea un archivo .ics que se abre en el calendario del teléfono o de la "
                "computadora. Lleva el número de caso, el lugar y las materias, no los "
                "nombres de las familias."
            )
        )
        intro.setWordWrap(True)
        self.officer = QComboBox()
        for officer in officers:
            self.officer.addItem(officer.full_name, officer.id)
        if officer_id is not None:
            self.officer.setCurrentIndex(max(0, self.officer.findData(officer_id)))
        self.first = DateField(optional=False)
        self.first.set_value(first_day)
        self.last = DateField(optional=False)
        self.last.set_value(first_day + dt.timedelta(days=27))
        self.path = QLineEdit()
        browse = QPushButton(tr("&Elegir…"))
        browse.clicked.connect(self.browse)
        path_row = QWidget()
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("&Conciliador/a:"), self.officer, F.OFFICER)
        form.row(tr("&Desde:"), self.first, F.FIRST_DAY)
        form.row(tr("&Hasta:"), self.last, F.LAST_DAY)
        form.row(tr("&Archivo:"), path_row, F.FILE)
        self.path.setAccessibleName(tr("Archivo"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("E&xportar"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form.layout)
        layout.addWidget(self.general)
        room_for_messages(layout, self)
        layout.addWidget(buttons)
        self.officer.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()
        self.exported: int | None = None

    def _suggest_path(self) -> None:
        name = (self.officer.currentText() or tr("agenda")).lower().replace(" ", "-")
        self.path.setText(str(default_folder() / f"audiencias-{name}.ics"))

    def browse(self) -> None:
        chosen = ask_file(
            self, tr("Guardar el calendario"), self.path.text(), tr("Calendario (*.ics)")
        )
        if chosen:
            self.path.setText(chosen)

    def export(self) -> None:
        self.errors.clear()
        text = self.path.text().strip()
        officer_id = self.officer.currentData()
        first, last = self.first.value(), self.last.value()
        if not text:
            self.errors.show([FieldProblem(F.FILE, tr("elija dónde guardar el archivo"))])
            return
        if officer_id is None or first is None or last is None:
            return
        path = Path(text).expanduser()
        context = self.context

        def work(progress: Progress) -> int:
            return export_agenda_ics(
                context.db,
                context.actor,
                context.office.id,
                officer_id,
                first,
                last,
                path,
                progress=progress,
                now=context.now(),
            )

        def done(count: int) -> None:
            self.exported = count
            final = path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
            context.messages.success(
                plural(
                    count,
                    tr("Se exportó {n} audiencia a {path}."),
                    tr("Se exportaron {n} audiencias a {path}."),
                    path=final,
                )
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.errors.show(exc.problems)

        run_with_progress(
            self,
            context,
            title=tr("Exportar la agenda"),
            label=tr("Escribiendo el calendario…"),
            work=work,
            on_done=done,
            on_failed=failed,
        )
