"""person search index (search as you type at a million people)

SQLite: an FTS5 table over ``persons.search_key`` (external content, kept in step by
triggers, so bulk inserts from the demo generator and the importer are indexed too).
PostgreSQL: a pg_trgm GIN index on ``' ' || search_key``; where the extension cannot be
created (no privilege) the search still works, unindexed.

Note for later migrations: a batch ("move and copy") migration of ``persons`` on SQLite drops
the triggers below with the old table; recreate them (see ``_SQLITE_TRIGGERS``).

Revision ID: 0003_person_search
Revises: 0002_reports
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003_person_search"
down_revision: str | None = "0002_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE person_search USING fts5("
    "search_key, content='persons', content_rowid='id', "
    "tokenize=\"unicode61 remove_diacritics 2 tokenchars '-'\")"
)
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER persons_search_insert AFTER INSERT ON persons BEGIN "
    "INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER persons_search_delete AFTER DELETE ON persons BEGIN "
    "INSERT INTO person_search(person_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER persons_search_update AFTER UPDATE OF search_key ON persons BEGIN "
    "INSERT INTO person_search(person_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(_SQLITE_TABLE)
        for trigger in _SQLITE_TRIGGERS:
            op.execute(trigger)
        op.execute("INSERT INTO person_search(person_search) VALUES ('rebuild')")
        return
    if bind.dialect.name == "postgresql":
        savepoint = bind.begin_nested()
        try:
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception:  # no privilege to create it: search works unindexed
            savepoint.rollback()
            return
        savepoint.commit()
        op.execute(
            "CREATE INDEX ix_persons_search_words ON persons "
            "USING gin ((' ' || search_key) gin_trgm_ops)"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("persons_search_insert", "persons_search_delete", "persons_search_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS person_search")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_persons_search_words")
