"""Backups from the desktop: the chosen folder and rotation, the list, one made now and what a
restore would replace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from conciliador.models import AuditEvent
from conciliador.services.backup_desk import (
    backup_now,
    backup_policy,
    list_backups,
    plan_restore,
    scheduled_backup,
    set_backup_policy,
)
from conciliador.services.backups import Retention
from conciliador.services.errors import PermissionDenied, ValidationFailed
from conciliador.services.fields import BackupFields
from conciliador.services.storage import backup_dir
from tests.support.world import World


def test_the_chosen_folder_and_rotation_are_used_by_every_backup(
    sqlite_world: World, tmp_path: Path
) -> None:
    w = sqlite_world
    assert backup_policy(w.db, w.admin).folder == backup_dir(w.db)
    usb = tmp_path / "usb" / "copias"
    policy = set_backup_policy(w.db, w.admin, folder=str(usb), days=3, weeks=2, months=6)
    assert policy.folder == usb and policy.retention == Retention(3, 2, 6)
    assert backup_policy(w.db).folder == usb  # read again, as the next start-up does
    made = backup_now(w.db, w.admin)
    assert made.path.parent == usb
    daily = scheduled_backup(w.db)  # today's already exists: the one just made counts
    assert daily.created is None and daily.skipped == "ya hay una copia de hoy"
    listed = list_backups(w.db, w.admin)
    assert [(b.path, b.problems_at_creation) for b in listed] == [(made.path, 0)]
    assert listed[0].bytes == made.path.stat().st_size > 0
    with w.db.read() as session:
        changed = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == "politica-copias.json")
        ).one()
    assert changed.after["carpeta"] == str(usb) and changed.after["dias"] == 3


def test_a_folder_that_cannot_be_written_or_a_silly_rotation_names_the_field(
    sqlite_world: World, tmp_path: Path
) -> None:
    w = sqlite_world
    blocker = tmp_path / "un-archivo"
    blocker.write_text("no soy una carpeta")
    with pytest.raises(ValidationFailed) as bad:
        set_backup_policy(w.db, w.admin, folder=str(blocker / "copias"), days=7, weeks=5, months=12)
    assert bad.value.problems[0].field == BackupFields.FOLDER
    with pytest.raises(ValidationFailed) as relative:
        set_backup_policy(w.db, w.admin, folder="copias", days=7, weeks=5, months=12)
    assert relative.value.problems[0].message == "indique la ruta completa de la carpeta"
    with pytest.raises(ValidationFailed) as none_kept:
        set_backup_policy(w.db, w.admin, folder="", days=0, weeks=0, months=0)
    assert none_kept.value.problems[0].field == BackupFields.DAYS
    with pytest.raises(PermissionDenied):
        set_backup_policy(w.db, w.officer, folder="", days=7, weeks=5, months=12)
    assert backup_policy(w.db).retention == Retention()


def test_a_restore_plan_names_what_will_be_replaced(sqlite_world: World) -> None:
    w = sqlite_world
    w.case()
    made = backup_now(w.db, w.admin)
    w.case()
    plan = plan_restore(w.db, w.admin, made.path)
    assert plan.cases_now == 2 and plan.actas_now == 0
    assert plan.database == str(w.db.sqlite_path)
    assert plan.backup.problems == []
    assert plan.last_change_now is not None
    assert plan.last_change_now >= dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
