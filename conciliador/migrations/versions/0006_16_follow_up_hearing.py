"""follow-up hearings on a concluded case, and each issued acta's own clauses

``hearings.purpose`` tells a conciliation hearing from a follow-up hearing (booked on a
concluded case with a signed agreement; its outcome never reopens the case). ``actas.terms``
freezes, at issue, the clauses the acta states: a replacement shares the outcome record with
the acta it replaces, and correcting the clauses for it must not rewrite what the original
obliged before the replacement took effect. ``alert_dismissals.key_date`` keeps the dismissed
alert's key date, for the monthly summary's days to resolution.

Actas issued before this revision get the outcome record's clauses as they are now: for an
acta already replaced, that is the corrected text (what it said before is in its frozen text
only, not as structured clauses).

Revision ID: 0006_16_follow_up_hearing
Revises: 0005_16_followup
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

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
    with op.batch_alter_table("actas", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "terms",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )
    with op.batch_alter_table("alert_dismissals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_date", sa.Date(), nullable=True))
    op.execute(
        "UPDATE actas SET terms = (SELECT agreements.clauses FROM agreements "
        "WHERE agreements.id = actas.agreement_id) WHERE status <> 'borrador'"
    )


def downgrade() -> None:
    with op.batch_alter_table("alert_dismissals", schema=None) as batch_op:
        batch_op.drop_column("key_date")
    with op.batch_alter_table("actas", schema=None) as batch_op:
        batch_op.drop_column("terms")
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.drop_column("purpose")
