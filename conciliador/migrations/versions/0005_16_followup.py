"""acompañamiento: support payments, follow-up incidents and dismissed alerts

The obligations of a signed agreement are computed from its terms, never stored; these tables
hold only what the office recorded afterwards.

Revision ID: 0005_16_followup
Revises: 0005_12b_office_place
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_16_followup"
down_revision: str | None = "0005_12b_office_place"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alert_dismissals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "morosidad",
                "plazo_procedimiento",
                "citacion_sin_entregar",
                "acta_sin_firmar",
                "materias_pendientes",
                "reajuste_anual",
                "incidentes_repetidos",
                "salvaguarda_excepcion",
                name="alertkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("dismissed_by_id", sa.Integer(), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_alert_dismissals_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["dismissed_by_id"],
            ["users.id"],
            name=op.f("fk_alert_dismissals_dismissed_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_alert_dismissals_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_dismissals")),
        sa.UniqueConstraint("key", name=op.f("uq_alert_dismissals_key")),
        sa.UniqueConstraint("uid", name=op.f("uq_alert_dismissals_uid")),
    )
    with op.batch_alter_table("alert_dismissals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alert_dismissals_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_alert_dismissals_office_id"), ["office_id"], unique=False
        )

    op.create_table(
        "followup_incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "visita_no_realizada",
                "pago_tardio",
                "cambio_domicilio",
                "cambio_ingresos",
                "otro",
                name="incidentkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reported_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_followup_incidents_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_followup_incidents_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_followup_incidents_recorded_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_incidents")),
        sa.UniqueConstraint("uid", name=op.f("uq_followup_incidents_uid")),
    )
    with op.batch_alter_table("followup_incidents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_followup_incidents_case_on", ["case_id", "occurred_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_followup_incidents_office_id"), ["office_id"], unique=False
        )

    op.create_table(
        "support_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "efectivo_oficina",
                "deposito_bancario",
                "deduccion_planilla",
                name="paymentmethod",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("receipt", sa.String(length=80), nullable=False),
        sa.Column("reported_by", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_support_payments_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_support_payments_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_support_payments_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_payments")),
        sa.UniqueConstraint("uid", name=op.f("uq_support_payments_uid")),
    )
    with op.batch_alter_table("support_payments", schema=None) as batch_op:
        batch_op.create_index("ix_support_payments_case_paid", ["case_id", "paid_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_support_payments_office_id"), ["office_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("support_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_payments_office_id"))
        batch_op.drop_index("ix_support_payments_case_paid")

    op.drop_table("support_payments")
    with op.batch_alter_table("followup_incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_incidents_office_id"))
        batch_op.drop_index("ix_followup_incidents_case_on")

    op.drop_table("followup_incidents")
    with op.batch_alter_table("alert_dismissals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_dismissals_office_id"))
        batch_op.drop_index(batch_op.f("ix_alert_dismissals_case_id"))

    op.drop_table("alert_dismissals")
