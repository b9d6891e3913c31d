"""Convert an OpenDocument file to PDF with LibreOffice headless.

Each conversion uses its own throw-away LibreOffice profile, so two conversions at the same
time (two desks, a test run beside the app) never share one and never block each other.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import uuid
from pathlib import Path

from conciliador.documents.atomic import sweep_dead_work_dirs
from conciliador.documents.children import direct_soffice, end_group, preexec
from conciliador.documents.libreoffice import find_soffice
from conciliador.documents.pdf import RESTART_REQUESTED
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
    sweep_dead_work_dirs(Path(tempfile.gettempdir()), "conciliador-pdf-")
    with tempfile.TemporaryDirectory(prefix=f"conciliador-pdf-{os.getpid()}-") as work:
        folder = Path(work)
        source = folder / f"reporte{suffix}"
        source.write_bytes(document)
        profile = folder / f"perfil-{uuid.uuid4().hex}"
        command = [
            direct_soffice(binary),
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
            for _attempt in range(2):  # a new profile: soffice.bin asks to be started again
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=program_env(),
                    preexec_fn=preexec(),  # dies with us, in its own process group
                )
                try:
                    out, err = process.communicate(timeout=TIMEOUT_SECONDS)
                finally:
                    end_group(process)
                if process.returncode != RESTART_REQUESTED:
                    break
            result = subprocess.CompletedProcess(command, process.returncode, out, err)
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
