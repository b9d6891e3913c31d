"""profile_versions and template_versions: the unified criteria as versioned data; actas
record the profile version they were issued under

Nothing is copied here: while a profile or a template has no stored version, the shipped file
is its first version (the services store it as version 1 when the first change is published).

Revision ID: 0007_17_criteria_versions
Revises: 0006_16_follow_up_hearing
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_17_criteria_versions"
down_revision: str | None = "0006_16_follow_up_hearing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "profile_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_code", sa.String(length=10), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("borrador", "publicada", name="versionstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("toml_text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["published_by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("profile_code", "number"),
    )
    op.create_index(op.f("ix_profile_versions_profile_code"), "profile_versions", ["profile_code"])
    op.create_table(
        "template_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["published_by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("profile_code", "name", "number"),
    )
    with op.batch_alter_table("actas", schema=None) as batch_op:
        batch_op.add_column(sa.Column("profile_version_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_actas_profile_version_id_profile_versions",
            "profile_versions",
            ["profile_version_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("actas", schema=None) as batch_op:
        batch_op.drop_constraint("fk_actas_profile_version_id_profile_versions", type_="foreignkey")
        batch_op.drop_column("profile_version_id")
    op.drop_table("template_versions")
    op.drop_index(op.f("ix_profile_versions_profile_code"), table_name="profile_versions")
    op.drop_table("profile_versions")
