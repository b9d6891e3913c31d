"""Alembic environment: runs on the connection that ``Database.upgrade()`` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool

from conciliador.models import Base

config = context.config
target_metadata = Base.metadata


def _include_object(
    obj: object, name: str | None, kind: str, reflected: bool, other: object
) -> bool:
    """Leave the person search index (FTS5 tables of 0003_person_search, the GIN index of word
    prefixes of 0011_s19_person_word_prefixes) out of autogenerate's comparison: it lives in
    migrations only, not in the models."""
    return not (name or "").startswith(("person_search", "ix_persons_search_words"))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include_object,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic` command line, for developers writing migrations
    engine = engine_from_config(
        config.get_section(config.config_ini_section) or {},
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.begin() as conn:
        _run(conn)
