"""acta steps of a country's law: the legality check before signatures (Peru) and the family
court's review of a signed mediated agreement (Chile); which institution of the profile an
office issues its actas as (Colombia: ICBF or a comisaría de familia)

Revision ID: 0008_15_acta_steps
Revises: 0007_17_criteria_versions
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_15_acta_steps"
down_revision: str | None = "0007_17_criteria_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "issuing_institution", sa.String(length=40), nullable=False, server_default=""
            )
        )
    op.create_table(
        "acta_legality_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("acta_id", sa.Integer(), nullable=False),
        sa.Column("lawyer_name", sa.Text(), nullable=False),
        sa.Column("lawyer_registration", sa.String(length=60), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["acta_id"], ["actas.id"], name=op.f("fk_acta_legality_checks_acta_id_actas")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_acta_legality_checks_recorded_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acta_legality_checks")),
        sa.UniqueConstraint("acta_id", name=op.f("uq_acta_legality_checks_acta_id")),
    )
    op.create_table(
        "acta_court_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("acta_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "enviada",
                "aprobada",
                "observada",
                name="courtreview",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("court", sa.Text(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("case_reference", sa.String(length=60), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acta_id"], ["actas.id"], name=op.f("fk_acta_court_reviews_acta_id_actas")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_acta_court_reviews_recorded_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acta_court_reviews")),
        sa.UniqueConstraint("acta_id", name=op.f("uq_acta_court_reviews_acta_id")),
    )


def downgrade() -> None:
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.drop_column("issuing_institution")
    op.drop_table("acta_court_reviews")
    op.drop_table("acta_legality_checks")
