"""Backups and restore: verified both ways, documents included, readable by the user only; the
daily backup with its rotation."""

from __future__ import annotations

import datetime as dt
import fcntl
import io
import json
import os
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from conciliador.models import AuditEvent, Case
from conciliador.services import anchors
from conciliador.services.backup_archive import BackupError, Manifest, read_archive, write_archive
from conciliador.services.backups import (
    BackupHasProblems,
    Retention,
    create_backup,
    daily_backups,
    inspect_backup,
    restore_backup,
    run_daily_backup,
    to_keep,
)
from conciliador.services.errors import PermissionDenied
from conciliador.services.storage import backup_dir
from conciliador.services.verification import verify
from tests.support.world import World


def _cases(world: World) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count(Case.id))) or 0


def _documents(tmp_path: Path) -> Path:
    docs = tmp_path / "documentos"
    (docs / "actas" / "2026").mkdir(parents=True)
    (docs / "actas" / "2026" / "MN-D2-2026-00001.pdf").write_bytes(b"%PDF-1.7 acta firmada")
    (docs / "citaciones.pdf").write_bytes(b"%PDF-1.7 citaciones")
    return docs


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_backup_and_restore_bring_back_the_database_and_its_documents(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONCILIADOR_BACKUP_DIR", str(tmp_path / "copias"))
    docs = _documents(tmp_path)
    world.case()
    out = tmp_path / "usb" / "copia.tar.gz"
    info = create_backup(world.db, world.admin, out, documents=docs)
    assert _mode(out) == 0o600 and info.problems == []
    assert sorted(info.manifest.documents) == [
        "documentos/actas/2026/MN-D2-2026-00001.pdf",
        "documentos/citaciones.pdf",
    ]
    assert info.manifest.engine == ("sqlite" if world.db.is_sqlite else "postgresql")
    heads = [h for h in (info.manifest.audit_head, *info.manifest.audit_chains) if h is not None]
    assert heads  # every chain's end, anchored beside the backups
    assert anchors.load_anchors(tmp_path / "copias", world.db.url).anchors == heads

    # Life goes on after the backup: a new case, a changed document, a new one.
    world.case()
    (docs / "citaciones.pdf").write_bytes(b"cambiado")
    (docs / "nuevo.pdf").write_bytes(b"nuevo")
    assert _cases(world) == 2

    result = restore_backup(world.db, world.admin, out, documents=docs)
    assert _cases(world) == 1
    assert (docs / "citaciones.pdf").read_bytes() == b"%PDF-1.7 citaciones"
    assert not (docs / "nuevo.pdf").exists() and _mode(docs) == 0o700
    assert result.report.ok
    assert result.safety_copy is not None and result.safety_copy.parent == tmp_path / "copias"
    assert _mode(result.safety_copy) == 0o600
    # The restore is in the trail, which still verifies, anchors included.
    with world.db.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None and (last.action, last.entity_id) == ("restaurar", "copia.tar.gz")
    assert verify(
        world.db,
        world.system,
        anchors=anchors.load_anchors(tmp_path / "copias", world.db.url).anchors,
    ).ok
    # The safety copy holds what was there before the restore.
    assert inspect_backup(world.db, world.admin, result.safety_copy).manifest.documents


def test_a_conversion_still_running_in_the_documents_does_not_break_the_backup(
    sqlite_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PDF batch (or a killed one) leaves a hidden work folder among the documents while it
    runs; the backup leaves it and temporary files out instead of writing what it refuses."""
    monkeypatch.setenv("CONCILIADOR_BACKUP_DIR", str(tmp_path / "copias"))
    docs = _documents(tmp_path)
    work = docs / "lote" / ".conciliador-pdf-4242-abc"
    work.mkdir(parents=True)
    (work / "citacion-MN-D2-2026-00026-1-solicitante.pdf").write_bytes(b"%PDF a medias")
    (docs / "actas" / ".acta.pdf.tmp-99").write_bytes(b"a medias")
    out = tmp_path / "copia.tar.gz"
    info = create_backup(sqlite_world.db, sqlite_world.admin, out, documents=docs)
    assert info.problems == []
    assert sorted(info.manifest.documents) == [
        "documentos/actas/2026/MN-D2-2026-00001.pdf",
        "documentos/citaciones.pdf",
    ]
    assert inspect_backup(sqlite_world.db, sqlite_world.admin, out).manifest.documents


def test_a_damaged_backup_is_refused_and_nothing_changes(
    sqlite_world: World, tmp_path: Path
) -> None:
    w = sqlite_world
    w.case()
    out = tmp_path / "copia.tar.gz"
    create_backup(w.db, w.admin, out, documents=_documents(tmp_path))
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    broken = tmp_path / "rota.tar.gz"
    broken.write_bytes(bytes(raw))
    w.case()
    with pytest.raises(BackupError, match=r"rota\.tar\.gz. está dañada"):
        restore_backup(w.db, w.admin, broken, documents=tmp_path / "documentos")
    assert _cases(w) == 2
    truncated = tmp_path / "cortada.tar.gz"
    truncated.write_bytes(out.read_bytes()[: out.stat().st_size // 3])
    with pytest.raises(BackupError, match="dañada o incompleta"):
        inspect_backup(w.db, w.admin, truncated)


def _archive(tmp_path: Path, members: dict[str, bytes], manifest: dict[str, object]) -> Path:
    path = tmp_path / "hecha-a-mano.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name, data in {**members, "manifiesto.json": json.dumps(manifest).encode()}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_a_backup_reaching_outside_its_folder_is_refused(
    sqlite_world: World, tmp_path: Path
) -> None:
    evil = _archive(tmp_path, {"documentos/../../etc/cron.d/x": b"* * * * * root sh"}, {})
    with pytest.raises(BackupError, match="ruta no permitida"):
        restore_backup(sqlite_world.db, sqlite_world.admin, evil, documents=tmp_path / "d")
    assert not (tmp_path / "etc").exists()
    not_ours = _archive(tmp_path, {}, {"formato": "otro"})
    with pytest.raises(BackupError, match="no es una copia de seguridad de Conciliador"):
        inspect_backup(sqlite_world.db, sqlite_world.admin, not_ours)


def _doctored(world: World, tmp_path: Path, **changes: object) -> Path:
    """A backup whose manifest says something else (checksums still right)."""
    out = tmp_path / "original.tar.gz"
    info = create_backup(world.db, world.admin, out, documents=tmp_path / "nada")
    db_file = tmp_path / "base"
    read_archive(out, database_to=db_file)
    fields = {**info.manifest.__dict__, **changes}
    target = tmp_path / "alterada.tar.gz"
    with open(target, "wb") as fh:
        write_archive(fh, db_file, None, Manifest(**fields))  # type: ignore[arg-type]
    return target


def test_a_backup_from_a_newer_program_or_another_engine_is_refused(
    sqlite_world: World, tmp_path: Path
) -> None:
    w = sqlite_world
    newer = _doctored(w, tmp_path, schema=("9999_futuro",))
    with pytest.raises(BackupError, match="versión más nueva de Conciliador"):
        restore_backup(w.db, w.admin, newer, documents=tmp_path / "d")
    other = _doctored(w, tmp_path, engine="postgresql")
    with pytest.raises(BackupError, match="base postgresql y la base de destino es sqlite"):
        restore_backup(w.db, w.admin, other, documents=tmp_path / "d")


def test_a_database_with_a_broken_chain_is_still_copied_but_not_silently_restored(
    sqlite_world: World, tmp_path: Path
) -> None:
    w = sqlite_world
    w.case()
    with w.db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == 3).values(reason="retocado"))
    out = tmp_path / "copia.tar.gz"
    info = create_backup(w.db, w.admin, out, documents=tmp_path / "nada")
    assert out.exists() and info.problems
    assert "n.º 3" in info.problems[0]
    w.case()
    with pytest.raises(BackupHasProblems, match="La copia tiene problemas y no se restauró"):
        restore_backup(w.db, w.admin, out, documents=tmp_path / "nada")
    assert _cases(w) == 2
    restore_backup(w.db, w.admin, out, documents=tmp_path / "nada", accept_problems=True)
    assert _cases(w) == 1


def test_only_administrators_make_or_restore_backups(world: World, tmp_path: Path) -> None:
    for actor in (world.officer, world.clerk, world.supervisor):
        with pytest.raises(PermissionDenied):
            create_backup(world.db, actor, tmp_path / "x.tar.gz")
        with pytest.raises(PermissionDenied):
            restore_backup(world.db, actor, tmp_path / "x.tar.gz")
    assert not (tmp_path / "x.tar.gz").exists()


# ------------------------------------------------------------------------------ daily
def test_the_daily_backup_is_made_once_a_day_into_a_private_folder(
    sqlite_world: World, tmp_path: Path
) -> None:
    w = sqlite_world
    assert w.db.sqlite_path is not None
    folder = backup_dir(w.db)
    assert folder == w.db.sqlite_path.parent / "world-copias" and _mode(folder) == 0o700
    monday = dt.datetime(2026, 11, 23, 13, 30).astimezone()  # the machine's calendar day
    first = run_daily_backup(w.db, now=monday)
    assert first.created is not None and first.created.path.parent == folder
    assert _mode(first.created.path) == 0o600
    again = run_daily_backup(w.db, now=monday + dt.timedelta(hours=3))
    assert (again.created, again.skipped) == (None, "ya hay una copia de hoy")
    tomorrow = run_daily_backup(w.db, now=monday + dt.timedelta(days=1))
    assert tomorrow.created is not None
    assert len(daily_backups(folder)) == 2
    with w.db.read() as s:
        actors = s.scalars(select(AuditEvent.actor).where(AuditEvent.action == "respaldar")).all()
    assert actors == ["copia automática diaria (sistema)"] * 2


def test_a_second_desk_starting_at_the_same_time_does_not_copy_twice(
    sqlite_world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "copias"
    folder.mkdir()
    fd = os.open(folder / ".copia-diaria.lock", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        result = run_daily_backup(sqlite_world.db, folder=folder)
    finally:
        os.close(fd)
    assert (result.created, result.skipped) == (None, "otra copia diaria está en curso")


def test_rotation_keeps_a_week_of_days_five_weeks_and_a_year_of_months(tmp_path: Path) -> None:
    start = dt.datetime(2025, 1, 1, 7, 0)
    for offset in range(700):  # almost two years of daily backups, two on some days
        when = start + dt.timedelta(days=offset)
        (tmp_path / f"conciliador-{when:%Y%m%d-%H%M%S}.tar.gz").touch()
        if offset % 50 == 0:
            (tmp_path / f"conciliador-{when:%Y%m%d}-235900.tar.gz").touch()
    (tmp_path / "conciliador-20260101-000000-antes-de-restaurar.tar.gz").touch()
    backups = daily_backups(tmp_path)
    kept = sorted(p.name for p in to_keep(backups, Retention(days=7, weeks=5, months=12)))
    newest = start + dt.timedelta(days=699)
    days = {(newest - dt.timedelta(days=d)).strftime("%Y%m%d") for d in range(7)}
    assert {name[12:20] for name in kept} >= days
    assert 7 <= len(kept) <= 7 + 5 + 12
    months = {name[12:18] for name in kept}
    assert len(months) == 12  # one per month, for a year
    # Of two backups the same day, the later one stands for the day.
    assert backups[0][1].name == f"conciliador-{newest:%Y%m%d-%H%M%S}.tar.gz"
    twice = start + dt.timedelta(days=650)
    day_of_twice = [p.name for _, p in backups if p.name[12:20] == f"{twice:%Y%m%d}"]
    assert day_of_twice[0].endswith("235900.tar.gz")
    # The copies made before a restore are not part of the rotation.
    assert "antes-de-restaurar" not in " ".join(p.name for _, p in backups)
