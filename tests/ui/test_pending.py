"""The «Pendientes» area and a family's account, driven as an officer would: see the alerts
counted by kind and most urgent first, read what to do, open the account, record a payment
by typing it, and watch the alert go."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from conciliador.domain.clock import FixedClock
from conciliador.domain.followup import AlertKind
from conciliador.services.followup.alerts import counts_by_kind, list_alerts
from conciliador.services.followup.ledger import case_follow_up
from conciliador.ui.context import UiContext
from conciliador.ui.followup import PendingView
from conciliador.ui.followup.account import AccountDialog
from conciliador.ui.followup.models import (
    alerts_model,
    counts_model,
    instalments_model,
    payments_model,
)
from conciliador.ui.followup.pending import DismissDialog
from conciliador.ui.tasks import SyncTaskRunner
from tests.support.agreements import family_case
from tests.support.followup import _followed_template, followed
from tests.support.printing import AnswerFiles, pdf_text
from tests.support.world import World, local
from tests.ui.conftest import answer_in_turn

__all__ = ["_followed_template", "followed"]

JANUARY = local(2027, 1, 20, 10)


def _context(world: World, actor_name: str = "officer") -> UiContext:
    actor = getattr(world, actor_name)
    world.db.clock = FixedClock(JANUARY)  # the one clock: the context reads the database's
    return UiContext(world.db, actor, SyncTaskRunner())


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, followed: tuple[World, int]
) -> None:
    world, case_id = followed
    family_case(world)
    alerts = list_alerts(world.db, world.supervisor, as_of=JANUARY.date())
    for model, rows in (
        (alerts_model(), alerts),
        (counts_model(), counts_by_kind(alerts)),
    ):
        model.set_rows(rows)  # type: ignore[attr-defined]
        qtmodeltester.check(model)
    view = case_follow_up(world.db, world.officer, case_id, as_of=JANUARY.date())
    instalments = instalments_model("es_NI")
    instalments.set_rows(list(view.account.instalments))
    qtmodeltester.check(instalments)
    assert instalments.data(instalments.index(0, 3)) == "C$8,650.25"
    assert instalments.data(instalments.index(0, 6)) == "Sin pagar (en mora)"
    payments = payments_model("es_NI")
    payments.set_rows(list(view.payments))
    qtmodeltester.check(payments)


def test_an_officer_sees_the_delinquent_family_and_records_the_payment(
    qtbot: QtBot, followed: tuple[World, int]
) -> None:
    world, case_id = followed
    view = PendingView(_context(world))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    assert [a.kind for a in view.alerts] == [AlertKind.MOROSIDAD]
    assert view.counts_rows.rowCount() == 1
    assert view.counts_rows.data(view.counts_rows.index(0, 1)) == "1"
    assert "1 cuota vencida sin pagar desde el 15 de diciembre de 2026" in view.detail.text()
    assert "Siguiente paso: Llame a la parte alimentante" in view.detail.text()
    assert view.account_button.isEnabled() and view.dismiss_button.isVisible()
    opened: list[int] = []
    world_nav = view.ctx.navigation
    world_nav.case_requested.connect(opened.append)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened == [case_id]
    view.grab().save("/tmp/16-pendientes.png")

    dialog = view.open_account()
    assert isinstance(dialog, AccountDialog)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    assert "saldo C$17,300.50" in dialog.summary.text()
    assert dialog.form.paid_on.value() == dt.date(2027, 1, 20)
    qtbot.keyClicks(dialog.form.amount, "17,300.50")
    qtbot.keyClicks(dialog.form.receipt, "R-0107")
    dialog.grab().save("/tmp/16-estado-de-cuenta-antes.png")
    qtbot.mouseClick(dialog.form.record, Qt.MouseButton.LeftButton)
    assert dialog.form.reported_by.accessibleDescription() == "no puede quedar vacío"
    qtbot.keyClicks(dialog.form.reported_by, "la madre, en la oficina")
    qtbot.mouseClick(dialog.form.record, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Pago registrado; el saldo se recalculó."
    assert "saldo C$0.00" in dialog.summary.text() and "Al día." in dialog.summary.text()
    assert dialog.payment_rows is not None and dialog.payment_rows.rowCount() == 1
    dialog.grab().save("/tmp/16-estado-de-cuenta.png")
    dialog.accept()
    assert view.alerts == []
    assert view.status.text() == "Sin alertas pendientes."


def test_a_bad_amount_is_named_and_nothing_is_recorded(
    qtbot: QtBot, followed: tuple[World, int]
) -> None:
    world, case_id = followed
    dialog = AccountDialog(_context(world, "clerk"), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.amount, "mil")
    qtbot.keyClicks(dialog.form.reported_by, "la madre")
    qtbot.mouseClick(dialog.form.record, Qt.MouseButton.LeftButton)
    assert dialog.form.amount.accessibleDescription() == "«mil» no es un monto"
    view = case_follow_up(world.db, world.clerk, case_id, as_of=JANUARY.date())
    assert view.payments == () and view.account.paid == Decimal(0)


def test_an_alert_is_dismissed_with_a_reason(qtbot: QtBot, followed: tuple[World, int]) -> None:
    world, _ = followed
    view = PendingView(_context(world, "supervisor"))
    qtbot.addWidget(view)
    assert len(view.alerts) == 1
    dialog = DismissDialog(view.alerts[0], view)
    reason = "La madre confirmó por teléfono que recibió el pago de diciembre."
    answer_in_turn(dialog, ["ok", reason])
    view.dismiss(dialog)
    QApplication.processEvents()
    assert view.alerts == []
    assert view.ctx.messages.last is not None
    assert "Alerta descartada" in view.ctx.messages.last.text


def test_the_constancia_is_saved_from_the_account(
    qtbot: QtBot, followed: tuple[World, int], tmp_path: Path
) -> None:
    world, case_id = followed
    files = AnswerFiles(tmp_path)
    dialog = AccountDialog(_context(world), case_id, files=files)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.certificate_button.isEnabled()
    qtbot.mouseClick(dialog.certificate_button, Qt.MouseButton.LeftButton)
    assert files.asked == ["constancia-incumplimiento-MN-D2-2026-00001-2027-01-20.pdf"]
    saved = tmp_path / "guardado.pdf"
    text = " ".join(pdf_text(saved.read_bytes()).split())
    assert "CONSTANCIA DE INCUMPLIMIENTO" in text and "MN-D2-2026-0001" in text


def test_the_officer_is_told_at_sign_in(qtbot: QtBot, followed: tuple[World, int]) -> None:
    from conciliador.ui.shell.main_window import MainWindow

    world, _ = followed
    context = _context(world)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.area_actions["pendientes"].text() == "Pendientes (1)"
    assert context.messages.last is not None
    assert context.messages.last.text == "Tiene 1 alerta(s) pendiente(s): véalas en «Pendientes»."
    window.show_area("pendientes")
    window.resize(1280, 800)
    window.grab().save("/tmp/16-ventana-pendientes.png")


def test_a_follow_up_hearing_is_booked_from_the_alert_in_two_clicks(
    qtbot: QtBot, followed: tuple[World, int]
) -> None:
    from sqlalchemy import select

    from conciliador.domain.followup import HearingPurpose
    from conciliador.models import Hearing

    world, case_id = followed
    view = PendingView(_context(world))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    assert view.table.current_row() is not None  # the most urgent alert is already chosen
    assert view.cite_button.isEnabled()
    qtbot.mouseClick(view.cite_button, Qt.MouseButton.LeftButton)  # first click
    from conciliador.ui.booking.dialog import BookingDialog

    dialog = view.findChild(BookingDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Citar a audiencia de seguimiento"
    assert dialog.start() is not None  # prefilled with the first free slot
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # second click
    assert not dialog.isVisible()
    with world.db.read() as session:
        booked = session.scalars(
            select(Hearing).where(Hearing.case_id == case_id, Hearing.status == "programada")
        ).all()
    assert [h.purpose for h in booked] == [HearingPurpose.SEGUIMIENTO]


def test_the_agenda_day_shows_the_days_alerts_to_whoever_answers_for_them(
    qtbot: QtBot, followed: tuple[World, int]
) -> None:
    from conciliador.ui.agenda.controller import Mode
    from conciliador.ui.agenda.view import AgendaView

    world, case_id = followed

    def day_view(actor_name: str) -> AgendaView:
        view = AgendaView(_context(world, actor_name))
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        return view

    view = day_view("officer")
    assert view.day_alerts.isHidden()  # the week view
    view.controller.set_mode(Mode.DAY)  # today: 20 January 2027, a month after the 15 December
    assert not view.day_alerts.isHidden()
    assert [(a.kind, a.case_id) for a in view.day_alerts.alerts] == [(AlertKind.MOROSIDAD, case_id)]
    assert view.day_alerts.heading.text().startswith("Alertas del día: 1 pendiente")
    view.controller.go_to(dt.date(2027, 1, 8))  # before the instalment was a month overdue
    assert view.day_alerts.alerts == []
    assert view.day_alerts.heading.text() == "Alertas del día: ninguna pendiente."
    view.controller.set_mode(Mode.WEEK)
    assert view.day_alerts.isHidden()

    supervisor = day_view("supervisor")
    supervisor.controller.set_mode(Mode.DAY)
    assert [a.kind for a in supervisor.day_alerts.alerts] == [AlertKind.MOROSIDAD]
    other = day_view("officer2")  # not theirs
    other.controller.set_mode(Mode.DAY)
    assert other.day_alerts.alerts == []


def test_the_account_shows_what_fell_due_and_what_was_paid_month_by_month(
    qtbot: QtBot, followed: tuple[World, int]
) -> None:
    from PySide6.QtCharts import QBarSeries

    world, case_id = followed
    dialog = AccountDialog(_context(world, "clerk"), case_id)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.keyClicks(dialog.form.amount, "5000")
    qtbot.keyClicks(dialog.form.reported_by, "la madre")
    qtbot.mouseClick(dialog.form.record, Qt.MouseButton.LeftButton)
    chart = dialog.chart.chart()
    [series] = chart.series()
    assert isinstance(series, QBarSeries)
    owed, paid = series.barSets()
    assert (owed.label(), paid.label()) == ("Adeudado", "Pagado")
    # C$8,650.25 due on the 15th from December; C$5,000 paid today, 20 January
    assert [owed.at(i) for i in range(owed.count())] == [8650.25, 8650.25]
    assert [paid.at(i) for i in range(paid.count())] == [0.0, 5000.0]
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories() == ["dic", "ene"]
    assert chart.title() == "Adeudado y pagado por mes (dic 2026 – ene 2027)"
