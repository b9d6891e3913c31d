"""``conciliador demo --profile XX``: each country's demonstration reads as that country's.

A small demo per profile; its actas name the country's institution, its documents and its
currency, and none of the other countries' (tests/documents/test_country_actas.py's lists).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from conciliador.criteria import load_profile
from conciliador.db import Database
from conciliador.demo import DemoSpec, generate_demo
from conciliador.domain.enums import Outcome
from conciliador.models import Agreement, Office
from conciliador.services.actas import acta_document, draft_acta
from conciliador.services.actor import Actor
from tests.documents.test_country_actas import OWN, _says
from tests.support.docx_text import document_text
from tests.support.world import PASSWORD, pinned_clock

SYSTEM = Actor.command_line("pruebas")
TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize("code", ["CO", "CL", "PE", "GT"])
def test_a_countrys_demo_issues_that_countrys_actas(tmp_path, code: str) -> None:
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite'}", clock=pinned_clock())
    db.upgrade()
    try:
        spec = DemoSpec(
            cases=80, seed=5, password=PASSWORD, today=TODAY, offices=4, profile_code=code
        )
        generate_demo(db, SYSTEM, spec)
        profile = load_profile(code)
        with db.read() as s:
            assert {o.profile_code for o in s.scalars(select(Office))} == {code}
            agreement_id = s.scalar(
                select(Agreement.id)
                .where(Agreement.outcome == Outcome.ACUERDO_TOTAL)
                .order_by(Agreement.id)
            )
        assert agreement_id is not None
        acta = draft_acta(db, SYSTEM, agreement_id)
        text = document_text(acta_document(db, SYSTEM, acta.acta_id).data)
    finally:
        db.dispose()
    assert profile.institution.name in text
    assert profile.terms.acta_title(Outcome.ACUERDO_TOTAL).upper() in text
    assert profile.terms.id_document(next(iter(profile.terms.id_documents))) in text
    for other, words in OWN.items():
        if other != code:
            assert not [w for w in words if _says(text, w)], other
