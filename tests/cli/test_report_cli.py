"""``conciliador report``: what a delegation schedules to run every month."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from conciliador.db import Database
from tests.cli.test_cli import conciliador
from tests.services.test_reports_summary import demo


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_report_monthly_writes_the_workbook_and_says_where(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    demo(sqlite_db)
    out = tmp_path / "resumen.xlsx"
    result = conciliador(
        "report",
        "monthly",
        "--db",
        sqlite_url,
        "--month",
        "2026-10",
        "--office",
        "mn",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Resumen de octubre de 2026 de MN (7 oficinas) guardado en {out}."
    )
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Portada"
    # Without --office: the national office and everything below it.
    csv_out = tmp_path / "nacional.csv"
    result = conciliador(
        "report", "monthly", "--db", sqlite_url, "--month", "2026-10", "--out", str(csv_out)
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(csv_out.read_text("utf-8-sig"))))
    assert rows[1][1].startswith("NAC · ") and rows[1][2] == "Total"


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_report_errors_are_one_spanish_line(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    demo(sqlite_db)
    result = conciliador(
        "report", "monthly", "--db", sqlite_url, "--month", "octubre", "--out", "x.pdf"
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "conciliador report monthly: error: argumento --month: «octubre» no es un mes: "
        "use AAAA-MM, por ejemplo 2026-11 (vea --help)"
    ]
    result = conciliador(
        "report",
        "monthly",
        "--db",
        sqlite_url,
        "--month",
        "2026-10",
        "--office",
        "ZZ",
        "--out",
        str(tmp_path / "x.xlsx"),
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "conciliador: error: No existe una oficina con el código «ZZ»."
    assert not (tmp_path / "x.xlsx").exists()
    result = conciliador("report", "--db", sqlite_url)
    assert result.returncode == 2
    assert "REPORTE" in result.stderr


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_report_cases_lists_people_only_when_asked(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    demo(sqlite_db)
    out = tmp_path / "casos.csv"
    result = conciliador(
        "report",
        "cases",
        "--db",
        sqlite_url,
        "--month",
        "2026-10",
        "--office",
        "MN-01",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "contiene datos personales" in result.stdout
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[0][:4] == ["Expediente", "Oficina", "Fecha de solicitud", "Solicitante"]
    assert len(rows) > 1 and all(r[1] == "MN-01" for r in rows[1:])
