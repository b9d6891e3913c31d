"""Form building blocks: rows whose label is tied to its field (mnemonic, screen readers) and
which carry an error line; date and money fields that can be left empty."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.numbers import NumberFormatError, parse_decimal
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.errors import FieldId
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr

EMPTY_DATE = QDate(1900, 1, 1)


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


def plain(text: str) -> str:
    """A label's text without its mnemonic marker and colon, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


class Form:
    """A ``QFormLayout`` of labelled fields bound to a ``FieldErrors``."""

    def __init__(self, errors: FieldErrors, *, prefix: str = "") -> None:
        self.errors = errors
        self.prefix = prefix
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.labels: dict[str, QLabel] = {}

    def key(self, field: str) -> str:
        if isinstance(field, FieldId):  # a typed identity is bound as it is
            return field
        return f"{self.prefix} — {field}" if self.prefix else field

    def row(
        self, text: str, widget: QWidget, field: str | None = None, *, hint: str = ""
    ) -> QLabel:
        """Add «text: widget»; ``field`` is the name services give this field in problems."""
        label = QLabel(text)
        label.setBuddy(widget)
        name = plain(text)
        widget.setAccessibleName(f"{self.prefix} — {name}" if self.prefix else name)
        if hint:
            widget.setToolTip(hint)
        problem = error_label()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(problem)
        self.layout.addRow(label, cell)
        self.errors.bind(self.key(field or name), widget, problem)
        self.labels[field or name] = label
        return label


class DateField(QDateEdit):
    """A date typed as dd/mm/aaaa or picked from a calendar; optional ones may stay empty."""

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(EMPTY_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        if optional:
            self.setSpecialValueText(tr("sin indicar"))
            self.setDate(EMPTY_DATE)
        #: Set by the form from the office's "today" (the one clock); until then the
        #: calendar opens where Qt opens it.
        self._default_page: QDate | None = None
        self.calendarWidget().installEventFilter(self)

    def set_default_page(self, day: dt.date) -> None:
        """The month the calendar opens at while the field is empty."""
        self._default_page = QDate(day.year, day.month, day.day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and self.value() is None
            and self._default_page is not None
        ):
            self.calendarWidget().setCurrentPage(
                self._default_page.year(), self._default_page.month()
            )
        return super().eventFilter(watched, event)

    def value(self) -> dt.date | None:
        current = self.date()
        if self.optional and current == EMPTY_DATE:
            return None
        return dt.date(current.year(), current.month(), current.day())

    def set_value(self, day: dt.date | None) -> None:
        if day is None:
            self.setDate(EMPTY_DATE)
        else:
            self.setDate(QDate(day.year, day.month, day.day))


class MoneyField(QLineEdit):
    """An amount typed the way the office's locale writes it («12,500.50» in es_NI)."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.babel_locale = locale
        self.setPlaceholderText(tr("p. ej. 12,500.00"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> Decimal | None:
        """The amount, or None when empty; raises ValueError when it is not an amount."""
        text = self.text().strip().replace("C$", "").replace("$", "").strip()
        if not text:
            return None
        try:
            return Decimal(parse_decimal(text, locale=self.babel_locale, strict=True))
        except NumberFormatError as exc:
            raise ValueError(text) from exc
