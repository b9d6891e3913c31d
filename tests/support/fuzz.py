"""Hostile input for hypothesis: texts a person (or a broken file) could send, and a way to
tell that a refused save wrote nothing."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.models import Base

#: Characters that break storage or display: NUL (PostgreSQL refuses it), lone surrogates,
#: controls, bidirectional overrides, a combining mark, an emoji, a quote and SQL's wildcards.
NASTY = ["\x00", "\ud800", "\udfff", "\x1b", "\u202e", "\u0301", "🙂", "'", '"', "%", "_", "\\"]

hostile_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from(NASTY) | st.characters(), max_size=30),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(max_size=10)),
    st.sampled_from(["", " ", "\n", "María José", "x" * 300, "y" * 21_000]),
)


def fuzz_settings(engine_is_sqlite: bool, sqlite: int, postgresql: int) -> settings:
    """Settings of a fuzz test: how many examples (``CONCILIADOR_FUZZ_SCALE`` multiplies them),
    no deadline (PostgreSQL round trips vary), and one database shared by all the examples on
    purpose — each one starts from what the earlier ones left."""
    scale = float(os.environ.get("CONCILIADOR_FUZZ_SCALE", "1"))
    return settings(
        max_examples=max(1, int((sqlite if engine_is_sqlite else postgresql) * scale)),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def fingerprint(db: Database) -> dict[str, Any]:
    """How many rows every table holds, and the newest audit event (a refused save must leave
    exactly this) — in one query."""
    tables = Base.metadata.sorted_tables
    audit = Base.metadata.tables["audit_events"]
    columns = [select(func.count()).select_from(t).scalar_subquery().label(t.name) for t in tables]
    columns.append(select(func.max(audit.c.id)).scalar_subquery().label("_last_event"))
    with db.read() as s:
        row = s.execute(select(*columns)).one()
    return dict(row._mapping)
