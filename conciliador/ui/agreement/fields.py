"""Small editing widgets of the agreement editor: amounts typed as the office writes them,
percentages, choices among a closed vocabulary, rows that can be added and removed.

Each widget says when it changed (``changed``) so the editor re-evaluates the draft; amounts
that cannot be read report their problem instead of guessing a value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Generic, TypeVar, cast

from babel.numbers import format_decimal
from PySide6.QtCore import QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.documents.amounts import currency_digits
from conciliador.services.agreements import parse_amount
from conciliador.services.errors import FieldId, FieldProblem, ValidationFailed
from conciliador.ui.agreement.marks import LiveMarks
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import Labelled, label
from conciliador.ui.widgets.date_field import TimeField

E = TypeVar("E")
W = TypeVar("W", bound=QWidget)


class Money:
    """How amounts are read and written in the office's currency and locale."""

    def __init__(self, currency: str, locale: str) -> None:
        self.currency = currency
        self.locale = locale
        digits = currency_digits(currency)
        self.pattern = "#,##0" + ("." + "0" * digits if digits else "")

    def text(self, amount: Decimal | None) -> str:
        if amount is None:
            return ""
        return format_decimal(amount, format=self.pattern, locale=self.locale)

    def read(self, text: str, field: FieldId) -> Decimal:
        """The amount, or ``ValidationFailed`` naming ``field`` (an empty text included)."""
        return parse_amount(text, field, self.currency, self.locale)

    def example(self) -> str:
        return self.text(Decimal("12500"))


class AmountEdit(QLineEdit):
    """An amount; ``value()`` is None when empty, and ``problem`` says why a typed text is
    not an amount (the draft then leaves the amount out and the editor shows the problem)."""

    def __init__(self, money: Money, field: FieldId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money
        self.field = field
        self.problem: FieldProblem | None = None
        self.setPlaceholderText(tr("p. ej. {example}").format(example=money.example()))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(180)

    def value(self) -> Decimal | None:
        self.problem = None
        if not self.text().strip():
            return None
        try:
            return self.money.read(self.text(), self.field)
        except ValidationFailed as exc:
            self.problem = FieldProblem(self.field, exc.problems[0].message)
            return None

    def set_value(self, amount: Decimal | None) -> None:
        self.setText(self.money.text(amount))


class PercentSpin(QDoubleSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setDecimals(2)
        self.setSingleStep(1)
        self.setSuffix(" %")
        self.setMaximumWidth(120)

    def decimal(self) -> Decimal:
        return Decimal(str(round(self.value(), 2))).normalize()


class Choice(QComboBox, Generic[E]):
    """A closed vocabulary (an enum), shown with its labels; ``none`` adds an empty choice.
    (The members are kept here: Qt would hand a string enum back as a plain string.)"""

    def __init__(
        self,
        members: Iterable[E],
        text: Callable[[E], str] | None = None,
        *,
        none: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.members: list[E | None] = []
        if none is not None:
            self.addItem(none)
            self.members.append(None)
        for member in members:
            self.addItem(text(member) if text else label(_labelled(member)))
            self.members.append(member)

    def current(self) -> E | None:
        index = self.currentIndex()
        return self.members[index] if 0 <= index < len(self.members) else None

    def choose(self, member: E | None) -> None:
        index = self.members.index(member) if member in self.members else 0
        self.setCurrentIndex(index)


def _labelled(member: object) -> Labelled:
    assert hasattr(member, "label")
    return cast(Labelled, member)


def time_edit(value: dt.time | None = None) -> QTimeEdit:
    edit = TimeField()
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def time_of(edit: QTimeEdit) -> dt.time:
    t = edit.time()
    return dt.time(t.hour(), t.minute())


def connect_changes(target: Callable[[], None], widgets: Iterable[QObject]) -> None:
    """Call ``target`` whenever any of these editing widgets changes."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QDateTimeEdit,
        QPlainTextEdit,
    )

    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda *_a: target())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(target)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_a: target())
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(lambda *_a: target())
        elif isinstance(widget, QDoubleSpinBox):
            widget.valueChanged.connect(lambda *_a: target())
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda *_a: target())
        elif hasattr(widget, "valueChanged"):
            widget.valueChanged.connect(lambda *_a: target())


def hint(text: str) -> QLabel:
    """A grey explanation under a section."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setStyleSheet("color: #566573;")
    return widget


def parties_words(accessible_name: str) -> tuple[QPlainTextEdit, QGroupBox]:
    """The box where the parties' own words on a matter are typed (free text, which the acta
    keeps as a separate clause, marked as theirs): the editor and its group box."""
    words = QPlainTextEdit()
    words.setTabChangesFocus(True)
    words.setFixedHeight(70)
    words.setAccessibleName(accessible_name)
    box = QGroupBox(tr("Lo que las partes agregan con sus palabras (texto libre)"))
    column = QVBoxLayout(box)
    column.addWidget(hint(tr("Va al acta como cláusula aparte, marcada como texto de las partes.")))
    column.addWidget(words)
    return words, box


def mark_label() -> QLabel:
    """Where the live findings of a field are written, under it."""
    widget = QLabel()
    widget.setObjectName("findingMark")
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.hide()
    return widget


class RowList(QWidget, Generic[W]):
    """Rows that can be added («Agregar …») and removed (✕ beside each one)."""

    changed = Signal()

    def __init__(self, make: Callable[[], W], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make = make
        self.rows: list[W] = []
        self._holders: list[QWidget] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(4)
        self.add_button = QPushButton(icon("add"), add_text)
        self.add_button.clicked.connect(lambda: self.add())
        self.box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self, row: W | None = None) -> W:
        row = row or self.make()
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(row, 1)
        remove = QToolButton()
        remove.setIcon(icon("clear"))
        remove.setAutoRaise(True)
        remove.setToolTip(tr("Quitar esta fila"))
        remove.setAccessibleName(tr("Quitar esta fila"))
        remove.clicked.connect(lambda: self.remove(row))
        line.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self.box.insertWidget(self.box.count() - 1, holder)
        self.rows.append(row)
        self._holders.append(holder)
        self.changed.emit()
        return row

    def remove(self, row: W) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        holder = self._holders.pop(index)
        holder.hide()
        holder.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove(row)

    def set_rows(self, rows: Sequence[W]) -> None:
        self.clear()
        for row in rows:
            self.add(row)


class FormBox:
    """A titled group of labelled fields, each with its findings line under it."""

    def __init__(self, title: str, marks: LiveMarks) -> None:
        from PySide6.QtWidgets import QFormLayout, QGroupBox

        self.box = QGroupBox(title)
        self.marks = marks
        self.form = QFormLayout(self.box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def row(
        self,
        caption: str,
        widget: QWidget,
        field: FieldId | None = None,
        *,
        prefix: bool = False,
        focus: QWidget | None = None,
    ) -> QLabel:
        """Add «caption: widget»; findings of ``field`` (or of any field starting with it,
        with ``prefix``) are written under it. Returns the caption's label."""
        caption_label = QLabel(caption)
        target = focus or widget
        caption_label.setBuddy(target)
        target.setAccessibleName(caption.replace("&", "").rstrip(": "))
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        mark = mark_label()
        column.addWidget(mark)
        self.form.addRow(caption_label, cell)
        if field is not None:
            if prefix:
                self.marks.bind_prefix(field, mark, target)
            else:
                self.marks.bind(field, mark, target)
        if isinstance(widget, AmountEdit) and widget.field != field:
            # an amount that cannot be read is said under it, by its own name
            self.marks.bind(widget.field, mark, widget)
        return caption_label

    def show_row(self, widget: QWidget, shown: bool) -> None:
        """Show or hide the row of a field added with ``row``."""
        cell = widget.parentWidget()
        if cell is not None:
            self.form.setRowVisible(cell, shown)

    def line(self, widget: QWidget) -> None:
        self.form.addRow(widget)

    def mark(
        self, field: FieldId, *, prefix: bool = False, widget: QWidget | None = None
    ) -> QLabel:
        """A findings line spanning the box, for a field without a widget of its own."""
        mark = mark_label()
        self.form.addRow(mark)
        if prefix:
            self.marks.bind_prefix(field, mark, widget)
        else:
            self.marks.bind(field, mark, widget)
        return mark


def hbox(*widgets: QWidget | str | int, stretch: bool = True) -> QWidget:
    """Widgets side by side (a string becomes a label; an int, a spacing)."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for item in widgets:
        if isinstance(item, str):
            line.addWidget(QLabel(item))
        elif isinstance(item, int):
            line.addSpacing(item)
        else:
            line.addWidget(item)
    if stretch:
        line.addStretch(1)
    return holder
