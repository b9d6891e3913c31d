"""One LibreOffice lookup for every PDF: the variable, the PATH, the installers' places; the
actas and the monthly reports find the same program."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from conciliador.documents import pdf as actas_pdf
from conciliador.documents.libreoffice import ENV_SOFFICE, find_soffice, usual_places
from conciliador.documents.reports import soffice as reports_pdf

#: A stand-in for LibreOffice: writes "<stem>.pdf" for each document into --outdir.
_FAKE = """#!{python}
import sys
from pathlib import Path
args = sys.argv[1:]
outdir = Path(args[args.index("--outdir") + 1])
for source in map(Path, args[args.index("--outdir") + 2:]):
    (outdir / (source.stem + ".pdf")).write_bytes(b"%PDF-falso de " + source.name.encode())
"""


def _program(folder: Path, name: str = "soffice") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / name
    program.write_text(_FAKE.format(python=sys.executable), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def test_the_path_is_searched_for_soffice_then_libreoffice(tmp_path: Path) -> None:
    only_libreoffice = _program(tmp_path / "a", "libreoffice")
    assert find_soffice({"PATH": str(tmp_path / "a")}) == str(only_libreoffice)
    soffice = _program(tmp_path / "b")
    path = os.pathsep.join([str(tmp_path / "a"), str(tmp_path / "b")])
    assert find_soffice({"PATH": path}) == str(soffice)


def test_the_variable_wins_and_naming_nothing_means_no_libreoffice(tmp_path: Path) -> None:
    on_path = _program(tmp_path / "path")
    chosen = _program(tmp_path / "elegido")
    assert find_soffice({"PATH": str(on_path.parent), ENV_SOFFICE: str(chosen)}) == str(chosen)
    missing = str(tmp_path / "no-existe" / "soffice")
    assert find_soffice({"PATH": str(on_path.parent), ENV_SOFFICE: missing}) is None


def test_windows_places_follow_the_program_files_folders() -> None:
    assert usual_places("win32", {}) == [
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ]
    # A machine whose programs live on D: (and a 32-bit process that sees ProgramW6432).
    environ = {
        "ProgramFiles": r"D:\Programas (x86)",
        "ProgramW6432": r"D:\Programas",
        "ProgramFiles(x86)": r"D:\Programas (x86)",
    }
    assert usual_places("win32", environ) == [
        r"D:\Programas (x86)\LibreOffice\program\soffice.exe",
        r"D:\Programas\LibreOffice\program\soffice.exe",
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ]


def test_macos_and_linux_places() -> None:
    assert usual_places("darwin", {"HOME": "/Users/ana"}) == [
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        "/Users/ana/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ]
    assert "/usr/lib/libreoffice/program/soffice" in usual_places("linux", {})


def test_actas_and_monthly_reports_use_the_same_libreoffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = _program(tmp_path / "LibreOffice" / "program")
    monkeypatch.setenv(ENV_SOFFICE, str(program))
    monkeypatch.setenv("PATH", str(tmp_path / "vacio"))
    assert actas_pdf.soffice_path() == reports_pdf.soffice_binary() == str(program)
    assert reports_pdf.to_pdf(b"<office:document/>").startswith(b"%PDF-falso de reporte.fodt")
    (made,) = actas_pdf.to_pdf([("acta", b"PK docx")], archival=False)
    assert made.startswith(b"%PDF-falso de 000000.docx")
