"""The day's citations in one batch: printed as one job, or saved into a folder (Word and
PDF), with a progress dialog that can be cancelled — between documents, between LibreOffice
runs and between printed pages."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.actas import Document
from conciliador.services.actas.batch import BatchResult, print_citations
from conciliador.services.actas.desk import day_citation_count
from conciliador.services.actas.rendering import PDF, PdfNotMade
from conciliador.ui.context import UiContext
from conciliador.ui.documents.jobs import DocumentJobs
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import count, tr
from conciliador.ui.icons import icon
from conciliador.ui.tasks import Cancelled, Progress
from conciliador.ui.widgets.forms import DateField, Form
from conciliador.ui.widgets.progress import run_with_progress


class BatchCitationsDialog(QDialog):
    def __init__(
        self,
        context: UiContext,
        office_id: int,
        today: dt.date,
        jobs: DocumentJobs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Citaciones del día"))
        self.setMinimumWidth(520)
        self.context = context
        self.office_id = office_id
        self.jobs = jobs
        self.day = DateField(optional=False)
        self.day.set_value(today)
        self.issued = QRadioButton(tr("Las emitidas ese día, para entregarlas"))
        self.held = QRadioButton(tr("Las de las audiencias de ese día"))
        self.issued.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.issued)
        group.addButton(self.held)
        self.errors = FieldErrors()
        form = Form(self.errors)
        form.row(tr("&Día:"), self.day)
        self.count = QLabel()
        self.count.setStyleSheet("font-weight: bold;")
        self.count.setAccessibleName(tr("Citaciones que se imprimen"))
        self.print_button = QPushButton(icon("print"), tr("&Imprimir…"))
        self.save_button = QPushButton(icon("save"), tr("&Guardar en una carpeta…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_batch)
        self.save_button.clicked.connect(self.save_batch)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Todas las citaciones del día en un solo trabajo de impresión (la segunda y "
                "última lleva su advertencia). Se puede cancelar en cualquier momento."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form.layout)
        layout.addWidget(self.issued)
        layout.addWidget(self.held)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.day.dateChanged.connect(lambda _d: self.update_count())
        self.issued.toggled.connect(lambda _on: self.update_count())
        self.update_count()

    @property
    def by_hearing_day(self) -> bool:
        return self.held.isChecked()

    def chosen_day(self) -> dt.date:
        day = self.day.value()
        assert day is not None
        return day

    def title(self) -> str:
        return tr("Citaciones del {day}").format(day=f"{self.chosen_day():%d/%m/%Y}")

    def update_count(self) -> int:
        found = run_service(
            self.context.messages,
            lambda: day_citation_count(
                self.context.db,
                self.context.actor,
                self.office_id,
                self.chosen_day(),
                by_hearing_day=self.by_hearing_day,
            ),
        )
        number = found or 0
        self.count.setText(
            count(
                number,
                tr("{n} citación para imprimir."),
                tr("{n} citaciones para imprimir."),
            )
            if number
            else tr("No hay citaciones para ese día.")
        )
        self.print_button.setEnabled(number > 0)
        self.save_button.setEnabled(number > 0)
        return number

    def _make(self, out_dir: Path, progress: Progress) -> BatchResult:
        return print_citations(
            self.context.db,
            self.context.actor,
            self.office_id,
            self.chosen_day(),
            out_dir,
            by_hearing_day=self.by_hearing_day,
            pdf=True,
            progress=progress,
            cancel=lambda: progress.cancelled,
        )

    def print_batch(self) -> None:
        def produce(progress: Progress) -> list[Document]:
            with tempfile.TemporaryDirectory(prefix="conciliador-citaciones-") as tmp:
                result = self._make(Path(tmp), progress)
                if result.cancelled:
                    raise Cancelled
                if result.pdf_problem:
                    raise PdfNotMade(result.pdf_problem)
                return [
                    Document(p.name, p.read_bytes(), PDF)
                    for p in result.written
                    if p.suffix == ".pdf"
                ]

        self.jobs.print(self.title(), produce)

    def save_batch(self) -> None:
        folder = self.jobs.files.folder(self, tr("Guardar las citaciones en…"), self.jobs.folder)
        if folder is None:
            return
        self.jobs.folder = folder

        def done(result: BatchResult) -> None:
            if result.cancelled:
                self.context.messages.info(
                    tr("Cancelado: se guardaron {n} de {total} citaciones en {folder}.").format(
                        n=result.documents, total=result.total, folder=folder
                    )
                )
                return
            text = count(
                result.documents,
                tr("{n} citación guardada en {folder}."),
                tr("{n} citaciones guardadas en {folder}."),
                folder=folder,
            )
            if result.pdf_problem:
                self.context.messages.warning(f"{text} {result.pdf_problem}")
            else:
                self.context.messages.success(text)

        run_with_progress(
            self,
            self.context,
            title=tr("Citaciones del día"),
            label=tr("Generando «{title}»…").format(title=self.title()),
            work=lambda progress: self._make(folder, progress),
            on_done=done,
        )
