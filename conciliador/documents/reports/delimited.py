"""A report as CSV: one line per (row, figure), with the three months side by side.

UTF-8 with a byte-order mark so that Excel shows accents right. The long layout (one figure
per line) is what a pivot table or another program reads best. Where the locale writes
decimals with a comma (es_CO), fields are separated by semicolons, as Excel expects there.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from babel.numbers import get_decimal_symbol

from conciliador.documents.reports.layout import Cell, CellKind, ReportDocument, RowStyle

_ROW_KIND = {
    RowStyle.TOTAL: "Total",
    RowStyle.SUBTOTAL: "Total con dependientes",
    RowStyle.OFFICE: "Oficina",
    RowStyle.DETAIL: "Conciliador/a",
}


def _number(cell: Cell, decimal: str) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.replace(".", decimal)
    return str(value)


def render_csv(doc: ReportDocument) -> bytes:
    decimal = get_decimal_symbol(doc.locale)
    delimiter = ";" if decimal == "," else ","
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if not any(t.has_groups for t in doc.tables):
        for table in doc.tables:  # a plain list (the case list): its columns as they are
            writer.writerow([c.header for c in table.columns])
            for row in table.rows:
                writer.writerow(
                    [
                        _number(c, decimal) if c.kind != CellKind.TEXT else (c.value or "")
                        for c in row.cells
                    ]
                )
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
    header_written = False
    for table in doc.tables:
        if not table.has_groups:
            continue  # the summary sheet repeats the totals with variations; not data
        groups: list[tuple[str, list[int]]] = []
        for index, column in enumerate(table.columns):
            if not column.group:
                continue
            name = column.group_long or column.group
            if groups and groups[-1][0] == name:
                groups[-1][1].append(index)
            else:
                groups.append((name, [index]))
        if not header_written:
            months = [table.columns[i].header for i in groups[0][1]]
            writer.writerow(["Tabla", "Oficina / conciliador/a", "Tipo", "Indicador", *months])
            header_written = True
        for row in table.rows:
            label = str(row.cells[0].value or "")
            for group, indexes in groups:
                writer.writerow(
                    [
                        table.title,
                        label,
                        _ROW_KIND.get(row.style, ""),
                        group,
                        *(_number(row.cells[i], decimal) for i in indexes),
                    ]
                )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
