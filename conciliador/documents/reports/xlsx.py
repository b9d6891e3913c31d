"""A report as an Excel workbook (openpyxl): a cover, a sheet per table, native charts.

Numbers stay numbers (with Excel number formats), so a supervisor can add, filter and chart
them further; officers nest under their offices with Excel's row outline, so a national
report folds down to its departments with one click.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal

from babel.numbers import get_currency_symbol
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from conciliador.documents.reports.layout import (
    Cell,
    CellKind,
    Chart,
    ReportDocument,
    RowStyle,
    Table,
)

_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_GROUP_FILL = PatternFill("solid", fgColor="2E75B6")
_TOTAL_FILL = PatternFill("solid", fgColor="D9E2F3")
_SUBTOTAL_FILL = PatternFill("solid", fgColor="EDF2F9")
_SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
_WHITE_BOLD = Font(bold=True, color="FFFFFF")
_BOLD = Font(bold=True)
_THIN = Side(style="thin", color="BFBFBF")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_INVALID_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _number_format(cell: Cell, locale: str) -> str:
    if cell.kind == CellKind.COUNT:
        return "#,##0"
    if cell.kind == CellKind.DAYS:
        return "#,##0.0"
    if cell.kind == CellKind.MONEY:
        symbol = get_currency_symbol(cell.currency, locale=locale) if cell.currency else ""
        return f'"{symbol}"#,##0.00' if symbol and symbol != "?" else "#,##0.00"
    if cell.kind == CellKind.PERCENT:
        return "+0.0%;-0.0%;0.0%"
    if cell.kind == CellKind.DELTA_DAYS:
        return "+0.0;-0.0;0.0"
    return "General"


def _excel_value(cell: Cell) -> str | int | float | None:
    value = cell.value
    if isinstance(value, Decimal):
        # Excel stores doubles; amounts keep their cents exactly at these magnitudes.
        return (
            int(value)
            if value == value.to_integral_value() and cell.kind == CellKind.COUNT
            else float(value)
        )
    return value


def sheet_title(text: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = _INVALID_SHEET_CHARS.sub("-", text).strip()[:31] or "Hoja"
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _cover(ws: Worksheet, doc: ReportDocument) -> None:
    ws.title = "Portada"
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 110
    ws["A1"] = doc.institution
    ws["A1"].font = Font(bold=True, size=12, color="1F4E79")
    ws["A2"] = doc.title
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = doc.subtitle
    ws["A3"].font = Font(size=12)
    row = 5
    for label, value in doc.facts:
        ws.cell(row, 1, label).font = _BOLD
        ws.cell(row, 2, value).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    ws.cell(row, 1, "Contenido del libro").font = Font(bold=True, size=12)
    row += 1
    for table in doc.tables:
        ws.cell(row, 1, table.title)
        row += 1
    if doc.charts:
        ws.cell(row, 1, "Gráficos")
        row += 1
    row += 1
    ws.cell(row, 1, "Qué cuenta cada cifra").font = Font(bold=True, size=12)
    row += 1
    for term, definition in doc.definitions:
        ws.cell(row, 1, term).font = _BOLD
        ws.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row, 2, definition).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1


def _table_sheet(ws: Worksheet, table: Table, locale: str) -> None:
    ws.cell(1, 1, table.title).font = Font(bold=True, size=13)
    header_row = 3
    if table.has_groups:
        # A group header (the figure) over its three months.
        start = None
        for index, column in enumerate(table.columns, start=1):
            top = ws.cell(header_row, index, column.group or None)
            top.fill, top.font, top.border = _GROUP_FILL, _WHITE_BOLD, _GRID
            top.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            previous = table.columns[index - 2].group if index > 1 else None
            if column.group and column.group == previous:
                continue
            if start is not None and index - 1 > start:
                ws.merge_cells(
                    start_row=header_row,
                    start_column=start,
                    end_row=header_row,
                    end_column=index - 1,
                )
            start = index if column.group else None
        if start is not None and len(table.columns) > start:
            ws.merge_cells(
                start_row=header_row,
                start_column=start,
                end_row=header_row,
                end_column=len(table.columns),
            )
        header_row += 1
    for index, column in enumerate(table.columns, start=1):
        cell = ws.cell(header_row, index, column.header)
        cell.fill, cell.font, cell.border = _HEADER_FILL, _WHITE_BOLD, _GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = max(10.0, 9.0 * column.width)
    ws.row_dimensions[header_row].height = 30
    if table.has_groups:
        ws.row_dimensions[header_row - 1].height = 30
    first_data = header_row + 1
    for offset, row in enumerate(table.rows):
        r = first_data + offset
        for index, cell in enumerate(row.cells, start=1):
            target = ws.cell(r, index, _excel_value(cell))
            target.border = _GRID
            if cell.kind != CellKind.TEXT:
                target.number_format = _number_format(cell, locale)
        first = ws.cell(r, 1)
        first.alignment = Alignment(indent=min(row.depth, 15))
        fill = {
            RowStyle.TOTAL: _TOTAL_FILL,
            RowStyle.SUBTOTAL: _SUBTOTAL_FILL,
            RowStyle.SECTION: _SECTION_FILL,
        }.get(row.style)
        if fill is not None:
            for index in range(1, len(row.cells) + 1):
                ws.cell(r, index).fill = fill
                ws.cell(r, index).font = _BOLD
        elif row.style == RowStyle.OFFICE:
            first.font = _BOLD
        if row.depth:
            ws.row_dimensions[r].outline_level = min(row.depth, 7)
    ws.freeze_panes = ws.cell(first_data, 2)
    ws.sheet_properties.outlinePr.summaryBelow = False
    if table.note:
        ws.cell(first_data + len(table.rows) + 1, 1, table.note).font = Font(italic=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row - (1 if table.has_groups else 0)}:{header_row}"


def _charts_sheet(ws: Worksheet, charts: tuple[Chart, ...]) -> None:
    """Each chart's data as a small table, and a native Excel chart drawn from it."""
    row = 1
    for chart in charts:
        ws.cell(row, 1, chart.title).font = Font(bold=True, size=12)
        header = row + 1
        ws.cell(header, 1, "")
        for s_index, series in enumerate(chart.series, start=2):
            cell = ws.cell(header, s_index, series.name)
            cell.font = _BOLD
        for c_index, category in enumerate(chart.categories, start=1):
            ws.cell(header + c_index, 1, category)
            for s_index, series in enumerate(chart.series, start=2):
                value = series.values[c_index - 1]
                ws.cell(header + c_index, s_index, int(value) if value.is_integer() else value)
        last = header + len(chart.categories)
        bar = BarChart()
        bar.type = "bar" if chart.kind == "bar" else "col"
        bar.title = chart.title
        bar.style = 10
        bar.height = max(7.5, 0.55 * len(chart.categories) * max(1, len(chart.series)) / 1.5)
        bar.width = 22
        data = Reference(ws, min_col=2, max_col=1 + len(chart.series), min_row=header, max_row=last)
        categories = Reference(ws, min_col=1, min_row=header + 1, max_row=last)
        bar.add_data(data, titles_from_data=True)
        bar.set_categories(categories)
        if chart.kind == "bar":
            bar.x_axis.scaling.orientation = "maxMin"  # first category on top
        bar.x_axis.delete = False
        bar.y_axis.delete = False
        bar.y_axis.majorGridlines = None
        ws.add_chart(bar, f"{get_column_letter(len(chart.series) + 3)}{row}")
        rows_for_chart = int(bar.height / 0.5) + 2
        row = max(last + 2, row + rows_for_chart)
    ws.column_dimensions["A"].width = 34
    for col in range(2, 6):
        ws.column_dimensions[get_column_letter(col)].width = 16


def render_xlsx(doc: ReportDocument) -> bytes:
    workbook = Workbook()
    _cover(workbook.active, doc)
    taken = {"portada"}
    for table in doc.tables:
        name = sheet_title(table.short_title or table.title, taken)
        _table_sheet(workbook.create_sheet(name), table, doc.locale)
    if doc.charts:
        _charts_sheet(workbook.create_sheet(sheet_title("Gráficos", taken)), doc.charts)
    workbook.properties.title = f"{doc.title} — {doc.subtitle}"
    workbook.properties.creator = "Conciliador"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
