"""The migrations build exactly the schema the models describe, on both engines: a model
changed without its migration (or the other way round) fails here, not in an office."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from conciliador.db import Database
from conciliador.models import Base

#: Built by migrations on purpose and unknown to the models: the person search's word index
#: (SQLite FTS5 tables, PostgreSQL GIN index of word prefixes; see migrations 0003_person_search
#: and 0011_s19_person_word_prefixes).
SEARCH_INDEX = ("person_search", "ix_persons_search_words")


def _named(diff: Any) -> str:
    kind, item = diff[0], diff[1]
    return f"{kind} {getattr(item, 'name', item)}"


def test_the_migrated_database_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
    unexpected = [
        _named(d) for d in flat if not _named(d).split(" ", 1)[1].startswith(SEARCH_INDEX)
    ]
    assert unexpected == []
