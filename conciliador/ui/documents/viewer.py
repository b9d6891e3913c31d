"""A small window for a list of documents — a hearing's citations, a case's referral
letters: each one previewed inside the app, printed or saved as PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.actas import Document
from conciliador.ui.context import UiContext
from conciliador.ui.documents.jobs import DocumentJobs
from conciliador.ui.documents.pdf_pane import PdfLoader, PdfPane
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.tasks import Progress
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel


@dataclass(frozen=True)
class DocumentSource:
    """One document of the list: its title and how to make it (a PDF; may be slow)."""

    title: str
    produce: Callable[[], Document]


def source_columns() -> list[Column[DocumentSource]]:
    return [Column(tr("Documento"), lambda s: s.title)]


class DocumentsDialog(QDialog):
    def __init__(
        self,
        context: UiContext,
        title: str,
        intro: str,
        sources: list[DocumentSource],
        *,
        jobs: DocumentJobs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(900, 620)
        self.context = context
        self.sources = sources
        self.jobs = jobs or DocumentJobs(self, context)
        self.made: dict[str, Document] = {}

        heading = QLabel(intro)
        heading.setWordWrap(True)
        self.model: RowsModel[DocumentSource] = RowsModel(source_columns(), self)
        self.model.set_rows(sources)
        self.table = RowTable(tr("Documentos"))
        self.table.setModel(self.model)
        self.table.setMinimumWidth(260)
        self.pane = PdfPane()
        self.loader = PdfLoader(context, self.pane)
        self.table.current_changed.connect(self._chosen)

        self.print_button = QPushButton(icon("print"), tr("&Imprimir…"))
        self.print_all_button = QPushButton(icon("print"), tr("Imprimir &todos…"))
        self.save_button = QPushButton(icon("save"), tr("&Guardar PDF…"))
        self.print_button.clicked.connect(self.print_current)
        self.print_all_button.clicked.connect(self.print_all)
        self.save_button.clicked.connect(self.save_current)
        self.print_all_button.setVisible(len(sources) > 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.print_button, self.print_all_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.pane)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self._enable(False)
        if sources:
            self.table.selectRow(0)

    def _enable(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def current(self) -> DocumentSource | None:
        row = self.table.current_row()
        return row if isinstance(row, DocumentSource) else None

    def _chosen(self, source: DocumentSource | None) -> None:
        self._enable(False)
        if source is None:
            self.loader.cancel()
            self.pane.show_message(tr("Elija un documento para verlo aquí."))
            return
        known = self.made.get(source.title)
        if known is not None:
            self.loader.cancel()
            self._enable(self.pane.show_pdf(known.data))
            return

        def produce() -> bytes:
            document = source.produce()
            self.made[source.title] = document
            return document.data

        self.loader.load(
            produce,
            busy_text=tr("Generando «{title}»…").format(title=source.title),
            on_shown=lambda _data: self._enable(True),
        )

    def _document(self, source: DocumentSource) -> Document:
        return self.made.get(source.title) or source.produce()

    def print_current(self) -> None:
        source = self.current()
        if source is not None:
            self.jobs.print(
                source.title, lambda _p: [self._document(source)], pages=self.pane.page_count()
            )

    def print_all(self) -> None:
        def produce(progress: Progress) -> list[Document]:
            made = []
            for done, source in enumerate(self.sources, start=1):
                made.append(self._document(source))
                progress(done, len(self.sources))
            return made

        self.jobs.print(self.windowTitle(), produce)

    def save_current(self) -> None:
        source = self.current()
        if source is not None:
            document = self.made.get(source.title)
            name = document.name if document else f"{source.title}.pdf"
            self.jobs.save(source.title, name, lambda: self._document(source))

    def done(self, result: int) -> None:
        self.loader.cancel()
        super().done(result)
