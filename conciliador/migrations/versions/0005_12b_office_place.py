"""offices: department, municipality and the article of the name; users: sex

The acta's «En …» came from a guess on the office's name («San Juan de Oriente» gave
«Oriente»); offices now record their department and municipality, chosen from the list of
the profile's country (resources/places/). Existing offices get them empty, and issuing an
acta is blocked, naming the field, until an administrator sets them.

The article («la Delegación…», «el Centro…») is recorded with the name. Existing offices get
it once, here, from the first word of the name as the application read it until now, so no
printed sentence changes on upgrade; an administrator corrects it where that was wrong.

Users record their sex, so the signature line says «Conciliadora» or «Conciliador»; existing
users get «sin especificar» (the neutral «Conciliador/a»).

Revision ID: 0005_12b_office_place
Revises: 0005_12a_hearing_record
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_12b_office_place"
down_revision: str | None = "0005_12a_hearing_record"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FEMININE = ("delegación", "delegacion", "sede", "oficina", "dirección", "direccion")
_MASCULINE = ("centro", "despacho", "instituto")


def upgrade() -> None:
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("department", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("municipality", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("name_article", sa.String(length=3), nullable=False, server_default="")
        )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "sex",
                sa.Enum("F", "M", "X", name="sex", native_enum=False, length=32),
                nullable=False,
                server_default="X",
            )
        )
    offices = sa.table(
        "offices",
        sa.column("id", sa.Integer),
        sa.column("name", sa.Text),
        sa.column("name_article", sa.String),
    )
    connection = op.get_bind()
    for office_id, name in connection.execute(sa.select(offices.c.id, offices.c.name)).all():
        first = (name or "").strip().split(" ", 1)[0].lower()
        article = "la" if first in _FEMININE else "el" if first in _MASCULINE else ""
        if article:
            connection.execute(
                offices.update().where(offices.c.id == office_id).values(name_article=article)
            )
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.alter_column("department", server_default=None)
        batch_op.alter_column("municipality", server_default=None)
        batch_op.alter_column("name_article", server_default=None)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("sex", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("sex")
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.drop_column("name_article")
        batch_op.drop_column("municipality")
        batch_op.drop_column("department")
