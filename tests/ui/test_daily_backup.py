"""The desktop's automatic daily backup at start-up: once a day, told in one line."""

from __future__ import annotations

from conciliador.services.backups import daily_backups
from conciliador.services.storage import backup_dir
from conciliador.ui.daily_backup import start_daily_backup
from conciliador.ui.tasks import SyncTaskRunner
from tests.support.world import World


def test_the_first_start_of_the_day_makes_a_backup_the_second_does_not(
    sqlite_world: World,
) -> None:
    said: list[str] = []
    assert start_daily_backup(sqlite_world.db, SyncTaskRunner(), said.append)
    (made,) = daily_backups(backup_dir(sqlite_world.db))
    assert said == [f"Copia de seguridad de hoy guardada ({made[1].name})."]
    assert start_daily_backup(sqlite_world.db, SyncTaskRunner(), said.append)
    assert len(said) == 1 and len(daily_backups(backup_dir(sqlite_world.db))) == 1


def test_a_failure_is_said_plainly(sqlite_world: World, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = sqlite_world.db.sqlite_path.parent / "bloqueo"  # type: ignore[union-attr]
    blocker.write_text("no soy una carpeta")
    monkeypatch.setenv("CONCILIADOR_BACKUP_DIR", str(blocker))
    said: list[str] = []
    start_daily_backup(sqlite_world.db, SyncTaskRunner(), said.append)
    assert len(said) == 1
    assert said[0].startswith("No se pudo hacer la copia de seguridad de hoy: No se puede usar")
