"""Word → PDF with LibreOffice headless: many documents in one run, archival PDF/A.

Starting LibreOffice costs about a second; converting a document a fraction of that. So a
batch of documents goes to ONE LibreOffice process (``convert_many``; a long batch on a
machine with several cores, to one process per core), never one per document. Each process
gets its own throw-away user profile, so two conversions at the same moment (two desks, or a
desk and the command line) never wait for or break each other.

LibreOffice sees only the fonts shipped in ``resources/fonts`` (a fontconfig file of its
own lists that folder alone), so a PDF looks the same on every machine, whatever fonts the
machine has. Where LibreOffice is missing, ``PdfUnavailable`` says what to install.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from conciliador.criteria.files import resources_dir
from conciliador.documents.atomic import sweep_dead_work_dirs
from conciliador.documents.children import direct_soffice, end_group, preexec
from conciliador.documents.libreoffice import ENV_SOFFICE as ENV_SOFFICE  # re-exported
from conciliador.documents.libreoffice import find_soffice
from conciliador.documents.portable import program_env

#: PDF/A-2b, tagged: the archival profile for sealed actas.
_ARCHIVAL = (
    'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
    '"UseTaggedPDF":{"type":"boolean","value":"true"}}'
)
_PLAIN = "pdf:writer_pdf_Export"
#: Temporary folders (in the system's), named after the process: a dead one's are swept.
LO_WORK, PDF_TEMP = "conciliador-lo-", "conciliador-pdf-"
#: soffice.bin's exit status after setting up a new profile: start it again (what oosplash,
#: which we skip to keep the converter our own child, would do).
RESTART_REQUESTED = 81
INSTALL_HINT = (
    "Para generar PDF instale LibreOffice: en Debian o Ubuntu, "
    "«sudo apt-get install libreoffice-writer-nogui»; en Windows o macOS, desde "
    "libreoffice.org. Mientras tanto se generó el documento de Word (.docx)."
)


class PdfUnavailable(Exception):
    """LibreOffice is not installed (the message says what to install)."""

    def __init__(self) -> None:
        super().__init__(f"No se encontró LibreOffice. {INSTALL_HINT}")


class PdfConversionFailed(Exception):
    """LibreOffice ran but did not produce every PDF; the message names the documents."""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def soffice_path() -> str | None:
    """LibreOffice's program (``documents.libreoffice``: the variable, the PATH, the usual
    places)."""
    return find_soffice()


def available() -> bool:
    return soffice_path() is not None


def getpass_user() -> str:
    """The user's name, for a per-user cache folder."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # ImportError: Windows without USERNAME (pwd)
        return "usuario"


def _fontconfig(workdir: Path) -> Path:
    """A fontconfig file listing only the shipped fonts."""
    cache = Path(tempfile.gettempdir()) / f"conciliador-fontconfig-{getpass_user()}"
    conf = workdir / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{fonts_dir()}</dir>\n  <cachedir>{cache}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


#: Documents per LibreOffice process before a batch is worth a second process.
PER_WORKER = 25


def workers_for(count: int) -> int:
    """How many LibreOffice processes a batch of ``count`` documents uses: one per
    ``PER_WORKER`` documents, at most one per core (and 4)."""
    return max(1, min(os.cpu_count() or 1, 4, count // PER_WORKER))


def convert_many(
    sources: Sequence[Path],
    outdir: Path,
    *,
    archival: bool = True,
    timeout: float | None = None,
    workers: int | None = None,
) -> list[Path]:
    """Convert every .docx in ``sources`` to PDF in ``outdir``; returns the PDFs in the same
    order. Source names (stems) must be distinct. A batch runs in ONE LibreOffice process —
    or, for a long batch on a machine with several cores, in one process per core, each
    with its share of the documents (``workers_for``)."""
    if not sources:
        return []
    program = soffice_path()
    if program is None:
        raise PdfUnavailable()
    stems = [Path(s).stem for s in sources]
    if len(set(stems)) != len(stems):
        raise ValueError("los documentos de un mismo lote deben tener nombres distintos")
    outdir.mkdir(parents=True, exist_ok=True)
    count = workers or workers_for(len(sources))
    shares = [list(sources[i::count]) for i in range(count)]
    sweep_dead_work_dirs(Path(tempfile.gettempdir()), LO_WORK)
    workdirs = [Path(tempfile.mkdtemp(prefix=f"{LO_WORK}{os.getpid()}-")) for _ in shares]
    limit = timeout if timeout is not None else 120 + 5 * len(sources)
    running: list[subprocess.Popen[bytes]] = []
    try:
        for share, workdir in zip(shares, workdirs, strict=True):
            running.append(_start(program, share, outdir, workdir, archival))
        errors: list[str] = []
        for index, (share, workdir) in enumerate(zip(shares, workdirs, strict=True)):
            try:
                _, err = running[index].communicate(timeout=limit)
                if running[index].returncode == RESTART_REQUESTED:
                    running[index] = _start(program, share, outdir, workdir, archival)
                    _, err = running[index].communicate(timeout=limit)
            except subprocess.TimeoutExpired as exc:
                raise PdfConversionFailed(
                    f"LibreOffice no terminó de convertir {len(sources)} documento(s) en "
                    f"{limit:.0f} s."
                ) from exc
            errors += err.decode("utf-8", "replace").strip().splitlines()
        outputs = [outdir / f"{stem}.pdf" for stem in stems]
        missing = [p.stem for p in outputs if not p.is_file() or p.stat().st_size == 0]
        if missing:
            why = f" ({errors[-1]})" if errors else ""
            shown = ", ".join(missing[:5]) + ("…" if len(missing) > 5 else "")
            raise PdfConversionFailed(
                f"LibreOffice no produjo el PDF de {len(missing)} documento(s): {shown}{why}"
            )
        return outputs
    finally:
        for process in running:
            end_group(process)
        for workdir in workdirs:
            with contextlib.suppress(OSError):
                shutil.rmtree(workdir)


def _start(
    program: str, sources: list[Path], outdir: Path, workdir: Path, archival: bool
) -> subprocess.Popen[bytes]:
    """One LibreOffice process with its own throw-away profile and only the shipped fonts."""
    env = program_env()
    if sys.platform.startswith("linux"):
        env["FONTCONFIG_FILE"] = str(_fontconfig(workdir))
    env["SAL_FONTPATH"] = str(fonts_dir())
    env.setdefault("HOME", str(workdir))
    command = [
        direct_soffice(program),
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        f"-env:UserInstallation={(workdir / 'perfil').as_uri()}",
        "--convert-to",
        _ARCHIVAL if archival else _PLAIN,
        "--outdir",
        str(outdir),
        *(str(Path(s).resolve()) for s in sources),
    ]
    try:
        return subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=preexec(),  # dies with us, in its own process group
        )
    except OSError as exc:
        raise PdfConversionFailed(f"No se pudo ejecutar LibreOffice: {exc}") from exc


def to_pdf(documents: Sequence[tuple[str, bytes]], *, archival: bool = True) -> list[bytes]:
    """PDF bytes of each (name, .docx bytes), converted in one LibreOffice run."""
    if not documents:
        return []
    sweep_dead_work_dirs(Path(tempfile.gettempdir()), PDF_TEMP)
    with tempfile.TemporaryDirectory(prefix=f"{PDF_TEMP}{os.getpid()}-") as tmp:
        folder = Path(tmp)
        sources = []
        for index, (_, data) in enumerate(documents):
            path = folder / "docx" / f"{index:06d}.docx"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            sources.append(path)
        outputs = convert_many(sources, folder / "pdf", archival=archival)
        return [p.read_bytes() for p in outputs]
