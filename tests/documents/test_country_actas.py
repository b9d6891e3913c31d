"""Each country's actas in its own law and words: a golden text of every outcome for every
shipped profile, and no country's document naming another's institution, law or currency.

Set ``UPDATE_GOLDEN=1`` to rewrite the references after a deliberate change (then read the
diff as a lawyer of that country would).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conciliador.criteria import available_profiles
from conciliador.documents.docx_engine import render
from conciliador.domain.actas import (
    ACTA_TEMPLATES,
    EXPLANATION_SHEET,
    SignatureMode,
    SignerRole,
)
from conciliador.domain.enums import Outcome
from conciliador.services.actas.catalog import load_template
from conciliador.services.actas.context import acta_context
from conciliador.services.actas.overlay import SignatureLine, overlay
from conciliador.services.actas.rendering import expected_signers
from conciliador.services.actas.samples import sample_facts
from conciliador.services.actas.sheet import sheet_context
from tests.support.docx_text import document_text

GOLDEN = Path(__file__).parent / "golden" / "paises"
PROFILES = available_profiles()

#: What only one country's documents may say: its institutions, its laws, its currency, its
#: places and its own words for what the others call differently.
OWN: dict[str, tuple[str, ...]] = {
    "NI": ("Nicaragua", "MIFAN", "Ley n.º 870", "córdoba", "C$", "Managua", "Cuido y crianza"),
    "CO": ("Colombia", "ICBF", "Ley 1098", "Ley 2220", "Ley 446", "COP", "Bogotá", "convocad"),
    "CL": ("Chile", "MINJUDH", "19.968", "14.908", "CLP", "Santiago", "mediación", "Mediador"),
    "PE": ("Perú", "DEMUNA", "Ley n.º 26872", "PEN", "S/", "soles", "Lima", "DNI"),
    "GT": ("Guatemala", "Procuraduría General de la Nación", "GTQ", "quetzal", "DPI", "MAIMI"),
}


def _says(text: str, word: str) -> bool:
    """``word`` as a word's start (a code in capitals as a whole word: «PEN», not
    «PENDIENTES»)."""
    end = r"(?!\w)" if word.isupper() else ""
    return re.search(rf"(?<!\w){re.escape(word)}{end}", text) is not None


@cache
def _text(code: str, outcome: Outcome, sheet: bool = False) -> str:
    facts = sample_facts(outcome, profile_code=code, replaced=False)
    moment = dt.datetime(2026, 11, 23, 12, 0, tzinfo=ZoneInfo("UTC"))
    values = acta_context(facts, generated_at=moment)
    signed = dt.datetime(2026, 11, 23, 10, 30, tzinfo=facts.zone)
    # Where the profile asks for every signer's fingerprint (Peru), each one who signs
    # stamped it, as the desk records it.
    stamps = facts.profile.actas.fingerprints is not None
    lines = [
        SignatureLine(
            e.role,
            e.name,
            e.id_text,
            e.default or SignatureMode.FIRMA,
            None if e.default else signed,
            # The officer signs with their own title, as rendering does.
            title=values["conciliador"]["titulo"] if e.role == SignerRole.CONCILIADOR else "",
            fingerprint=True if stamps and not e.default else None,
        )
        for e in expected_signers(values)
    ]
    values |= overlay(
        legend=facts.profile.actas.copies[0].legend,
        recipient=facts.profile.actas.copies[0].recipient,
        lines=lines,
        zone=facts.zone,
        locale=facts.locale,
        held_on=values["audiencia"]["dia"],
        words=values["terminos"],
    )
    # the profile's own acta for this outcome (Chile: the acta of a failed mediation)
    name = facts.profile.actas.template(outcome)
    if sheet:
        values["hoja"] = sheet_context(facts)
        name = EXPLANATION_SHEET
    return document_text(render(load_template(name), values)) + "\n"


def test_every_seed_country_has_a_profile() -> None:
    assert set(OWN) <= set(PROFILES)


@pytest.mark.parametrize("outcome", list(Outcome))
@pytest.mark.parametrize("code", PROFILES)
def test_golden_acta(code: str, outcome: Outcome) -> None:
    text = _text(code, outcome)
    golden = GOLDEN / code.lower() / f"{ACTA_TEMPLATES[outcome]}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("outcome", list(Outcome))
@pytest.mark.parametrize("code", PROFILES)
def test_no_country_prints_another_countrys_institution_law_or_currency(
    code: str, outcome: Outcome
) -> None:
    texts = [_text(code, outcome)]
    if outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL, Outcome.FALTA_DE_ACUERDO):
        texts.append(_text(code, outcome, sheet=True))
    for text in texts:
        for other, words in OWN.items():
            if other == code:
                continue
            found = [w for w in words if _says(text, w)]
            assert not found, f"un acta de {code} dice {found}, palabras de {other}"
