"""``conciliador permissions``: write the permissions matrix (docs/permissions.md) from the code."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from conciliador.documents.atomic import write_atomically
from conciliador.services.permission_docs import render_markdown


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "permissions",
        help="escribe la matriz de permisos por rol (docs/permissions.md)",
        description="Genera la matriz de permisos por rol a partir del código: qué puede hacer "
        "cada rol y qué servicio lo comprueba. Sin --out la muestra en pantalla.",
    )
    p.add_argument("--out", metavar="ARCHIVO.md", help="archivo de salida")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    text = render_markdown()
    if not args.out:
        print(text, end="")
        return 0
    write_atomically(Path(args.out), text.encode("utf-8"), mode=0o644)
    print(f"Matriz de permisos escrita en {args.out}.")
    return 0
