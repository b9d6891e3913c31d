"""The office's rooms: add, rename, retire (refused while hearings still use it), bring back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.fields import RoomFields
from conciliador.services.offices import RoomView, add_room, list_rooms
from conciliador.services.premises import set_room_active, update_room
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.widgets.forms import Form, error_label
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel


def room_columns() -> list[Column[RoomView]]:
    return [
        Column(tr("Sala"), lambda r: r.name),
        Column(tr("Capacidad"), lambda r: str(r.capacity), align_right=True),
        Column(tr("Estado"), lambda r: tr("En uso") if r.active else tr("Retirada")),
    ]


class RoomDialog(QDialog):
    def __init__(self, context: UiContext, room: RoomView | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.room = room
        self.setWindowTitle(tr("Editar la sala") if room else tr("Nueva sala"))
        self.setMinimumWidth(380)
        self.name = QLineEdit(room.name if room else "")
        self.name.setMaxLength(120)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 100)
        self.capacity.setValue(room.capacity if room else 6)
        self.capacity.setSuffix(tr(" personas"))
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("&Nombre:"), self.name, RoomFields.NAME)
        form.row(tr("&Capacidad:"), self.capacity, RoomFields.CAPACITY)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def save(self) -> None:
        db, actor = self.context.db, self.context.actor
        room = self.room
        if room is None:
            office_id = self.context.office.id
            saved = run_service(
                self.context.messages,
                lambda: add_room(db, actor, office_id, self.name.text(), self.capacity.value()),
                errors=self.errors,
            )
        else:
            saved = run_service(
                self.context.messages,
                lambda: update_room(db, actor, room.id, self.name.text(), self.capacity.value()),
                errors=self.errors,
            )
        if saved is not None:
            self.context.messages.success(tr("Sala «{name}» guardada.").format(name=saved.name))
            self.accept()


class RoomsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.model: RowsModel[RoomView] = RowsModel(room_columns(), self)
        self.table = RowTable(tr("Salas de la oficina"))
        self.table.setModel(self.model)
        self.table.opened.connect(self.edit)
        self.table.current_changed.connect(lambda _r: self._sync())
        self.add_button = QPushButton(icon("add"), tr("&Nueva sala…"))
        self.edit_button = QPushButton(icon("edit"), tr("&Editar…"))
        self.toggle_button = QPushButton(tr("&Retirar"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.table.current_row()))
        self.toggle_button.clicked.connect(self.toggle)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._sync()

    def load(self) -> None:
        rooms = run_service(
            self.context.messages,
            lambda: list_rooms(self.context.db, self.context.actor, self.context.office.id),
        )
        self.model.set_rows(rooms or [])
        self.table.fit_columns()
        self._sync()

    def _sync(self) -> None:
        room = self.table.current_row()
        self.edit_button.setEnabled(room is not None)
        self.toggle_button.setEnabled(room is not None)
        self.toggle_button.setText(
            tr("&Retirar") if room is None or room.active else tr("&Volver a usar")
        )

    def edit(self, room: RoomView | None) -> None:
        dialog = RoomDialog(self.context, room, self)
        dialog.accepted.connect(self.load)
        self.dialog = dialog
        dialog.open()

    def toggle(self) -> None:
        room = self.table.current_row()
        if room is None:
            return
        done = run_service(
            self.context.messages,
            lambda: set_room_active(
                self.context.db,
                self.context.actor,
                room.id,
                not room.active,
                now=self.context.now(),
            ),
        )
        if done is not None:
            self.context.messages.success(
                (
                    tr("Sala «{name}» de nuevo en uso.")
                    if done.active
                    else tr("Sala «{name}» retirada.")
                ).format(name=done.name)
            )
            self.load()
