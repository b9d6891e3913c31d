"""Templates as the national office keeps them: the versions of each template of a profile,
an edited .docx checked on upload (the tag named when it is wrong), previewed as a PDF with
sample values, published with what changed, and any earlier version brought back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from conciliador.criteria import available_profiles
from conciliador.domain.actas import ALL_TEMPLATES
from conciliador.services.errors import ValidationFailed
from conciliador.services.template_versions import (
    TemplateVersionView,
    check_template,
    preview_template,
    publish_template,
    rollback_template,
    template_content,
    template_history,
)
from conciliador.ui.context import UiContext
from conciliador.ui.documents.pdf_pane import PdfPane
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.widgets.forms import Form, error_label
from conciliador.ui.widgets.progress import run_with_progress
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel


def version_columns() -> list[Column[TemplateVersionView]]:
    return [
        Column(tr("Versión"), lambda v: str(v.number), align_right=True),
        Column(tr("En uso"), lambda v: tr("Sí") if v.current else ""),
        Column(
            tr("Publicada el"),
            lambda v: (
                f"{v.published_at.astimezone():%d/%m/%Y %H:%M}"
                if v.published_at
                else tr("(de fábrica)")
            ),
        ),
        Column(tr("Por"), lambda v: v.published_by),
        Column(tr("Qué cambia"), lambda v: v.note, tooltip=lambda v: v.note),
    ]


class PublishDialog(QDialog):
    """What changed, said in a line, before publishing."""

    def __init__(
        self,
        context: UiContext,
        profile: str,
        name: str,
        content: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.profile, self.name, self.content = profile, name, content
        self.setWindowTitle(tr("Publicar la plantilla «{name}»").format(name=name))
        self.setMinimumWidth(480)
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("&Qué cambia:"), self.note, "Qué cambia")
        form.row(tr("Plantilla:"), QLabel(tr("(el archivo cargado)")), "Plantilla")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Publicar"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Las actas que se emitan desde ahora en las oficinas con el perfil {profile} "
                    "usarán esta versión; las ya emitidas conservan la suya."
                ).format(profile=profile)
            )
        )
        layout.addLayout(form.layout)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def save(self) -> None:
        done = run_service(
            self.context.messages,
            lambda: publish_template(
                self.context.db,
                self.context.actor,
                self.profile,
                self.name,
                self.content,
                self.note.text(),
            ),
            errors=self.errors,
        )
        if done is not None:
            self.context.messages.success(
                tr("Plantilla «{name}» publicada como versión {number}.").format(
                    name=done.name, number=done.number
                )
            )
            self.accept()


class TemplatesTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        # The edited .docx loaded and checked, waiting to be previewed or published.
        self.loaded: bytes | None = None
        self.profile = QComboBox()
        for code in available_profiles():
            self.profile.addItem(code, code)
        self.template = QComboBox()
        for name in ALL_TEMPLATES:
            self.template.addItem(name, name)
        self.model: RowsModel[TemplateVersionView] = RowsModel(version_columns(), self)
        self.table = RowTable(tr("Versiones de la plantilla"))
        self.table.setModel(self.model)
        self.table.current_changed.connect(lambda _r: self._sync())
        self.upload_button = QPushButton(icon("add"), tr("Cargar una plantilla e&ditada…"))
        self.preview_button = QPushButton(tr("&Vista previa"))
        self.publish_button = QPushButton(tr("Pu&blicar…"))
        self.rollback_button = QPushButton(tr("Volver a esta ve&rsión"))
        self.download_button = QPushButton(icon("save"), tr("&Guardar una copia…"))
        self.upload_button.clicked.connect(self.choose_file)
        self.preview_button.clicked.connect(self.preview)
        self.publish_button.clicked.connect(self.publish)
        self.rollback_button.clicked.connect(self.rollback)
        self.download_button.clicked.connect(self.download)
        self.loaded_text = QLabel(tr("Ninguna plantilla cargada."))
        self.loaded_text.setWordWrap(True)
        self.problem = error_label()
        self.pane = PdfPane()
        self.pane.show_message(
            tr("Cargue una plantilla editada para verla aquí con datos de ejemplo.")
        )
        chooser = QHBoxLayout()
        for text, field, stretch in (
            (tr("Per&fil:"), self.profile, 0),
            (tr("Pla&ntilla:"), self.template, 1),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            chooser.addWidget(caption)
            chooser.addWidget(field, stretch)
        history = QHBoxLayout()
        history.addWidget(self.rollback_button)
        history.addWidget(self.download_button)
        history.addStretch(1)
        edit = QHBoxLayout()
        edit.addWidget(self.upload_button)
        edit.addWidget(self.preview_button)
        edit.addWidget(self.publish_button)
        edit.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(chooser)
        column.addWidget(self.table, 1)
        column.addLayout(history)
        column.addLayout(edit)
        column.addWidget(self.loaded_text)
        column.addWidget(self.problem)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        self.profile.currentIndexChanged.connect(self.load)
        self.template.currentIndexChanged.connect(self._template_changed)
        self._sync()

    def _chosen(self) -> tuple[str, str]:
        return str(self.profile.currentData() or ""), str(self.template.currentData() or "")

    def _template_changed(self) -> None:
        self.forget_loaded()
        self.load()

    def forget_loaded(self) -> None:
        self.loaded = None
        self.loaded_text.setText(tr("Ninguna plantilla cargada."))
        self.problem.hide()

    def load(self) -> None:
        profile, name = self._chosen()
        rows = run_service(
            self.context.messages,
            lambda: template_history(self.context.db, self.context.actor, profile, name),
        )
        self.model.set_rows(rows or [])
        self.table.fit_columns(stretch=4)
        self._sync()

    def _sync(self) -> None:
        version = self.table.current_row()
        self.rollback_button.setEnabled(version is not None and not version.current)
        self.download_button.setEnabled(version is not None)
        self.preview_button.setEnabled(self.loaded is not None)
        self.publish_button.setEnabled(self.loaded is not None)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Plantilla editada"), "", tr("Documento de Word (*.docx)")
        )
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> bool:
        """Read and check an edited .docx; the tag is named when it is wrong."""
        self.forget_loaded()
        _profile, name = self._chosen()
        try:
            content = path.read_bytes()
        except OSError as exc:
            self.problem.setText(
                tr("No se pudo leer «{file}»: {why}").format(file=path.name, why=exc.strerror)
            )
            self.problem.show()
            self._sync()
            return False
        try:
            check_template(name, content)
        except ValidationFailed as exc:
            self.problem.setText(exc.problems[0].message)
            self.problem.show()
            self._sync()
            return False
        self.loaded = content
        self.loaded_text.setText(
            tr("«{file}» cargada y comprobada: véala en vista previa y publíquela.").format(
                file=path.name
            )
        )
        self._sync()
        return True

    def preview(self) -> None:
        content = self.loaded
        if content is None:
            return
        _profile, name = self._chosen()
        run_with_progress(
            self,
            self.context,
            title=tr("Vista previa"),
            label=tr("Preparando el PDF con datos de ejemplo…"),
            work=lambda _progress: preview_template(name, content),
            on_done=self._show_preview,
        )

    def _show_preview(self, pdf: bytes) -> None:
        self.pane.show_pdf(pdf)

    def publish(self) -> None:
        if self.loaded is None:
            return
        profile, name = self._chosen()
        dialog = PublishDialog(self.context, profile, name, self.loaded, self)
        dialog.accepted.connect(self._published)
        self.dialog = dialog
        dialog.open()

    def _published(self) -> None:
        self.forget_loaded()
        self.load()

    def rollback(self) -> None:
        version = self.table.current_row()
        if version is None:
            return
        done = run_service(
            self.context.messages,
            lambda: rollback_template(
                self.context.db,
                self.context.actor,
                version.profile_code,
                version.name,
                version.number,
            ),
        )
        if done is not None:
            self.context.messages.success(
                tr("Vuelve a usarse la versión {old} (publicada como versión {new}).").format(
                    old=version.number, new=done.number
                )
            )
            self.load()

    def download(self) -> None:
        version = self.table.current_row()
        if version is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Guardar una copia de la plantilla"),
            f"{version.name}-v{version.number}.docx",
            tr("Documento de Word (*.docx)"),
        )
        if chosen:
            self.save_copy(version, Path(chosen))

    def save_copy(self, version: TemplateVersionView, path: Path) -> None:
        content = run_service(
            self.context.messages,
            lambda: template_content(
                self.context.db,
                self.context.actor,
                version.profile_code,
                version.name,
                version.number,
            ),
        )
        if content is None:
            return
        try:
            path.write_bytes(content)
        except OSError as exc:
            self.context.messages.error(
                tr("No se pudo guardar «{file}»: {why}").format(file=path.name, why=exc.strerror)
            )
            return
        self.context.messages.success(tr("Copia guardada en «{file}».").format(file=path))
