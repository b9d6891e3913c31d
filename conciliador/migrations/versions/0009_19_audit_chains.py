"""audit_events: one hash chain per office

Every event written so far stays in chain 0 (the database-wide chain, which also goes on
holding events of no office), so an existing trail verifies exactly as before; from this
revision on an office's events start their own chain and offices stop waiting for each other.

Revision ID: 0009_19_audit_chains
Revises: 0008_15_acta_steps
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_19_audit_chains"
down_revision: str | None = "0008_15_acta_steps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index("ix_audit_chain", ["chain", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_chain")
        batch_op.drop_column("chain")
