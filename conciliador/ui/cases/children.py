"""The children of the request: one row each, added and removed as needed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.enums import Sex
from conciliador.services.fields import ChildPart, Intake, child_field
from conciliador.services.people import ChildInput
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.date_field import years_before
from conciliador.ui.widgets.forms import DateField, error_label

MAX_CHILDREN = 12
# The age a child's birth-date calendar opens at.
CHILD_AGE = 6


class ChildRow:
    def __init__(self, editor: ChildrenEditor) -> None:
        self.birth_document = editor.birth_document
        self.first_names = QLineEdit()
        self.last_names = QLineEdit()
        self.sex = QComboBox()
        for sex in (Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED):
            self.sex.addItem(label(sex), sex)
        self.sex.setCurrentIndex(2)
        self.birth_date = DateField()
        if editor.today is not None:
            self.birth_date.set_default_page(years_before(editor.today, CHILD_AGE))
        self.certificate = QLineEdit()
        self.certificate.setMaxLength(60)
        self.remove = QPushButton(icon("close"), "")
        self.remove.setToolTip(tr("Quitar esta fila"))
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        # One line of problems under each field, in its own column: a birth date's problem
        # is read under the birth date, not under the name.
        self.problems: dict[QWidget, QLabel] = {
            widget: error_label()
            for widget in (self.first_names, self.last_names, self.birth_date, self.certificate)
        }

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.first_names,
            self.last_names,
            self.sex,
            self.birth_date,
            self.certificate,
            self.remove,
        )

    def name(self, number: int) -> None:
        prefix = tr("Hija/o {n}").format(n=number)
        for widget, what in (
            (self.first_names, tr("Nombres")),
            (self.last_names, tr("Apellidos")),
            (self.sex, tr("Sexo")),
            (self.birth_date, tr("Fecha de nacimiento")),
            (self.certificate, self.birth_document),
        ):
            widget.setAccessibleName(f"{prefix} — {what}")
        self.remove.setAccessibleName(tr("Quitar a la hija o hijo {n}").format(n=number))

    def value(self) -> ChildInput:
        return ChildInput(
            first_names=self.first_names.text(),
            last_names=self.last_names.text(),
            sex=Sex(self.sex.currentData()),
            birth_date=self.birth_date.value(),
            birth_certificate=self.certificate.text(),
        )

    def is_blank(self) -> bool:
        return not (
            self.first_names.text().strip()
            or self.last_names.text().strip()
            or self.certificate.text().strip()
            or self.birth_date.value()
        )


class ChildrenEditor(QWidget):
    def __init__(
        self,
        errors: FieldErrors,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        birth_document: str,
    ) -> None:
        super().__init__(parent)
        self.errors = errors
        #: What the office's country calls a child's birth record (its profile's words).
        self.birth_document = birth_document
        # The office's today (the one clock), where the birth-date calendars start from.
        self.today = today
        self.rows: list[ChildRow] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        for column, text in enumerate(
            (
                tr("Nombres"),
                tr("Apellidos"),
                tr("Sexo"),
                tr("Fecha de nacimiento"),
                birth_document,
            )
        ):
            caption = QLabel(text)
            caption.setStyleSheet("color: #566573;")
            self.grid.addWidget(caption, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(4, 2)
        self.general = error_label()
        self.add_button = QPushButton(icon("add"), tr("Agregar &otra hija o hijo"))
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.general)
        layout.addWidget(self.add_button)
        self.add_row()

    def _relayout(self) -> None:
        for row in self.rows:
            for widget in (*row.widgets, *row.problems.values()):
                self.grid.removeWidget(widget)
        for index, row in enumerate(self.rows):
            grid_row = 1 + index * 2
            for column, widget in enumerate(row.widgets):
                self.grid.addWidget(widget, grid_row, column)
                problem = row.problems.get(widget)
                if problem is not None:
                    self.grid.addWidget(problem, grid_row + 1, column)
            row.name(index + 1)
            row.remove.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < MAX_CHILDREN)
        self.order_tabs()
        self.errors.bind(Intake.CHILDREN, self.rows[0].first_names, self.general)
        self.bind_errors()

    def order_tabs(self) -> None:
        """Tab goes through the rows as the eye reads them, then to «Agregar otra…» (called
        again by the form once the editor sits in it: a reparented widget keeps the order
        it was created in)."""
        previous: QWidget | None = None
        for row in self.rows:
            for widget in row.widgets:
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)

    def bind_errors(self, rows: list[ChildRow] | None = None) -> None:
        """Problems come back as «Hija/o 2 — Fecha de nacimiento», numbered as sent: tie them
        to that row."""
        for n in range(1, MAX_CHILDREN + 1):
            for part in ChildPart:
                self.errors.forget(child_field(n, part))
        for n, row in enumerate(self.rows if rows is None else rows, start=1):
            for part, widget in (
                (ChildPart.FIRST_NAMES, row.first_names),
                (ChildPart.LAST_NAMES, row.last_names),
                (ChildPart.BIRTH_DATE, row.birth_date),
                (ChildPart.BIRTH_CERTIFICATE, row.certificate),
            ):
                self.errors.bind(child_field(n, part), widget, row.problems[widget])

    def add_row(self) -> ChildRow:
        row = ChildRow(self)
        self.rows.append(row)
        self._relayout()
        row.first_names.setFocus()
        return row

    def remove_row(self, row: ChildRow) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        for widget in (*row.widgets, *row.problems.values()):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()

    def value(self) -> list[ChildInput]:
        """The rows filled in (blank rows are left out, and problems numbered accordingly)."""
        sent = [row for row in self.rows if not row.is_blank()]
        self.bind_errors(sent)
        return [row.value() for row in sent]
