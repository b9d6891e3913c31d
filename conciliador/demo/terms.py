"""Realistic structured clauses for the demonstration data.

Called by the demo generator for every agreement it writes. The clauses follow the office's
guideline most of the time, depart from it now and then with a written reason, and vary the
way families really agree: monthly or fortnightly payments, cash at the office or a bank
deposit or a payroll deduction, school supplies in kind, arrears in instalments, alternate
weekends with a mid-week afternoon, shared holidays and vacations.

Built as plain JSON (the canonical form ``AgreementTerms.stored()`` gives, which a test checks)
because the generator writes hundreds of thousands of them for the benchmarks' databases.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from typing import Any

from conciliador.criteria import Profile
from conciliador.documents.amounts import round_money
from conciliador.domain.agreement_terms import (
    Decider,
    GuidelineKind,
    LivesWith,
    Party,
    Periodicity,
)
from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements.money import (
    monthly_equivalent,
    per_period,
    split_equally,
)

#: Employee social security by currency (employee's share), for plausible payslips.
_SOCIAL_SECURITY = {"NIO": Decimal("0.07"), "CLP": Decimal("0.175"), "COP": Decimal("0.08")}
_BANKS = ("Banpro", "BAC Credomatic", "LAFISE Bancentro", "Banco Ficohsa", "Avanz")
_DEPARTURES = (
    "El alimentante tiene otros dos hijos con pensión fijada judicialmente.",
    "El alimentante perdió su empleo fijo; se revisará el monto en seis meses.",
    "Las partes acuerdan que el padre cubre además la matrícula y el transporte escolar.",
    "El alimentante está incapacitado por enfermedad y recibe subsidio parcial.",
)
_IN_KIND = (
    ("utiles_escolares", "mochila, cuadernos, uniforme y zapatos escolares", "en enero"),
    ("vestuario", "un cambio de ropa y calzado para cada hija o hijo", "en diciembre"),
    ("salud", "la mitad de los gastos médicos y de medicinas", "cuando se presenten"),
)


@dataclass(frozen=True)
class DemoTerms:
    clauses: dict[str, Any]
    monthly_support: Decimal | None
    departure_reason: str


def _plain(value: Decimal) -> str:
    return format(value, "f")


def _nicaraguan_income_tax(monthly_taxable: Decimal) -> Decimal:
    """Monthly IR withholding of Nicaragua's progressive table (Ley 822), for the demo's
    payslips."""
    yearly = monthly_taxable * 12
    brackets = (
        (Decimal(500_000), Decimal(82_500), Decimal("0.30")),
        (Decimal(350_000), Decimal(45_000), Decimal("0.25")),
        (Decimal(200_000), Decimal(15_000), Decimal("0.20")),
        (Decimal(100_000), Decimal(0), Decimal("0.15")),
    )
    for floor, base, rate in brackets:
        if yearly > floor:
            return (base + (yearly - floor) * rate) / 12
    return Decimal(0)


def _next_day_of_month(after: dt.date, day: int) -> dt.date:
    """The first date on ``day`` of a month strictly after ``after`` (day ≤ 28)."""
    candidate = after.replace(day=day)
    if candidate <= after:
        month = after.month % 12 + 1
        candidate = dt.date(after.year + (after.month == 12), month, day)
    return candidate


def _next_weekday(after: dt.date, weekday: int) -> dt.date:
    return after + dt.timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def demo_terms(
    rng: random.Random,
    profile: Profile,
    *,
    outcome: Outcome,
    matters: set[Matter],
    pending: list[str],
    children: list[dict[str, Any]],
    claimant: dict[str, Any],
    respondent: dict[str, Any],
    hearing_day: dt.date,
) -> DemoTerms:
    """Clauses for a demo agreement; ``children``, ``claimant`` and ``respondent`` are the
    generator's rows (uid, names, address, income, employer)."""
    if outcome not in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL):
        return DemoTerms({}, None, "")
    agreed = {m for m in matters if m.value not in pending}
    uids = [c["uid"] for c in children]
    support: dict[str, Any] | None = None
    monthly: Decimal | None = None
    reason = ""
    if Matter.ALIMENTOS in agreed:
        support, monthly, reason = _support(rng, profile, uids, respondent, hearing_day)
    visits = _visitation(rng, uids, claimant, hearing_day) if Matter.VISITAS in agreed else None
    care = _care(rng, uids, claimant) if Matter.CUIDO in agreed else None
    clauses: dict[str, Any] = {
        "pension": support,
        "visitas": visits,
        "cuido": care,
        "adiciones": [],
    }
    return DemoTerms(clauses, monthly, reason)


def _support(
    rng: random.Random,
    profile: Profile,
    uids: list[str],
    payer: dict[str, Any],
    hearing_day: dt.date,
) -> tuple[dict[str, Any], Decimal, str]:
    g = profile.guideline
    currency = profile.regional.currency
    employer = payer.get("employer") or ""
    salaried = bool(payer.get("monthly_income")) and employer not in ("", "cuenta propia")
    gross: Decimal | None = payer.get("monthly_income")
    income = None
    net = None
    thirteenth = None
    if gross:
        social = round_money(gross * _SOCIAL_SECURITY.get(currency, Decimal("0.07")), currency)
        tax = Decimal(0)
        if currency == "NIO":
            tax = round_money(_nicaraguan_income_tax(gross - social), currency)
        net = gross - social - tax
        thirteenth = gross if salaried and g.includes_13th_month else None
        income = {
            "ingreso_bruto": _plain(gross),
            "seguridad_social": _plain(social),
            "impuesto_renta": _plain(tax),
            "decimo_tercer_mes": _plain(thirteenth) if thirteenth is not None else None,
            "fuente": "Colilla de pago" if salaried else "Declaración de la parte",
            "sin_deducciones": False,
        }
    n = len(uids)
    periodicity = rng.choices(
        (Periodicity.MENSUAL, Periodicity.QUINCENAL, Periodicity.SEMANAL), (75, 20, 5)
    )[0]
    share: Decimal | None = None
    if g.kind == GuidelineKind.PORCENTAJE_INGRESO_NETO and g.shares:
        eligible = [int(k) for k in g.shares if int(k) <= n]
        share = g.shares[str(max(eligible))] if eligible else None
    departing = rng.random() < 0.08
    reason = rng.choice(_DEPARTURES) if departing else ""
    basis = "monto_fijo"
    percentage = None
    if share is not None and net is not None and net > 0 and not departing and rng.random() < 0.7:
        basis, percentage = "porcentaje_ingreso", share
        monthly_total = round_money(net * share / 100, currency)
    else:
        monthly_total = _fixed_monthly(rng, profile, n, net, share)
        if departing:
            monthly_total = round_money(monthly_total * Decimal("0.75"), currency)
    period_total = per_period(monthly_total, periodicity, currency)
    parts = split_equally(period_total, n, currency)
    # As the service reports it (money.monthly_support): a share is its monthly amount, a
    # fixed sum what its payments per period come to in a month.
    monthly = (
        monthly_total
        if percentage is not None
        else monthly_equivalent(period_total, periodicity, currency)
    )

    due_days: list[int] = []
    due_weekday = None
    if periodicity == Periodicity.MENSUAL:
        due_days = [rng.choice((5, 10, 15, 20, 28))]
        first = _next_day_of_month(hearing_day, due_days[0])
    elif periodicity == Periodicity.QUINCENAL:
        due_days = [15, 28]
        first = _next_day_of_month(hearing_day, 15)
    else:
        due_weekday = rng.choice(("viernes", "sabado"))
        first = _next_weekday(hearing_day, 4 if due_weekday == "viernes" else 5)
    method = rng.choices(
        ("efectivo_oficina", "deposito_bancario", "deduccion_planilla"),
        (45, 35, 20 if salaried else 0),
    )[0]
    payment = {
        "forma": method,
        "banco": rng.choice(_BANKS) if method == "deposito_bancario" else "",
        "cuenta": f"{rng.randrange(10**8, 10**9)}" if method == "deposito_bancario" else "",
        "titular": "",
        "empleador": employer if method == "deduccion_planilla" else "",
    }
    in_kind = []
    if rng.random() < 0.4:
        for kind, description, when in rng.sample(_IN_KIND, rng.randint(1, 2)):
            in_kind.append(
                {"tipo": kind, "descripcion": description, "cuando": when, "valor_estimado": None}
            )
    arrears = None
    if rng.random() < 0.15:
        owed = round_money(monthly * rng.randint(1, 4), currency)
        arrears = {
            "monto_total": _plain(owed),
            "cuotas": rng.randint(2, 6),
            "primera_cuota": first.isoformat(),
        }
    adjustment = None
    if g.adjustment == "obligatorio" or (g.adjustment == "recomendado" and rng.random() < 0.6):
        month_day = g.adjustment_month_day or "01-01"
        next_date = dt.date.fromisoformat(f"{hearing_day.year + 1}-{month_day}")
        adjustment = {
            "tipo": "indice",
            "indice": g.adjustment_index or "",
            "porcentaje": None,
            "fecha": next_date.isoformat(),
        }
    clause = {
        "alimentante": Party.CITADO.value,
        "base": basis,
        "ingresos": income,
        "porcentaje": _plain(percentage) if percentage is not None else None,
        "hijos": [{"hijo_uid": u, "monto": _plain(a)} for u, a in zip(uids, parts, strict=True)],
        "moneda": currency,
        "periodicidad": periodicity.value,
        "dias_pago": due_days,
        "dia_semana_pago": due_weekday,
        "primer_pago": first.isoformat(),
        "forma_pago": payment,
        "porcentaje_aguinaldo": (
            _plain(share) if share and thirteenth is not None and not departing else None
        ),
        "especie": in_kind,
        "atrasos": arrears,
        "reajuste": adjustment,
    }
    return clause, monthly, reason


def _fixed_monthly(
    rng: random.Random, profile: Profile, n: int, net: Decimal | None, share: Decimal | None
) -> Decimal:
    """A round monthly sum near what the guideline asks (or a plausible one without it)."""
    g = profile.guideline
    currency = profile.regional.currency
    if share is not None and net is not None and net > 0:
        target = net * share / 100
    elif g.kind == GuidelineKind.PISO_SALARIO_MINIMO and g.minimum_wage and g.floor_one_child:
        each = g.floor_each_child if n > 1 and g.floor_each_child else g.floor_one_child
        target = g.minimum_wage * each / 100 * (n if n > 1 and g.floor_each_child else 1)
        if net is not None and g.cap_share is not None:
            target = min(target, net * g.cap_share / 100)
        target *= Decimal(rng.choice((1, 1, Decimal("1.1"), Decimal("1.25"))))
    else:
        base = net if net is not None and net > 0 else Decimal(8_000)
        target = base * Decimal(rng.choice((20, 25, 30, 35))) / 100
    step = Decimal(100) if target >= 1000 else Decimal(10)
    # Up to the next round step, never below the target (9,100.38 → 9,200, not 9,100).
    rounded = (target / step).to_integral_value(rounding=ROUND_CEILING) * step
    return round_money(max(rounded, step), currency)


def _visitation(
    rng: random.Random, uids: list[str], carer: dict[str, Any], hearing_day: dt.date
) -> dict[str, Any]:
    first_saturday = _next_weekday(hearing_day, 5)
    home = f"la casa de {carer['first_names']} {carer['last_names']}, {carer['address']}"
    carer_name = f"{carer['first_names']} {carer['last_names']}"
    schedule: list[dict[str, Any]] = [
        {
            "frecuencia": "semanas_alternas",
            "dia_desde": "sabado",
            "hora_desde": "09:00:00",
            "dia_hasta": "domingo",
            "hora_hasta": "17:00:00",
            "a_partir_de": first_saturday.isoformat(),
        }
    ]
    if rng.random() < 0.5:
        schedule.append(
            {
                "frecuencia": "cada_semana",
                "dia_desde": rng.choice(("martes", "miercoles", "jueves")),
                "hora_desde": "15:00:00",
                "dia_hasta": "",
                "hora_hasta": "18:00:00",
                "a_partir_de": None,
            }
        )
        schedule[-1]["dia_hasta"] = schedule[-1]["dia_desde"]
    first_year = hearing_day.year + (1 if hearing_day.month == 12 else 0)
    return {
        "visitante": Party.CITADO.value,
        "hijos": uids,
        "horario": schedule,
        "lugar_entrega": home,
        "persona_entrega": carer_name,
        "lugar_devolucion": home,
        "persona_devolucion": carer_name,
        "feriados": [
            {
                "ocasion": "Navidad y Año Nuevo",
                "reparto": "anios_alternos",
                "anio_inicio_visitante": first_year,
                "detalle": "del 24 de diciembre a las 10:00 al 1 de enero a las 18:00",
            },
            {
                "ocasion": "Semana Santa",
                "reparto": "compartido",
                "anio_inicio_visitante": None,
                "detalle": "de miércoles a sábado con quien visita",
            },
        ],
        "cumpleanos": {
            "reparto": "compartido",
            "anio_inicio_visitante": None,
            "detalle": "por la tarde con quien visita",
        },
        "dias_de_cada_progenitor": True,
        "vacaciones": {
            "reparto": "compartido",
            "anio_inicio_visitante": None,
            "detalle": "la primera mitad de las vacaciones de fin de año con quien visita",
        },
        "contacto": (
            {
                "medios": ["telefono", "videollamada"],
                "dias": ["martes", "jueves"],
                "desde": "18:00:00",
                "hasta": "19:00:00",
            }
            if rng.random() < 0.6
            else None
        ),
        "supervision": None,
        "restricciones": (
            ["No consumir bebidas alcohólicas durante las visitas."] if rng.random() < 0.2 else []
        ),
    }


def _care(rng: random.Random, uids: list[str], carer: dict[str, Any]) -> dict[str, Any]:
    both, claimant = Decider.AMBOS.value, Decider.SOLICITANTE.value
    deciders = rng.choices(((both, both), (both, claimant)), (85, 15))[0]
    return {
        "hijos": [
            {
                "hijo_uid": uid,
                "vive_con": LivesWith.SOLICITANTE.value,
                "otra_persona": "",
                "parentesco": "",
                "residencia": carer["address"],
                "decide_educacion": deciders[0],
                "decide_salud": deciders[1],
            }
            for uid in uids
        ]
    }
