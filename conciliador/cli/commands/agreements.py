"""``conciliador agreement`` (what was agreed, and whether its acta can be issued) and
``conciliador guideline`` (the child-support guideline of a profile, worked out)."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal, InvalidOperation
from typing import Any

from conciliador.cli.common import command_line_actor, database
from conciliador.cli.parser import record_id
from conciliador.criteria import available_profiles, load_profile
from conciliador.services.agreements import (
    AgreementView,
    GuidelineWorking,
    agreement_id_of_hearing,
    get_agreement,
    work_guideline,
)
from conciliador.services.agreements.guideline import inexact_income
from conciliador.services.agreements.terms import Income


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(
            f"«{text}» no es un monto (escriba por ejemplo 15000.50, sin separador de miles)"
        ) from exc
    if not value.is_finite() or value < 0 or value >= 10**12:
        raise argparse.ArgumentTypeError(f"«{text}» no es un monto válido")
    if value != value.quantize(Decimal("0.01")):
        raise argparse.ArgumentTypeError(f"«{text}»: use como máximo dos decimales")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"«{text}» no es un número entero") from exc
    if not 1 <= value <= 30:
        raise argparse.ArgumentTypeError("entre 1 y 30")
    return value


def _age(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"«{text}» no es un número entero de años") from exc
    if not 10 <= value <= 120:
        raise argparse.ArgumentTypeError("entre 10 y 120 años")
    return value


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "agreement",
        parents=[common],
        help="muestra un acuerdo: cláusulas, cálculo de la pauta y problemas",
        description="Muestra lo acordado en una audiencia con la redacción estándar del "
        "perfil, el cálculo de la pauta alimentaria y los errores y advertencias. Termina con 1 "
        "si hay errores que impiden emitir el acta.",
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--id", type=record_id, metavar="N", help="número del acuerdo")
    target.add_argument("--hearing", type=record_id, metavar="N", help="número de la audiencia")
    p.set_defaults(handler=run_agreement)

    p = sub.add_parser(
        "guideline",
        help="calcula la pauta alimentaria de un perfil",
        description="Calcula la pauta alimentaria de un perfil de criterios paso a paso, con su "
        "base legal. Los montos se escriben con punto decimal y sin separador de miles.",
    )
    p.add_argument(
        "--profile", default="NI", choices=available_profiles(), help="perfil (por omisión NI)"
    )
    p.add_argument("--children", type=_count, required=True, metavar="N", help="hijas e hijos")
    p.add_argument("--income", type=_amount, metavar="MONTO", help="ingreso bruto mensual")
    p.add_argument(
        "--social-security",
        type=_amount,
        default=Decimal(0),
        metavar="MONTO",
        help="deducción de seguridad social",
    )
    p.add_argument(
        "--income-tax",
        type=_amount,
        default=Decimal(0),
        metavar="MONTO",
        help="deducción de impuesto sobre la renta",
    )
    p.add_argument(
        "--thirteenth-month", type=_amount, metavar="MONTO", help="décimo tercer mes (anual)"
    )
    p.add_argument(
        "--payer-age",
        type=_age,
        metavar="AÑOS",
        help="edad del alimentante (donde el ingreso mínimo depende de ella, como en Chile)",
    )
    p.set_defaults(handler=run_guideline)


def working_lines(working: GuidelineWorking) -> list[str]:
    lines = [f"Base legal: {working.legal_basis}"]
    for line in working.lines:
        how = f"  ({line.calculation})" if line.calculation else ""
        lines.append(f"  {line.concept}: {line.result}{how}")
    lines += [f"  • {note}" for note in working.notes]
    return lines


def agreement_lines(view: AgreementView) -> list[str]:
    lines = [f"Acuerdo n.º {view.id} — caso {view.case_number} — {view.outcome.label}"]
    if view.pending_matters:
        lines.append("Pendiente: " + ", ".join(m.label for m in view.pending_matters))
    if view.clauses:
        lines.append("")
        lines.append("Cláusulas:")
        for number, clause in enumerate(view.clauses, start=1):
            mark = " [texto de las partes]" if clause.free_text else ""
            lines.append(f"  {number}. {clause.text}{mark}")
    if view.guideline is not None:
        lines.append("")
        lines.append("Pauta alimentaria:")
        lines += ["  " + line for line in working_lines(view.guideline)]
    lines.append("")
    if not view.findings:
        lines.append("Sin errores ni advertencias: el acta puede emitirse.")
    for finding in view.findings:
        lines.append(str(finding))
    return lines


def run_agreement(args: argparse.Namespace) -> int:
    db = database(args)
    actor = command_line_actor()
    agreement_id = args.id or agreement_id_of_hearing(db, actor, args.hearing)
    view = get_agreement(db, actor, agreement_id)
    print("\n".join(agreement_lines(view)))
    if view.errors:
        print(
            f"conciliador: error: el acuerdo tiene {len(view.errors)} error(es) que impiden "
            "emitir el acta",
            file=sys.stderr,
        )
        return 1
    return 0


def run_guideline(args: argparse.Namespace) -> int:
    profile = load_profile(args.profile)
    income = None
    if args.income is not None:
        income = Income(
            gross=args.income,
            social_security=args.social_security,
            income_tax=args.income_tax,
            thirteenth_month=args.thirteenth_month,
        )
    if income is not None:
        wrong = inexact_income(profile, income)
        if wrong:
            print(
                f"conciliador: error: {', '.join(wrong)}: los montos en "
                f"{profile.regional.currency_name} no llevan más decimales que los de su moneda",
                file=sys.stderr,
            )
            return 2
    working = work_guideline(profile, args.children, income, payer_age=args.payer_age)
    print(f"Pauta alimentaria — {profile.info.name}")
    print("\n".join(working_lines(working)))
    return 0
