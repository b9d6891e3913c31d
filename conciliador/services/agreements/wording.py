"""Clause texts in the profile's standard wording, built from the structured agreement.

The sentences come from the profile (``[clausulas]``); the code only fills their placeholders
with names, amounts in figures and in words, dates and schedules, always in the same way. Two
offices under the same profile recording the same agreement therefore produce the same words.
A placeholder whose data is still missing shows «[falta: …]» in the preview; the findings
report the same gap as an error, which blocks issuing the acta.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from conciliador.criteria.terms import lower_first
from conciliador.documents.amounts import round_money
from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    Decider,
    LivesWith,
    Party,
    PaymentMethod,
    Periodicity,
    Split,
    VisitFrequency,
)
from conciliador.domain.enums import Matter
from conciliador.services.agreements import phrases as ph
from conciliador.services.agreements.context import AgreementContext
from conciliador.services.agreements.money import instalments, monthly_support, share_monthly
from conciliador.services.agreements.terms import (
    AgreementTerms,
    Care,
    CareArrangement,
    HolidayRule,
    SplitRule,
    Support,
    Visitation,
    VisitBlock,
)


@dataclass(frozen=True)
class ClauseText:
    """One clause of the acta: its type (the profile's key), its matter and its words."""

    kind: str
    matter: Matter | None
    text: str
    #: Words the parties wrote themselves, not the standard wording; the acta marks them.
    free_text: bool = False


_PERIOD_PLURAL = {
    Periodicity.MENSUAL: "mensuales",
    Periodicity.QUINCENAL: "quincenales",
    Periodicity.SEMANAL: "semanales",
}


class _Writer:
    def __init__(self, ctx: AgreementContext) -> None:
        self.ctx = ctx
        self.locale = ctx.locale
        self.currency = ctx.currency
        self.currency_name = ctx.profile.regional.currency_name
        self.clauses: list[ClauseText] = []

    def emit(self, kind: str, matter: Matter | None, **values: str) -> None:
        text = self.ctx.profile.clauses[kind].format_map(values)
        self.clauses.append(ClauseText(kind, matter, text))

    def money(self, amount: Decimal) -> str:
        return ph.money(amount, self.currency, self.locale)

    def words(self, amount: Decimal) -> str:
        return ph.amount_in_words(amount, self.currency, self.currency_name)

    def deductions(self, s: Support) -> str:
        """How the net income was declared: its deductions of law, or that it has none, with
        the documents seen."""
        income = s.income
        assert income is not None
        seen = f", según {income.source}" if income.source else ""
        if income.no_deductions:
            return f"sin deducciones de ley{seen}"
        parts = []
        if income.social_security:
            ss = income.social_security
            parts.append(f"seguridad social de {self.money(ss)} ({self.words(ss)})")
        if income.income_tax:
            tax = income.income_tax
            parts.append(f"impuesto sobre la renta de {self.money(tax)} ({self.words(tax)})")
        gross = income.gross
        return (
            f"después de deducir de su ingreso bruto de {self.money(gross)} ({self.words(gross)})"
            f" {ph.join(parts) or ph.missing('deducciones')}{seen}"
        )

    def date(self, day: dt.date | None, what: str) -> str:
        return ph.date_text(day, self.locale) if day is not None else ph.missing(what)

    def name(self, side: Party) -> str:
        return self.ctx.party(side).full_name

    def children(self, uids: tuple[str, ...] | list[str]) -> str:
        return ph.join([self.ctx.child_name(u) for u in uids]) or ph.missing("hijas e hijos")

    # ------------------------------------------------------------------ child support
    def support(self, s: Support) -> None:
        people = {
            "alimentante": self.name(s.payer),
            "receptor": self.name(s.payer.other),
            "beneficiarios": self.children([c.child for c in s.children]),
        }
        total = s.total
        monthly = monthly_support(s, self.currency)
        split = ph.join(
            [
                f"{self.money(c.amount)} ({self.words(c.amount)}) para "
                f"{self.ctx.child_name(c.child)}"
                for c in s.children
            ]
        )
        self.emit(
            "pension",
            Matter.ALIMENTOS,
            **people,
            monto_total=self.money(total),
            monto_total_letras=self.words(total),
            periodicidad=_PERIOD_PLURAL[s.periodicity],
            reparto=split or ph.missing("monto para cada hija o hijo"),
            dia_pago=self.due_day(s),
            primer_pago=self.date(s.first_payment, "fecha del primer pago"),
            forma_pago=self.payment(s),
            monto_mensual=self.money(monthly),
            monto_mensual_letras=self.words(monthly),
        )
        share = share_monthly(s, self.currency)
        if share is not None and s.income is not None and s.percentage is not None:
            self.emit(
                "pension_porcentaje",
                Matter.ALIMENTOS,
                **people,
                porcentaje=ph.percent(s.percentage, self.locale),
                ingreso_neto=self.money(s.income.net),
                ingreso_neto_letras=self.words(s.income.net),
                deducciones=self.deductions(s),
                monto_mensual=self.money(share),
                monto_mensual_letras=self.words(share),
            )
        if s.thirteenth_month_share is not None:
            thirteenth = s.income.thirteenth_month if s.income else None
            amount = ""
            if thirteenth is not None:
                share = round_money(thirteenth * s.thirteenth_month_share / 100, self.currency)
                amount = f", es decir, {self.money(share)} ({self.words(share)})"
            self.emit(
                "aguinaldo",
                Matter.ALIMENTOS,
                **people,
                porcentaje_aguinaldo=ph.percent(s.thirteenth_month_share, self.locale),
                monto_aguinaldo=amount,
            )
        if s.in_kind:
            items = []
            for item in s.in_kind:
                parts = [f"{item.kind.label.lower()}: {item.description or ph.missing('qué')}"]
                if item.when:
                    parts.append(item.when)
                if item.estimated_value is not None:
                    parts.append(f"por un valor estimado de {self.money(item.estimated_value)}")
                items.append(", ".join(parts))
            self.emit("especie", Matter.ALIMENTOS, **people, especie="; ".join(items))
        if s.arrears is not None:
            a = s.arrears
            count = a.instalments
            each, last = instalments(a.total, count, self.currency)
            if count == 1:
                how_many = "una (1) cuota"
                amount_text = f"{self.money(last)} ({self.words(last)})"
            else:
                how_many = (
                    f"{ph.cardinal_feminine(count)} ({count}) cuotas "
                    f"{_PERIOD_PLURAL[s.periodicity]}"
                )
                amount_text = f"{self.money(each)} ({self.words(each)}) cada una"
                if last != each:
                    amount_text += f", salvo la última, de {self.money(last)} ({self.words(last)})"
            self.emit(
                "atrasos",
                Matter.ALIMENTOS,
                **people,
                monto_atrasos=self.money(a.total),
                monto_atrasos_letras=self.words(a.total),
                cuotas=how_many,
                monto_cuota=amount_text,
                inicio_cuotas=self.date(a.first_due, "fecha de la primera cuota"),
                periodicidad_cuotas=_PERIOD_PLURAL[s.periodicity],
            )
        if s.adjustment is not None:
            adj = s.adjustment
            first = adj.first_date
            common = {
                "primer_reajuste": self.date(first, "fecha del primer reajuste"),
                "fecha_reajuste": (
                    ph.month_day_text(first, self.locale)
                    if first
                    else ph.missing("fecha del reajuste")
                ),
            }
            if adj.kind == AdjustmentKind.INDICE:
                self.emit(
                    "reajuste",
                    Matter.ALIMENTOS,
                    **people,
                    **common,
                    indice_reajuste=adj.index or ph.missing("índice del reajuste"),
                )
            else:
                self.emit(
                    "reajuste_porcentaje",
                    Matter.ALIMENTOS,
                    **people,
                    **common,
                    porcentaje_reajuste=(
                        ph.percent(adj.percentage, self.locale)
                        if adj.percentage is not None
                        else ph.missing("porcentaje del reajuste")
                    ),
                )

    def due_day(self, s: Support) -> str:
        if s.periodicity == Periodicity.SEMANAL:
            return f"cada {s.due_weekday.label}" if s.due_weekday else ph.missing("día de pago")
        wanted = 2 if s.periodicity == Periodicity.QUINCENAL else 1
        days = sorted(s.due_days)
        if len(days) != wanted:
            return ph.missing("día de pago" if wanted == 1 else "los dos días de pago")
        text = (
            f"el día {days[0]} de cada mes"
            if wanted == 1
            else f"los días {days[0]} y {days[1]} de cada mes"
        )
        if days[-1] > 28:
            text += " (o el último día del mes, cuando este tenga menos días)"
        return text

    def payment(self, s: Support) -> str:
        p = s.payment
        receiver = self.name(s.payer.other)
        if p is None:
            return ph.missing("forma de pago")
        if p.method == PaymentMethod.EFECTIVO_OFICINA:
            inst = self.ctx.profile.institution_for(self.ctx.institution_code)
            of = "del" if inst.article == "el" else "de la"
            return (
                f"en efectivo, en las oficinas {of} {inst.short_name}"
                f" ({self.ctx.office_name}), donde la recibirá {receiver}"
            )
        if p.method == PaymentMethod.DEPOSITO_BANCARIO:
            account = p.account or ph.missing("número de cuenta")
            bank = p.bank or ph.missing("banco")
            holder = p.account_holder or receiver
            return f"mediante depósito en la cuenta n.º {account} del {bank}, a nombre de {holder}"
        employer = p.employer or ph.missing("empleador")
        return (
            f"mediante deducción de planilla que efectuará su empleador, {employer},"
            f" para entregarla a {receiver}"
        )

    # ------------------------------------------------------------------ visitation
    def visitation(self, v: Visitation) -> None:
        people = {
            "visitante": self.name(v.visitor),
            "custodio": self.name(v.visitor.other),
            "hijos": self.children(v.children),
        }
        schedule = [self.block(b) for b in v.schedule]
        self.emit(
            "visitas",
            Matter.VISITAS,
            **people,
            horario=_join_long(schedule) or ph.missing("días y horario"),
            lugar_entrega=v.pickup_place or ph.missing("lugar de entrega"),
            persona_entrega=v.pickup_person or ph.missing("quién entrega"),
            lugar_devolucion=v.return_place or ph.missing("lugar de devolución"),
            persona_devolucion=v.return_person or ph.missing("a quién se devuelve"),
        )
        if v.holidays:
            items = [
                f"{h.occasion or ph.missing('ocasión')}, {self.split(h, v)}" for h in v.holidays
            ]
            self.emit("visitas_feriados", Matter.VISITAS, **people, feriados="; ".join(items))
        if v.birthdays is not None:
            self.emit(
                "visitas_cumpleanos",
                Matter.VISITAS,
                **people,
                cumpleanos=self.split(v.birthdays, v),
            )
        if v.parents_days:
            self.emit("visitas_progenitores", Matter.VISITAS, **people)
        if v.vacations is not None:
            self.emit(
                "visitas_vacaciones",
                Matter.VISITAS,
                **people,
                vacaciones=self.split(v.vacations, v),
            )
        if v.remote is not None:
            r = v.remote
            when: list[str] = []
            if r.days:
                when.append(ph.weekdays_plural(r.days))
            if r.from_time and r.to_time:
                hours = (
                    f"de {ph.time_text(r.from_time, self.locale)}"
                    f" a {ph.time_text(r.to_time, self.locale)}"
                )
                when.append(hours if r.days else f"todos los días, {hours}")
            self.emit(
                "visitas_contacto",
                Matter.VISITAS,
                **people,
                medios=ph.join([m.label for m in r.means]) or ph.missing("medio"),
                cuando=", ".join(when) if when else "en un horario razonable",
            )
        if v.supervision is not None:
            self.emit(
                "visitas_supervision",
                Matter.VISITAS,
                **people,
                supervisor=v.supervision.supervisor or ph.missing("quién supervisa"),
                lugar=v.supervision.place or ph.missing("lugar"),
            )
        if v.restrictions:
            self.emit(
                "visitas_restricciones",
                Matter.VISITAS,
                **people,
                restricciones="; ".join(r.rstrip(" .;") for r in v.restrictions),
            )

    def block(self, b: VisitBlock) -> str:
        t1 = ph.time_text(b.from_time, self.locale)
        t2 = ph.time_text(b.to_time, self.locale)
        if b.from_day == b.to_day:
            body = f"el {b.from_day.label} de {t1} a {t2}"
        else:
            body = f"desde el {b.from_day.label} a las {t1} hasta el {b.to_day.label} a las {t2}"
        if b.frequency == VisitFrequency.CADA_SEMANA:
            return f"cada semana, {body}"
        start = (
            ph.weekday_date_text(b.first_date, self.locale)
            if b.first_date
            else ph.missing("primera fecha")
        )
        return f"cada dos semanas a partir del {start}, {body}"

    def split(self, rule: SplitRule | HolidayRule, v: Visitation) -> str:
        visitor, carer = self.name(v.visitor), self.name(v.visitor.other)
        if rule.split == Split.CON_VISITANTE:
            text = f"con {visitor}"
        elif rule.split == Split.CON_CUSTODIO:
            text = f"con {carer}"
        elif rule.split == Split.COMPARTIDO:
            text = "por partes iguales con cada progenitor"
        elif rule.visitor_first_year is None:
            text = f"en años alternos, {ph.missing(f'año en que empieza {visitor}')}"
        else:
            year = rule.visitor_first_year
            text = (
                f"en años alternos: con {visitor} en {year}, con {carer} en {year + 1},"
                " y así sucesivamente"
            )
        return f"{text} ({rule.detail})" if rule.detail else text

    # ------------------------------------------------------------------ care
    def care(self, c: Care) -> None:
        for arrangement in c.children:
            self.arrangement(arrangement)

    def arrangement(self, a: CareArrangement) -> None:
        if a.lives_with == LivesWith.OTRA_PERSONA:
            carer = a.other_person or ph.missing("con quién vive")
            if a.relationship:
                carer += f" ({a.relationship})"
            other = "ambos progenitores"
        else:
            side = Party(a.lives_with.value)
            carer, other = self.name(side), self.name(side.other)
        values = {
            "hijo": self.ctx.child_name(a.child),
            "custodio": carer,
            "otro_progenitor": other,
            "residencia": a.residence or ph.missing("residencia"),
            "decide": self.decider(a.school),
            "decide_educacion": self.decider(a.school),
            "decide_salud": self.decider(a.health),
        }
        clauses = self.ctx.profile.clauses
        decisions = "cuido_decisiones" if a.school == a.health else "cuido_decisiones_separadas"
        text = " ".join(clauses[k].format_map(values) for k in ("cuido", decisions))
        self.clauses.append(ClauseText("cuido", Matter.CUIDO, text))

    def decider(self, who: Decider) -> str:
        if who == Decider.AMBOS:
            return "ambos progenitores, de común acuerdo"
        return self.name(Party(who.value))


def _join_long(items: list[str]) -> str:
    """Items that hold commas themselves: «a; b; y c»."""
    if len(items) < 2:
        return "".join(items)
    return "; ".join(items[:-1]) + "; y " + items[-1]


def clause_texts(
    ctx: AgreementContext, terms: AgreementTerms, pending: tuple[Matter, ...] = ()
) -> tuple[ClauseText, ...]:
    """The agreement's clauses in order: support, visitation, care, the parties' own words
    (marked as such) and, for a partial agreement, what stays pending."""
    w = _Writer(ctx)
    if terms.support is not None:
        w.support(terms.support)
    if terms.visitation is not None:
        w.visitation(terms.visitation)
    if terms.care is not None:
        w.care(terms.care)
    for addition in terms.additions:
        values = {
            "texto": addition.text,
            "materia": ctx.profile.terms.matter(addition.matter) if addition.matter else "",
        }
        text = ctx.profile.clauses["adicional"].format_map(values)
        w.clauses.append(ClauseText("adicional", addition.matter, text, free_text=True))
    if pending:
        # The office's words, not the parties': the matters by name, without quote marks.
        words = ctx.profile.terms
        named = [lower_first(words.matter(m)) for m in pending]
        w.emit("pendientes", None, materias=ph.join(named))
    return tuple(w.clauses)
