"""The findings of the draft written next to the fields they name, as the officer types.

A finding names its field by its typed identity (``services/fields.py``: ``SupportFields.DUE_DAY``
reads «Pensión alimenticia — Día de pago»); each field (or a row of a list, by the leading parts
of its identity) has a line under it where its findings appear, red for
an error and amber for a warning, and a coloured border. Unlike a refused save, a live
finding never moves the focus: the officer keeps typing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from conciliador.services.agreements import Finding
from conciliador.services.errors import FieldId

ERROR = "#c0392b"
WARNING = "#b7791f"


@dataclass(frozen=True)
class Mark:
    """A finding, or a problem of the typing itself (an amount that is not one)."""

    field: FieldId
    message: str
    error: bool

    @classmethod
    def of(cls, finding: Finding) -> Mark:
        return cls(finding.field, finding.message, finding.is_error)


@dataclass
class _Place:
    label: QLabel
    widget: QWidget | None
    #: Shown text includes the field's own name (rows bound by prefix).
    named: bool


class LiveMarks:
    def __init__(self) -> None:
        self._exact: dict[str, _Place] = {}
        self._prefixes: list[tuple[str, _Place]] = []
        self._styled: set[QWidget] = set()

    def bind(
        self, field: FieldId, label: QLabel, widget: QWidget | None = None, *, named: bool = False
    ) -> None:
        """Findings of ``field`` go to ``label``; ``named`` writes the field's name with them
        (a line with no caption of its own, such as a list's row)."""
        self._exact[field] = _Place(label, widget, named=named)

    def bind_prefix(self, prefix: str, label: QLabel, widget: QWidget | None = None) -> None:
        """Findings of any field starting with ``prefix`` (a list's row) go to ``label``: for
        a typed identity, those whose parts start with its parts."""
        self._prefixes.append((prefix, _Place(label, widget, named=True)))

    def unbind_prefix(self, prefix: str) -> None:
        self._prefixes = [(p, place) for p, place in self._prefixes if p != prefix]

    def place_of(self, field: FieldId) -> _Place | None:
        place = self._exact.get(field)
        if place is not None:
            return place
        # The longest prefix wins, and «… bloque 1» does not take «… bloque 12».
        best: tuple[int, _Place] | None = None
        for prefix, candidate in self._prefixes:
            if _covers(prefix, field):
                size = len(prefix.parts) if isinstance(prefix, FieldId) else len(prefix)
                if best is None or size > best[0]:
                    best = (size, candidate)
        return best[1] if best else None

    def widget_of(self, field: FieldId) -> QWidget | None:
        place = self.place_of(field)
        return place.widget if place else None

    def show(self, marks: Iterable[Mark]) -> list[Mark]:
        """Write every mark under its field; returns those no field took."""
        texts: dict[int, list[str]] = {}
        flagged: dict[int, tuple[QWidget, list[Mark]]] = {}
        unplaced: list[Mark] = []
        for mark in marks:
            place = self.place_of(mark.field)
            if place is None:
                unplaced.append(mark)
                continue
            texts.setdefault(id(place.label), []).append(_line(mark, place.named))
            if place.widget is not None:
                flagged.setdefault(id(place.widget), (place.widget, []))[1].append(mark)
        labels = {id(p.label): p.label for p in self._exact.values()}
        labels |= {id(p.label): p.label for _x, p in self._prefixes}
        for key, shown in labels.items():
            lines = texts.get(key)
            if lines:
                shown.setText("<br>".join(lines))
                shown.show()
            else:
                shown.clear()
                shown.hide()
        touched: set[QWidget] = set()
        for widget, items in flagged.values():
            error = any(m.error for m in items)
            if not widget.objectName():
                widget.setObjectName(f"marked{id(widget)}")
            widget.setStyleSheet(_border(widget, ERROR if error else WARNING))
            widget.setAccessibleDescription("; ".join(m.message for m in items))
            touched.add(widget)
        for widget in self._styled - touched:
            widget.setStyleSheet("")
            widget.setAccessibleDescription("")
        self._styled = touched
        return unplaced


def _border(widget: QWidget, color: str) -> str:
    """A coloured border around a marked field; a group box keeps its title above the
    border (a bare border would draw it over the first line)."""
    name = widget.objectName()
    rule = f"#{name} {{ border: 1px solid {color}; border-radius: 3px; }}"
    if isinstance(widget, QGroupBox):
        rule = (
            f"#{name} {{ border: 1px solid {color}; border-radius: 3px; margin-top: 2.2ex;"
            " padding-top: 1.2ex; }"
            f" #{name}::title {{ subcontrol-origin: margin; left: 8px; padding: 0 3px; }}"
        )
    return rule


def _covers(prefix: str, field: str) -> bool:
    if isinstance(prefix, FieldId) or isinstance(field, FieldId):
        # typed: by parts only, so a text reading the same never takes its place
        return (
            isinstance(prefix, FieldId)
            and isinstance(field, FieldId)
            and field.parts[: len(prefix.parts)] == prefix.parts
        )
    if not field.startswith(prefix):
        return False
    rest = field[len(prefix) :]
    return not rest or not rest[0].isdigit()


def _line(mark: Mark, named: bool) -> str:
    color = ERROR if mark.error else WARNING
    sign = "✖" if mark.error else "⚠"
    text = f"{mark.field}: {mark.message}" if named else mark.message
    return f'<span style="color:{color}">{sign} {html.escape(text)}</span>'
