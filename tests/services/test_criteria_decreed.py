"""Values that change during the year, recorded in the app by the national office as versioned
criteria with their source: a holiday added by decree closes the offices that day (scheduling
refuses it) once its version is published; the CPI's yearly variation raises the index
adjustments of child support due from its date."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    PaymentMethod,
    Periodicity,
    SupportBasis,
)
from conciliador.domain.obligations import InstalmentKind, plan_instalments
from conciliador.models import AuditEvent, Office
from conciliador.services.agreements.terms import (
    Adjustment,
    ChildAmount,
    Payment,
    Support,
)
from conciliador.services.criteria_decreed import (
    draft_decreed_holiday,
    draft_price_index,
    recorded_values,
)
from conciliador.services.criteria_versions import publish_profile_version
from conciliador.services.errors import PermissionDenied, SchedulingConflict, ValidationFailed
from conciliador.services.fields import DecreedFields
from conciliador.services.followup.obligations import support_plan
from conciliador.services.offices import calendar_of, profile_of
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.agreements import family_case, office_under
from tests.support.world import NOW, World, local, national_admin

DECREE = "Decreto presidencial 15-2026 (valor de prueba)"
INE = "INE, boletín del IPC de diciembre de 2027 (valor de prueba)"
#: A Wednesday no holidays table closes in Nicaragua.
DAY = dt.date(2026, 12, 16)


def _office(w: World) -> Office:
    with w.db.read() as session:
        office = session.get(Office, w.office_id)
        assert office is not None
        session.expunge(office)
    return office


def _holiday(w: World, day: dt.date) -> str | None:
    with w.db.read() as session:
        office = session.get(Office, w.office_id)
        assert office is not None
        return calendar_of(session, office).holiday(day)


def test_a_holiday_by_decree_closes_the_office_from_its_publication(world: World) -> None:
    w = world
    nora = national_admin(w)
    today = NOW.date()
    assert _holiday(w, DAY) is None
    # Checked: the source, the day, that the version rules on the holiday itself.
    with pytest.raises(ValidationFailed) as no_source:
        draft_decreed_holiday(
            w.db,
            nora,
            "NI",
            day=DAY,
            name="Día de duelo nacional",
            source=" ",
            effective_from=today,
        )
    assert no_source.value.problems[0].field == DecreedFields.SOURCE
    with pytest.raises(ValidationFailed) as no_day:
        draft_decreed_holiday(
            w.db, nora, "NI", day=None, name="Día de duelo", source=DECREE, effective_from=today
        )
    assert no_day.value.problems[0].field == DecreedFields.HOLIDAY_DAY
    with pytest.raises(ValidationFailed) as too_late:
        draft_decreed_holiday(
            w.db,
            nora,
            "NI",
            day=DAY,
            name="Día de duelo",
            source=DECREE,
            effective_from=DAY + dt.timedelta(days=1),
        )
    assert too_late.value.problems[0].field == DecreedFields.EFFECTIVE_FROM
    with pytest.raises(PermissionDenied):  # a delegation's administrator does not publish
        draft_decreed_holiday(
            w.db,
            w.admin,
            "NI",
            day=DAY,
            name="Día de duelo",
            source=DECREE,
            effective_from=today,
        )
    draft = draft_decreed_holiday(
        w.db,
        nora,
        "NI",
        day=DAY,
        name="Día de duelo nacional",
        source=DECREE,
        effective_from=today,
    )
    assert draft.source == DECREE and "16/12/2026" in draft.note
    holidays, _figures = recorded_values(w.db, nora, "NI")
    assert [(h.day, h.text, h.source) for h in holidays] == [(DAY, "Día de duelo nacional", DECREE)]
    assert _holiday(w, DAY) is None  # a draft changes nothing yet
    publish_profile_version(w.db, nora, "NI", draft.number)
    assert _holiday(w, DAY) == "Día de duelo nacional"
    # Scheduling refuses the day, naming the holiday; proposals would skip it.
    case = family_case(w, 1)
    assert w.officer.user_id is not None
    with pytest.raises(SchedulingConflict, match="feriado: Día de duelo nacional"):
        book_hearing(
            w.db,
            w.officer,
            BookingRequest(
                case_id=case.id,
                officer_id=w.officer.user_id,
                start=local(2026, 12, 16, 9),
                room_id=w.room_ids[0],
            ),
        )
    with w.db.read() as session:
        office = session.get(Office, w.office_id)
        assert office is not None
        assert not calendar_of(session, office).is_working_day(DAY)
        recorded = session.scalars(
            select(AuditEvent.after).where(AuditEvent.entity == "version_perfil")
        ).all()
    assert any(
        (a or {}).get("fuente") == DECREE
        and (a or {}).get("feriados_decretados", {}).get("fecha") == "2026-12-16"
        for a in recorded
    )


def test_a_holiday_declared_by_a_version_that_rules_later_counts_on_its_day(world: World) -> None:
    """A hearing booked today for next month sees a holiday whose version takes effect
    before that day, though it does not rule today yet."""
    w = world
    nora = national_admin(w)
    later = dt.date(2027, 1, 20)
    draft = draft_decreed_holiday(
        w.db,
        nora,
        "NI",
        day=later,
        name="Feriado de prueba",
        source=DECREE,
        effective_from=dt.date(2027, 1, 10),
    )
    publish_profile_version(w.db, nora, "NI", draft.number)
    assert _holiday(w, later) == "Feriado de prueba"
    with w.db.read() as session:  # today's version does not list it yet
        office = session.get(Office, w.office_id)
        assert office is not None
        assert not profile_of(office).scheduling.decreed_holidays


def _support(first_adjustment: dt.date, index: str) -> Support:
    return Support(
        basis=SupportBasis.MONTO_FIJO,
        children=(ChildAmount(child=str(uuid.uuid4()), amount=Decimal("100000")),),
        currency="CLP",
        periodicity=Periodicity.MENSUAL,
        due_days=(5,),
        first_payment=dt.date(2027, 1, 5),
        payment=Payment(method=PaymentMethod.EFECTIVO_OFICINA),
        adjustment=Adjustment(kind=AdjustmentKind.INDICE, index=index, first_date=first_adjustment),
    )


def test_the_cpi_figure_raises_index_adjustments_from_its_date(world: World) -> None:
    w = world
    office_id, _mediator, _room = office_under(w, "CL")
    nora = national_admin(w)
    cpi = "la variación del índice de precios al consumidor (IPC)"

    def amounts(index: str = cpi) -> dict[dt.date, tuple[Decimal, bool]]:
        with w.db.read() as session:
            office = session.get(Office, office_id)
            assert office is not None
            plan = support_plan(_support(dt.date(2028, 1, 1), index), profile_of(office))
        assert plan is not None
        return {
            i.due: (i.amount, i.awaiting_index)
            for i in plan_instalments(plan, 1, dt.date(2029, 2, 28))
            if i.kind == InstalmentKind.PENSION
        }

    before = amounts()
    assert before[dt.date(2028, 1, 5)] == (Decimal("100000"), True)  # awaiting the figure
    with pytest.raises(ValidationFailed) as bad:
        draft_price_index(
            w.db,
            nora,
            "CL",
            percentage="cuatro",
            applies_from=dt.date(2028, 1, 1),
            source=INE,
            effective_from=NOW.date(),
        )
    assert bad.value.problems[0].field == DecreedFields.PRICE_INDEX
    with pytest.raises(ValidationFailed) as no_source:
        draft_price_index(
            w.db,
            nora,
            "CL",
            percentage="4,5",
            applies_from=dt.date(2028, 1, 1),
            source="",
            effective_from=NOW.date(),
        )
    assert no_source.value.problems[0].field == DecreedFields.SOURCE
    draft = draft_price_index(
        w.db,
        nora,
        "CL",
        percentage="4,5",
        applies_from=dt.date(2028, 1, 1),
        source=INE,
        effective_from=NOW.date(),
    )
    assert amounts() == before  # a draft changes nothing
    publish_profile_version(w.db, nora, "CL", draft.number)
    after = amounts()
    # before its date, as agreed; from the adjustment on, 4.5 % more; a year later the next
    # figure is not recorded yet (last year's is not this year's): awaiting it again
    assert after[dt.date(2027, 12, 5)] == (Decimal("100000"), False)
    assert after[dt.date(2028, 1, 5)] == (Decimal("104500"), False)
    assert after[dt.date(2028, 12, 5)] == (Decimal("104500"), False)
    assert after[dt.date(2029, 1, 5)] == (Decimal("104500"), True)
    # an agreement that follows another index does not take the CPI's figure
    assert amounts("la variación del salario mínimo")[dt.date(2028, 1, 5)] == (
        Decimal("100000"),
        True,
    )
