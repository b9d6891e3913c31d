"""The monthly summary's compliance: agreements followed, fully paid and in arrears, what the
arrears owe per currency, alerts raised and resolved and the median days to resolve them —
per office and officer like the rest of the summary, and in every export (SQLite and
PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.services.followup.alerts import dismiss_alert, list_alerts
from conciliador.services.followup.ledger import PaymentInput, record_payment
from conciliador.services.reports import Month, monthly_summary
from conciliador.services.reports.summary import MonthlySummary, Unit, UnitKind
from conciliador.services.reports.tables import report_document
from tests.support.followup import FIRST_DUE, MONTHLY, signed_case
from tests.support.world import World, local

FEBRUARY = Month(2027, 2)


def _unit(summary: MonthlySummary, world: World, officer: bool) -> Unit:
    if officer:
        return next(u for u in summary.units if u.officer_id == world.officer.user_id)
    return summary.unit_of_office(world.office_id)


def test_the_monthly_summary_adds_compliance_per_office_and_officer(world: World) -> None:
    case_id = signed_case(world)  # C$8,650.25 on the 15th from 15 December 2026
    record_payment(
        world.db,
        world.clerk,
        case_id,
        PaymentInput(
            paid_on=FIRST_DUE,
            amount=Decimal(MONTHLY),
            method=PaymentMethod.EFECTIVO_OFICINA,
            reported_by="María Ruiz Pérez (madre)",
        ),
        now=local(2026, 12, 15, 10),
    )
    # 15 January unpaid: a month overdue on 15 February; set aside on the 20th with a reason
    [alert] = list_alerts(world.db, world.supervisor, as_of=dt.date(2027, 2, 20))
    assert alert.key_date == dt.date(2027, 1, 15)
    dismiss_alert(
        world.db,
        world.supervisor,
        alert.key,
        "El padre pagó en efectivo; traerá el recibo el lunes.",
        as_of=dt.date(2027, 2, 20),
        now=local(2027, 2, 20, 11),
    )

    february = monthly_summary(world.db, world.system, FEBRUARY, world.office_id)
    for officer in (False, True):
        unit = _unit(february, world, officer)

        def fig(key: str, unit: Unit = unit) -> tuple[object, object, object]:
            return tuple(february.figure(unit, key))

        assert fig("agreements_followed") == (1, 1, 0)
        assert fig("agreements_fully_paid") == (0, 0, 0)
        # February: 15 January a month overdue; January: nothing a month overdue yet
        assert fig("agreements_in_arrears") == (1, 0, 0)
        assert fig("arrears_total:NIO") == (Decimal(MONTHLY), Decimal("0.00"), Decimal("0.00"))
        assert fig("agreements_share_paid") == (Decimal("0.0000"), Decimal("0.0000"), None)
        assert fig("alerts_resolved") == (1, 0, 0)
        assert fig("median_days_alert_resolution") == (Decimal(36), None, None)
        assert fig("alerts_raised") == (0, None, None)  # its key date is in January

    january = monthly_summary(world.db, world.system, Month(2027, 1), world.office_id)
    assert january.figure(_unit(january, world, True), "alerts_raised").current == 1

    document = report_document(february)
    table = next(t for t in document.tables if t.key == "cumplimiento")
    headers = {c.group for c in table.columns}
    assert {"En seguimiento", "% al día", "En mora (C$)", "Días a resolver"} <= headers
    summary_rows = [r.cells[0].value for r in document.tables[0].rows]
    assert "Cumplimiento de los acuerdos" in summary_rows
    assert "Monto en mora (C$)" in summary_rows
    assert any(
        label == "Mediana de días hasta resolver una alerta" for label, _ in document.definitions
    )
    assert february.total.kind in (UnitKind.OFFICE, UnitKind.TOTAL)


def test_the_exports_carry_the_compliance_figures(world: World) -> None:
    import io

    from openpyxl import load_workbook

    from conciliador.documents.reports.delimited import render_csv
    from conciliador.documents.reports.xlsx import render_xlsx

    case_id = signed_case(world)
    assert case_id
    document = report_document(monthly_summary(world.db, world.system, FEBRUARY, world.office_id))
    sheet = load_workbook(io.BytesIO(render_xlsx(document)))["Cumplimiento y alertas"]
    texts = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert {"En seguimiento", "En mora (C$)", "Alertas resueltas"} <= texts
    assert "Monto en mora (C$)" in render_csv(document).decode("utf-8-sig")
