"""the conciliator's registry number and each signer's fingerprint (Peru, Ley 26872, art. 16)

``users.registry_number``: the officer's entry in the registry of conciliators, which an acta
names where the office's profile asks for it (``[actas.registro_conciliador]``); empty for
everyone until an administrator records it (an acta under such a profile is not issued
without it).

``acta_signatures.fingerprint`` and ``no_fingerprint_reason``: under a profile that asks for
every signer's fingerprint (``[actas.huella_digital]``), whether the signer stamped it and,
if not, why. Rows signed before this revision have none (NULL): they were signed under no
such rule, and their sealed text does not change.

Revision ID: 0011_c15_registry_fingerprints
Revises: 0010_16_stored_schedules
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_c15_registry_fingerprints"
down_revision: str | None = "0010_16_stored_schedules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("registry_number", sa.String(length=60), nullable=False, server_default="")
        )
    with op.batch_alter_table("acta_signatures", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fingerprint", sa.Boolean(), nullable=True))
        batch_op.add_column(
            sa.Column("no_fingerprint_reason", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("acta_signatures", schema=None) as batch_op:
        batch_op.drop_column("no_fingerprint_reason")
        batch_op.drop_column("fingerprint")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("registry_number")
