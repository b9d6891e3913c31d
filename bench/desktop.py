"""Speed of the desktop (issue 5 §11), on real databases, offscreen.

- main window ready on the demo database (fresh process: imports, database, sign-in window,
  sign-in, main window painted; the person's typing not counted) — target 1.5 s;
- the agenda's week view with 1,000,000 hearings in the database — target 200 ms;
- person search per keystroke with ~1.5 million people — target 50 ms;
- the GUI-thread work of the other screens on the demo database — target 100 ms each;
- the agreement editor per keystroke and the Actas area's list and panel, on a copy of the
  demo database — target 100 ms each on the GUI thread (PDF conversion runs off it).

Each figure is the median of several runs, with the naive way beside it where there was one.
The demo database is built once and kept in ``$CONCILIADOR_BENCH_DIR`` (default
/tmp/conciliador-bench); the million-hearing one is the shared one of bench/data.py.

    python -m bench.desktop            # all of it
    python -m bench.desktop --quick    # without the million-hearing database
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from conciliador.domain.clock import SteadyClock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "bench-clave-2026"
TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 10, 30, tzinfo=ZoneInfo("America/Managua"))
KEYSTROKES = (
    "m",
    "ma",
    "mar",
    "mari",
    "maria",
    "maria l",
    "maria lo",
    "maria lop",
    "maria lope",
    "maria lopez",
    "maria lopez g",
    "maria lopez ga",
)


def bench_dir() -> Path:
    path = Path(os.environ.get("CONCILIADOR_BENCH_DIR") or "/tmp/conciliador-bench")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _generate(path: Path, **spec: Any) -> str:
    from conciliador.demo import DemoSpec, generate_demo
    from conciliador.services.actor import Actor
    from conciliador.services.context import Database

    url = f"sqlite:///{path}"
    if path.exists():
        return url
    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    db = Database(f"sqlite:///{partial}", clock=SteadyClock(NOW))
    db.upgrade()
    generate_demo(db, Actor.command_line("bench"), DemoSpec(password=PASSWORD, today=TODAY, **spec))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    partial.rename(path)
    return url


def demo_db() -> str:
    return _generate(bench_dir() / "desktop-demo.sqlite", cases=1500, seed=1)


def million_db() -> str:
    """The shared database of about a million hearings (bench/data.py)."""
    from bench.data import million_hearings_db

    return f"sqlite:///{million_hearings_db()}"


def million_password() -> str:
    from bench.data import MILLION

    return MILLION.spec().password


def timed(work: Callable[[], object], runs: int = 7) -> float:
    """Median milliseconds of ``runs`` runs (after one warm-up)."""
    work()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    from conciliador.ui.i18n import install_language

    app = QApplication.instance() or QApplication([])
    install_language("es")
    return app


def _context(url: str, login: str, password: str = PASSWORD) -> Any:
    from conciliador.services.context import Database
    from conciliador.services.users import sign_in
    from conciliador.ui.context import UiContext
    from conciliador.ui.tasks import SyncTaskRunner

    db = Database(url, clock=SteadyClock(NOW))
    return UiContext(db, sign_in(db, login, password), SyncTaskRunner())


# ------------------------------------------------------------------------------ main window
def window_child(url: str, preload: bool) -> None:
    """Run in a fresh process: from nothing imported to the main window painted.

    The person's typing is not counted: with ``preload`` the loading ahead that runs while
    they type is let finish first (it needs less time than typing a password takes)."""
    start = time.perf_counter()
    marks: dict[str, float] = {}

    def since(moment: float) -> float:
        return (time.perf_counter() - moment) * 1000

    from PySide6.QtWidgets import QApplication

    from conciliador.services.context import open_database
    from conciliador.ui.i18n import install_language
    from conciliador.ui.shell.sign_in import SignInDialog
    from conciliador.ui.tasks import SyncTaskRunner
    from conciliador.ui.warmup import warm_up

    app = QApplication([])
    install_language("es")
    marks["importaciones y Qt"] = since(start)
    db = open_database(url)
    marks["base abierta y al día"] = since(start)
    warming = warm_up() if preload else None
    dialog = SignInDialog(db, SyncTaskRunner())
    dialog.show()
    app.processEvents()
    to_sign_in = since(start)
    marks["hasta la ventana de inicio de sesión"] = to_sign_in
    if warming is not None:
        warming.join()
    windows: list[Any] = []

    def open_window(actor: Any, _must: bool) -> None:
        from conciliador.ui.context import UiContext
        from conciliador.ui.shell.main_window import MainWindow

        window = MainWindow(UiContext(db, actor, SyncTaskRunner()))
        window.show()
        window.grab()  # painted
        windows.append(window)

    dialog.signed_in.connect(open_window)
    dialog.login.setText("conciliador1.mn-01")
    dialog.password.setText(PASSWORD)
    entered = time.perf_counter()
    dialog.attempt()
    app.processEvents()
    after_enter = since(entered)
    marks["de «Entrar» a la ventana principal (argon2 incluido)"] = after_enter
    marks["total, sin contar lo que tarda la persona en escribir"] = to_sign_in + after_enter
    print(json.dumps(marks))


def main_window(url: str) -> dict[str, Any]:
    def run(preload: bool) -> dict[str, float]:
        results = []
        for _ in range(5):
            out = subprocess.run(
                [sys.executable, "-m", "bench.desktop", "--window-child", url]
                + (["--preload"] if preload else []),
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        return {k: statistics.median(r[k] for r in results) for k in results[0]}

    return {
        "precarga mientras se escribe la contraseña (así es)": run(True),
        "sin precarga (ingenuo)": run(False),
    }


# ------------------------------------------------------------------------------ week view
def week_view(url: str, password: str = PASSWORD) -> dict[str, float]:
    from conciliador.ui.agenda.controller import Mode
    from conciliador.ui.agenda.view import AgendaView

    _app()
    context = _context(url, "conciliador1.mn-01", password)
    view = AgendaView(context)
    view.resize(1366, 800)
    view.show()
    controller = view.controller
    controller.resource_id = None
    results: dict[str, float] = {}

    def week() -> None:
        controller.set_mode(Mode.WEEK)
        controller.load()

    results["semana de toda la oficina (consulta + dibujo)"] = timed(week)
    controller.resource_id = context.actor.user_id
    results["semana de una persona"] = timed(week)
    controller.mode = Mode.DAY
    controller.resource_id = None
    results["día por conciliador/a"] = timed(controller.load)
    with context.db.read() as session:
        from sqlalchemy import text

        hearings = session.scalar(text("SELECT count(*) FROM hearings"))
    results["audiencias en la base"] = float(hearings or 0)
    return results


# ------------------------------------------------------------------------------ search
def person_search(url: str) -> dict[str, float]:
    from sqlalchemy import func, select, text

    from conciliador.models import Person
    from conciliador.services.actor import Actor
    from conciliador.services.context import Database
    from conciliador.services.people import search_people
    from conciliador.services.text import search_key

    db = Database(url, clock=SteadyClock(NOW))
    actor = Actor.command_line("bench")

    def naive(query: str) -> None:
        """The first implementation: LIKE '%word%' over every person."""
        with db.read() as session:
            stmt = select(Person)
            for word in search_key(query).split()[:6]:
                stmt = stmt.where(Person.search_key.like(f"%{word}%"))
            list(session.scalars(stmt.order_by(Person.last_names, Person.first_names).limit(9)))

    def keystrokes(search: Callable[[str], object]) -> list[float]:
        return [timed(lambda q=q: search(q), runs=5) for q in KEYSTROKES]

    fast = keystrokes(lambda q: search_people(db, actor, q, limit=9))
    slow = keystrokes(naive)
    with db.read() as session:
        people = session.scalar(select(func.count(Person.id))) or 0
        session.execute(text("SELECT 1"))
    return {
        "personas en la base": float(people),
        "por tecla, la peor (índice de palabras)": max(fast),
        "la peor tecla (su posición en KEYSTROKES)": float(fast.index(max(fast))),
        "por tecla, mediana (índice de palabras)": statistics.median(fast),
        "por tecla, la peor (LIKE '%x%', ingenuo)": max(slow),
        "por tecla, mediana (LIKE '%x%', ingenuo)": statistics.median(slow),
    }


# ------------------------------------------------------------------------------ GUI thread
def gui_thread(url: str) -> dict[str, float]:
    """What the other screens do on the GUI thread, each against the 100 ms budget."""
    from conciliador.services.case_list import list_cases
    from conciliador.services.cases import get_case
    from conciliador.ui.booking.dialog import BookingDialog
    from conciliador.ui.cases.view import CasesView

    _app()
    context = _context(url, "conciliador1.mn-01")
    office = context.office.id
    cases = CasesView(context)
    page = list_cases(context.db, context.actor, office, statuses=None)
    case = next(c for c in page.rows if c.next_hearing is None and c.status.value != "derivada")
    results = {
        "lista de casos": timed(cases.list_page.load),
        "buscar casos por nombre": timed(
            lambda: list_cases(context.db, context.actor, office, query="maria lo")
        ),
        "abrir un expediente": timed(lambda: cases.open_case(case.id)),
        "get_case (auditado)": timed(lambda: get_case(context.db, context.actor, case.id)),
    }
    dialog = BookingDialog(context, case.id)
    results["abrir el diálogo de programar (horarios + comprobación)"] = timed(
        lambda: BookingDialog(context, case.id).deleteLater()
    )
    results["comprobar un horario al cambiarlo"] = timed(dialog.check)
    results["proponer horarios"] = timed(dialog.propose)
    return results


# ------------------------------------------------------------------ agreement editor and actas
class _Discard:
    """A task runner that never runs the work: what is left is the GUI thread's part."""

    def run(self, func: Any, on_done: Any, on_error: Any, on_progress: Any = None) -> Any:
        from conciliador.ui.tasks import Progress

        return Progress(on_progress)


def _hearing_in_course(context: Any) -> int:
    """A case for support, visits and care of two children, heard this morning, in course."""
    from conciliador.domain.enums import IdType, Matter, Sex
    from conciliador.services import hearing_flow as flow
    from conciliador.services.cases import CaseInput, register_case
    from conciliador.services.errors import PermissionDenied, SchedulingConflict
    from conciliador.services.offices import list_rooms
    from conciliador.services.people import ChildInput, PersonInput
    from conciliador.services.safeguarding import screen_questions
    from conciliador.services.scheduling import BookingRequest, book_hearing

    db, actor, office = context.db, context.actor, context.office.id
    week_ago = NOW - dt.timedelta(days=7)
    questions = screen_questions(db, actor, office).questions
    case = register_case(
        db,
        actor,
        CaseInput(
            office_id=office,
            claimant=PersonInput(
                "Lucía", "Téllez Mora", IdType.CEDULA, "001-090190-0042B", Sex.FEMALE
            ),
            respondent=PersonInput(
                "Byron", "Gaitán Cruz", IdType.CEDULA, "001-190288-0043C", Sex.MALE
            ),
            children=[
                ChildInput("Sofía", "Gaitán Téllez", Sex.FEMALE, dt.date(2016, 6, 1)),
                ChildInput("Mateo", "Gaitán Téllez", Sex.MALE, dt.date(2019, 2, 14)),
            ],
            matters={Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO},
            safeguarding={q.code: False for q in questions},
            requested_at=week_ago - dt.timedelta(days=1),
        ),
    )
    for hour in range(7, 17):  # the first hour of today the officer and a room are free
        for room in list_rooms(db, actor, office):
            try:
                hearing = book_hearing(
                    db,
                    actor,
                    BookingRequest(
                        case.id, actor.user_id, dt.datetime(2026, 11, 23, hour), room_id=room.id
                    ),
                    override_reason="Medición: audiencia de esta mañana",
                    now=week_ago,
                )
            except (SchedulingConflict, PermissionDenied):
                continue
            flow.start_hearing(
                db, actor, hearing.id, reason="Ambas partes acudieron por su cuenta."
            )
            return hearing.id
    raise RuntimeError("no free hour today for the benchmark's hearing")


def agreement_and_actas(url: str) -> dict[str, float]:
    """The agreement editor per keystroke (the guideline's working, the findings next to
    their fields, the clauses) and the Actas area, each against the 100 ms budget."""
    import shutil
    import tempfile

    from conciliador.domain.agreement_terms import SupportBasis
    from conciliador.services.agreements import agreement_context, evaluate
    from conciliador.services.agreements.editor import editor_start
    from conciliador.services.context import Database
    from conciliador.ui.actas.view import ActasView
    from conciliador.ui.agreement import AgreementEditor, open_agreement_editor

    _app()
    source = Path(url.removeprefix("sqlite:///"))
    copy = Path(tempfile.mkdtemp(prefix="bench-actas-")) / "demo.sqlite"
    shutil.copy(source, copy)
    try:
        Database(
            f"sqlite:///{copy}", clock=SteadyClock(NOW)
        ).upgrade()  # a database built before the actas' tables
        context = _context(f"sqlite:///{copy}", "conciliador1.mn-01")
        hearing_id = _hearing_in_course(context)
        editor = open_agreement_editor(context, hearing_id)
        assert editor is not None
        s = editor.support_tab
        s.basis.choose(SupportBasis.PORCENTAJE_INGRESO)
        s.social.setText("2,100.00")
        s.tax.setText("3,185.00")
        s.percentage.setValue(35)
        incomes = iter(range(20_000, 10_000_000, 7))

        def keystroke() -> None:
            s.gross.setText(f"{next(incomes):,}.00")
            editor.refresh()

        def naive_keystroke() -> None:
            # the context (case, parties, children, office profile) read again each time
            fresh = agreement_context(context.db, context.actor, hearing_id)
            evaluate(fresh, editor.draft())
            keystroke()

        ctx = editor.ctx
        results = {
            "abrir el editor de acuerdos (leer y construir)": timed(
                lambda: AgreementEditor(
                    context, editor_start(context.db, context.actor, hearing_id)
                ).deleteLater()
            ),
            "editor: una tecla (cálculo, errores, cláusulas)": timed(keystroke),
            "editor: una tecla, releyendo el contexto (ingenuo)": timed(naive_keystroke),
            "evaluate solo": timed(lambda: evaluate(ctx, editor.draft())),
        }
        editor.close()
        editor.deleteLater()
        context.tasks = _Discard()
        view = ActasView(context)
        results["Actas: cargar la lista"] = timed(view.load)
        rows = view.model.rows
        results["Actas: filtrar por texto"] = timed(
            lambda: (view.filters.text.setText("MN-01-2026-0010"), view.load())
        )
        view.filters.text.clear()
        view.load()
        chosen = iter(rows * 8)
        results["Actas: elegir un acta (datos y problemas; el PDF fuera del hilo)"] = timed(
            lambda: view.select_agreement(next(chosen).agreement_id)
        )
        view.deleteLater()
        context.db.dispose()
        return results
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)


def run(quick: bool = False) -> dict[str, Any]:
    demo = demo_db()
    report: dict[str, Any] = {
        "ventana principal (base de demostración)": main_window(demo),
        "hilo de la interfaz (base de demostración)": gui_thread(demo),
        "acuerdos y actas (copia de la base de demostración)": agreement_and_actas(demo),
    }
    if not quick:
        big = million_db()
        report["vista semanal (1 millón de audiencias)"] = week_view(big, million_password())
        report["búsqueda de personas (1 millón de audiencias)"] = person_search(big)
    else:
        report["búsqueda de personas (base de demostración)"] = person_search(demo)
    return report


def figures(context: Any) -> list[Any]:
    """The figures of ``make bench`` (bench/__main__.py): the big ones on its shared
    million-hearing file, the window and the other screens on the demo database."""
    from bench.figures import Figure

    demo = demo_db()
    big = f"sqlite:///{context.database}"
    window = main_window(demo)
    fast, slow = (
        window["precarga mientras se escribe la contraseña (así es)"],
        window["sin precarga (ingenuo)"],
    )
    total = "total, sin contar lo que tarda la persona en escribir"
    week = week_view(big, million_password())
    search = person_search(big)
    naive_median = search["por tecla, mediana (LIKE '%x%', ingenuo)"]
    screens = gui_thread(demo)
    worst_screen = max(screens, key=lambda k: screens[k])
    editor = agreement_and_actas(demo)
    actas = {k: v for k, v in editor.items() if k.startswith("Actas")}
    return [
        Figure(
            key="main_window",
            title="Launch to main window, demo database (fresh process)",
            unit="ms",
            value=fast[total],
            target=1500.0,
            naive=slow[total],
            naive_how="without loading ahead while the password is typed",
            detail=(
                f"median of 5 processes; sign-in window at "
                f"{fast['hasta la ventana de inicio de sesión']:.0f} ms, then "
                f"{fast['de «Entrar» a la ventana principal (argon2 incluido)']:.0f} ms from"
                " «Entrar», argon2 included; the person's typing not counted"
            ),
        ),
        Figure(
            key="week_view",
            title="Agenda week view of a whole office, 1M hearings (query + drawing)",
            unit="ms",
            value=week["semana de toda la oficina (consulta + dibujo)"],
            target=200.0,
            naive=None,
            naive_how="",
            detail=(
                f"median of 7; one officer's week {week['semana de una persona']:.1f} ms, day by"
                f" officer {week['día por conciliador/a']:.1f} ms;"
                f" {week['audiencias en la base']:,.0f} hearings in the database"
            ),
        ),
        Figure(
            key="person_search",
            title="Person search, worst keystroke of «maria lopez ga»",
            unit="ms",
            value=search["por tecla, la peor (índice de palabras)"],
            target=50.0,
            naive=search["por tecla, la peor (LIKE '%x%', ingenuo)"],
            naive_how="LIKE '%word%' over every person, worst keystroke",
            detail=(
                f"median {search['por tecla, mediana (índice de palabras)']:.1f} ms a keystroke"
                f" (naive {naive_median:.0f} ms);"
                f" {search['personas en la base']:,.0f} people"
            ),
        ),
        Figure(
            key="gui_thread",
            title="GUI-thread work of the other screens, worst one (demo database)",
            unit="ms",
            value=screens[worst_screen],
            target=100.0,
            naive=None,
            naive_how="",
            detail="; ".join(f"{k} {v:.1f} ms" for k, v in screens.items()),
        ),
        Figure(
            key="agreement_keystroke",
            title="Agreement editor, one keystroke (working, findings, clauses)",
            unit="ms",
            value=editor["editor: una tecla (cálculo, errores, cláusulas)"],
            target=100.0,
            naive=editor["editor: una tecla, releyendo el contexto (ingenuo)"],
            naive_how="the case, parties, children and profile read again on each keystroke",
            detail=(
                f"median of 7; evaluate alone {editor['evaluate solo']:.1f} ms; opening the"
                f" editor {editor['abrir el editor de acuerdos (leer y construir)']:.0f} ms; "
                + "; ".join(f"{k} {v:.1f} ms" for k, v in actas.items())
            ),
        ),
    ]


def _print(report: dict[str, Any], indent: int = 0) -> None:
    for key, value in report.items():
        if isinstance(value, dict):
            print(" " * indent + key)
            _print(value, indent + 2)
        elif "en la base" in key:
            print(" " * indent + f"{key}: {value:,.0f}")
        else:
            print(" " * indent + f"{key}: {value:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--window-child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--preload", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.window_child:
        window_child(args.window_child, args.preload)
        return 0
    _print(run(quick=args.quick))
    return 0


if __name__ == "__main__":
    sys.exit(main())
