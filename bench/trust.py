"""Benchmark: the audit trail at a million events, and backups, each beside the naive way.

    python -m bench.trust            (or `make bench` once bench/__main__.py runs it)

- verifying the hash chain (``audit_chain.check_chain``: streamed in id order, constant
  memory) beside loading every event as an ORM object and checking in memory;
- the audit viewer's pages (keyset by id) beside OFFSET pagination, first page and deep;
- appending one event at a million (the chain's last hash is an index lookup);
- a verified backup (online copy, checks, archive, read back) beside a bare copy + gzip.

The database is built once (about a minute) and cached outside the repository.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench.data import schema_key
from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import OfficeLevel, Role
from conciliador.models import AuditEvent, Office, User
from conciliador.services import audit, offices
from conciliador.services.actor import Actor
from conciliador.services.audit import GENESIS, chain_of, content_hash
from conciliador.services.audit_chain import check_chain
from conciliador.services.audit_trail import AuditFilter, audit_events
from conciliador.services.backups import create_backup

EVENTS = 1_000_000
SYSTEM = Actor.command_line("bench")
SUPERVISOR_LOGIN = "supervisora.d42"
ACTIONS = (
    ("consultar", "caso", 30),
    ("programar", "audiencia", 15),
    ("entregar_citacion", "citacion", 15),
    ("crear", "caso", 10),
    ("crear", "persona", 10),
    ("iniciar", "audiencia", 8),
    ("concluir", "audiencia", 6),
    ("cerrar", "caso", 5),
    ("iniciar_sesion", "usuario", 1),
)


def _cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    path = base / "conciliador" / "bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def million_events_db() -> Path:
    """A migrated SQLite file with 100 offices, 300 users and a million events, each in its
    office's chain (as ``audit.record`` writes them), named after the schema it was built at."""
    target = _cache_dir() / f"trust-{EVENTS}-events-{schema_key()}.sqlite"
    if target.exists():
        return target
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = Database(f"sqlite:///{partial}")
    db.upgrade()
    nat = offices.create_office(
        db, SYSTEM, code="NAC", name="Sede", level=OfficeLevel.NACIONAL, profile_code="NI"
    )
    office_ids = [nat.id]
    for n in range(99):
        made = offices.create_office(
            db,
            SYSTEM,
            code=f"D{n:02d}",
            name=f"Delegación {n}",
            level=OfficeLevel.MUNICIPAL,
            profile_code="NI",
            parent_code="NAC",
        )
        office_ids.append(made.id)
    with db.write() as session:  # users without argon2 (a bench need not sign in)
        for n in range(300):
            session.add(
                User(
                    login=f"u{n}",
                    full_name=f"Persona {n}",
                    role=Role.CONCILIADOR,
                    office_id=office_ids[n % 100],
                    password_hash=None,
                )
            )
        # Whose view of the trail is one office's: the services read the role from here.
        session.add(
            User(
                login=SUPERVISOR_LOGIN,
                full_name="Supervisora de D42",
                role=Role.SUPERVISOR,
                office_id=office_ids[43],
                password_hash=None,
            )
        )
    with db.read() as session:
        next_id = (session.scalar(select(func.max(AuditEvent.id))) or 0) + 1
        # Each chain's last hash: the events below continue the chains the setup started.
        last = {
            chain: hash_
            for chain, hash_ in session.execute(
                select(AuditEvent.chain, AuditEvent.hash).where(
                    AuditEvent.id.in_(select(func.max(AuditEvent.id)).group_by(AuditEvent.chain))
                )
            )
        }
    rng = random.Random(7)
    names, weights = zip(*[((a, e), w) for a, e, w in ACTIONS], strict=True)
    start = dt.datetime(2016, 11, 1, tzinfo=dt.UTC)
    con = sqlite3.connect(partial)
    batch = []
    for i in range(EVENTS):
        action, entity = rng.choices(names, weights)[0]
        user = rng.randrange(1, 301)
        at = start + dt.timedelta(seconds=i * 300 + rng.randrange(300))
        before = {"status": "programada"} if action in ("iniciar", "concluir") else None
        after = {"status": "en_curso", "version": 2} if before else {"ok": True}
        office_id = office_ids[(user - 1) % 100]
        chain = chain_of(office_id)
        previous = last.get(chain, GENESIS)
        fields = {
            "at": at,
            "user_id": user,
            "actor": f"Persona {user - 1} (u{user - 1})",
            "office_id": office_id,
            "action": action,
            "entity": entity,
            "entity_id": str(rng.randrange(1, 800_000)),
            "before": before,
            "after": after,
            "reason": "",
            "prev_hash": previous,
            "chain": chain,
        }
        digest = content_hash(fields)
        batch.append(
            (
                next_id + i,
                at.replace(tzinfo=None).isoformat(sep=" "),
                fields["user_id"],
                fields["actor"],
                fields["office_id"],
                action,
                entity,
                fields["entity_id"],
                json.dumps(before) if before is not None else None,
                json.dumps(after),
                "",
                previous,
                digest,
                chain,
            )
        )
        last[chain] = digest
        if len(batch) == 50_000:
            _insert(con, batch)
            batch.clear()
    _insert(con, batch)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    db.dispose()
    partial.rename(target)
    return target


def _insert(con: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    con.executemany(
        "INSERT INTO audit_events (id, at, user_id, actor, office_id, action, entity, entity_id,"
        " before, after, reason, prev_hash, hash, chain) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    con.commit()


def _timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def _naive_chain(db: Database) -> int:
    """Every event as an ORM object, in memory, then the same checks, chain by chain."""
    with db.read() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        previous: dict[int, str] = {}
        broken = 0
        for e in events:
            if audit.event_hash(e) != e.hash or e.prev_hash != previous.get(e.chain, GENESIS):
                broken += 1
            previous[e.chain] = e.hash
        return broken


def _offset_page(db: Database, offset: int) -> int:
    with db.read() as session:
        return len(
            session.scalars(
                select(AuditEvent).order_by(AuditEvent.id.desc()).offset(offset).limit(200)
            ).all()
        )


def run() -> dict[str, float]:
    path = million_events_db()
    work = Path(tempfile.mkdtemp(prefix="bench-trust-"))
    copy = work / "trust.sqlite"
    shutil.copyfile(path, copy)
    db = Database(f"sqlite:///{copy}")
    results: dict[str, float] = {}
    try:
        with db.read() as session:
            total = session.query(AuditEvent).count()
            office = session.scalar(select(Office.id).where(Office.code == "D42"))
            middle = session.scalar(select(AuditEvent.id).offset(total // 2).limit(1))
            supervisor_id = session.scalar(select(User.id).where(User.login == SUPERVISOR_LOGIN))
        print(f"{total:,} eventos en la bitácora; {copy.stat().st_size / 2**20:.0f} MB")

        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        with db.read() as session:
            report = check_chain(session)
        results["verify_stream_s"] = time.perf_counter() - t0
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        assert report.ok, report.problems
        t0 = time.perf_counter()
        assert _naive_chain(db) == 0
        results["verify_naive_s"] = time.perf_counter() - t0
        rss2 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        results["verify_stream_rss_mb"] = (rss1 - rss0) / 1024
        results["verify_naive_rss_mb"] = (rss2 - rss1) / 1024

        assert supervisor_id is not None and office is not None
        supervisor = Actor(
            supervisor_id,
            SUPERVISOR_LOGIN,
            "Supervisora",
            Role.SUPERVISOR,
            office,
            frozenset({office}),
        )
        pages = {
            "page_first_all_ms": lambda: audit_events(db, SYSTEM),
            "page_first_office_ms": lambda: audit_events(db, supervisor),
            "page_deep_keyset_ms": lambda: audit_events(db, SYSTEM, before_id=middle),
            "page_deep_offset_ms": lambda: _offset_page(db, total // 2),
            "page_record_ms": lambda: audit_events(
                db, SYSTEM, AuditFilter(entity="caso", entity_id="424242")
            ),
            "page_user_month_ms": lambda: audit_events(
                db,
                SYSTEM,
                AuditFilter(
                    user_id=77, first_day=dt.date(2020, 3, 1), last_day=dt.date(2020, 3, 31)
                ),
            ),
        }
        for name, fn in pages.items():
            results[name] = statistics.median(_timed(fn, 7))

        def append() -> None:
            with db.write() as session:
                audit.record(session, SYSTEM, AuditAction.CONSULTAR, "caso", 1)

        results["append_ms"] = statistics.median(_timed(append, 50))

        out = work / "copia.tar.gz"
        t0 = time.perf_counter()
        info = create_backup(db, SYSTEM, out, documents=work / "sin-documentos")
        results["backup_verified_s"] = time.perf_counter() - t0
        results["backup_mb"] = info.bytes / 2**20
        t0 = time.perf_counter()
        with sqlite3.connect(copy) as src, sqlite3.connect(work / "bare.sqlite") as dst:
            src.backup(dst)
        with open(work / "bare.sqlite", "rb") as fin, gzip.open(work / "bare.gz", "wb") as fout:
            shutil.copyfileobj(fin, fout)
        results["backup_bare_s"] = time.perf_counter() - t0
    finally:
        db.dispose()
        shutil.rmtree(work, ignore_errors=True)
    return results


def figures(context: object = None) -> list[Any]:
    """The figures of ``make bench`` (bench/__main__.py); this one uses its own database of a
    million chained audit events, not the shared hearings file."""
    from bench.figures import Figure

    got = run()
    return [
        Figure(
            key="verify_chain",
            title="Verify the audit chain, 1M events (conciliador verify)",
            unit="s",
            value=got["verify_stream_s"],
            target=None,
            naive=got["verify_naive_s"],
            naive_how=(
                f"every event as an ORM object ({got['verify_naive_rss_mb']:,.0f} MB more memory)"
            ),
            detail=(
                f"streamed in id order, {got['verify_stream_rss_mb']:,.0f} MB more memory;"
                " SHA-256 and JSON re-encoding per event"
            ),
        ),
        Figure(
            key="audit_page",
            title="Audit viewer, a page 500,000 events back",
            unit="ms",
            value=got["page_deep_keyset_ms"],
            target=100.0,
            naive=got["page_deep_offset_ms"],
            naive_how="OFFSET 500000",
            detail=(
                f"keyset paging, median of 7; first page {got['page_first_all_ms']:.1f} ms,"
                f" one office {got['page_first_office_ms']:.1f} ms, one record"
                f" {got['page_record_ms']:.1f} ms, one person's month"
                f" {got['page_user_month_ms']:.1f} ms; appending an event"
                f" {got['append_ms']:.1f} ms"
            ),
        ),
        Figure(
            key="backup",
            title="Verified backup of the 1M-event database",
            unit="s",
            value=got["backup_verified_s"],
            target=None,
            naive=got["backup_bare_s"],
            naive_how="bare online copy + gzip, unverified",
            detail=(
                f"online copy, quick_check, schema, chain, tar.gz, read back;"
                f" {got['backup_mb']:,.0f} MB"
            ),
        ),
    ]


if __name__ == "__main__":
    figures = run()
    for key, value in figures.items():
        print(f"{key:24} {value:10.1f}")
    sys.exit(0)
