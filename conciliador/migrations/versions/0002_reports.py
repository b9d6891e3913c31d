"""indexes for the monthly summary (conciliador/models/report_indexes.py)

Revision ID: 0002_reports
Revises: 0002_agreements
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002_reports"
down_revision: str | None = "0002_agreements"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    (
        "ix_hearings_report",
        "hearings",
        ["office_id", "starts_at", "status", "officer_id", "case_id", "session_number"],
    ),
    ("ix_cases_report_closed", "cases", ["office_id", "closed_at", "outcome", "request_date"]),
    (
        "ix_agreements_report",
        "agreements",
        ["case_id", "hearing_id", "monthly_support", "currency"],
    ),
    ("ix_citations_report_delivered", "citations", ["delivered_at", "hearing_id"]),
    ("ix_referrals_report_referred", "referrals", ["referred_at"]),
)


def upgrade() -> None:
    # The monthly summary reads each month's facts from one range of these indexes, without
    # visiting the table rows.
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
