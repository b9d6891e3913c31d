"""the months of each followed family's yearly adjustments, kept with its stored schedule

``obligation_schedules.adjustment_months``: one bit per month (bit 0 January … bit 11
December) in which a yearly adjustment of the family's agreements falls — an adjustment
repeats every year on its first date's day, so always in that date's month. The yearly
adjustment alert then reads the actas and plans only of the families adjusting in its month,
not of every family whose agreement adjusts (``services.followup.alerts``). Written with the
schedule (``services.followup.schedules.adjustment_months``); None means not known, and such
a family is read as before.

Filled here for the schedules already stored, from the clauses the family's signed actas
state (the acta's own, or its outcome record's for an acta issued before it kept them): the
months of every ``pension.reajuste.fecha`` they name. That may name more months than the
computed schedule would (an acta a court has not approved yet, a superseded agreement), never
fewer; a superset only makes the alert compute a few families more, with the same result. A
family whose clauses cannot be read so keeps None.

Revision ID: 0011_b16_adjustment_months
Revises: 0011_s19_person_word_prefixes
Create Date: 2026-12-05
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011_b16_adjustment_months"
down_revision: str | None = "0011_s19_person_word_prefixes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SCHEDULES = sa.table(
    "obligation_schedules",
    sa.column("case_id", sa.Integer()),
    sa.column("has_adjustment", sa.Boolean()),
    sa.column("adjustment_months", sa.Integer()),
)
_ACTAS = sa.table(
    "actas",
    sa.column("case_id", sa.Integer()),
    sa.column("agreement_id", sa.Integer()),
    sa.column("status", sa.String()),
    sa.column("outcome", sa.String()),
    sa.column("terms", sa.JSON()),
)
_AGREEMENTS = sa.table("agreements", sa.column("id", sa.Integer()), sa.column("clauses", sa.JSON()))
_UNKNOWN = -1


def _month(terms: Any) -> int | None:
    """The month of the clauses' first yearly adjustment; 0 when they name none; ``_UNKNOWN``
    when they cannot be read."""
    if isinstance(terms, str):
        try:
            terms = json.loads(terms)
        except ValueError:
            return _UNKNOWN
    if terms is None:
        return 0
    if not isinstance(terms, dict):
        return _UNKNOWN
    support = terms.get("pension")
    if support is None:
        return 0
    adjustment = support.get("reajuste") if isinstance(support, dict) else _UNKNOWN
    if adjustment is None:
        return 0
    if not isinstance(adjustment, dict):
        return _UNKNOWN
    first = adjustment.get("fecha")
    if first is None:
        return 0  # no first date: nothing is scheduled (``support_plan``)
    try:
        return dt.date.fromisoformat(str(first)).month
    except ValueError:
        return _UNKNOWN


def upgrade() -> None:
    # Plain ALTER TABLE on both engines (SQLite adds and, since 3.35, drops a column in
    # place: no table rebuilt under the instalments' foreign key).
    op.add_column("obligation_schedules", sa.Column("adjustment_months", sa.Integer()))
    bind = op.get_bind()
    bind.execute(
        _SCHEDULES.update()
        .where(_SCHEDULES.c.has_adjustment.is_(False))
        .values(adjustment_months=0)
    )
    rows = bind.execute(
        sa.select(_ACTAS.c.case_id, _ACTAS.c.terms, _AGREEMENTS.c.clauses)
        .join(_AGREEMENTS, _AGREEMENTS.c.id == _ACTAS.c.agreement_id)
        .join(_SCHEDULES, _SCHEDULES.c.case_id == _ACTAS.c.case_id)
        .where(
            _SCHEDULES.c.has_adjustment.is_(True),
            _ACTAS.c.status == "firmada",
            _ACTAS.c.outcome.in_(("acuerdo_total", "acuerdo_parcial")),
        )
    )
    months: dict[int, int] = {}
    unknown: set[int] = set()
    for case_id, frozen, live in rows:
        month = _month(frozen if frozen is not None else live)
        if month == _UNKNOWN:
            unknown.add(case_id)
        elif month:
            months[case_id] = months.get(case_id, 0) | (1 << (month - 1))
    found = [{"key": c, "months": m} for c, m in months.items() if c not in unknown]
    if found:
        bind.execute(
            _SCHEDULES.update()
            .where(_SCHEDULES.c.case_id == sa.bindparam("key"))
            .values(adjustment_months=sa.bindparam("months")),
            found,
        )


def downgrade() -> None:
    op.drop_column("obligation_schedules", "adjustment_months")
