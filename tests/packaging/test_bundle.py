"""The PyInstaller bundle (``make bundle``, ``packaging/conciliador.spec``) is self-contained:
built into a temporary folder, its program answers, loads demonstration data, writes an acta
in Word and PDF with the templates and fonts it carries, and opens the desktop offscreen.

Slow: the build takes a few minutes. Skipped, saying so, where PyInstaller is not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "oficina.sqlite"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled program, built once for the module."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip(
            "PyInstaller no está instalado en este entorno (pip install pyinstaller): "
            "no se puede construir el paquete autocontenido"
        )
    build = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(build / "dist"),
            "--workpath",
            str(build / "work"),
            str(ROOT / "packaging" / "conciliador.spec"),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    program = (
        build / "dist" / "conciliador" / ("conciliador.exe" if os.name == "nt" else "conciliador")
    )
    assert program.is_file()
    return program


@pytest.fixture
def desk(tmp_path: Path) -> dict[str, str]:
    """The environment of an office desk: no source tree on the path, its own folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CONCILIADOR_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "datos"),
        XDG_STATE_HOME=str(tmp_path / "estado"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    return env


def _run(
    program: Path, *args: str, env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _demo(program: Path, env: dict[str, str], folder: Path) -> str:
    url = f"sqlite:///{folder / DB_NAME}"
    (folder / "clave").write_text("demostracion-2026\n", encoding="utf-8")
    made = _run(
        program,
        *("demo", "--db", url, "--cases", "20", "--offices", "3", "--seed", "1"),
        *("--today", "2026-11-23", "--password-file", str(folder / "clave")),
        env=env,
        cwd=folder,
    )
    assert made.returncode == 0, made.stderr
    assert "20 casos" in made.stdout
    return url


def test_the_bundled_program_writes_an_acta_in_word_and_pdf(
    bundle: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    import sqlite3

    from pypdf import PdfReader

    version = _run(bundle, "--version", env=desk, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("conciliador "), version.stderr
    url = _demo(bundle, desk, tmp_path)
    with sqlite3.connect(tmp_path / DB_NAME) as con:
        (hearing,) = con.execute(
            "SELECT hearing_id FROM agreements WHERE outcome = 'acuerdo_total' ORDER BY id"
        ).fetchone()
    out = tmp_path / "actas"
    made = _run(
        bundle,
        "actas",
        "render",
        "--hearing",
        str(hearing),
        "--out",
        str(out),
        "--db",
        url,
        "--pdf",
        env=desk,
        cwd=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    (acta,) = out.glob("acta-borrador-*.pdf")
    assert {p.suffix for p in out.iterdir()} == {".docx", ".pdf"}
    text = PdfReader(acta).pages[0].extract_text()
    assert "ACTA DE CONCILIACIÓN CON ACUERDO TOTAL" in text


@pytest.fixture
def started(bundle: Path, desk: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    url = _demo(bundle, desk, tmp_path)
    with subprocess.Popen(
        [str(bundle), "--db", url],
        env=desk,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            yield process
        finally:
            if process.poll() is None:
                process.terminate()
                process.communicate(timeout=30)


def test_the_bundled_desktop_opens_offscreen_and_makes_the_daily_backup(
    started: subprocess.Popen[str], tmp_path: Path
) -> None:
    """The desktop's start: Qt's offscreen platform from the bundle, the database opened,
    the daily backup that starts beside the first window written, and the program still up."""
    backups = tmp_path / f"{Path(DB_NAME).stem}-copias"
    deadline = time.monotonic() + 120
    while not list(backups.glob("conciliador-*.tar.gz")) and time.monotonic() < deadline:
        assert started.poll() is None, started.communicate()[1]
        time.sleep(0.5)
    assert list(backups.glob("conciliador-*.tar.gz")), "no se hizo la copia diaria al abrir"
    time.sleep(2)
    assert started.poll() is None, "el escritorio se cerró solo"
