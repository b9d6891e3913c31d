"""Backups and restore, both verified; the automatic daily backup with rotation.

A backup copies the database while the office keeps working — SQLite's online backup API, or
``pg_dump`` inside the same snapshot in which the audit chain is checked — then checks the copy
(integrity, schema revision, audit chain), packs it with the documents folder
(``backup_archive``), reads the archive back before giving it its name, and writes the audit
trail's last event to the anchors file. Nothing half-written is ever left under the backup's
name, and the file is readable by the user only.

A restore reads the whole archive first (every checksum), checks the database inside it, keeps
a copy of the current database, and only then replaces the database in one transaction
(SQLite's backup API into the live file, or one ``psql`` transaction) and the documents folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from conciliador import __version__
from conciliador.db import Database, known_revisions
from conciliador.documents.atomic import atomic_output
from conciliador.documents.portable import process_alive, try_lock
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import Role
from conciliador.services import anchors, audit, pg_tools
from conciliador.services.actor import Actor
from conciliador.services.audit_chain import AuditAnchor, chain_heads, check_chain
from conciliador.services.backup_archive import (
    DATABASE_MEMBERS,
    BackupError,
    Manifest,
    read_archive,
    write_archive,
)
from conciliador.services.errors import ServiceError
from conciliador.services.permissions import Permission, require
from conciliador.services.storage import backup_dir, documents_dir
from conciliador.services.verification import VerificationReport, run_checks

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]

#: Who makes the automatic daily backup (it runs whoever is signed in, or from cron).
DAILY_ACTOR = Actor(
    user_id=None,
    login="sistema",
    name="copia automática diaria",
    role=Role.ADMINISTRADOR,
    office_id=None,
    office_ids=None,
    is_system=True,
)
DAILY_NAME = re.compile(r"^conciliador-(\d{8})-(\d{6})\.tar\.gz$")


class BackupHasProblems(BackupError):
    """The copy's own checks found problems; restoring it needs an explicit acceptance."""


class SafetyCopyFailed(BackupError):
    """The current database could not be copied before restoring over it."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: Manifest
    bytes: int
    #: The checks of the database inside the copy (None when they could not run here).
    report: VerificationReport | None = None

    @property
    def problems(self) -> list[str]:
        found = list(self.manifest.problems)
        if self.report is not None:
            found += [p for p in self.report.problems if p not in found]
        return found


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    safety_copy: Path | None
    report: VerificationReport


# ------------------------------------------------------------------------------ copying
def _snapshot_sqlite(db: Database, target: Path) -> None:
    """A consistent copy of a live SQLite database (other desks keep writing meanwhile)."""
    raw = db.engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()
    os.chmod(target, 0o600)


def _single_file(path: Path) -> None:
    """Leave the copy as one self-contained file (no WAL beside it)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()


def _check_sqlite_copy(path: Path, *, thorough: bool) -> VerificationReport:
    copy = Database(f"sqlite:///{path}")
    try:
        return run_checks(copy, thorough=thorough)
    finally:
        copy.dispose()
        _single_file(path)


def _dump_postgres(
    db: Database, target: Path
) -> tuple[AuditAnchor | None, tuple[AuditAnchor, ...], tuple[str, ...], list[str]]:
    """``pg_dump`` inside the snapshot in which the audit chain is checked, so the copy and its
    checks describe exactly the same moment."""
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            schema = tuple(
                sorted(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
            )
            with Session(bind=conn) as session:
                report = check_chain(session)
            pg_tools.run(
                db,
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={target}",
                what="copiar la base PostgreSQL",
            )
    os.chmod(target, 0o600)
    problems = [f"Cadena de la bitácora de auditoría: {p}" for p in report.problems]
    return report.head(), report.office_heads(), schema, problems


def _check_pg_dump(db: Database, path: Path) -> None:
    listing = pg_tools.run(db, "pg_restore", "--list", str(path), what="leer la copia PostgreSQL")
    if "TABLE DATA public audit_events" not in listing.stdout:
        raise BackupError("La copia PostgreSQL no contiene la bitácora de auditoría.")


_WORK = re.compile(r"^\.(?:trabajo|.+\.restaurando|.+\.anterior)-(\d+)(?:-.*)?$")


def sweep_leftovers(folder: Path) -> None:
    """Remove work folders left by a backup or restore whose process died (killed, power cut):
    they may hold a copy of the database, so they must not linger."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        match = _WORK.match(entry.name)
        if match and entry.is_dir() and not process_alive(int(match.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def _work_dir(db: Database) -> tempfile.TemporaryDirectory[str]:
    """A private work folder in the database's backups folder (not in /tmp: a crash there would
    leave a copy of the database where the next backup cannot sweep it)."""
    folder = backup_dir(db)
    sweep_leftovers(folder)
    return tempfile.TemporaryDirectory(prefix=f".trabajo-{os.getpid()}-", dir=folder)


def create_backup(
    db: Database,
    actor: Actor,
    out: Path,
    *,
    documents: Path | None = None,
    progress: ProgressFn | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Write a verified backup of the database and its documents folder to ``out``.

    A database whose checks find problems is still copied (the copy may be the best one
    there is); the problems are written in the manifest and returned for the caller to show.
    """
    actor = require(db, actor, Permission.BACKUP)
    now = now or db.now()
    documents = documents if documents is not None else documents_dir(db, create=False)
    engine = "sqlite" if db.is_sqlite else "postgresql"
    member = DATABASE_MEMBERS[engine]
    with _work_dir(db) as work:
        copy = Path(work) / member
        report: VerificationReport | None = None
        try:
            if db.is_sqlite:
                _snapshot_sqlite(db, copy)
                report = _check_sqlite_copy(copy, thorough=False)
                head = report.fact("audit_head")
                chains = report.fact("audit_chains")
                schema = tuple(sorted(_revisions_of(copy)))
                problems = report.problems
            else:
                head, chains, schema, problems = _dump_postgres(db, copy)
                _check_pg_dump(db, copy)
        except (sqlite3.Error, SQLAlchemyError) as exc:
            raise BackupError(f"No se pudo copiar la base de datos: {exc}") from exc
        base = Manifest(
            created_at=now,
            program_version=__version__,
            engine=engine,
            schema=schema,
            audit_head=head if isinstance(head, AuditAnchor) else None,
            database_member=member,
            database_sha256="",
            database_bytes=0,
            source=db.display_url,
            problems=tuple(problems),
            audit_chains=tuple(chains) if isinstance(chains, tuple) else (),
        )
        try:
            with atomic_output(out) as fh:
                manifest = write_archive(fh, copy, documents, base, progress)
                fh.flush()
                fh.seek(0)
                read_archive(out, source=fh)  # read back from disk before it gets its name
        except OSError as exc:
            raise BackupError(f"No se pudo escribir la copia en «{out}»: {exc.strerror}.") from exc
    size = out.stat().st_size
    _after_backup(db, actor, out, manifest, size, now)
    return BackupInfo(out, manifest, size, report)


def _revisions_of(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.Error:
        return set()
    finally:
        con.close()


def _after_backup(
    db: Database, actor: Actor, out: Path, manifest: Manifest, size: int, now: dt.datetime
) -> None:
    head = manifest.audit_head
    heads = [*([head] if head is not None else []), *manifest.audit_chains]
    if heads:
        try:
            for each in heads:
                anchors.record_anchor(backup_dir(db), each, now, f"copia {out.name}", db.url)
        except OSError:
            log.warning("no se pudo anotar el ancla de la bitácora", exc_info=True)
    with db.write() as session:
        audit.record(
            session,
            actor,
            AuditAction.RESPALDAR,
            "copia",
            out.name,
            after={
                "bytes": size,
                "evento": head.event_id if head else None,
                "cadenas": {str(h.chain): h.event_id for h in manifest.audit_chains},
                "documentos": len(manifest.documents),
                "problemas": len(manifest.problems),
            },
            office_id=actor.office_id,
        )


# ------------------------------------------------------------------------------ reading
@contextlib.contextmanager
def _opened(
    db: Database, path: Path, documents_to: Path | None, progress: ProgressFn | None
) -> Iterator[tuple[Manifest, Path]]:
    with _work_dir(db) as work:
        manifest = read_archive(
            path,
            database_to=Path(work) / "base",
            documents_to=documents_to,
            progress=progress,
        )
        yield manifest, Path(work) / "base"


def inspect_backup(
    db: Database, actor: Actor, path: Path, *, progress: ProgressFn | None = None
) -> BackupInfo:
    """Check a backup file: every checksum, and the database inside it (SQLite: integrity,
    schema, audit chain; PostgreSQL: the dump's table of contents)."""
    actor = require(db, actor, Permission.BACKUP)
    with _opened(db, path, None, progress) as (manifest, copy):
        report = None
        if manifest.engine == "sqlite":
            report = _check_sqlite_copy(copy, thorough=True)
            _same_head(manifest, report)
        elif not db.is_sqlite:
            _check_pg_dump(db, copy)
    return BackupInfo(path, manifest, path.stat().st_size, report)


def _same_head(manifest: Manifest, report: VerificationReport) -> None:
    head = report.fact("audit_head")
    chains = report.fact("audit_chains")
    if (manifest.audit_head is not None and head != manifest.audit_head) or (
        manifest.audit_chains and chains != manifest.audit_chains
    ):
        raise BackupError(
            "La bitácora dentro de la copia no termina en el evento que declara su manifiesto: "
            "la copia fue alterada."
        )


# ------------------------------------------------------------------------------ restoring
def restore_backup(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    documents: Path | None = None,
    safety_copy: bool = True,
    accept_problems: bool = False,
    progress: ProgressFn | None = None,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Replace the database and its documents folder with a verified backup's."""
    actor = require(db, actor, Permission.BACKUP)
    now = now or db.now()
    documents = documents if documents is not None else documents_dir(db, create=False)
    engine = "sqlite" if db.is_sqlite else "postgresql"
    staging = documents.parent / f".{documents.name}.restaurando-{os.getpid()}"
    sweep_leftovers(documents.parent)
    shutil.rmtree(staging, ignore_errors=True)
    try:
        with _opened(db, path, staging, progress) as (manifest, copy):
            if manifest.engine != engine:
                raise BackupError(
                    f"Esta copia es de una base {manifest.engine} y la base de destino es "
                    f"{engine}: para pasar datos de una a otra use export e import."
                )
            unknown = set(manifest.schema) - known_revisions()
            if unknown:
                raise BackupError(
                    "La copia viene de una versión más nueva de Conciliador (esquema "
                    f"{', '.join(sorted(unknown))}): actualice el programa antes de restaurarla."
                )
            problems = list(manifest.problems)
            if engine == "sqlite":
                report = _check_sqlite_copy(copy, thorough=True)
                _same_head(manifest, report)
                problems += [p for p in report.problems if p not in problems]
            else:
                _check_pg_dump(db, copy)
            if problems and not accept_problems:
                raise BackupHasProblems(
                    "La copia tiene problemas y no se restauró: " + "; ".join(problems[:3])
                )
            safety = _safety_copy(db, actor, documents, now) if safety_copy else None
            if engine == "sqlite":
                _restore_sqlite(db, copy)
            else:
                _restore_postgres(db, copy)
        _swap_documents(staging, documents)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    db.upgrade()
    # The latest anchor still describes the history being left behind: _after_restore resets it.
    report = run_checks(db, thorough=False, use_latest=False)
    _after_restore(db, actor, path, manifest, now)
    return RestoreResult(manifest, safety, report)


def _safety_copy(db: Database, actor: Actor, documents: Path, now: dt.datetime) -> Path:
    name = f"conciliador-{now.astimezone():%Y%m%d-%H%M%S}-antes-de-restaurar.tar.gz"
    target = backup_dir(db) / name
    try:
        create_backup(db, actor, target, documents=documents, now=now)
    except ServiceError as exc:
        raise SafetyCopyFailed(
            f"No se pudo guardar una copia de la base actual antes de restaurar ({exc}); no se "
            "restauró nada. Si la base actual está dañada y no la necesita, restaure sin copia "
            "previa."
        ) from exc
    return target


def _restore_sqlite(db: Database, copy: Path) -> None:
    """Write the copy's pages into the live file in one transaction (SQLite's backup API):
    other desks wait and then see the restored data; a crash half-way changes nothing."""
    source = sqlite3.connect(copy)
    raw = db.engine.raw_connection()
    try:
        source.backup(raw.driver_connection)  # type: ignore[arg-type]
    except sqlite3.Error as exc:
        raise BackupError(f"No se pudo restaurar la base: {exc}.") from exc
    finally:
        raw.close()
        source.close()
    db.engine.dispose()


def _restore_postgres(db: Database, dump: Path) -> None:
    """Replace every table in one psql transaction (all or nothing)."""
    with _work_dir(db) as work:
        script = Path(work) / "restaurar.sql"
        pg_tools.run(
            db,
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            f"--file={script}",
            str(dump),
            what="leer la copia PostgreSQL",
        )
        with db.read() as session:
            tables = session.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).all()
            # The schema's own functions (the person search's, 0011_s19_person_word_prefixes)
            # are in the dump too; an extension's functions come back with the extension.
            functions = session.scalars(
                text(
                    "SELECT CAST(CAST(p.oid AS regprocedure) AS text) FROM pg_proc p "
                    "WHERE p.pronamespace = CAST('public' AS regnamespace) AND NOT EXISTS "
                    "(SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"
                )
            ).all()
        db.engine.dispose()
        whole = Path(work) / "todo.sql"
        with open(os.open(whole, os.O_WRONLY | os.O_CREAT, 0o600), "w", encoding="utf-8") as fh:
            fh.write("SET lock_timeout = '60s';\n")
            if tables:
                names = ", ".join('"' + t.replace('"', '""') + '"' for t in tables)
                fh.write(f"DROP TABLE IF EXISTS {names} CASCADE;\n")
            if functions:
                fh.write(f"DROP FUNCTION IF EXISTS {', '.join(functions)} CASCADE;\n")
            with open(script, encoding="utf-8") as body:
                shutil.copyfileobj(body, fh)
        pg_tools.run(
            db,
            "psql",
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "--single-transaction",
            "-f",
            str(whole),
            what="restaurar la base PostgreSQL (no se cambió nada)",
        )


def _swap_documents(staging: Path, documents: Path) -> None:
    """Put the restored documents folder in place of the current one."""
    staging.mkdir(parents=True, exist_ok=True, mode=0o700)
    old = documents.parent / f".{documents.name}.anterior-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    if documents.exists():
        os.replace(documents, old)
    os.replace(staging, documents)
    os.chmod(documents, 0o700)
    shutil.rmtree(old, ignore_errors=True)


def _after_restore(
    db: Database, actor: Actor, path: Path, manifest: Manifest, now: dt.datetime
) -> None:
    with db.write() as session:
        audit.start_afresh(session)  # the restored trail's end becomes the latest anchor
        audit.record(
            session,
            actor,
            AuditAction.RESTAURAR,
            "copia",
            path.name,
            after={
                "creada_en": manifest.created_at,
                "evento": manifest.audit_head.event_id if manifest.audit_head else None,
            },
            office_id=actor.office_id,
        )
    with db.read() as session:
        heads = chain_heads(session)
    try:
        anchors.reset_latest(db.url, heads, now)
    except OSError:
        log.warning("no se pudo mover el ancla de la bitácora", exc_info=True)
    if heads:
        # The restore line retires the anchors of the history left behind, in every chain;
        # then each other chain of the restored trail is anchored where it now ends.
        first, *others = heads
        source = f"restauración de {path.name}"
        try:
            anchors.record_restore(backup_dir(db), first, now, source, db.url)
            for head in others:
                anchors.record_anchor(backup_dir(db), head, now, source, db.url)
        except OSError:
            log.warning("no se pudo anotar la restauración junto a las anclas", exc_info=True)


# ------------------------------------------------------------------------------ daily
@dataclass(frozen=True)
class Retention:
    """How many daily backups to keep: the newest of each of the last ``days`` days, of the
    last ``weeks`` weeks and of the last ``months`` months."""

    days: int = 7
    weeks: int = 5
    months: int = 12


@dataclass(frozen=True)
class DailyBackupResult:
    created: BackupInfo | None
    removed: list[Path] = field(default_factory=list)
    skipped: str = ""


def daily_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups in a folder, newest first (by the time in their names)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = DAILY_NAME.match(entry.name)
        if match:
            try:
                when = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
            except ValueError:
                continue
            found.append((when, entry))
    return sorted(found, reverse=True)


def to_keep(backups: list[tuple[dt.datetime, Path]], retention: Retention) -> set[Path]:
    keep: set[Path] = set()
    for key, limit in (
        (lambda t: t.date(), retention.days),
        (lambda t: t.isocalendar()[:2], retention.weeks),
        (lambda t: (t.year, t.month), retention.months),
    ):
        seen: list[object] = []
        for when, path in backups:  # newest first: the first of each period is its newest
            period = key(when)
            if period in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(period)
            keep.add(path)
    return keep


def run_daily_backup(
    db: Database,
    *,
    folder: Path | None = None,
    now: dt.datetime | None = None,
    retention: Retention | None = None,
) -> DailyBackupResult:
    """Make today's backup unless there is one, then drop the ones the rotation lets go.

    Safe to call from every desk at start-up and from cron at once: a lock file lets one do it.
    Days are the machine's calendar days (the names are what a person sees in the folder).
    """
    try:
        folder = folder or backup_dir(db)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        where = folder or backup_dir(db, create=False)
        raise BackupError(
            f"No se puede usar la carpeta de copias «{where}» ({exc.strerror}); "
            "revise CONCILIADOR_BACKUP_DIR o los permisos."
        ) from exc
    now = now or db.now()
    local = now.astimezone()
    retention = retention or Retention()
    with try_lock(folder / ".copia-diaria.lock") as got:
        if not got:
            return DailyBackupResult(None, skipped="otra copia diaria está en curso")
        existing = daily_backups(folder)
        if any(when.date() == local.date() for when, _ in existing):
            return DailyBackupResult(None, skipped="ya hay una copia de hoy")
        target = folder / f"conciliador-{local:%Y%m%d-%H%M%S}.tar.gz"
        info = create_backup(db, DAILY_ACTOR, target, now=now)
        backups = daily_backups(folder)
        keep = to_keep(backups, retention) | {target}
        removed = []
        for _, path in backups:
            if path not in keep:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
        if info.problems:
            log.warning("la copia diaria encontró %d problema(s) en la base", len(info.problems))
        return DailyBackupResult(info, removed)
