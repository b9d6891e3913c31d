"""persons: drop the b-tree index on search_key, which no query uses

The person search reads the word index of 0003_person_search (SQLite FTS5, PostgreSQL
pg_trgm); a b-tree over the whole "names id-number" text served no lookup, cost every new
person an extra index write, and took about 3 s of the million-hearing database's build.

Revision ID: 0004_person_key_index
Revises: 0003_actas
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004_person_key_index"
down_revision: str | None = "0003_actas"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_persons_search_key", table_name="persons")


def downgrade() -> None:
    op.create_index("ix_persons_search_key", "persons", ["search_key"], unique=False)
