"""A sample acta written under a draft profile version, to see its wording before publishing."""

from __future__ import annotations

from conciliador.documents.docx_engine import render
from conciliador.domain.actas import ACTA_TEMPLATES
from conciliador.domain.enums import Outcome
from conciliador.services.actas.catalog import SAMPLE_MOMENT, load_template, sample_context
from conciliador.services.actas.context import acta_context
from conciliador.services.actas.rendering import to_pdf
from conciliador.services.actas.samples import sample_facts
from conciliador.services.criteria_versions import check_profile_text


def preview_sample_acta(code: str, text: str) -> bytes:
    """A PDF of the sample acta (total agreement) under the draft (slow: LibreOffice)."""
    profile = check_profile_text(code, text)
    template = load_template(ACTA_TEMPLATES[Outcome.ACUERDO_TOTAL])
    facts = sample_facts(Outcome.ACUERDO_TOTAL, profile=profile)
    # The sample's signature lines and copy legend, with the draft's own values over them.
    values = sample_context(template.name) | acta_context(facts, generated_at=SAMPLE_MOMENT)
    [pdf] = to_pdf([("muestra.docx", render(template, values))])
    return pdf
