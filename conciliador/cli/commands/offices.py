"""``conciliador office place``: record where an existing office is (department, municipality)
and its name's article. Offices created before they recorded a place cannot issue actas until
this is done. Runs as the local command line (see docs/permissions.md)."""

from __future__ import annotations

import argparse
from typing import Any

from conciliador.cli.common import command_line_actor, database
from conciliador.services.offices import office_by_code, set_office_place


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "office",
        parents=[common],
        help="oficinas: dónde está cada una (departamento, municipio)",
        description="Administra los datos de una oficina desde la línea de órdenes.",
    )
    actions = p.add_subparsers(
        dest="action", title="acciones", metavar="ACCIÓN", required=True, parser_class=type(p)
    )
    a = actions.add_parser(
        "place",
        parents=[common],
        help="registra el departamento, el municipio y el artículo del nombre de una oficina",
        description="El municipio es el lugar que nombran sus actas («En Tipitapa, a los…»); "
        "se elige de la lista del país (resources/places/).",
    )
    a.add_argument("code", metavar="CÓDIGO", help="código de la oficina (p. ej. MN-D2)")
    a.add_argument("--department", required=True, metavar="NOMBRE", help="departamento o región")
    a.add_argument("--municipality", required=True, metavar="NOMBRE", help="municipio")
    a.add_argument(
        "--article",
        required=True,
        choices=["la", "el", "las", "los", "ninguno"],
        help="artículo del nombre en una frase («Acuda a la Delegación…»)",
    )
    a.set_defaults(handler=run_place)


def run_place(args: argparse.Namespace) -> int:
    db = database(args)
    with db.read() as session:
        office_id = office_by_code(session, args.code).id
    view = set_office_place(
        db,
        command_line_actor(),
        office_id,
        department=args.department,
        municipality=args.municipality,
        name_article="" if args.article == "ninguno" else args.article,
    )
    print(f"Oficina {view.code}: {args.municipality} ({args.department}).")
    return 0
