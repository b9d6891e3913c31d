"""Form building blocks: rows whose label is tied to its field (mnemonic, screen readers) and
which carry an error line; date and money fields that can be left empty."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import NumberFormatError, parse_decimal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.errors import FieldId
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.date_field import DateField

__all__ = ["DateField", "Form", "MoneyField", "error_label", "plain", "room_for_messages"]


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


def room_for_messages(layout: QBoxLayout, dialog: QWidget, lines: int = 3) -> None:
    """Keep room for a few lines of problems above a dialog's buttons: a stretch takes the
    space while there is nothing to say, the problems take it when there is, and the buttons
    stay where the mouse left them. Call it just before adding the buttons."""
    layout.addStretch(1)
    extra = dialog.fontMetrics().lineSpacing() * lines
    dialog.setMinimumHeight(layout.sizeHint().height() + extra)


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

    def key(self, field: str) -> FieldId:
        """A typed identity is bound as it is; a row no service reports on (its widget's own
        typing problems only: a date that is not one) gets one of this form's own."""
        if isinstance(field, FieldId):
            return field
        shown = f"{self.prefix} — {field}" if self.prefix else field
        return FieldId(("formulario", self.prefix, field), shown)

    def row(
        self, text: str, widget: QWidget, field: FieldId | None = None, *, hint: str = ""
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
