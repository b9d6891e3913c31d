"""Benchmark: many desks of many offices on one PostgreSQL server at once (issue 19).

    python -m bench.desks [--quick] [--cases N] [--seconds S] [--no-doc]
    (``make bench`` runs it as ``desks``)

It starts its own PostgreSQL server (the installed server binaries, on 127.0.0.1 only, a
throw-away data folder, fsync and synchronous commit ON as a real server has them), loads the
demonstration data (``--cases``; the issue's million-hearing size is ``--cases 250000 --months
120`` and takes hours on a 2-core machine), and then, for N = 1, 2, 8 and 32, runs N desks —
separate processes, each the desk of another office — for ``--seconds`` each (bounded in time
and in rounds). Every round of a desk goes through the services, as the application does:

    search a person (three keystrokes), register a case, book its hearing, reschedule it,
    record both citations' deliveries, hold it, conclude it with a total agreement, issue its
    acta (the .docx rendered; the sealed PDF's LibreOffice run is measured by bench.actas),
    read the office's week agenda, and — one round in five — its monthly summary.

It reports throughput and p50/p95/p99 per operation for each N, and, on the same server, the
read figures ``make bench`` measures on SQLite: conflict check, week agenda, monthly summary
(national and departmental) and the worst keystroke of a person search.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
START = "<!-- bench:desks:start (rewritten by `python -m bench.desks`) -->"
END = "<!-- bench:desks:end -->"
DESK_COUNTS = (1, 2, 8, 32)
TODAY = dt.date(2026, 11, 23)
#: Where the desks book (a Monday): months after the demonstration data.
FIRST_DAY = dt.date(2027, 2, 1)
HOURS = (8, 9, 10, 11, 13, 14, 15)
OPERATIONS = (
    "buscar_persona",
    "registrar",
    "reservar",
    "reprogramar",
    "entrega",
    "iniciar",
    "concluir",
    "emitir",
    "agenda_semana",
    "resumen_mensual",
)


# ------------------------------------------------------------------------------ the server
@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server of our own on 127.0.0.1 for the length of the block; its URL."""
    from tests.support.pgserver import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL's server binaries are not installed (see docs/developing.md)")
    server = PgServer(bindir)
    server.start()
    try:
        # Durable as a real server (the tests' server runs with fsync off), more connections.
        server.admin("ALTER SYSTEM SET fsync = on")
        server.admin("ALTER SYSTEM SET synchronous_commit = on")
        server.admin("ALTER SYSTEM SET full_page_writes = on")
        server.admin("ALTER SYSTEM SET shared_buffers = '256MB'")
        server._run(
            "pg_ctl",
            "-D",
            str(server.data),
            "-m",
            "fast",
            "-w",
            "-t",
            "60",
            "restart",
            "-l",
            str(server.root / "server.log"),
            "-o",
            f"-p {server.port} -k {server.root} -c listen_addresses=127.0.0.1"
            " -c max_connections=120",
        )
        name = server.new_database()
        yield server.url(name)
    finally:
        server.stop()


def load(url: str, cases: int, months: int) -> dict[str, float]:
    from conciliador.db import Database
    from conciliador.demo import DemoSpec, generate_demo
    from conciliador.services.actor import Actor

    db = Database(url)
    db.upgrade()
    spec = DemoSpec(
        cases=cases, months=months, seed=19, password="bench-2026!", today=TODAY, offices=48
    )
    started = time.perf_counter()
    summary = generate_demo(db, Actor.command_line("bench"), spec)
    seconds = time.perf_counter() - started
    with db.write() as s:
        from sqlalchemy import text

        s.execute(text("ANALYZE"))
    db.dispose()
    return {
        "seconds": seconds,
        "cases": summary.cases,
        "hearings": summary.hearings,
        "persons": summary.persons,
        "offices": summary.offices,
    }


# ------------------------------------------------------------------------------ one desk
class Desk:
    """One office's desk: the round of the module's docstring, timed per operation."""

    def __init__(self, url: str, office_id: int, number: int, run_of: int = 0) -> None:
        from sqlalchemy import select

        from conciliador.db import Database
        from conciliador.domain.clock import SteadyClock
        from conciliador.domain.enums import Role
        from conciliador.models import Office, Person, Room, User
        from conciliador.services.actor import Actor
        from tests.support import world as world_module
        from tests.support.world import World

        self.db = Database(url, clock=SteadyClock(self.now()))
        self.actor = Actor.command_line(f"escritorio {number}")
        self.number = number
        self.run_of = run_of
        self.office_id = office_id
        world_module._serial = itertools.count((run_of * 100 + number) * 100_000 + 1)
        with self.db.read() as s:
            office = s.get(Office, office_id)
            assert office is not None
            self.parent_id = office.parent_id
            self.officers = list(
                s.scalars(
                    select(User.id).where(
                        User.office_id == office_id, User.role == Role.CONCILIADOR
                    )
                )
            )
            self.rooms = list(s.scalars(select(Room.id).where(Room.office_id == office_id)))
            self.surnames = [
                n.split()[0]
                for n in s.scalars(select(Person.last_names).order_by(Person.id).limit(300))
                if n
            ]
        self.world = World(self.db, self.actor, 0, office_id, 0, self.rooms, *([self.actor] * 5))
        self.times: dict[str, list[float]] = defaultdict(list)
        self.refused: dict[str, int] = defaultdict(int)
        self.why: dict[str, str] = {}
        self.errors: list[str] = []
        self.rounds = 0

    @staticmethod
    def now() -> dt.datetime:
        from zoneinfo import ZoneInfo

        return dt.datetime.combine(TODAY, dt.time(10, 30), ZoneInfo("America/Managua"))

    def timed(self, name: str, work: Callable[[], Any]) -> Any:
        from conciliador.services.errors import ServiceError

        started = time.perf_counter()
        try:
            return work()
        except ServiceError as exc:
            self.refused[name] += 1
            self.why.setdefault(name, str(exc))
            return None
        finally:
            self.times[name].append(time.perf_counter() - started)

    def slot(self, n: int) -> dt.datetime:
        """The n-th free hour of this desk's office; each run (number of desks) books its own
        weeks, so no run meets the hearings of the one before."""
        from tests.support.world import local

        n += (DESK_COUNTS.index(self.run_of) if self.run_of in DESK_COUNTS else 4) * 400
        weekday = n // len(HOURS)  # FIRST_DAY is a Monday: five working days a week
        day = FIRST_DAY + dt.timedelta(weeks=weekday // 5, days=weekday % 5)
        return local(day.year, day.month, day.day, HOURS[n % len(HOURS)])

    def round(self) -> None:
        from sqlalchemy import select

        from conciliador.domain.enums import CitationMethod, Matter, Outcome
        from conciliador.models import Citation
        from conciliador.services import hearing_flow, people
        from conciliador.services.actas import acta_of_hearing, issue_acta
        from conciliador.services.agenda import agenda
        from conciliador.services.agreements import agreement_context
        from conciliador.services.reports.periods import Month
        from conciliador.services.reports.summary import monthly_summary
        from conciliador.services.scheduling import BookingRequest, book_hearing, reschedule_hearing
        from tests.support.agreements import complete_terms

        n = self.rounds
        self.rounds += 1
        db, actor = self.db, self.actor
        surname = self.surnames[(self.number * 7 + n) % len(self.surnames)]
        for size in (2, 3, 4):
            self.timed("buscar_persona", partial(people.search_people, db, actor, surname[:size]))
        claimant = self.world.person("Rosa")
        respondent = self.world.person("Juan")
        for k, person in enumerate((claimant, respondent)):
            # Unique across desks and runs: desk, run (its number of desks), round, party.
            person.id_number = f"{900 + self.number % 100:03d}-{self.run_of:02d}{n:09d}{k}{'AB'[k]}"
        case = self.timed(
            "registrar",
            lambda: self.world.case(
                actor=actor,
                claimant=claimant,
                respondent=respondent,
                matters={Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO},
            ),
        )
        if case is None:
            return
        officer = self.officers[n % len(self.officers)]
        room = self.rooms[n % len(self.rooms)] if self.rooms else None
        request = BookingRequest(case.id, officer, self.slot(2 * n), room_id=room)
        hearing = self.timed("reservar", lambda: book_hearing(db, actor, request))
        if hearing is None:
            return
        moved = self.timed(
            "reprogramar",
            lambda: reschedule_hearing(
                db, actor, hearing.id, self.slot(2 * n + 1), reason="Lo pidió la solicitante."
            ),
        )
        hearing = moved or hearing
        with db.read() as s:
            citations = list(
                s.scalars(select(Citation.id).where(Citation.hearing_id == hearing.id))
            )
        for citation in citations:
            self.timed(
                "entrega",
                partial(
                    hearing_flow.record_citation_delivery,
                    db,
                    actor,
                    citation,
                    delivered_at=self.now(),
                    method=CitationMethod.PERSONAL,
                    delivered_by="Notificador",
                ),
            )
        self.timed(
            "iniciar",
            lambda: hearing_flow.start_hearing(
                db, actor, hearing.id, reason="Ambas partes acudieron por su cuenta."
            ),
        )
        terms = complete_terms(agreement_context(db, actor, hearing.id))
        self.timed(
            "concluir",
            lambda: hearing_flow.conclude_hearing(
                db, actor, hearing.id, Outcome.ACUERDO_TOTAL, terms=terms
            ),
        )
        acta = acta_of_hearing(db, actor, hearing.id)
        acta_id = acta.acta_id
        if acta_id is not None:
            self.timed("emitir", lambda: issue_acta(db, actor, acta_id))
        self.timed("agenda_semana", lambda: agenda(db, actor, self.office_id, TODAY, 7))
        if n % 5 == 0:
            self.timed(
                "resumen_mensual",
                lambda: monthly_summary(db, actor, Month(2026, 11), self.office_id),
            )

    def run(self, seconds: float, max_rounds: int) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and self.rounds < max_rounds:
            try:
                self.round()
            except Exception:
                self.errors.append(traceback.format_exc())
                if len(self.errors) > 5:
                    break


def desk_main(argv: list[str]) -> int:
    url, office_id, number, run_of, seconds, rounds, go, out = argv
    desk = Desk(url, int(office_id), int(number), int(run_of))
    desk.run(600, 1)  # one round untimed: imports, compiled templates, warm caches
    desk.times.clear()
    desk.refused.clear()
    desk.rounds = 1
    Path(out + ".ready").touch()
    while not Path(go).exists():  # every desk starts together
        time.sleep(0.01)
    started = time.monotonic()
    desk.run(float(seconds), int(rounds))
    elapsed = time.monotonic() - started
    desk.db.dispose()
    Path(out).write_text(
        json.dumps(
            {
                "elapsed": elapsed,
                "times": desk.times,
                "refused": desk.refused,
                "why": desk.why,
                "errors": desk.errors,
                "rounds": desk.rounds,
            }
        ),
        encoding="utf-8",
    )
    return 0


# ------------------------------------------------------------------------------ the runs
def desk_offices(url: str, count: int) -> list[int]:
    """Municipal offices with an officer and a room, as many as there are desks."""
    from sqlalchemy import select

    from conciliador.db import Database
    from conciliador.domain.enums import Role
    from conciliador.models import Room, User

    db = Database(url)
    with db.read() as s:
        staffed = set(s.scalars(select(User.office_id).where(User.role == Role.CONCILIADOR)))
        with_rooms = set(s.scalars(select(Room.office_id)))
    db.dispose()
    offices = sorted(staffed & with_rooms)
    if len(offices) < count:
        raise SystemExit(f"only {len(offices)} offices with an officer and a room: need {count}")
    return offices[:count]


def run_desks(url: str, count: int, seconds: float, rounds: int, work: Path) -> dict[str, Any]:
    offices = desk_offices(url, count)
    go = work / f"go-{count}"
    outs = [work / f"desk-{count}-{n}.json" for n in range(count)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CONCILIADOR_LOG_DIR": str(work / "log")}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.desks",
                "--desk",
                url,
                str(office),
                str(n),
                str(count),
                str(seconds),
                str(rounds),
                str(go),
                str(out),
            ],
            cwd=ROOT,
            env=env,
        )
        for n, (office, out) in enumerate(zip(offices, outs, strict=True))
    ]
    deadline = time.monotonic() + 600
    while not all(Path(f"{out}.ready").exists() for out in outs):
        if time.monotonic() > deadline or any(p.poll() not in (None, 0) for p in procs):
            break
        time.sleep(0.05)
    go.touch()
    for proc in procs:
        proc.wait(timeout=seconds + 600)
    times: dict[str, list[float]] = defaultdict(list)
    refused: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    elapsed = 0.0
    for out in outs:
        if not out.exists():
            errors.append(f"{out.name}: the desk died")
            continue
        data = json.loads(out.read_text(encoding="utf-8"))
        for name, values in data["times"].items():
            times[name] += values
        for name, value in data["refused"].items():
            refused[name] += value
        for name, why in data["why"].items():
            print(f"  refused {name}: {why}", flush=True)
        errors += data["errors"]
        elapsed = max(elapsed, data["elapsed"])
    return {
        "desks": count,
        "elapsed": elapsed,
        "times": times,
        "refused": refused,
        "errors": errors,
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


# ------------------------------------------------------------------------------ reporting
def machine_line() -> str:
    load = os.getloadavg()
    return (
        f"{os.cpu_count()} cores, load {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} "
        f"(1 / 5 / 15 min) at the start"
    )


def markdown(results: dict[str, Any]) -> str:
    lines = [
        START,
        "## Many desks on one PostgreSQL server (`python -m bench.desks`)",
        "",
        f"Machine: {results['machine']}. Data: {results['data']}. "
        f"{results['seconds']:.0f} s per run; each desk is the desk of another office, a "
        "separate process; the server runs on the same 2 cores as the desks.",
        "",
        "| desks | load at start | rounds/s | bookings/s | "
        + " | ".join(f"{op} p50/p95/p99 ms" for op in ("reservar", "concluir", "emitir"))
        + " | errors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for run in results["runs"]:
        ops = run["ops"]

        def cell(op: str, ops: dict[str, Any] = ops) -> str:
            o = ops.get(op)
            return "—" if not o else f"{o['p50']:.0f} / {o['p95']:.0f} / {o['p99']:.0f}"

        lines.append(
            f"| {run['desks']} | {run.get('load', '')} | {run['rounds_per_s']:.2f} | "
            f"{run['bookings_per_s']:.2f} | "
            f"{cell('reservar')} | {cell('concluir')} | {cell('emitir')} | {run['errors']} |"
        )
    lines += ["", "Every operation, 32 desks (or the largest run):", ""]
    last = results["runs"][-1]
    lines += [
        "| operation | count | per s | p50 ms | p95 ms | p99 ms | refused |",
        "|---|---|---|---|---|---|---|",
    ]
    for op in OPERATIONS:
        o = last["ops"].get(op)
        if o:
            lines.append(
                f"| {op} | {o['count']} | {o['per_s']:.2f} | {o['p50']:.0f} | {o['p95']:.0f} "
                f"| {o['p99']:.0f} | {o['refused']} |"
            )
    lines += [
        "",
        "Reads on the same PostgreSQL server, each beside its naive way in the same run:",
        "",
        "| figure | ms | target | naive ms | how it was taken |",
        "|---|---|---|---|---|",
    ]
    for f in results["reads"]:
        target = "" if f.target is None else f"< {f.target:,.0f}"
        naive = "" if f.naive is None else f"{f.naive:,.1f} ({f.naive_how})"
        lines.append(f"| {f.title} | {f.value:,.1f} | {target} | {naive} | {f.detail} |")
    lines.append(END)
    return "\n".join(lines)


def rewrite(section: str, doc: Path = DOC) -> None:
    text = doc.read_text(encoding="utf-8")
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.write_text(text, encoding="utf-8")


def summarise(run: dict[str, Any]) -> dict[str, Any]:
    elapsed = max(run["elapsed"], 1e-9)
    ops = {}
    for op, values in run["times"].items():
        ms = [v * 1000 for v in values]
        ops[op] = {
            "count": len(ms),
            "per_s": len(ms) / elapsed,
            "p50": percentile(ms, 0.50),
            "p95": percentile(ms, 0.95),
            "p99": percentile(ms, 0.99),
            "refused": run["refused"].get(op, 0),
        }
    bookings = ops.get("reservar", {}).get("count", 0)
    return {
        "desks": run["desks"],
        "rounds_per_s": ops.get("registrar", {}).get("count", 0) / elapsed,
        "bookings_per_s": bookings / elapsed,
        "ops": ops,
        "errors": len(run["errors"]),
        "first_error": run["errors"][0] if run["errors"] else "",
    }


def profile(url: str, rounds: int) -> str:
    """Where one desk's time goes: ``rounds`` rounds under cProfile, in this process (the
    server's own work shows as time waiting on the socket)."""
    import cProfile
    import io
    import pstats

    desk = Desk(url, desk_offices(url, 1)[0], 99, 99)
    desk.run(600, 1)
    profiler = cProfile.Profile()
    profiler.enable()
    desk.run(600, rounds + 1)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
    desk.db.dispose()
    return out.getvalue()


def run(
    *,
    cases: int,
    months: int,
    seconds: float,
    counts: tuple[int, ...],
    profile_rounds: int = 0,
    million: bool = False,
) -> dict[str, Any]:
    """``million``: the cached PostgreSQL copy of the million-hearing database
    (bench/pgdata.py); otherwise ``cases`` generated into a fresh server (the quick mode)."""
    from bench import pgreads

    results: dict[str, Any] = {"machine": machine_line(), "seconds": seconds, "runs": []}
    work = Path(tempfile.mkdtemp(prefix="conciliador-desks-"))
    try:
        with _server(million) as url:
            if million:
                results["data"] = _describe(url)
            else:
                print(f"Loading {cases:,} cases into PostgreSQL …", flush=True)
                loaded = load(url, cases, months)
                results["data"] = (
                    f"{loaded['cases']:,.0f} cases, {loaded['hearings']:,.0f} hearings, "
                    f"{loaded['persons']:,.0f} people, {loaded['offices']:.0f} offices "
                    f"(loaded in {loaded['seconds']:.0f} s)"
                )
            print(results["data"], flush=True)
            print("Reads on PostgreSQL (each beside its naive way) …", flush=True)
            results["reads"] = pgreads.figures(url, Desk.now())
            if profile_rounds:
                results["profile"] = profile(url, profile_rounds)
                print(results["profile"], flush=True)
            for count in counts:
                load_at_start = pgreads.uptime()
                print(f"{count} desk(s) for {seconds:.0f} s ({load_at_start}) …", flush=True)
                found = summarise(run_desks(url, count, seconds, 400, work))
                found["load"] = load_at_start
                results["runs"].append(found)
                print(
                    f"  {found['rounds_per_s']:.2f} rounds/s, {found['bookings_per_s']:.2f} "
                    f"bookings/s, errors {found['errors']}",
                    flush=True,
                )
                if found["first_error"]:
                    print(found["first_error"], file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


@contextlib.contextmanager
def _server(million: bool) -> Iterator[str]:
    if million:
        from bench.pgdata import million_hearings_pg

        with million_hearings_pg() as url:
            yield url
    else:
        with postgres_server() as url:
            yield url


def _describe(url: str) -> str:
    from sqlalchemy import func, select

    from conciliador.db import Database
    from conciliador.models import Case, Hearing, Office, Person

    db = Database(url)
    with db.read() as s:
        counts = [s.scalar(select(func.count()).select_from(t)) or 0 for t in (
            Case, Hearing, Person, Office)]  # fmt: skip
    db.dispose()
    return (
        f"the million-hearing database copied into PostgreSQL (bench/pgdata.py): "
        f"{counts[0]:,} cases, {counts[1]:,} hearings, {counts[2]:,} people, {counts[3]} offices"
    )


def figures(context: object) -> list[Any]:
    """``make bench``'s entry: the runs above at the default size, their own doc section."""
    from bench.figures import Figure

    results = run(cases=0, months=0, seconds=20, counts=DESK_COUNTS, million=True)
    rewrite(markdown(results))
    one, most = results["runs"][0], results["runs"][-1]
    ratio = most["bookings_per_s"] / max(one["bookings_per_s"], 1e-9)
    return [
        Figure(
            "desks_booking_p95",
            f"{most['desks']} desks: booking p95",
            "ms",
            most["ops"]["reservar"]["p95"],
            50,
            None,
            "",
            "bench/desks.py",
        ),
        Figure(
            "desks_conclude_p95",
            f"{most['desks']} desks: concluding p95",
            "ms",
            most["ops"]["concluir"]["p95"],
            150,
            None,
            "",
            "bench/desks.py",
        ),
        Figure(
            "desks_scaling",
            f"{most['desks']} desks: bookings/s over one desk's",
            "×",
            ratio,
            8.0,
            None,
            "",
            f"{most['bookings_per_s']:.2f} bookings/s with {most['desks']} desks, "
            f"{one['bookings_per_s']:.2f} with one",
            higher=True,
        ),
        *results["reads"],
    ]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--desk"]:
        return desk_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m bench.desks", description=__doc__)
    parser.add_argument(
        "--million",
        action="store_true",
        help="the million-hearing database (PostgreSQL copy, cached; make bench's mode)",
    )
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--desks", default=",".join(map(str, DESK_COUNTS)))
    parser.add_argument("--no-doc", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="ROUNDS", help="profile one desk's rounds"
    )
    args = parser.parse_args(argv)
    counts = tuple(int(n) for n in args.desks.split(","))
    results = run(
        cases=args.cases,
        months=args.months,
        seconds=args.seconds,
        counts=counts,
        profile_rounds=args.profile,
        million=args.million,
    )
    section = markdown(results)
    print(section)
    if args.json:
        raw = {**results, "reads": [f.as_dict() for f in results["reads"]]}
        args.json.write_text(json.dumps(raw, indent=1), encoding="utf-8")
    if not args.no_doc:
        rewrite(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
