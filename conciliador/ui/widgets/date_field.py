"""The one date field of the desktop: typed as a person types a date, or picked from a calendar.

A line of text, not a spin box of sections: «25/12/2026», «25122026», «25-12-26» and
«2026-12-25» all give the 25th of December 2026; Tab leaves the field for the next one; what
cannot be read as a date stays as typed, marked, and the form refuses to save it naming the
field (``typing_problem``) instead of throwing it away. An optional field left empty says
«sin indicar». The calendar (the button at the right, Alt+↓ or F4) opens at the typed date,
or at the month the form expects (a birth date decades back, a first payment after the
hearing) — never in the colours of a field in error, since it is a window of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon

FIRST_YEAR = 1900
LAST_YEAR = 2200
_SEPARATED = re.compile(r"^\s*(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{6}|\d{8})\s*$")


def _full_year(year: int, digits: int, pivot: int | None) -> int:
    """A two-digit year in the century that puts it at most 20 years after ``pivot`` (the
    year the field expects): «90» is 1990 for a birth date, «27» is 2027 for a payment."""
    if digits > 2:
        return year
    pivot = pivot if pivot is not None else 2000
    century = (pivot + 20) // 100 * 100
    full = century + year
    return full - 100 if full > pivot + 20 else full


def parse_date(text: str, *, pivot: int | None = None) -> dt.date | None:
    """The date written in ``text`` (day first, or ISO year first), or None if it is not one.

    ``pivot`` is the year a two-digit year is read near."""
    match = _SEPARATED.match(text)
    if match is not None:
        a, b, c = match.groups()
        if len(a) == 4:  # 2026-12-25
            year, month, day, digits = int(a), int(b), int(c), 4
        elif len(c) in (2, 4):
            day, month, year, digits = int(a), int(b), int(c), len(c)
        else:
            return None
    else:
        digits_only = _DIGITS.match(text)
        if digits_only is None:
            return None
        run = digits_only.group(1)
        day, month, year, digits = int(run[:2]), int(run[2:4]), int(run[4:]), len(run) - 4
    year = _full_year(year, digits, pivot)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def years_before(day: dt.date, years: int) -> dt.date:
    """The first of ``day``'s month, ``years`` earlier: where a birth date's calendar opens."""
    return dt.date(day.year - years, day.month, 1)


def written(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


class _CalendarPopup(QWidget):
    """The calendar that drops from the field: its own window, closed by a pick or Esc."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(LAST_YEAR, 12, 31))
        self.calendar.setAccessibleName(tr("Calendario"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)


class DateField(QLineEdit):
    """A date typed as dd/mm/aaaa or picked from a calendar; optional ones may stay empty.

    ``dateChanged`` carries the new ``datetime.date`` (or None) when the value changes: on
    leaving the field or pressing Enter after typing, on a pick in the calendar, on
    ``set_value``."""

    dateChanged = Signal(object)

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(tr("sin indicar") if optional else tr("dd/mm/aaaa"))
        self.setMaxLength(12)
        self.setToolTip(tr("Escriba la fecha como día/mes/año (25/12/2026) o elíjala (Alt+↓)."))
        # Set by the form (from the office's "today", the one clock): the month the
        # calendar opens at while the field is empty, and the year two-digit years are
        # read near. Until then the calendar opens where Qt opens it.
        self._default_page: dt.date | None = None
        # The value last accepted; a required field goes back to it when emptied.
        self._value: dt.date | None = None
        self.popup: _CalendarPopup | None = None
        self.calendar_action = QAction(icon("agenda"), tr("Elegir en el calendario"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._commit)
        self.textEdited.connect(lambda _text: self._mark(None))

    # ------------------------------------------------------------------ value
    def set_default_page(self, day: dt.date) -> None:
        """The month the calendar opens at while the field is empty."""
        self._default_page = day

    def _pivot(self) -> int | None:
        return self._default_page.year if self._default_page else None

    def value(self) -> dt.date | None:
        """The date shown. An optional field gives None when empty or when what is typed is
        not a date (``typing_problem`` says so, and forms refuse to save it); a required
        field keeps its last date."""
        text = self.text().strip()
        day = parse_date(text, pivot=self._pivot()) if text else None
        if day is None and not self.optional:
            return self._value
        return day

    def set_value(self, day: dt.date | None) -> None:
        self.setText(written(day) if day is not None else "")
        self._mark(None)
        self._accept(day if day is not None or self.optional else self._value)

    def typing_problem(self) -> str | None:
        """Why what is typed cannot be saved, in the user's words; None when it can."""
        text = self.text().strip()
        if not text:
            return None if self.optional or self._value else tr("escriba la fecha")
        if parse_date(text, pivot=self._pivot()) is None:
            return tr(
                "«{text}» no es una fecha: escríbala como día/mes/año, p. ej. 25/12/2026"
            ).format(text=text)
        return None

    def _commit(self) -> None:
        """On leaving the field: show what was read the one way dates are written, or keep
        what cannot be read, marked."""
        text = self.text().strip()
        if not text:
            if self.optional:
                self._accept(None)
            elif self._value is not None:
                self.setText(written(self._value))
            return
        day = parse_date(text, pivot=self._pivot())
        if day is None:
            self._mark(self.typing_problem())
            return
        if self.text() != written(day):
            self.setText(written(day))
        self._accept(day)

    def _accept(self, day: dt.date | None) -> None:
        if day != self._value:
            self._value = day
            self.dateChanged.emit(day)

    def _mark(self, problem: str | None) -> None:
        """A field holding what is not a date says so itself, before any form is saved."""
        if problem is None and not self.property("unreadableDate"):
            return
        self.setProperty("unreadableDate", problem is not None)
        self.setStyleSheet(
            'QLineEdit[unreadableDate="true"] { border: 1px solid #c0392b; border-radius: 3px; }'
            if problem
            else ""
        )
        self.setAccessibleDescription(problem or "")

    # ------------------------------------------------------------------ calendar
    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """The calendar at the typed date, or at the month the form expects."""
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.calendar.clicked.connect(self._picked)
            self.popup.calendar.activated.connect(self._picked)
        calendar = self.popup.calendar
        shown = self.value() or self._default_page
        if shown is not None:
            page = QDate(shown.year, shown.month, shown.day)
            calendar.setSelectedDate(page)
            calendar.setCurrentPage(shown.year, shown.month)
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.set_value(dt.date(picked.year(), picked.month(), picked.day()))
        self.setFocus()


class TimeField(QTimeEdit):
    """A time of day, «HH:mm»: typed hour and minutes, and Tab leaves the field for the next
    one (a spin box's Tab walks its sections, so a typist's next answers land in the wrong
    boxes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> dt.time:
        t = self.time()
        return dt.time(t.hour(), t.minute())

    def set_value(self, value: dt.time) -> None:
        self.setTime(QTime(value.hour, value.minute))


class MomentField(QWidget):
    """A day and a time of day side by side (when a citation was delivered, when a hearing
    started): a ``DateField`` and a ``TimeField``, read in the office's zone."""

    edited = Signal()

    def __init__(self, moment: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DateField(optional=False)
        self.clock = TimeField()
        self.day.setAccessibleName(tr("Fecha"))
        self.clock.setAccessibleName(tr("Hora"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day, 2)
        layout.addWidget(self.clock, 1)
        self.setFocusProxy(self.day)
        self.set_moment(moment)
        self.day.dateChanged.connect(lambda _d: self.edited.emit())
        self.clock.timeChanged.connect(lambda _t: self.edited.emit())

    def set_moment(self, moment: dt.datetime) -> None:
        self.day.set_value(moment.date())
        self.day.set_default_page(moment.date())
        self.clock.set_value(moment.time())

    def moment(self, zone: ZoneInfo) -> dt.datetime:
        day = self.day.value()
        assert day is not None  # a required field keeps its last date
        return dt.datetime.combine(day, self.clock.value(), tzinfo=zone)

    def typing_problem(self) -> str | None:
        return self.day.typing_problem()
