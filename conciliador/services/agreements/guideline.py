"""The child-support guideline of the office's criteria profile, worked line by line.

Three kinds of guideline (``pauta_alimentaria.tipo``):

- ``porcentaje_ingreso_neto`` (Nicaragua): a share of the payer's net income — gross less social
  security and income tax — by number of children, shared equally; where the profile includes
  the 13th month, the same share of it is due in December.
- ``piso_salario_minimo`` (Chile): a floor from the minimum wage — one share for an only child,
  another for each child when there are two or more — never above a cap on the payer's income.
- ``libre`` (Colombia): no amount; the working shows the income, the cap when the profile has
  one, and the adjustment the profile requires.

A pure function of the profile and the figures typed, so the desktop editor can show the
working as the officer types and the services apply exactly the same rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from conciliador.criteria import Profile
from conciliador.documents.amounts import round_money
from conciliador.domain.agreement_terms import GuidelineKind, Periodicity
from conciliador.services.agreements import phrases as ph
from conciliador.services.agreements.money import per_period, split_equally
from conciliador.services.agreements.terms import Income

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class WorkingLine:
    """One line of the working: what it is, how it is obtained, and the result."""

    concept: str
    calculation: str
    result: str
    amount: Decimal | None = None


@dataclass(frozen=True)
class GuidelineWorking:
    kind: GuidelineKind
    legal_basis: str
    currency: str
    children: int
    net_income: Decimal | None
    #: The share of net income applied (percentage profiles).
    share: Decimal | None
    #: The guideline's monthly total, when it can be worked out.
    total: Decimal | None
    per_child: tuple[Decimal, ...]
    #: The cap on the payer's net income, when the profile has one and the income is known.
    cap: Decimal | None
    #: Whether the cap lowered the floor (Chile, with a low income and several children).
    capped: bool
    #: The guideline's share of the 13th month, due in December.
    thirteenth_month: Decimal | None
    lines: tuple[WorkingLine, ...]
    notes: tuple[str, ...]

    @property
    def is_floor(self) -> bool:
        """Chile's guideline is a minimum; Nicaragua's is the amount itself."""
        return self.kind == GuidelineKind.PISO_SALARIO_MINIMO

    def per_period(self, periodicity: Periodicity) -> Decimal | None:
        """The guideline as a payment of this periodicity."""
        if self.total is None:
            return None
        return per_period(self.total, periodicity, self.currency)


class _Builder:
    def __init__(self, profile: Profile) -> None:
        self.currency = profile.regional.currency
        self.locale = profile.regional.locale
        self.lines: list[WorkingLine] = []
        self.notes: list[str] = []

    def money(self, amount: Decimal) -> str:
        return ph.money(amount, self.currency, self.locale)

    def pct(self, value: Decimal) -> str:
        return ph.percent(value, self.locale)

    def add(
        self, concept: str, calculation: str, result: str, amount: Decimal | None = None
    ) -> None:
        self.lines.append(WorkingLine(concept, calculation, result, amount))

    def share_of(self, amount: Decimal, share: Decimal) -> Decimal:
        return round_money(amount * share / HUNDRED, self.currency)

    def net_income(self, income: Income) -> Decimal:
        self.add("Ingreso bruto mensual", "", self.money(income.gross), income.gross)
        if income.social_security:
            self.add(
                "Menos seguridad social",
                "",
                f"− {self.money(income.social_security)}",
                -income.social_security,
            )
        if income.income_tax:
            self.add(
                "Menos impuesto sobre la renta",
                "",
                f"− {self.money(income.income_tax)}",
                -income.income_tax,
            )
        net = income.net
        calculation = ""
        if income.deductions:
            calculation = " − ".join(
                self.money(a)
                for a in (income.gross, income.social_security, income.income_tax)
                if a
            )
        self.add("Ingreso neto mensual", calculation, self.money(net), net)
        return net

    def per_child(self, total: Decimal, children: int) -> tuple[Decimal, ...]:
        parts = split_equally(total, children, self.currency)
        if children > 1:
            result = ph.join([self.money(p) for p in parts])
            if len(set(parts)) == 1:
                result = f"{self.money(parts[0])} cada una o cada uno"
            self.add(
                "Por cada hija o hijo, en partes iguales",
                f"{self.money(total)} ÷ {children}",
                result,
                parts[0],
            )
        return parts


def share_for(shares: dict[str, Decimal], children: int) -> Decimal | None:
    """The share for this many children: the entry for the largest count not above it
    ("3" covers three or more)."""
    eligible = [int(k) for k in shares if int(k) <= children]
    return shares[str(max(eligible))] if eligible else None


def work_guideline(profile: Profile, children: int, income: Income | None) -> GuidelineWorking:
    """The guideline for ``children`` beneficiaries and the payer's ``income`` (or None when
    it is unknown), with its working."""
    g = profile.guideline
    b = _Builder(profile)
    net: Decimal | None = None
    share: Decimal | None = None
    total: Decimal | None = None
    per_child: tuple[Decimal, ...] = ()
    cap: Decimal | None = None
    capped = False
    thirteenth: Decimal | None = None

    if children < 1:
        b.notes.append("Indique a favor de qué hijas e hijos se fija la pensión.")
    if income is not None:
        net = b.net_income(income)
        if net <= 0:
            b.notes.append("El ingreso neto no es positivo: revise el ingreso y las deducciones.")
    usable_net = net if net is not None and net > 0 else None
    if g.cap_share is not None and usable_net is not None:
        cap = b.share_of(usable_net, g.cap_share)

    if g.kind == GuidelineKind.PORCENTAJE_INGRESO_NETO and children >= 1:
        share = share_for(g.shares, children)
        if share is None:
            b.notes.append(f"El perfil no fija un porcentaje para {ph.children_noun(children)}.")
        else:
            b.add(f"Porcentaje para {ph.children_noun(children)}", "", b.pct(share))
            if usable_net is None:
                b.notes.append(
                    f"Sin el ingreso neto del alimentante no se puede calcular el {b.pct(share)}"
                    " que fija la pauta."
                )
            else:
                total = b.share_of(usable_net, share)
                b.add(
                    "Pensión mensual según la pauta",
                    f"{b.money(usable_net)} × {b.pct(share)}",
                    b.money(total),
                    total,
                )
                per_child = b.per_child(total, children)
                if g.includes_13th_month and income and income.thirteenth_month:
                    thirteenth = b.share_of(income.thirteenth_month, share)
                    b.add(
                        "Décimo tercer mes, en diciembre",
                        f"{b.money(income.thirteenth_month)} × {b.pct(share)}",
                        b.money(thirteenth),
                        thirteenth,
                    )
                    yearly = total * 12 + thirteenth
                    b.add(
                        "Total en el año",
                        f"12 × {b.money(total)} + {b.money(thirteenth)}",
                        b.money(yearly),
                        yearly,
                    )
                elif g.includes_13th_month and income is not None:
                    b.notes.append(
                        "La pauta incluye el décimo tercer mes: registre su monto si el"
                        " alimentante lo recibe."
                    )

    elif g.kind == GuidelineKind.PISO_SALARIO_MINIMO and children >= 1:
        assert g.minimum_wage is not None and g.floor_one_child is not None
        label = "Ingreso mínimo mensual"
        if g.minimum_wage_since is not None:
            label += f" (vigente desde el {ph.date_text(g.minimum_wage_since, b.locale)})"
        b.add(label, "", b.money(g.minimum_wage), g.minimum_wage)
        if children == 1 or g.floor_each_child is None:
            share = g.floor_one_child
            floor = b.share_of(g.minimum_wage, share)
            floor_parts = split_equally(floor, children, b.currency)
            b.add(
                "Piso para una hija o hijo" if children == 1 else "Piso total",
                f"{b.money(g.minimum_wage)} × {b.pct(share)}",
                b.money(floor),
                floor,
            )
        else:
            share = g.floor_each_child
            each = b.share_of(g.minimum_wage, share)
            floor = each * children
            floor_parts = (each,) * children
            b.add(
                "Piso por cada hija o hijo, cuando son dos o más",
                f"{b.money(g.minimum_wage)} × {b.pct(share)}",
                b.money(each),
                each,
            )
            b.add(
                f"Piso total para {ph.children_noun(children)}",
                f"{b.money(each)} × {children}",
                b.money(floor),
                floor,
            )
        total, per_child = floor, floor_parts
        if cap is not None and g.cap_share is not None:
            b.add(
                f"Tope: {b.pct(g.cap_share)} del ingreso neto",
                f"{b.money(usable_net or Decimal(0))} × {b.pct(g.cap_share)}",
                b.money(cap),
                cap,
            )
            if floor > cap:
                capped = True
                total = cap
                b.add("Pauta: el piso no puede superar el tope", "", b.money(cap), cap)
                per_child = b.per_child(cap, children)
            else:
                b.add("Pauta: el piso, que no supera el tope", "", b.money(floor), floor)
        elif g.cap_share is not None:
            b.notes.append(
                f"Sin el ingreso neto del alimentante no se puede comprobar el tope del"
                f" {b.pct(g.cap_share)} de sus rentas."
            )

    elif g.kind == GuidelineKind.LIBRE:
        if cap is not None and g.cap_share is not None:
            b.add(
                f"Tope: {b.pct(g.cap_share)} del ingreso neto",
                f"{b.money(usable_net or Decimal(0))} × {b.pct(g.cap_share)}",
                b.money(cap),
                cap,
            )
        b.notes.append(
            "El perfil no fija un porcentaje: la cuota se acuerda según la capacidad económica"
            " del alimentante y las necesidades de las hijas e hijos."
        )

    if g.adjustment == "obligatorio":
        b.notes.append(
            f"La pauta exige un reajuste anual según {g.adjustment_index}"
            + _adjustment_day(profile)
            + "."
        )
    elif g.adjustment == "recomendado":
        b.notes.append(
            f"La pauta recomienda un reajuste anual según {g.adjustment_index}"
            + _adjustment_day(profile)
            + "."
        )
    return GuidelineWorking(
        kind=g.kind,
        legal_basis=g.legal_basis,
        currency=b.currency,
        children=children,
        net_income=net,
        share=share,
        total=total,
        per_child=per_child,
        cap=cap,
        capped=capped,
        thirteenth_month=thirteenth,
        lines=tuple(b.lines),
        notes=tuple(b.notes),
    )


def _adjustment_day(profile: Profile) -> str:
    month_day = profile.guideline.adjustment_month_day
    if not month_day:
        return ""
    day = dt.date.fromisoformat(f"2000-{month_day}")
    return f", cada {ph.month_day_text(day, profile.regional.locale)}"
