"""The case's attached documents on its page: the list, «Adjuntar un documento…», «Abrir»
(a PDF in the documents viewer, an image in a plain window) and «Quitar…» with a reason.

Every read and write goes through ``services.attachments`` on the task runner; who may see,
attach or remove is the service's call (the buttons only follow it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.attachments import MAX_BYTES, AttachmentKind
from conciliador.services.actas import Document
from conciliador.services.attachments import (
    AttachmentView,
    OpenedAttachment,
    add_attachment,
    list_attachments,
    open_attachment,
    remove_attachment,
    size_text,
)
from conciliador.services.errors import FieldProblem, ServiceError
from conciliador.services.fields import AttachmentFields as F
from conciliador.services.office_words import OfficeWords
from conciliador.services.permissions import Permission, allowed
from conciliador.ui.context import UiContext
from conciliador.ui.documents.files import file_dialog
from conciliador.ui.documents.viewer import DocumentsDialog, DocumentSource
from conciliador.ui.errors import report_unexpected
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.forms import DateField
from conciliador.ui.widgets.list_actions import FormDialog
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel


def kind_text(kind: AttachmentKind, words: OfficeWords | None) -> str:
    """A document's kind in the office's words (its country's ID and birth record), else
    the label every country shares."""
    return (words.attachment_kind(kind) if words is not None else None) or label(kind)


def attachment_columns(
    words: Callable[[], OfficeWords | None] = lambda: None,
) -> list[Column[AttachmentView]]:
    """``words``: the office's words when the rows are shown (they follow the case's
    office)."""
    return [
        Column(
            tr("Documento"),
            lambda a: kind_text(a.kind, words()),
            tooltip=lambda a: a.description,
        ),
        Column(tr("Fecha del documento"), lambda a: f"{a.document_date:%d/%m/%Y}"),
        Column(tr("Archivo"), lambda a: f"{a.original_name} ({size_text(a.size)})"),
        Column(tr("Adjuntado por"), lambda a: a.added_by),
    ]


def read_chosen(path: Path) -> bytes:
    """The file's bytes, at most one more than the service accepts (it names the excess
    without the desk reading a whole DVD image into memory)."""
    with path.open("rb") as fh:
        return fh.read(MAX_BYTES + 1)


class AttachDialog(FormDialog):
    """What the document is, the date it bears, the file. Saved by the service (which checks
    it all and names the field of each problem)."""

    def __init__(
        self,
        context: UiContext,
        case_id: int,
        parent: QWidget | None = None,
        *,
        words: OfficeWords | None = None,
    ) -> None:
        super().__init__(
            context,
            tr("Adjuntar un documento al expediente"),
            width=520,
            ok=QDialogButtonBox.StandardButton.Ok,
            ok_text=tr("&Adjuntar"),
            parent=parent,
        )
        self.case_id = case_id
        self.added: AttachmentView | None = None
        self.kind = QComboBox()
        self.kind.addItem(tr("(elija qué documento es)"), None)
        for kind in AttachmentKind:
            self.kind.addItem(kind_text(kind, words), kind)
        self.document_date = DateField(optional=True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("PDF o imagen escaneada, hasta 10 MB"))
        self.browse = QPushButton(tr("&Elegir…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_file)
        # a frame, so that a problem marks the whole row (the path and its button)
        file_row = QFrame()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.path, 1)
        file_layout.addWidget(self.browse)
        self.description = QLineEdit()
        self.description.setMaxLength(500)
        self.description.setPlaceholderText(tr("p. ej. ambas caras, copia certificada"))
        self.ok = self.ok_button
        self.form.row(tr("&Documento:"), self.kind, F.KIND)
        self.form.row(tr("&Fecha del documento:"), self.document_date, F.DATE)
        self.form.row(tr("&Archivo:"), file_row, F.FILE)
        self.form.row(tr("Descri&pción:"), self.description, F.DESCRIPTION)
        self.arrange()

    def choose_file(self) -> None:
        dialog = file_dialog(
            self,
            tr("Documento que se adjunta"),
            "",
            tr("PDF o imagen (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.path.setText(dialog.selectedFiles()[0])

    def save(self) -> None:
        """Read the file and hand it to the service (on the task runner); on a problem the
        dialog stays, with the message under its field."""
        self.errors.clear()
        text = self.path.text().strip()
        content = b""
        if text:
            try:
                content = read_chosen(Path(text))
            except OSError:
                self.errors.show(
                    [FieldProblem(F.FILE, tr("no se pudo leer «{name}».").format(name=text))]
                )
                return
        kind = self.kind.currentData()
        day = self.document_date.value()
        description = self.description.text()
        db, actor, case_id = self.context.db, self.context.actor, self.case_id

        def done(view: AttachmentView) -> None:
            self.added = view
            self.accept()

        self.submit_in_background(
            lambda: add_attachment(
                db,
                actor,
                case_id,
                kind=kind,
                document_date=day,
                file_name=Path(text).name if text else "",
                content=content,
                description=description,
            ),
            done,
        )


class RemoveDialog(FormDialog):
    def __init__(
        self,
        context: UiContext,
        attachment: AttachmentView,
        parent: QWidget | None = None,
        *,
        words: OfficeWords | None = None,
    ) -> None:
        super().__init__(
            context,
            tr("Quitar un documento adjunto"),
            width=480,
            ok=QDialogButtonBox.StandardButton.Ok,
            ok_text=tr("&Quitar"),
            parent=parent,
        )
        self.attachment = attachment
        intro = QLabel(
            tr(
                "«{name}» ({kind}) se quita del expediente y su archivo se borra; queda "
                "constancia de quién lo quitó y por qué."
            ).format(name=attachment.original_name, kind=kind_text(attachment.kind, words))
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(tr("p. ej. se adjuntó al caso equivocado"))
        self.ok = self.ok_button
        self.form.row(tr("&Motivo:"), self.reason, F.REMOVAL_REASON)
        self.arrange(above=[intro])

    def save(self) -> None:
        db, actor = self.context.db, self.context.actor
        attachment_id, reason = self.attachment.id, self.reason.text()
        self.submit_in_background(
            lambda: remove_attachment(db, actor, attachment_id, reason),
            lambda _r: self.accept(),
        )


class ImageDialog(QDialog):
    """A scanned image, as attached (fit to the window's width)."""

    def __init__(self, opened: OpenedAttachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(opened.view.original_name)
        self.resize(820, 620)
        pixmap = QPixmap()
        pixmap.loadFromData(opened.content)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.isNull():
            self.image.setText(tr("La imagen no se puede mostrar en la aplicación."))
        else:
            self.image.setPixmap(pixmap)
        scroller = QScrollArea()
        scroller.setWidget(self.image)
        scroller.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(buttons)


class AttachmentsBox(QGroupBox):
    """The case page's «Documentos adjuntos»."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Documentos adjuntos"), parent)
        self.context = context
        self.case_id: int | None = None
        self.dialog: QWidget | None = None
        #: The case's office's words (``set_words``): its ID and birth record's names.
        self.words: OfficeWords | None = None
        self.model: RowsModel[AttachmentView] = RowsModel(
            attachment_columns(lambda: self.words), self
        )
        self.table = RowTable(tr("Documentos adjuntos del caso"))
        self.table.setModel(self.model)
        self.table.setMinimumHeight(110)
        self.table.current_changed.connect(lambda _a: self._sync())
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #566573;")
        self.attach_button = QPushButton(icon("add"), tr("Ad&juntar un documento…"))
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(tr("A&brir"))
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(tr("&Quitar…"))
        self.remove_button.clicked.connect(self.remove_current)
        moves = QHBoxLayout()
        moves.addWidget(self.attach_button)
        moves.addWidget(self.open_button)
        moves.addWidget(self.remove_button)
        moves.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addLayout(moves)
        self.readable = False

    # ------------------------------------------------------------------ reading
    def set_words(self, words: OfficeWords | None) -> None:
        """Name the kinds as the office's profile does (shown from the next rows on)."""
        self.words = words

    def show_case(self, case_id: int) -> None:
        self.case_id = case_id
        self.model.set_rows([])
        self.note.setText(tr("Buscando…"))
        self.readable = False
        self._sync()
        db, actor = self.context.db, self.context.actor

        def done(rows: list[AttachmentView]) -> None:
            if self.case_id != case_id:
                return
            self.readable = True
            self.model.set_rows(rows)
            self.table.fit_columns()
            self.note.setText("" if rows else tr("Todavía no hay documentos adjuntos."))
            if rows:
                self.table.selectRow(len(rows) - 1)
            self._sync()

        def failed(exc: BaseException) -> None:
            if self.case_id != case_id:
                return
            if isinstance(exc, ServiceError):
                self.note.setText(str(exc))
            else:
                self.note.setText(tr("No se pudieron leer los documentos adjuntos."))
                report_unexpected(exc, self)
            self._sync()

        self.context.tasks.run(lambda _p: list_attachments(db, actor, case_id), done, failed)

    def _sync(self) -> None:
        actor = self.context.actor
        chosen = self.table.current_row() if self.readable else None
        self.table.setVisible(self.readable and self.model.rowCount() > 0)
        self.note.setVisible(bool(self.note.text()))
        self.attach_button.setVisible(allowed(actor, Permission.ATTACH_DOCUMENT))
        self.attach_button.setEnabled(self.case_id is not None)
        self.open_button.setVisible(self.readable)
        self.open_button.setEnabled(chosen is not None)
        self.remove_button.setVisible(
            self.readable and allowed(actor, Permission.REMOVE_ATTACHMENT)
        )
        self.remove_button.setEnabled(chosen is not None)

    # ------------------------------------------------------------------ moves
    def attach(self) -> AttachDialog | None:
        if self.case_id is None:
            return None
        dialog = AttachDialog(self.context, self.case_id, self, words=self.words)
        dialog.accepted.connect(lambda: self._attached(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _attached(self, dialog: AttachDialog) -> None:
        if dialog.added is not None:
            self.context.messages.success(
                tr("«{name}» adjuntado al expediente.").format(name=dialog.added.original_name)
            )
        if self.case_id is not None:
            self.show_case(self.case_id)

    def open_current(self) -> None:
        chosen = self.table.current_row()
        if chosen is None:
            return
        db, actor = self.context.db, self.context.actor

        def done(opened: OpenedAttachment) -> None:
            if opened.view.media_type == "application/pdf":
                document = Document(opened.suggested_name, opened.content, opened.view.media_type)
                dialog: QDialog = DocumentsDialog(
                    self.context,
                    opened.view.original_name,
                    tr("{kind} adjuntado por {who}: véalo, imprímalo o guarde una copia.").format(
                        kind=kind_text(opened.view.kind, self.words), who=opened.view.added_by
                    ),
                    [DocumentSource(kind_text(opened.view.kind, self.words), lambda: document)],
                    parent=self,
                )
            else:
                dialog = ImageDialog(opened, self)
            self.dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.context.messages.error(str(exc))
            else:
                report_unexpected(exc, self)

        self.context.tasks.run(lambda _p: open_attachment(db, actor, chosen.id), done, failed)

    def _removed(self) -> None:
        if self.case_id is not None:
            self.show_case(self.case_id)

    def remove_current(self) -> RemoveDialog | None:
        chosen = self.table.current_row()
        if chosen is None:
            return None
        dialog = RemoveDialog(self.context, chosen, self, words=self.words)
        dialog.accepted.connect(self._removed)
        self.dialog = dialog
        dialog.open()
        return dialog
