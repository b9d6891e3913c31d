"""``conciliador criteria``: signed packages of the published criteria and templates, for
offices on their own database (export and key at the national office; trust and import at the
office)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from conciliador.cli.common import command_line_actor, database
from conciliador.services.criteria_package import (
    export_package,
    import_package,
    key_file_name,
    public_key_text,
    trust_key,
)
from conciliador.services.errors import ServiceError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "criteria",
        parents=[common],
        help="paquetes firmados de criterios y plantillas publicados",
        description="En la oficina nacional: «export» escribe un paquete firmado con todas las "
        "versiones publicadas de los perfiles y las plantillas, y «key» la clave pública que "
        "las oficinas deben instalar. En una oficina con su propia base: «trust» instala esa "
        "clave e «import» importa un paquete (uno alterado o firmado con otra clave se "
        "rechaza y no se guarda nada).",
    )
    what = p.add_subparsers(dest="action", metavar="ACCIÓN", required=True)
    export = what.add_parser("export", parents=[common], help="escribe un paquete firmado")
    export.add_argument("--out", required=True, metavar="ARCHIVO", help="archivo del paquete")
    key = what.add_parser("key", parents=[common], help="escribe la clave pública nacional")
    key.add_argument("--out", metavar="ARCHIVO.pub", help="archivo (por omisión, en la carpeta)")
    trust = what.add_parser("trust", parents=[common], help="instala una clave pública nacional")
    trust.add_argument("file", metavar="ARCHIVO.pub")
    imp = what.add_parser("import", parents=[common], help="importa un paquete firmado")
    imp.add_argument("file", metavar="PAQUETE")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    actor = command_line_actor()
    if args.action == "key":
        out = Path(args.out or key_file_name())
        out.write_text(public_key_text(), encoding="ascii")
        print(f"Clave pública de criterios escrita en {out}.")
        return 0
    db = database(args)
    if args.action == "export":
        count = export_package(db, actor, Path(args.out))
        print(f"Paquete firmado escrito en {args.out} ({count} versiones).")
        return 0
    if args.action == "trust":
        try:
            text = Path(args.file).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise ServiceError(f"No se pudo leer la clave «{args.file}».") from exc
        mark = trust_key(db, actor, text)
        print(f"Clave de criterios instalada (huella {mark}).")
        return 0
    result = import_package(db, actor, Path(args.file))
    print(
        f"Paquete importado (clave {result.key_fingerprint}): {result.profile_versions} "
        f"versión(es) de perfil y {result.template_versions} de plantilla nuevas; "
        f"{result.already_present} ya estaban."
    )
    return 0
