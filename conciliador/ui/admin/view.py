"""The administration area: one tab per thing an administrator keeps."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from conciliador.services.permissions import Permission, allowed
from conciliador.ui.admin.backups import BackupsTab
from conciliador.ui.admin.closures import ClosuresTab
from conciliador.ui.admin.criteria import CriteriaTab
from conciliador.ui.admin.offices import OfficesTab
from conciliador.ui.admin.rooms import RoomsTab
from conciliador.ui.admin.templates import TemplatesTab
from conciliador.ui.admin.users import UsersTab
from conciliador.ui.context import UiContext
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon


class AdminView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(tr("Administración de la oficina"))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.tabs = QTabWidget()
        self.users = UsersTab(context) if allowed(context.actor, Permission.MANAGE_USERS) else None
        self.rooms = RoomsTab(context) if allowed(context.actor, Permission.MANAGE_ROOMS) else None
        self.closures = (
            ClosuresTab(context) if allowed(context.actor, Permission.MANAGE_ROOMS) else None
        )
        self.offices = (
            OfficesTab(context) if allowed(context.actor, Permission.MANAGE_OFFICES) else None
        )
        self.backups = BackupsTab(context) if allowed(context.actor, Permission.BACKUP) else None
        self.templates = (
            TemplatesTab(context) if allowed(context.actor, Permission.PUBLISH_CRITERIA) else None
        )
        self.criteria = (
            CriteriaTab(context) if allowed(context.actor, Permission.PUBLISH_CRITERIA) else None
        )
        if self.users is not None:
            self.tabs.addTab(self.users, icon("user"), tr("&Usuarios"))
        if self.rooms is not None:
            self.tabs.addTab(self.rooms, icon("room"), tr("S&alas"))
        if self.closures is not None:
            self.tabs.addTab(self.closures, icon("closure"), tr("Días de &cierre"))
        if self.offices is not None:
            self.tabs.addTab(self.offices, icon("admin"), tr("&Oficinas"))
        if self.backups is not None:
            self.tabs.addTab(self.backups, icon("save"), tr("Co&pias de seguridad"))
        if self.templates is not None:
            self.tabs.addTab(self.templates, icon("actas"), tr("Plan&tillas"))
        if self.criteria is not None:
            self.tabs.addTab(self.criteria, icon("list"), tr("Crit&erios"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        context.office.changed.connect(lambda _id: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        for tab in (
            self.users,
            self.rooms,
            self.closures,
            self.offices,
            self.backups,
            self.templates,
            self.criteria,
        ):
            if tab is not None:
                tab.load()
