"""A PDF shown inside the app (QPdfDocument + QPdfView), with page and zoom controls, and the
states around it: nothing chosen, being generated (with «Cancelar»), or a message.

The PDF arrives as bytes made off the GUI thread (``PdfLoader``); loading them into the
viewer takes milliseconds. Only the newest request is shown: a slow conversion that finishes
after the person moved on to another acta is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.errors import ServiceError
from conciliador.ui.context import UiContext
from conciliador.ui.errors import report_unexpected
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.tasks import Cancelled, Progress


def _tool(name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(name))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class PdfPane(QWidget):
    """Shows one PDF at a time; ``pdf_bytes`` is what is on screen (for printing, saving)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Vista previa del documento"))
        self.setMinimumWidth(360)
        self.pdf_bytes: bytes | None = None
        self.document = QPdfDocument(self)
        self._data = QByteArray()
        self._buffer: QBuffer | None = None

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #566573; padding: 24px;")

        self.busy_text = QLabel()
        self.busy_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(320)
        self.busy_bar.setAccessibleName(tr("Progreso"))
        self.cancel_button = QPushButton(tr("Cancelar"))
        self._on_cancel: Callable[[], None] | None = None
        self.cancel_button.clicked.connect(self._cancel)
        busy = QWidget()
        busy_box = QVBoxLayout(busy)
        busy_box.addStretch(1)
        busy_box.addWidget(self.busy_text)
        busy_box.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_box.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_box.addStretch(2)

        self.view = self._new_view()
        self.prev_button = _tool("prev", tr("Página anterior"))
        self.next_button = _tool("next", tr("Página siguiente"))
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out = _tool("zoom_out", tr("Alejar"))
        self.zoom_in = _tool("zoom_in", tr("Acercar"))
        self.fit_button = _tool("fit", tr("Ajustar al ancho"))
        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / 1.25))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addStretch(1)
        for widget in (self.prev_button, self.page_label, self.next_button):
            controls.addWidget(widget)
        controls.addSpacing(16)
        for widget in (self.zoom_out, self.fit_button, self.zoom_in):
            controls.addWidget(widget)
        controls.addStretch(1)
        viewer = QWidget()
        viewer_box = QVBoxLayout(viewer)
        viewer_box.setContentsMargins(0, 0, 0, 0)
        viewer_box.setSpacing(2)
        viewer_box.addLayout(controls)
        viewer_box.addWidget(self.view, 1)
        self._viewer_box = viewer_box

        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(busy)
        self.stack.addWidget(viewer)
        self._busy_page, self._viewer_page = busy, viewer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_message(tr("Elija un documento para verlo aquí."))

    def _new_view(self) -> QPdfView:
        view = QPdfView()
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        view.setStyleSheet("background: #7b8a8b;")
        view.setAccessibleName(tr("Páginas del documento"))
        view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page())
        return view

    # ------------------------------------------------------------------ states
    def show_message(self, text: str) -> None:
        self._unload()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_busy(self, text: str, on_cancel: Callable[[], None] | None = None) -> None:
        self._unload()
        self.busy_text.setText(text)
        self._on_cancel = on_cancel
        self.cancel_button.setVisible(on_cancel is not None)
        self.stack.setCurrentWidget(self._busy_page)

    @property
    def busy(self) -> bool:
        return self.stack.currentWidget() is self._busy_page

    def show_pdf(self, data: bytes) -> bool:
        """Show ``data``; False (with a message) when it is not a PDF QtPdf can read."""
        self._unload()
        self._data = QByteArray(data)
        buffer = QBuffer(self._data, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        # A fresh document and view each time: QPdfView renders pages on a thread of its own,
        # and a page of the previous document finishing late must not show in this one.
        old_document, old_view = self.document, self.view
        self.document = QPdfDocument(self)
        self.document.load(buffer)
        self.view = self._new_view()
        self._viewer_box.replaceWidget(old_view, self.view)
        old_view.hide()
        old_view.deleteLater()
        old_document.deleteLater()
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.show_message(tr("El documento no se pudo mostrar (el PDF no es válido)."))
            return False
        self.pdf_bytes = data
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.stack.setCurrentWidget(self._viewer_page)
        self.go_to(0)
        return True

    def _unload(self) -> None:
        self.pdf_bytes = None
        self._on_cancel = None
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _cancel(self) -> None:
        callback = self._on_cancel
        self._on_cancel = None
        if callback is not None:
            callback()

    # ------------------------------------------------------------------ pages
    def page_count(self) -> int:
        return self.document.pageCount() if self.pdf_bytes is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if not 0 <= page < self.page_count():
            return
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_page()

    def _zoom(self, factor: float) -> None:
        zoom = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, zoom * factor)))

    def _update_page(self) -> None:
        total = self.page_count()
        page = self.current_page()
        self.page_label.setText(
            tr("Página {n} de {total}").format(n=page + 1, total=total) if total else ""
        )
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < total - 1)


class PdfLoader:
    """Makes a PDF off the GUI thread and shows it in a ``PdfPane``; a newer request makes
    an older one's result be dropped, and «Cancelar» drops the current one."""

    def __init__(self, context: UiContext, pane: PdfPane) -> None:
        self.context = context
        self.pane = pane
        self._generation = 0
        self._progress: Progress | None = None

    def load(
        self,
        produce: Callable[[], bytes],
        *,
        busy_text: str,
        on_shown: Callable[[bytes], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        self.cancel()
        self._generation += 1
        generation = self._generation
        self.pane.show_busy(busy_text, self.cancel_and_say)

        def work(progress: Progress) -> bytes:
            data = produce()
            progress(1, 1)  # raises Cancelled when the person pressed «Cancelar»
            return data

        def done(data: bytes) -> None:
            if generation != self._generation:
                return
            self._progress = None
            if self.pane.show_pdf(data) and on_shown is not None:
                on_shown(data)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._progress = None
            if isinstance(exc, Cancelled):
                self.pane.show_message(tr("Vista previa cancelada."))
            elif isinstance(exc, ServiceError):
                self.pane.show_message(str(exc))
                if on_failed is not None:
                    on_failed(str(exc))
            else:
                self.pane.show_message(tr("No se pudo generar la vista previa."))
                report_unexpected(exc, self.pane)

        self._progress = self.context.tasks.run(work, done, failed)

    def cancel(self) -> None:
        """Forget the request under way (its result, when it comes, is dropped)."""
        self._generation += 1
        if self._progress is not None:
            self._progress.cancel()
            self._progress = None

    def cancel_and_say(self) -> None:
        self.cancel()
        self.pane.show_message(tr("Vista previa cancelada."))
