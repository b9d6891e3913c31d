"""The values an acta template is filled with, built from ``ActaFacts``.

Every key is always present (an empty text or an empty list when there is nothing to say),
so a template can test ``{% if … %}`` on anything and the template checker knows every name
(``sample.sample_acta_context``). docs/templates.md lists them all.

What is frozen when the acta is issued is this dictionary; what may still change afterwards
— which copy is being printed, the signatures, the «replaced» mark — is the overlay of
``overlay``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from conciliador.documents.amounts import amount_in_words, percent_text
from conciliador.documents.formatting import clock_time, long_date, medium_date, money, short_date
from conciliador.domain.agreement_terms import Party
from conciliador.domain.citations import announced_as_last
from conciliador.domain.enums import HearingMode, IdType, Matter, Outcome, Sex
from conciliador.services.actas.facts import (
    ActaFacts,
    AgreementFacts,
    PartyFacts,
    PersonFacts,
    of_office,
    to_office,
    with_article,
)
from conciliador.services.actas.wording import (
    age_text,
    count_masculine,
    courtesy_title,
    date_in_words,
    id_text,
    matters_text,
    officer_title,
    ordinal_feminine,
)
from conciliador.services.agreements import phrases as ph
from conciliador.services.agreements.money import (
    MONTHLY_FACTOR_TEXT,
    PERIOD_FACTOR_TEXT,
    rounded_to_unit,
    share_monthly,
)

Context = dict[str, Any]

_ROUND = {1: "primera citación", 2: "segunda citación", 3: "tercera citación"}
_SESSION = {1: "primera", 2: "segunda", 3: "tercera", 4: "cuarta", 5: "quinta"}


def local(moment: dt.datetime, facts: ActaFacts) -> dt.datetime:
    return moment.astimezone(facts.zone)


def _person(p: PersonFacts | None, facts: ActaFacts) -> dict[str, Any]:
    terms = facts.profile.terms
    if p is None:
        return {
            "existe": False,
            "tratamiento": "",
            "nombre": "",
            "documento": "",
            "documento_tipo": "",
            "documento_numero": "",
        }
    return {
        "existe": True,
        "tratamiento": courtesy_title(p.sex),
        "nombre": p.full_name,
        "documento": id_text(p.id_type, p.id_number, terms),
        "documento_tipo": terms.id_document(p.id_type),
        "documento_numero": p.id_number,
    }


def party_context(party: PartyFacts, role: str, facts: ActaFacts) -> dict[str, Any]:
    p = party.person
    currency = facts.profile.regional.currency
    income = p.monthly_income
    attended = party.attended
    return {
        **_person(p, facts),
        "rol": role,
        "nacionalidad": p.nationality,
        "direccion": p.address,
        "telefono": p.phone,
        "ocupacion": p.occupation,
        "empleador": p.employer,
        "tiene_ingreso": income is not None,
        "ingreso": money(income, currency, facts.locale) if income is not None else "",
        "ingreso_letras": (
            amount_in_words(income, currency, facts.profile.regional.currency_name)
            if income is not None
            else ""
        ),
        "representante": _person(party.representative, facts),
        "asistio": bool(attended),
        "asistencia": (
            "—" if attended is None else ("Compareció" if attended else "No compareció")
        ),
    }


def _monthly_working(a: AgreementFacts, facts: ActaFacts) -> str:
    """How the acta's one monthly amount follows from what it states: «C$1,376.13 × 52 ÷ 12»
    for a fixed sum per period; for a share of net income, the share of the income, and how
    the amount per period follows from it (rounded); empty when nothing needs working."""
    s = a.terms.support
    if s is None:
        return ""
    currency = facts.profile.regional.currency
    per_period = money(s.total, currency, facts.locale)
    share = share_monthly(s, currency)
    if share is not None and s.percentage is not None and s.income is not None:
        if not PERIOD_FACTOR_TEXT[s.periodicity]:
            return ""  # the share's clause already says it: the month is the share
        return (
            f"aplicar el {percent_text(s.percentage, facts.locale)} al ingreso neto mensual "
            f"de {money(s.income.net, currency, facts.locale)}; cada pago "
            f"{s.periodicity.label.lower()} de {per_period} es ese monto "
            f"{PERIOD_FACTOR_TEXT[s.periodicity]}, {rounded_to_unit(currency)}"
        )
    if not MONTHLY_FACTOR_TEXT[s.periodicity]:
        return ""
    return f"{per_period} {MONTHLY_FACTOR_TEXT[s.periodicity]}"


def _hearing(facts: ActaFacts) -> dict[str, Any]:
    """The hearing as the acta tells it: its day and times from the hearing's own record
    (when it really started and ended), the booked slot only as «señalada para»."""
    h = facts.hearing
    locale = facts.locale
    day_instant = facts.moment
    day = local(day_instant, facts).date() if day_instant else facts.request_date
    limit = facts.profile.scheduling.citations_before_closure
    round_ = h.citation_round if h else 1
    citation = _ROUND.get(round_, f"citación n.º {round_}")
    if h and announced_as_last(round_, limit):
        citation = f"{citation} (y última)"
    recorded = h is not None and h.started_at is not None and h.concluded_at is not None
    start = local(h.started_at, facts) if h and h.started_at else None
    end = local(h.concluded_at, facts) if h and h.concluded_at else None
    booked = local(h.starts_at, facts) if h else None
    return {
        "celebrada": h is not None,
        "registrada": recorded,
        "fecha": medium_date(day, locale),
        "fecha_larga": long_date(day, locale),
        "fecha_corta": short_date(day, locale),
        "fecha_letras": date_in_words(day),
        "dia": day.isoformat(),
        "hora_inicio": clock_time(start, locale) if recorded and start else "",
        "hora_fin": clock_time(end, locale) if recorded and end else "",
        "fin_otro_dia": bool(recorded and start and end and end.date() != start.date()),
        "fecha_fin": medium_date(end.date(), locale) if recorded and end else "",
        "fecha_senalada": medium_date(booked.date(), locale) if booked else "",
        "hora_senalada": clock_time(booked, locale) if booked else "",
        "motivo_inicio": h.start_reason if h else "",
        "sesion": str(h.session_number) if h else "",
        "sesion_texto": (
            f"{_SESSION.get(h.session_number, str(h.session_number))} sesión" if h else ""
        ),
        "citacion_texto": citation if h else "",
        "modalidad": h.mode.label if h else "",
        "a_distancia": bool(h and h.mode != HearingMode.PRESENCIAL),
        "sala": h.room if h else "",
        "lugar": facts.place,
        "observaciones": h.status_reason if h else "",
    }


def _clauses(facts: ActaFacts) -> dict[str, Any]:
    a = facts.agreement
    empty: dict[str, Any] = {
        "hay": False,
        "materias": [],
        "clausulas": [],
        "hay_pendientes": False,
        "pendientes": [],
        "pendientes_texto": "",
        "pendientes_clausula": "",
        "pauta": {"hay": False, "base_legal": "", "lineas": [], "notas": []},
        "apartarse": {"hay": False, "motivo": ""},
        "pension_mensual": "",
        "pension_mensual_letras": "",
        "pension_mensual_calculo": "",
    }
    if a is None:
        return empty
    terms = facts.profile.terms
    numbered = [c for c in a.clauses if c.kind != "pendientes"]
    other = "Otras estipulaciones"
    order = [terms.matter(m) for m in Matter] + [other]
    # Numbered in the order they are printed: by matter, then the rest.
    numbered.sort(key=lambda c: order.index(terms.matter(c.matter) if c.matter else other))
    flat = []
    groups: dict[str, list[dict[str, Any]]] = {}
    for index, clause in enumerate(numbered, start=1):
        matter = terms.matter(clause.matter) if clause.matter else other
        item: dict[str, Any] = {
            "numero": str(index),
            "ordinal": ordinal_feminine(index).upper(),
            "texto": clause.text,
            "texto_libre": clause.free_text,
            "materia": matter,
        }
        flat.append(item)
        groups.setdefault(matter, []).append(item)
    pending_clause = next((c.text for c in a.clauses if c.kind == "pendientes"), "")
    g = a.guideline
    currency = facts.profile.regional.currency
    monthly = a.monthly_support
    return {
        "hay": bool(numbered),
        "materias": [
            {"titulo": label, "clausulas": groups[label]} for label in order if label in groups
        ],
        "clausulas": flat,
        "hay_pendientes": bool(a.pending),
        "pendientes": [terms.matter(m) for m in a.pending],
        "pendientes_texto": matters_text(a.pending, terms),
        "pendientes_clausula": pending_clause,
        "pauta": {
            "hay": g is not None,
            "base_legal": g.legal_basis if g else "",
            "lineas": [
                {"concepto": line.concept, "calculo": line.calculation, "resultado": line.result}
                for line in (g.lines if g else ())
            ],
            "notas": list(g.notes) if g else [],
        },
        "apartarse": {"hay": bool(a.departure_reason), "motivo": a.departure_reason},
        "pension_mensual": money(monthly, currency, facts.locale) if monthly else "",
        "pension_mensual_calculo": _monthly_working(a, facts) if monthly else "",
        "pension_mensual_letras": (
            amount_in_words(monthly, currency, facts.profile.regional.currency_name)
            if monthly
            else ""
        ),
    }


def _citations(facts: ActaFacts) -> list[dict[str, Any]]:
    terms = facts.profile.terms
    out = []
    for c in facts.citations:
        delivered = c.delivered_at
        out.append(
            {
                "numero_texto": _ROUND.get(c.number, f"citación n.º {c.number}"),
                "parte": terms.claimant if c.party == Party.SOLICITANTE else terms.respondent,
                "persona": c.person,
                "fecha_audiencia": medium_date(
                    local(c.hearing_starts_at, facts).date(), facts.locale
                ),
                "entregada": delivered is not None,
                "fecha_entrega": (
                    short_date(local(delivered, facts).date(), facts.locale) if delivered else ""
                ),
                "metodo": c.method.label if c.method else "",
                "entregada_por": c.delivered_by,
            }
        )
    return out


def _registry_text(facts: ActaFacts) -> str:
    """«número de registro 12345» where the profile asks the acta to name the
    officer's registry entry (Peru, Ley 26872, art. 16 f); empty elsewhere. Issuing refuses
    an acta whose officer has none, so an issued acta never lacks it where it is asked."""
    rule = facts.profile.actas.officer_registry
    number = facts.officer.registry_number.strip() if facts.officer else ""
    if rule is None or not number:
        return ""
    return f"{rule.label[:1].lower()}{rule.label[1:]} {number}"


def acta_context(facts: ActaFacts, *, generated_at: dt.datetime) -> Context:
    """The frozen part of an acta's values (see the module's docstring)."""
    profile = facts.profile
    inst = facts.institution
    terms = profile.terms
    agreement_outcome = facts.outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)
    copies = [c.legend for c in profile.actas.copies]
    no_show_copy = (
        profile.actas.no_show_copy_to or "" if facts.outcome == Outcome.INASISTENCIA_CITADO else ""
    )
    officer = facts.officer
    on_day = local(facts.moment, facts).date() if facts.moment else facts.request_date
    replaces = facts.replaces
    return {
        "institucion": {
            "nombre": inst.name,
            "siglas": inst.short_name,
            "pais": inst.country_name,
            "base_legal": inst.legal_basis,
            "nota_merito_ejecutivo": inst.enforceability_note,
            "de_nombre": of_office(inst.article, inst.name),
        },
        "terminos": terms.context(),
        "oficina": {
            "nombre": facts.office_name,
            "codigo": facts.office_code,
            "direccion": facts.office_address,
            "telefono": facts.office_phone,
            "lugar": facts.place,
            "con_articulo": with_article(facts.office_article, facts.office_name),
            "a_con_articulo": to_office(facts.office_article, facts.office_name),
            "de_con_articulo": of_office(facts.office_article, facts.office_name),
        },
        "acta": {
            "titulo": terms.acta_title(facts.outcome),
            "tipo": facts.outcome.label,
            "tipo_codigo": facts.outcome.value,
            "plantilla": facts.profile.actas.template(facts.outcome),
            # What the acta of a failed mediation enables (Chile, Ley 19.968, art. 111).
            "efecto_frustrada": facts.profile.actas.failed_mediation_effect or "",
            "numero": facts.number or "",
            "tiene_numero": facts.number is not None,
            "fecha_emision": (
                medium_date(local(facts.issued_at, facts).date(), facts.locale)
                if facts.issued_at
                else ""
            ),
            "motivo": facts.notes,
            "copia_a": no_show_copy,
            "reemplaza": replaces is not None,
            "reemplaza_numero": replaces.number if replaces else "",
            "reemplaza_fecha": (
                medium_date(replaces.issued_on, facts.locale)
                if replaces and replaces.issued_on
                else ""
            ),
            "reemplaza_motivo": replaces.reason if replaces else "",
        },
        "caso": {
            "numero": facts.case_number,
            "fecha_solicitud": medium_date(facts.request_date, facts.locale),
            "materias": [terms.matter(m) for m in facts.matters],
            "materias_texto": matters_text(facts.matters, terms),
            "relato": facts.account,
        },
        "audiencia": _hearing(facts),
        "conciliador": {
            "nombre": officer.name if officer else "",
            "documento": id_text(IdType.CEDULA, officer.id_number, terms)
            if officer and officer.id_number
            else "",
            "cargo": officer.post if officer else "",
            "capacidad": officer.legal_capacity if officer else "",
            "registro": _registry_text(facts),
            "titulo": officer_title(officer.sex if officer else Sex.UNSPECIFIED, terms),
        },
        "solicitante": party_context(facts.claimant, terms.claimant, facts),
        "citado": party_context(facts.respondent, terms.respondent, facts),
        "partes": [
            party_context(facts.claimant, terms.claimant.capitalize(), facts),
            party_context(facts.respondent, terms.respondent.capitalize(), facts),
        ],
        "hijos": [
            {
                "nombre": c.full_name,
                "fecha_nacimiento": (
                    short_date(c.birth_date, facts.locale) if c.birth_date else "no consta"
                ),
                "edad": age_text(c.birth_date, on_day),
                "partida": c.birth_certificate or "no consta",
            }
            for c in facts.children
        ],
        "hijos_texto": ph.join([c.full_name for c in facts.children]),
        "acuerdo": _clauses(facts),
        "citaciones": _citations(facts),
        "derivaciones": list(facts.referrals),
        "derivaciones_texto": ph.join(list(facts.referrals)),
        "cierre": {
            "lleva_nota": agreement_outcome,
            "nota_merito": inst.enforceability_note if agreement_outcome else "",
            "copias": copies,
            "copias_texto": f"{count_masculine(len(copies))} ejemplar"
            + ("es" if len(copies) != 1 else ""),
        },
        "documento": {
            "generado": (
                f"{short_date(local(generated_at, facts).date(), facts.locale)} "
                f"{clock_time(local(generated_at, facts), facts.locale)}"
            ),
        },
    }


def money_text(amount: Decimal, facts: ActaFacts) -> str:
    return money(amount, facts.profile.regional.currency, facts.locale)
