"""``conciliador hearing``: a hearing's own record — show it, start the hearing (with the
reason when it starts before its day or time, or with a citation undelivered) and correct
when it really started and ended (with a reason)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from conciliador.cli.common import command_line_actor, database
from conciliador.services.errors import FieldProblem, ValidationFailed
from conciliador.services.fields import HearingFields
from conciliador.services.hearing_details import HearingDetail, hearing_detail
from conciliador.services.hearing_flow import correct_hearing_times, start_hearing

_FORMAT = "%Y-%m-%d %H:%M"


def _moment(text: str) -> dt.datetime:
    """A wall-clock time in the office's zone (attached once the hearing is known)."""
    try:
        return dt.datetime.strptime(text.strip(), _FORMAT)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"«{text}» no es una fecha y hora (escriba AAAA-MM-DD HH:MM, p. ej. 2026-12-04 14:17)"
        ) from exc


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "hearing",
        help="el registro de una audiencia: verlo, iniciarla, corregir sus horas",
        description="El registro de una audiencia: cuándo se inició y concluyó realmente (lo "
        "que dice el acta) y por qué se inició antes de su día u hora, o sin constancia de "
        "entrega de una citación. Fechas y horas en la zona horaria de la oficina.",
    )
    orders = p.add_subparsers(dest="hearing_order", title="órdenes", metavar="ORDEN", required=True)
    show = orders.add_parser("show", parents=[common], help="muestra la audiencia y su registro")
    show.add_argument("--id", type=int, required=True, metavar="N", help="número de la audiencia")
    show.set_defaults(handler=run_show)

    start = orders.add_parser(
        "start",
        parents=[common],
        help="inicia la audiencia",
        description="Inicia la audiencia ahora (o a la hora de --at). Antes del día o de la "
        "hora señalados (más allá de la tolerancia del perfil), o con una citación sin "
        "constancia de entrega, pide --reason.",
    )
    start.add_argument("--id", type=int, required=True, metavar="N", help="número de la audiencia")
    start.add_argument(
        "--at", type=_moment, metavar="'AAAA-MM-DD HH:MM'", help="hora real de inicio"
    )
    start.add_argument("--reason", default="", metavar="TEXTO", help="motivo del inicio")
    start.set_defaults(handler=run_start)

    times = orders.add_parser(
        "times",
        parents=[common],
        help="corrige las horas reales de inicio y conclusión",
        description="Corrige cuándo se inició y concluyó realmente la audiencia; el motivo es "
        "obligatorio y queda en la bitácora.",
    )
    times.add_argument("--id", type=int, required=True, metavar="N", help="número de la audiencia")
    times.add_argument(
        "--start", type=_moment, required=True, metavar="'AAAA-MM-DD HH:MM'", help="hora de inicio"
    )
    times.add_argument(
        "--end", type=_moment, metavar="'AAAA-MM-DD HH:MM'", help="hora de conclusión"
    )
    times.add_argument("--reason", required=True, metavar="TEXTO", help="motivo de la corrección")
    times.set_defaults(handler=run_times)


def _local(detail: HearingDetail, moment: dt.datetime | None) -> dt.datetime | None:
    return moment.replace(tzinfo=detail.hearing.starts_at.tzinfo) if moment else None


def detail_lines(detail: HearingDetail) -> list[str]:
    h = detail.hearing
    lines = [
        f"Audiencia n.º {h.id} — caso {h.case_number} — {h.status.label}",
        f"Señalada: {h.starts_at:%d/%m/%Y} de {h.starts_at:%H:%M} a {h.ends_at:%H:%M}",
    ]
    start, end = detail.started_at, detail.concluded_at
    lines.append(f"Inicio real: {start:%d/%m/%Y %H:%M}" if start else "Inicio real: no consta")
    if end:
        lines.append(f"Conclusión real: {end:%d/%m/%Y %H:%M}")
    if detail.start_reason:
        lines.append(f"Motivo del inicio: {detail.start_reason}")
    for problem in detail.start_problems:
        lines.append(f"Para iniciarla ahora hace falta un motivo: {problem}.")
    return lines


def run_show(args: argparse.Namespace) -> int:
    detail = hearing_detail(database(args), command_line_actor(), args.id)
    print("\n".join(detail_lines(detail)))
    return 0


def run_start(args: argparse.Namespace) -> int:
    db, actor = database(args), command_line_actor()
    detail = hearing_detail(db, actor, args.id)
    start_hearing(db, actor, args.id, reason=args.reason, started_at=_local(detail, args.at))
    print("\n".join(detail_lines(hearing_detail(db, actor, args.id))))
    return 0


def run_times(args: argparse.Namespace) -> int:
    db, actor = database(args), command_line_actor()
    detail = hearing_detail(db, actor, args.id)
    start = _local(detail, args.start)
    if start is None:  # argparse requires it; said here for the type checker
        raise ValidationFailed(FieldProblem(HearingFields.STARTED_AT, "indíquela"))
    correct_hearing_times(
        db,
        actor,
        args.id,
        started_at=start,
        concluded_at=_local(detail, args.end),
        reason=args.reason,
    )
    print("\n".join(detail_lines(hearing_detail(db, actor, args.id))))
    return 0
