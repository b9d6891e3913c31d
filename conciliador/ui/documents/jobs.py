"""Print or save documents from any screen: choose where (print dialog, file dialog), then
make the PDFs and print or write them off the GUI thread with a progress dialog that can be
cancelled, and say what happened in the message bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from conciliador.services.actas import Document
from conciliador.ui.context import UiContext
from conciliador.ui.documents.files import FileDialogs, QtFileDialogs, pdf_filter, save_document
from conciliador.ui.documents.files import save_into as write_into
from conciliador.ui.documents.printing import Printers, QtPrinters, print_pdfs
from conciliador.ui.i18n import count, tr
from conciliador.ui.tasks import Progress
from conciliador.ui.widgets.progress import run_with_progress

Produce = Callable[[Progress], list[Document]]


class DocumentJobs:
    """The print and save actions of one screen."""

    def __init__(
        self,
        parent: QWidget,
        context: UiContext,
        *,
        printers: Printers | None = None,
        files: FileDialogs | None = None,
    ) -> None:
        self.parent = parent
        self.context = context
        self.printers = printers or QtPrinters()
        self.files = files or QtFileDialogs()
        #: The last folder documents were saved into (offered again).
        self.folder = Path.home()

    # ------------------------------------------------------------------ printing
    def print(
        self,
        title: str,
        produce: Produce,
        *,
        pages: int = 0,
        done: Callable[[int], None] | None = None,
    ) -> None:
        """Ask for the printer, then make the documents and print them as one job."""

        def chosen(printer: QPrinter) -> None:
            def work(progress: Progress) -> int:
                documents = produce(progress)
                if not documents:
                    return 0
                return print_pdfs([d.data for d in documents], printer, progress)

            def printed(count_: int) -> None:
                if not count_:
                    self.context.messages.info(tr("No había nada que imprimir."))
                    return
                self.context.messages.success(
                    count(
                        count_,
                        tr("«{title}»: {n} página enviada a la impresora."),
                        tr("«{title}»: {n} páginas enviadas a la impresora."),
                        title=title,
                    )
                )
                if done is not None:
                    done(count_)

            run_with_progress(
                self.parent,
                self.context,
                title=tr("Imprimir"),
                label=tr("Preparando «{title}» para la impresora…").format(title=title),
                work=work,
                on_done=printed,
            )

        self.printers.choose(self.parent, title, pages, chosen)

    # ------------------------------------------------------------------ saving
    def save(self, title: str, suggested_name: str, produce: Callable[[], Document]) -> None:
        """Ask where to save one PDF, then make it and write it."""
        path = self.files.save_path(self.parent, title, self.folder / suggested_name, pdf_filter())
        if path is None:
            return
        self.folder = path.parent

        def work(_progress: Progress) -> Path:
            return save_document(produce(), path)

        run_with_progress(
            self.parent,
            self.context,
            title=tr("Guardar"),
            label=tr("Generando «{title}»…").format(title=title),
            work=work,
            on_done=lambda written: self.context.messages.success(
                tr("Guardado en {path}.").format(path=written)
            ),
        )

    def save_into(self, title: str, produce: Produce) -> None:
        """Ask for a folder, then make the documents and write each one into it."""
        folder = self.files.folder(self.parent, title, self.folder)
        if folder is None:
            return
        self.folder = folder

        def work(progress: Progress) -> list[Path]:
            return write_into(produce(progress), folder)

        run_with_progress(
            self.parent,
            self.context,
            title=tr("Guardar"),
            label=tr("Generando «{title}»…").format(title=title),
            work=work,
            on_done=lambda written: self.context.messages.success(
                count(
                    len(written),
                    tr("{n} documento guardado en {folder}."),
                    tr("{n} documentos guardados en {folder}."),
                    folder=folder,
                )
            ),
        )
