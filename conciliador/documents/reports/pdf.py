"""A report as PDF: a flat OpenDocument text (.fodt) written here, converted by LibreOffice.

Why this way: LibreOffice is already what turns actas into PDF, so no new tool is needed; a
generated .fodt gives full control of the page (landscape A4, table headers repeated on
every page, page numbers) without a template to keep in step with the tables; and charts go
in as SVG, so they print sharp and their labels stay searchable text.
"""

from __future__ import annotations

import base64
from xml.sax.saxutils import escape, quoteattr

from conciliador.documents.reports.layout import (
    Cell,
    CellKind,
    ReportDocument,
    Row,
    RowStyle,
    Table,
)
from conciliador.documents.reports.soffice import to_pdf
from conciliador.documents.reports.svg_charts import render_svg
from conciliador.documents.reports.text import cell_text

CONTENT_WIDTH_CM = 26.7  # A4 landscape less 1.5 cm margins
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}
_MAX_DEPTH = 8


def _styles(language: str, country: str) -> str:
    depth_styles = "".join(
        f'<style:style style:name="Pd{d}" style:family="paragraph" '
        f'style:parent-style-name="Pcell"><style:paragraph-properties '
        f'fo:margin-left="{0.22 * d:.2f}cm"/></style:style>'
        f'<style:style style:name="Pdb{d}" style:family="paragraph" '
        f'style:parent-style-name="Pcellb"><style:paragraph-properties '
        f'fo:margin-left="{0.22 * d:.2f}cm"/></style:style>'
        for d in range(_MAX_DEPTH + 1)
    )
    cell = (
        'fo:padding-left="0.06cm" fo:padding-right="0.06cm" fo:padding-top="0.03cm" '
        'fo:padding-bottom="0.03cm" fo:border="0.5pt solid #BFBFBF"'
    )
    return f"""
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt"
   fo:language="{language}" fo:country="{country}"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Pinst" style:family="paragraph">
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#1F4E79"/>
 </style:style>
 <style:style style:name="Ptitle" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Psub" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.5cm"/>
  <style:text-properties fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="Ph" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"
   fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1F4E79"/>
 </style:style>
 <style:style style:name="Phbreak" style:family="paragraph" style:parent-style-name="Ph">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Pnote" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.15cm"/>
  <style:text-properties fo:font-size="7pt" fo:font-style="italic" fo:color="#404040"/>
 </style:style>
 <style:style style:name="Pfoot" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="7pt" fo:color="#595959"/>
 </style:style>
 <style:style style:name="Pfact" style:family="paragraph">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Pfactb" style:family="paragraph">
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Pcell" style:family="paragraph">
  <style:text-properties fo:font-size="7pt"/>
 </style:style>
 <style:style style:name="Pcellb" style:family="paragraph">
  <style:text-properties fo:font-size="7pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Pnum" style:family="paragraph" style:parent-style-name="Pcell">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="Pnumb" style:family="paragraph" style:parent-style-name="Pcellb">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="Phdr" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="6.5pt" fo:font-weight="bold" fo:color="#FFFFFF"/>
 </style:style>
 <style:style style:name="Pchart" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"
   fo:keep-together="always"/>
 </style:style>
 {depth_styles}
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm"
   style:print-orientation="landscape" fo:margin-top="1.1cm" fo:margin-bottom="0.8cm"
   fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm"
   fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Tab" style:family="table">
  <style:table-properties style:width="{CONTENT_WIDTH_CM}cm" table:align="left"
   style:may-break-between-rows="true"/>
 </style:style>
 <style:style style:name="Chdr" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#1F4E79" style:vertical-align="middle"
   {cell}/>
 </style:style>
 <style:style style:name="Cgrp" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#2E75B6" style:vertical-align="middle"
   {cell}/>
 </style:style>
 <style:style style:name="Cplain" style:family="table-cell">
  <style:table-cell-properties {cell}/>
 </style:style>
 <style:style style:name="Ctotal" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#D9E2F3" {cell}/>
 </style:style>
 <style:style style:name="Csub" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#EDF2F9" {cell}/>
 </style:style>
 <style:style style:name="Csection" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#F2F2F2" {cell}/>
 </style:style>
 <style:style style:name="Cfact" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border-bottom="0.5pt solid #D9D9D9"/>
 </style:style>
 <style:style style:name="Cover" style:family="table">
  <style:table-properties style:width="{CONTENT_WIDTH_CM}cm" table:align="left"/>
 </style:style>
 <style:style style:name="CoverA" style:family="table-column">
  <style:table-column-properties style:column-width="6cm"/>
 </style:style>
 <style:style style:name="CoverB" style:family="table-column">
  <style:table-column-properties style:column-width="{CONTENT_WIDTH_CM - 6}cm"/>
 </style:style>
 <style:style style:name="fr" style:family="graphic">
  <style:graphic-properties style:wrap="none" style:vertical-pos="top"
   style:horizontal-pos="center" style:horizontal-rel="paragraph"/>
 </style:style>
</office:automatic-styles>
"""


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _facts_table(name: str, lines: tuple[tuple[str, str], ...]) -> str:
    rows = "".join(
        '<table:table-row><table:table-cell table:style-name="Cfact" office:value-type="string">'
        f"{_p('Pfactb', label)}</table:table-cell>"
        '<table:table-cell table:style-name="Cfact" office:value-type="string">'
        f"{_p('Pfact', value)}</table:table-cell></table:table-row>"
        for label, value in lines
    )
    return (
        f'<table:table table:name={quoteattr(name)} table:style-name="Cover">'
        '<table:table-column table:style-name="CoverA"/>'
        '<table:table-column table:style-name="CoverB"/>'
        f"{rows}</table:table>"
    )


_CELL_STYLE = {
    RowStyle.TOTAL: "Ctotal",
    RowStyle.SUBTOTAL: "Csub",
    RowStyle.SECTION: "Csection",
}


def _cell(cell: Cell, row: Row, first: bool, locale: str) -> str:
    style = _CELL_STYLE.get(row.style, "Cplain")
    bold = row.style in (RowStyle.TOTAL, RowStyle.SUBTOTAL, RowStyle.SECTION) or (
        first and row.style == RowStyle.OFFICE
    )
    if first:
        paragraph = f"{'Pdb' if bold else 'Pd'}{min(row.depth, _MAX_DEPTH)}"
    elif cell.kind == CellKind.TEXT:
        paragraph = "Pcellb" if bold else "Pcell"
    else:
        paragraph = "Pnumb" if bold else "Pnum"
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string">'
        f"{_p(paragraph, cell_text(cell, locale))}</table:table-cell>"
    )


def _table(table: Table, number: int, locale: str) -> tuple[str, str]:
    """The table's column styles and the table itself."""
    total = sum(c.width for c in table.columns)
    columns = "".join(
        f'<table:table-column table:style-name="T{number}c{i}"/>' for i in range(len(table.columns))
    )
    column_styles = "".join(
        f'<style:style style:name="T{number}c{i}" style:family="table-column">'
        f"<style:table-column-properties style:column-width="
        f'"{CONTENT_WIDTH_CM * c.width / total:.3f}cm"/></style:style>'
        for i, c in enumerate(table.columns)
    )
    header = ""
    if table.has_groups:
        cells = []
        index = 0
        while index < len(table.columns):
            group = table.columns[index].group
            span = 1
            while (
                group
                and index + span < len(table.columns)
                and table.columns[index + span].group == group
            ):
                span += 1
            cells.append(
                f'<table:table-cell table:style-name="Cgrp" office:value-type="string" '
                f'table:number-columns-spanned="{span}">{_p("Phdr", group)}</table:table-cell>'
                + "<table:covered-table-cell/>"
                * (span - 1)
            )
            index += span
        header += f"<table:table-row>{''.join(cells)}</table:table-row>"
    header += (
        "<table:table-row>"
        + "".join(
            f'<table:table-cell table:style-name="Chdr" office:value-type="string">'
            f"{_p('Phdr', c.header)}</table:table-cell>"
            for c in table.columns
        )
        + "</table:table-row>"
    )
    body = "".join(
        "<table:table-row>"
        + "".join(_cell(cell, row, i == 0, locale) for i, cell in enumerate(row.cells))
        + "</table:table-row>"
        for row in table.rows
    )
    xml = (
        f'<table:table table:name="Tabla{number}" table:style-name="Tab">{columns}'
        f"<table:table-header-rows>{header}</table:table-header-rows>{body}</table:table>"
    )
    return column_styles, xml


def render_fodt(doc: ReportDocument) -> bytes:
    """The report as a flat OpenDocument text, ready for LibreOffice."""
    language, _, country = doc.locale.partition("_")
    extra_styles: list[str] = []
    body: list[str] = [
        _p("Pinst", doc.institution),
        _p("Ptitle", doc.title),
        _p("Psub", doc.subtitle),
        _facts_table("Portada", doc.facts),
        _p("Ph", "Qué cuenta cada cifra"),
        _facts_table("Definiciones", doc.definitions),
    ]
    for number, table in enumerate(doc.tables, start=1):
        styles, xml = _table(table, number, doc.locale)
        extra_styles.append(styles)
        body.append(_p("Phbreak", table.title))
        body.append(xml)
        if table.note:
            body.append(_p("Pnote", table.note))
        if number == 1 and doc.charts:
            body.append(_p("Phbreak", "Gráficos"))
            for index, chart in enumerate(doc.charts, start=1):
                if chart.is_empty:
                    body.append(_p("Pnote", f"{chart.title}: sin datos en los meses comparados."))
                    continue
                svg, width, height = render_svg(chart, doc.locale)
                w_cm = min(24.0, CONTENT_WIDTH_CM)
                h_cm = w_cm * height / width
                data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
                body.append(
                    '<text:p text:style-name="Pchart">'
                    f'<draw:frame draw:style-name="fr" draw:name="Grafico{index}" '
                    f'text:anchor-type="as-char" svg:width="{w_cm:.2f}cm" '
                    f'svg:height="{h_cm:.2f}cm"><draw:image draw:mime-type="image/svg+xml">'
                    f"<office:binary-data>{data}</office:binary-data></draw:image>"
                    f"<svg:title>{escape(chart.title)}</svg:title></draw:frame></text:p>"
                )
    namespaces = " ".join(f'xmlns:{k}="{v}"' for k, v in _NS.items())
    styles = _styles(language, country or language.upper()).replace(
        "</office:automatic-styles>", "".join(extra_styles) + "</office:automatic-styles>"
    )
    footer = (
        f"{escape(doc.institution)} · {escape(doc.title)} · {escape(doc.subtitle)} · Página "
        '<text:page-number text:select-page="current"/> de <text:page-count/>'
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {namespaces} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"{styles}"
        '<office:master-styles><style:master-page style:name="Standard" '
        'style:page-layout-name="pm1"><style:footer>'
        f'<text:p text:style-name="Pfoot">{footer}</text:p>'
        "</style:footer></style:master-page></office:master-styles>"
        f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document>\n"
    )
    return xml.encode("utf-8")


def render_pdf(doc: ReportDocument) -> bytes:
    return to_pdf(render_fodt(doc), ".fodt")
