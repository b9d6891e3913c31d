"""The offices an administrator keeps: the hierarchy, each office's place, zone and profile,
moving one under another superior, closing and reopening, and the legal capacity of the
people who conduct hearings there."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from conciliador.criteria import available_profiles
from conciliador.domain.enums import OfficeLevel
from conciliador.services.fields import OfficeFields as O
from conciliador.services.fields import UserFields
from conciliador.services.office_admin import (
    OfficeDetail,
    OfficerCapacity,
    move_office,
    office_detail,
    offices_in_reach,
    set_legal_capacity,
    set_office_open,
    update_office,
)
from conciliador.services.offices import OfficeView, create_office
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label
from conciliador.ui.widgets.list_actions import FormDialog, ListWithActions
from conciliador.ui.widgets.places import (
    chosen_municipality,
    fill_departments,
    fill_municipalities,
)
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel

ARTICLES = ("la", "el", "las", "los", "")


def office_columns() -> list[Column[OfficeDetail]]:
    return [
        Column(tr("Código"), lambda o: "    " * o.depth + o.code),
        Column(tr("Oficina"), lambda o: o.name),
        Column(tr(O.LEVEL), lambda o: label(o.level)),
        Column(tr("Depende de"), lambda o: o.parent_code),
        Column(tr("Municipio"), lambda o: o.municipality or tr("falta")),
        Column(tr("Perfil"), lambda o: o.profile_code),
        Column(tr("Estado"), lambda o: tr("Abierta") if o.active else tr("Cerrada")),
    ]


def officer_columns() -> list[Column[OfficerCapacity]]:
    return [
        Column(tr("Nombre"), lambda p: p.full_name),
        Column(tr("Rol"), lambda p: label(p.role)),
        Column(
            tr("Capacidad legal"),
            lambda p: p.legal_capacity or tr("falta: no podrá emitir actas"),
            tooltip=lambda p: p.legal_capacity,
        ),
    ]


def _zones() -> list[str]:
    return sorted(z for z in available_timezones() if z.startswith("America/"))


class OfficeDialog(FormDialog):
    """A new office under the chosen one, or an existing office's settings."""

    def __init__(
        self,
        context: UiContext,
        office: OfficeDetail | None,
        parent_office: OfficeDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            tr("Editar la oficina") if office else tr("Nueva oficina"),
            width=520,
            parent=parent,
        )
        self.office = office
        self.parent_office = parent_office
        self.code = QLineEdit(office.code if office else "")
        self.code.setMaxLength(20)
        self.code.setReadOnly(office is not None)
        self.name = QLineEdit(office.name if office else "")
        self.name.setMaxLength(200)
        self.article = QComboBox()
        for article in ARTICLES:
            self.article.addItem(article or tr("(ninguno)"), article)
        self.article.setCurrentIndex(self.article.findData(office.name_article if office else "la"))
        self.level = QComboBox()
        for level in OfficeLevel:
            self.level.addItem(label(level), level)
        default_level = (
            office.level
            if office
            else OfficeLevel.MUNICIPAL
            if parent_office and parent_office.level != OfficeLevel.NACIONAL
            else OfficeLevel.DEPARTAMENTAL
        )
        self.level.setCurrentIndex(self.level.findData(default_level))
        self.profile = QComboBox()
        for code in available_profiles():
            self.profile.addItem(code, code)
        base = office or parent_office
        self.profile.setCurrentIndex(
            max(0, self.profile.findData(base.profile_code if base else "NI"))
        )
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(_zones())
        self.timezone.setCurrentText(base.timezone if base else "America/Managua")
        self.department = QComboBox()
        self.municipality = QComboBox()
        self.address = QPlainTextEdit(office.address if office else "")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(52)
        self.phone = QLineEdit(office.phone if office else "")
        self.phone.setMaxLength(60)
        form = self.form
        form.row(tr("Su&perior:"), QLabel(self._superior_text()), O.PARENT)
        form.row(tr("&Código:"), self.code, O.CODE)
        form.row(tr("&Nombre:"), self.name, O.NAME)
        form.row(
            tr("&Artículo:"),
            self.article,
            O.ARTICLE,
            hint=tr("Cómo se lee el nombre en una frase: «la Delegación…», «el Centro…»."),
        )
        form.row(tr("Ni&vel:"), self.level, O.LEVEL)
        form.row(tr("Per&fil de criterios:"), self.profile, O.PROFILE)
        form.row(tr("&Zona horaria:"), self.timezone, O.TIMEZONE)
        form.row(tr("&Departamento o región:"), self.department, O.DEPARTMENT)
        form.row(
            tr("&Municipio:"),
            self.municipality,
            O.MUNICIPALITY,
            hint=tr("El lugar que nombran las actas: «En Tipitapa, …»."),
        )
        form.row(tr("D&irección:"), self.address, O.ADDRESS)
        form.row(tr("&Teléfono:"), self.phone, O.PHONE)
        self.arrange()
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.department.currentIndexChanged.connect(self._department_changed)
        self._profile_changed()
        if office is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(office.department)))
            self._department_changed()
            found = self.municipality.findData(office.municipality)
            if found >= 0:
                self.municipality.setCurrentIndex(found)
            elif self.municipality.isEditable():
                self.municipality.setEditText(office.municipality)

    def _superior_text(self) -> str:
        if self.office is not None:
            return self.office.parent_code or tr("(ninguna: oficina nacional)")
        if self.parent_office is not None:
            return f"{self.parent_office.code} — {self.parent_office.name}"
        return tr("(ninguna: oficina nacional)")

    def _profile_changed(self) -> None:
        fill_departments(self.department, self.profile.currentData() or "")
        self._department_changed()

    def _department_changed(self) -> None:
        fill_municipalities(
            self.municipality,
            self.profile.currentData() or "",
            self.department.currentData() or "",
        )

    def save(self) -> None:
        db, actor = self.context.db, self.context.actor
        values = {
            "name": self.name.text(),
            "level": OfficeLevel(self.level.currentData()),
            "address": self.address.toPlainText(),
            "phone": self.phone.text(),
            "timezone": self.timezone.currentText().strip(),
            "profile_code": str(self.profile.currentData() or ""),
            "department": str(self.department.currentData() or ""),
            "municipality": chosen_municipality(self.municipality),
            "name_article": str(self.article.currentData() or ""),
        }
        office = self.office
        superior = self.parent_office
        code = self.code.text()

        def work() -> OfficeView | OfficeDetail:
            if office is None:
                return create_office(
                    db,
                    actor,
                    code=code,
                    parent_code=superior.code if superior else None,
                    **values,  # type: ignore[arg-type]
                )
            return update_office(db, actor, office.id, **values)  # type: ignore[arg-type]

        self.submit(work, lambda saved: tr("Oficina «{code}» guardada.").format(code=saved.code))


class MoveDialog(FormDialog):
    """Choose the office's new superior among those the administrator keeps."""

    def __init__(
        self,
        context: UiContext,
        office: OfficeDetail,
        choices: list[OfficeDetail],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context, tr("Mover la oficina «{code}»").format(code=office.code), parent=parent
        )
        self.office = office
        self.superior = QComboBox()
        for choice in choices:
            if choice.id != office.id and choice.active:
                self.superior.addItem(f"{choice.code} — {choice.name}", choice.code)
        self.superior.setCurrentIndex(max(0, self.superior.findData(office.parent_code)))
        self.form.row(tr("&Nueva oficina superior:"), self.superior, O.PARENT)
        note = QLabel(
            tr(
                "Quienes supervisan la oficina superior verán sus casos y su agenda; "
                "los de la anterior dejarán de verlos."
            )
        )
        note.setWordWrap(True)
        self.arrange(below=[note])

    def save(self) -> None:
        code = str(self.superior.currentData() or "")
        self.submit(
            lambda: move_office(self.context.db, self.context.actor, self.office.id, code),
            lambda moved: tr("La oficina «{code}» depende ahora de «{parent}».").format(
                code=moved.code, parent=moved.parent_code
            ),
        )


class CloseDialog(FormDialog):
    """Closing an office needs a reason (kept in the audit trail)."""

    def __init__(self, context: UiContext, office: OfficeDetail, parent: QWidget | None = None):
        super().__init__(
            context,
            tr("Cerrar la oficina «{code}»").format(code=office.code),
            ok=QDialogButtonBox.StandardButton.Ok,
            ok_text=tr("Cerrar la oficina"),
            parent=parent,
        )
        self.office = office
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.form.row(tr("&Motivo:"), self.reason, O.CLOSE_REASON)
        self.arrange(
            above=[
                QLabel(
                    tr("Sus expedientes, actas y bitácora se conservan; no recibirá casos nuevos.")
                )
            ]
        )

    def save(self) -> None:
        self.submit(
            lambda: set_office_open(
                self.context.db,
                self.context.actor,
                self.office.id,
                False,
                reason=self.reason.text(),
            ),
            lambda closed: tr("Oficina «{code}» cerrada.").format(code=closed.code),
        )


class CapacityDialog(FormDialog):
    """The instrument that delegates the power to conciliate to one person."""

    def __init__(
        self, context: UiContext, person: OfficerCapacity, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            tr("Capacidad legal de {name}").format(name=person.full_name),
            width=460,
            parent=parent,
        )
        self.person = person
        self.capacity = QPlainTextEdit(person.legal_capacity)
        self.capacity.setTabChangesFocus(True)
        self.capacity.setFixedHeight(72)
        self.capacity.setPlaceholderText(
            tr("p. ej. Acuerdo Ministerial n.º 12-2026 de delegación de funciones de conciliación")
        )
        self.form.row(tr("Capacidad &legal:"), self.capacity, UserFields.LEGAL_CAPACITY)
        self.arrange()

    def save(self) -> None:
        def record() -> bool:
            set_legal_capacity(
                self.context.db,
                self.context.actor,
                self.person.user_id,
                self.capacity.toPlainText(),
            )
            return True

        self.submit(
            record,
            lambda _done: tr("Capacidad legal de {name} guardada.").format(
                name=self.person.full_name
            ),
        )


class OfficesTab(ListWithActions):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, office_columns(), tr("Oficinas"), stretch=1, parent=parent)
        self._keep: OfficeDetail | None = None
        self.table.opened.connect(self.edit)
        self.officers: RowsModel[OfficerCapacity] = RowsModel(officer_columns(), self)
        self.officer_table = RowTable(tr("Quienes conducen audiencias en la oficina"))
        self.officer_table.setModel(self.officers)
        self.officer_table.opened.connect(self.edit_capacity)
        self.officer_table.current_changed.connect(lambda _r: self.sync())
        self.add_button = self.action(
            tr("&Nueva oficina debajo…"),
            self.add,
            icon_name="add",
            enabled=lambda o: o is not None and o.level != OfficeLevel.MUNICIPAL,
        )
        self.edit_button = self.action(
            tr("&Editar…"), lambda: self.edit(self.table.current_row()), icon_name="edit"
        )
        self.move_button = self.action(
            tr("&Mover…"),
            self.move_selected,
            enabled=lambda o: o is not None and o.parent_id is not None,
        )
        self.toggle_button = self.action(tr("Ce&rrar…"), self.toggle)
        self.capacity_button = QPushButton(tr("Capacidad &legal…"))
        self.capacity_button.clicked.connect(
            lambda: self.edit_capacity(self.officer_table.current_row())
        )
        people = QHBoxLayout()
        self.people_title = QLabel()
        self.people_title.setStyleSheet("font-weight: bold;")
        people.addWidget(self.people_title, 1)
        people.addWidget(self.capacity_button)
        self.arrange(below=[people, self.officer_table], table_stretch=3, below_stretch=(0, 2))

    def fetch(self) -> list[OfficeDetail]:
        return offices_in_reach(self.context.db, self.context.actor)

    def load(self) -> None:
        self._keep = self.table.current_row()
        super().load()

    def rows_shown(self, rows: list[OfficeDetail] | None) -> None:
        current = self._keep
        wanted = current.id if current else self.context.office.id
        for row, office in enumerate(rows or []):
            if office.id == wanted:
                self.table.selectRow(row)
                break

    def synced(self, office: OfficeDetail | None) -> None:
        self.toggle_button.setText(
            tr("Ce&rrar…") if office is None or office.active else tr("&Reabrir")
        )
        people = list(office.officers) if office else []
        if self.officers.rows != people:
            self.officers.set_rows(people)
            self.officer_table.fit_columns(stretch=2)
        self.people_title.setText(
            tr("Quienes conducen audiencias en {code}").format(code=office.code) if office else ""
        )
        self.capacity_button.setEnabled(self.officer_table.current_row() is not None)

    def add(self) -> None:
        self.open_dialog(OfficeDialog(self.context, None, self.table.current_row(), self))

    def edit(self, office: OfficeDetail | None) -> None:
        if office is None:
            return
        fresh = run_service(
            self.context.messages,
            lambda: office_detail(self.context.db, self.context.actor, office.id),
        )
        if fresh is not None:
            self.open_dialog(OfficeDialog(self.context, fresh, None, self))

    def move_selected(self) -> None:
        office = self.table.current_row()
        if office is not None:
            self.open_dialog(MoveDialog(self.context, office, self.model.rows, self))

    def toggle(self) -> None:
        office = self.table.current_row()
        if office is None:
            return
        if office.active:
            self.open_dialog(CloseDialog(self.context, office, self))
            return
        reopened = run_service(
            self.context.messages,
            lambda: set_office_open(self.context.db, self.context.actor, office.id, True),
        )
        if reopened is not None:
            self.done(tr("Oficina «{code}» abierta de nuevo.").format(code=reopened.code))

    def edit_capacity(self, person: OfficerCapacity | None) -> None:
        if person is not None:
            self.open_dialog(CapacityDialog(self.context, person, self))
