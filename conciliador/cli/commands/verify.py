"""``conciliador verify``: check the database (file integrity, schema, audit chain…) or a backup.

Each check of ``services.verification.CHECKS`` prints one line (✔ or ✘) and, under it, every
problem it found; the order exits non-zero when any check found one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from conciliador.cli.commands.backup import byte_progress
from conciliador.cli.common import command_line_actor, database
from conciliador.services import anchors
from conciliador.services.backups import inspect_backup
from conciliador.services.interchange.anchor import anchors_of_file
from conciliador.services.storage import backup_dir
from conciliador.services.verification import VerificationReport, verify


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "verify",
        parents=[common],
        help="verifica la base (integridad, esquema, cadena de la bitácora) o una copia",
        description="Verifica la base de datos: integridad del archivo, versión del esquema y "
        "la cadena de huellas de la bitácora de auditoría (nombra cada evento modificado, "
        "eliminado o insertado por fuera de la aplicación). Compara además la bitácora con "
        "las anclas que dejó cada copia de seguridad. Con --backup verifica un archivo de "
        "copia. Termina con 0 si todo está bien y con 1 si encontró problemas.",
    )
    p.add_argument("--backup", metavar="COPIA", help="verifica este archivo de copia de seguridad")
    p.add_argument(
        "--no-anchors",
        action="store_true",
        help="no comparar con las anclas de las copias de seguridad",
    )
    p.add_argument(
        "--ancla-de",
        metavar="ARCHIVO",
        action="append",
        default=[],
        help="compara además con el ancla que lleva un archivo de intercambio enviado desde "
        "esta base (el que guarda la oficina superior); se puede repetir",
    )
    p.set_defaults(handler=run)


def _print(report: VerificationReport) -> None:
    for line in report.lines():
        print(line)


def _finish(problems: int) -> int:
    if problems:
        print(f"conciliador: la verificación encontró {problems} problema(s).", file=sys.stderr)
        return 1
    print("Todo en orden.")
    return 0


def run(args: argparse.Namespace) -> int:
    db = database(args)
    actor = command_line_actor()
    if args.backup:
        path = Path(args.backup)
        info = inspect_backup(db, actor, path, progress=byte_progress("Leyendo la copia"))
        m = info.manifest
        print(
            f"Copia «{path.name}»: {m.engine}, creada el "
            f"{m.created_at.astimezone():%d/%m/%Y %H:%M}, {len(m.documents)} documento(s); "
            "todas las huellas coinciden."
        )
        if info.report is not None:
            _print(info.report)
        for problem in m.problems:
            print(f"    - (al copiar) {problem}")
        return _finish(len(info.problems))
    if args.no_anchors:
        report = verify(db, actor, use_anchors=False)
    else:
        known = anchors.load_anchors(backup_dir(db, create=False), db.url)
        for name in args.ancla_de:
            carried = anchors_of_file(Path(name), db.url)
            known.anchors += carried.anchors
            known.problems += carried.problems
        report = verify(db, actor, anchors=known.anchors, anchor_problems=known.problems)
    _print(report)
    return _finish(len(report.problems))
