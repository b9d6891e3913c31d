"""The monthly summary: figures against an independent count, hierarchy totals, empty months,
one-office scopes, month edges in each office's time zone, and who may see what."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from conciliador.db import Database
from conciliador.demo import DemoSpec, generate_demo
from conciliador.domain.enums import HearingMode, HearingStatus, OfficeLevel
from conciliador.models import Case, Hearing, Office
from conciliador.services import offices
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied, ValidationFailed
from conciliador.services.reports import Month, MonthlySummary, UnitKind, monthly_summary
from conciliador.services.reports.indicators import Section
from conciliador.services.reports.periods import offset_segments
from tests.support.report_oracle import count_month
from tests.support.world import World

DEMO_DAY = dt.date(2026, 11, 23)
OCTOBER = Month(2026, 10)


def demo(db: Database) -> Actor:
    system = Actor.command_line("pruebas")
    generate_demo(
        db,
        system,
        DemoSpec(
            cases=450, seed=5, months=14, offices=8, password="clave-demo-2026", today=DEMO_DAY
        ),
    )
    return system


def office_id(db: Database, code: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Office.id).where(Office.code == code))
    assert found is not None
    return found


def subtree(summary: MonthlySummary, root: int) -> set[int]:
    ids = {root}
    changed = True
    while changed:
        changed = False
        for office in summary.offices:
            if office.parent_id in ids and office.id not in ids:
                ids.add(office.id)
                changed = True
    return ids


def assert_matches_oracle(db: Database, summary: MonthlySummary) -> None:
    scope = {o.id for o in summary.offices}
    months = (summary.month, summary.previous, summary.year_before)
    with db.read() as session:
        oracles = [count_month(session, m.year, m.month, scope) for m in months]
    checked = 0
    for unit in summary.units:
        for n, oracle in enumerate(oracles):
            if unit.kind == UnitKind.TOTAL:
                below = subtree(summary, unit.office_id)
                keys = [k for k in oracle.all_keys() if k[0] in below]
            elif unit.kind == UnitKind.OFFICE:
                keys = [k for k in oracle.all_keys() if k[0] == unit.office_id]
            else:
                keys = [(unit.office_id, unit.officer_id)]
            expected = oracle.total(keys)
            for indicator in summary.indicators:
                if indicator.section == Section.COMPLIANCE:
                    continue  # from the agreements' accounts: tests/services/followup
                got = summary.figure(unit, indicator)[n]
                key = indicator.key
                if key.startswith("support_average:"):
                    currency = key.split(":")[1]
                    count = expected.get(f"support_count:{currency}", 0)
                    total = expected.get(f"support_total:{currency}", Decimal(0))
                    want = (
                        (total / count).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
                        if count
                        else None
                    )
                elif key.startswith("median_"):
                    want = expected.get(key)
                else:
                    want = expected.get(key, 0)
                assert got == want, (unit.label, key, months[n].iso, got, want)
                checked += 1
    assert checked > 100


@pytest.mark.slow
def test_figures_match_an_independent_count_over_demo_data(db: Database) -> None:
    actor = demo(db)
    summary = monthly_summary(db, actor, OCTOBER, office_id(db, "NAC"))
    total = summary.total
    # The demo month is busy: a vacuous comparison would prove nothing.
    assert summary.figure(total, "requests").current > 20
    assert summary.figure(total, "hearings_held").current > 10
    assert summary.figure(total, "closed").current > 10
    assert summary.figure(total, "median_days_first_hearing").current is not None
    assert summary.figure(total, "support_count:NIO").current > 0
    assert summary.figure(total, "requests").year_before > 0
    assert_matches_oracle(db, summary)


@pytest.mark.slow
def test_a_department_sees_each_delegation_and_their_total(db: Database) -> None:
    actor = demo(db)
    department = office_id(db, "MN")
    summary = monthly_summary(db, actor, OCTOBER, department)
    assert summary.total.kind == UnitKind.TOTAL and summary.total.office_id == department
    assert {o.level for o in summary.offices[1:]} == {OfficeLevel.MUNICIPAL}
    # Each delegation's row plus the department's own work add up to the total.
    for indicator in ("requests", "hearings_scheduled", "closed", "citations_delivered"):
        parts = [u for u in summary.units if u.kind == UnitKind.OFFICE]
        assert sum(summary.figure(u, indicator).current for u in parts) == (
            summary.figure(summary.total, indicator).current
        )
        # … and each office's officers (and unassigned records) add up to the office.
        for office in parts:
            people = [
                u
                for u in summary.units
                if u.office_id == office.office_id
                and u.kind in (UnitKind.OFFICER, UnitKind.UNASSIGNED)
            ]
            assert sum(summary.figure(u, indicator).current for u in people) == (
                summary.figure(office, indicator).current
            )
    assert_matches_oracle(db, summary)


def test_a_month_with_one_office(sqlite_db: Database) -> None:
    actor = demo(sqlite_db)
    leaf = office_id(sqlite_db, "MN-01")
    summary = monthly_summary(sqlite_db, actor, OCTOBER, leaf)
    assert [o.id for o in summary.offices] == [leaf]
    assert summary.total.kind == UnitKind.OFFICE
    assert {u.kind for u in summary.units[1:]} <= {UnitKind.OFFICER, UnitKind.UNASSIGNED}
    assert summary.child_office_ids == ()
    assert_matches_oracle(sqlite_db, summary)


def test_an_empty_month_has_zeros_and_no_medians(world: World) -> None:
    summary = monthly_summary(world.db, world.system, Month(2019, 3), world.national_id)
    assert summary.is_empty
    figure = summary.figure(summary.total, "requests")
    assert tuple(figure) == (0, 0, 0)
    assert summary.figure(summary.total, "median_days_closure").current is None
    assert summary.figure(summary.total, "support_average:NIO").current is None
    # Officers with no activity are still listed, with zeros: absence of work shows.
    officers = [u for u in summary.units if u.kind == UnitKind.OFFICER]
    assert {u.label for u in officers} >= {"Ana Martínez", "Luis Gómez"}


def _hearing(session, case_id: int, office: int, officer: int, local: dt.datetime, status):  # type: ignore[no-untyped-def]
    session.add(
        Hearing(
            case_id=case_id,
            office_id=office,
            officer_id=officer,
            mode=HearingMode.VIDEO,
            starts_at=local,
            ends_at=local + dt.timedelta(minutes=30),
            status=status,
            session_number=1,
            citation_round=1,
        )
    )


def test_month_edges_follow_each_office_time_zone(world: World) -> None:
    w = world
    bogota = offices.create_office(
        w.db,
        w.system,
        code="BOG",
        name="Delegación de prueba en Bogotá",
        level=OfficeLevel.MUNICIPAL,
        profile_code="NI",
        parent_code="NAC",
        timezone="America/Bogota",
    )
    managua_case = w.case()
    bogota_case = w.case(office_id=bogota.id, actor=w.system)
    mga, bog = ZoneInfo("America/Managua"), ZoneInfo("America/Bogota")
    officer = w.officer.user_id
    assert officer is not None
    with w.db.write() as session:
        case = session.get(Case, managua_case.id)
        assert case is not None
        case.request_date = dt.date(2026, 10, 31)
        # 23:30 on 31 October in Managua is already 1 November in UTC.
        _hearing(
            session,
            case.id,
            w.office_id,
            officer,
            dt.datetime(2026, 10, 31, 23, 30, tzinfo=mga),
            HearingStatus.CONCLUIDA,
        )
        _hearing(
            session,
            case.id,
            w.office_id,
            officer,
            dt.datetime(2026, 11, 1, 0, 0, tzinfo=mga),
            HearingStatus.PROGRAMADA,
        )
        _hearing(
            session,
            case.id,
            w.office_id,
            officer,
            dt.datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=mga),
            HearingStatus.REPROGRAMADA,
        )
        # The same instant is 30 November in Managua and 1 December in Bogotá.
        _hearing(
            session,
            bogota_case.id,
            bogota.id,
            officer,
            dt.datetime(2026, 12, 1, 0, 30, tzinfo=bog),
            HearingStatus.PROGRAMADA,
        )
        _hearing(
            session,
            bogota_case.id,
            bogota.id,
            officer,
            dt.datetime(2026, 11, 30, 23, 30, tzinfo=bog),
            HearingStatus.PROGRAMADA,
        )

    def scheduled(month: Month, office: int) -> int:
        summary = monthly_summary(w.db, w.system, month, w.national_id)
        value = summary.figure(summary.unit_of_office(office), "hearings_scheduled").current
        assert isinstance(value, int)
        return value

    assert scheduled(Month(2026, 10), w.office_id) == 1
    assert scheduled(Month(2026, 11), w.office_id) == 2
    assert scheduled(Month(2026, 12), w.office_id) == 0
    assert scheduled(Month(2026, 11), bogota.id) == 1
    assert scheduled(Month(2026, 12), bogota.id) == 1
    october = monthly_summary(w.db, w.system, Month(2026, 10), w.national_id)
    office_row = october.unit_of_office(w.office_id)
    # Requested and heard on the same local day: 0 days, though the UTC dates differ.
    assert october.figure(office_row, "median_days_first_hearing").current == 0
    assert october.figure(office_row, "hearings_held").current == 1
    november = monthly_summary(w.db, w.system, Month(2026, 11), w.national_id)
    assert november.figure(november.unit_of_office(w.office_id), "hearings_rescheduled") == (
        1,
        0,
        0,
    )
    assert set(november.time_zones) == {"America/Bogota", "America/Managua"}


def test_who_may_see_which_summary(world: World) -> None:
    w = world
    summary = monthly_summary(w.db, w.supervisor, OCTOBER)
    assert summary.office.code == "MN"  # the supervisor's own department by default
    with pytest.raises(PermissionDenied, match="no permite ver reportes"):
        monthly_summary(w.db, w.officer, OCTOBER, w.office_id)
    with pytest.raises(PermissionDenied, match="no permite ver reportes"):
        monthly_summary(w.db, w.clerk, OCTOBER, w.office_id)
    with pytest.raises(PermissionDenied, match="No tiene acceso"):
        monthly_summary(w.db, w.supervisor, OCTOBER, w.other_office_id)


def test_month_text_is_checked_in_spanish() -> None:
    assert Month.parse(" 2026-3 ") == Month(2026, 3)
    assert Month(2026, 1).previous == Month(2025, 12)
    assert Month(2026, 11).label("es_NI") == "noviembre de 2026"
    with pytest.raises(ValidationFailed, match="Mes: «noviembre» no es un mes"):
        Month.parse("noviembre")
    with pytest.raises(ValidationFailed, match="2026-13 no existe"):
        Month.parse("2026-13")


def test_daylight_saving_changes_cut_the_month_where_the_offset_changes() -> None:
    zone = ZoneInfo("America/New_York")
    start, end = Month(2026, 3).utc_bounds(zone)
    segments = offset_segments(zone, start, end)
    assert [(s.start, s.seconds) for s in segments] == [
        (start, -5 * 3600),
        (dt.datetime(2026, 3, 8, 7, 0, tzinfo=dt.UTC), -4 * 3600),
    ]
    assert segments[-1].end == end
