"""The office's rooms: add, rename, retire (refused while hearings still use it), bring back."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from conciliador.services.fields import RoomFields
from conciliador.services.offices import RoomView, add_room, list_rooms
from conciliador.services.premises import set_room_active, update_room
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.list_actions import FormDialog, ListWithActions
from conciliador.ui.widgets.table_model import Column


def room_columns() -> list[Column[RoomView]]:
    return [
        Column(tr("Sala"), lambda r: r.name),
        Column(tr("Capacidad"), lambda r: str(r.capacity), align_right=True),
        Column(tr("Estado"), lambda r: tr("En uso") if r.active else tr("Retirada")),
    ]


class RoomDialog(FormDialog):
    def __init__(self, context: UiContext, room: RoomView | None, parent: QWidget | None = None):
        super().__init__(
            context,
            tr("Editar la sala") if room else tr("Nueva sala"),
            width=380,
            parent=parent,
        )
        self.room = room
        self.name = QLineEdit(room.name if room else "")
        self.name.setMaxLength(120)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 100)
        self.capacity.setValue(room.capacity if room else 6)
        self.capacity.setSuffix(tr(" personas"))
        self.form.row(tr("&Nombre:"), self.name, RoomFields.NAME)
        self.form.row(tr("&Capacidad:"), self.capacity, RoomFields.CAPACITY)
        self.arrange()

    def save(self) -> None:
        db, actor = self.context.db, self.context.actor
        room = self.room
        name, capacity = self.name.text(), self.capacity.value()
        office_id = self.context.office.id
        self.submit(
            (lambda: add_room(db, actor, office_id, name, capacity))
            if room is None
            else (lambda: update_room(db, actor, room.id, name, capacity)),
            lambda saved: tr("Sala «{name}» guardada.").format(name=saved.name),
        )


class RoomsTab(ListWithActions):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, room_columns(), tr("Salas de la oficina"), parent=parent)
        self.table.opened.connect(self.edit)
        self.add_button = self.action(
            tr("&Nueva sala…"), lambda: self.edit(None), icon_name="add", enabled=None
        )
        self.edit_button = self.action(
            tr("&Editar…"), lambda: self.edit(self.table.current_row()), icon_name="edit"
        )
        self.toggle_button = self.action(tr("&Retirar"), self.toggle)
        self.arrange()

    def fetch(self) -> list[RoomView]:
        return list_rooms(self.context.db, self.context.actor, self.context.office.id)

    def synced(self, room: RoomView | None) -> None:
        self.toggle_button.setText(
            tr("&Retirar") if room is None or room.active else tr("&Volver a usar")
        )

    def edit(self, room: RoomView | None) -> None:
        self.open_dialog(RoomDialog(self.context, room, self))

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
            self.done(
                (
                    tr("Sala «{name}» de nuevo en uso.")
                    if done.active
                    else tr("Sala «{name}» retirada.")
                ).format(name=done.name)
            )
