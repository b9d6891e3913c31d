"""PostgreSQL person search: an index of word prefixes instead of trigrams

Only PostgreSQL changes (SQLite keeps its FTS5 table of 0003_person_search). The trigram
index on ``' ' || search_key`` is replaced by a GIN index on ``person_search_words(search_key)``:
a ``tsvector`` holding every word of the key and the first 1 to 6 characters of each word
(«ana gabriela» → a, an, ana, g, ga, gab, gabr, gabri, gabrie, gabriela). A typed word is
then one exact lexeme of the index (its first six characters), whatever its length, so a
keystroke never reads the posting lists of every word sharing a short prefix, and GIN
intersects the typed words' lists by skipping through the longer ones. Why not a trigram index:
a short word («lo», «lop») has one or two trigrams that cut little, so PostgreSQL walked the
primary key instead and read 400,000 people for «maria lop» (docs/benchmarks.md).

A lexeme is limited to 2 kB; the services keep names and ID numbers far shorter. The function
is a plain SQL expression, so PostgreSQL inlines it (building the index takes half the time of
a function it must call row by row).

Built on the existing rows by ``CREATE INDEX`` (about a minute per million people on a
2-core machine). The pg_trgm extension is left installed: other databases on the server may
use it, and dropping it needs privileges.

Revision ID: 0011_s19_person_word_prefixes
Revises: 0011_a16_followup_indexes
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011_s19_person_word_prefixes"
down_revision: str | None = "0011_a16_followup_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Longest prefix kept as a lexeme; services/person_search.py cuts typed words to it.
PREFIX_MAX = 6

_PREFIXES = "\n    || ".join(
    f"string_to_array(regexp_replace(key, '([^ ]{{1,{n}}})[^ ]*', '\\1', 'g'), ' ')"
    for n in range(1, PREFIX_MAX + 1)
)
_FUNCTION = f"""
CREATE FUNCTION person_search_words(key text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array_remove(
    string_to_array(key, ' ')
    || {_PREFIXES}, ''))
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_persons_search_words")
    op.execute(_FUNCTION)
    op.execute(
        "CREATE INDEX ix_persons_search_words ON persons "
        "USING gin (person_search_words(search_key))"
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_persons_search_words")
    op.execute("DROP FUNCTION IF EXISTS person_search_words(text)")
    has_trgm = bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar()
    if has_trgm:
        op.execute(
            "CREATE INDEX ix_persons_search_words ON persons "
            "USING gin ((' ' || search_key) gin_trgm_ops)"
        )
