"""The cases area: the list, a case's file and the intake form, one page at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from conciliador.criteria import Profile
from conciliador.services.cases import CaseView
from conciliador.services.office_info import office_settings
from conciliador.services.permissions import Permission, allowed
from conciliador.ui.booking.dialog import BookingDialog
from conciliador.ui.cases.case_page import CasePage
from conciliador.ui.cases.intake import IntakePage
from conciliador.ui.cases.list_page import CaseListPage
from conciliador.ui.cases.referral import ReferralDialog
from conciliador.ui.context import UiContext


class CasesView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list_page = CaseListPage(context)
        self.case_page = CasePage(context)
        self.intake: IntakePage | None = None
        self.dialog: QWidget | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.case_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.list_page.open_requested.connect(self.open_case)
        self.list_page.new_requested.connect(self.new_request)
        self.case_page.back_requested.connect(self.show_list)
        self.case_page.book_requested.connect(self.book)
        self.case_page.refer_requested.connect(self.refer)
        context.office.changed.connect(lambda _id: self.show_list())
        self.profile()
        self.list_page.load()

    def profile(self) -> Profile:
        settings = office_settings(
            self.context.db, self.context.actor, self.context.office.id, now=self.context.now()
        )
        self.case_page.set_office(settings.profile, settings.office.timezone)
        self.list_page.set_words(settings.words)
        return settings.profile

    def refresh(self) -> None:
        current = self.pages.currentWidget()
        if current is self.list_page:
            self.list_page.load()
        elif current is self.case_page:
            self.case_page.reload()

    def home(self) -> None:
        """Picked in the navigation: the list, where «Nueva solicitud» is. A request being
        typed stays open (nothing typed is lost); a case's file does not reopen by itself."""
        if self.pages.currentWidget() is self.case_page:
            self.show_list()

    def show_list(self) -> None:
        self.profile()
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.load()
        self.list_page.search.setFocus()

    def open_case(self, case_id: int) -> None:
        self.profile()
        if self.case_page.open(case_id):
            self.pages.setCurrentWidget(self.case_page)

    def new_request(self) -> None:
        if not allowed(self.context.actor, Permission.REGISTER_CASE):
            return
        if self.intake is not None:
            self.pages.removeWidget(self.intake)
            self.intake.deleteLater()
        self.intake = IntakePage(self.context, self.profile())
        self.intake.registered.connect(self._registered)
        self.intake.cancelled.connect(self.show_list)
        self.pages.addWidget(self.intake)
        self.pages.setCurrentWidget(self.intake)
        self.intake.first_field().setFocus()  # the safeguarding screen, asked first

    def _registered(self, case: CaseView) -> None:
        self.profile()
        self.case_page.show_case(case)
        self.pages.setCurrentWidget(self.case_page)
        if self.intake is not None:
            self.pages.removeWidget(self.intake)
            self.intake.deleteLater()
            self.intake = None
        if case.safeguarding_flagged:
            self.refer(case)
        elif allowed(self.context.actor, Permission.SCHEDULE_HEARING):
            self.book(case.id)

    def book(self, case_id: int) -> None:
        dialog = BookingDialog(self.context, case_id, parent=self)
        dialog.booked.connect(lambda _view: self.case_page.reload())
        self.dialog = dialog
        dialog.open()

    def refer(self, case: CaseView) -> None:
        dialog = ReferralDialog(self.context, case, self.profile(), parent=self)
        dialog.accepted.connect(self.case_page.reload)
        self.dialog = dialog
        dialog.open()
