"""The trust orders as an administrator runs them: verify, backup, restore, user, permissions."""

from __future__ import annotations

import sqlite3
import tarfile
from pathlib import Path

import pytest

from tests.cli.test_cli import conciliador

PASSWORD = "clave-de-prueba-2026"


@pytest.fixture(autouse=True)
def _log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCILIADOR_LOG_DIR", str(tmp_path / "log"))


@pytest.fixture
def office(tmp_path: Path) -> str:
    """A database made by ``conciliador init``: one office, its administrator."""
    url = f"sqlite:///{tmp_path / 'oficina.sqlite'}"
    made = conciliador(
        "init",
        "--db",
        url,
        "--office-code",
        "MN-D2",
        "--office-name",
        "Delegación Distrital II",
        "--department",
        "Managua",
        "--municipality",
        "Managua",
        "--article",
        "la",
        "--admin-login",
        "admin",
        "--admin-name",
        "Carla Ruiz",
        env={"CONCILIADOR_ADMIN_PASSWORD": PASSWORD},
    )
    assert made.returncode == 0, made.stderr
    return url


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_verify_says_all_is_well_then_names_the_edited_event(office: str, tmp_path: Path) -> None:
    ok = conciliador("verify", "--db", office)
    assert ok.returncode == 0, ok.stderr
    assert "✔ Cadena de la bitácora de auditoría: 2 eventos" in ok.stdout
    assert ok.stdout.rstrip().endswith("Todo en orden.")
    con = sqlite3.connect(tmp_path / "oficina.sqlite")
    con.execute("UPDATE audit_events SET actor = 'nadie' WHERE id = 1")
    con.commit()
    con.close()
    bad = conciliador("verify", "--db", office)
    assert bad.returncode == 1
    assert "✘ Cadena de la bitácora de auditoría" in bad.stdout
    assert "modificado(s) después de registrados: n.º 1 " in bad.stdout
    assert bad.stderr.strip().splitlines() == [
        "conciliador: la verificación encontró 1 problema(s)."
    ]


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_backup_verify_restore_round_trip(office: str, tmp_path: Path) -> None:
    copy = tmp_path / "copias" / "lunes.tar.gz"
    made = conciliador("backup", "--db", office, "--out", str(copy))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Copia verificada en {copy}:")
    assert copy.stat().st_mode & 0o777 == 0o600
    with tarfile.open(copy) as tar:
        assert tar.getnames() == ["base.sqlite", "manifiesto.json"]
    checked = conciliador("verify", "--db", office, "--backup", str(copy))
    assert checked.returncode == 0 and "todas las huellas coinciden" in checked.stdout
    # A user added after the backup disappears with the restore.
    added = conciliador("user", "reset-password", "admin", "--db", office, "--generate")
    assert added.returncode == 0, added.stderr
    refused = conciliador("restore", str(copy), "--db", office)
    assert refused.returncode == 1 and "confirme con --yes" in refused.stderr
    restored = conciliador("restore", str(copy), "--db", office, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "Restaurada la copia del" in restored.stdout
    assert "La base anterior quedó guardada en" in restored.stdout
    listed = conciliador("user", "list", "--db", office)
    assert "admin" in listed.stdout and "contraseña temporal" not in listed.stdout
    assert conciliador("verify", "--db", office).returncode == 0


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_restoring_something_that_is_not_a_backup_is_one_line(office: str, tmp_path: Path) -> None:
    junk = tmp_path / "foto.tar.gz"
    junk.write_bytes(b"no soy una copia")
    result = conciliador("restore", str(junk), "--db", office, "--yes")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "dañada o incompleta" in result.stderr


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_daily_backup_for_cron(office: str, tmp_path: Path) -> None:
    folder = tmp_path / "diarias"
    first = conciliador("backup", "--daily", "--folder", str(folder), "--db", office)
    assert first.returncode == 0, first.stderr
    assert len(list(folder.glob("conciliador-*.tar.gz"))) == 1
    again = conciliador("backup", "--daily", "--folder", str(folder), "--db", office)
    assert again.stdout.strip() == "Sin copia nueva: ya hay una copia de hoy."


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_user_orders_reset_unlock_and_deactivate(office: str, tmp_path: Path) -> None:
    secret = tmp_path / "nueva.txt"
    secret.write_text("temporal-2026\n", encoding="utf-8")
    reset = conciliador(
        "user", "reset-password", "admin", "--db", office, "--password-file", str(secret)
    )
    assert reset.returncode == 0, reset.stderr
    assert "deberá cambiarla al iniciar sesión" in reset.stdout
    listed = conciliador("user", "list", "--db", office)
    assert "contraseña temporal" in listed.stdout
    generated = conciliador("user", "reset-password", "admin", "--db", office, "--generate")
    temporary = generated.stdout.strip().splitlines()[-1].removeprefix("Contraseña temporal: ")
    assert len(temporary) == 14 and temporary.count("-") == 2
    no_reason = conciliador("user", "deactivate", "admin", "--db", office)
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    last = conciliador("user", "deactivate", "admin", "--db", office, "--reason", "Se jubila")
    assert last.returncode == 1 and "última cuenta de administración" in last.stderr
    unknown = conciliador("user", "unlock", "nadie", "--db", office)
    assert unknown.returncode == 1 and "No existe el usuario «nadie»" in unknown.stderr
    missing = conciliador("user", "reset-password", "admin", "--db", office)
    assert missing.returncode == 1 and "Falta la contraseña" in missing.stderr


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_permissions_order_writes_the_matrix(tmp_path: Path) -> None:
    out = tmp_path / "permisos.md"
    result = conciliador("permissions", "--out", str(out))
    assert result.returncode == 0, result.stderr
    committed = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
