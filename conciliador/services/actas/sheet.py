"""The families' explanation sheet (hoja explicativa): what was agreed, when and where to pay,
what happens if it is not kept — in plain words, from the same data as the acta.

It is not the acta and says so: the acta is the document that counts.
"""

from __future__ import annotations

from typing import Any

from conciliador.documents.amounts import amount_in_words
from conciliador.documents.formatting import clock_time, medium_date, money
from conciliador.domain.agreement_terms import Decider, LivesWith, Party, PaymentMethod
from conciliador.domain.enums import Outcome
from conciliador.services.actas.facts import ActaFacts, with_article
from conciliador.services.actas.wording import matters_text
from conciliador.services.agreements import phrases as ph
from conciliador.services.agreements.terms import Care, Support, Visitation, VisitBlock

_HOW_OFTEN = {"mensual": "cada mes", "quincenal": "cada quincena", "semanal": "cada semana"}

#: What each outcome means, and what the family can do now, in plain words ({procedimiento},
#: {persona} and {audiencia} in the profile's words).
_OUTCOMES: dict[Outcome, tuple[str, str]] = {
    Outcome.FALTA_DE_ACUERDO: (
        "Ustedes conversaron con la ayuda de la {persona}, pero no llegaron a un acuerdo.",
        "Pueden volver a esta oficina si más adelante se ponen de acuerdo, o acudir al juzgado "
        "de familia para que un juez decida. Lleven el acta: demuestra que intentaron la "
        "{procedimiento}.",
    ),
    Outcome.INASISTENCIA_CITADO: (
        "La otra persona fue citada y no vino a la {audiencia}, ni explicó por qué.",
        "Con esta acta usted puede acudir al juzgado de familia para pedir los alimentos y lo "
        "demás que necesitan sus hijas e hijos.",
    ),
    Outcome.INASISTENCIA_SOLICITANTE: (
        "La persona que pidió la {procedimiento} no vino a la {audiencia}.",
        "Si todavía necesita un acuerdo, puede presentar una nueva solicitud en esta oficina.",
    ),
    Outcome.INASISTENCIA_AMBAS: (
        "Ninguna de las dos personas vino a la {audiencia}.",
        "Cualquiera de ustedes puede presentar una nueva solicitud en esta oficina.",
    ),
    Outcome.CONCLUSION_MOTIVADA: (
        "El proceso terminó sin acuerdo por la causa que dice el acta.",
        "Pueden acudir al juzgado de familia, o volver a esta oficina si cambian las "
        "circunstancias.",
    ),
    Outcome.DOMICILIO_DESCONOCIDO: (
        "No se pudo entregar la citación a la otra persona porque no se conoce dónde vive.",
        "Si consigue su dirección, puede presentar una nueva solicitud. El juzgado de familia "
        "puede ordenar otras formas de avisarle.",
    ),
    Outcome.NO_CONCILIABLE: (
        "Su caso no se puede resolver con una {procedimiento} en esta oficina.",
        "El acta dice a qué institución puede acudir. Si hay violencia, busque ayuda de "
        "inmediato: usted y sus hijas e hijos tienen derecho a protección.",
    ),
    Outcome.DESISTIMIENTO: (
        "Usted decidió no seguir con la {procedimiento}.",
        "Puede presentar una nueva solicitud cuando quiera: el derecho de sus hijas e hijos a "
        "recibir alimentos no se pierde.",
    ),
}


class _Plain:
    def __init__(self, facts: ActaFacts) -> None:
        self.facts = facts
        self.currency = facts.profile.regional.currency
        self.names = {c.uid: c.full_name.split()[0] for c in facts.children}
        self.full = {c.uid: c.full_name for c in facts.children}

    def name(self, side: Party) -> str:
        party = self.facts.claimant if side == Party.SOLICITANTE else self.facts.respondent
        return party.person.full_name

    def money(self, amount: Any) -> str:
        return money(amount, self.currency, self.facts.locale)

    def words(self, amount: Any) -> str:
        return amount_in_words(amount, self.currency, self.facts.profile.regional.currency_name)

    def kids(self, uids: Any) -> str:
        return ph.join([self.full.get(u, "") for u in uids])

    def support(self, s: Support) -> dict[str, Any]:
        facts = self.facts
        if s.periodicity.value == "semanal":
            when = f"cada {s.due_weekday.label}" if s.due_weekday else "el día acordado"
        else:
            days = sorted(s.due_days)
            when = (
                f"el día {days[0]} de cada mes"
                if len(days) == 1
                else f"los días {ph.join([str(d) for d in days])} de cada mes"
                if days
                else "el día acordado"
            )
        p = s.payment
        receiver = self.name(s.payer.other)
        if p is None:
            where = "como lo dice el acta"
        elif p.method == PaymentMethod.EFECTIVO_OFICINA:
            where = (
                f"En efectivo, en {with_article(facts.office_article, facts.office_name)}"
                f"{f' ({facts.office_address})' if facts.office_address else ''}; allí lo recibe "
                f"{receiver}. Pida siempre su recibo"
            )
        elif p.method == PaymentMethod.DEPOSITO_BANCARIO:
            where = (
                f"Por depósito en la cuenta n.º {p.account} del {p.bank}, a nombre de "
                f"{p.account_holder or receiver}. Guarde los comprobantes"
            )
        else:
            where = (
                f"Lo descuenta de su salario su empleador ({p.employer}) y lo entrega a {receiver}"
            )
        extras = []
        if s.thirteenth_month_share is not None:
            share = ph.percent(s.thirteenth_month_share, facts.locale)
            extras.append(
                f"En diciembre se paga además el {share} del décimo tercer mes (aguinaldo)."
            )
        for item in s.in_kind:
            extras.append(
                f"Además se entrega en especie: {item.kind.label.lower()}"
                f"{f' ({item.description})' if item.description else ''}"
                f"{f', {item.when}' if item.when else ''}."
            )
        if s.arrears is not None:
            extras.append(
                f"La deuda de pensiones atrasadas, {self.money(s.arrears.total)}, se paga en "
                f"{s.arrears.instalments} cuota{'s' if s.arrears.instalments != 1 else ''}"
                + (
                    f" desde el {medium_date(s.arrears.first_due, facts.locale)}."
                    if s.arrears.first_due
                    else "."
                )
            )
        if s.adjustment is not None and s.adjustment.first_date is not None:
            extras.append(
                "El monto sube cada año a partir del "
                f"{medium_date(s.adjustment.first_date, facts.locale)}, como dice el acta."
            )
        return {
            "hay": True,
            "quien_paga": self.name(s.payer),
            "quien_recibe": receiver,
            "monto": self.money(s.total),
            "monto_letras": self.words(s.total),
            "periodicidad": _HOW_OFTEN[s.periodicity.value],
            "para": self.kids([c.child for c in s.children]),
            "cuando": when,
            "desde": medium_date(s.first_payment, facts.locale) if s.first_payment else "",
            "donde": where,
            "extras": extras,
        }

    def block(self, b: VisitBlock) -> str:
        t1, t2 = (
            clock_time(b.from_time, self.facts.locale),
            clock_time(b.to_time, self.facts.locale),
        )
        span = (
            f"el {b.from_day.label} de {t1} a {t2}"
            if b.from_day == b.to_day
            else f"desde el {b.from_day.label} a las {t1} hasta el {b.to_day.label} a las {t2}"
        )
        if b.frequency.value == "cada_semana":
            return f"Cada semana, {span}."
        start = medium_date(b.first_date, self.facts.locale) if b.first_date else ""
        return f"Una semana sí y otra no{f' (a partir del {start})' if start else ''}, {span}."

    def visits(self, v: Visitation) -> dict[str, Any]:
        lines = [
            f"{self.name(v.visitor)} pasa tiempo con {self.kids(v.children)}:",
            *[self.block(b) for b in v.schedule],
        ]
        if v.pickup_place:
            lines.append(
                f"Se recogen en {v.pickup_place}"
                f"{f' ({v.pickup_person})' if v.pickup_person else ''} y se devuelven en "
                f"{v.return_place or v.pickup_place}."
            )
        if v.remote is not None and v.remote.means:
            lines.append(
                f"También pueden hablar por {ph.join([m.label.lower() for m in v.remote.means])}."
            )
        if v.supervision is not None:
            lines.append(
                f"Las visitas son con la supervisión de {v.supervision.supervisor}, en "
                f"{v.supervision.place}."
            )
        lines += [f"Condición acordada: {r}" for r in v.restrictions]
        return {"hay": True, "lineas": lines}

    def care(self, c: Care) -> dict[str, Any]:
        lines = []
        for a in c.children:
            if a.lives_with == LivesWith.OTRA_PERSONA:
                carer = a.other_person
            else:
                carer = self.name(Party(a.lives_with.value))
            line = f"{self.full.get(a.child, '')} vive con {carer}"
            if a.residence:
                line += f", en {a.residence}"
            if a.school == a.health == Decider.AMBOS:
                line += ". Las decisiones de escuela y salud se toman entre los dos"
            lines.append(line + ".")
        return {"hay": True, "lineas": lines}


def sheet_context(facts: ActaFacts) -> dict[str, Any]:
    """The ``hoja`` values of the explanation sheet (the acta's values are there too)."""
    plain = _Plain(facts)
    agreement = facts.agreement
    terms = agreement.terms if agreement else None
    agreed = facts.outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)
    empty_support: dict[str, Any] = {
        "hay": False,
        "quien_paga": "",
        "quien_recibe": "",
        "monto": "",
        "monto_letras": "",
        "periodicidad": "",
        "para": "",
        "cuando": "",
        "desde": "",
        "donde": "",
        "extras": [],
    }
    words = facts.profile.terms
    fill = {
        "procedimiento": words.procedure,
        "persona": words.officer_person,
        "audiencia": words.session,
    }
    meaning = _OUTCOMES.get(facts.outcome)
    if meaning is not None:
        meaning = (meaning[0].format(**fill), meaning[1].format(**fill))
    if facts.outcome == Outcome.ACUERDO_PARCIAL and agreement is not None:
        pending = matters_text(agreement.pending, words)
        meaning = (
            f"Se pusieron de acuerdo en una parte de lo que se pidió. Quedó pendiente: {pending}.",
            f"{words.plain_binding} Sobre lo pendiente, pueden volver a esta oficina si "
            "se ponen de acuerdo, o acudir al juzgado de familia.",
        )
    number = f" n.º {facts.number}" if facts.number else ""
    return {
        "titulo": "Lo que acordamos" if agreed else "Qué pasó en su caso",
        "intro": (
            f"Esta hoja explica con palabras sencillas el acta{number} del caso "
            f"{facts.case_number}. No reemplaza al acta: el acta firmada es el documento que "
            "vale. Guárdela junto con su copia del acta."
        ),
        "pension": (
            plain.support(terms.support)
            if agreed and terms is not None and terms.support is not None
            else empty_support
        ),
        "visitas": (
            plain.visits(terms.visitation)
            if agreed and terms is not None and terms.visitation is not None
            else {"hay": False, "lineas": []}
        ),
        "cuido": (
            plain.care(terms.care)
            if agreed and terms is not None and terms.care is not None
            else {"hay": False, "lineas": []}
        ),
        "resultado": {
            "hay": meaning is not None,
            "explicacion": meaning[0] if meaning else "",
            "que_sigue": meaning[1] if meaning else "",
        },
        "incumplimiento": (
            f"{words.plain_binding} Si no se cumple, la persona afectada puede acudir a "
            f"esta oficina o al juzgado de familia con el acta para exigir que se cumpla. "
            f"{facts.institution.enforceability_note}"
            if agreed
            else ""
        ),
    }
