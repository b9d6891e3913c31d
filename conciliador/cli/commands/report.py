"""``conciliador report monthly`` and ``conciliador report cases``: the month's reports as files,
so that a delegation can schedule them (cron, the Windows task scheduler)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from conciliador.cli.common import command_line_actor, database
from conciliador.services.reports import (
    Month,
    export_case_list,
    export_monthly_report,
    format_of,
    report_office_id,
)


def _month(text: str) -> Month:
    from conciliador.services.errors import ValidationFailed

    try:
        return Month.parse(text)
    except ValidationFailed as exc:
        raise argparse.ArgumentTypeError(str(exc.problems[0].message)) from exc


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report",
        parents=[common],
        help="reportes mensuales (resumen en XLSX, CSV o PDF; listado de casos)",
        description="Reportes del mes para la supervisión.",
    )
    orders = report.add_subparsers(
        dest="report_command",
        title="reportes",
        metavar="REPORTE",
        parser_class=type(report),
        required=True,
    )
    monthly = orders.add_parser(
        "monthly",
        parents=[common],
        help="resumen mensual: cifras por oficina y conciliador/a, con gráficos",
        description="Escribe el resumen mensual de una oficina y las que dependen de ella, "
        "cada cifra junto al mes anterior y al mismo mes del año anterior. Solo cifras "
        "agregadas, sin datos personales. El formato sale de la extensión del archivo.",
    )
    for parser in (monthly,):
        _common_options(parser, "ARCHIVO.xlsx|.csv|.pdf")
    monthly.set_defaults(handler=run_monthly)
    cases = orders.add_parser(
        "cases",
        parents=[common],
        help="listado de casos del mes con datos personales (queda en la bitácora)",
        description="Escribe los casos solicitados o cerrados en el mes, con nombres y "
        "documentos de las partes. Contiene datos personales: el archivo queda legible solo "
        "para su dueño y la exportación se registra en la bitácora de auditoría.",
    )
    _common_options(cases, "ARCHIVO.xlsx|.csv")
    cases.set_defaults(handler=run_cases)


def _common_options(parser: argparse.ArgumentParser, out: str) -> None:
    parser.add_argument(
        "--month", required=True, type=_month, metavar="AAAA-MM", help="mes del reporte"
    )
    parser.add_argument(
        "--office",
        metavar="CÓDIGO",
        help="oficina (con todas las que dependen de ella); por omisión la oficina nacional",
    )
    parser.add_argument("--out", required=True, metavar=out, help="archivo de salida")


def run_monthly(args: argparse.Namespace) -> int:
    out = Path(args.out)
    format_of(out)  # refuse a wrong extension before opening the database
    db = database(args)
    actor = command_line_actor()
    office_id = report_office_id(db, actor, args.office)
    result = export_monthly_report(db, actor, args.month, office_id, out)
    summary = result.summary
    print(
        f"Resumen de {summary.month.label(summary.locale)} de {summary.office.code} "
        f"({len(summary.offices)} oficinas) guardado en {out}."
    )
    return 0


def run_cases(args: argparse.Namespace) -> int:
    out = Path(args.out)
    db = database(args)
    actor = command_line_actor()
    office_id = report_office_id(db, actor, args.office)
    result = export_case_list(db, actor, args.month, office_id, out)
    print(f"Listado de {result.cases} casos guardado en {out} (contiene datos personales).")
    return 0
