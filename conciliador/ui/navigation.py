"""Going from one area to another (the agenda opens a case; later, a case opens its acta).

Areas emit requests here; the main window, which knows the areas, carries them out.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigator(QObject):
    #: Open the file of case ``id`` in the «Casos» area.
    case_requested = Signal(int)
    #: Book a hearing for case ``id`` (from anywhere; the booking dialog opens over the window).
    booking_requested = Signal(int)
    #: Show the acta of outcome record ``id`` in the «Actas» area.
    acta_requested = Signal(int)

    def open_case(self, case_id: int) -> None:
        self.case_requested.emit(case_id)

    def book_hearing(self, case_id: int) -> None:
        self.booking_requested.emit(case_id)

    def open_acta(self, agreement_id: int) -> None:
        self.acta_requested.emit(agreement_id)
