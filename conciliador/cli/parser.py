"""argparse speaking Spanish: usage, help, and one-line errors."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

_TRANSLATIONS = [
    (r"the following arguments are required: (.*)", r"faltan los argumentos obligatorios: \1"),
    (r"unrecognized arguments: (.*)", r"argumentos desconocidos: \1"),
    (
        r"argument (\S+): invalid choice: '?([^']*)'? \(choose from (.*)\)",
        r"argumento \1: opción no válida «\2» (elija entre \3)",
    ),
    (r"argument (\S+): invalid (\w+) value: '?([^']*)'?", r"argumento \1: valor no válido «\3»"),
    (r"argument (\S+): expected one argument", r"argumento \1: falta su valor"),
    (r"argument (\S+): (.*)", r"argumento \1: \2"),
]


def spanish(message: str) -> str:
    for pattern, replacement in _TRANSLATIONS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class SpanishHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, prefix="uso: " if prefix is None else prefix)


class SpanishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are in Spanish and errors fit on one line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", SpanishHelpFormatter)
        wants_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumentos"
        self._optionals.title = "opciones"
        if wants_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help="muestra esta ayuda y termina",
            )

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {spanish(message)} (vea --help)\n")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


#: The largest number a record's id (or any count) can be in either database engine.
LARGEST = 2**63 - 1


def bounded(low: int, high: int = LARGEST) -> Any:
    """An argparse ``type`` for a whole number between ``low`` and ``high``: a value outside
    (``--hearing 2**70``, ``--cases 10**30``) is refused as a usage error, in Spanish, before
    any database or memory is touched."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip().replace("_", ""), 10)
        except ValueError:
            raise argparse.ArgumentTypeError(f"«{text}» no es un número entero") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text} fuera del rango {low}…{high:,}".replace(",", ".")
            )
        return value

    parse.__name__ = "número"
    return parse


record_id = bounded(1)
