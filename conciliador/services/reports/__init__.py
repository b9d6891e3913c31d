"""Monthly summaries for supervisors: figures, tables, charts and exports.

The API the desktop and the command line call:

- ``monthly_summary(db, actor, month, office_id)`` → ``MonthlySummary`` (needs VIEW_REPORTS)
- ``report_document(summary)`` → the tables and charts every view and export shows
- ``export_monthly_report(db, actor, month, office_id, path)`` (EXPORT_REPORTS; audited)
- ``export_case_list(db, actor, month, office_id, path)`` (EXPORT_PERSONAL_DATA; audited)
"""

from conciliador.services.reports.case_list import CaseListResult, export_case_list
from conciliador.services.reports.export import (
    ExportResult,
    ReportFormat,
    export_monthly_report,
    format_of,
    report_office_id,
)
from conciliador.services.reports.periods import Month
from conciliador.services.reports.summary import (
    Figure,
    MonthlySummary,
    Unit,
    UnitKind,
    monthly_summary,
)
from conciliador.services.reports.tables import report_document

__all__ = [
    "CaseListResult",
    "ExportResult",
    "Figure",
    "Month",
    "MonthlySummary",
    "ReportFormat",
    "Unit",
    "UnitKind",
    "export_case_list",
    "export_monthly_report",
    "format_of",
    "monthly_summary",
    "report_document",
    "report_office_id",
]
