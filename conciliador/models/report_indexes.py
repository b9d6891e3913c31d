"""Indexes that serve the monthly summary (migration ``0002_reports``).

The summary reads each month's facts from one index range. These indexes also carry the
few columns the summary counts by, so that SQLite answers from the index alone instead of
visiting a million wide rows (docs/benchmarks.md has the figures). Kept beside the models,
not inside them, because they belong to the reports and not to the records.
"""

from __future__ import annotations

from sqlalchemy import Index

from conciliador.models.agreement import Agreement
from conciliador.models.case import Case, Referral
from conciliador.models.hearing import Citation, Hearing

REPORT_INDEXES = (
    Index(
        "ix_hearings_report",
        Hearing.office_id,
        Hearing.starts_at,
        Hearing.status,
        Hearing.officer_id,
        Hearing.case_id,
        Hearing.session_number,
    ),
    Index(
        "ix_cases_report_closed", Case.office_id, Case.closed_at, Case.outcome, Case.request_date
    ),
    Index(
        "ix_agreements_report",
        Agreement.case_id,
        Agreement.hearing_id,
        Agreement.monthly_support,
        Agreement.currency,
    ),
    Index("ix_citations_report_delivered", Citation.delivered_at, Citation.hearing_id),
    Index("ix_referrals_report_referred", Referral.referred_at),
)
