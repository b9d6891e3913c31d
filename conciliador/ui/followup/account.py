"""A family's account: the schedule of its signed agreements, the payments reported, the
balance computed, and a form to record one more payment."""

from __future__ import annotations

import logging
from typing import Any

from babel.numbers import format_currency
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.obligations import InstalmentStatus
from conciliador.services.errors import FieldProblem, ServiceError, ValidationFailed
from conciliador.services.fields import PaymentFields
from conciliador.services.followup.documents import (
    noncompliance_certificate,
    payment_statement,
)
from conciliador.services.followup.ledger import (
    FollowUpView,
    PaymentInput,
    PaymentView,
    case_follow_up,
    record_payment,
)
from conciliador.ui.context import UiContext
from conciliador.ui.documents.files import FileDialogs
from conciliador.ui.documents.jobs import DocumentJobs
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.followup.chart import account_chart, chart_view
from conciliador.ui.followup.models import instalments_model, payments_model
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.forms import DateField, Form, MoneyField, error_label
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import RowsModel

log = logging.getLogger(__name__)


class PaymentForm(QGroupBox):
    """The payment a family reports; ``values()`` hands it to the service as typed."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Registrar un pago"), parent)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        self.paid_on = DateField(optional=False)
        self.amount = MoneyField(locale)
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method.label, method)
        self.receipt = QLineEdit()
        self.reported_by = QLineEdit()
        self.reported_by.setPlaceholderText(tr("p. ej. la madre, en la oficina"))
        self.notes = QLineEdit()
        form.row(tr("&Fecha del pago:"), self.paid_on, PaymentFields.PAID_ON)
        form.row(tr("&Monto:"), self.amount, PaymentFields.AMOUNT)
        form.row(tr("F&orma de pago:"), self.method, PaymentFields.METHOD)
        form.row(tr("N.º de &recibo:"), self.receipt, PaymentFields.RECEIPT)
        form.row(tr("&Informado por:"), self.reported_by, PaymentFields.REPORTED_BY)
        form.row(tr("O&bservaciones:"), self.notes, PaymentFields.NOTES)
        self.record = QPushButton(tr("Re&gistrar pago"))
        box = QVBoxLayout(self)
        box.addLayout(form.layout)
        box.addWidget(self.general)
        box.addWidget(self.record, alignment=Qt.AlignmentFlag.AlignRight)
        box.addStretch(1)

    def values(self) -> PaymentInput:
        """The typed payment; raises ValidationFailed when the amount is not a number."""
        try:
            amount = self.amount.value()
        except ValueError as exc:
            raise ValidationFailed(
                FieldProblem(
                    PaymentFields.AMOUNT, tr("«%1» no es un monto").replace("%1", str(exc))
                )
            ) from exc
        if amount is None:
            raise ValidationFailed(FieldProblem(PaymentFields.AMOUNT, tr("escriba un monto")))
        day = self.paid_on.value()
        assert day is not None  # not optional
        return PaymentInput(
            paid_on=day,
            amount=amount,
            method=PaymentMethod(self.method.currentData()),
            reported_by=self.reported_by.text(),
            receipt=self.receipt.text(),
            notes=self.notes.text(),
        )

    def clear(self) -> None:
        self.amount.clear()
        self.receipt.clear()
        self.notes.clear()
        self.errors.clear()


class AccountDialog(QDialog):
    """Schedule, payments and balance of one case; records payments through the service."""

    def __init__(
        self,
        ctx: UiContext,
        case_id: int,
        parent: QWidget | None = None,
        *,
        files: FileDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.jobs = DocumentJobs(self, ctx, files=files)
        self.setObjectName("account_dialog")
        self.setWindowTitle(tr("Estado de cuenta"))
        self.resize(1180, 720)
        self.view: FollowUpView | None = None
        self.instalment_rows: RowsModel[InstalmentStatus] | None = None
        self.payment_rows: RowsModel[PaymentView] | None = None
        self.title = QLabel()
        self.title.setObjectName("accountTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.instalments = RowTable(tr("Cuotas del acuerdo"))
        self.payments = RowTable(tr("Pagos registrados"))
        self.form = PaymentForm(self._locale())
        self.form.record.clicked.connect(self.record)
        self.message = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.statement_button = QPushButton(tr("Hoja de es&tado de cuenta…"))
        self.statement_button.setToolTip(tr("Guarda en PDF la hoja para la familia"))
        self.certificate_button = QPushButton(tr("Constancia de &incumplimiento…"))
        self.certificate_button.setToolTip(
            tr("Guarda en PDF la constancia de las cuotas en mora, para el juzgado o la fiscalía")
        )
        self.statement_button.clicked.connect(self.save_statement)
        self.certificate_button.clicked.connect(self.save_certificate)
        self.certificate_button.setEnabled(False)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(tr("Cuotas (las vencidas y las de los próximos meses)")))
        left_box.addWidget(self.instalments, 3)
        left_box.addWidget(QLabel(tr("Pagos registrados")))
        left_box.addWidget(self.payments, 2)
        self.chart = chart_view()
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.form)
        right_box.addWidget(self.chart, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.summary)
        box.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.statement_button)
        bottom.addWidget(self.certificate_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(buttons)
        box.addLayout(bottom)
        self.load()

    def _locale(self) -> str:
        return self.view.locale if self.view else "es_NI"

    def load(self) -> None:
        self.ctx.tasks.run(
            lambda _p: case_follow_up(
                self.ctx.db, self.ctx.actor, self.case_id, now=self.ctx.now()
            ),
            self.show_view,
            self._failed,
        )

    def show_view(self, view: FollowUpView) -> None:
        self.view = view
        if self.instalment_rows is None or self.payment_rows is None:
            self.instalment_rows = instalments_model(view.locale, self)
            self.payment_rows = payments_model(view.locale, self)
            self.instalments.setModel(self.instalment_rows)
            self.payments.setModel(self.payment_rows)
            self.form.amount.babel_locale = view.locale
            self.form.paid_on.set_value(view.account.as_of)  # today, in the office
        self.instalment_rows.set_rows(list(view.account.instalments))
        self.payment_rows.set_rows(list(view.payments))
        previous = self.chart.chart()
        self.chart.setChart(account_chart(view))
        if previous is not None:
            previous.deleteLater()  # the view releases the chart it replaces
        self.instalments.fit_columns(stretch=6)
        self.payments.fit_columns(stretch=4)
        actas = ", ".join(view.actas) or tr("sin acta firmada")
        self.title.setText(
            tr("Caso %1 — acta %2").replace("%1", view.case_number).replace("%2", actas)
        )
        acc = view.account
        self.certificate_button.setEnabled(bool(acc.delinquent))
        if view.currency is None:
            self.summary.setText(tr("El acuerdo firmado no tiene pensión alimenticia."))
            self.form.setEnabled(False)
            return

        def money(amount: Any) -> str:
            return format_currency(amount, view.currency or "", locale=view.locale)

        lines = [
            tr("Al %1: adeudado %2, pagado %3, saldo %4.")
            .replace("%1", f"{acc.as_of:%d/%m/%Y}")
            .replace("%2", money(acc.owed))
            .replace("%3", money(acc.paid))
            .replace("%4", money(acc.balance)),
        ]
        if acc.months_in_arrears or acc.delinquent:
            lines.append(
                tr("%1 cuota(s) en mora; %2 mes(es) de atraso desde el %3.")
                .replace("%1", str(len(acc.delinquent)))
                .replace("%2", str(acc.months_in_arrears))
                .replace(
                    "%3", f"{acc.oldest_unpaid_due:%d/%m/%Y}" if acc.oldest_unpaid_due else "—"
                )
            )
        elif acc.balance <= 0:
            lines.append(tr("Al día."))
        self.summary.setText("\n".join(lines))

    def save_statement(self) -> None:
        if self.view is None:
            return
        as_of = self.view.account.as_of
        self.jobs.save(
            tr("Hoja de estado de cuenta"),
            f"estado-de-cuenta-{self.view.case_number}-{as_of.isoformat()}.pdf",
            lambda: payment_statement(
                self.ctx.db, self.ctx.actor, self.case_id, as_of=as_of, pdf=True
            ),
        )

    def save_certificate(self) -> None:
        if self.view is None:
            return
        as_of = self.view.account.as_of
        self.jobs.save(
            tr("Constancia de incumplimiento"),
            f"constancia-incumplimiento-{self.view.case_number}-{as_of.isoformat()}.pdf",
            lambda: noncompliance_certificate(
                self.ctx.db, self.ctx.actor, self.case_id, as_of=as_of, pdf=True
            ),
        )

    def record(self) -> None:
        try:
            payment = self.form.values()
        except ValidationFailed as exc:
            self.form.errors.show(exc.problems)
            return
        self.form.record.setEnabled(False)
        self.ctx.tasks.run(
            lambda _p: record_payment(
                self.ctx.db, self.ctx.actor, self.case_id, payment, now=self.ctx.now()
            ),
            self._recorded,
            self._record_failed,
        )

    def _recorded(self, view: FollowUpView) -> None:
        self.form.record.setEnabled(True)
        self.form.clear()
        self.show_view(view)
        self.message.setText(tr("Pago registrado; el saldo se recalculó."))

    def _record_failed(self, exc: BaseException) -> None:
        self.form.record.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.form.errors.show(exc.problems)
            return
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self.message.setText(exc.message)
            return
        log.error("error inesperado en el estado de cuenta", exc_info=exc)
        self.message.setText(tr("Ocurrió un error inesperado; quedó en el archivo de registro."))
