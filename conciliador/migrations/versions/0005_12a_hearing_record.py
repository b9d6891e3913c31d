"""hearings: the hearing's own record (real start and end, and why it started early)

The acta's date and times came from the booked slot; a hearing held on another day, or
started late, printed times that did not happen. Hearings held before this revision have no
record: their actas cannot be issued until the officer records the real times (with a reason).

Revision ID: 0005_12a_hearing_record
Revises: 0004_person_key_index
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_12a_hearing_record"
down_revision: str | None = "0004_person_key_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("started_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("concluded_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("start_reason", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.drop_column("start_reason")
        batch_op.drop_column("concluded_at")
        batch_op.drop_column("started_at")
