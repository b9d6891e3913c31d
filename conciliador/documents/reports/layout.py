"""A report as plain data: a cover, tables and charts. Every export format renders this.

The services decide what a report says (``services/reports/tables.py``); the renderers here
(XLSX, CSV, PDF) decide only how it looks, so the three files always carry the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class CellKind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    DAYS = "days"
    #: A relative change (0.25 = +25 %).
    PERCENT = "percent"
    #: A change in days (+3, -1.5).
    DELTA_DAYS = "delta_days"


class RowStyle(StrEnum):
    TOTAL = "total"
    SUBTOTAL = "subtotal"
    OFFICE = "office"
    DETAIL = "detail"
    SECTION = "section"


@dataclass(frozen=True)
class Cell:
    value: str | int | Decimal | None
    kind: CellKind = CellKind.TEXT
    #: ISO currency code for MONEY cells.
    currency: str | None = None


@dataclass(frozen=True)
class Column:
    header: str
    kind: CellKind
    #: Header spanning several columns above this one (e.g. the figure's name over its three
    #: months); consecutive columns with the same group share it.
    group: str = ""
    currency: str | None = None
    #: The group's full name where there is room for it (CSV, the workbook's header).
    group_long: str = ""
    #: Relative width (1 = a number column).
    width: float = 1.0


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    style: RowStyle = RowStyle.DETAIL
    #: Indentation of the first cell (offices under offices, officers under offices).
    depth: int = 0


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    note: str = ""
    #: A short name for a sheet or a tab (Excel allows 31 characters).
    short_title: str = ""

    @property
    def has_groups(self) -> bool:
        return any(c.group for c in self.columns)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    #: "bar" (horizontal bars, long category names) or "column" (vertical).
    kind: str = "column"
    value_kind: CellKind = CellKind.COUNT

    @property
    def is_empty(self) -> bool:
        return not self.categories or all(v == 0 for s in self.series for v in s.values)


@dataclass(frozen=True)
class ReportDocument:
    title: str
    subtitle: str
    institution: str
    locale: str
    generated_at: dt.datetime
    #: (label, value) lines of the cover: office, month, compared months, who, when …
    facts: tuple[tuple[str, str], ...]
    #: (term, definition) lines explaining every figure.
    definitions: tuple[tuple[str, str], ...]
    tables: tuple[Table, ...]
    charts: tuple[Chart, ...] = field(default=())
    #: A suggested file name without extension, e.g. «resumen-MN-2026-11».
    file_stem: str = "reporte"
