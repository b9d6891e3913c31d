"""The command line: ``conciliador <orden> [opciones]``. Without an order it opens the app.

Every order takes ``--db URL`` (or ``CONCILIADOR_DB``), has ``--help``, exits 0 on success and
non-zero with one line of Spanish on stderr otherwise: 1 for a refusal (bad data, missing
permission), 2 for a usage error or the environment's fault, 3 for a program defect (logged).
Each order lives in its own module under ``conciliador.cli.commands`` and registers itself in
``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from conciliador import __version__
from conciliador.cli.parser import SpanishArgumentParser
from conciliador.criteria import ProfileError
from conciliador.db import DatabaseError
from conciliador.services.errors import ServiceError
from conciliador.services.failures import environment_problem

log = logging.getLogger(__name__)

#: Modules under conciliador.cli.commands, in the order ``--help`` lists them.
COMMANDS = (
    "init",
    "offices",
    "demo",
    "interchange",
    "hearings",
    "agreements",
    "report",
    "actas",
    "followup",
    "verify",
    "accounts",
    "permissions",
    "backup",
    "criteria",
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
#: The environment's fault (disk full or read-only, a folder where a file was expected, a
#: database that cannot be reached): shares the usage code, the user fixes it themselves.
EXIT_ENVIRONMENT = EXIT_USAGE


def _database_option(*, default: object) -> SpanishArgumentParser:
    common = SpanishArgumentParser(add_help=False)
    common._optionals.title = "base de datos"
    common.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="base de datos (URL de SQLAlchemy: sqlite:///ruta.sqlite o "
        "postgresql://usuario@servidor/base); por omisión CONCILIADOR_DB o el archivo "
        "SQLite de la carpeta de datos del usuario",
    )
    return common


def build_parser() -> SpanishArgumentParser:
    parser = SpanishArgumentParser(
        prog="conciliador",
        description="Conciliador: audiencias de conciliación familiar, acuerdos y actas."
        " Sin orden abre la aplicación de escritorio.",
        parents=[_database_option(default=None)],
    )
    # --db is taken before or after the order: the order's copy has no default of its own,
    # which would overwrite the one given before the order.
    common = _database_option(default=argparse.SUPPRESS)
    parser.add_argument(
        "--version",
        action="version",
        version=f"conciliador {__version__}",
        help="muestra la versión y termina",
    )
    sub = parser.add_subparsers(
        dest="command", title="órdenes", metavar="ORDEN", parser_class=SpanishArgumentParser
    )
    for name in COMMANDS:
        module = importlib.import_module(f"conciliador.cli.commands.{name}")
        module.register(sub, common)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (``argv`` without the program name)."""
    return build_parser().parse_args(argv)


def dispatch(args: argparse.Namespace) -> int:
    """Run the parsed order; returns the exit status."""
    try:
        status: int = args.handler(args)
        return status
    except (ServiceError, ProfileError) as exc:
        print(f"conciliador: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except DatabaseError as exc:
        print(f"conciliador: error: {exc}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    except KeyboardInterrupt:
        print("conciliador: cancelado por el usuario; no se guardó nada a medias.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        problem = environment_problem(exc)
        if problem is not None:
            log.warning("problema del entorno en la orden %s: %r", args.command, exc)
            print(f"conciliador: error: {problem}", file=sys.stderr)
            return EXIT_ENVIRONMENT
        log.exception("error inesperado en la orden %s", args.command)
        from conciliador.applog import log_file

        print(
            f"conciliador: error inesperado (es un defecto del programa); detalles en {log_file()}",
            file=sys.stderr,
        )
        return EXIT_BUG


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run one order (used by tests and scripts)."""
    return dispatch(parse(argv))
