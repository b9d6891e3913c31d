"""follow-up hearings on a concluded case

``hearings.purpose`` tells a conciliation hearing from a follow-up hearing (booked on a
concluded case with a signed agreement; its outcome never reopens the case).

Revision ID: 0006_16_follow_up_hearing
Revises: 0005_16_followup
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_16_follow_up_hearing"
down_revision: str | None = "0005_16_followup"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "purpose",
                sa.Enum(
                    "conciliacion",
                    "seguimiento",
                    name="hearingpurpose",
                    native_enum=False,
                    length=32,
                ),
                nullable=False,
                server_default="conciliacion",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.drop_column("purpose")
