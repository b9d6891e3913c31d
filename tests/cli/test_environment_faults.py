"""The environment's faults, as a user meets them on the command line: one line of Spanish and
exit status 2 (a defect of the program is 3). Files are only ever written as plain files, and
the audit trail records an export only once its file exists."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from conciliador.services.failures import environment_problem
from tests.cli.test_cli import conciliador

PASSWORD = "clave-de-prueba-2026"


@pytest.fixture
def url(tmp_path: Path) -> str:
    secret = tmp_path / "clave.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    made = conciliador("demo", "--db", url, "--cases", "5", "--password-file", str(secret))
    assert made.returncode == 0, made.stderr
    return url


def exports_recorded(url: str) -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return int(
            conn.execute("SELECT count(*) FROM audit_events WHERE action = 'exportar'").fetchone()[
                0
            ]
        )


def one_spanish_line(result: object, *words: str) -> None:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == 2, stderr  # type: ignore[attr-defined]
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "defecto" not in stderr and "Traceback" not in stderr
    for word in words:
        assert word in stderr, stderr


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_out_naming_a_folder_is_refused_and_nothing_is_recorded(url: str, tmp_path: Path) -> None:
    folder = tmp_path / "carpeta"
    folder.mkdir()
    one_spanish_line(conciliador("export", "--db", url, "--out", str(folder)), "es una carpeta")
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert exports_recorded(url) == 0
    done = conciliador("export", "--db", url, "--out", str(tmp_path / "x.json"))
    assert done.returncode == 0 and exports_recorded(url) == 1


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_a_link_or_a_pipe_is_never_replaced_by_a_file(url: str, tmp_path: Path) -> None:
    target = tmp_path / "destino.json"
    link = tmp_path / "enlace.json"
    link.symlink_to(target)
    one_spanish_line(conciliador("export", "--db", url, "--out", str(link)), "enlace simbólico")
    assert link.is_symlink() and not target.exists()
    pipe = tmp_path / "tuberia"
    os.mkfifo(pipe)
    one_spanish_line(conciliador("export", "--db", url, "--out", str(pipe)), "tubería")
    assert not pipe.is_file()
    assert exports_recorded(url) == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="crear un nodo de dispositivo requiere root")
def test_a_device_node_stays_a_device(url: str, tmp_path: Path) -> None:
    node = tmp_path / "nulo"
    os.mknod(node, 0o666 | 0o020000, os.makedev(1, 3))
    one_spanish_line(conciliador("export", "--db", url, "--out", str(node)), "dispositivo")
    assert not node.is_file() and node.is_char_device()


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_numbers_out_of_range_are_usage_errors(url: str, tmp_path: Path) -> None:
    result = conciliador(
        "actas", "render", "--db", url, "--hearing", str(2**70), "--out", str(tmp_path)
    )
    one_spanish_line(result, "--hearing", "fuera del rango")
    one_spanish_line(conciliador("agreement", "--db", url, "--hearing", str(2**70)), "--hearing")


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_a_missing_password_file_a_bad_url_and_a_newer_schema(url: str, tmp_path: Path) -> None:
    missing = conciliador(
        "demo",
        "--db",
        f"sqlite:///{tmp_path / 'nueva.sqlite'}",
        "--password-file",
        str(tmp_path / "no-existe.txt"),
    )
    one_spanish_line(missing, "no-existe.txt")
    one_spanish_line(conciliador("verify", "--db", "cualquiera://x"), "no es válida")
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_de_una_version_futura'")
    newer = conciliador("verify", "--db", url)
    one_spanish_line(newer, "versión más nueva", "0099_de_una_version_futura")
    assert "Can't locate" not in newer.stderr


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disco está lleno"),
        (errno.EROFS, "solo lectura"),
        (errno.EISDIR, "carpeta"),
        (errno.ENOENT, "No existe"),
        (errno.EIO, "El sistema no permitió"),
    ],
)
def test_every_system_refusal_is_the_environment_not_a_defect(code: int, words: str) -> None:
    problem = environment_problem(OSError(code, os.strerror(code), "/media/usb/x.json"))
    assert problem is not None and words in problem
