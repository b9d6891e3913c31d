"""Migration 0009_19_audit_chains on an existing database: its one hash chain becomes chain 0
and still verifies; each office's new events start a chain of their own beside it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, select, text

from conciliador import migrations
from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import AuditEvent
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.audit import GENESIS, content_hash
from conciliador.services.audit_chain import check_chain

_OLD = ("at", "user_id", "actor", "office_id", "action", "entity", "entity_id", "before",
        "after", "reason", "prev_hash")  # fmt: skip


def test_an_existing_single_chain_trail_upgrades_and_still_verifies(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    columns = AuditEvent.__table__.c
    old_events = sa.table(
        "audit_events", *[sa.column(n, columns[n].type) for n in ("id", *_OLD, "hash")]
    )
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_16_followup")
        conn.execute(
            text(
                "INSERT INTO offices (id, uid, code, name, level, address, phone, country,"
                " timezone, profile_code, active, created_at, department, municipality,"
                " name_article) VALUES (1, '0190a6a0-0000-7000-8000-000000000001', 'X1',"
                " 'Delegación', 'municipal', '', '', 'NI', 'America/Managua', 'NI', 1,"
                " '2026-01-01 00:00:00', '', '', 'la')"
            )
        )
        previous = GENESIS
        for n in range(1, 5):  # the old way: one chain for the whole database
            values = {
                "at": dt.datetime(2026, 1, 1, 9, n, tzinfo=dt.UTC),
                "user_id": None,
                "actor": "antes",
                "office_id": 1 if n % 2 else None,
                "action": "registrar",
                "entity": "caso",
                "entity_id": str(n),
                "before": None,
                "after": {"n": n},
                "reason": "",
                "prev_hash": previous,
            }
            previous = content_hash({**values, "chain": 0})
            conn.execute(sa.insert(old_events).values(id=n, hash=previous, **values))
    engine.dispose()

    db = Database(url)
    db.upgrade()
    with db.read() as s:
        report = check_chain(s)
        assert report.ok, report.problems
        assert report.events == 4 and set(report.heads) == {0}
    with db.write() as s:
        audit.record(s, Actor.command_line("después"), AuditAction.CREAR, "caso", "5", office_id=1)
    with db.read() as s:
        report = check_chain(s)
        assert report.ok, report.problems
        assert report.heads[1].event_id == 5 and report.heads[0].event_id == 4
        assert s.scalar(select(AuditEvent.prev_hash).where(AuditEvent.id == 5)) == GENESIS
    db.dispose()
