"""The criteria profiles' versions, as the national office keeps them: what is in force and
from when, and the yearly values (the minimum wage a guideline is built on) changed for a
coming date — saved as a draft with the source of the new value, then published."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.criteria import available_profiles
from conciliador.domain.versions import VersionStatus
from conciliador.services.criteria_package import import_package, trust_key
from conciliador.services.criteria_versions import (
    SINCE_ALWAYS,
    ProfileVersionView,
    draft_yearly_values,
    profile_versions,
    publish_profile_version,
    text_in_force,
)
from conciliador.services.errors import FieldProblem
from conciliador.services.fields import CriteriaFields
from conciliador.ui.admin.decreed import HOLIDAY, PRICE_INDEX, DecreedValueDialog
from conciliador.ui.admin.profile_editor import ProfileEditorDialog
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.forms import DateField, Form, error_label
from conciliador.ui.widgets.list_actions import ListWithActions
from conciliador.ui.widgets.table_model import Column


def _since(version: ProfileVersionView) -> str:
    if version.effective_from == SINCE_ALWAYS:
        return tr("(de fábrica)")
    return f"{version.effective_from:%d/%m/%Y}"


def _wage(version: ProfileVersionView) -> str:
    values = dict(version.yearly)
    amount = values.get("salario_minimo", "")
    since = values.get("salario_minimo_desde", "")
    if not amount:
        return tr("(no usa)")
    return f"{amount} ({since})" if since else amount


def version_columns() -> list[Column[ProfileVersionView]]:
    return [
        Column(tr("Versión"), lambda v: str(v.number), align_right=True),
        Column(
            tr("Estado"),
            lambda v: tr("Publicada") if v.status == VersionStatus.PUBLICADA else tr("Borrador"),
        ),
        Column(tr("Vigente desde"), _since),
        Column(tr("Ingreso mínimo"), _wage),
        Column(tr("Fuente"), lambda v: v.source, tooltip=lambda v: v.source),
        Column(tr("Qué cambia"), lambda v: v.note, tooltip=lambda v: v.note),
    ]


class CriteriaTab(ListWithActions):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, version_columns(), tr("Versiones del perfil"), stretch=5, parent=parent
        )
        self.profile = QComboBox()
        for code in available_profiles():
            self.profile.addItem(code, code)
        self.holiday_button = self.action(
            tr("Feriado por &decreto…"), lambda: self.record(HOLIDAY), enabled=None
        )
        self.index_button = self.action(
            tr("Variación del I&PC…"), lambda: self.record(PRICE_INDEX), enabled=None
        )
        self.editor_button = self.action(
            tr("Editar el perfil &completo…"), self.open_editor, enabled=None
        )
        self.publish_button = self.action(
            tr("Pu&blicar el borrador"),
            self.publish,
            enabled=lambda v: v is not None and v.status == VersionStatus.BORRADOR,
        )
        self.import_button = QPushButton(tr("I&mportar un paquete firmado…"))
        self.import_button.clicked.connect(self.choose_package)
        self.trust_button = QPushButton(tr("Instalar la clave &nacional…"))
        self.trust_button.clicked.connect(self.choose_key)
        # The yearly values of the next version.
        self.wage = QLineEdit()
        self.wage.setPlaceholderText(tr("p. ej. 560000"))
        self.wage_since = DateField(optional=False)
        self.effective = DateField(optional=False)
        self.source = QLineEdit()
        self.source.setMaxLength(1000)
        self.source.setPlaceholderText(tr("La ley, el decreto o la entidad que fija el valor"))
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("&Ingreso mínimo:"), self.wage, CriteriaFields.MINIMUM_WAGE)
        form.row(tr("Ingreso mínimo &desde:"), self.wage_since, CriteriaFields.MINIMUM_WAGE_SINCE)
        form.row(
            tr("&Vigente desde:"),
            self.effective,
            CriteriaFields.EFFECTIVE_FROM,
            hint=tr("Las audiencias de ese día en adelante usarán esta versión."),
        )
        form.row(tr("&Fuente del nuevo valor:"), self.source, CriteriaFields.SOURCE)
        form.row(tr("&Qué cambia:"), self.note, CriteriaFields.NOTE)
        self.draft_button = QPushButton(tr("&Guardar como borrador"))
        self.draft_button.clicked.connect(self.save_draft)
        box = QGroupBox(tr("Valores anuales de la próxima versión"))
        inner = QVBoxLayout(box)
        inner.addLayout(form.layout)
        inner.addWidget(self.general)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.draft_button)
        inner.addLayout(row)
        chooser = QHBoxLayout()
        caption = QLabel(tr("Per&fil:"))
        caption.setBuddy(self.profile)
        chooser.addWidget(caption)
        chooser.addWidget(self.profile)
        chooser.addStretch(1)
        packages = QHBoxLayout()
        packages.addWidget(QLabel(tr("Oficinas con su propia base:")))
        packages.addWidget(self.trust_button)
        packages.addWidget(self.import_button)
        packages.addStretch(1)
        self.arrange(above=[chooser], below=[packages, box])
        self.profile.currentIndexChanged.connect(self.load)

    def _code(self) -> str:
        return str(self.profile.currentData() or "")

    def fetch(self) -> list[ProfileVersionView]:
        return profile_versions(self.context.db, self.context.actor, self._code())

    def rows_shown(self, rows: list[ProfileVersionView] | None) -> None:
        newest = rows[0] if rows else None
        next_year = dt.date(self.context.now().year + 1, 1, 1)
        values = dict(newest.yearly) if newest else {}
        self.wage.setText(values.get("salario_minimo", ""))
        self.wage.setEnabled("salario_minimo" in values)
        self.wage_since.set_value(next_year)
        self.effective.set_value(next_year)
        self.draft_button.setEnabled("salario_minimo" in values)

    def save_draft(self) -> None:
        code = self._code()
        since = self.wage_since.value()
        effective = self.effective.value()
        if effective is None:
            self.errors.show([FieldProblem(CriteriaFields.EFFECTIVE_FROM, tr("elija la fecha"))])
            return
        values = {"salario_minimo": self.wage.text()}
        if since is not None:
            values["salario_minimo_desde"] = since.isoformat()
        saved = run_service(
            self.context.messages,
            lambda: draft_yearly_values(
                self.context.db,
                self.context.actor,
                code,
                values=values,
                effective_from=effective,
                source=self.source.text(),
                note=self.note.text(),
            ),
            errors=self.errors,
        )
        if saved is not None:
            self.context.messages.success(
                tr(
                    "Borrador {number} del perfil {code} guardado: publíquelo para que rija "
                    "desde el {day}."
                ).format(number=saved.number, code=code, day=f"{saved.effective_from:%d/%m/%Y}")
            )
            self.source.clear()
            self.note.clear()
            self.load()

    def record(self, kind: str) -> None:
        """A holiday by decree or the CPI's variation, saved as a draft with its source."""
        self.open_dialog(DecreedValueDialog(self.context, self._code(), kind, self))

    def open_editor(self) -> None:
        code = self._code()
        text = run_service(
            self.context.messages,
            lambda: text_in_force(self.context.db, self.context.actor, code),
        )
        if text is None:
            return
        self.open_dialog(ProfileEditorDialog(self.context, code, text, self))

    def choose_package(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Paquete de criterios"), "", tr("Paquete de criterios (*.criterios)")
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        """Import a signed package (refused when altered or signed by an unknown key)."""
        result = run_service(
            self.context.messages,
            lambda: import_package(self.context.db, self.context.actor, path),
        )
        if result is not None:
            self.context.messages.success(
                tr(
                    "Paquete importado: {profiles} versión(es) de perfil y {templates} de "
                    "plantilla nuevas; {present} ya estaban."
                ).format(
                    profiles=result.profile_versions,
                    templates=result.template_versions,
                    present=result.already_present,
                )
            )
            self.load()

    def choose_key(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Clave pública de la oficina nacional"), "", tr("Clave pública (*.pub)")
        )
        if chosen:
            self.trust_file(Path(chosen))

    def trust_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            self.context.messages.error(
                tr("No se pudo leer la clave «{file}».").format(file=path.name)
            )
            return
        mark = run_service(
            self.context.messages,
            lambda: trust_key(self.context.db, self.context.actor, text),
        )
        if mark is not None:
            self.context.messages.success(
                tr("Clave de la oficina nacional instalada (huella {mark}).").format(mark=mark)
            )

    def publish(self) -> None:
        version = self.table.current_row()
        if version is None or version.status != VersionStatus.BORRADOR:
            return
        done = run_service(
            self.context.messages,
            lambda: publish_profile_version(
                self.context.db, self.context.actor, version.profile_code, version.number
            ),
        )
        if done is not None:
            self.context.messages.success(
                tr("Versión {number} del perfil {code} publicada: rige desde el {day}.").format(
                    number=done.number,
                    code=done.profile_code,
                    day=f"{done.effective_from:%d/%m/%Y}",
                )
            )
            self.load()
