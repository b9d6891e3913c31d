"""``conciliador backup`` and ``conciliador restore``: verified copies of the database and its
documents; ``backup --daily`` is the automatic daily copy with rotation (for cron)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conciliador.cli.common import ask, command_line_actor, database, interactive, progress_printer
from conciliador.cli.parser import bounded
from conciliador.services.backup_desk import backup_policy
from conciliador.services.backups import (
    BackupHasProblems,
    BackupInfo,
    Retention,
    SafetyCopyFailed,
    create_backup,
    restore_backup,
    run_daily_backup,
)
from conciliador.services.errors import ServiceError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup",
        parents=[common],
        help="copia de seguridad verificada de la base y sus documentos",
        description="Copia la base de datos (SQLite: copia en línea; PostgreSQL: pg_dump) y la "
        "carpeta de documentos en un archivo .tar.gz legible solo por el usuario, y la "
        "verifica (integridad, esquema, cadena de la bitácora, huellas). Con --daily hace la "
        "copia automática del día en la carpeta de copias y borra las que la rotación ya no "
        "guarda (para programarla con cron).",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", metavar="ARCHIVO.tar.gz", help="archivo de la copia")
    what.add_argument("--daily", action="store_true", help="copia diaria con rotación")
    p.add_argument(
        "--folder",
        metavar="CARPETA",
        help="con --daily: carpeta de las copias automáticas (si no, la elegida en el programa)",
    )
    p.add_argument(
        "--keep-days",
        type=bounded(0, 100_000),
        default=None,
        metavar="N",
        help="copias diarias (las elegidas en el programa; si no, 7)",
    )
    p.add_argument(
        "--keep-weeks",
        type=bounded(0, 100_000),
        default=None,
        metavar="N",
        help="semanales (las elegidas en el programa; si no, 5)",
    )
    p.add_argument(
        "--keep-months",
        type=bounded(0, 100_000),
        default=None,
        metavar="N",
        help="mensuales (las elegidas en el programa; si no, 12)",
    )
    p.set_defaults(handler=run_backup)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help="restaura una copia de seguridad (verificada antes de tocar nada)",
        description="Lee y verifica toda la copia, guarda una copia de la base actual en la "
        "carpeta de copias y solo entonces reemplaza la base y la carpeta de documentos "
        "en una sola transacción.",
    )
    p.add_argument("file", metavar="COPIA", help="archivo de copia (.tar.gz)")
    p.add_argument("--yes", action="store_true", help="no pedir confirmación")
    p.add_argument(
        "--no-safety-copy",
        action="store_true",
        help="no guardar antes una copia de la base actual (si está dañada)",
    )
    p.add_argument("--force", action="store_true", help="restaurar aunque la copia tenga problemas")
    p.set_defaults(handler=run_restore)


def byte_progress(label: str) -> Callable[[int, int], None]:
    """A (done, total) progress line on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return lambda _done, _total: None
    shown: dict[str, Callable[[int], None]] = {}

    def show(done: int, total: int) -> None:
        if "bar" not in shown:
            shown["bar"] = progress_printer(max(total, 1), label)
        shown["bar"](done)

    return show


def _report(info: BackupInfo) -> int:
    m = info.manifest
    head = f", bitácora hasta el evento n.º {m.audit_head.event_id}" if m.audit_head else ""
    print(
        f"Copia verificada en {info.path}: {info.bytes / 1_048_576:.1f} MB, "
        f"{len(m.documents)} documento(s){head}."
    )
    if info.problems:
        for problem in info.problems:
            print(f"    - {problem}")
        print(
            f"conciliador: copia hecha, pero la base tiene {len(info.problems)} problema(s); "
            "revíselos con «conciliador verify».",
            file=sys.stderr,
        )
        return 1
    return 0


def run_backup(args: argparse.Namespace) -> int:
    db = database(args)
    if args.daily:
        policy = backup_policy(db)  # the folder and rotation chosen in the desktop
        kept = policy.retention
        retention = Retention(
            kept.days if args.keep_days is None else args.keep_days,
            kept.weeks if args.keep_weeks is None else args.keep_weeks,
            kept.months if args.keep_months is None else args.keep_months,
        )
        folder = Path(args.folder) if args.folder else policy.folder
        result = run_daily_backup(db, folder=folder, retention=retention)
        if result.created is None:
            print(f"Sin copia nueva: {result.skipped}.")
            return 0
        status = _report(result.created)
        if result.removed:
            print(f"Rotación: se borraron {len(result.removed)} copia(s) antigua(s).")
        return status
    info = create_backup(
        db,
        command_line_actor(),
        Path(args.out),
        progress=byte_progress("Copiando"),
    )
    return _report(info)


def run_restore(args: argparse.Namespace) -> int:
    db = database(args)
    path = Path(args.file)
    if not args.yes:
        if not interactive():
            raise ServiceError("Restaurar reemplaza toda la base de datos: confirme con --yes.")
        answer = ask(
            f"Se reemplazará la base {db.display_url} y su carpeta de documentos por la copia "
            f"«{path.name}». Escriba RESTAURAR para continuar"
        )
        if answer != "RESTAURAR":
            print("No se restauró nada.")
            return 1
    try:
        result = restore_backup(
            db,
            command_line_actor(),
            path,
            safety_copy=not args.no_safety_copy,
            accept_problems=args.force,
            progress=byte_progress("Leyendo la copia"),
        )
    except BackupHasProblems as exc:
        raise ServiceError(f"{exc} (use --force para restaurarla de todos modos)") from exc
    except SafetyCopyFailed as exc:
        raise ServiceError(f"{exc} (opción --no-safety-copy)") from exc
    m = result.manifest
    print(
        f"Restaurada la copia del {m.created_at.astimezone():%d/%m/%Y %H:%M} "
        f"({len(m.documents)} documento(s))."
    )
    if result.safety_copy is not None:
        print(f"La base anterior quedó guardada en {result.safety_copy}.")
    for line in result.report.lines():
        print(line)
    return 0 if result.report.ok else 1
