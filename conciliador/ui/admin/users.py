"""The office's users: create (role, post, legal capacity), edit, deactivate or reactivate,
and give a temporary password (which also lifts a lockout)."""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from conciliador.domain.enums import Role, Sex
from conciliador.services.accounts import (
    AccountView,
    create_account,
    list_accounts,
    registry_asked,
    reset_password,
    set_account_active,
    update_account,
)
from conciliador.services.fields import UserFields as U
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label
from conciliador.ui.widgets.list_actions import FormDialog, ListWithActions
from conciliador.ui.widgets.table_model import Column


def temporary_password() -> str:
    """Easy to read aloud and type once: «conciliar-4821-kq»."""
    return f"conciliar-{secrets.randbelow(9000) + 1000}-{secrets.token_hex(1)}"


def account_columns() -> list[Column[AccountView]]:
    def state(a: AccountView) -> str:
        if not a.active:
            return tr("Desactivada")
        if a.locked:
            return tr("Bloqueada por intentos fallidos")
        if a.must_change_password:
            return tr("Con contraseña temporal")
        return tr("Activa")

    return [
        Column(tr("Usuario"), lambda a: a.login),
        Column(tr("Nombre"), lambda a: a.full_name),
        Column(tr("Rol"), lambda a: label(a.role)),
        Column(tr("Cargo"), lambda a: a.post),
        Column(
            tr("Capacidad legal"),
            lambda a: a.legal_capacity or (tr("falta") if a.role in CONDUCTING else ""),
            tooltip=lambda a: a.legal_capacity,
        ),
        Column(tr("Cuenta"), state),
    ]


CONDUCTING = (Role.CONCILIADOR, Role.SUPERVISOR)


class UserDialog(FormDialog):
    """New user (with a first password) or an existing one's details."""

    def __init__(
        self, context: UiContext, account: AccountView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            tr("Editar el usuario") if account else tr("Nuevo usuario"),
            width=560,
            parent=parent,
        )
        self.account = account
        self.login = QLineEdit(account.login if account else "")
        self.login.setMaxLength(60)
        self.login.setEnabled(account is None)
        self.login.setPlaceholderText(tr("p. ej. ana.martinez"))
        self.full_name = QLineEdit(account.full_name if account else "")
        self.full_name.setMaxLength(200)
        self.id_number = QLineEdit(account.id_number if account else "")
        self.id_number.setMaxLength(40)
        self.role = QComboBox()
        for role in (Role.CONCILIADOR, Role.SECRETARIO, Role.SUPERVISOR, Role.ADMINISTRADOR):
            self.role.addItem(label(role), role)
        if account is not None:
            self.role.setCurrentIndex(self.role.findData(account.role))
        self.sex = QComboBox()
        for sex in (Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED):
            self.sex.addItem(label(sex), sex)
        self.sex.setCurrentIndex(self.sex.findData(account.sex if account else Sex.UNSPECIFIED))
        self.post = QLineEdit(account.post if account else "")
        self.post.setMaxLength(200)
        self.post.setPlaceholderText(tr("p. ej. Conciliadora de familia"))
        self.capacity = QPlainTextEdit(account.legal_capacity if account else "")
        self.capacity.setTabChangesFocus(True)
        self.capacity.setFixedHeight(64)
        self.capacity.setPlaceholderText(
            tr("p. ej. Acuerdo Ministerial n.º 12-2026 de delegación de funciones de conciliación")
        )
        self.email = QLineEdit(account.email if account else "")
        self.email.setMaxLength(200)
        #: The officer's registry number, where the office's profile asks the acta to name
        #: it (Peru, Ley 26872, art. 16 f); None elsewhere.
        self.registry: QLineEdit | None = None
        office_id = account.office_id if account else context.office.id
        registry = registry_asked(context.db, context.actor, office_id)
        if registry is not None:
            self.registry = QLineEdit(account.registry_number if account else "")
            self.registry.setMaxLength(60)
            self.registry.setPlaceholderText(tr("p. ej. 12345"))
            self.registry.setToolTip(registry.source)
        self.password = QLineEdit(temporary_password() if account is None else "")
        form = self.form
        form.row(tr("&Usuario:"), self.login, U.LOGIN)
        form.row(tr("&Nombre completo:"), self.full_name, U.FULL_NAME)
        form.row(tr("Cé&dula:"), self.id_number, U.ID_NUMBER)
        form.row(tr("&Rol:"), self.role, U.ROLE)
        form.row(
            tr("&Sexo:"),
            self.sex,
            U.SEX,
            hint=tr("Para su título en actas y citaciones: Conciliadora, Conciliador."),
        )
        form.row(tr("Car&go:"), self.post, U.POST)
        form.row(
            tr("Capacidad &legal:"),
            self.capacity,
            U.LEGAL_CAPACITY,
            hint=tr(
                "El instrumento que le delega la facultad de conciliar. Sin él, las actas que "
                "firme no se pueden emitir."
            ),
        )
        if self.registry is not None and registry is not None:
            form.row(
                tr("Número de reg&istro:"),
                self.registry,
                U.REGISTRY_NUMBER,
                hint=tr(
                    "El acta lo consigna ({source}). Sin él, las actas de conciliadores y "
                    "supervisores no se pueden emitir."
                ).format(source=registry.source.split(":")[0]),
            )
        form.row(tr("C&orreo:"), self.email, U.EMAIL)
        if account is None:
            form.row(
                tr("Contraseña &temporal:"),
                self.password,
                U.PASSWORD,
                hint=tr("Désela en persona: deberá cambiarla al entrar por primera vez."),
            )
        self.capacity_note = QLabel(
            tr("Conciliadores y supervisores necesitan su capacidad legal para emitir actas.")
        )
        self.capacity_note.setWordWrap(True)
        self.capacity_note.setStyleSheet("color: #7d6608;")
        self.arrange(below=[self.capacity_note])
        self.role.currentIndexChanged.connect(self._sync)
        self.capacity.textChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        needs = Role(self.role.currentData()) in CONDUCTING
        self.capacity_note.setVisible(needs and not self.capacity.toPlainText().strip())

    def save(self) -> None:
        db, actor = self.context.db, self.context.actor
        account = self.account
        if account is None:
            office_id = self.context.office.id
            password = self.password.text()
            self.submit(
                lambda: create_account(
                    db,
                    actor,
                    login=self.login.text(),
                    full_name=self.full_name.text(),
                    role=Role(self.role.currentData()),
                    office_id=office_id,
                    password=password,
                    id_number=self.id_number.text(),
                    post=self.post.text(),
                    legal_capacity=self.capacity.toPlainText(),
                    email=self.email.text(),
                    sex=Sex(self.sex.currentData()),
                    registry_number=self.registry.text() if self.registry else "",
                ),
                lambda saved: tr(
                    "Usuario «{login}» creado. Contraseña temporal: {password} "
                    "(deberá cambiarla al entrar)."
                ).format(login=saved.login, password=password),
            )
            return
        self.submit(
            lambda: update_account(
                db,
                actor,
                account.id,
                full_name=self.full_name.text(),
                role=Role(self.role.currentData()),
                post=self.post.text(),
                legal_capacity=self.capacity.toPlainText(),
                id_number=self.id_number.text(),
                email=self.email.text(),
                expected_version=account.version,
                sex=Sex(self.sex.currentData()),
                registry_number=self.registry.text() if self.registry else None,
            ),
            lambda updated: tr("Usuario «{login}» guardado.").format(login=updated.login),
        )


class DeactivateDialog(FormDialog):
    def __init__(self, context: UiContext, account: AccountView, parent: QWidget | None = None):
        super().__init__(
            context,
            tr("Desactivar la cuenta"),
            ok=QDialogButtonBox.StandardButton.Ok,
            ok_text=tr("&Desactivar"),
            parent=parent,
        )
        self.account = account
        intro = QLabel(
            tr(
                "{name} ya no podrá entrar. Sus audiencias, casos y actas quedan como están."
            ).format(name=account.full_name)
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.form.row(tr("&Motivo:"), self.reason, U.DEACTIVATION_REASON)
        self.arrange(above=[intro])

    def save(self) -> None:
        self.submit(
            lambda: set_account_active(
                self.context.db,
                self.context.actor,
                self.account.id,
                False,
                reason=self.reason.text(),
                expected_version=self.account.version,
            ),
            lambda done: tr("Cuenta «{login}» desactivada.").format(login=done.login),
        )


class UsersTab(ListWithActions):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, account_columns(), tr("Usuarios de la oficina"), parent=parent)
        self.table.opened.connect(self.edit)
        self.add_button = self.action(
            tr("&Nuevo usuario…"), lambda: self.edit(None), icon_name="add", enabled=None
        )
        self.edit_button = self.action(
            tr("&Editar…"), lambda: self.edit(self.table.current_row()), icon_name="edit"
        )
        self.password_button = self.action(tr("Contraseña &temporal"), self.reset, icon_name="key")
        self.password_button.setToolTip(
            tr("Da una contraseña temporal (y desbloquea la cuenta); se cambia al entrar.")
        )
        self.toggle_button = self.action(tr("&Desactivar…"), self.toggle)
        self.arrange()

    def fetch(self) -> list[AccountView]:
        return list_accounts(
            self.context.db, self.context.actor, self.context.office.id, now=self.context.now()
        )

    def synced(self, account: AccountView | None) -> None:
        self.toggle_button.setText(
            tr("&Desactivar…") if account is None or account.active else tr("&Reactivar")
        )

    def edit(self, account: AccountView | None) -> None:
        self.open_dialog(UserDialog(self.context, account, self))

    def reset(self) -> None:
        account = self.table.current_row()
        if account is None:
            return
        password = temporary_password()
        done = run_service(
            self.context.messages,
            lambda: reset_password(self.context.db, self.context.actor, account.id, password),
        )
        if done is not None:
            self.done(
                tr(
                    "Contraseña temporal de «{login}»: {password} — désela en persona; "
                    "deberá cambiarla al entrar."
                ).format(login=done.login, password=password)
            )

    def toggle(self) -> None:
        account = self.table.current_row()
        if account is None:
            return
        if account.active:
            self.open_dialog(DeactivateDialog(self.context, account, self))
            return
        done = run_service(
            self.context.messages,
            lambda: set_account_active(
                self.context.db,
                self.context.actor,
                account.id,
                True,
                expected_version=account.version,
            ),
        )
        if done is not None:
            self.done(tr("Cuenta «{login}» reactivada.").format(login=done.login))
