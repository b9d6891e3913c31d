"""The tables of acompañamiento: alerts, alert counts, instalments and payments (read-only
``RowsModel``s described by their columns)."""

from __future__ import annotations

from typing import Any

from babel.numbers import format_currency
from PySide6.QtGui import QColor

from conciliador.domain.obligations import InstalmentState, InstalmentStatus
from conciliador.domain.record_numbers import NumberKind, tagged
from conciliador.services.followup.alerts import AlertCount, AlertView
from conciliador.services.followup.ledger import PaymentView
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.table_model import Column, RowsModel

_URGENT = QColor("#f8d7d3")
_WARN = QColor("#fcefc7")
_OK = QColor("#dff0d8")


def _money(locale: str) -> Any:
    def text(amount: Any, currency: str) -> str:
        return format_currency(amount, currency, locale=locale)

    return text


def _priority_color(alert: AlertView) -> QColor | None:
    return _URGENT if alert.priority <= 1 else _WARN if alert.priority <= 2 else None


def alerts_model(parent: Any = None) -> RowsModel[AlertView]:
    return RowsModel[AlertView](
        [
            Column(tr("Urgencia"), lambda a: str(a.priority), background=_priority_color),
            Column(tr("Alerta"), lambda a: a.title),
            Column(tr("Caso"), lambda a: tagged(NumberKind.CASO, a.case_number or "") or "—"),
            Column(tr("Fecha clave"), lambda a: f"{a.key_date:%d/%m/%Y}"),
            Column(tr("Oficina"), lambda a: a.office_code, tooltip=lambda a: a.explanation),
        ],
        parent,
    )


def counts_model(parent: Any = None) -> RowsModel[AlertCount]:
    return RowsModel[AlertCount](
        [
            Column(tr("Tipo de alerta"), lambda c: c.kind.label),
            Column(tr("Cantidad"), lambda c: str(c.count), align_right=True),
        ],
        parent,
    )


def _state_color(row: InstalmentStatus) -> QColor | None:
    if row.delinquent:
        return _URGENT
    if row.state in (InstalmentState.PENDIENTE, InstalmentState.PARCIAL):
        return _WARN
    if row.state in (InstalmentState.PAGADA, InstalmentState.PAGADA_CON_ATRASO):
        return _OK
    return None


def instalments_model(locale: str, parent: Any = None) -> RowsModel[InstalmentStatus]:
    money = _money(locale)

    def number(row: InstalmentStatus) -> str:
        item = row.instalment
        return f"{item.number}/{item.of}" if item.of else str(item.number)

    return RowsModel[InstalmentStatus](
        [
            Column(tr("Vence"), lambda r: f"{r.instalment.due:%d/%m/%Y}"),
            Column(tr("Concepto"), lambda r: r.instalment.kind.label),
            Column(tr("N.º"), number, align_right=True),
            Column(
                tr("Monto"),
                lambda r: money(r.instalment.amount, r.instalment.currency),
                tooltip=lambda r: (
                    tr("Pendiente de reajuste por índice") if r.instalment.awaiting_index else ""
                ),
                align_right=True,
            ),
            Column(tr("Pagado"), lambda r: money(r.paid, r.instalment.currency), align_right=True),
            Column(
                tr("Saldo"),
                lambda r: money(r.remaining, r.instalment.currency),
                align_right=True,
            ),
            Column(
                tr("Estado"),
                lambda r: r.state.label + (tr(" (en mora)") if r.delinquent else ""),
                background=_state_color,
                tooltip=lambda r: "; ".join(
                    f"{a.paid_on:%d/%m/%Y}: {money(a.amount, r.instalment.currency)}"
                    for a in r.history
                ),
            ),
        ],
        parent,
    )


def payments_model(locale: str, parent: Any = None) -> RowsModel[PaymentView]:
    money = _money(locale)
    return RowsModel[PaymentView](
        [
            Column(tr("Fecha"), lambda p: f"{p.paid_on:%d/%m/%Y}"),
            Column(tr("Monto"), lambda p: money(p.amount, p.currency), align_right=True),
            Column(tr("Forma"), lambda p: p.method.label),
            Column(tr("Recibo"), lambda p: p.receipt or "—"),
            Column(tr("Informado por"), lambda p: p.reported_by),
            Column(tr("Registrado por"), lambda p: p.recorded_by),
        ],
        parent,
    )
