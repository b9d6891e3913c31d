"""Backups, as the administrator keeps them: the copies made (size and check), one made now,
the folder and rotation, and a restore confirmed after naming what it replaces. Everything slow
runs off the GUI thread with a progress dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.backup_desk import (
    LIMITS,
    BackupEntry,
    BackupPolicy,
    RestorePlan,
    backup_now,
    backup_policy,
    list_backups,
    plan_restore,
    set_backup_policy,
)
from conciliador.services.backups import BackupInfo, RestoreResult, inspect_backup, restore_backup
from conciliador.services.fields import BackupFields
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.list_actions import FormDialog, ListWithActions
from conciliador.ui.widgets.progress import run_with_progress
from conciliador.ui.widgets.table_model import Column


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


def when_text(moment: dt.datetime) -> str:
    return f"{moment:%d/%m/%Y %H:%M}"


def check_text(entry: BackupEntry) -> str:
    if entry.problems_at_creation is None:
        return tr("Sin registro aquí (use «Verificar»)")
    if entry.problems_at_creation == 0:
        return tr("Verificada sin problemas")
    return tr("{count} problema(s) al hacerla").format(count=entry.problems_at_creation)


def backup_columns() -> list[Column[BackupEntry]]:
    return [
        Column(tr("Hecha el"), lambda b: when_text(b.made_at)),
        Column(tr("Tamaño"), lambda b: size_text(b.bytes), align_right=True),
        Column(tr("Verificación"), check_text),
        Column(tr("Archivo"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
    ]


def restore_question(plan: RestorePlan) -> str:
    """The confirmation's text: what goes, what comes in its place."""
    backup = plan.backup
    last = (
        when_text(plan.last_change_now.astimezone())
        if plan.last_change_now
        else tr("(sin cambios)")
    )
    return tr(
        "Se reemplazará la base de datos «{database}» — hoy con {cases} caso(s) y {actas} "
        "acta(s), último cambio el {last} — y la carpeta de documentos «{documents}» por el "
        "contenido de la copia «{name}», hecha el {made} ({documents_count} documento(s)).\n\n"
        "Todo lo registrado después de esa fecha dejará de estar en la base. Antes de "
        "reemplazar se guarda una copia de la base actual."
    ).format(
        database=plan.database,
        cases=plan.cases_now,
        actas=plan.actas_now,
        last=last,
        documents=plan.documents,
        name=backup.path.name,
        made=when_text(backup.manifest.created_at.astimezone()),
        documents_count=len(backup.manifest.documents),
    )


class PolicyDialog(FormDialog):
    """Where the copies go and how many the rotation keeps."""

    def __init__(self, context: UiContext, policy: BackupPolicy, parent: QWidget | None = None):
        super().__init__(context, tr("Carpeta y rotación de las copias"), width=520, parent=parent)
        self.folder = QLineEdit(str(policy.folder))
        self.folder.setReadOnly(policy.fixed_by_environment)
        self.browse = QPushButton(tr("&Elegir…"))
        self.browse.setEnabled(not policy.fixed_by_environment)
        self.browse.clicked.connect(self._browse)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.days, self.weeks, self.months = QSpinBox(), QSpinBox(), QSpinBox()
        for box, key, value in (
            (self.days, "days", policy.retention.days),
            (self.weeks, "weeks", policy.retention.weeks),
            (self.months, "months", policy.retention.months),
        ):
            box.setRange(0, LIMITS[key])
            box.setValue(value)
        form = self.form
        form.row(
            tr("&Carpeta:"),
            folder_row,
            BackupFields.FOLDER,
            hint=tr("Un disco USB o una carpeta compartida en la red; debe poder escribirse."),
        )
        form.row(tr("Copias &diarias:"), self.days, BackupFields.DAYS)
        form.row(tr("Copias &semanales:"), self.weeks, BackupFields.WEEKS)
        form.row(tr("Copias &mensuales:"), self.months, BackupFields.MONTHS)
        note = QLabel(
            tr(
                "Se guarda la copia más reciente de cada uno de los últimos días, semanas y "
                "meses indicados; las demás se borran."
            )
        )
        note.setWordWrap(True)
        self.arrange(below=[note])

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("Carpeta de las copias"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        self.submit(
            lambda: set_backup_policy(
                self.context.db,
                self.context.actor,
                folder=self.folder.text(),
                days=self.days.value(),
                weeks=self.weeks.value(),
                months=self.months.value(),
            ),
            lambda saved: tr("Las copias se guardarán en «{folder}».").format(folder=saved.folder),
        )


class RestoreDialog(QDialog):
    """The confirmation: names what will be replaced; a copy with problems needs a tick."""

    def __init__(self, plan: RestorePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("¿Restaurar esta copia?"))
        self.setMinimumWidth(560)
        self.text = QLabel(restore_question(plan))
        self.text.setWordWrap(True)
        problems = plan.backup.problems
        self.accept_problems = QCheckBox(
            tr("La copia tiene {count} problema(s): restaurarla de todos modos").format(
                count=len(problems)
            )
        )
        self.accept_problems.setToolTip("\n".join(problems))
        self.accept_problems.setVisible(bool(problems))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Reemplazar y restaurar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accept_problems.toggled.connect(self._sync)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.accept_problems)
        layout.addWidget(buttons)
        self._sync()

    def _sync(self) -> None:
        self.ok.setEnabled(not self.plan.backup.problems or self.accept_problems.isChecked())


class BackupsTab(ListWithActions):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, backup_columns(), tr("Copias de seguridad"), stretch=3, parent=parent
        )
        self.policy: BackupPolicy | None = None
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.now_button = self.action(
            tr("&Hacer una copia ahora"), self.make_now, icon_name="save", enabled=None
        )
        self.check_button = self.action(tr("&Verificar"), self.check)
        self.restore_button = self.action(tr("&Restaurar…"), self.restore)
        self.policy_button = self.action(
            tr("Carpeta y ro&tación…"), self.choose_policy, enabled=None, trailing=True
        )
        self.arrange(between=[self.where])

    def fetch(self) -> list[BackupEntry]:
        db, actor = self.context.db, self.context.actor
        self.policy = run_service(self.context.messages, lambda: backup_policy(db, actor))
        return list_backups(db, actor)

    def rows_shown(self, rows: list[BackupEntry] | None) -> None:
        if self.policy is not None:
            keep = self.policy.retention
            self.where.setText(
                tr(
                    "Carpeta: {folder} — se guardan {days} diarias, {weeks} semanales y "
                    "{months} mensuales."
                ).format(
                    folder=self.policy.folder,
                    days=keep.days,
                    weeks=keep.weeks,
                    months=keep.months,
                )
            )

    def make_now(self) -> None:
        db, actor = self.context.db, self.context.actor

        def done(info: BackupInfo) -> None:
            if info.problems:
                self.context.messages.warning(
                    tr("Copia «{name}» guardada, pero con {count} problema(s): {first}").format(
                        name=info.path.name, count=len(info.problems), first=info.problems[0]
                    )
                )
            else:
                self.context.messages.success(
                    tr("Copia «{name}» guardada y verificada ({size}).").format(
                        name=info.path.name, size=size_text(info.bytes)
                    )
                )
            self.load()

        run_with_progress(
            self,
            self.context,
            title=tr("Copia de seguridad"),
            label=tr("Copiando y verificando la base y los documentos…"),
            work=lambda progress: backup_now(db, actor, progress=progress),
            on_done=done,
        )

    def check(self) -> None:
        entry = self.table.current_row()
        if entry is None:
            return
        db, actor = self.context.db, self.context.actor

        def done(info: BackupInfo) -> None:
            if info.problems:
                self.context.messages.warning(
                    tr("La copia «{name}» tiene {count} problema(s): {first}").format(
                        name=entry.path.name, count=len(info.problems), first=info.problems[0]
                    )
                )
            else:
                self.context.messages.success(
                    tr("La copia «{name}» está completa y sin problemas.").format(
                        name=entry.path.name
                    )
                )

        run_with_progress(
            self,
            self.context,
            title=tr("Verificar la copia"),
            label=tr("Leyendo la copia entera…"),
            work=lambda progress: inspect_backup(db, actor, entry.path, progress=progress),
            on_done=done,
        )

    def restore(self) -> None:
        entry = self.table.current_row()
        if entry is None:
            return
        db, actor = self.context.db, self.context.actor
        run_with_progress(
            self,
            self.context,
            title=tr("Restaurar una copia"),
            label=tr("Leyendo y verificando la copia antes de tocar nada…"),
            work=lambda progress: plan_restore(db, actor, entry.path, progress=progress),
            on_done=self._confirm,
        )

    def _confirm(self, plan: RestorePlan) -> None:
        dialog = RestoreDialog(plan, self)
        dialog.accepted.connect(
            lambda: self._restore(plan.backup.path, dialog.accept_problems.isChecked())
        )
        self.dialog = dialog
        dialog.open()

    def _restore(self, path: Path, accept_problems: bool) -> None:
        db, actor = self.context.db, self.context.actor

        def done(result: RestoreResult) -> None:
            self.context.messages.success(
                tr(
                    "Copia restaurada (la base anterior quedó en «{safety}»). Cierre "
                    "Conciliador y vuelva a abrirlo para trabajar con la base restaurada."
                ).format(safety=result.safety_copy.name if result.safety_copy else "—")
            )
            self.load()

        run_with_progress(
            self,
            self.context,
            title=tr("Restaurar una copia"),
            label=tr("Restaurando la base y los documentos…"),
            work=lambda progress: restore_backup(
                db, actor, path, accept_problems=accept_problems, progress=progress
            ),
            on_done=done,
        )

    def choose_policy(self) -> None:
        policy = self.policy or run_service(
            self.context.messages,
            lambda: backup_policy(self.context.db, self.context.actor),
        )
        if policy is None:
            return
        self.open_dialog(PolicyDialog(self.context, policy, self))
