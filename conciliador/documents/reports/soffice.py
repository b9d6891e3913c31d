"""Convert an OpenDocument file to PDF with LibreOffice headless.

Each conversion uses its own throw-away LibreOffice profile, so two conversions at the same
time (two desks, a test run beside the app) never share one and never block each other.
"""

from __future__ import annotations

import subprocess
import tempfile
import uuid
from pathlib import Path

from conciliador.documents.libreoffice import find_soffice
from conciliador.documents.portable import program_env

TIMEOUT_SECONDS = 180


class ConversionFailed(Exception):
    """The PDF could not be produced; the message is for the user (Spanish)."""


def soffice_binary() -> str | None:
    """The same LibreOffice as the actas' (``documents.libreoffice``)."""
    return find_soffice()


def to_pdf(document: bytes, suffix: str = ".fodt") -> bytes:
    """The PDF LibreOffice makes of ``document`` (an OpenDocument file's bytes)."""
    binary = soffice_binary()
    if binary is None:
        raise ConversionFailed(
            "LibreOffice no está instalado en este equipo y hace falta para el PDF; exporte a "
            "Excel o CSV, o pida que se instale (paquete libreoffice-writer)."
        )
    with tempfile.TemporaryDirectory(prefix="conciliador-pdf-") as work:
        folder = Path(work)
        source = folder / f"reporte{suffix}"
        source.write_bytes(document)
        profile = folder / f"perfil-{uuid.uuid4().hex}"
        command = [
            binary,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            result = subprocess.run(
                command,
                env=program_env(),
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ConversionFailed(
                f"LibreOffice no terminó el PDF en {TIMEOUT_SECONDS} segundos; inténtelo de "
                "nuevo o exporte a Excel."
            ) from exc
        target = source.with_suffix(".pdf")
        if result.returncode != 0 or not target.exists():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise ConversionFailed(
                "LibreOffice no pudo generar el PDF" + (f": {detail[-1]}" if detail else ".")
            )
        return target.read_bytes()
