"""Templates as the national office keeps them: the versions of each template of a profile,
an edited .docx checked on upload (the tag named when it is wrong), previewed as a PDF with
sample values, published with what changed, and any earlier version brought back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from conciliador.criteria import available_profiles
from conciliador.domain.actas import ALL_TEMPLATES
from conciliador.services.errors import ValidationFailed
from conciliador.services.fields import TemplateFields
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
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.widgets.forms import error_label
from conciliador.ui.widgets.list_actions import FormDialog, ListWithActions
from conciliador.ui.widgets.progress import run_with_progress
from conciliador.ui.widgets.table_model import Column


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


class PublishDialog(FormDialog):
    """What changed, said in a line, before publishing."""

    def __init__(
        self,
        context: UiContext,
        profile: str,
        name: str,
        content: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            tr("Publicar la plantilla «{name}»").format(name=name),
            width=480,
            ok=QDialogButtonBox.StandardButton.Ok,
            ok_text=tr("Publicar"),
            parent=parent,
        )
        self.profile, self.name, self.content = profile, name, content
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.form.row(tr("&Qué cambia:"), self.note, TemplateFields.NOTE)
        self.form.row(tr("Plantilla:"), QLabel(tr("(el archivo cargado)")), TemplateFields.FILE)
        intro = QLabel(
            tr(
                "Las actas que se emitan desde ahora en las oficinas con el perfil {profile} "
                "usarán esta versión; las ya emitidas conservan la suya."
            ).format(profile=profile)
        )
        self.arrange(above=[intro])

    def save(self) -> None:
        self.submit(
            lambda: publish_template(
                self.context.db,
                self.context.actor,
                self.profile,
                self.name,
                self.content,
                self.note.text(),
            ),
            lambda done: tr("Plantilla «{name}» publicada como versión {number}.").format(
                name=done.name, number=done.number
            ),
        )


class TemplatesTab(ListWithActions):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, version_columns(), tr("Versiones de la plantilla"), stretch=4, parent=parent
        )
        # The edited .docx loaded and checked, waiting to be previewed or published.
        self.loaded: bytes | None = None
        self.profile = QComboBox()
        for code in available_profiles():
            self.profile.addItem(code, code)
        self.template = QComboBox()
        for name in ALL_TEMPLATES:
            self.template.addItem(name, name)
        self.rollback_button = self.action(
            tr("Volver a esta ve&rsión"),
            self.rollback,
            enabled=lambda v: v is not None and not v.current,
        )
        self.download_button = self.action(
            tr("&Guardar una copia…"), self.download, icon_name="save"
        )
        self.upload_button = QPushButton(icon("add"), tr("Cargar una plantilla e&ditada…"))
        self.preview_button = QPushButton(tr("&Vista previa"))
        self.publish_button = QPushButton(tr("Pu&blicar…"))
        self.upload_button.clicked.connect(self.choose_file)
        self.preview_button.clicked.connect(self.preview)
        self.publish_button.clicked.connect(self.publish)
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
        edit = QHBoxLayout()
        edit.addWidget(self.upload_button)
        edit.addWidget(self.preview_button)
        edit.addWidget(self.publish_button)
        edit.addStretch(1)
        self.arrange(
            above=[chooser],
            below=[edit, self.loaded_text, self.problem],
            buttons_below=True,
            side=self.pane,
        )
        self.profile.currentIndexChanged.connect(self.load)
        self.template.currentIndexChanged.connect(self._template_changed)

    def _chosen(self) -> tuple[str, str]:
        return str(self.profile.currentData() or ""), str(self.template.currentData() or "")

    def _template_changed(self) -> None:
        self.forget_loaded()
        self.load()

    def forget_loaded(self) -> None:
        self.loaded = None
        self.loaded_text.setText(tr("Ninguna plantilla cargada."))
        self.problem.hide()

    def fetch(self) -> list[TemplateVersionView]:
        profile, name = self._chosen()
        return template_history(self.context.db, self.context.actor, profile, name)

    def synced(self, _version: TemplateVersionView | None) -> None:
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
            self.sync()
            return False
        try:
            check_template(name, content)
        except ValidationFailed as exc:
            self.problem.setText(exc.problems[0].message)
            self.problem.show()
            self.sync()
            return False
        self.loaded = content
        self.loaded_text.setText(
            tr("«{file}» cargada y comprobada: véala en vista previa y publíquela.").format(
                file=path.name
            )
        )
        self.sync()
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
