"""``conciliador demo``: fill an empty database with realistic demonstration data."""

from __future__ import annotations

import argparse
import datetime as dt
import secrets
from typing import Any

from conciliador.cli.common import command_line_actor, database, progress_printer, secret_from
from conciliador.cli.parser import bounded
from conciliador.criteria import DEFAULT_PROFILE, available_profiles
from conciliador.demo import MAX_CASES, DemoSpec, generate_demo


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"«{text}» no es una fecha AAAA-MM-DD") from exc


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo",
        parents=[common],
        help="carga datos de demostración en una base vacía",
        description="Crea el esquema si hace falta y lo llena con oficinas, personal, casos y "
        "audiencias realistas del mes en curso y del anterior. La misma semilla "
        "da los mismos datos.",
    )
    p.add_argument(
        "--cases",
        type=bounded(0, MAX_CASES),
        default=1500,
        metavar="N",
        help="casos (por omisión 1500)",
    )
    p.add_argument(
        "--seed", type=bounded(0), default=1, metavar="S", help="semilla (por omisión 1)"
    )
    p.add_argument(
        "--today",
        type=_day,
        metavar="AAAA-MM-DD",
        help="día de referencia (por omisión hoy en la zona horaria del perfil)",
    )
    p.add_argument(
        "--months",
        type=bounded(1, 240),
        default=2,
        metavar="M",
        help="meses que abarcan las solicitudes (por omisión 2: este y el anterior)",
    )
    p.add_argument(
        "--offices",
        type=bounded(1, 10_000),
        default=16,
        metavar="N",
        help="oficinas (nacional, departamentales y municipales; por omisión 16)",
    )
    p.add_argument(
        "--profile",
        default=DEFAULT_PROFILE,
        choices=available_profiles(),
        help=f"perfil de criterios del país (por omisión {DEFAULT_PROFILE}): sus leyes, "
        "palabras, moneda, feriados y lugares",
    )
    p.add_argument(
        "--follow-up",
        type=int,
        default=0,
        metavar="N",
        help="además firma N acuerdos con pensión y les da historial de pagos (al día, con "
        "atraso, sin pagar) para el acompañamiento; LibreOffice sella cada acta (por omisión 0; "
        "use --months 4 o más para que haya cuotas en mora)",
    )
    p.add_argument(
        "--password-file",
        metavar="ARCHIVO",
        help="archivo con la contraseña de todos los usuarios de demostración "
        "(o la variable CONCILIADOR_DEMO_PASSWORD); si no, se genera una",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    password = secret_from(None, args.password_file, "CONCILIADOR_DEMO_PASSWORD")
    generated = password is None
    if password is None:
        password = f"demo-{secrets.token_hex(4)}"
    db = database(args)
    summary = generate_demo(
        db,
        command_line_actor(),
        DemoSpec(
            cases=args.cases,
            seed=args.seed,
            password=password,
            today=args.today,
            months=args.months,
            offices=args.offices,
            profile_code=args.profile,
        ),
        progress=progress_printer(args.cases, "Generando casos"),
    )
    print(
        f"Demostración cargada en {db.display_url}: {summary.offices} oficinas, "
        f"{summary.users} usuarios, {summary.cases} casos, {summary.hearings} audiencias, "
        f"{summary.citations} citaciones."
    )
    if args.follow_up > 0:
        from conciliador.demo.followup import KIND_LABELS, add_follow_up

        follow = add_follow_up(db, command_line_actor(), families=args.follow_up)
        kinds = ", ".join(
            f"{KIND_LABELS[kind]}: {len(ids)}" for kind, ids in follow.families.items()
        )
        print(
            f"Acompañamiento: {_count(follow.signed, 'acuerdo firmado', 'acuerdos firmados')} "
            f"({kinds}), {_count(follow.payments, 'pago', 'pagos')} y "
            f"{_count(follow.incidents, 'incidencia', 'incidencias')} registrados."
        )
    examples = [login for login, _role, _office in summary.logins][:4]
    print(f"Usuarios de ejemplo: {', '.join(examples)} …")
    if generated:
        print(f"Contraseña de todos los usuarios de demostración: {password}")
    return 0


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
