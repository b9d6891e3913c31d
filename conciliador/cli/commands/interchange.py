"""``conciliador export`` and ``conciliador import``: the JSON interchange format."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from conciliador.cli.common import command_line_actor, database
from conciliador.documents.atomic import write_atomically
from conciliador.services.errors import ServiceError
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import import_records
from conciliador.services.interchange.schema import json_schema


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export",
        parents=[common],
        help="exporta registros al formato de intercambio JSON",
        description="Exporta oficinas, personal, personas, casos, audiencias, "
        "citaciones y acuerdos al formato de intercambio "
        "(docs/intercambio.md).",
    )
    p.add_argument("--out", required=True, metavar="ARCHIVO.json", help="archivo de salida")
    p.add_argument(
        "--office", metavar="CÓDIGO", help="solo esta oficina y las que dependen de ella"
    )
    p.set_defaults(handler=run_export)

    p = sub.add_parser(
        "import",
        parents=[common],
        help="importa un archivo de intercambio JSON (todo o nada)",
        description="Importa un archivo de intercambio. Si un registro tiene un "
        "error no se importa nada, y el mensaje nombra el registro y "
        "el campo.",
    )
    p.add_argument("file", metavar="ARCHIVO.json", help="archivo a importar")
    p.set_defaults(handler=run_import)

    p = sub.add_parser(
        "schema", parents=[common], help="escribe el esquema JSON del formato de intercambio"
    )
    p.add_argument("--out", required=True, metavar="ARCHIVO.json", help="archivo de salida")
    p.set_defaults(handler=run_schema)


def run_export(args: argparse.Namespace) -> int:
    _, counts = export_records(
        database(args), command_line_actor(), args.office, path=Path(args.out)
    )
    listed = ", ".join(f"{n} {name}" for name, n in counts.items() if n)
    print(f"Exportado a {args.out}: {listed or 'ningún registro'}.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ServiceError(f"No se pudo leer «{path}»: {exc.strerror}.") from exc
    result = import_records(database(args), command_line_actor(), raw, source=path.name)
    created = ", ".join(f"{n} {name}" for name, n in result.created.items()) or "nada nuevo"
    skipped = sum(result.skipped.values())
    print(
        f"Importado {path.name}: {created}"
        + (f"; {skipped} ya existían iguales." if skipped else ".")
    )
    return 0


def run_schema(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    write_atomically(Path(args.out), text.encode("utf-8"), mode=0o644)
    print(f"Esquema escrito en {args.out}.")
    return 0
