"""Backups as the administrator sees them in the desktop: where they go, how many are kept,
which exist (size and the check made when each was written), one made now, one restored.

The making, checking and restoring are ``services/backups.py``'s; this module adds the office's
choice of folder and rotation — a small signed-by-nobody JSON file kept in the default backup
folder beside the audit anchors (``politica-copias.json``), since the folder it names may be a
USB disk or a network share that is not always there — and what a restore will replace, so the
confirmation can name it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.documents.atomic import write_atomically
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import Acta, AuditEvent, Case
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.backups import (
    DAILY_NAME,
    BackupInfo,
    DailyBackupResult,
    ProgressFn,
    Retention,
    create_backup,
    daily_backups,
    inspect_backup,
    run_daily_backup,
)
from conciliador.services.errors import FieldProblem, ValidationFailed
from conciliador.services.fields import BackupFields
from conciliador.services.permissions import Permission, require
from conciliador.services.storage import BACKUP_ENV, backup_dir, documents_dir

POLICY_FILE = "politica-copias.json"
#: The most of each period anyone may ask to keep (a year of days, ten years of months).
LIMITS = {"days": 366, "weeks": 520, "months": 120}
_LIMIT_FIELDS = {
    "days": BackupFields.DAYS,
    "weeks": BackupFields.WEEKS,
    "months": BackupFields.MONTHS,
}


@dataclass(frozen=True)
class BackupPolicy:
    folder: Path
    retention: Retention
    #: Set by ``CONCILIADOR_BACKUP_DIR``: the folder cannot be changed from the desktop.
    fixed_by_environment: bool = False


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made_at: dt.datetime
    bytes: int
    #: Problems the checks found when it was written; None when this database has no record
    #: of it (a copy brought from elsewhere): «Verificar» reads it whole.
    problems_at_creation: int | None


@dataclass(frozen=True)
class RestorePlan:
    """What a restore replaces and with what, for the confirmation to name."""

    database: str
    documents: Path
    cases_now: int
    actas_now: int
    last_change_now: dt.datetime | None
    backup: BackupInfo


def _policy_path(db: Database) -> Path:
    return backup_dir(db, create=False) / POLICY_FILE


def backup_policy(db: Database, actor: Actor | None = None) -> BackupPolicy:
    """The folder and rotation in force (defaults until an administrator chooses)."""
    if actor is not None:
        require(db, actor, Permission.BACKUP)
    default = backup_dir(db, create=False)
    fixed = bool(os.environ.get(BACKUP_ENV))
    try:
        data = json.loads(_policy_path(db).read_text(encoding="utf-8"))
        folder = Path(data["carpeta"]) if data.get("carpeta") and not fixed else default
        retention = Retention(int(data["dias"]), int(data["semanas"]), int(data["meses"]))
    except (OSError, ValueError, KeyError, TypeError):
        folder, retention = default, Retention()
    return BackupPolicy(folder, retention, fixed)


def set_backup_policy(
    db: Database, actor: Actor, *, folder: str, days: int, weeks: int, months: int
) -> BackupPolicy:
    """Choose where backups go and how many the rotation keeps; the folder must exist (or be
    creatable) and be writable now. Audited."""
    actor = require(db, actor, Permission.BACKUP)
    problems: list[FieldProblem] = []
    for key, value in (("days", days), ("weeks", weeks), ("months", months)):
        if not isinstance(value, int) or not 0 <= value <= LIMITS[key]:
            problems.append(FieldProblem(_LIMIT_FIELDS[key], f"entre 0 y {LIMITS[key]}"))
    if isinstance(days, int) and days == 0 and weeks == 0 and months == 0:
        problems.append(FieldProblem(BackupFields.DAYS, "guarde al menos una copia"))
    text = folder.strip() if isinstance(folder, str) else ""
    current = backup_policy(db)
    target = Path(text) if text else backup_dir(db, create=False)
    if current.fixed_by_environment and target != current.folder:
        problems.append(
            FieldProblem(BackupFields.FOLDER, f"la fija la variable {BACKUP_ENV} en este equipo")
        )
    elif not target.is_absolute():
        problems.append(FieldProblem(BackupFields.FOLDER, "indique la ruta completa de la carpeta"))
    else:
        why = _unwritable(target)
        if why:
            problems.append(FieldProblem(BackupFields.FOLDER, why))
    if problems:
        raise ValidationFailed(problems)
    before = backup_policy(db)
    data = {"carpeta": str(target), "dias": days, "semanas": weeks, "meses": months}
    try:
        backup_dir(db)  # the policy lives in the default folder, which may not exist yet
        write_atomically(
            _policy_path(db), (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
        )
    except OSError as exc:
        raise ValidationFailed(
            FieldProblem(
                BackupFields.FOLDER, f"no se pudo guardar la elección ({exc.strerror or exc})"
            )
        ) from exc
    with db.write() as session:
        audit.record(
            session,
            actor,
            AuditAction.MODIFICAR,
            "copia",
            POLICY_FILE,
            before={
                "carpeta": str(before.folder),
                "dias": before.retention.days,
                "semanas": before.retention.weeks,
                "meses": before.retention.months,
            },
            after=data,
            office_id=actor.office_id,
        )
    return backup_policy(db)


def _unwritable(folder: Path) -> str:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = folder / ".prueba-escritura"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return f"no se puede escribir en ella ({exc.strerror or exc})"
    return ""


def list_backups(db: Database, actor: Actor) -> list[BackupEntry]:
    """The backups in the chosen folder, newest first, with their size and the result of the
    checks made when each was written (from the audit trail)."""
    actor = require(db, actor, Permission.BACKUP)
    folder = backup_policy(db).folder
    found = daily_backups(folder)
    with db.read() as session:
        rows = session.execute(
            select(AuditEvent.entity_id, AuditEvent.after).where(
                AuditEvent.action == "respaldar", AuditEvent.entity == "copia"
            )
        ).all()
    checked = {
        name: int(after.get("problemas", 0)) for name, after in rows if isinstance(after, dict)
    }
    entries = []
    for when, path in found:
        try:
            size = path.stat().st_size
        except OSError:
            continue
        entries.append(BackupEntry(path, when, size, checked.get(path.name)))
    return entries


def backup_now(db: Database, actor: Actor, *, progress: ProgressFn | None = None) -> BackupInfo:
    """A backup made now in the chosen folder, named like the daily ones (so the rotation
    counts it)."""
    actor = require(db, actor, Permission.BACKUP)
    now = db.now()
    folder = backup_policy(db).folder
    why = _unwritable(folder)
    if why:
        raise ValidationFailed(FieldProblem(BackupFields.FOLDER, f"«{folder}»: {why}"))
    target = folder / f"conciliador-{now.astimezone():%Y%m%d-%H%M%S}.tar.gz"
    assert DAILY_NAME.match(target.name)
    return create_backup(db, actor, target, progress=progress, now=now)


def scheduled_backup(db: Database) -> DailyBackupResult:
    """Today's automatic backup, in the chosen folder with the chosen rotation."""
    policy = backup_policy(db)
    return run_daily_backup(db, folder=policy.folder, retention=policy.retention)


def plan_restore(
    db: Database, actor: Actor, path: Path, *, progress: ProgressFn | None = None
) -> RestorePlan:
    """Read and check the whole backup, and say what restoring it would replace."""
    actor = require(db, actor, Permission.BACKUP)
    info = inspect_backup(db, actor, path, progress=progress)
    with db.read() as session:
        cases = session.scalar(select(func.count(Case.id))) or 0
        actas = session.scalar(select(func.count(Acta.id))) or 0
        last = session.scalar(select(func.max(AuditEvent.at)))
    return RestorePlan(
        database=str(db.sqlite_path) if db.sqlite_path is not None else db.display_url,
        documents=documents_dir(db, create=False),
        cases_now=cases,
        actas_now=actas,
        last_change_now=last,
        backup=info,
    )
