"""Exports opened back the way a supervisor's tools would open them, compared with the summary:
openpyxl for the workbook, csv for the CSV, pdftotext for the PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from babel.dates import format_date
from sqlalchemy import select

from conciliador.db import Database
from conciliador.models import AuditEvent, Person
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied, ServiceError, ValidationFailed
from conciliador.services.reports import (
    Month,
    ReportFormat,
    export_case_list,
    export_monthly_report,
)
from tests.services.test_reports_summary import OCTOBER, demo, office_id
from tests.support.world import World


@pytest.fixture
def demo_db(sqlite_db: Database) -> tuple[Database, Actor]:
    return sqlite_db, demo(sqlite_db)


def _names(db: Database) -> list[str]:
    with db.read() as session:
        return [p.full_name for p in session.scalars(select(Person).limit(40))]


def _babel_month(year: int, month: int) -> str:
    """A column header as the locale data abbreviates the month («sep.» or «sept.», by the
    CLDR release the lock pins): the test checks the layout, not the library's spelling."""
    name = format_date(dt.date(year, month, 1), "LLL", locale="es_NI").rstrip(".")
    return f"{name}. {year}"


def test_xlsx_has_a_cover_a_sheet_per_table_formats_and_native_charts(
    demo_db: tuple[Database, Actor], tmp_path: Path
) -> None:
    db, actor = demo_db
    out = tmp_path / "resumen.xlsx"
    result = export_monthly_report(db, actor, OCTOBER, office_id(db, "MN"), out)
    summary = result.summary
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Portada"
    assert book.sheetnames[1:] == [
        "Resumen",
        "Solicitudes",
        "Materias y seguimiento",
        "Audiencias",
        "Acuerdos",
        "Inasistencias y otros cierres",
        "Pensión y tiempos",
        "Cumplimiento y alertas",
        "Gráficos",
    ]
    cover = book["Portada"]
    assert cover["A2"].value == "Resumen mensual de conciliación"
    texts = [c.value for row in cover.iter_rows() for c in row if isinstance(c.value, str)]
    assert "octubre de 2026" in texts
    assert any("no contiene datos personales" in t for t in texts)
    # The summary sheet: each figure beside the month before and the year before.
    sheet = book[book.sheetnames[1]]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=4) if r[0].value}
    requests = summary.figure(summary.total, "requests")
    row = rows["Solicitudes recibidas"]
    assert (row[1].value, row[2].value, row[4].value) == tuple(requests)
    assert row[1].number_format == "#,##0"
    support = summary.figure(summary.total, "support_total:NIO").current
    money_row = rows["Pensión mensual acordada, total (C$)"]
    assert Decimal(str(money_row[1].value)) == support
    assert money_row[1].number_format == '"C$"#,##0.00'
    assert rows["Solicitudes recibidas"][3].number_format.startswith("+0.0%")
    # A per-unit sheet: officers nest under their office in the outline.
    hearings = book["Audiencias"]
    labels = [hearings.cell(r, 1).value for r in range(5, hearings.max_row + 1)]
    assert labels[0] == summary.total.label
    first_officer = next(u for u in summary.units if u.officer_id is not None)
    r = labels.index(first_officer.label) + 5
    assert hearings.row_dimensions[r].outline_level == first_officer.depth
    assert hearings.cell(r, 2).value == summary.figure(first_officer, "hearings_scheduled").current
    assert len(book["Gráficos"]._charts) == 3
    # Aggregates only: no party's name anywhere in the workbook.
    every = {str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value}
    assert not any(name in value for name in _names(db) for value in every)


def test_csv_has_a_bom_and_the_same_figures(
    demo_db: tuple[Database, Actor], tmp_path: Path
) -> None:
    db, actor = demo_db
    out = tmp_path / "resumen.csv"
    summary = export_monthly_report(db, actor, OCTOBER, office_id(db, "NAC"), out).summary
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0] == [
        "Tabla",
        "Oficina / conciliador/a",
        "Tipo",
        "Indicador",
        *(_babel_month(y, m) for y, m in ((2026, 10), (2026, 9), (2025, 10))),
    ]
    by_key = {(line[1], line[3]): line[4:] for line in lines[1:]}
    for unit in summary.units:
        for key, label in (
            ("requests", "Solicitudes recibidas"),
            ("outcome_acuerdo_total", "Resultado: acuerdo total"),
        ):
            assert by_key[(unit.label, label)] == [str(v) for v in summary.figure(unit, key)]
    average = by_key[(summary.total.label, "Pensión mensual acordada, promedio (C$)")]
    assert Decimal(average[0]) == summary.figure(summary.total, "support_average:NIO").current
    median = by_key[(summary.total.label, "Mediana de días de la solicitud al cierre")]
    assert Decimal(median[0]) == summary.figure(summary.total, "median_days_closure").current
    text = raw.decode("utf-8-sig")
    assert not any(name in text for name in _names(db))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice no está instalado")
def test_pdf_carries_the_tables_and_charts(demo_db: tuple[Database, Actor], tmp_path: Path) -> None:
    db, actor = demo_db
    out = tmp_path / "resumen.pdf"
    summary = export_monthly_report(db, actor, OCTOBER, office_id(db, "MN"), out).summary
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Resumen mensual de conciliación" in text
    assert "Delegación Departamental de Managua — octubre de 2026" in text
    for title in (
        "Audiencias",
        "Casos concluidos por resultado",
        "Solicitudes recibidas por oficina",
    ):
        assert title in text
    requests = summary.figure(summary.total, "requests")
    # The summary table's line: the month, the month before, the change, the year before.
    figures = re.compile(r"^\s*Solicitudes recibidas\s+(\d+)\s+(\d+)\s+(\S+ %|—)\s+(\d+)")
    found = [m.groups() for line in text.splitlines() if (m := figures.match(line))]
    assert found and found[0][0:2] == (str(requests.current), str(requests.previous))
    assert found[0][3] == str(requests.year_before)
    assert "Página 1 de" in text
    pages = text.count("\f")
    assert pages >= 8


def test_export_is_atomic_and_refuses_in_spanish(world: World, tmp_path: Path) -> None:
    w = world
    with pytest.raises(ValidationFailed, match=r"Archivo de salida: «r\.docx» debe terminar"):
        export_monthly_report(w.db, w.supervisor, OCTOBER, w.office_id, tmp_path / "r.docx")
    out = tmp_path / "salida"
    out.mkdir()
    not_a_folder = out / "nota.txt"
    not_a_folder.write_text("una nota")
    with pytest.raises(ServiceError, match=r"No se pudo guardar .*Elija otra carpeta"):
        export_monthly_report(w.db, w.supervisor, OCTOBER, w.office_id, not_a_folder / "r.xlsx")
    # A refused export leaves the previous file as it was, and no temporary file behind.
    previous = out / "x.xlsx"
    previous.write_bytes(b"el reporte del mes pasado")
    with pytest.raises(PermissionDenied, match="exportar reportes"):
        export_monthly_report(w.db, w.clerk, OCTOBER, w.office_id, previous)
    assert previous.read_bytes() == b"el reporte del mes pasado"
    export_monthly_report(w.db, w.supervisor, OCTOBER, w.office_id, previous)
    assert previous.read_bytes().startswith(b"PK")  # replaced whole by the new workbook
    assert sorted(p.name for p in out.iterdir()) == ["nota.txt", "x.xlsx"]


def test_every_export_is_audited(world: World, tmp_path: Path) -> None:
    w = world
    export_monthly_report(w.db, w.supervisor, OCTOBER, w.office_id, tmp_path / "r.csv")
    with w.db.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.action == "exportar_reporte"
    assert event.after is not None and event.after["formato"] == ReportFormat.CSV.value
    assert event.user_id == w.supervisor.user_id


def test_the_case_list_needs_its_own_permission_and_is_audited(
    world: World, tmp_path: Path
) -> None:
    w = world
    case = w.case()  # requested in November 2026
    november = Month(2026, 11)
    with pytest.raises(PermissionDenied, match="datos personales"):
        export_case_list(w.db, w.officer, november, w.office_id, tmp_path / "c.xlsx")
    with pytest.raises(ValidationFailed, match=r"debe terminar en \.xlsx, \.csv"):
        export_case_list(w.db, w.supervisor, november, w.office_id, tmp_path / "c.pdf")
    out = tmp_path / "casos.csv"
    result = export_case_list(w.db, w.supervisor, november, w.office_id, out)
    assert result.cases == 1
    assert out.stat().st_mode & 0o777 == 0o600
    lines = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert lines[1][0] == case.number
    assert lines[1][3] == case.claimant.full_name
    with w.db.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.action == "exportar_datos_personales"
    assert event.after == {"oficina": "MN-D2", "mes": "2026-11", "casos": 1, "archivo": "casos.csv"}


def test_csv_follows_the_locale_decimal_sign_and_a_long_sheet_name_is_cut() -> None:
    from conciliador.documents.reports.delimited import render_csv
    from conciliador.documents.reports.layout import Cell, CellKind, Column, ReportDocument, Row
    from conciliador.documents.reports.layout import Table as LayoutTable
    from conciliador.documents.reports.xlsx import sheet_title

    table = LayoutTable(
        "t",
        "Pensión",
        (
            Column("Oficina", CellKind.TEXT),
            Column("nov. 2026", CellKind.MONEY, group="Promedio", currency="COP"),
        ),
        (Row((Cell("Bogotá"), Cell(Decimal("1234.50"), CellKind.MONEY, "COP"))),),
    )
    doc = ReportDocument(
        "t", "s", "ICBF", "es_CO", dt.datetime(2026, 11, 24, tzinfo=dt.UTC), (), (), (table,)
    )
    text = render_csv(doc).decode("utf-8-sig")
    assert text.splitlines()[1] == "Pensión;Bogotá;Conciliador/a;Promedio;1234,50"
    taken: set[str] = set()
    assert sheet_title("Resultados: acuerdos [total]/parcial y otros cierres", taken) == (
        "Resultados- acuerdos -total--pa"
    )
    assert sheet_title("Resultados: acuerdos [total]/parcial y otros cierres", taken).endswith(
        "(2)"
    )
