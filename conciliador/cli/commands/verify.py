"""``conciliador verify``: independent checks of the database, each with its findings.

``CHECKS`` lists them in the order they run; each returns a summary and its problems. The
order exits 1 when any check found a problem, naming each one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from conciliador.cli.common import database
from conciliador.db import Database
from conciliador.services.actas.integrity import check_signed_actas


def _signed_actas(db: Database) -> tuple[str, tuple[str, ...]]:
    report = check_signed_actas(db)
    return report.summary, report.problems


#: (title, check) in the order they run.
CHECKS: list[tuple[str, Callable[[Database], tuple[str, tuple[str, ...]]]]] = [
    ("Actas firmadas", _signed_actas),
]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "verify",
        parents=[common],
        help="verifica la base: actas firmadas contra su huella",
        description="Comprueba cada acta firmada contra la huella SHA-256 registrada al "
        "sellarla (y en la bitácora de auditoría). Nombra cada acta cuyo archivo falta o fue "
        "alterado. Termina con 0 si todo está bien y con 1 si encontró problemas.",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = database(args)
    problems = 0
    for title, check in CHECKS:
        summary, found = check(db)
        print(f"{'✔' if not found else '✘'} {title}: {summary}")
        for problem in found:
            print(f"    - {problem}")
        problems += len(found)
    if problems:
        print(f"conciliador: la verificación encontró {problems} problema(s).", file=sys.stderr)
        return 1
    print("Todo en orden.")
    return 0
