"""actas: acta lifecycle, frozen templates, signatures and sealed files

Revision ID: 0003_actas
Revises: 0003_person_search
Create Date: 2026-11-24
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0003_actas'
down_revision: str | None = '0003_person_search'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('document_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_templates')),
    sa.UniqueConstraint('sha256', name=op.f('uq_document_templates_sha256'))
    )
    op.create_table('actas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('hearing_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.Enum('acuerdo_total', 'acuerdo_parcial', 'falta_de_acuerdo', 'inasistencia_citado', 'inasistencia_solicitante', 'inasistencia_ambas', 'conclusion_motivada', 'domicilio_desconocido', 'no_conciliable', 'desistimiento', name='outcome', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('borrador', 'emitida', 'firmada', name='actastatus', native_enum=False, length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('replacement_reason', sa.Text(), nullable=False),
    sa.Column('replaced_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('frozen_context', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('signed_by_id', sa.Integer(), nullable=True),
    sa.Column('sealed_sha256', sa.String(length=64), nullable=True),
    sa.Column('digitally_signed', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_actas_agreement_id_agreements')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_actas_case_id_cases')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_actas_created_by_id_users')),
    sa.ForeignKeyConstraint(['hearing_id'], ['hearings.id'], name=op.f('fk_actas_hearing_id_hearings')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['users.id'], name=op.f('fk_actas_issued_by_id_users')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_actas_office_id_offices')),
    sa.ForeignKeyConstraint(['replaces_id'], ['actas.id'], name=op.f('fk_actas_replaces_id_actas')),
    sa.ForeignKeyConstraint(['signed_by_id'], ['users.id'], name=op.f('fk_actas_signed_by_id_users')),
    sa.ForeignKeyConstraint(['template_id'], ['document_templates.id'], name=op.f('fk_actas_template_id_document_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actas')),
    sa.UniqueConstraint('office_id', 'year', 'number', name=op.f('uq_actas_office_id_year_number')),
    sa.UniqueConstraint('replaces_id', name=op.f('uq_actas_replaces_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_actas_uid'))
    )
    with op.batch_alter_table('actas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actas_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actas_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_actas_office_status', ['office_id', 'status'], unique=False)

    op.create_table('acta_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('acta_id', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=80), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['acta_id'], ['actas.id'], name=op.f('fk_acta_files_acta_id_actas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acta_files')),
    sa.UniqueConstraint('acta_id', name=op.f('uq_acta_files_acta_id'))
    )
    op.create_table('acta_signatures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('acta_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('conciliador', 'solicitante', 'citado', 'representante_solicitante', 'representante_citado', name='signerrole', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('id_number', sa.String(length=40), nullable=False),
    sa.Column('mode', sa.Enum('firma', 'huella_testigo', 'se_nego', 'ausente', name='signaturemode', native_enum=False, length=32), nullable=False),
    sa.Column('witness_name', sa.Text(), nullable=False),
    sa.Column('witness_id_number', sa.String(length=40), nullable=False),
    sa.Column('image', sa.LargeBinary(), nullable=True),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['acta_id'], ['actas.id'], name=op.f('fk_acta_signatures_acta_id_actas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acta_signatures')),
    sa.UniqueConstraint('acta_id', 'role', name=op.f('uq_acta_signatures_acta_id_role'))
    )
    with op.batch_alter_table('acta_signatures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acta_signatures_acta_id'), ['acta_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('acta_signatures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acta_signatures_acta_id'))

    op.drop_table('acta_signatures')
    op.drop_table('acta_files')
    with op.batch_alter_table('actas', schema=None) as batch_op:
        batch_op.drop_index('ix_actas_office_status')
        batch_op.drop_index(batch_op.f('ix_actas_case_id'))
        batch_op.drop_index(batch_op.f('ix_actas_agreement_id'))

    op.drop_table('actas')
    op.drop_table('document_templates')
