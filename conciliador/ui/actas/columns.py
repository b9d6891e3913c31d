"""The Actas list: one line per outcome record and its acta (and per replaced acta)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from conciliador.domain.actas import ActaStatus
from conciliador.domain.record_numbers import NumberKind, tagged
from conciliador.services.actas import ActaSummary
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label
from conciliador.ui.widgets.table_model import Column

_STATUS_COLORS = {
    ActaStatus.BORRADOR: QColor("#fef5e7"),
    ActaStatus.EMITIDA: QColor("#eaf2f8"),
    ActaStatus.FIRMADA: QColor("#e9f7ef"),
}


def state_text(row: ActaSummary) -> str:
    text = label(row.status)
    if row.replaced:
        text = tr("{status}, reemplazada").format(status=text)
    elif row.replaces_id is not None:
        text = tr("{status} (reemplazo)").format(status=text)
    return text


def number_text(row: ActaSummary) -> str:
    return tagged(NumberKind.ACTA, row.number) if row.number else tr("sin número")


def acta_columns() -> list[Column[ActaSummary]]:
    # The state right after the number: what a clerk scans the list for (what is left to issue,
    # to sign), visible without scrolling sideways.
    return [
        Column(tr("Número"), number_text),
        Column(
            tr("Estado"),
            state_text,
            background=lambda r: QColor("#f2f3f4") if r.replaced else _STATUS_COLORS[r.status],
        ),
        Column(tr("Fecha"), lambda r: f"{r.date:%d/%m/%Y}" if r.date else ""),
        Column(tr("Caso"), lambda r: tagged(NumberKind.CASO, r.case_number)),
        Column(tr("Tipo"), lambda r: label(r.outcome)),
        Column(tr("Partes"), lambda r: f"{r.claimant} / {r.respondent}"),
        Column(tr("Conciliador/a"), lambda r: r.officer_name),
    ]
