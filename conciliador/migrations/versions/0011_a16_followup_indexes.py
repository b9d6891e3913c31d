"""covering indexes for the followed families' standing

The standing of every followed family of a set of offices (``services.followup.schedules.
standings``: the alerts, the monthly summary's compliance) is one grouped query over each
family's instalments due by a day and its payments made by that day. With only
``(case_id, position)`` and ``(case_id, paid_on)`` to go by, it read every instalment of the
family (the 24 months ahead too) and looked up each row for its amounts. These indexes hold
what it reads, in the order it reads it: the instalments by ``(case_id, due)`` with what is
owed through each and its amount, and the payments by ``(case_id, paid_on)`` with their
amount (the old index of those two columns becomes this one).

Revision ID: 0011_a16_followup_indexes
Revises: 0011_c15_registry_fingerprints
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011_a16_followup_indexes"
down_revision: str | None = "0011_c15_registry_fingerprints"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain index statements (no batch: SQLite creates and drops indexes in place).
    op.create_index(
        "ix_scheduled_instalments_case_due",
        "scheduled_instalments",
        ["case_id", "due", "cumulative", "amount"],
        unique=False,
    )
    op.drop_index("ix_support_payments_case_paid", table_name="support_payments")
    op.create_index(
        "ix_support_payments_case_paid",
        "support_payments",
        ["case_id", "paid_on", "amount"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_support_payments_case_paid", table_name="support_payments")
    op.create_index(
        "ix_support_payments_case_paid", "support_payments", ["case_id", "paid_on"], unique=False
    )
    op.drop_index("ix_scheduled_instalments_case_due", table_name="scheduled_instalments")
