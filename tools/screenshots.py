"""``make screenshots``: a PNG of every screen of the desktop, with demonstration data.

Runs under a real X server (``xvfb-run`` in the Makefile), on a fresh demo database generated
for a fixed Monday, with the clock pinned to 10:30 of that day in Managua, so two runs give
the same pictures. Writes to ``$SCREENSHOTS_DIR`` (default /tmp/conciliador-screenshots),
never into the repository; ``SCREENSHOTS_SIZE=1024x600`` (1280x800, 1920x1080) sets the main
window's size. Look at every picture before a release.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from conciliador.domain.clock import SteadyClock  # noqa: E402

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 10, 30, tzinfo=ZoneInfo("America/Managua"))
PASSWORD = "demo-clave-2026"
OFFICER = "conciliador1.mn-01"
SUPERVISOR = "supervisor.mn"
ADMIN = "admin"
OFFICE = "MN-01"


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.count = 0

    def settle(self) -> None:
        app = QApplication.instance()
        assert app is not None
        for _ in range(5):
            app.processEvents()

    def wait(self, seconds: float) -> None:
        """Let work Qt does on its own threads land (QPdfView renders its pages that way)."""
        app = QApplication.instance()
        assert app is not None
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def __call__(self, name: str, widget: QWidget) -> None:
        self.settle()
        self.count += 1
        path = self.out / f"{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        print(f"  {path.name}")


def main() -> int:
    out = Path(os.environ.get("SCREENSHOTS_DIR") or "/tmp/conciliador-screenshots")
    if out.resolve().is_relative_to(ROOT):
        print("SCREENSHOTS_DIR debe estar fuera del repositorio", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    work = Path(tempfile.mkdtemp(prefix="conciliador-screens-"))
    os.environ["CONCILIADOR_LOG_DIR"] = str(work / "log")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "config"))
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Conciliador")
    from conciliador.ui.i18n import install_language

    install_language("es")
    shoot = Shooter(out)
    try:
        print(f"Capturas en {out}:")
        first_run(work, shoot)
        data = demo_database(work)
        desk(data, shoot)
        install_language("en")
        english(data, shoot)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{shoot.count} capturas.")
    return 0


# ---------------------------------------------------------------------------- scenes
def first_run(work: Path, shoot: Shooter) -> None:
    from conciliador.services.context import Database
    from conciliador.ui.shell import first_run as fr
    from conciliador.ui.tasks import SyncTaskRunner

    db = Database(f"sqlite:///{work / 'empty.sqlite'}", clock=SteadyClock(NOW))
    db.upgrade()
    wizard = fr.FirstRunWizard(db, SyncTaskRunner())
    wizard.resize(720, 560)
    wizard.show()
    shoot("primer-inicio-bienvenida", wizard)
    wizard.next()
    shoot("primer-inicio-oficina", wizard)
    page = wizard.office_page
    page.code.setText("MN-D2")
    page.name.setText("Delegación Distrital II de Managua")
    page.department.setCurrentIndex(page.department.findData("Managua"))
    page.municipality.setCurrentIndex(page.municipality.findData("Managua"))
    wizard.next()  # the office is checked here, before the administrator's page
    admin = wizard.admin_page
    admin.login.setText("carla.ruiz")
    admin.full_name.setText("Carla Ruiz")
    admin.password.setText("corta")
    admin.repeat.setText("corta")
    wizard.next()
    shoot("primer-inicio-administrador-con-errores", wizard)
    wizard.back()
    wizard.back()
    wizard.welcome.demo_choice.setChecked(True)
    wizard.next()
    shoot("primer-inicio-demostracion", wizard)
    wizard.demo_page.start()
    shoot("primer-inicio-demostracion-cargada", wizard)
    wizard.next()
    shoot("primer-inicio-listo", wizard)
    wizard.close()
    db.dispose()


def demo_database(work: Path) -> str:
    from conciliador.demo import DemoSpec, generate_demo
    from conciliador.services.context import Database
    from conciliador.ui.shell.first_run import assistant_actor

    url = f"sqlite:///{work / 'demo.sqlite'}"
    db = Database(url, clock=SteadyClock(NOW))
    db.upgrade()
    generate_demo(
        db, assistant_actor(), DemoSpec(cases=1500, seed=7, password=PASSWORD, today=TODAY)
    )
    db.dispose()
    return url


def _context(url: str, login: str):  # type: ignore[no-untyped-def]
    from conciliador.services.context import Database
    from conciliador.services.users import sign_in
    from conciliador.ui.context import UiContext
    from conciliador.ui.tasks import SyncTaskRunner

    db = Database(url, clock=SteadyClock(NOW))
    actor = sign_in(db, login, PASSWORD, now=NOW)
    return UiContext(db, actor, SyncTaskRunner())


def _window(context):  # type: ignore[no-untyped-def]
    from conciliador.ui.shell.main_window import MainWindow

    window = MainWindow(context)
    # SCREENSHOTS_SIZE=1024x600 (or 1280x800, 1920x1080): the sizes the screens are checked at
    width, height = (int(n) for n in os.environ.get("SCREENSHOTS_SIZE", "1366x800").split("x"))
    window.resize(width, height)
    window.show()
    return window


def _open(dialog: QDialog, shoot: Shooter, name: str) -> None:
    dialog.show()
    shoot(name, dialog)


def desk(url: str, shoot: Shooter) -> None:
    from conciliador.services.context import Database
    from conciliador.ui.shell.sign_in import SignInDialog
    from conciliador.ui.tasks import SyncTaskRunner

    db = Database(url, clock=SteadyClock(NOW))
    sign_in = SignInDialog(db, SyncTaskRunner())
    sign_in.show()
    shoot("inicio-de-sesion", sign_in)
    sign_in.login.setText(OFFICER)
    sign_in.password.setText("equivocada")
    sign_in.attempt()
    shoot("inicio-de-sesion-rechazado", sign_in)
    sign_in.close()
    db.dispose()

    officer_screens(_context(url, OFFICER), shoot)
    agreement_screens(_context(url, OFFICER), shoot)
    actas_screens(_context(url, OFFICER), shoot)
    supervisor_screens(_context(url, SUPERVISOR), shoot)
    admin_screens(_context(url, ADMIN), shoot)


def _pending_entry(view):  # type: ignore[no-untyped-def]
    from conciliador.domain.hearing_states import PENDING

    future = [e for e in view.controller.entries if e.status in PENDING and e.starts_at > NOW]
    undelivered = [e for e in future if e.status.value == "programada"]
    return (undelivered or future or [None])[0]


def _hearing_this_morning(context) -> int:  # type: ignore[no-untyped-def]
    """A hearing booked a week ago for 08:00 today, still pending (nobody came)."""
    from conciliador.domain.enums import IdType, Matter, Sex
    from conciliador.services.cases import CaseInput, register_case
    from conciliador.services.offices import list_rooms
    from conciliador.services.people import ChildInput, PersonInput
    from conciliador.services.scheduling import BookingRequest, book_hearing

    week_ago = NOW - dt.timedelta(days=7)
    case = register_case(
        context.db,
        context.actor,
        CaseInput(
            office_id=context.office.id,
            claimant=PersonInput(
                "Fátima",
                "Reyes Salinas",
                IdType.CEDULA,
                "001-111190-0042B",
                Sex.FEMALE,
                phone="8712-3344",
            ),
            respondent=PersonInput(
                "Óscar",
                "Lanuza Pérez",
                IdType.CEDULA,
                "001-121288-0043C",
                Sex.MALE,
                phone="8890-1122",
            ),
            children=[ChildInput("Sofía", "Lanuza Reyes", Sex.FEMALE, dt.date(2020, 6, 1))],
            matters={Matter.ALIMENTOS},
            safeguarding={
                q: False
                for q in (
                    "violencia_fisica",
                    "violencia_psicologica",
                    "violencia_sexual",
                    "medidas_proteccion",
                    "temor_encuentro",
                )
            },
            requested_at=week_ago - dt.timedelta(days=1),
        ),
    )
    room = list_rooms(context.db, context.actor, context.office.id)[0]
    hearing = book_hearing(
        context.db,
        context.actor,
        BookingRequest(
            case.id, context.actor.user_id, dt.datetime(2026, 11, 23, 8, 0), room_id=room.id
        ),
        override_reason="Captura de pantalla: audiencia de esta mañana",
        now=week_ago,
    )
    return hearing.id


def officer_screens(context, shoot: Shooter) -> None:  # type: ignore[no-untyped-def]
    from conciliador.services.hearing_details import HearingAction

    window = _window(context)
    agenda = window.area("agenda")
    window.show_area("agenda")
    shoot("agenda-semana", window)
    entry = _pending_entry(agenda)
    if entry is not None:
        agenda.controller.go_to(entry.starts_at.date())
        agenda.select_id(entry.hearing_id)
        shoot("agenda-audiencia-elegida", window)
        for action, name in (
            (HearingAction.DELIVER_CITATION, "accion-citacion-entregada"),
            (HearingAction.CANCEL, "accion-cancelar"),
            (HearingAction.RESCHEDULE, "accion-reprogramar"),
        ):
            if action in agenda.panel.detail.actions:
                agenda.act(action)
                _open(agenda.dialog, shoot, name)
                agenda.dialog.reject()
    agenda.controller.today()
    missed = _hearing_this_morning(context)
    agenda.controller.load()
    agenda.select_id(missed)
    agenda.act(HearingAction.NO_SHOW)
    _open(agenda.dialog, shoot, "accion-inasistencia")
    agenda.dialog.reject()
    agenda.export_ics()
    _open(agenda.dialog, shoot, "exportar-ics")
    agenda.dialog.reject()
    agenda.tabs.setCurrentWidget(agenda.reminders)
    shoot("agenda-llamadas-de-recordatorio", window)
    agenda.tabs.setCurrentIndex(0)

    window.show_area("casos")
    cases = window.area("casos")
    shoot("casos-lista", window)
    cases.list_page.search.setText("maria")
    cases.list_page.load()
    shoot("casos-busqueda", window)
    cases.list_page.search.clear()
    cases.list_page.load()
    first = cases.list_page.model.row(0)
    cases.open_case(first.id)
    shoot("caso-expediente", window)

    cases.new_request()
    shoot("solicitud-vacia", window)
    cases.intake.save()
    shoot("solicitud-con-errores", window)
    cases.intake.claimant.first_names.setText("María")
    cases.intake.claimant.last_names.setText("Ló")
    cases.intake.claimant.search()
    shoot("solicitud-busqueda-de-personas", window)
    _fill_request(cases.intake, flagged=False)
    cases.intake.save()
    booking = cases.dialog
    _open(booking, shoot, "programar-horarios-libres")
    booking.day.set_value(TODAY + dt.timedelta(days=1))
    booking.check()
    _open(booking, shoot, "programar-choques-excepcion")
    booking.reject()
    shoot("caso-recien-registrado", window)

    cases.new_request()
    _fill_request(cases.intake, flagged=True)
    cases.intake.save()
    _open(cases.dialog, shoot, "derivar")
    cases.dialog.reject()
    shoot("caso-con-tamizaje-positivo", window)
    context.messages.error("Ejemplo de mensaje de error de un servicio: la sala está ocupada.")
    shoot("mensaje-de-error", window)
    from conciliador.ui.errors import UnexpectedErrorDialog

    _open(UnexpectedErrorDialog(RuntimeError("ejemplo"), window), shoot, "error-inesperado")
    window.close()


def _fill_request(intake, *, flagged: bool) -> None:  # type: ignore[no-untyped-def]
    from conciliador.domain.enums import Matter

    serial = 9000 + (1 if flagged else 0)
    c, r = intake.claimant, intake.respondent
    c.use(None)
    c.first_names.setText("Yessenia" if not flagged else "Karla")
    c.last_names.setText("Obando Ruiz" if not flagged else "Mendoza Urbina")
    c.id_number.setText(f"001-150595-{serial}K")
    c.phone.setText("8855-1020")
    c.address.setText("Barrio Monseñor Lezcano, de la iglesia 2 c. al sur")
    r.first_names.setText("Marlon" if not flagged else "Ervin")
    r.last_names.setText("Castillo Pérez" if not flagged else "Blandón Rivas")
    r.id_number.setText(f"001-020290-{serial}M")
    r.phone.setText("8677-4410")
    child = intake.children_editor.rows[0]
    child.first_names.setText("Keyla")
    child.last_names.setText("Castillo Obando")
    child.birth_date.set_value(dt.date(2019, 3, 14))
    intake.matters[Matter.ALIMENTOS].setChecked(True)
    intake.matters[Matter.VISITAS].setChecked(True)
    intake.account.setPlainText("Solicita pensión alimenticia y un horario de visitas estable.")
    for code, (yes, no) in intake.screening.answers.items():
        (yes if flagged and code == "violencia_fisica" else no).setChecked(True)


# ------------------------------------------------------------------ agreements and actas
def _free_slot(context, case_id: int, hour: int, rooms, now: dt.datetime):  # type: ignore[no-untyped-def]
    """A booking at ``hour`` today (or another hour of the day) that breaks no rule: the demo
    data already fills part of the officer's and the rooms' day."""
    from conciliador.services.scheduling import BookingRequest, check_booking

    for at in [hour, *range(8, 17)]:
        for room in rooms:
            request = BookingRequest(
                case_id, context.actor.user_id, dt.datetime(2026, 11, 23, at, 0), room_id=room.id
            )
            if not check_booking(context.db, context.actor, request, now=now):
                return request
    raise RuntimeError("no free hour left today for the screenshots' hearing")


def _family_hearing(context, hour: int, names: tuple[str, str, str]) -> int:  # type: ignore[no-untyped-def]
    """A case for support, visits and care of two children, with a hearing at ``hour`` today
    (booked a week ago), now in course."""
    from conciliador.domain.enums import IdType, Matter, Sex
    from conciliador.services import hearing_flow as flow
    from conciliador.services.cases import CaseInput, register_case
    from conciliador.services.offices import list_rooms
    from conciliador.services.people import ChildInput, PersonInput
    from conciliador.services.safeguarding import screen_questions
    from conciliador.services.scheduling import book_hearing

    week_ago = NOW - dt.timedelta(days=7)
    mother, father, surname = names
    questions = screen_questions(context.db, context.actor, context.office.id).questions
    case = register_case(
        context.db,
        context.actor,
        CaseInput(
            office_id=context.office.id,
            claimant=PersonInput(
                mother.split()[0],
                " ".join(mother.split()[1:]),
                IdType.CEDULA,
                f"001-0{hour:02d}190-0042B",
                Sex.FEMALE,
                phone="8712-3344",
                address="Barrio Altagracia, del parque 1 c. al lago",
            ),
            respondent=PersonInput(
                father.split()[0],
                " ".join(father.split()[1:]),
                IdType.CEDULA,
                f"001-1{hour:02d}288-0043C",
                Sex.MALE,
                phone="8890-1122",
            ),
            children=[
                ChildInput("Sofía", surname, Sex.FEMALE, dt.date(2016, 6, 1)),
                ChildInput("Mateo", surname, Sex.MALE, dt.date(2019, 2, 14)),
            ],
            matters={Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO},
            account="Solicita pensión alimenticia, un horario de visitas y dejar claro el cuido.",
            safeguarding={q.code: False for q in questions},
            requested_at=week_ago - dt.timedelta(days=1),
        ),
    )
    rooms = list_rooms(context.db, context.actor, context.office.id)
    request = _free_slot(context, case.id, hour, [rooms[hour % 2], *rooms], week_ago)
    hearing = book_hearing(
        context.db,
        context.actor,
        request,
        override_reason="Captura de pantalla: audiencia de esta mañana",
        now=week_ago,
    )
    # The citations of this scene were never delivered: the hearing starts with its reason.
    flow.start_hearing(
        context.db, context.actor, hearing.id, reason="Ambas partes acudieron por su cuenta."
    )
    return hearing.id


def _fill_agreement(editor, *, complete: bool) -> None:  # type: ignore[no-untyped-def]
    """What the parties agreed, typed into every tab of the editor."""
    from conciliador.domain.agreement_terms import PaymentMethod, SupportBasis, Weekday
    from conciliador.domain.enums import Outcome

    s = editor.support_tab
    s.basis.choose(SupportBasis.PORCENTAJE_INGRESO)
    for widget, text in ((s.gross, "30,000.00"), (s.social, "2,100.00"), (s.tax, "3,185.00")):
        _type(widget, text)
    _type(s.source, "colilla de pago de octubre de 2026")
    s.percentage.setValue(35 if complete else 25)
    s.day1.setValue(15)
    if complete:
        s.first_payment.set_value(dt.date(2026, 12, 15))
    s.method.choose(PaymentMethod.EFECTIVO_OFICINA)
    v = editor.visits_tab
    v.schedule.add_button.click()
    block = v.schedule.rows[0]
    block.from_day.choose(Weekday.SABADO)
    block.to_day.choose(Weekday.DOMINGO)
    _type(v.pickup_place, "la casa de la madre")
    _type(v.pickup_person, "la madre")
    v.return_place.setText("la casa de la madre")
    v.return_person.setText("la madre")
    for child in editor.care_tab.arrangements:
        _type(child.residence, "Barrio Altagracia, del parque 1 c. al lago")
    editor.visits_tab.words.setPlainText(
        "El padre avisará por teléfono con un día de anticipación si no puede llegar."
    )
    editor.outcome_tab.choose(Outcome.ACUERDO_TOTAL)
    editor.refresh()


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    widget.clear()
    widget.setFocus()
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def agreement_screens(context, shoot: Shooter) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from conciliador.services.hearing_details import HearingAction

    window = _window(context)
    window.show_area("agenda")
    agenda = window.area("agenda")
    hearing_id = _family_hearing(
        context, 9, ("Lucía Téllez Mora", "Byron Gaitán Cruz", "Gaitán Téllez")
    )
    agenda.controller.load()
    agenda.select_id(hearing_id)
    shoot("agenda-audiencia-en-curso", window)
    from conciliador.ui.agreement import open_agreement_editor

    editor = open_agreement_editor(context, hearing_id, window)
    shoot("acuerdo-vacio", editor)
    s = editor.support_tab
    from conciliador.domain.agreement_terms import SupportBasis

    s.basis.choose(SupportBasis.PORCENTAJE_INGRESO)
    for widget, text in ((s.gross, "30,000.00"), (s.social, "2,100.00"), (s.tax, "3,185.00")):
        _type(widget, text)
    _type(s.source, "colilla de pago de octubre de 2026")
    s.percentage.setValue(20)
    editor.refresh()
    editor.tabs.setCurrentWidget(s)
    shoot("acuerdo-pension-calculo-de-la-pauta", editor)
    _fill_agreement(editor, complete=True)
    s.percentage.setValue(20)
    editor.refresh()
    editor.tabs.setCurrentWidget(s)
    s.ensureWidgetVisible(s.reason)
    shoot("acuerdo-pension-por-debajo-de-la-pauta", editor)
    s.percentage.setValue(35)
    editor.refresh()
    editor.tabs.setCurrentWidget(editor.visits_tab)
    shoot("acuerdo-visitas", editor)
    editor.tabs.setCurrentWidget(editor.care_tab)
    shoot("acuerdo-cuido", editor)
    editor.tabs.setCurrentWidget(editor.outcome_tab)
    shoot("acuerdo-resultado", editor)
    editor.save()
    _open(editor.confirm, shoot, "acuerdo-concluir")
    editor.confirm.button(QMessageBox.StandardButton.Yes).click()
    shoot("acuerdo-concluido", editor)
    editor.close()
    agenda.controller.load()
    agenda.select_id(hearing_id)
    if HearingAction.PRINT_CITATIONS in agenda.panel.detail.actions:
        agenda.act(HearingAction.PRINT_CITATIONS)
        _open(agenda.dialog, shoot, "citaciones-de-la-audiencia")
        agenda.dialog.reject()

    other = _family_hearing(
        context, 10, ("Karen Obregón Ríos", "Julio Sevilla Mejía", "Sevilla Obregón")
    )
    editor = open_agreement_editor(context, other, window)
    from conciliador.domain.enums import Outcome

    editor.outcome_tab.choose(Outcome.FALTA_DE_ACUERDO)
    editor.outcome_tab.notes.setPlainText(
        "Las partes expusieron sus posiciones; el padre no acepta el monto pedido."
    )
    editor.refresh()
    shoot("acuerdo-falta-de-acuerdo", editor)
    editor.save()
    editor.confirm.button(QMessageBox.StandardButton.Yes).click()
    editor.close()
    window.close()


def actas_screens(context, shoot: Shooter) -> None:  # type: ignore[no-untyped-def]
    """The Actas area: a borrador that cannot be issued, an issued one, a signed one."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from conciliador.domain.actas import SignatureMode, SignerRole
    from conciliador.domain.enums import Outcome
    from conciliador.services.actas import SignatureInput, acta_of_hearing, issue_acta, sign_acta
    from conciliador.services.actas.desk import ActaAction
    from conciliador.services.agreements import agreement_context, starting_terms
    from conciliador.services.hearing_flow import conclude_hearing

    # a borrador with a problem: the first payment was never agreed
    blocked = _family_hearing(
        context, 11, ("Ingrid Zamora Picado", "Néstor Arana Flores", "Arana Zamora")
    )
    ctx = agreement_context(context.db, context.actor, blocked)
    conclude_hearing(
        context.db, context.actor, blocked, Outcome.ACUERDO_TOTAL, terms=starting_terms(ctx)
    )
    # a signed one
    signed = _family_hearing(
        context, 13, ("Scarleth Moreno Díaz", "Franklin Rocha Vega", "Rocha Moreno")
    )
    window = _window(context)
    from conciliador.ui.agreement import open_agreement_editor

    editor = open_agreement_editor(context, signed, window)
    _fill_agreement(editor, complete=True)
    editor.save()
    from PySide6.QtWidgets import QMessageBox

    editor.confirm.button(QMessageBox.StandardButton.Yes).click()
    editor.close()
    acta = acta_of_hearing(context.db, context.actor, signed)
    issue_acta(context.db, context.actor, acta.acta_id, now=NOW)
    sign_acta(
        context.db,
        context.actor,
        acta.acta_id,
        [
            SignatureInput(SignerRole.SOLICITANTE, SignatureMode.FIRMA),
            SignatureInput(
                SignerRole.CITADO,
                SignatureMode.HUELLA_TESTIGO,
                witness_name="Martha Pérez Solís",
                witness_id_number="001-020380-0007K",
            ),
            SignatureInput(SignerRole.CONCILIADOR, SignatureMode.FIRMA),
        ],
        now=NOW + dt.timedelta(minutes=20),
    )
    window.show_area("actas")
    actas = window.area("actas")
    actas.load()
    shoot("actas-lista", window)
    actas.select_agreement(acta.agreement_id)
    shoot.wait(2.0)
    shoot("actas-firmada-vista-previa", window)
    blocked_acta = acta_of_hearing(context.db, context.actor, blocked)
    actas.select_agreement(blocked_acta.agreement_id)
    shoot.wait(1.5)
    shoot("actas-borrador-con-problemas", window)
    actas.detail.buttons[ActaAction.ISSUE].click()
    _open(actas.dialog, shoot, "actas-no-se-puede-emitir")
    actas.dialog.reject()

    # the morning's other acta (falta de acuerdo): issue, sign with the pads, replace
    rows = [r for r in actas.model.rows if r.outcome == Outcome.FALTA_DE_ACUERDO]
    if rows:
        actas.select_agreement(rows[0].agreement_id)
        actas.detail.buttons[ActaAction.ISSUE].click()
        _open(actas.dialog, shoot, "actas-emitir-confirmar")
        actas.dialog.button(QMessageBox.StandardButton.Yes).click()
        shoot.wait(1.5)
        shoot("actas-emitida", window)
        actas.detail.buttons[ActaAction.SIGN].click()
        sign = actas.dialog
        sign.show()
        pad = sign.box(SignerRole.SOLICITANTE).pad
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(24, 70))
        for x in range(30, 260, 6):
            QTest.mouseMove(pad, QPoint(x, 62 + int(18 * ((x // 6) % 5 - 2) / 2)))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(260, 60))
        box = sign.box(SignerRole.CITADO)
        box.modes[SignatureMode.HUELLA_TESTIGO].setChecked(True)
        shoot("actas-firmas", sign)
        sign.reject()
        actas.detail.buttons[ActaAction.REPLACE].click()
        _open(actas.dialog, shoot, "actas-reemplazar")
        actas.dialog.reject()
    actas.select_agreement(acta.agreement_id)
    detail = actas.detail
    detail.document.setCurrentIndex(detail.document.count() - 1)
    shoot.wait(1.5)
    shoot("actas-hoja-explicativa", window)
    actas.batch_button.click()
    actas.dialog.day.set_value(TODAY + dt.timedelta(days=1))
    _open(actas.dialog, shoot, "actas-citaciones-del-dia")
    actas.dialog.reject()
    window.close()


def supervisor_screens(context, shoot: Shooter) -> None:  # type: ignore[no-untyped-def]
    from conciliador.services.offices import list_offices

    office = next(o for o in list_offices(context.db, context.actor) if o.code == OFFICE)
    context.office.set(office.id)
    window = _window(context)
    window.show_area("agenda")
    agenda = window.area("agenda")
    agenda.controller.set_mode(agenda.controller.mode.__class__.DAY)
    agenda.controller.set_group(agenda.controller.group, None)
    agenda._fill_resources()
    shoot("agenda-dia-por-conciliador", window)
    from conciliador.ui.agenda.controller import Group

    agenda.controller.set_group(Group.ROOM, None)
    agenda._fill_resources()
    shoot("agenda-dia-por-sala", window)
    window.show_area("reportes")
    shoot.wait(1.0)
    shoot("reportes-resumen-mensual", window)
    window.show_area("bitacora")
    shoot.wait(0.5)
    shoot("bitacora", window)
    window.close()


def admin_screens(context, shoot: Shooter) -> None:  # type: ignore[no-untyped-def]
    from conciliador.services.offices import list_offices

    office = next(o for o in list_offices(context.db, context.actor) if o.code == OFFICE)
    context.office.set(office.id)
    window = _window(context)
    window.show_area("administracion")
    admin = window.area("administracion")
    shoot("administracion-usuarios", window)
    admin.users.edit(None)
    _open(admin.users.dialog, shoot, "administracion-nuevo-usuario")
    admin.users.dialog.reject()
    admin.tabs.setCurrentWidget(admin.rooms)
    shoot("administracion-salas", window)
    admin.tabs.setCurrentWidget(admin.closures)
    admin.closures.add()
    _open(admin.closures.dialog, shoot, "administracion-cerrar-un-dia")
    admin.closures.dialog.reject()
    shoot("administracion-dias-de-cierre", window)
    window.close()


def english(url: str, shoot: Shooter) -> None:
    from conciliador.services.context import Database
    from conciliador.ui.shell.sign_in import SignInDialog
    from conciliador.ui.tasks import SyncTaskRunner

    db = Database(url, clock=SteadyClock(NOW))
    sign_in = SignInDialog(db, SyncTaskRunner())
    sign_in.show()
    shoot("english-sign-in", sign_in)
    sign_in.close()
    db.dispose()
    context = _context(url, OFFICER)
    window = _window(context)
    window.show_area("agenda")
    shoot("english-agenda", window)
    window.show_area("casos")
    window.area("casos").new_request()
    shoot("english-intake", window)
    window.show_area("actas")
    shoot.wait(1.5)
    shoot("english-actas", window)
    window.close()
    supervisor = _context(url, SUPERVISOR)
    window = _window(supervisor)
    window.show_area("reportes")
    shoot("english-reports", window)
    window.close()


Scene = Callable[..., None]

if __name__ == "__main__":
    sys.exit(main())
