"""each followed family's schedule of instalments, stored once

``obligation_schedules`` has one row per case with a signed agreement that binds, and
``scheduled_instalments`` its instalments (``domain.obligations.schedule``) up to the row's
``until``. They are written when an acta starts to bind or a later one supersedes it
(``services.followup.schedules``); the alerts, the arrears and the monthly summary read them
with indexed queries instead of computing every schedule on every read.

``overrides.hearing_id`` gets an index: the safeguarding alert joins each hearing's overrides,
and without it that join read every override of the database.

Nothing is written here: a family signed before this revision has no stored schedule yet, and
its readers compute it from the actas' terms, as before, until it is written (at its next
payment, signature or court decision, or by ``store_schedules`` for all of them at once).

Revision ID: 0010_16_stored_schedules
Revises: 0010_18_attachments
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_16_stored_schedules"
down_revision: str | None = "0010_18_attachments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("overrides", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_overrides_hearing_id"), ["hearing_id"], unique=False)
    op.create_table(
        "obligation_schedules",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("acta_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("latest_signed_on", sa.Date(), nullable=False),
        sa.Column("rules", sa.String(length=80), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("has_adjustment", sa.Boolean(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["acta_id"], ["actas.id"], name=op.f("fk_obligation_schedules_acta_id_actas")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_obligation_schedules_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_obligation_schedules_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_obligation_schedules")),
    )
    with op.batch_alter_table("obligation_schedules", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_obligation_schedules_office_id"), ["office_id"], unique=False
        )
    op.create_table(
        "scheduled_instalments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("acta_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "pension",
                "aguinaldo",
                "atrasos",
                name="instalmentkind",
                native_enum=False,
                create_constraint=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("cumulative", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("of_count", sa.Integer(), nullable=True),
        sa.Column("awaiting_index", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acta_id"], ["actas.id"], name=op.f("fk_scheduled_instalments_acta_id_actas")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["obligation_schedules.case_id"],
            name=op.f("fk_scheduled_instalments_case_id_obligation_schedules"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheduled_instalments")),
    )
    with op.batch_alter_table("scheduled_instalments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_scheduled_instalments_case_position", ["case_id", "position"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("scheduled_instalments", schema=None) as batch_op:
        batch_op.drop_index("ix_scheduled_instalments_case_position")
    op.drop_table("scheduled_instalments")
    with op.batch_alter_table("obligation_schedules", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligation_schedules_office_id"))
    op.drop_table("obligation_schedules")
    with op.batch_alter_table("overrides", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_overrides_hearing_id"))
