"""Exporting the monthly report to XLSX, CSV or PDF: permission, rendering, atomic write, audit.

The file appears whole or not at all (written beside its final name, then renamed), and every
export is recorded in the audit trail with who, which office, which month and which format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from conciliador.db import Database
from conciliador.documents.atomic import write_atomically
from conciliador.documents.reports.delimited import render_csv
from conciliador.documents.reports.layout import ReportDocument
from conciliador.documents.reports.pdf import render_pdf
from conciliador.documents.reports.soffice import ConversionFailed
from conciliador.documents.reports.xlsx import render_xlsx
from conciliador.domain.audit_actions import AuditAction
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, ServiceError, ValidationFailed
from conciliador.services.fields import ReportFields
from conciliador.services.offices import office_by_code
from conciliador.services.permissions import Permission, require
from conciliador.services.reports.periods import Month
from conciliador.services.reports.summary import MonthlySummary, monthly_summary
from conciliador.services.reports.tables import report_document

#: (done, total) — the same shape as the desktop's task progress.
ProgressFn = Callable[[int, int], None]


class ReportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"

    @property
    def label(self) -> str:
        return {"xlsx": "Excel (.xlsx)", "csv": "CSV (.csv)", "pdf": "PDF (.pdf)"}[self.value]


def format_of(path: Path, allowed: tuple[ReportFormat, ...] = tuple(ReportFormat)) -> ReportFormat:
    """The format a file name asks for, by its extension; refused in Spanish otherwise."""
    suffix = Path(path).suffix.lower().lstrip(".")
    for fmt in allowed:
        if suffix == fmt.value:
            return fmt
    names = ", ".join(f".{f.value}" for f in allowed)
    raise ValidationFailed(
        FieldProblem(ReportFields.OUTPUT, f"«{Path(path).name}» debe terminar en {names}")
    )


def render(doc: ReportDocument, fmt: ReportFormat) -> bytes:
    if fmt == ReportFormat.XLSX:
        return render_xlsx(doc)
    if fmt == ReportFormat.CSV:
        return render_csv(doc)
    try:
        return render_pdf(doc)
    except ConversionFailed as exc:
        raise ServiceError(str(exc)) from exc


def write_file(path: Path, data: bytes, *, mode: int) -> None:
    """Write atomically, turning the system's refusal into a message the user can act on."""
    try:
        write_atomically(path, data, mode=mode)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ServiceError(
            f"No se pudo guardar «{path}»: {reason}. Elija otra carpeta o nombre."
        ) from exc


def write_then_record(path: Path, data: bytes, *, mode: int, record: Callable[[], None]) -> None:
    """Write the file, then its audit event; a file whose event could not be recorded (the
    account was deactivated meanwhile, the disk filled) is removed, so no file leaves the
    office without its trace in the audit trail."""
    write_file(path, data, mode=mode)
    try:
        record()
    except BaseException:
        with suppress(OSError):
            path.unlink()
        raise


def report_office_id(db: Database, actor: Actor, code: str | None) -> int:
    """The office a report is about: the one named by ``code``, else the actor's own office,
    else (the command line) the top of the hierarchy."""
    with db.read() as session:
        if code:
            return office_by_code(session, code.strip().upper()).id
    if actor.office_id is not None:
        return actor.office_id
    from conciliador.services.offices import list_offices

    offices = list_offices(db, actor)
    tops = [o for o in offices if o.parent_id is None]
    if len(tops) != 1:
        raise ValidationFailed(
            FieldProblem(
                ReportFields.OFFICE, "indique de qué oficina es el reporte (--office CÓDIGO)"
            )
        )
    return tops[0].id


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ReportFormat
    size: int
    summary: MonthlySummary


def export_monthly_report(
    db: Database,
    actor: Actor,
    month: Month,
    office_id: int,
    path: Path,
    *,
    fmt: ReportFormat | None = None,
    progress: ProgressFn | None = None,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Compute the month's summary for the office and write it as XLSX, CSV or PDF.

    Only aggregates: no name, document number or address of any person is in the file.
    """
    path = Path(path)
    fmt = fmt or format_of(path)
    report = progress or (lambda _done, _total: None)
    actor = require(db, actor, Permission.EXPORT_REPORTS, office_id)
    report(0, 3)
    summary = monthly_summary(db, actor, month, office_id, now=now)
    report(1, 3)
    data = render(report_document(summary), fmt)
    report(2, 3)

    def record() -> None:
        with db.write() as session:
            audit.record(
                session,
                actor,
                AuditAction.EXPORTAR_REPORTE,
                "reporte_mensual",
                f"{summary.office.code}/{month.iso}",
                after={
                    "oficina": summary.office.code,
                    "mes": month.iso,
                    "formato": fmt.value,
                    "archivo": path.name,
                    "generado": (now or db.now()).isoformat(),
                },
                office_id=office_id,
            )

    write_then_record(path, data, mode=0o644, record=record)
    return ExportResult(path, fmt, len(data), summary)
