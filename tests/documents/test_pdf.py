"""Word → PDF with LibreOffice: archival PDF/A, shipped fonts, many per run, runs side by
side; and what happens where LibreOffice is missing."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest

from conciliador.documents import pdf as pdfs
from conciliador.documents.docx_engine import render
from conciliador.services.actas.catalog import load_template, sample_context

pytestmark = pytest.mark.slow
NAMES = ("acta_acuerdo_total", "citacion_segunda", "hoja_explicativa")


def _docs(folder: Path, count: int = 3) -> list[Path]:
    paths = []
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        path = folder / f"{i:03d}-{name}.docx"
        path.write_bytes(render(load_template(name), sample_context(name)))
        paths.append(path)
    return paths


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_many_documents_convert_in_one_run_to_pdfa_with_the_shipped_fonts(tmp_path: Path) -> None:
    sources = _docs(tmp_path, 6)
    outputs = pdfs.convert_many(sources, tmp_path / "pdf", archival=True)
    assert [p.stem for p in outputs] == [s.stem for s in sources]
    acta = outputs[0].read_bytes()
    assert b"pdfaid:part>2<" in acta or b'pdfaid:part="2"' in acta
    fonts = subprocess.run(
        ["pdffonts", str(outputs[0])], capture_output=True, text=True, check=True
    ).stdout
    used = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]}
    assert used <= {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
        "LiberationSans",
        "LiberationSans-Bold",
        "DejaVuSans",
        "DejaVuSans-Bold",
    }, used
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # embedded
    text = _text(outputs[0])
    assert "ACTA DE CONCILIACIÓN CON ACUERDO TOTAL" in text
    assert "ocho mil seiscientos cincuenta córdobas con veinticinco centavos" in " ".join(
        text.split()
    )


def test_two_conversions_at_the_same_moment_both_succeed(tmp_path: Path) -> None:
    results: dict[int, object] = {}

    def convert(n: int) -> None:
        folder = tmp_path / f"desk{n}"
        folder.mkdir()
        try:
            results[n] = pdfs.convert_many(_docs(folder, 2), folder / "pdf")
        except Exception as exc:  # shown by the assertion
            results[n] = exc

    threads = [threading.Thread(target=convert, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    for n in (1, 2):
        made = results[n]
        assert isinstance(made, list) and all(p.stat().st_size > 1000 for p in made), made


def test_without_libreoffice_the_message_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(pdfs.ENV_SOFFICE, str(tmp_path / "no-existe" / "soffice"))
    assert not pdfs.available()
    with pytest.raises(pdfs.PdfUnavailable, match="apt-get install libreoffice-writer-nogui"):
        pdfs.convert_many(_docs(tmp_path, 1), tmp_path / "pdf")


def test_a_document_libreoffice_cannot_read_is_named(tmp_path: Path) -> None:
    good = _docs(tmp_path, 1)[0]
    bad = tmp_path / "roto.docx"
    bad.write_bytes(good.read_bytes()[:1500])  # a copy cut short
    with pytest.raises(pdfs.PdfConversionFailed, match="roto"):
        pdfs.convert_many([good, bad], tmp_path / "pdf")


def test_a_long_batch_may_share_its_documents_among_processes(tmp_path: Path) -> None:
    sources = _docs(tmp_path, 4)
    outputs = pdfs.convert_many(sources, tmp_path / "pdf", workers=2)
    assert [p.stem for p in outputs] == [s.stem for s in sources]
    assert all(p.stat().st_size > 1000 for p in outputs)
    assert pdfs.workers_for(10) == 1
