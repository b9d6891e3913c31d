"""The templates: where they are, which values each kind receives, and loading them checked.

The shipped templates live in ``templates/actas``; an administrator may put edited copies in
the folder named by ``CONCILIADOR_TEMPLATES_DIR`` (any template missing there falls back to
the shipped one). A template is compiled once and kept until its file changes; compiling
checks it against its context builder's complete sample values, so a typo in a tag is a
Spanish message naming the template and the tag, not a broken document.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import cache
from pathlib import Path
from typing import Any

from conciliador.criteria import available_profiles, load_profile
from conciliador.criteria.files import templates_dir
from conciliador.documents.docx_engine import CompiledTemplate, TemplateProblem, compile_template
from conciliador.domain.actas import (
    ACTA_TEMPLATES,
    ACTA_VARIANTS,
    ALL_TEMPLATES,
    CITATION_FIRST,
    CITATION_LAST,
    EXPLANATION_SHEET,
    NONCOMPLIANCE_CERTIFICATE,
    PAYMENT_STATEMENT,
    REFERRAL_LETTER,
)
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import HearingMode, Outcome, Sex
from conciliador.services.actas.context import acta_context
from conciliador.services.actas.letters import (
    CitationDoc,
    OfficeFacts,
    ReferralDoc,
    citation_context,
    referral_context,
)
from conciliador.services.actas.overlay import overlay
from conciliador.services.actas.samples import sample_facts, sample_signature_lines
from conciliador.services.actas.sheet import sheet_context
from conciliador.services.errors import ServiceError

ENV_TEMPLATES = "CONCILIADOR_TEMPLATES_DIR"
SAMPLE_MOMENT = dt.datetime(2026, 11, 23, 16, 30, tzinfo=dt.UTC)


class TemplateError(ServiceError):
    """A template cannot be used (the message names it and the tag)."""


def shipped_dir() -> Path:
    return templates_dir() / "actas"


def template_path(name: str) -> Path:
    """The administrator's edited copy when there is one, else the shipped template."""
    if name not in ALL_TEMPLATES:
        raise TemplateError(f"No existe la plantilla «{name}».")
    override = os.environ.get(ENV_TEMPLATES)
    if override:
        candidate = Path(override) / f"{name}.docx"
        if candidate.is_file():
            return candidate
    return shipped_dir() / f"{name}.docx"


def sample_office_facts() -> OfficeFacts:
    facts = sample_facts()
    return OfficeFacts(
        facts.profile,
        facts.office_name,
        facts.office_code,
        facts.office_address,
        facts.office_phone,
        facts.place,
        facts.office_article,
    )


def sample_context(name: str) -> dict[str, Any]:
    """Every value the template ``name`` may read, filled (for checking and the goldens)."""
    facts = sample_facts()
    if name in ACTA_TEMPLATES.values() or name in ACTA_VARIANTS or name == EXPLANATION_SHEET:
        outcome = next((o for o, n in ACTA_TEMPLATES.items() if n == name), Outcome.ACUERDO_TOTAL)
        facts = sample_facts(outcome)
        if name in ACTA_VARIANTS:
            code, outcome = _variant_user(name)
            facts = sample_facts(outcome, profile_code=code)
        values = acta_context(facts, generated_at=SAMPLE_MOMENT)
        values |= overlay(
            legend="Original para el expediente",
            recipient="expediente",
            lines=sample_signature_lines(),
            zone=facts.zone,
            locale=facts.locale,
            mark="ACTA REEMPLAZADA por el acta n.º MN-D2-2026-0009",
            held_on=values["audiencia"]["dia"],
            words=values["terminos"],
        )
        if name == EXPLANATION_SHEET:
            values["hoja"] = sheet_context(facts)
        return values
    office = sample_office_facts()
    if name in (PAYMENT_STATEMENT, NONCOMPLIANCE_CERTIFICATE):
        from conciliador.services.followup.documents import sample_followup_context

        return sample_followup_context(name, office)
    if name in (CITATION_FIRST, CITATION_LAST):
        assert facts.hearing is not None
        return citation_context(
            CitationDoc(
                office=office,
                case_number=facts.case_number,
                matters=facts.matters,
                children=facts.children,
                recipient=facts.respondent.person,
                recipient_side=Party.CITADO,
                other=facts.claimant.person,
                starts_at=facts.hearing.starts_at,
                mode=HearingMode.PRESENCIAL,
                room="Sala 1",
                officer_name="Ana Martínez",
                officer_post="Conciliadora",
                officer_sex=Sex.FEMALE,
                citation_round=2 if name == CITATION_LAST else 1,
                issued_on=dt.date(2026, 11, 13),
            )
        )
    if name == REFERRAL_LETTER:
        return referral_context(
            ReferralDoc(
                office=office,
                case_number=facts.case_number,
                request_date=facts.request_date,
                matters=facts.matters,
                children=facts.children,
                claimant=facts.claimant.person,
                respondent=facts.respondent.person,
                institution="Comisaría de la Mujer y la Niñez de la Policía Nacional",
                referred_on=dt.date(2026, 11, 13),
                notes="Se acompañó a la solicitante hasta la Comisaría.",
                signs=(
                    "¿Hay amenazas, insultos, humillaciones o control de la otra parte que le "
                    "causen miedo?",
                ),
                responsible="Ana Martínez",
                responsible_post="Conciliadora",
            )
        )
    raise TemplateError(f"No existe la plantilla «{name}».")


def _variant_user(name: str) -> tuple[str, Outcome]:
    """The first shipped profile and outcome whose acta uses the variant ``name``."""
    for code in available_profiles():
        templates = load_profile(code).actas.templates
        for outcome in Outcome:
            if templates.get(outcome) == name:
                return code, outcome
    raise TemplateError(f"Ningún perfil usa la plantilla «{name}».")


@cache
def _compiled(path: Path, mtime_ns: int, size: int, name: str) -> CompiledTemplate:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise TemplateError(
            f"No se pudo leer la plantilla «{path.name}» ({path.parent}): {exc.strerror}."
        ) from exc
    try:
        return compile_template(name, content, sample_context(name))
    except TemplateProblem as exc:
        raise TemplateError(str(exc)) from exc


def load_template(name: str) -> CompiledTemplate:
    """The template ``name``, compiled and checked (kept until its file changes)."""
    path = template_path(name)
    try:
        stat = path.stat()
    except OSError as exc:
        raise TemplateError(
            f"Falta la plantilla «{path.name}» en {path.parent}: reinstale Conciliador o "
            "restaure el archivo."
        ) from exc
    return _compiled(path, stat.st_mtime_ns, stat.st_size, name)


@cache
def stored_template(name: str, sha256: str, content: bytes) -> CompiledTemplate:
    """A template frozen with an issued acta (checked when it was issued)."""
    try:
        return compile_template(name, content)
    except TemplateProblem as exc:
        raise TemplateError(str(exc)) from exc
