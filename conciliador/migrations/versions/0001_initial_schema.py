"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "children",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("first_names", sa.Text(), nullable=False),
        sa.Column("last_names", sa.Text(), nullable=False),
        sa.Column(
            "sex", sa.Enum("F", "M", "X", name="sex", native_enum=False, length=32), nullable=False
        ),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_certificate", sa.String(length=60), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_children")),
        sa.UniqueConstraint("birth_certificate", name=op.f("uq_children_birth_certificate")),
        sa.UniqueConstraint("uid", name=op.f("uq_children_uid")),
    )
    op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "nacional",
                "departamental",
                "municipal",
                name="officelevel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("subdivision", sa.String(length=10), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("profile_code", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["offices.id"], name=op.f("fk_offices_parent_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
        sa.UniqueConstraint("code", name=op.f("uq_offices_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_offices_uid")),
    )
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offices_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("first_names", sa.Text(), nullable=False),
        sa.Column("last_names", sa.Text(), nullable=False),
        sa.Column(
            "id_type",
            sa.Enum(
                "cedula",
                "pasaporte",
                "cedula_residencia",
                "otro",
                "sin_documento",
                name="idtype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id_number", sa.String(length=40), nullable=True),
        sa.Column(
            "sex", sa.Enum("F", "M", "X", name="sex", native_enum=False, length=32), nullable=False
        ),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("nationality", sa.String(length=80), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("occupation", sa.String(length=200), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("monthly_income", sa.BigInteger(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("id_type", "id_number", name=op.f("uq_persons_id_type_id_number")),
        sa.UniqueConstraint("uid", name=op.f("uq_persons_uid")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_search_key"), ["search_key"], unique=False)

    op.create_table(
        "closure_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_closure_days_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure_days")),
        sa.UniqueConstraint("office_id", "day", name=op.f("uq_closure_days_office_id_day")),
    )
    with op.batch_alter_table("closure_days", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closure_days_office_id"), ["office_id"], unique=False)

    op.create_table(
        "counters",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_counters_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("office_id", "year", "kind", name=op.f("pk_counters")),
    )
    op.create_table(
        "rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_rooms_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("office_id", "name", name=op.f("uq_rooms_office_id_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_rooms_uid")),
    )
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rooms_office_id"), ["office_id"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("login", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("id_number", sa.String(length=40), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "conciliador",
                "secretario",
                "supervisor",
                "administrador",
                name="role",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("post", sa.String(length=200), nullable=False),
        sa.Column("legal_capacity", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_users_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
        sa.UniqueConstraint("uid", name=op.f("uq_users_uid")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_office_id"), ["office_id"], unique=False)

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=60), nullable=False),
        sa.Column(
            "before",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "after",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_audit_events_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_audit_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_office_id"), ["office_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_user_id"), ["user_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("claimant_id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=False),
        sa.Column("claimant_representative_id", sa.Integer(), nullable=True),
        sa.Column("respondent_representative_id", sa.Integer(), nullable=True),
        sa.Column("matter_alimentos", sa.Boolean(), nullable=False),
        sa.Column("matter_visitas", sa.Boolean(), nullable=False),
        sa.Column("matter_cuido", sa.Boolean(), nullable=False),
        sa.Column("account", sa.Text(), nullable=False),
        sa.Column(
            "safeguarding_answers",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("safeguarding_flagged", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "solicitada",
                "derivada",
                "en_tramite",
                "concluida",
                "anulada",
                name="casestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "acuerdo_total",
                "acuerdo_parcial",
                "falta_de_acuerdo",
                "inasistencia_citado",
                "inasistencia_solicitante",
                "inasistencia_ambas",
                "conclusion_motivada",
                "domicilio_desconocido",
                "no_conciliable",
                "desistimiento",
                name="outcome",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_date", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claimant_id"], ["persons.id"], name=op.f("fk_cases_claimant_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["claimant_representative_id"],
            ["persons.id"],
            name=op.f("fk_cases_claimant_representative_id_persons"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_cases_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_cases_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["respondent_id"], ["persons.id"], name=op.f("fk_cases_respondent_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["respondent_representative_id"],
            ["persons.id"],
            name=op.f("fk_cases_respondent_representative_id_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint(
            "office_id", "year", "number", name=op.f("uq_cases_office_id_year_number")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_cases_uid")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_claimant_id"), ["claimant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_office_id"), ["office_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_request_date"), ["request_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_requested_at"), ["requested_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_respondent_id"), ["respondent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_status"), ["status"], unique=False)

    op.create_table(
        "case_children",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_children_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_case_children_child_id_children")
        ),
        sa.PrimaryKeyConstraint("case_id", "child_id", name=op.f("pk_case_children")),
    )
    with op.batch_alter_table("case_children", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_children_child_id"), ["child_id"], unique=False)

    op.create_table(
        "hearings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column(
            "mode",
            sa.Enum(
                "presencial", "video", "telefono", name="hearingmode", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("session_number", sa.Integer(), nullable=False),
        sa.Column("citation_round", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "programada",
                "citacion_entregada",
                "en_curso",
                "concluida",
                "reprogramada",
                "suspendida",
                "inasistencia",
                "cancelada",
                "anulada",
                name="hearingstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column(
            "cancel_reason",
            sa.Enum(
                "desistimiento_previo",
                "acuerdo_extrajudicial",
                "error_registro",
                "fuerza_mayor",
                "cierre_oficina",
                "derivacion",
                "otro",
                name="cancelreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "absence",
            sa.Enum("citado", "solicitante", "ambas", name="absence", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_hearings_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_hearings_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_hearings_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["users.id"], name=op.f("fk_hearings_officer_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"], ["hearings.id"], name=op.f("fk_hearings_replaces_id_hearings")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_hearings_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearings")),
        sa.UniqueConstraint("uid", name=op.f("uq_hearings_uid")),
    )
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.create_index("ix_hearings_case_start", ["case_id", "starts_at"], unique=False)
        batch_op.create_index("ix_hearings_office_start", ["office_id", "starts_at"], unique=False)
        batch_op.create_index(
            "ix_hearings_officer_start", ["officer_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_hearings_replaces_id"), ["replaces_id"], unique=False)
        batch_op.create_index("ix_hearings_room_start", ["room_id", "starts_at"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("institution_code", sa.String(length=60), nullable=False),
        sa.Column("institution_name", sa.String(length=300), nullable=False),
        sa.Column("referred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["referred_by_id"], ["users.id"], name=op.f("fk_referrals_referred_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("uid", name=op.f("uq_referrals_uid")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_case_id"), ["case_id"], unique=False)

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("hearing_id", sa.Integer(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "acuerdo_total",
                "acuerdo_parcial",
                "falta_de_acuerdo",
                "inasistencia_citado",
                "inasistencia_solicitante",
                "inasistencia_ambas",
                "conclusion_motivada",
                "domicilio_desconocido",
                "no_conciliable",
                "desistimiento",
                name="outcome",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "pending_matters",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "clauses",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("monthly_support", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("guideline_departure_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_agreements_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_agreements_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["hearing_id"], ["hearings.id"], name=op.f("fk_agreements_hearing_id_hearings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("uid", name=op.f("uq_agreements_uid")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_hearing_id"), ["hearing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_outcome"), ["outcome"], unique=False)

    op.create_table(
        "citations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("hearing_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=20), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "method",
            sa.Enum(
                "personal",
                "domicilio",
                "telefono",
                "mensajeria",
                "correo",
                name="citationmethod",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("delivered_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["hearing_id"], ["hearings.id"], name=op.f("fk_citations_hearing_id_hearings")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_citations_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_citations_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citations")),
        sa.UniqueConstraint(
            "hearing_id", "person_id", name=op.f("uq_citations_hearing_id_person_id")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_citations_uid")),
    )
    with op.batch_alter_table("citations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_citations_hearing_id"), ["hearing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_citations_person_id"), ["person_id"], unique=False)

    op.create_table(
        "overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "fuera_de_horario",
                "feriado",
                "cierre_oficina",
                "aviso_minimo",
                "salvaguarda",
                "pauta_alimentaria",
                name="overridekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("hearing_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_overrides_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["hearing_id"], ["hearings.id"], name=op.f("fk_overrides_hearing_id_hearings")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_overrides_office_id_offices")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_overrides_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overrides")),
    )
    with op.batch_alter_table("overrides", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_overrides_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_overrides_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_overrides_office_id"), ["office_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("overrides", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_overrides_office_id"))
        batch_op.drop_index(batch_op.f("ix_overrides_case_id"))
        batch_op.drop_index(batch_op.f("ix_overrides_at"))

    op.drop_table("overrides")
    with op.batch_alter_table("citations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citations_person_id"))
        batch_op.drop_index(batch_op.f("ix_citations_hearing_id"))

    op.drop_table("citations")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_outcome"))
        batch_op.drop_index(batch_op.f("ix_agreements_hearing_id"))
        batch_op.drop_index(batch_op.f("ix_agreements_case_id"))

    op.drop_table("agreements")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_case_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.drop_index("ix_hearings_room_start")
        batch_op.drop_index(batch_op.f("ix_hearings_replaces_id"))
        batch_op.drop_index("ix_hearings_officer_start")
        batch_op.drop_index("ix_hearings_office_start")
        batch_op.drop_index("ix_hearings_case_start")

    op.drop_table("hearings")
    with op.batch_alter_table("case_children", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_children_child_id"))

    op.drop_table("case_children")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_status"))
        batch_op.drop_index(batch_op.f("ix_cases_respondent_id"))
        batch_op.drop_index(batch_op.f("ix_cases_requested_at"))
        batch_op.drop_index(batch_op.f("ix_cases_request_date"))
        batch_op.drop_index(batch_op.f("ix_cases_office_id"))
        batch_op.drop_index(batch_op.f("ix_cases_claimant_id"))

    op.drop_table("cases")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_user_id"))
        batch_op.drop_index(batch_op.f("ix_audit_events_office_id"))
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
        batch_op.drop_index(batch_op.f("ix_audit_events_action"))
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit_events")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_office_id"))

    op.drop_table("users")
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rooms_office_id"))

    op.drop_table("rooms")
    op.drop_table("counters")
    with op.batch_alter_table("closure_days", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closure_days_office_id"))

    op.drop_table("closure_days")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_search_key"))

    op.drop_table("persons")
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offices_parent_id"))

    op.drop_table("offices")
    op.drop_table("children")
