"""``conciliador alerts`` (the early alerts of an office) and ``conciliador payments import``
(a bank or payroll listing of support payments, recorded all or nothing)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from conciliador.cli.common import command_line_actor, database
from conciliador.services.errors import ValidationFailed
from conciliador.services.followup.alerts import AlertView, counts_by_kind, list_alerts
from conciliador.services.followup.batch import import_payments, read_payments_file


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"«{text}» no es una fecha AAAA-MM-DD") from exc


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "alerts",
        parents=[common],
        help="lista las alertas tempranas de una oficina",
        description="Lista las alertas tempranas (mora de la pensión, plazos, citaciones, "
        "actas sin firmar …) de una oficina y las que dependen de ella, de la más urgente a la "
        "menos, con el caso, la explicación y el paso siguiente. Cada regla y sus parámetros "
        "están en la sección [alertas] del perfil de criterios.",
    )
    p.add_argument("--office", metavar="CÓDIGO", help="código de la oficina (por omisión, todas)")
    p.add_argument(
        "--as-of",
        type=_date,
        metavar="AAAA-MM-DD",
        help="el día para el que se calculan (por omisión, hoy en la oficina)",
    )
    p.set_defaults(handler=run_alerts)

    payments = sub.add_parser(
        "payments",
        help="registra pagos de pensión en lote",
        description="Pagos de pensión alimenticia informados a la oficina.",
    )
    inner = payments.add_subparsers(
        dest="payments_command", title="órdenes", metavar="ORDEN", required=True
    )
    p = inner.add_parser(
        "import",
        parents=[common],
        help="registra los pagos de un archivo CSV (todos o ninguno)",
        description="Registra los pagos de un archivo CSV (listado del banco o de planilla). "
        "Primera línea: expediente,fecha,monto,forma,recibo,informado_por,observaciones. "
        "Fecha AAAA-MM-DD; monto con punto decimal y sin separador de miles; forma: "
        "efectivo_oficina, deposito_bancario o deduccion_planilla. Si una línea tiene un "
        "problema no se registra ninguna, y el mensaje nombra la línea y la columna.",
    )
    p.add_argument("file", metavar="ARCHIVO.csv", type=Path, help="el archivo de pagos")
    p.set_defaults(handler=run_payments_import)


def alert_lines(alerts: list[AlertView], day: dt.date | None) -> list[str]:
    when = f" al {day.isoformat()}" if day else ""
    if not alerts:
        return [f"Sin alertas pendientes{when}."]
    lines = [f"{len(alerts)} alerta(s) pendiente(s){when}:"]
    lines += [f"  {c.kind.label}: {c.count}" for c in counts_by_kind(alerts)]
    for number, alert in enumerate(alerts, start=1):
        case = f" — caso {alert.case_number}" if alert.case_number else ""
        lines += [
            "",
            f"{number}. [{alert.priority}] {alert.title} — {alert.office_code}{case}",
            f"   {alert.explanation}",
            f"   Siguiente paso: {alert.next_step}",
            f"   Clave: {alert.key}",
        ]
    return lines


def run_alerts(args: argparse.Namespace) -> int:
    db = database(args)
    actor = command_line_actor()
    alerts = list_alerts(db, actor, office_code=args.office, as_of=args.as_of)
    print("\n".join(alert_lines(alerts, args.as_of)))
    return 0


def run_payments_import(args: argparse.Namespace) -> int:
    db = database(args)
    try:
        lines = read_payments_file(args.file)
        result = import_payments(db, command_line_actor(), lines)
    except ValidationFailed as exc:
        print(f"conciliador: error: no se registró ningún pago de {args.file}:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    totals = ", ".join(f"{amount} {currency}" for currency, amount in sorted(result.totals.items()))
    print(f"Se registraron {result.recorded} pago(s): {totals}.")
    return 0
