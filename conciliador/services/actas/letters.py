"""The values of a citation and of a referral letter, from plain facts (no database objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from conciliador.criteria import Profile
from conciliador.documents.formatting import clock_time, long_date, medium_date
from conciliador.domain.agreement_terms import Party
from conciliador.domain.citations import announced_as_last
from conciliador.domain.enums import HearingMode, Matter, Sex
from conciliador.services.actas.facts import (
    ChildFacts,
    PersonFacts,
    of_office,
    to_office,
    with_article,
)
from conciliador.services.actas.wording import (
    age_text,
    courtesy_title,
    id_text,
    matters_text,
    officer_title,
)
from conciliador.services.agreements import phrases as ph


@dataclass(frozen=True)
class OfficeFacts:
    profile: Profile
    name: str
    code: str
    address: str
    phone: str
    place: str
    article: str = ""
    #: Which institution of the profile the office issues as (``Office.issuing_institution``).
    institution_code: str = ""

    def context(self) -> dict[str, Any]:
        inst = self.profile.institution_for(self.institution_code)
        return {
            "institucion": {
                "nombre": inst.name,
                "siglas": inst.short_name,
                "pais": inst.country_name,
                "base_legal": inst.legal_basis,
                "nota_merito_ejecutivo": inst.enforceability_note,
                "de_nombre": of_office(inst.article, inst.name),
            },
            "terminos": self.profile.terms.context(),
            "oficina": {
                "nombre": self.name,
                "codigo": self.code,
                "direccion": self.address,
                "telefono": self.phone,
                "lugar": self.place,
                "con_articulo": with_article(self.article, self.name),
                "a_con_articulo": to_office(self.article, self.name),
                "de_con_articulo": of_office(self.article, self.name),
            },
        }


@dataclass(frozen=True)
class CitationDoc:
    office: OfficeFacts
    case_number: str
    matters: tuple[Matter, ...]
    children: tuple[ChildFacts, ...]
    recipient: PersonFacts
    recipient_side: Party
    other: PersonFacts
    starts_at: dt.datetime
    mode: HearingMode
    room: str
    officer_name: str
    officer_post: str
    citation_round: int
    issued_on: dt.date
    officer_sex: Sex = Sex.UNSPECIFIED

    @property
    def is_last(self) -> bool:
        limit = self.office.profile.scheduling.citations_before_closure
        return announced_as_last(self.citation_round, limit)


def citation_context(doc: CitationDoc) -> dict[str, Any]:
    profile = doc.office.profile
    locale = profile.regional.locale
    local = doc.starts_at.astimezone(profile.regional.zone)
    claimant = doc.recipient_side == Party.SOLICITANTE
    terms = profile.terms
    return {
        **doc.office.context(),
        "caso": {
            "numero": doc.case_number,
            "materias_texto": matters_text(doc.matters, terms),
        },
        "hijos": [
            {"nombre": c.full_name, "edad": age_text(c.birth_date, local.date())}
            for c in doc.children
        ],
        "hijos_texto": ph.join([c.full_name for c in doc.children]),
        "audiencia": {
            "fecha": medium_date(local.date(), locale),
            "fecha_larga": long_date(local.date(), locale),
            "hora_inicio": clock_time(local, locale),
            "modalidad": doc.mode.label,
            "a_distancia": doc.mode != HearingMode.PRESENCIAL,
            "sala": doc.room,
        },
        "citacion": {
            "numero": str(doc.citation_round),
            "es_ultima": doc.is_last,
            "copia_a": profile.actas.no_show_copy_to or "",
            "fecha_emision": medium_date(doc.issued_on, locale),
        },
        "destinatario": {
            "tratamiento": courtesy_title(doc.recipient.sex),
            "nombre": doc.recipient.full_name,
            "documento": id_text(doc.recipient.id_type, doc.recipient.id_number, terms),
            "direccion": doc.recipient.address,
            "rol": terms.claimant if claimant else terms.respondent,
            "es_solicitante": claimant,
            "es_citado": not claimant,
        },
        "otra_parte": {
            "nombre": doc.other.full_name,
            "rol": terms.respondent if claimant else terms.claimant,
        },
        "conciliador": {
            "nombre": doc.officer_name,
            "cargo": doc.officer_post,
            "titulo": officer_title(doc.officer_sex, terms),
        },
    }


@dataclass(frozen=True)
class ReferralDoc:
    office: OfficeFacts
    case_number: str
    request_date: dt.date
    matters: tuple[Matter, ...]
    children: tuple[ChildFacts, ...]
    claimant: PersonFacts
    respondent: PersonFacts
    institution: str
    referred_on: dt.date
    notes: str
    #: The screen's questions answered «sí», in the profile's words.
    signs: tuple[str, ...]
    responsible: str
    responsible_post: str


def referral_context(doc: ReferralDoc) -> dict[str, Any]:
    locale = doc.office.profile.regional.locale
    terms = doc.office.profile.terms

    def person(p: PersonFacts) -> dict[str, Any]:
        return {
            "tratamiento": courtesy_title(p.sex),
            "nombre": p.full_name,
            "documento": id_text(p.id_type, p.id_number, terms),
            "direccion": p.address,
            "telefono": p.phone,
        }

    return {
        **doc.office.context(),
        "caso": {
            "numero": doc.case_number,
            "fecha_solicitud": medium_date(doc.request_date, locale),
            "materias_texto": matters_text(doc.matters, terms),
        },
        "hijos": [
            {"nombre": c.full_name, "edad": age_text(c.birth_date, doc.referred_on)}
            for c in doc.children
        ],
        "hijos_texto": ph.join([c.full_name for c in doc.children]),
        "solicitante": person(doc.claimant),
        "citado": person(doc.respondent),
        "derivacion": {
            "institucion": doc.institution,
            "fecha": medium_date(doc.referred_on, locale),
            "observaciones": doc.notes,
            "senales": list(doc.signs),
            "responsable": doc.responsible,
            "cargo": doc.responsible_post,
        },
    }
