"""Every document from demonstration data, as an office would print it."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from conciliador.criteria import load_profile
from conciliador.db import Database
from conciliador.demo import DemoSpec, generate_demo
from conciliador.documents.amounts import amount_in_words
from conciliador.documents.formatting import money
from conciliador.domain.enums import Outcome
from conciliador.models import Agreement, Case, Citation, Hearing, Referral
from conciliador.services.actas import acta_document, draft_acta, sheet_document
from conciliador.services.actas.batch import month_actas, print_citations
from conciliador.services.actas.citations import citation_document, referral_letter
from conciliador.services.actor import Actor
from tests.support.docx_text import document_text
from tests.support.world import PASSWORD, pinned_clock

SYSTEM = Actor.command_line("pruebas")
TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database(f"sqlite:///{path}", clock=pinned_clock())
    db.upgrade()
    # enough cases that each outcome, even the 2 % ones, is all but sure to be there
    generate_demo(db, SYSTEM, DemoSpec(cases=600, seed=11, password=PASSWORD, today=TODAY))
    yield db
    db.dispose()


def _one_per_outcome(db: Database) -> dict[Outcome, int]:
    with db.read() as s:
        found: dict[Outcome, int] = {}
        for agreement in s.scalars(select(Agreement).order_by(Agreement.id)):
            found.setdefault(agreement.outcome, agreement.id)
        return found


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_acta_renders_for_its_outcome_from_demo_data(
    demo: Database, outcome: Outcome
) -> None:
    agreement_id = _one_per_outcome(demo)[outcome]
    acta = draft_acta(demo, SYSTEM, agreement_id)
    data = acta_document(demo, SYSTEM, acta.acta_id).data
    Document(io.BytesIO(data))  # opens in python-docx
    text = document_text(data)
    with demo.read() as s:
        agreement = s.get(Agreement, agreement_id)
        case = s.get(Case, agreement.case_id)
        names = [case.claimant.full_name, case.respondent.full_name]
        names += [c.full_name for c in case.children]
        support = agreement.monthly_support
    for name in names:
        assert name in text, name
    assert load_profile("NI").terms.acta_title(outcome).upper() in text
    assert " de 2026" in text  # dates in Spanish: «23 de noviembre de 2026»
    if support is not None:
        assert money(support, "NIO", "es_NI") in text
        assert amount_in_words(support, "NIO", "córdobas") in text
    sheet = document_text(sheet_document(demo, SYSTEM, acta.acta_id).data)
    assert (
        case.claimant.full_name in sheet
        or case.respondent.full_name in sheet
        or ("Qué pasó" in sheet)
    )


def test_citations_and_referral_letters_from_demo_data(demo: Database) -> None:
    with demo.read() as s:
        first = s.scalar(
            select(Citation.id).join(Hearing).where(Hearing.citation_round == 1).limit(1)
        )
        second = s.scalar(
            select(Citation.id)
            .join(Hearing)
            .where(Hearing.citation_round == 2, Citation.party == "citado")
            .limit(1)
        )
        referral = s.scalar(select(Referral.id).limit(1))
    one = document_text(citation_document(demo, SYSTEM, first).data)
    assert one.count("CITACIÓN") == 1 and "ADVERTENCIA" not in one
    last = document_text(citation_document(demo, SYSTEM, second).data)
    assert "SEGUNDA Y ÚLTIMA CITACIÓN" in last
    assert "se remitirá copia del acta al Ministerio Público" in last
    letter = document_text(referral_letter(demo, SYSTEM, referral).data)
    assert "CONFIDENCIAL" in letter and "ruta de atención interinstitucional" in letter


def test_the_days_citations_print_in_a_batch_with_progress_and_cancel(
    demo: Database, tmp_path: Path
) -> None:
    with demo.read() as s:
        office_id, starts = s.execute(
            select(Hearing.office_id, Hearing.starts_at)
            .where(Hearing.starts_at > dt.datetime(2026, 11, 25, tzinfo=dt.UTC))
            .order_by(Hearing.starts_at)
            .limit(1)
        ).one()
    day = starts.astimezone(dt.timezone(dt.timedelta(hours=-6))).date()
    seen: list[tuple[int, int]] = []
    result = print_citations(
        demo,
        SYSTEM,
        office_id,
        day,
        tmp_path / "todas",
        by_hearing_day=True,
        pdf=False,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.documents == result.total >= 2 and not result.cancelled
    assert seen[-1] == (result.total, result.total)
    assert all(p.name.startswith("citacion-") for p in result.written)
    stopped = print_citations(
        demo,
        SYSTEM,
        office_id,
        day,
        tmp_path / "cancelada",
        by_hearing_day=True,
        pdf=False,
        cancel=lambda: (
            len(list((tmp_path / "cancelada").glob("*.docx"))) >= 1
            if (tmp_path / "cancelada").exists()
            else False
        ),
    )
    assert stopped.cancelled and stopped.documents == 1


def test_a_months_actas_in_one_batch(demo: Database, tmp_path: Path) -> None:
    result = month_actas(demo, SYSTEM, 2026, 10, tmp_path, pdf=False)
    assert result.documents == result.total > 10
    names = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert len(names) == result.total and all(n.startswith("acta-") for n in names)
