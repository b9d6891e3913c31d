"""Benchmark: the early alerts and recording a payment (acompañamiento, issue 16).

In ``make bench`` (``python -m bench followup``): ``run`` copies the million-hearing database
once into the cache, signs in bulk the total agreements with child support of its last two
years (``derive_followed``: the bulk generator signs none), then ``measure`` times

- the alerts of the municipal office that follows the most agreements (target < 100 ms);
- the alerts of its department, the office and every office below it (target < 500 ms);
- each beside the naive run: nothing kept between calls (every acta's clauses parsed and every
  plan and schedule computed again);
- recording one payment and recomputing that family's balance (target < 20 ms).

Alone, ``python -m bench.followup [--cases N] [--families F] [--repeat R]`` builds a
demonstration database in a temporary folder and signs ``--families`` agreements through the
real services (LibreOffice seals each acta) before timing the same things.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update

from bench.context import Context
from bench.data import cache_dir, schema_key
from bench.figures import Figure
from conciliador.db import Database
from conciliador.demo import DemoSpec, generate_demo
from conciliador.demo.followup import add_follow_up
from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.enums import OfficeLevel
from conciliador.models import Case, Office
from conciliador.models.base import new_uid
from conciliador.services.actor import Actor
from conciliador.services.followup import obligations as followup_obligations
from conciliador.services.followup.alerts import list_alerts
from conciliador.services.followup.ledger import PaymentInput, record_payment
from conciliador.services.followup.schedules import store_schedules

TODAY = dt.date(2027, 3, 10)
ZONE = ZoneInfo("America/Managua")
SYSTEM = Actor.command_line("bench")


def _times_ms(run: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        run()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _line(label: str, times: list[float], target: float) -> str:
    median = statistics.median(times)
    verdict = "ok" if median < target else "MISS"
    return f"{label:<48} median {median:8.2f} ms   (target < {target:g} ms: {verdict})"


def _cached_million() -> Path:
    """The newest million-hearing database in the cache built at a migration of this checkout
    (a new build takes half an hour; the signed copy is upgraded to the newest migration)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from bench.data import MILLION
    from conciliador import migrations

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    known = {r.revision for r in ScriptDirectory.from_config(config).walk_revisions()}

    def ours(path: Path) -> bool:
        # audiencias-1m-<revision>[-m<migrations>]-g<generator>-p<params>.sqlite: a revision
        # of another branch's migrations cannot be upgraded here.
        revision = path.name.removeprefix(f"{MILLION.name}-").rsplit("-g", 1)[0]
        return "-seguimiento-" not in path.name and revision.split("-m")[0] in known

    found = [p for p in cache_dir().glob(f"{MILLION.name}-*.sqlite") if ours(p)]
    if not found:
        raise SystemExit("no million-hearing database in the cache: run make bench first")
    return max(found, key=lambda p: p.stat().st_mtime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.followup", description=__doc__)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--families", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--million",
        action="store_true",
        help="make bench's figures: the million-hearing database's signed copy, both engines",
    )
    parser.add_argument("--quick", action="store_true", help="with --million: fewer runs")
    parser.add_argument(
        "--database",
        type=Path,
        help="with --million: this million-hearing SQLite file (default: the newest cached one, "
        "whatever migration it was built at; make bench builds one at the newest)",
    )
    parser.add_argument(
        "--engine", choices=("sqlite", "pg", "both"), default="both", help="with --million"
    )
    args = parser.parse_args(argv)
    if args.million:
        from bench.machine import describe
        from bench.report import table

        engines = ("sqlite", "pg") if args.engine == "both" else (args.engine,)
        database = args.database or _cached_million()
        print(f"Database: {database}")
        context = Context(database, None)
        print(_load())
        print(table(run(context, quick=args.quick, engines=engines), describe()))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-followup-") as folder:
        db = Database(f"sqlite:///{Path(folder) / 'demo.sqlite'}")
        db.upgrade()
        start = time.perf_counter()
        generate_demo(
            db,
            SYSTEM,
            DemoSpec(cases=args.cases, months=12, seed=16, password="bench-2026!", today=TODAY),
        )
        built = time.perf_counter() - start
        now = dt.datetime.combine(TODAY, dt.time(12), tzinfo=ZONE)
        start = time.perf_counter()
        made = add_follow_up(db, SYSTEM, families=args.families, now=now)
        signed = time.perf_counter() - start
        with db.read() as session:
            busiest = session.execute(
                select(Case.office_id, func.count())
                .join(Office, Office.id == Case.office_id)
                .where(Office.level == OfficeLevel.MUNICIPAL)
                .group_by(Case.office_id)
                .order_by(func.count().desc())
            ).first()
            assert busiest is not None
            office = session.get(Office, busiest[0])
            assert office is not None
            department = office.parent_id
            while department is not None:
                parent = session.get(Office, department)
                assert parent is not None
                if parent.level == OfficeLevel.DEPARTAMENTAL:
                    break
                department = parent.parent_id
            cases_total = session.scalar(select(func.count()).select_from(Case))
        print(
            f"Demo database: {cases_total:,} cases in {built:.1f} s; {made.signed} agreements "
            f"signed with {made.payments} payments in {signed:.1f} s."
        )
        one = _times_ms(
            lambda: list_alerts(db, SYSTEM, office_id=office.id, as_of=TODAY), args.repeat
        )
        alerts = list_alerts(db, SYSTEM, office_id=office.id, as_of=TODAY)
        print(_line(f"alerts of office {office.code} ({len(alerts)} alerts)", one, 100))
        if department is not None:
            dep = _times_ms(
                lambda: list_alerts(db, SYSTEM, office_id=department, as_of=TODAY), args.repeat
            )
            print(_line("alerts of its department", dep, 500))
        case_id = next(iter(made.families.get("sin_pagar", []) or [None]), None)
        if case_id is not None:
            receipts = iter(range(1, 10_000))

            def pay() -> object:
                return record_payment(
                    db,
                    SYSTEM,
                    case_id,
                    PaymentInput(
                        TODAY,
                        Decimal("1.00"),
                        PaymentMethod.EFECTIVO_OFICINA,
                        "banco de pruebas",
                        receipt=f"B-{next(receipts)}",
                    ),
                    now=now,
                )

            print(_line("one payment + balance recomputed", _times_ms(pay, args.repeat), 20))
        db.dispose()
    return 0


# ------------------------------------------------------------------------------ make bench
#: The data's day (bench/data.py: requests end on 23 November 2026), 10:30 office time.
BENCH_DAY = dt.date(2026, 11, 23)
#: Agreements signed in the last two years of the big database are followed.
FOLLOWED_MONTHS = 24


def derive_followed(source: Path, target: Path, *, families: int, today: dt.date) -> int:
    """Copy ``source`` to ``target`` and sign, in bulk, the acta of up to ``families`` total
    agreements with child support from the last two years (the bulk generator signs none),
    with payment histories of three kinds: every month paid (one in three), paid until three
    months ago (one in three), never paid. Rows only, as the generator writes them: no PDF,
    no audit events (the alerts read neither). Returns the families signed."""
    import sqlite3

    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    db = Database(f"sqlite:///{target}")
    try:
        db.upgrade()  # a source built at an earlier revision gets the schedules' tables
        return sign_followed(db, families=families, today=today)
    finally:
        db.dispose()


def sign_followed(db: Database, *, families: int, today: dt.date) -> int:
    """``derive_followed``'s signing, on any database (SQLite or PostgreSQL)."""
    from conciliador.domain.actas import ActaStatus
    from conciliador.domain.enums import Outcome
    from conciliador.domain.obligations import add_months
    from conciliador.models import Acta, Agreement, Hearing, SupportPayment

    since = dt.datetime.combine(add_months(today, -FOLLOWED_MONTHS), dt.time(0), ZONE)
    until = dt.datetime.combine(today, dt.time(0), ZONE)
    with db.write() as session:
        rows = session.execute(
            select(
                Agreement.id,
                Agreement.case_id,
                Agreement.hearing_id,
                Agreement.clauses,
                Agreement.monthly_support,
                Agreement.currency,
                Hearing.office_id,
                Hearing.ends_at,
            )
            .join(Hearing, Hearing.id == Agreement.hearing_id)
            .where(
                Agreement.outcome == Outcome.ACUERDO_TOTAL,
                Agreement.monthly_support.is_not(None),
                Hearing.ends_at >= since,
                Hearing.ends_at < until,
            )
            .order_by(Agreement.id)
            .limit(families)
        ).all()
        actas, payments = [], []
        for n, row in enumerate(rows):
            signed = row.ends_at + dt.timedelta(minutes=30)
            uid = new_uid()
            actas.append(
                {
                    "uid": uid,
                    "office_id": row.office_id,
                    "case_id": row.case_id,
                    "agreement_id": row.id,
                    "hearing_id": row.hearing_id,
                    "outcome": Outcome.ACUERDO_TOTAL,
                    "status": ActaStatus.FIRMADA,
                    "year": signed.astimezone(ZONE).year,
                    "number": 500_000 + n,
                    "replacement_reason": "",
                    "issued_at": signed,
                    "signed_at": signed,
                    "sealed_sha256": f"{n:064x}",
                    "digitally_signed": False,
                    "terms": row.clauses,
                    "created_at": signed,
                    "version": 1,
                }
            )
            kind = n % 3
            if kind == 2:
                continue
            stop = add_months(today, -3) if kind == 1 else today
            day = add_months(signed.astimezone(ZONE).date().replace(day=1), 1)
            while day <= stop:
                payments.append(
                    {
                        "uid": new_uid(),
                        "case_id": row.case_id,
                        "office_id": row.office_id,
                        "paid_on": day,
                        "amount": row.monthly_support,
                        "currency": row.currency or "NIO",
                        "method": PaymentMethod.EFECTIVO_OFICINA,
                        "receipt": "",
                        "reported_by": "banco de pruebas",
                        "notes": "",
                        "recorded_at": dt.datetime.combine(day, dt.time(12), ZONE),
                    }
                )
                day = add_months(day, 1)
        if actas:
            session.execute(Acta.__table__.insert(), actas)
        if payments:
            session.execute(SupportPayment.__table__.insert(), payments)
    with db.write() as session:
        # As the signature does: each family's schedule written once.
        store_schedules(session, today=today)
    return len(rows)


def followed_copy(database: Path, say: Callable[[str], None] = print) -> Path:
    """The cached copy of the big database with its agreements of the last two years signed,
    at the newest migration: made once (``derive_followed``); a copy made at an earlier
    head is copied again and upgraded (the signing is the same), and left for the checkouts
    that still use it."""
    families = 60_000
    prefix = f"{Path(database).stem}-seguimiento-"
    target = cache_dir() / f"{prefix}{schema_key()}.sqlite"
    if target.exists():
        return target
    # A copy at the same head but other migration files (a revision re-chained at a merge)
    # cannot be upgraded to this schema: only copies at an earlier head are.
    head = schema_key().split("-m")[0]
    earlier = sorted(
        (
            p
            for p in cache_dir().glob(f"{prefix}*.sqlite")
            if p.stem.removeprefix(prefix).split("-m")[0] != head
        ),
        key=lambda p: p.stat().st_mtime,
    )
    if earlier:
        import sqlite3

        say(f"  copying {earlier[-1].name} and upgrading it to {schema_key()} …")
        start = time.perf_counter()
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        with sqlite3.connect(earlier[-1]) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        db = Database(f"sqlite:///{partial}")
        try:
            db.upgrade()
        finally:
            db.dispose()
        os.replace(partial, target)
        say(f"  upgraded in {time.perf_counter() - start:.0f} s")
        return target
    say(f"  signing up to {families:,} agreements on a copy of the database …")
    start = time.perf_counter()
    signed = derive_followed(Path(database), target, families=families, today=BENCH_DAY)
    say(f"  {signed:,} agreements signed in {time.perf_counter() - start:.0f} s")
    return target


def run(
    context: Context, *, quick: bool = False, engines: tuple[str, ...] = ("sqlite", "pg")
) -> list[Figure]:
    """``make bench``: the alerts of one municipal office and of its department, and one
    payment with the balance recomputed, on a copy of the million-hearing database whose
    agreements of the last two years were signed (``derive_followed``), on SQLite and on the
    PostgreSQL copy of the same database (``bench/pgdata.py``) with the same rows signed.
    ``quick``: fewer repetitions, and not the national summary."""
    target = followed_copy(context.database, context.say)
    out: list[Figure] = []
    if "sqlite" in engines:
        out += measure(
            Database(f"sqlite:///{target}"),
            BENCH_DAY,
            context.say,
            repeat=3 if quick else 9,
            summary=not quick,
        )
    if "pg" in engines:
        out += measure_pg(Path(context.database), target, context.say, quick=quick)
    return out


#: What ``derive_followed`` wrote (and the benchmark's own payments), copied to PostgreSQL.
FOLLOWED_TABLES = ("actas", "support_payments", "obligation_schedules", "scheduled_instalments")


def copy_followed_to_pg(sqlite_file: Path, url: str, say: Callable[[str], None]) -> None:
    """Put the followed families of the SQLite copy (its signed actas, payments and stored
    schedules) into a PostgreSQL clone of the same big database (the same ids: both were
    copied from one SQLite file), streamed with COPY, then VACUUM ANALYZE those tables as
    autovacuum would."""
    import subprocess

    import psycopg
    from sqlalchemy.engine import make_url

    from bench.pgdata import copy_columns
    from conciliador.models import Base

    address = make_url(url)
    start = time.perf_counter()
    rows = 0
    with psycopg.connect(
        host=address.host, port=address.port, user=address.username, dbname=address.database,
        autocommit=True,
    ) as conn:  # fmt: skip
        conn.execute("SET TIME ZONE 'UTC'")
        conn.execute("SET session_replication_role = replica")  # the SQLite copy checked them
        for name in FOLLOWED_TABLES:
            table = Base.metadata.tables[name]
            names, selects = copy_columns(table)
            conn.execute(f'TRUNCATE "{name}" CASCADE')
            with conn.cursor() as cursor, subprocess.Popen(
                ["sqlite3", "-csv", "-nullvalue", "\\N", str(sqlite_file),
                 f'SELECT {", ".join(selects)} FROM "{name}"'],
                stdout=subprocess.PIPE,
            ) as reader, cursor.copy(
                f"COPY \"{name}\" ({', '.join(names)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"
            ) as copy:  # fmt: skip
                assert reader.stdout is not None
                while chunk := reader.stdout.read(1 << 20):
                    copy.write(chunk)
            if reader.returncode != 0:
                raise RuntimeError(f"reading {name} from {sqlite_file}")
            for column in table.primary_key.columns:
                if column.autoincrement is not False and column.type.python_type is int:
                    conn.execute(
                        f"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column.name}'), "
                        f'coalesce(max("{column.name}"), 0) + 1, false) FROM "{name}" '
                        f"WHERE pg_get_serial_sequence('\"{name}\"', '{column.name}') IS NOT NULL"
                    )
            count = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            rows += int(count[0]) if count else 0
        conn.execute("SET session_replication_role = origin")
        for name in FOLLOWED_TABLES:
            conn.execute(f'VACUUM (ANALYZE) "{name}"')
    say(f"  PostgreSQL: {rows:,} rows of the followed families copied in "
        f"{time.perf_counter() - start:.0f} s")  # fmt: skip


@contextmanager
def _pg_clone(database: Path) -> Iterator[str]:
    """``bench.pgdata.million_hearings_pg`` for this SQLite file (whatever migration it was
    built at: the clone is upgraded): a server on its cached PostgreSQL copy, and a
    throw-away clone of it."""
    from bench.pgdata import TEMPLATE, Cluster, cached_pg_copy

    cluster = Cluster(cached_pg_copy(database) / "data")
    with cluster.running():
        name = f"followup{os.getpid()}"
        cluster.psql("postgres", f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE} STRATEGY FILE_COPY')
        try:
            yield cluster.url(name)
        finally:
            cluster.psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def measure_pg(
    database: Path, sqlite_file: Path, say: Callable[[str], None], *, quick: bool = False
) -> list[Figure]:
    """The same figures on the PostgreSQL copy of the big ``database`` (a throw-away clone of
    the cached cluster, ``bench/pgdata.py``), with the followed families of ``sqlite_file``."""
    with _pg_clone(database) as url:
        db = Database(url)
        try:
            db.upgrade()
            copy_followed_to_pg(sqlite_file, url, say)
            return measure(db, BENCH_DAY, say, repeat=3 if quick else 9, summary=False, engine="pg")
        finally:
            db.dispose()


@contextmanager
def schedules_set_aside(db: Database) -> Iterator[None]:
    """The naive way: every family's stored schedule set aside (its rules marked as other
    than the profile's), so the readers compute each schedule from the actas' terms, as they
    did before the schedules were stored; put back afterwards."""
    from conciliador.models import ObligationSchedule

    with db.write() as session:
        session.execute(
            update(ObligationSchedule).values(rules="aparte:" + ObligationSchedule.rules)
        )
    try:
        yield
    finally:
        with db.write() as session:
            session.execute(
                update(ObligationSchedule)
                .where(ObligationSchedule.rules.startswith("aparte:"))
                .values(rules=func.substr(ObligationSchedule.rules, len("aparte:") + 1))
            )
        if not db.is_sqlite:
            # The two updates left a dead version of every schedule row behind; until
            # autovacuum came by (it would, within a minute), the next figures' index scans
            # of the schedules visited them: the department's alerts measured 327 ms where
            # the same call takes 132 ms once they are gone. A desk's database does not
            # rewrite every schedule between two reads.
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql('VACUUM (ANALYZE) "obligation_schedules"')


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.1f} / {five:.1f} / {fifteen:.1f}"


def measure(
    db: Database,
    today: dt.date,
    say: Callable[[str], None],
    repeat: int = 9,
    *,
    summary: bool = True,
    engine: str = "sqlite",
) -> list[Figure]:
    """Time the alerts of the municipal office that follows most agreements and of its
    department, the national monthly summary with its compliance figures (``summary``), and
    one payment with the balance recomputed, each beside the naive way (every schedule
    computed from the actas' terms on each call, nothing kept between calls). ``engine``
    "pg": the figures' keys and titles say PostgreSQL."""
    from conciliador.models import Acta, ObligationSchedule, ScheduledInstalment, SupportPayment
    from conciliador.services.reports.periods import Month
    from conciliador.services.reports.summary import monthly_summary

    with db.read() as session:
        busiest = session.execute(
            select(Acta.office_id, func.count())
            .join(Office, Office.id == Acta.office_id)
            .where(Office.level == OfficeLevel.MUNICIPAL)
            .group_by(Acta.office_id)
            .order_by(func.count().desc())
        ).first()
        assert busiest is not None, "no signed agreement to follow"
        office = session.get(Office, busiest[0])
        assert office is not None
        department = office.parent_id
        national = session.scalar(select(Office.id).where(Office.parent_id.is_(None)))
        followed_total = session.scalar(select(func.count()).select_from(Acta)) or 0
        stored_total = session.scalar(select(func.count()).select_from(ObligationSchedule)) or 0
        instalments = session.scalar(select(func.count()).select_from(ScheduledInstalment)) or 0
        case_id = session.scalar(
            select(Acta.case_id).where(Acta.office_id == office.id).order_by(Acta.id).limit(1)
        )
        payments_before = session.scalar(
            select(func.count())
            .select_from(SupportPayment)
            .where(SupportPayment.case_id == case_id)
        )
    now = dt.datetime.combine(today, dt.time(10, 30), ZONE)
    month = Month(today.year, today.month).previous

    def alerts(office_id: int | None) -> Callable[[], object]:
        return lambda: list_alerts(db, SYSTEM, office_id=office_id, as_of=today)

    def cold(run: Callable[[], object]) -> Callable[[], object]:
        def once() -> object:
            followup_obligations.forget_computed()
            return run()

        return once

    def national_summary() -> object:
        return monthly_summary(db, SYSTEM, month, national, now=now)

    pg = engine == "pg"
    key_prefix = "pg_" if pg else ""
    title_prefix = "PostgreSQL: " if pg else ""

    out: list[Figure] = []
    found = list_alerts(db, SYSTEM, office_id=office.id, as_of=today)
    cases: list[tuple[str, str, Callable[[], object], float | None, int]] = [
        (
            "alerts_office",
            f"Early alerts of one office ({office.code})",
            alerts(office.id),
            100.0,
            repeat,
        ),
        ("alerts_department", "Early alerts of its department", alerts(department), 500.0, repeat),
    ]
    if summary:
        cases.append(
            (
                "summary_followed",
                f"Monthly summary, national, with compliance ({month.year}-{month.month:02d})",
                national_summary,
                None,
                3,
            )
        )
    for key, title, run, target, runs in cases:
        key, title = key_prefix + key, title_prefix + title
        load = _load()
        times = _times_ms(run, runs, warmup=1)
        with schedules_set_aside(db):
            naive = _times_ms(cold(run), max(1, runs // 3), warmup=0)
        same = ""
        if "alerts" in key:
            stored = run()
            with schedules_set_aside(db):
                alike = cold(run)() == stored
            # Compared outside the timings: the stored and the computed way must agree.
            same = "; same alerts both ways" if alike else "; ALERTS DIFFER FROM THE NAIVE WAY"
        out.append(
            Figure(
                key=key,
                title=title,
                unit="ms",
                value=statistics.median(times),
                target=target,
                naive=statistics.median(naive),
                naive_how="every schedule computed in Python from the actas' terms on each "
                "call (stored schedules set aside, nothing kept between calls)",
                detail=f"median of {runs}; {followed_total:,} agreements followed "
                f"({stored_total:,} stored schedules, {instalments:,} instalments); "
                f"{office.code}: {len(found)} alerts; {load} at the start{same}",
            )
        )
        median, naive_median = statistics.median(times), statistics.median(naive)
        say(f"  {title}: {median:.1f} ms (naive {naive_median:.1f}); {load}{same}")
    receipts = iter(range(1, 100_000))
    run_tag = new_uid()[-8:]  # the copy is kept between runs: receipts must stay unique
    assert case_id is not None

    def pay() -> object:
        return record_payment(
            db,
            SYSTEM,
            case_id,
            PaymentInput(
                today,
                Decimal("1.00"),
                PaymentMethod.EFECTIVO_OFICINA,
                "banco de pruebas",
                receipt=f"B-{run_tag}-{next(receipts)}",
            ),
            now=now,
        )

    load = _load()
    times = _times_ms(pay, repeat, warmup=2)
    with schedules_set_aside(db):
        naive = _times_ms(cold(pay), max(3, repeat // 3), warmup=0)
    # What the audit trail's anchor costs of it (issue 19: after each audited commit, the
    # latest anchor file is checked, signed and written with fsync): the same without it.
    from sqlalchemy import event as sa_event
    from sqlalchemy.orm import Session

    from conciliador.services import audit

    sa_event.remove(Session, "after_commit", audit._anchor_after_commit)
    try:
        bare = _times_ms(pay, repeat, warmup=1)
    finally:
        sa_event.listen(Session, "after_commit", audit._anchor_after_commit)
    out.append(
        Figure(
            key=key_prefix + "payment",
            title=title_prefix + "One payment recorded + the balance recomputed",
            unit="ms",
            value=statistics.median(times),
            target=20.0,
            naive=statistics.median(naive),
            naive_how="the account computed from the actas' terms (stored schedule set aside)",
            detail=f"median of {repeat} (record_payment, audited, returns the account; the "
            f"family had {payments_before} payments before the run); "
            f"without moving the audit anchor after the commit {statistics.median(bare):.1f} ms; "
            f"{load} at the start",
        )
    )
    say(
        f"  {title_prefix}payment: {statistics.median(times):.1f} ms "
        f"(naive {statistics.median(naive):.1f}, "
        f"without the anchor {statistics.median(bare):.1f}); {load}"
    )
    return out


if __name__ == "__main__":
    sys.exit(main())
