"""Calling a service from a screen: its Spanish message reaches the user, next to the field it
names when the screen has that field, in the message bar otherwise.

``ServiceError``\\ s are the user's to act on; anything else is a bug and goes on to the
last-resort handler (``conciliador.ui.errors``), which logs it and keeps the app alive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from conciliador.services.errors import FieldId, FieldProblem, ServiceError, ValidationFailed
from conciliador.ui.i18n import tr
from conciliador.ui.messages import Messages

T = TypeVar("T")

# Only the field itself turns red: a bare declaration would cascade to its children, and a
# combo box's list or a date's calendar would open in the colours of the error.
_INVALID_STYLE = '*[fieldInError="true"] { border: 1px solid #c0392b; border-radius: 3px; }'


class FieldErrors:
    """Maps the field names services use («Solicitante — Nombres») to the widgets that edit
    them, and shows each problem in red under its field."""

    def __init__(self, general: QLabel | None = None) -> None:
        self._fields: dict[FieldId, tuple[QWidget, QLabel]] = {}
        self._prefixes: list[tuple[str, QLabel, QWidget | None]] = []
        self._general = general
        self._marked: list[QWidget] = []
        self._shown: dict[QLabel, list[str]] = {}

    def bind(self, field: FieldId, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)
        self._watch(widget, field)

    def _watch(self, widget: QWidget, field: FieldId) -> None:
        """Editing a field clears its problem: the red stays only where it is still true."""
        if widget.property("watched_by_errors"):
            return
        widget.setProperty("watched_by_errors", True)
        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif isinstance(widget, QDateTimeEdit):
            signal = widget.dateTimeChanged
        elif isinstance(widget, QAbstractButton):
            signal = widget.toggled
        elif isinstance(widget, QAbstractSpinBox):
            signal = widget.editingFinished
        elif hasattr(widget, "edited"):  # a field made of fields (a day and a time)
            signal = widget.edited
        if signal is not None:
            signal.connect(lambda *_args, w=widget: self.clear_widget(w))

    def clear_widget(self, widget: QWidget) -> None:
        if widget not in self._marked:
            return
        widget.setProperty("fieldInError", False)
        widget.setStyleSheet("")
        widget.setAccessibleDescription("")
        self._marked.remove(widget)
        for bound, label in self._fields.values():
            if bound is widget and label in self._shown:
                self._shown.pop(label)
                label.clear()
                label.hide()

    def widget_of(self, field: FieldId) -> QWidget | None:
        """The widget bound to ``field`` (a ``FieldId`` matches by identity, not by text),
        or the one a prefix that covers it moves the focus to."""
        bound = self._fields.get(field)
        if bound is not None:
            return bound[0]
        return next((focus for p, _l, focus in self._prefixes if _covers(p, field)), None)

    def bind_prefix(self, prefix: str, label: QLabel, focus: QWidget | None = None) -> None:
        """Problems of any field starting with ``prefix`` (one row of a list) go to ``label``:
        for a typed identity, those whose parts start with its parts."""
        self._prefixes.append((prefix, label, focus))

    def forget(self, field: FieldId) -> None:
        self._fields.pop(field, None)

    def clear(self) -> None:
        for widget in self._marked:
            widget.setProperty("fieldInError", False)
            widget.setStyleSheet("")
            widget.setAccessibleDescription("")
        for label in self._shown:
            label.clear()
            label.hide()
        self._marked.clear()
        self._shown.clear()

    def _append(self, label: QLabel, text: str) -> None:
        lines = self._shown.setdefault(label, [])
        lines.append(text)
        label.setText("\n".join(lines))
        label.show()

    def typing_problems(self) -> list[FieldProblem]:
        """What the fields hold that cannot be read (a date that is not one): the form says so
        next to the field rather than saving the field as if it were empty."""
        problems = []
        for field, (widget, _label) in self._fields.items():
            check = getattr(widget, "typing_problem", None)
            if check is None or not widget.isEnabled():
                continue
            problem = check()
            if problem:
                problems.append(FieldProblem(field, problem))
        return problems

    def show(self, problems: Iterable[FieldProblem]) -> list[FieldProblem]:
        """Show every problem; returns those no field of this form could take."""
        self.clear()
        unplaced: list[FieldProblem] = []
        first: QWidget | None = None
        for problem in problems:
            bound = self._fields.get(problem.field)
            if bound is not None:
                widget, label = bound
                self._append(label, problem.message)
                widget.setProperty("fieldInError", True)
                widget.setStyleSheet(_INVALID_STYLE)
                widget.setAccessibleDescription(problem.message)
                self._marked.append(widget)
                first = first or widget
                continue
            for prefix, label, focus in self._prefixes:
                if _covers(prefix, problem.field):
                    self._append(label, str(problem))
                    first = first or focus
                    break
            else:
                unplaced.append(problem)
        if unplaced and self._general is not None:
            for problem in unplaced:
                self._append(self._general, str(problem))
            unplaced = []
        if first is not None:
            first.setFocus()
            _scroll_to(first)
        return unplaced


def _covers(prefix: str, field: str) -> bool:
    """A typed prefix covers the typed fields whose parts start with its parts, and never a
    plain text reading the same; a plain prefix, the texts that start with it."""
    if isinstance(prefix, FieldId) or isinstance(field, FieldId):
        return (
            isinstance(prefix, FieldId)
            and isinstance(field, FieldId)
            and field.parts[: len(prefix.parts)] == prefix.parts
        )
    return field.startswith(prefix)


def _scroll_to(widget: QWidget) -> None:
    """Bring a field into view when it sits in a scrolled form."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 50, 80)
            return
        parent = parent.parentWidget()


def run_service(
    messages: Messages,
    action: Callable[[], T],
    *,
    errors: FieldErrors | None = None,
) -> T | None:
    """Run ``action``; on a ``ServiceError`` show its message and return None.

    Validation problems go next to their fields when ``errors`` knows them.
    """
    if errors is not None:
        errors.clear()
    try:
        unreadable = errors.typing_problems() if errors is not None else []
        if unreadable:
            raise ValidationFailed(unreadable)
        return action()
    except ValidationFailed as exc:
        if errors is None:
            messages.error(str(exc))
            return None
        unplaced = errors.show(exc.problems)
        if unplaced:
            messages.error("; ".join(str(p) for p in unplaced))
        else:
            messages.error(tr("No se guardó: revise los campos marcados en rojo."))
        return None
    except ServiceError as exc:
        messages.error(str(exc))
        return None
