"""Data protection: everything created is readable by the user only, and no family's personal
data reaches a log — not even inside an unexpected error's traceback."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from conciliador import applog
from conciliador.db import Database
from conciliador.domain.enums import IdType, Sex
from conciliador.models import Person
from conciliador.services.backups import create_backup, run_daily_backup
from conciliador.services.errors import ServiceError
from conciliador.services.interchange.export import export_records
from conciliador.services.people import PersonInput, search_people
from conciliador.services.storage import backup_dir, documents_dir
from conciliador.services.users import sign_in
from tests.cli.test_cli import conciliador
from tests.support.world import World

SECRETS = (
    "Xiomara",
    "Benavides",
    "001-120388-0042K",
    "8123-4567",
    "Reparto Schick",
    "me amenazó",
)


def _private(path: Path) -> bool:
    mode = stat.S_IMODE(path.stat().st_mode)
    return mode & 0o077 == 0


def _family(world: World) -> int:
    claimant = PersonInput(
        first_names="Xiomara",
        last_names="Benavides",
        id_type=IdType.CEDULA,
        id_number="001-120388-0042K",
        sex=Sex.FEMALE,
        birth_date=dt.date(1988, 3, 12),
        address="Reparto Schick, casa 14",
        phone="8123-4567",
    )
    return world.case(claimant=claimant).id


def test_database_and_its_companions_are_private(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'datos' / 'oficina.sqlite'}")
    db.upgrade()
    with db.engine.connect() as conn:  # WAL and shared-memory files exist while it is open
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS x (y)")
        conn.commit()
        folder = tmp_path / "datos"
        files = sorted(folder.iterdir())
        assert {p.name for p in files} >= {"oficina.sqlite", "oficina.sqlite-wal"}
        assert all(_private(p) for p in files), [(p.name, oct(p.stat().st_mode)) for p in files]
    assert _private(folder)
    assert _private(documents_dir(db)) and _private(backup_dir(db))
    db.dispose()


def test_exports_backups_and_daily_copies_are_private(sqlite_world: World, tmp_path: Path) -> None:
    w = sqlite_world
    _family(w)
    os.umask(0o022)  # even with a permissive umask
    try:
        out = tmp_path / "compartida" / "copia.tar.gz"
        create_backup(w.db, w.admin, out, documents=tmp_path / "nada")
        daily = run_daily_backup(w.db)
    finally:
        os.umask(0o022)
    assert _private(out) and _private(out.parent)
    assert daily.created is not None and _private(daily.created.path)
    data, _ = export_records(w.db, w.system)
    assert b"Xiomara" in data  # the export itself carries the data: hence 0600 on disk


def _duplicate_person(world: World) -> None:
    with world.db.write() as session:
        session.add(
            Person(
                first_names="Xiomara",
                last_names="Benavides",
                id_type=IdType.CEDULA,
                id_number="001-120388-0042K",  # a duplicate: the unique constraint refuses it
                sex=Sex.FEMALE,
                address="Reparto Schick",
                phone="8123-4567",
            )
        )
        session.flush()


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The application's own rotating log, as configured at start-up, into a test folder."""
    monkeypatch.setenv("CONCILIADOR_LOG_DIR", str(tmp_path / "registro"))
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    applog.configure(logging.DEBUG)
    yield applog.log_file()
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_no_personal_data_in_the_log(world: World, log_file: Path) -> None:
    case_id = _family(world)
    search_people(world.db, world.officer, "xiomara benavides")
    with pytest.raises(ServiceError):
        sign_in(world.db, "ana.conciliadora", "001-120388-0042K")
    # An unexpected database error, logged as the command line and the desktop log them.
    with pytest.raises(IntegrityError) as failure:
        _duplicate_person(world)
    logging.getLogger("conciliador").exception("error inesperado", exc_info=failure.value)
    text = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "INSERT INTO persons" in text
    if not world.db.is_sqlite:
        # PostgreSQL echoes the clashing values in its own message; the log leaves them out.
        assert "001-120388-0042K" in str(failure.value)
    for secret in SECRETS:
        assert secret not in text, secret
    assert case_id


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_an_unexpected_error_in_an_order_logs_no_personal_data(tmp_path: Path) -> None:
    """An import that breaks in an unforeseen way: the log has the traceback and no names."""
    url = f"sqlite:///{tmp_path / 'oficina.sqlite'}"
    log_dir = tmp_path / "registro"
    env = {"CONCILIADOR_LOG_DIR": str(log_dir)}
    Database(url).upgrade()
    con = sqlite3.connect(tmp_path / "oficina.sqlite")
    con.execute(
        "CREATE TRIGGER rompe BEFORE INSERT ON persons BEGIN SELECT RAISE(ABORT, 'roto'); END"
    )
    con.commit()
    con.close()
    person = (
        '{"uid": "01234567-0000-4000-8000-000000000001", "nombres": "Xiomara", '
        '"apellidos": "Benavides", "tipo_documento": "cedula", '
        '"numero_documento": "001-120388-0042K", "sexo": "F", "fecha_nacimiento": null, '
        '"nacionalidad": "", "direccion": "Reparto Schick", "telefono": "8123-4567", '
        '"correo": "", "ocupacion": "", "empleador": "", "ingreso_mensual": null}'
    )
    raw = f'{{"formato": "conciliador-intercambio", "version": 1, "personas": [{person}]}}'
    source = tmp_path / "lote.json"
    source.write_text(raw, encoding="utf-8")
    result = conciliador("import", "--db", url, str(source), env=env)
    assert result.returncode == 3 and "error inesperado" in result.stderr
    log_file = log_dir / "conciliador.log"
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "INSERT INTO persons" in text
    for secret in SECRETS[:5]:
        assert secret not in text, secret
    assert _private(log_file) and _private(log_dir)


def test_rotated_logs_stay_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCILIADOR_LOG_DIR", str(tmp_path / "registro"))
    root = logging.getLogger()
    before = list(root.handlers)
    old_mask = os.umask(0o022)
    try:
        applog.configure()
        handler = next(h for h in root.handlers if h not in before)
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        handler.doRollover()
    finally:
        os.umask(old_mask)
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
    files = sorted((tmp_path / "registro").iterdir())
    assert [f.name for f in files] == ["conciliador.log", "conciliador.log.1", "conciliador.log.2"]
    assert all(_private(f) for f in files)
