"""A report cell as the office's locale writes it (screen and PDF)."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal, format_percent

from conciliador.documents.formatting import money
from conciliador.documents.reports.layout import Cell, CellKind

#: What an empty figure reads as (no case in that month, or no month to compare with).
EMPTY = "—"


def cell_text(cell: Cell, locale: str) -> str:
    value = cell.value
    if value is None:
        return EMPTY if cell.kind != CellKind.TEXT else ""
    if cell.kind == CellKind.TEXT or isinstance(value, str):
        return str(value)
    number = Decimal(value)
    if cell.kind == CellKind.COUNT:
        return format_decimal(number, format="#,##0", locale=locale)
    if cell.kind == CellKind.DAYS:
        return format_decimal(number, format="#,##0.#", locale=locale)
    if cell.kind == CellKind.MONEY:
        if cell.currency and cell.currency != "?":
            return money(number, cell.currency, locale)
        return format_decimal(number, format="#,##0.00", locale=locale)
    if cell.kind == CellKind.PERCENT:
        return format_percent(number, format="+#,##0.0 %;-#,##0.0 %", locale=locale)
    if cell.kind == CellKind.DELTA_DAYS:
        return format_decimal(number, format="+#,##0.#;-#,##0.#", locale=locale)
    raise ValueError(f"unknown cell kind {cell.kind}")
