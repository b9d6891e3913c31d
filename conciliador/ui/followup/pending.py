"""«Pendientes»: the early alerts of whoever signed in — an officer's own, a supervisor's
office and those below — counted by kind, most urgent first, each opening its case.

Every read and write goes through ``services.followup.alerts`` on the task runner.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.followup import AlertKind
from conciliador.domain.record_numbers import NumberKind, tagged
from conciliador.services.errors import ServiceError, ValidationFailed
from conciliador.services.fields import DismissalFields
from conciliador.services.followup.alerts import (
    AlertView,
    counts_by_kind,
    dismiss_alert,
    my_alerts,
)
from conciliador.services.permissions import Permission, allowed
from conciliador.ui.booking.dialog import BookingDialog
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.followup.account import AccountDialog
from conciliador.ui.followup.models import alerts_model, counts_model
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.table import RowTable

log = logging.getLogger(__name__)

#: Alerts about a signed agreement's account: they offer the family's account.
_ACCOUNT_KINDS = {AlertKind.MOROSIDAD, AlertKind.REAJUSTE_ANUAL, AlertKind.INCIDENTES_REPETIDOS}
#: Alerts about a signed agreement: the family may be cited to a follow-up hearing.
_FOLLOW_UP_KINDS = _ACCOUNT_KINDS | {AlertKind.MATERIAS_PENDIENTES}


class DismissDialog(QDialog):
    """Asks why an alert is set aside (the reason is audited)."""

    def __init__(self, alert: AlertView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Descartar alerta"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(tr("Motivo"))
        self.reason.setPlaceholderText(tr("Por qué ya no requiere atención (queda en la bitácora)"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        # The reason's problems are said under it; anything else too, naming its field.
        self.errors = FieldErrors(self.problem)
        self.errors.bind(DismissalFields.REASON, self.reason, self.problem)
        label = QLabel(tr("&Motivo:"))
        label.setBuddy(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        title = QLabel(f"<b>{alert.title}</b> — {tagged(NumberKind.CASO, alert.case_number or '')}")
        box.addWidget(title)
        box.addWidget(label)
        box.addWidget(self.reason)
        box.addWidget(self.problem)
        box.addWidget(buttons)
        self.resize(520, 260)

    def text(self) -> str:
        return self.reason.toPlainText()


class PendingView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pending_view")
        self.alerts: list[AlertView] = []
        self.title = QLabel(tr("Pendientes"))
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.status = QLabel()
        self.refresh_button = QPushButton(tr("&Actualizar"))
        self.refresh_button.clicked.connect(self.refresh)

        self.counts = RowTable(tr("Alertas por tipo"))
        self.counts_rows = counts_model(self)
        self.counts.setModel(self.counts_rows)
        self.counts.setMaximumHeight(170)
        self.table = RowTable(tr("Alertas pendientes"))
        self.rows = alerts_model(self)
        self.table.setModel(self.rows)
        self.table.current_changed.connect(self._show)
        self.table.opened.connect(self._open_case)

        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.detail = QLabel(tr("Elija una alerta para ver qué hacer."))
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(tr("Abrir el &caso"))
        self.account_button = QPushButton(tr("&Estado de cuenta…"))
        self.dismiss_button = QPushButton(tr("&Descartar…"))
        self.cite_button = QPushButton(tr("Citar a audiencia de &seguimiento…"))
        self.cite_button.clicked.connect(self.cite)
        self.cite_button.setVisible(allowed(ctx.actor, Permission.SCHEDULE_HEARING))
        self.open_button.clicked.connect(lambda: self._open_case(self.table.current_row()))
        self.account_button.clicked.connect(self.open_account)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_button.setVisible(allowed(ctx.actor, Permission.DISMISS_ALERT))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(QLabel(tr("Por tipo")))
        side_box.addWidget(self.counts)
        side_box.addWidget(self.detail_title)
        side_box.addWidget(self.detail)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.account_button)
        actions.addWidget(self.dismiss_button)
        actions.addStretch(1)
        side_box.addLayout(actions)
        side_box.addWidget(self.cite_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_box.addStretch(1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        self._show(None)
        self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.status.setText(tr("Calculando…"))
        self.ctx.tasks.run(
            lambda _p: my_alerts(self.ctx.db, self.ctx.actor, now=self.ctx.now()),
            self.show_alerts,
            self._failed,
        )

    def show_alerts(self, alerts: list[AlertView]) -> None:
        self.alerts = list(alerts)
        self.rows.set_rows(self.alerts)
        self.counts_rows.set_rows(counts_by_kind(self.alerts))
        self.table.fit_columns(stretch=1)
        self.counts.fit_columns(stretch=0)
        self.status.setText(
            tr("%n alerta(s) pendiente(s), de la más urgente a la menos", n=len(self.alerts))
            if self.alerts
            else tr("Sin alertas pendientes.")
        )
        if self.alerts:
            self.table.selectRow(0)

    def _show(self, alert: AlertView | None) -> None:
        for button in (
            self.open_button,
            self.account_button,
            self.dismiss_button,
            self.cite_button,
        ):
            button.setEnabled(alert is not None)
        if alert is None:
            self.detail_title.setText("")
            self.detail.setText(tr("Elija una alerta para ver qué hacer."))
            return
        self.open_button.setEnabled(alert.case_id is not None)
        self.account_button.setEnabled(alert.kind in _ACCOUNT_KINDS and alert.case_id is not None)
        self.cite_button.setEnabled(alert.kind in _FOLLOW_UP_KINDS and alert.case_id is not None)
        self.detail_title.setText(alert.title)
        self.detail.setText(
            f"{alert.explanation}\n\n{tr('Siguiente paso:')} {alert.next_step}\n\n"
            f"{tr('Fundamento:')} {alert.rationale}"
        )

    # -- acting -------------------------------------------------------------------------------
    def _open_case(self, alert: AlertView | None) -> None:
        if alert is not None and alert.case_id is not None:
            self.ctx.navigation.open_case(alert.case_id)

    def open_account(self) -> AccountDialog | None:
        alert = self.table.current_row()
        if alert is None or alert.case_id is None:
            return None
        dialog = AccountDialog(self.ctx, alert.case_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def cite(self) -> BookingDialog | None:
        """The booking dialog for a follow-up hearing, filled with the first free slot: one
        more click («Citar») books it."""
        alert = self.table.current_row()
        if alert is None or alert.case_id is None:
            return None
        dialog = BookingDialog(self.ctx, alert.case_id, follow_up=True, parent=self)
        dialog.booked.connect(lambda _view: self.refresh())
        dialog.open()
        return dialog

    def dismiss(self, dialog: DismissDialog | None = None) -> None:
        alert = self.table.current_row()
        if alert is None:
            return
        dialog = dialog or DismissDialog(alert, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                dismiss_alert(
                    self.ctx.db, self.ctx.actor, alert.key, dialog.text(), now=self.ctx.now()
                )
            except ValidationFailed as exc:
                dialog.errors.show(exc.problems)
                continue
            except ServiceError as exc:
                self.ctx.messages.error(exc.message)
                break
            self.ctx.messages.success(tr("Alerta descartada; el motivo quedó en la bitácora."))
            self.refresh()
            break

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self.status.setText(exc.message)
            return
        log.error("error inesperado al calcular las alertas", exc_info=exc)
        self.status.setText(tr("Ocurrió un error inesperado; quedó en el archivo de registro."))
