"""Criteria as versioned data: a yearly value changed for next year, published with its date;
a hearing on that date uses it, an acta issued before keeps the old one; each acta records the
profile version it was issued under."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from conciliador.domain.agreement_terms import SupportBasis
from conciliador.domain.clock import SteadyClock
from conciliador.domain.enums import Outcome
from conciliador.domain.versions import VersionStatus
from conciliador.models import Acta, AuditEvent, Office
from conciliador.services import hearing_flow as flow
from conciliador.services.actas import acta_document, acta_of_hearing, issue_acta
from conciliador.services.actor import Actor
from conciliador.services.agreements import agreement_context
from conciliador.services.agreements.terms import AgreementTerms, ChildAmount, Income
from conciliador.services.criteria_versions import (
    draft_yearly_values,
    profile_versions,
    publish_profile_version,
)
from conciliador.services.errors import (
    InvalidTransition,
    PermissionDenied,
    ValidationFailed,
)
from conciliador.services.fields import CriteriaFields
from conciliador.services.offices import profile_of
from conciliador.services.scheduling import BookingRequest, HearingView, book_hearing
from tests.support.agreements import (
    care,
    family_case,
    held_hearing,
    office_under,
    support,
    visitation,
)
from tests.support.docx_text import document_text
from tests.support.world import World, national_admin

pytestmark = pytest.mark.slow

SOURCE = "Ley de reajuste del ingreso mínimo mensual (valor de prueba)"


def _hearing_on(
    w: World, office_id: int, mediator: Actor, room: int, day: dt.datetime
) -> HearingView:
    case = family_case(w, 2, office_id=office_id, actor=mediator)
    assert mediator.user_id is not None
    hearing = book_hearing(
        w.db,
        mediator,
        BookingRequest(case_id=case.id, officer_id=mediator.user_id, start=day, room_id=room),
        now=day - dt.timedelta(days=10),
        override_reason="Autorizado: audiencia conjunta con acompañamiento",
    )
    w.db.clock = SteadyClock(hearing.starts_at)
    flow.start_hearing(
        w.db, mediator, hearing.id, reason="Ambas partes acudieron.", now=hearing.starts_at
    )
    return hearing


def _acta(w: World, mediator: Actor, hearing: HearingView) -> tuple[int, str]:
    ctx = agreement_context(w.db, mediator, hearing.id)
    pesos = support(
        ctx,
        basis=SupportBasis.MONTO_FIJO,
        percentage=None,
        currency="CLP",
        income=Income(
            gross=Decimal("950000"), social_security=Decimal("150000"), source="Liquidación"
        ),
        thirteenth_month_share=None,
        children=tuple(ChildAmount(child=c.uid, amount=Decimal("170000")) for c in ctx.children),
    )
    day = ctx.hearing_date
    assert day is not None
    visits = visitation(ctx)
    first, *others = visits.schedule
    saturday = day + dt.timedelta(days=(5 - day.weekday()) % 7 or 7)
    visits = visits.model_copy(
        update={"schedule": (first.model_copy(update={"first_date": saturday}), *others)}
    )
    pesos = pesos.model_copy(update={"first_payment": day + dt.timedelta(days=22)})
    terms = AgreementTerms(support=pesos, visitation=visits, care=care(ctx))
    flow.conclude_hearing(w.db, mediator, hearing.id, Outcome.ACUERDO_TOTAL, terms=terms)
    acta = acta_of_hearing(w.db, mediator, hearing.id)
    issue_acta(w.db, mediator, acta.acta_id, now=hearing.starts_at + dt.timedelta(hours=2))
    text = document_text(acta_document(w.db, mediator, acta.acta_id).data)
    return acta.acta_id, text


def test_next_years_minimum_wage_applies_from_its_date_and_old_actas_keep_theirs(
    sqlite_world: World,
) -> None:
    w = sqlite_world
    office_id, mediator, room = office_under(w, "CL")
    nora = national_admin(w)
    # A hearing held today, under the shipped profile; its acta is issued.
    before = held_hearing(
        w,
        family_case(w, 2, office_id=office_id, actor=mediator).id,
        officer=mediator,
        room_id=room,
        supervisor=mediator,
    )
    assert agreement_context(w.db, mediator, before.id).profile.guideline.minimum_wage == Decimal(
        "539000"
    )
    old_id, old_text = _acta(w, mediator, before)
    assert "539.000" in old_text
    # The national administrator sets next year's value, with its source, and publishes it.
    w.db.clock = SteadyClock(dt.datetime(2026, 12, 1, 15, tzinfo=dt.UTC))
    with pytest.raises(ValidationFailed) as no_source:
        draft_yearly_values(
            w.db,
            nora,
            "CL",
            values={"salario_minimo": "560000"},
            effective_from=dt.date(2027, 1, 1),
            source=" ",
        )
    assert no_source.value.problems[0].field == CriteriaFields.SOURCE
    with pytest.raises(ValidationFailed) as not_amount:
        draft_yearly_values(
            w.db,
            nora,
            "CL",
            values={"salario_minimo": "quinientos"},
            effective_from=dt.date(2027, 1, 1),
            source=SOURCE,
        )
    assert not_amount.value.problems[0].field == CriteriaFields.MINIMUM_WAGE
    with pytest.raises(PermissionDenied):  # a delegation's administrator does not publish
        draft_yearly_values(
            w.db,
            w.admin,
            "CL",
            values={"salario_minimo": "560000"},
            effective_from=dt.date(2027, 1, 1),
            source=SOURCE,
        )
    draft = draft_yearly_values(
        w.db,
        nora,
        "CL",
        values={"salario_minimo": "560000", "salario_minimo_desde": "2027-01-01"},
        effective_from=dt.date(2027, 1, 1),
        source=SOURCE,
    )
    assert (draft.number, draft.status) == (2, VersionStatus.BORRADOR)
    assert dict(draft.yearly) == {
        "salario_minimo": "560000",
        "salario_minimo_desde": "2027-01-01",
    }
    # A draft changes nothing yet.
    january = dt.datetime(2027, 1, 4, 12, tzinfo=dt.UTC)  # Monday 4 January, 09:00 in Santiago
    with pytest.raises(ValidationFailed, match="no puede ser anterior a hoy"):
        publish_profile_version(w.db, nora, "CL", 2, effective_from=dt.date(2026, 11, 30))
    published = publish_profile_version(w.db, nora, "CL", 2)
    assert published.status == VersionStatus.PUBLICADA
    with pytest.raises(InvalidTransition):
        publish_profile_version(w.db, nora, "CL", 2)
    history = profile_versions(w.db, nora, "CL")
    assert [(v.number, v.status, v.effective_from) for v in history] == [
        (2, VersionStatus.PUBLICADA, dt.date(2027, 1, 1)),
        (1, VersionStatus.PUBLICADA, dt.date(1900, 1, 1)),
    ]
    with w.db.read() as session:  # what the office's screens show today: not yet
        office = session.get(Office, office_id)
        assert office is not None and profile_of(office).guideline.minimum_wage == 539000
    # A hearing on that date uses it; its acta says so and records the version.
    after = _hearing_on(w, office_id, mediator, room, january)
    with w.db.read() as session:  # and from that day, the office's screens too
        office = session.get(Office, office_id)
        assert office is not None and profile_of(office).guideline.minimum_wage == 560000
    assert agreement_context(w.db, mediator, after.id).profile.guideline.minimum_wage == Decimal(
        "560000"
    )
    new_id, new_text = _acta(w, mediator, after)
    assert "560.000" in new_text and "539.000" not in new_text
    # The acta issued before still shows the old value, and its hearing's context too.
    assert document_text(acta_document(w.db, mediator, old_id).data) == old_text
    assert agreement_context(w.db, mediator, before.id).profile.guideline.minimum_wage == Decimal(
        "539000"
    )
    with w.db.read() as session:
        versions = {a.id: a.profile_version_id for a in session.scalars(select(Acta))}
        published_id = published.id
        sources = session.scalars(
            select(AuditEvent.after).where(AuditEvent.entity == "version_perfil")
        ).all()
    assert versions[old_id] is None  # issued under the shipped profile, before any version
    assert versions[new_id] == published_id
    assert sources[0]["fuente"] == SOURCE


def test_the_whole_text_is_edited_checked_compared_and_previewed(sqlite_world: World) -> None:
    from conciliador.services.criteria_preview import preview_sample_acta
    from conciliador.services.criteria_versions import (
        draft_from_text,
        text_difference,
        text_in_force,
    )

    w = sqlite_world
    nora = national_admin(w)
    in_force = text_in_force(w.db, nora, "NI")
    draft = in_force.replace('siglas = "MIFAN"', 'siglas = "MIFAN-N"')
    lines = in_force.splitlines()
    at = lines.index('siglas = "MIFAN"')  # the line before it, counted from 1
    assert text_difference(in_force, draft) == [
        ("@", f"@@ -{at},3 +{at},3 @@"),
        (" ", lines[at - 1]),
        ("-", 'siglas = "MIFAN"'),
        ("+", 'siglas = "MIFAN-N"'),
        (" ", lines[at + 1]),
    ]
    broken = draft.replace("[institucion]", "[institucion]\nsigla = 1")
    with pytest.raises(ValidationFailed) as refused:
        draft_from_text(
            w.db, nora, "NI", broken, effective_from=dt.date(2027, 1, 1), source=SOURCE, note="x"
        )
    assert "institucion.sigla" in refused.value.problems[0].message
    assert preview_sample_acta("NI", draft).startswith(b"%PDF")
    saved = draft_from_text(
        w.db,
        nora,
        "NI",
        draft,
        effective_from=dt.date(2027, 1, 1),
        source="Acuerdo ministerial (valor de prueba)",
        note="Siglas nuevas",
    )
    assert (saved.number, saved.status) == (2, VersionStatus.BORRADOR)
    assert text_in_force(w.db, nora, "NI") == in_force  # a draft changes nothing
